"""English yes/no questions read the same claim cues as Chinese ones (passages written here)."""
import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.english_cues import english_cues
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TEXT = ("晋城市2022年法治政府建设情况报告\n一、主要工作\n晋城市入选第三批全国法治政府建设示范市。"
        "全市行政复议案件数量比上年下降12%。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("d", "d.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="山西省晋城市", year=2022)
    return Answerer(Retriever.build([doc], chunk_text("d", TEXT, cfg.chunking.max_tokens), cfg), {"d": doc}, cfg)


def test_cues():
    assert english_cues("Was it named in the fifth batch?") == "第五批"
    assert english_cues("Did Jincheng rank first in the province?") == "排名第一"
    assert english_cues("Did the number of cases increase?") == "上升"
    assert english_cues("How many cases?") == ""


def test_an_ordinal_the_report_contradicts_is_no(answerer):
    got = answerer.ask("Was Jincheng named a national rule-of-law government demonstration city in the first batch in 2022?")
    assert got.short_answer == "No"


def test_a_trend_the_report_contradicts_is_no(answerer):
    got = answerer.ask("Did Jincheng's administrative reconsideration cases increase in 2022?")
    assert got.short_answer == "No"


# --- a cap (不超过N个工作日) answers "could it take more than N days?" with No (heldout6 h6-035's kind) ---
def test_a_cap_is_never_more_than_its_figure():
    from rag.answer.evidence import make_ask
    from rag.answer.qtypes import classify
    from rag.answer.terms import content_terms
    from rag.answer.yesno import decide

    sentence = "小型项目的许可审查不超过7个工作日，大型项目的许可审查不超过12个工作日。"
    for q, lang, verdict in [
        ("Under Jia County's rules, could review of a small project's permit take more than 7 working days?", "en", False),
        ("甲县小型项目的许可审查会超过7个工作日吗?", "zh", False),
        ("甲县小型项目的许可审查会超过3个工作日吗?", "zh", True),
    ]:
        assert decide(make_ask(q, lang, classify(q), content_terms(q)), sentence) is verdict, q


def test_the_genre_words_for_what_officials_must_know():
    """应知应会 (must know), 党内法规 (Party regulations), 国家法律 (state laws): the genre's standard words
    (heldout6 h6-040's kind)."""
    text = ("乙区2023年法治政府建设情况报告\n一、主要工作\n落实领导干部学法制度，"
            "编制领导干部应知应会党内法规和国家法律清单，组织集中学法4次。\n")
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("e", "e.txt", text, hashlib.sha256(text.encode()).hexdigest(), region="湖北省乙区", year=2023)
    an = Answerer(Retriever.build([doc], chunk_text("e", text, cfg.chunking.max_tokens), cfg), {"e": doc}, cfg)
    got = an.ask("Did Yi District compile a list of Party regulations and state laws its leading cadres must know in 2023?")
    assert got.short_answer == "Yes"
