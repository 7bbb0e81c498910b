"""Which reports mention a coined compound: the genre often quotes the coined part only (“容缺”受理 for 容缺受理,
“说理式”执法), so a report writing it that way mentions it; a report with the parts apart, or the coined part with
another head, does not.  Motivated by a fresh item; real BM25 retriever and posting arrays, reports written here."""
from __future__ import annotations

from answer_corpus import answerer_over, docs_of

from rag.answer.term_coverage import quoted_head_forms, whole_forms
from rag.config import Config

REPORTS = {
    ("湖北省宜昌市当阳市", 2022): "当阳市2022年法治政府建设年度报告\n一、优化营商环境\n在政务服务中心推行“容缺”受理机制，办结事项3,100件。\n",
    ("湖北省宜昌市枝江市", 2022): "枝江市2022年法治政府建设年度报告\n一、优化营商环境\n全面推行容缺受理，压缩办理时限40%。\n",
    ("湖北省宜昌市远安县", 2022): "远安县2022年法治政府建设年度报告\n一、优化营商环境\n对材料容缺的申请人先行指导，齐全后当场受理。\n",
    ("湖北省宜昌市兴山县", 2022): "兴山县2022年法治政府建设年度报告\n一、优化营商环境\n推行“容缺”审批，审批时限压缩一半。\n",
}


def test_a_report_quoting_the_coined_part_mentions_the_compound():
    a = answerer_over(docs_of(REPORTS), Config().replace(embedding={"backend": "none"})).ask("哪些报告提到了“容缺受理”？")
    assert set(a.short_answer.split("、")) == {"当阳", "枝江"}, a.answer


def test_the_quoted_forms_of_a_compound():
    assert quoted_head_forms("容缺受理") == ("“容缺”受理",)
    assert "“容缺”受理" in whole_forms("容缺受理")
    assert quoted_head_forms("受理") == () and quoted_head_forms("行政执法责任制度") == ()  # too short, too long
