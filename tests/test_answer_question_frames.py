"""How an asker frames a question is not what is asked: a polite opener or closer in either script
(请问 / 我想了解一下 / 謝謝 / 呢), an English request frame ("Could you tell me who …"), and the spaces
some askers type between Chinese and digits (霍州 2023 年) leave the question answered as the bare
one.  Found by the robustness yardstick (evals/perturb.py); real BM25 retriever, reports written
for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.qtypes import classify, core_question
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("九江市", 2022): (
        "九江市2022年法治政府建设情况报告\n"
        "一、主要工作\n"
        "（一）落实第一责任人职责。市长王某某主持召开市政府常务会议专题学法9次。\n"
        "（二）化解行政争议。全年受理行政复议申请318件，审结296件，直接纠错率为11.2%。\n"
        "（三）深化放管服改革。2022年6月，全市上线“赣服通”九江分厅，市级政务服务事项网上可办率为97.6%。\n"
        "二、存在的不足\n"
        "一是基层执法力量偏弱。二是部分单位合法性审查流于形式。\n"
    ),
    ("大同市", 2021): (
        "大同市2021年法治政府建设年度报告\n"
        "一、工作成效\n"
        "全年办理行政复议案件142件。行政复议纠错率连续下降，2019年为15.2%，2020年为12.1%，2021年为8.5%。开展法治宣传活动430场次。\n"
    ),
    ("吉安市", 2023): (
        "吉安市2023年法治政府建设情况报告\n"
        "一、主要成效\n"
        "全市推行柔性执法，全年办理行政处罚案件2100余件。全市12个部门联合开展“双随机”抽查86批次，检查市场主体1350户。\n"
        "二、存在的问题\n"
        "一是行政执法队伍年龄结构老化。二是乡镇综合执法平台运行不畅。\n"
    ),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(DOCS, CFG)


@pytest.mark.parametrize("q, core", [
    ("九江市2022年受理了多少件行政復議申請？謝謝", "九江市2022年受理了多少件行政復議申請？"),  # Traditional closer
    ("九江市2022年受理了多少件行政复议申请？，谢谢！", "九江市2022年受理了多少件行政复议申请？"),
    ("九江市2022年受理了多少件行政复议申请，谢谢", "九江市2022年受理了多少件行政复议申请"),
    ("我想了解一下，九江市2022年受理了多少件行政复议申请?", "九江市2022年受理了多少件行政复议申请?"),
    ("我想了解一下，九江市2022年受理了多少件行政復議申請?", "九江市2022年受理了多少件行政復議申請?"),
    ("請問九江市2022年受理了多少件行政復議申請?", "九江市2022年受理了多少件行政復議申請?"),
    ("九江市2022年受理了多少件行政复议申请呢？", "九江市2022年受理了多少件行政复议申请？"),
    ("九江市 2022 年受理了多少件行政复议申请?", "九江市2022年受理了多少件行政复议申请?"),
    ("Could you tell me who chaired Jiujiang's law study sessions in 2022?", "who chaired Jiujiang's law study sessions in 2022?"),
    ("Could you please tell me: did Jiujiang launch the service hall in 2022?", "did Jiujiang launch the service hall in 2022?"),
    ("Can you tell me how many cases Datong handled in 2021?", "how many cases Datong handled in 2021?"),
    ("Do you know when Jiujiang launched the hall?", "when Jiujiang launched the hall?"),
    ("How many 行政复议 cases did Datong handle in 2021?", "How many 行政复议 cases did Datong handle in 2021?"),
    ("呢称是什么?", "呢称是什么?"),  # not a closing particle
    ("请问下陆区2024年受理了多少件?", "下陆区2024年受理了多少件?"),  # 下 of 下陆区, not 请问下
    ("请问下，下陆区2024年受理了多少件?", "下陆区2024年受理了多少件?"),
])
def test_frames_are_not_the_question(q, core):
    assert core_question(q) == core


@pytest.mark.parametrize("q, kind", [
    ("Could you tell me who chaired Jiujiang's law study sessions in 2022?", "name"),
    ("Could you tell me how many review applications Jiujiang accepted in 2022?", "number"),
    ("Could you tell me when Jiujiang launched its online service hall?", "date"),
    ("Could you tell me: did Jiujiang launch an online service hall in 2022?", "yesno"),
])
def test_an_english_request_frame_asks_what_its_question_asks(q, kind):
    assert classify(core_question(q)).kind == kind


def test_a_traditional_thank_you_does_not_hide_the_question(answerer):
    bare = answerer.ask("九江市2022年受理了多少件行政复议申请?")
    polite = answerer.ask("九江市2022年受理了多少件行政復議申請?謝謝")
    assert bare.short_answer.startswith("318件"), bare.answer
    assert not polite.abstained and polite.short_answer == bare.short_answer, polite.answer


def test_an_english_request_frame_is_answered_like_the_bare_question(answerer):
    a = answerer.ask("Could you tell me how many administrative reconsideration applications Jiujiang accepted in 2022?")
    assert not a.abstained and "318" in a.short_answer, a.answer


def test_spaces_around_digits_do_not_change_a_yes_no_comparison(answerer):
    bare = answerer.ask("大同市2021年的行政复议纠错率比2020年更高吗?")
    spaced = answerer.ask("大同市 2021 年的行政复议纠错率比 2020 年更高吗?")
    assert bare.short_answer.startswith("否"), bare.answer
    assert spaced.short_answer.startswith("否"), spaced.answer


@pytest.mark.parametrize("q, kind", [
    ("In 2022, who chaired Jiujiang's government law study sessions?", "name"),
    ("According to its 2022 report, who chaired Jiujiang's law study sessions?", "name"),
    ("When Jiujiang reviewed its cases in 2022, how many applications did it accept?", "number"),
    ("In 2022, when Jiujiang reviewed its cases, how many applications did it accept?", "number"),
    ("In 2022, when Jiujiang reviewed documents, contracts and meeting topics, how many items did it check?", "number"),
    ("When did Jiujiang launch its online service hall, and how many items could be handled online?", "date"),
    ("In 2022, did Jiujiang launch an online service hall?", "yesno"),
    ("In short, what did Jiujiang do about legal aid in 2022?", "summary"),  # a lead-in that asks
])
def test_an_english_lead_in_does_not_hide_the_question_word(q, kind):
    assert classify(q).kind == kind


def test_a_year_lead_in_before_who_is_answered_with_the_name(answerer):
    bare = answerer.ask("Who chaired Jiujiang's government standing-meeting law study sessions in 2022?")
    led = answerer.ask("In 2022, who chaired Jiujiang's government standing-meeting law study sessions?")
    assert "王某某" in bare.short_answer, bare.answer
    assert led.short_answer == bare.short_answer, led.answer


@pytest.mark.parametrize("q", ["吉安市2023年报告承认的不足主要有哪些?", "吉安市2023年报告承认的不足主要都有哪些?",
                               "吉安市2023年报告承认的不足还都有哪些?"])
def test_adverbs_before_you_naxie_keep_a_shortcomings_question_a_summary(answerer, q):
    assert classify(q).kind == "summary"
    a = answerer.ask(q)
    assert not a.abstained and "年龄结构老化" in a.answer and "运行不畅" in a.answer, a.answer


@pytest.mark.parametrize("q", ["九江市2022年受理的行政复议申请有400件了吗?", "九江市2022年受理的行政复议申请有400件了没有?",
                               "九江市2022年受理的行政复议申请过400件了没有?", "九江市2022年受理的行政复议申请达400件没有?"])
def test_the_a_not_a_tag_states_the_claim_as_ma_does(answerer, q):
    a = answerer.ask(q)  # the report says 318件
    assert a.short_answer.startswith("否"), a.answer


@pytest.mark.parametrize("q", ["吉安市2023年几个部门联合开展双随机抽查,一共抽查了多少批次?",
                               "吉安市2023年多少个部门联合开展双随机抽查,一共抽查了多少批次?",
                               "吉安市2023年几个部门联合开展双随机抽查,一共抽查了几批次?"])
def test_the_last_count_word_is_the_one_asked(answerer, q):
    assert classify(q).unit == "批"
    a = answerer.ask(q)
    assert a.short_answer.startswith("86批次"), a.answer


@pytest.mark.parametrize("q, plain", [
    ("九江市2022年上线了啥平台?", "九江市2022年上线了什么平台?"),
    ("九江市的分厅是啥時候上線的?", "九江市的分厅是什么時候上線的?"),
    ("九江市2022年合法性审查做得咋样?", "九江市2022年合法性审查做得怎么样?"),
    ("九江市二〇二二年受理了多少件?", "九江市2022年受理了多少件?"),
    ("九江市二零二二年度受理了多少件?", "九江市2022年度受理了多少件?"),
    ("九江市受理了一二三四件吗?", "九江市受理了一二三四件吗?"),  # no year
])
def test_spoken_interrogatives_read_as_written_ones(q, plain):
    assert core_question(q) == plain


@pytest.mark.parametrize("q, needle", [("九江市2022年上线的分厅叫啥?", "赣服通"), ("九江市的分厅是啥时候上线的?", "2022年6月"),
                                       ("九江市2022年主持常务会议学法的市长叫啥名字?", "王某某")])
def test_sha_is_answered_as_shenme(answerer, q, needle):
    a = answerer.ask(q)
    assert not a.abstained and needle in a.short_answer, a.answer


@pytest.mark.parametrize("q, plain", [
    ("What's the name of Jiujiang's online service hall?", "What is the name of Jiujiang's online service hall?"),
    ("Didn't Jiujiang launch its hall in 2022?", "Did not Jiujiang launch its hall in 2022?"),
    ("Jiujiang's hall: when's it open?", "Jiujiang's hall: when is it open?"),  # a possessive stays
])
def test_english_contractions_are_spelled_out(q, plain):
    assert core_question(q) == plain


def test_whats_x_called_asks_for_a_name():
    assert classify(core_question("What's Jiujiang's way of serving firms online called?")).kind == "name"


@pytest.mark.parametrize("q, plain", [
    ("Which document did Jiujiang City issue in 2022?", "Which document did Jiujiang issue in 2022?"),
    ("In which Haixi Prefecture office did it start?", "In which Haixi office did it start?"),
    ("Which city of Jiangxi issued it?", "Which city of Jiangxi issued it?"),  # a place asked
    ("Which Shandong city ranked first?", "Which Shandong city ranked first?"),
    ("What did Yu County do?", "What did Yu County do?"),  # the level word of a one-syllable name stays
    ("Which County held it?", "Which County held it?"),
])
def test_a_level_word_of_a_proper_name_is_no_place_asked(q, plain):
    from rag.answer.qtypes import without_name_levels

    assert without_name_levels(q) == plain


def test_which_name_city_asks_for_what_follows(answerer):
    from rag.answer.names import asked_levels

    assert asked_levels("Which Jiangxi city launched it?") and not asked_levels("In which Jiujiang City hall was it launched?")
    a = answerer.ask("Who chaired Jiujiang City's government standing-meeting law study sessions in 2022?")
    assert "王某某" in a.short_answer, a.answer
