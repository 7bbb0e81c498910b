"""Items numbered inline with digits in brackets (存在以下不足：（1）…；（2）…, 评查案卷（1）…（2）…) are a list run, and
a question asking which kinds and a figure for each (哪几类…，各多少) asks that list, not one figure.  Real BM25
retriever over a report written for these tests (invented facts)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.lists import item_runs
from rag.answer.qtypes import classify
from rag.config import Config

TEXTS = {
    ("洪雅县", 2022): (
        "洪雅县2022年法治政府建设年度报告\n"
        "一、加强执法监督\n"
        "组织行政执法案卷评查1次，共抽查案卷（1）行政检查案卷210卷；（2）行政征收案卷45卷；（3）行政确认案卷16卷。"
        "评查发现问题案卷12卷，已全部整改。\n"
        "二、存在的问题\n"
        "我县法治政府建设仍存在以下不足：（1）部分乡镇法治机构人员力量薄弱；（2）行政应诉能力有待提升；"
        "（3）普法宣传的针对性不强。\n"),
    **{(c, 2022): (f"{c}2022年法治政府建设年度报告\n一、主要工作\n全县法治政府建设稳步推进，法治宣传深入开展。\n")
       for c in ("丹棱县", "青神县", "彭山区", "仁寿县")},  # 法治: a word of every report, as in any collection of the genre
}
CFG = Config().replace(embedding={"backend": "none"})


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(TEXTS), CFG)


def test_digits_in_brackets_inline_are_a_run():
    runs = item_runs("存在以下不足：（1）甲乙不足；（2）丙丁滞后；(3)戊己不够。")
    assert [[t for _, _, t in r] for r in runs] == [["甲乙不足", "丙丁滞后", "戊己不够"]]


@pytest.mark.parametrize("q, kind", [
    ("洪雅县抽查了哪几类案卷，各查了多少卷?", "list"),
    ("洪雅县哪些部门分别办了多少件?", "list"),
    ("洪雅县共抽查了多少卷案卷?", "number"),
])
def test_which_kinds_and_a_figure_each_is_a_list(q, kind):
    assert classify(q).kind == kind


def test_a_list_with_a_figure_per_item(answerer):
    a = answerer.ask("洪雅县2022年评查执法案卷，都查了哪几类案卷，各查了多少卷?")
    for item in ("行政检查案卷210卷", "行政征收案卷45卷", "行政确认案卷16卷"):
        assert item in a.short_answer, a.answer


def test_weaknesses_numbered_inline_are_all_given(answerer):
    a = answerer.ask("What weaknesses did Hongya County admit in its 2022 rule-of-law report?")
    for item in ("人员力量薄弱", "行政应诉能力", "针对性不强"):
        assert item in a.answer, a.answer
