"""Shortcuts the answer layer takes for speed (issue 12) give what the full computation gives.

Every sentence here is written for the test (not taken from a dev set)."""
from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from rag.answer.figure_fit import clause_coverage, clause_covered
from rag.text.normalize import fold_chars

SENTENCES = (
    "2022年3月，全县共办理行政复议案件41件，综合纠错率12.2%。",
    "梳理出权力事项6749项,保留权力事项2700项,取消87项。",
    "全年组织培训12场；参训人员800人次；考试合格率98%。",
    "2020年9月，县政府印发《实施方案》，明确任务23项。",
    "共排查隐患318处,整改296处,整改率超过九成,其余限期整改。",
)
TERMS = ("行政复议", "案件", "纠错率", "权力事项", "保留", "培训", "参训", "实施方案", "任务", "隐患", "整改", "事项")


@given(st.sampled_from(SENTENCES), st.lists(st.sampled_from(TERMS), min_size=1, max_size=4),
       st.dictionaries(st.sampled_from(TERMS), st.floats(0.1, 5.0), max_size=4))
def test_clause_covered_is_clause_coverage_above_zero(sentence, terms, weights):
    folded = fold_chars(sentence)
    for i in range(len(folded)):
        assert clause_covered(folded, i, terms, weights) == (clause_coverage(folded, i, terms, weights) > 0)


def test_clause_covered_reads_the_neighbours_when_the_clause_holds_no_term():
    s = fold_chars("全县共办理行政复议案件,其中41件,纠错5件。")
    at = s.index("41")
    assert clause_coverage(s, at, ("行政复议",), {}) > 0  # from the clause before
    assert clause_covered(s, at, ("行政复议",), {})
    assert not clause_covered(s, at, ("信访",), {})
    assert all(clause_covered(s, i, t, {}) == (clause_coverage(s, i, t, {}) > 0)
               for i, t in itertools.product(range(len(s)), (("纠错",), ("案件", "信访"))))


@given(st.text(alphabet="甲乙12，,；;。：:！!？? \n", max_size=40), st.integers(-2, 45))
def test_clause_bounds_start_after_the_last_separator_before_the_position(text, i):
    """clause_bounds finds the last separator before ``i`` with one greedy match: the end of the last of
    every separator match in ``text[:i]`` (what a scan over them gives), 0 when there is none."""
    import re

    from rag.answer.figure_fit import clause_bounds

    seps = re.compile(r"[，,；;。：:！!？?]")
    start = max((m.end() for m in seps.finditer(text, 0, max(i, 0))), default=0)
    after = seps.search(text, max(i, 0)) if i >= 0 else seps.search(text, 0)
    assert clause_bounds(text, i) == (start, after.start() if after else len(text))
