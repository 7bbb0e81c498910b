"""Asked what was done on a topic (主要做了哪些事, 采取了哪些措施, what did it do), a summary of a section whose items
open with a short title (一是加强行政复议工作。…) quotes each item's body -- the deeds, with their figures -- not
the titles, which only name the fields; asked which aspects (哪几方面), the titles still answer.  Motivated by a
fresh item (a summary that returned the titles); real BM25 retriever, reports written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.summary_asks import asks_deeds
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 6})
REPORT = (
    "临澧县2022年法治政府建设情况报告\n"
    "一、深化依法行政\n"
    "全县出台规范性文件8件，全部经过合法性审核。\n"
    "二、预防化解社会矛盾\n"
    "一是规范行政复议工作。县政府全年收到行政复议申请96件，受理88件，直接纠错率为12.5%。"
    "二是支持行政应诉。全县一审行政诉讼案件73件，行政机关负责人出庭应诉率达到91.8%。"
    "三是健全人民调解网络。全县建成村级调委会312个，全年调处矛盾纠纷4,260件。\n"
    "三、下一步工作打算\n"
    "继续推进复议体制改革，提升调解质效。\n"
)
OTHERS = {
    ("湖南省常德市石门县", 2022): "石门县2022年法治政府建设情况报告\n一、主要工作\n开展矛盾纠纷排查化解，调处纠纷1,900件。\n",
    ("湖南省常德市津市市", 2022): "津市市2022年法治政府建设情况报告\n一、主要工作\n办理行政复议案件41件。\n",
}
DOCS = docs_of({("湖南省常德市临澧县", 2022): REPORT, **OTHERS})


@pytest.mark.parametrize("question", [
    "临澧县2022年在预防化解社会矛盾这块主要做了哪些事?",
    "临澧县2022年在预防化解社会矛盾方面采取了哪些措施?",
])
def test_a_deeds_question_quotes_the_items_bodies_not_their_titles(question):
    a = answerer_over(DOCS, CFG).ask(question)
    assert "96件" in a.answer and "91.8%" in a.answer and "4,260件" in a.answer, a.answer
    assert "规范行政复议工作。" not in a.answer, a.answer


def test_an_aspects_question_still_gets_the_titles():
    a = answerer_over(DOCS, CFG).ask("临澧县2022年预防化解社会矛盾从哪几方面入手?")
    assert "规范行政复议工作" in a.answer and "支持行政应诉" in a.answer, a.answer


@pytest.mark.parametrize("question,deeds", [
    ("某县在化解纠纷这块主要做了哪些事?", True), ("某县干了什么?", True), ("采取了哪些措施?", True),
    ("What did the county do to resolve disputes?", True), ("What measures did Linli take?", True),
    ("下一步打算从哪几方面推进?", False), ("做了哪几方面工作?", False), ("存在哪些不足?", False),
    ("How many cases did it handle?", False),
])
def test_asks_deeds(question, deeds):
    assert asks_deeds(question) is deeds


NAMED = (
    "石门县2021年法治政府建设情况报告\n"
    "一、深化审批制度改革\n"
    "一是实施“多图联审”。整合消防、人防等技术审查，统一出具审查意见。"
    "二是实施“多测合一”。整合测绘事项，开展联合测绘。\n"
    "二、存在的问题\n基层执法力量不足。\n"
)


def test_titles_that_name_the_deed_still_answer():
    docs = docs_of({("湖南省常德市石门县", 2021): NAMED, **{k: v for k, v in OTHERS.items() if "石门" not in k[0]}})
    a = answerer_over(docs, CFG).ask("石门县2021年在审批制度改革方面做了哪些事?")
    assert "实施“多图联审”" in a.answer and "实施“多测合一”" in a.answer, a.answer
