"""Figure answers on hand-written sentences: what a figure counts, its unit, and which of several
figures in one sentence answers."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.asked_measure import measure_anchors, measured_words
from rag.answer.evidence import make_ask
from rag.answer.extractive import answer
from rag.answer.figure_fit import pick_span, unit_fit
from rag.answer.figures import number_spans
from rag.answer.qtypes import classify
from rag.answer.term_tokens import tokens
from rag.answer.terms import content_terms
from rag.records import Chunk, Document, Hit


def ask_for(q: str):
    return make_ask(q, "zh", classify(q), content_terms(q, exclude=["丙县", "丙"]))


def one_sentence_answer(q: str, sentence: str) -> str:
    doc = Document("d", "d.txt", sentence, hashlib.sha256(sentence.encode()).hexdigest(), region="丙县", year=2022)
    hit = Hit(1, Chunk(f"d:0-{len(sentence)}", "d", 0, len(sentence), sentence), 1.0)
    return answer(ask_for(q), [hit], {"d": doc}).short


@pytest.mark.parametrize("q, measured", [
    ("丙县有多少名人民调解员?", ("人民调解员",)),
    ("丙县行政复议纠错率是多少?", ("纠错率",)),
    ("丙县出庭应诉率达到多少?", ("出庭应诉率",)),  # the noun before 多少, not the verb 达到
    ("丙县受理了多少件行政复议案件?", ("行政复议", "案件")),  # the compound with its head (案件: also stated by 件)
    ("How many legislative hearings did the county hold?", ("立法", "听证")),  # every word of the counted phrase
])
def test_measured_words(q, measured):
    terms = content_terms(q, exclude=["丙县", "丙"])
    assert measured_words(q, terms) == measured


def test_a_person_suffix_stays_on_its_noun():
    assert tokens("人民调解员和执法人员") == ["人民调解员", "和", "执法人员"]


@pytest.mark.parametrize("q, sentence, short", [
    # what is counted must be in the sentence: another noun's figure does not answer
    ("丙县有多少名人民调解员?", "全县7个乡镇政府法律顾问实现全覆盖。", ""),
    ("丙县有多少名人民调解员?", "全县共有人民调解员326名，调解纠纷1200件。", "326名"),
    # a rate is not answered with a count
    ("丙县行政复议纠错率是多少?", "全年受理行政复议案件45件，审结40件。", ""),
    ("丙县行政复议纠错率是多少?", "全年受理行政复议案件45件，纠错率为13.3%。", "13.3%"),
    # several figures in one parallel list: the one next to the whole asked noun phrase
    ("丙县举办了几次专题学法?", "县委中心组举办了2次专题报告会、5次专题学法。", "5次"),
    ("丙县举办了几次专题报告会?", "县委中心组举办了2次专题报告会、5次专题学法。", "2次"),
])
def test_span_answers(q, sentence, short):
    assert one_sentence_answer(q, sentence) == short


def test_anchors_are_the_verb_and_the_whole_noun_phrase():
    assert measure_anchors("丙县举办了几次专题学法?") == ("举办", "专题学法")


@pytest.mark.parametrize("asked, unit, fit", [
    ("%", "%", 1.0), ("%", "件", -1.0), ("名", "人", 0.5), ("件", "起", 0.5), ("件", "%", -1.0), ("件", "", -0.3), ("", "件", 0.0),
])
def test_unit_fit(asked, unit, fit):
    assert unit_fit(asked, unit) == fit


def test_the_figure_reached_beats_the_one_it_rose_from():
    s = "出庭应诉率从上一年的45%提高到100%。"
    best = pick_span(s, number_spans(s), ("出庭应诉率",), {}, "%")
    assert s[best[0]:best[1]] == "100%"


@pytest.mark.parametrize("q, sentence, short", [
    # a person after the asked title, not after a deputy's
    ("丙县的县长是谁?", "副县长王某某主持推进会，县委副书记、县长李明华带队督察。", "李明华"),
    ("丙县的副县长是谁?", "副县长王某某主持推进会，县委副书记、县长李明华带队督察。", "王某某"),
    # a quoted name with the noun asked about
    ("丙县开展的驻村工作叫什么?", "深入开展“访民情”驻村工作，群众满意。", "“访民情”驻村工作"),
    # a city, a titled book, an organisation reaching back over a domain word
    ("哪座城市遭遇了严峻的疫情?", "2021年年底，西安遭遇严峻复杂的新冠肺炎疫情。", "西安"),
    ("丙县编写出版了哪本读物?", "编写出版《法治学习问答》，供干部群众学习。", "《法治学习问答》"),
    ("那次评估是哪个机构组织的?", "在中国政法大学法治政府研究院组织的法治政府评估中名列前茅。", "中国政法大学法治政府研究院"),
])
def test_name_answers(q, sentence, short):
    assert one_sentence_answer(q, sentence) == short


def test_the_last_noun_of_a_long_counted_phrase_marks_its_figure():
    q = "丙县命名了多少个首批县级法治政府建设示范单位?"
    assert one_sentence_answer(q, "县里命名首批县级示范单位12个、示范项目5个。") == "12个"


def test_a_person_question_without_a_person_in_the_evidence_gives_nothing():
    assert one_sentence_answer("丙县的县委书记叫什么名字?", "县委书记8次主持召开常委会会议。") == ""


def test_several_before_the_asked_count_does_not_set_the_unit():
    """``几个单位一起…多少场``: 几 is "several" there, the 多少 asks (heldout8 h8-013 kind)."""
    assert classify("几个单位一起办的联合培训,一共办了多少场?").unit == "场"
    assert measure_anchors("几个单位一起办的联合培训,一共办了多少场?")[0] == "办"
    assert classify("办了几场联合培训?").unit == "场"


def test_the_figure_of_the_listed_item_that_holds_the_asked_words():
    """A clause listing items with 、: the item holding the question's words gives the figure, even
    when an earlier item shares the clause's other words."""
    s = "全年组织法律讲座培训干部45场3200人次、多单位联合培训干部18场960人次,发放资料2万份。"
    assert one_sentence_answer("丙县几个单位联合培训干部,一共办了多少场?", s) == "18场"
    assert one_sentence_answer("丙县联合培训干部一共办了多少场?", s) == "18场"
    s2 = "本年开展重点执法检查62次、跨区域联合执法检查17次,查处案件300件。"
    assert one_sentence_answer("丙县跨区域联合执法检查开展了多少次?", s2) == "17次"


@pytest.mark.parametrize("q", ["How many enterprises were inspected in the county's joint checks?",
                               "In the county's joint checks, how many entities were inspected?",
                               "How many businesses did the joint checks cover?"])
def test_english_businesses_are_counted_in_jia(q):
    """Entities, enterprises, businesses: the genre counts them in 家 (heldout8 h8-004 kind)."""
    assert classify(q).unit == "家"
    s = "全年开展联合检查56次,检查人员820人,检查企业1930家,发现问题214项。"
    doc = Document("d", "d.txt", s, hashlib.sha256(s.encode()).hexdigest(), region="丙县", year=2022)
    hit = Hit(1, Chunk(f"d:0-{len(s)}", "d", 0, len(s), s), 1.0)
    ask = make_ask(q, "en", classify(q), content_terms(q))
    assert answer(ask, [hit], {"d": doc}).short == "1930家"
