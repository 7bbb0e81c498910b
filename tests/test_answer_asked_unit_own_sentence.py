"""A figure in the asked measure word whose counted work is named in the sentence before outranks a figure in
another measure word whose own sentence names that work (passages written here)."""
from answer_corpus import answerer_over, docs_of

from rag.config import Config

TEXT = ("丰宁市2021年法治政府建设情况报告\n一、制度建设\n依照省里部署开展行政规范性文件全面清理工作。"
        "市级保留规范性文件52件、废止17件。\n二、机构改革\n机构改革全面完成，对市政府28个部门的行政职权逐项进行清理并公布。\n")


def _ask(q: str) -> str:
    cfg = Config().replace(embedding={"backend": "none"})
    return answerer_over(docs_of({("河北省丰宁市", 2021): TEXT}), cfg).ask(q).short_answer


def test_ji_and_duoshao_ask_the_same_measure_word():
    assert _ask("丰宁市2021年规范性文件全面清理后保留了多少件?") == "52件"
    assert _ask("丰宁市2021年规范性文件全面清理后保留了几件?") == "52件"
