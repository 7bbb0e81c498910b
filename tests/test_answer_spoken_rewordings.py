"""Figure and name questions worded as people speak them (passages written here, invented figures):
``综合算下来…的比例``, ``覆盖了百分之多少``, ``在X里设Y这件事，一共弄了几个``, ``主办方是谁``.

The tests fail on the behaviour before it: 算下来 / 百分之 / a glued run of single characters (里设驻)
taken for content terms (for 算下来 and 百分之, for what is counted, found in no sentence), and 主办方 not
read as asking for a body (the 里设驻 question itself was answered before over these small reports).
"""

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.qtypes import classify
from rag.answer.terms import content_terms
from rag.config import Config

REPORTS = {
    ("福建省泉州市", 2022): (
        "泉州市2022年法治政府建设年度报告\n一、化解行政争议\n"
        "全年市本级受理行政复议案件40件，审结35件，综合纠错率达22.5%。\n"
        "二、规范执法监督\n录入执法检查数据5320条，执法检查数据覆盖率达85.3%。\n"
        "三、完善公共法律服务\n在全市各司法所设立9个驻所法律服务室，方便群众就近咨询。\n"
        "四、开展第三方评估\n在华东政法大学法治研究院组织的法治政府评估中，泉州在全省参评城市中名列第五。\n"),
    ("福建省漳州市", 2022): (
        "漳州市2022年法治政府建设年度报告\n一、化解行政争议\n全年受理行政复议案件31件，纠错率为9.7%。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("question,short", [
    ("泉州市本级的行政复议案件，2022年综合算下来纠错的比例是多少?", "22.5%"),
    ("泉州2022年執法檢查數據覆蓋了百分之多少?", "85.3%"),
    ("在司法所里设驻所法律服务室这件事，泉州2022年一共弄了几个?", "9个"),
    ("2022年泉州参加的那次法治政府评估,主办方是谁?", "华东政法大学法治研究院"),
])
def test_a_spoken_question_is_answered_with_the_figure_or_body_asked(answerer, question, short):
    got = answerer.ask(question)
    assert got.short_answer == short
    assert short in got.citations[0].quote


@pytest.mark.parametrize("question,absent", [
    ("综合算下来纠错的比例是多少?", "算下来"),
    ("数据覆盖了百分之多少?", "百分之"),
    ("在派出所里设驻所调解室这件事一共有几个?", "里设驻"),
])
def test_how_a_question_is_spoken_is_no_content_term(question, absent):
    assert absent not in content_terms(question)


def test_a_share_asked_in_words_asks_for_a_percentage():
    assert classify("覆盖了百分之多少?").unit == "%"
