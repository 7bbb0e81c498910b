"""A figure whose sentence goes on from the one naming the counted work (passages written here)."""
import hashlib

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TEXT = ("晋城市2022年法治政府建设情况报告\n一、制度建设\n组织开展地方性法规和政府规章专项清理工作。"
        "市级修改规章5件、废止3件，各县保留文件40件。\n二、执法\n全年办理行政处罚案件900件。\n")


def test_the_measured_work_may_be_named_in_the_sentence_before():
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("d", "d.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="山西省晋城市", year=2022)
    ans = Answerer(Retriever.build([doc], chunk_text("d", TEXT, cfg.chunking.max_tokens), cfg), {"d": doc}, cfg)
    got = ans.ask("晋城市2022年规章专项清理中废止了多少件?")
    assert got.short_answer == "3件"


def test_a_titled_name_closed_by_comrade_may_start_with_a_function_character():
    from rag.answer.persons import titled_persons

    s = "市委副书记、县长于春生同志主持召开会议。副县长和平安出席。州长带头认领任务。"
    assert [s[a:b] for a, b, _ in titled_persons(s, "县长")] == ["于春生"]
    assert titled_persons(s, "州长") == []
