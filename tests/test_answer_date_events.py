"""A date of the stage asked and a deadline's 前: a sentence of this genre often dates two stages of one rule
(于X审议通过，Y起施行); a question asking from when on (从哪天起实行) is answered by the date of coming into force,
one asking when it was passed by the other; a deadline (2025年6月底前完成) keeps its 前.  Real BM25 retriever over
a report written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.figures import date_spans
from rag.config import Config

TEXTS = {
    ("柳林县", 2022): ("柳林县2022年法治政府建设年度报告\n"
                     "一、完善依法行政制度体系\n"
                     "县政府制定的《柳林县农村人居环境整治办法》于2022年9月16日经县政府常务会议审议通过，"
                     "2022年11月1日起施行。全年备案审查规范性文件23件。\n"
                     "二、下一步打算\n"
                     "力争2023年6月底前完成全县行政执法案卷评查，2023年底前建成县级行政复议服务中心。\n"),
}
CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 3}, chunking={"max_tokens": 120})


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(TEXTS), CFG)


@pytest.mark.parametrize("q, want", [
    ("柳林县2022年的人居环境整治办法从哪天起开始实行?", "2022年11月1日"),
    ("柳林縣2022年的人居環境整治辦法何時起施行？", "2022年11月1日"),
    ("When did Liulin County's rural living environment measures take effect in 2022?", "2022年11月1日"),
    ("柳林县2022年的人居环境整治办法是哪天审议通过的?", "2022年9月16日"),
])
def test_the_date_of_the_stage_asked(answerer, q, want):
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer == want, a.answer


def test_a_deadline_keeps_its_before(answerer):
    a = answerer.ask("柳林县2022年报告说，行政执法案卷评查要在什么时候之前完成?")
    assert not a.abstained and a.short_answer == "2023年6月底前", a.answer


@pytest.mark.parametrize("s, dates", [
    ("2021年底前完成，6月底之前上报，2022年以前的案卷", ["2021年底前", "6月底之前", "2022年以前"]),
    ("2023年前三季度收案12件，2020年前期已部署", ["2023年", "2020年"]),  # 前三季度, 前期: the next word's 前
])
def test_a_deadlines_before_is_part_of_the_date(s, dates):
    assert [s[a:b] for a, b, _ in date_spans(s)] == dates
