"""A yes/no about a named place is read deeper in that place's report when its top passages (ranked also by the
place's name and the years, which many passages share) do not decide it (fresh r-017, n-019: which of a report's
passages make the top-k moves with the rest of the collection).  The deeper sentence decides only when it states
most of the question's words; nothing deeper that does: still not stated.  Real BM25 retriever over reports
written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.evidence import make_ask
from rag.answer.qtypes import classify
from rag.answer.terms import content_terms
from rag.answer.yesno import decide
from rag.config import Config

# passages naming the question's place and year and its topic (行政复议), deciding nothing
FILLER = "".join(f"（{i}）桐庐县2022年行政复议规范化建设第{i}项任务按期推进，桐庐县2022年通报进展。\n" for i in range(1, 9))
TEXTS = {
    ("桐庐县", 2022): (
        "桐庐县2022年法治政府建设年度报告\n一、主要工作\n" + FILLER +
        "（九）化解行政争议。全年共收到行政复议申请88件，比上年的61件增长44.3%，审结80件，其中撤销、确认违法等纠错10件，"
        "纠错率12.5%。行政复议“简案快办”机制平均办案时间缩短至30天，复议人员参加业务培训120人次，复议决定书全部网上公开。"
        "全县行政机关作为被告的行政诉讼一审案件52件，败诉3件，行政机关负责人出庭应诉率为96%。\n"
        "（十）综合执法。全县下沉乡镇执法人员300名，向乡镇赋予执法事项56项。\n"
        "二、存在的不足\n一是基层执法力量薄弱，乡镇执法人员持证率仅为78%，尚未达到90%的目标。\n"
        "三、下一步打算\n2023年，桐庐县将对照2022年情况健全行政复议案件审理机制，推动行政复议纠错率保持合理区间。\n"),
    # other places' reports, where review applications and supervisors are common words: nothing about 桐庐县
    **{(n, y): (f"{n}{y}年法治政府建设年度报告\n一、主要工作\n（一）行政复议。收到行政复议申请{c}件，受理行政复议申请{c - 3}件。\n"
                f"（二）执法监督。聘请行政执法监督员{c // 4}名，企业代表参与行政执法监督。\n")
       for n, y, c in (("淳安县", 2021, 40), ("建德市", 2022, 57), ("安吉县", 2023, 66), ("德清县", 2022, 35),
                       ("嘉善县", 2021, 49), ("海盐县", 2023, 28))},
}
CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 2}, chunking={"max_tokens": 40})
ASKED = "桐庐县2022年收到的行政复议申请是不是比2021年少了？"


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(TEXTS), CFG)


def test_the_answering_passage_is_out_of_the_top_k(answerer):
    assert not any("申请88件" in h.chunk.text for h in answerer.retriever.search(ASKED).hits)


def test_a_yes_no_is_read_deeper_in_the_named_report(answerer):
    a = answerer.ask(ASKED)
    assert a.short_answer == "否", a.answer
    assert "申请88件" in a.citations[0].quote


def test_what_no_deeper_sentence_states_is_still_not_stated(answerer):
    a = answerer.ask("桐庐县2022年有没有建成法治文化主题公园？")
    assert a.abstained or a.short_answer == "报告未明确说明", a.answer


def test_a_trend_is_not_decided_by_a_sentence_silent_on_it(answerer):
    """A sentence holding the question's words but nothing of how the figure went (规范化建设…按期推进) does not
    answer 比2021年多了吗; the one that says it (比上年的61件增长44.3%) does."""
    a = answerer.ask("桐庐县2022年行政复议申请比2021年多了吗？")
    assert a.short_answer == "是" and "申请88件" in a.citations[0].quote, a.answer


def test_a_threshold_is_not_met_by_a_sentence_without_its_figure(answerer):
    """下沉乡镇执法人员300名 holds the question's words but no share: it does not answer 有没有达到九成 (fresh r-015);
    the sentence giving the share (持证率仅为78%) does."""
    q = "桐庐县2022年乡镇执法人员持证比例有没有达到九成？"
    ask = make_ask(q, "zh", classify(q), content_terms(q))
    assert decide(ask, "全县下沉乡镇执法人员300名，向乡镇赋予执法事项56项。") is None  # was 是: most of the words
    assert decide(ask, "乡镇执法人员持证率达到93%。") is True
    a = answerer.ask(q)
    assert a.short_answer == "否" and "78%" in a.citations[0].quote, a.answer
