"""Question understanding that must hold for any report of the genre: the asker's own words
(pronouns, 哪天, 简要说说) are never content terms; English rank, duration and count questions ask
for the right kind of figure; yes/no reads ranks, repeats and finished work. Hand-written passages."""
from __future__ import annotations

import pytest

from rag.answer.evidence import make_ask, ordinals
from rag.answer.figures import ordinal_spans
from rag.answer.qtypes import RANK_Q_RE, classify
from rag.answer.terms import content_terms
from rag.answer.yesno import decide
from rag.text.glossary import english_terms


@pytest.mark.parametrize("q, junk", [
    ("2020年甲市市长是谁?报告说他主持了常务会议。", ("说他", "他")),
    ("报告里说她在会上讲了什么?", ("说她",)),
    ("甲县2023年的述法评议会是哪天开的?", ("天开", "开")),
    ("乙区的条例是哪年出台的?", ("年出", "年出台")),
    ("甲县下一步有什么打算?简要说说。", ("简要", "说说")),
    ("请简单讲讲乙市的复议工作。", ("简单", "讲讲")),
])
def test_asking_words_are_never_content(q, junk):
    terms = content_terms(q)
    assert not set(junk) & set(terms), terms


def test_content_words_survive_next_to_asking_words():
    assert "述法" in content_terms("甲县2023年的述法评议会是哪天开的?")
    assert "常务会议" in content_terms("报告说他主持了常务会议吗?") or "常务" in content_terms("报告说他主持了常务会议吗?")
    assert "出台" in content_terms("乙区的条例是哪年出台的?")


@pytest.mark.parametrize("q, kind, unit", [
    ("How long did it take to issue a business licence in 2019?", "number", "时长"),  # a length of time, in any unit
    ("How many days did approvals take after the reform?", "number", "天"),
    ("How many administrative disputes were resolved in 2022?", "number", "件"),
    ("How many mediators were trained in 2021?", "number", "人"),
    ("How many sessions did the standing committee hold in 2020?", "number", "次"),
    ("In the provincial assessment, where did the county rank among 30 counties?", "number", ""),
    ("Which county had the most cases?", "compare", ""),
])
def test_english_question_kinds_and_units(q, kind, unit):
    qt = classify(q)
    assert (qt.kind, qt.unit) == (kind, unit)


def test_rank_questions_ask_for_ordinals():
    assert RANK_Q_RE.search("where did the city rank among the 50 cities?")
    assert RANK_Q_RE.search("what rank did it get?")
    assert RANK_Q_RE.search("甲市排第几?")
    assert not RANK_Q_RE.search("how many cases were filed?")


def test_ordinal_spans_skip_words_that_only_start_with_di():
    s = "在第三方评估中，甲市位列全省16个城市第4名，第一责任人第一时间到场，召开第六次会议。"
    assert [s[a:b] for a, b, _ in ordinal_spans(s)] == ["第4名", "第六次"]


@pytest.mark.parametrize("phrase, zh", [
    ("How many administrative disputes were settled?", "行政争议"),
    ("Were approvals for major projects handled in parallel?", "并联"),
    ("Under the reform separating operating permits from business licences, how many firms benefited?", "证照分离"),
    ("What did the third-party assessment find?", "第三方评估"),
])
def test_genre_glossary(phrase, zh):
    assert zh in english_terms(phrase)


@pytest.mark.parametrize("text, ords", [
    ("甲县拿到全省第一了吗", [("一", "名")]),
    ("总体评价在全省综合排名第三", [("三", "名")]),
    ("在全市安全生产考核中获得第二", [("二", "名")]),
    ("入选全省第二批示范县", [("二", "批")]),
    ("建成全市第一个调解中心", []),
])
def test_ranks_named_by_their_scope(text, ords):
    assert ordinals(text) == ords


def ask_for(q: str):
    return make_ask(q, "zh", classify(q), content_terms(q, exclude=["甲县", "甲市", "甲"]))


@pytest.mark.parametrize("q, sentence, verdict", [
    # a rank against another rank of the same scope
    ("甲县在群众满意度测评中拿到了全省第一吗?", "甲县在全省群众满意度测评中综合排名第三。", False),
    ("甲县在群众满意度测评中拿到了全省第一吗?", "甲县在全省群众满意度测评中排名全省第一。", True),
    # a first-time claim against a repeat
    ("甲市是头一回在考核中获得优秀吗?", "甲市连续三年在全省依法行政考核中获得优秀等次。", False),
    ("甲市是首次在考核中获得优秀吗?", "甲市蝉联全省依法行政考核优秀等次。", False),
    # asked whether still not done, the sentence says it was done
    ("甲县的实施方案是否还停留在起草阶段、尚未印发?", "制定《甲县法治政府建设实施方案》并印发实施。", False),
    ("甲县的执法平台是不是仍未建成?", "建成全县统一的行政执法监督平台。", False),
    ("甲县的执法平台是不是仍未建成?", "行政执法监督平台尚未建成，仍在调试。", None),
])
def test_yesno_ranks_repeats_and_done(q, sentence, verdict):
    got = decide(ask_for(q), sentence)
    assert got is verdict if verdict is not None else got is not False


# --- an English question naming, in pinyin, a city the collection has no report of --------------

_DOCS = [("a", "山西省长治市", 2021, "140400"), ("b", "湖北省黄石市下陆区", 2024, "420204")]


@pytest.mark.parametrize("q, unknown", [
    ("What was Lanzhou's score in the 2022 assessment?", ("兰州市",)),
    ("How many cases did Nanchang accept in 2021?", ("南昌市",)),
    ("How many cases did Changzhi accept in 2021?", ()),  # indexed: answered, not refused
    ("What did the China University of Political Science and Law find in 2021?", ()),  # English words, not places
])
def test_unindexed_city_in_pinyin_is_unknown(q, unknown):
    from rag.retrieve.query import understand

    assert understand(q, _DOCS).unknown_regions == unknown


def test_by_pinyin_reads_provinces_and_prefectures_only():
    from rag.places import by_pinyin

    assert [p.name for p in by_pinyin("Kunming")] == ["昆明市"]
    assert by_pinyin("science") == ()


# --- name questions: the asked head noun and the asked title ---------------------------------

@pytest.mark.parametrize("q, title", [
    ("Who is the county head who chaired the meeting in 2022?", "县长"),
    ("Who was the district's head in 2023?", "区长"),
    ("Who is the deputy mayor in charge of justice?", "副市长"),
    ("Who led the study session?", ""),
])
def test_english_asked_title(q, title):
    from rag.answer.persons import english_title

    assert english_title(q) == title


def test_titled_person_is_the_one_bound_to_the_asked_title():
    from rag.answer.persons import titled_persons

    s = "县委副书记、政法委书记张明华主持会议，县委副书记、县长李文清带领政府班子成员学法。"
    assert [s[a:b] for a, b, _ in titled_persons(s, "县长")] == ["李文清"]


def test_quoted_name_before_the_asked_head():
    from rag.answer.span_finders import quoted_head_spans

    s = "组织各部门负责人通过“法治乙县”微信公众号公开述法，推出“乙县普法”短视频。"
    assert [s[a:b] for a, b, _ in quoted_head_spans(s, "微信公众号")] == ["“法治乙县”"]
    assert quoted_head_spans(s, "网站") == []


def test_asked_head_not_an_organisation_because_the_question_mentions_one():
    from rag.answer.evidence import make_ask
    from rag.answer.span_finders import spans_fn

    q = "乙县各部门负责人是在哪个微信公众号上述法的?"
    fn = spans_fn(make_ask(q, "zh", classify(q), content_terms(q)))
    s = "组织县政府工作部门负责人通过“法治乙县”微信公众号向社会公开述法。"
    assert [s[a:b] for a, b, _ in fn(s)] == ["“法治乙县”"]


# --- support: locatives and rank verbs ---------------------------------------------------------

def test_locative_place_words_are_not_content():
    terms = content_terms("丙区在全市考评中是否在六个区里排名第二?")
    assert "区里" not in terms and "排名" in terms


@pytest.mark.parametrize("written", ["位列第二", "名列第二", "位居第二", "排名第二"])
def test_rank_verbs_support_each_other(written):
    from rag.answer.term_coverage import coverage

    assert coverage(("排名", "第二"), f"丙区在六区中{written}。")[0] == 1.0


@pytest.mark.parametrize("q, kind", [
    ("哪几份报告讲到了“数字法治”?", "reports"),
    ("哪些报告写了“一网通办”?", "reports"),
    ("哪些地区出现了“证明事项告知承诺制”?", "reports"),
    ("丁县明年打算怎么推进依法行政?简单说说。", "summary"),
    ("下一步如何深化行政执法改革?", "summary"),
    ("丁县如何深化行政执法改革?", "list"),  # no next-step words: the measures taken
])
def test_mention_and_next_step_questions(q, kind):
    assert classify(q).kind == kind


@pytest.mark.parametrize("q", [
    "Comparing the 2021 and 2022 reports, whose county held more training sessions?",
    "Whose report gives the higher court appearance rate, A's or B's?",
])
def test_english_comparisons(q):
    assert classify(q).kind == "compare"
    assert "比较" not in content_terms(q)  # "comparing" asks; it is not a word of the passages


@pytest.mark.parametrize("q, zh", [
    ("Who was the governor of the province in 2021?", "省长"),
    ("Who is the county head?", "县长"),
    ("Who was the party secretary who chaired it?", "书记"),
])
def test_english_titles_are_genre_titles(q, zh):
    assert zh in english_terms(q)


def test_english_rank_and_first_time_cues():
    from rag.answer.english_cues import english_cues

    assert "排名第二" in english_cues("Did the county come second in the province?")
    assert "排名第一" in english_cues("Was the city placed first?")
    assert english_cues("Was it the first time the county held hearings?").startswith("第一次")
    assert "排名" not in english_cues("Did it take the first batch of pilots?")


def test_still_not_done_against_an_affirmative_clause():
    # the clause does what the question asks whether it still has not done
    assert decide(ask_for("甲县是否还没有推行并联审批?"), "甲县全面推行重大项目并联审批，审批时限压缩一半。") is False
    assert decide(ask_for("甲县是否还没有推行并联审批?"), "甲县并联审批尚未推行。") is not False


@pytest.mark.parametrize("q, kind", [
    ("哪几份报告讲到了“最多跑一次”?", "reports"),  # the quoted measure's 最多 does not ask for a maximum
    ("哪个地区“最多跑一次”事项占比最高?", "compare"),  # outside the quotes it still does
])
def test_quoted_names_do_not_decide_the_question_kind(q, kind):
    assert classify(q).kind == kind


def test_how_long_is_asked_not_translated():
    from rag.text.en_lexicon import lexicon_terms  # noqa: F401  (the lexicon would render "long" as 多头)

    terms = content_terms("How long did approvals of investment projects take in 2019?", known=lambda w: True)
    assert "多头" not in terms and "审批" in terms


def test_a_spoken_verbs_complement_is_no_term():
    """搭起来 / 建立起来 / 降下来 / 查出来: the complement says how the deed went, never what it was about."""
    for q, word in (("这个联席机制是怎么建立起来的?", "机制"), ("投诉量是怎么降下来的?", "投诉"),
                    ("督察查出来哪些问题?", "督察"), ("调解网络是怎么搭起来的?", "调解")):
        terms = content_terms(q)
        assert not {"起来", "下来", "出来"} & set(terms), terms
        assert any(word in t for t in terms), terms


def test_a_rate_keeps_its_suffix_before_a_verb():
    """败诉率控制在5%以内: the dictionary's 率控制 is cut back into 败诉率 + 控制 (a rate word, then its verb);
    算不算 asks, as 是不是."""
    for q, rate, verb in (("行政诉讼败诉率控制在5%以内了吗", "败诉率", "控制"), ("复议纠错率保持在10%以下吗", "纠错率", "保持")):
        terms = content_terms(q)
        assert rate in terms and not any(t.startswith("率") for t in terms), terms
    assert "算不算" not in content_terms("某县算不算省级示范县?")
