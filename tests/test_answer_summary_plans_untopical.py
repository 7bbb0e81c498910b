"""A plans question naming no topic (有什么打算 / 打算做什么 / What does X plan?) is answered with the key
sentences of the report's plans section, cited, not refused (report written here)."""
import pytest
from answer_corpus import answerer_over, docs_of

from rag.config import Config

TEXT = ("承德市2021年法治政府建设情况报告\n一、主要工作\n全年办理行政复议案件120件，纠错率12%。"
        "组织执法人员培训6期。\n二、存在的不足\n一是基层执法力量薄弱。二是执法信息化水平不高。\n"
        "三、下一步工作打算\n一是推进执法规范化，年内修订行政处罚裁量基准。二是健全复议应诉衔接机制。"
        "三是深化法治宣传教育，开展送法进乡村活动。\n")
PLANS = ("推进执法规范化，年内修订行政处罚裁量基准。", "健全复议应诉衔接机制。", "深化法治宣传教育，开展送法进乡村活动。")


@pytest.fixture(scope="module")
def answerer():
    cfg = Config().replace(embedding={"backend": "none"})
    return answerer_over(docs_of({("河北省承德市", 2021): TEXT}), cfg)


@pytest.mark.parametrize("q", ["承德市有什么打算?", "承德市2022年有什么打算?", "承德2022年打算做什么?",
                               "What does Chengde plan?", "What are Chengde's plans?"])
def test_untopical_plans_question_quotes_the_plans_section(answerer, q):
    got = answerer.ask(q)
    assert not got.abstained
    quoted = [c.quote for c in got.citations]
    assert all(any(p in c for c in quoted) for p in PLANS), quoted
    assert not any("纠错率" in c or "力量薄弱" in c for c in quoted)  # the year's account and the shortcomings are not plans
    assert all(TEXT[c.start:c.end] == c.quote for c in got.citations)  # offsets into the stored text
