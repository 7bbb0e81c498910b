"""The general mechanisms of the offline answerer, each on hand-written passages:
term roles in the support score, the figure next to the asked noun/verb, parallel
clauses, ordinals, date ranges, "which reports mention X", person questions that
find no person, and follow-ups that swap a topic rather than a region."""
from __future__ import annotations

import pytest
from answer_corpus import corpus, hits_for

from rag.answer.conversation import rewrite_offline
from rag.answer.extractive import Ask, answer
from rag.answer.figures import date_spans, measure_anchors, number_spans, ordinal_spans, pick_span
from rag.answer.qtypes import classify, detect_lang
from rag.answer.regions import find_region
from rag.answer.reports import display_name
from rag.answer.terms import content_terms, coverage, idf_weights, role_weight, tokens
from rag.records import Document
from rag.text.normalize import fold

DOCS = corpus()
REGIONS = ["长治市", "长治", "宜昌市", "宜昌", "曲靖市", "曲靖"]


def make_ask(q: str, docs=DOCS, years=()) -> Ask:
    terms = content_terms(q, exclude=REGIONS)
    named = sorted((hit[0], r) for r in ("长治市", "宜昌市", "曲靖市") if (hit := find_region(q, [r])))
    weights = idf_weights(terms, [fold(d.text) for d in docs.values()])
    return Ask(q, detect_lang(q) or "zh", classify(q), terms, weights, tuple(years), tuple(r for _, r in named))


# --- support: which question words count --------------------------------------------------

@pytest.mark.parametrize("q, kept, dropped", [
    ("宜昌有哪两部条例在2022年已经获得省人大常委会批准?", {"条例", "人大常委会"}, {"两部", "已经", "哪两部"}),
    ("宜昌市政府常务会2022年学了哪些法律法规?", {"法律法规"}, {"年学", "学"}),
    ("哪些报告提到了述法工作?", {"述法"}, {"提到", "报告"}),
    ("宜昌市办结的复议案件中有多少件被维持?", {"复议", "案件"}, {"中有", "多少"}),
    ("曲靖市委依法治市委员会开的是第几次会议?", {"委员会", "会议"}, {"第几", "第几次"}),
])
def test_question_words_numerals_and_hmm_fragments_are_not_terms(q, kept, dropped):
    terms = set(content_terms(q, exclude=REGIONS))
    assert kept <= terms and not (dropped & terms), terms


def test_verbs_and_ordinals_weigh_less_than_nouns():
    assert role_weight("条例") == role_weight("述法") == 1.0
    assert role_weight("获得") < 0.5 and role_weight("第一个") < 0.5
    w = idf_weights(["获得", "养犬"], ["甲", "乙"])  # both absent: same rarity, different role
    assert w["获得"] < w["养犬"]


def test_a_missing_verb_does_not_sink_support_but_a_missing_noun_does():
    passage = "《宜昌市养犬管理条例》经省人大常委会批准施行。"
    docs = [fold(passage), "其他报告", "另一份报告"]
    q_ok = content_terms("宜昌有哪两部条例已经获得省人大常委会批准?", exclude=REGIONS)
    q_bad = content_terms("宜昌有哪两部规章已经获得国务院批准?", exclude=REGIONS)
    assert coverage(q_ok, passage, idf_weights(q_ok, docs))[0] >= 0.5
    assert coverage(q_bad, passage, idf_weights(q_bad, docs))[0] < 0.5


def test_compounds_found_only_in_parts_get_half_credit():
    assert coverage(("县区",), "兴山县和夷陵区入选示范地区") == (0.5, ("县区",))
    assert coverage(("县区",), "夷陵区入选示范地区")[0] == 0.0  # a part missing: nothing
    assert coverage(("案件数",), "受理案件59件")[0] == 1.0  # a count is stated by its figure


def test_english_question_quoting_chinese_terms():
    terms = content_terms("How many new market entities (市场主体) were added in Yichang?", exclude=REGIONS)
    assert "市场主体" in terms and not {"how", "many", "were"} & set(terms)


def test_tokens_rejoin_out_of_dictionary_words_without_function_characters():
    assert "年学" not in tokens("2019年学了哪些法律") and "案件数" in tokens("受理案件数最多")


# --- figures: which number in a sentence with several -----------------------------------------

def _pick(sentence: str, q: str, years=()):
    terms = content_terms(q, exclude=REGIONS)
    best = pick_span(sentence, number_spans(sentence), terms, {}, classify(q).unit, years, measure_anchors(q))
    return sentence[best[0]:best[1]]


@pytest.mark.parametrize("sentence, q, expected", [
    ("全面推行跨省通办,与25个省份签署协议实现80个事项跨省通办。", "宜昌与多少个省份签了跨省通办协议?", "25个"),
    ("全面推行跨省通办,与25个省份签署协议实现80个事项跨省通办。", "宜昌多少个事项实现了跨省通办?", "80个"),
    ("上级交办信访积案第一批300件,实际化解296件,化解率98.7%。", "交办的信访积案实际化解了多少件?", "296件"),
    ("开展专项整治,查处无证摊点40处、占道经营120处;", "专项整治查处了多少处占道经营?", "120处"),
    ("审批事项减少25%,审批环节精简60%。", "审批事项减少的比例是多少?", "25%"),
])
def test_the_figure_next_to_the_asked_noun_or_verb(sentence, q, expected):
    assert _pick(sentence, q) == expected


def test_anchors_of_a_question():
    assert measure_anchors("与多少个省份签了协议") == ("", "省份")
    assert measure_anchors("复议案件中有多少件被维持") == ("维持", "")


def test_parallel_clauses_inherit_the_topic_of_the_clause_before_them():
    s = "复议案件纠错率逐年下降,2021年为20.5%,2022年为12.3%,2023年为6.1%。"
    assert _pick(s, "2022年复议案件纠错率是多少?", years=(2022,)) == "12.3%"


def test_ordinals_and_ranks():
    s = "市委书记主持召开依法治市委员会第三次会议,在全国300个城市中列45名。"
    assert [s[a:b] for a, b, _ in ordinal_spans(s)] == ["第三次", "45名"]
    assert classify("信用监测排名在全国排第几?").kind == "number"


def test_ordinal_question_answers_with_the_ordinal():
    doc = Document("o", "o.txt", "曲靖市2020年报告\n市委书记主持召开依法治市委员会第三次会议。\n", "h",
                   region="曲靖市", year=2020)
    docs = {"o": doc}
    draft = answer(make_ask("曲靖市依法治市委员会开的是第几次会议?", docs), hits_for(docs, "第三次"), docs)
    assert draft.short == "第三次"


def test_date_ranges_and_which_days():
    s = "3月2日至5日,督察组开展实地督察。"
    assert [s[a:b] for a, b, _ in date_spans(s)] == ["3月2日至5日"]
    assert classify("督察组实地督察是哪几天?").kind == "date"


# --- which reports mention X ----------------------------------------------------------------------

def _more(doc: Document):
    from answer_corpus import chunks
    from rag.records import Hit

    return [Hit(i + 1, c, 1.0) for i, c in enumerate(c for c in chunks(DOCS) if c.doc_id == doc.doc_id)]


def test_which_reports_mention_a_topic_lists_each_with_its_sentence():
    ask = make_ask("哪些报告提到了纠错率?")
    assert ask.qtype.kind == "reports"
    draft = answer(ask, hits_for(DOCS, "纠错率15.66"), DOCS, _more)
    assert draft.short == "长治、曲靖、宜昌"  # index order, short names
    assert len([s for s in draft.segments if s.refs]) == 3
    only = answer(make_ask("哪些报告提到了“双随机、一公开”抽查?"), hits_for(DOCS, "纠错率15.66"), DOCS, _more)
    assert only.short == "宜昌"


def test_display_name_is_the_innermost_place():
    assert display_name("襄阳市枣阳县") == "枣阳" and display_name("宜昌市") == "宜昌"
    assert classify("Which reports mention the 12345 hotline?").kind == "reports"


# --- name questions -----------------------------------------------------------------------------------

def test_person_question_without_a_person_abstains():
    ask = make_ask("宜昌市的市长叫什么名字?")
    assert ask.qtype.kind == "name"
    assert answer(ask, hits_for(DOCS, "纠错率15.66", "印发"), DOCS).segments == ()
    assert classify("政务服务APP叫什么名字?").kind != "name"  # a thing's name, not a person's


def test_who_compared_is_a_comparison():
    assert classify("宜昌和曲靖比，谁受理的行政复议案件更多?").kind == "compare"


# --- follow-ups ------------------------------------------------------------------------------------------

PREV = [("宜昌市2022年行政复议综合纠错率是多少?", "15.66%")]
KNOWN = ["宜昌市", "曲靖市"]


@pytest.mark.parametrize("q, expected", [
    ("那行政诉讼呢？", "宜昌市2022年行政诉讼综合纠错率是多少?"),  # a topic swaps the topic term
    ("那行政应诉情况如何？", "宜昌市2022年行政应诉情况如何？"),  # its own question kept
    ("那曲靖呢？", "曲靖2022年行政复议综合纠错率是多少?"),  # a known region
    ("那襄阳市呢？", "襄阳市2022年行政复议综合纠错率是多少?"),  # a place name with its suffix
    ("那出庭应诉率呢？", "宜昌市2022年出庭应诉率是多少?"),
])
def test_followups_replace_the_region_only_for_a_region(q, expected):
    assert rewrite_offline(q, PREV, KNOWN) == expected


# --- later additions: names, titles, looking back a year, leading dates, comparisons ----------------------

def test_quoted_names_are_single_terms_and_aspect_particles_drop():
    terms = content_terms("宜昌在全省“三项制度”推进会上作过典型发言吗?", exclude=REGIONS)
    assert "三项制度" in terms and "作过" not in terms
    assert content_terms("《宜昌市养犬管理条例》颁布实施了吗?", exclude=REGIONS)[0] == "宜昌市养犬管理条例"


def test_organisation_names_reach_back_over_place_and_ordinal():
    from rag.answer.figures import org_spans

    s = "成立宜昌市第一届人民调解员协会,州司法部门与州工商联建立联络制度。"
    assert [s[a:b] for a, b, _ in org_spans(s)] == ["宜昌市第一届人民调解员协会", "州工商联"]


def test_which_document_questions_answer_with_its_title():
    from rag.answer.figures import title_spans

    assert classify("机构改革依据的实施意见全称是什么?").kind == "name"
    assert classify("宜昌还没批准的是哪部条例?").kind == "name"
    assert classify("哪一个法国国王下令修建宫殿?").kind != "name"  # 法国 is no 法
    s = "根据《宜昌市机构改革实施意见》,区本级设置政府机构26个。"
    assert [s[a:b] for a, b, _ in title_spans(s)] == ["《宜昌市机构改革实施意见》"]


def test_a_later_report_answers_for_the_year_before_with_its_last_year_figure():
    doc = Document("l", "l.txt", "曲靖市2021年报告\n负责人出庭应诉率从上一年的45%提高到100%。\n", "h",
                   region="曲靖市", year=2021)
    docs = {"l": doc}
    ask = make_ask("曲靖市2020年负责人出庭应诉率是多少?", docs, years=(2020,))
    assert answer(ask, hits_for(docs, "上一年"), docs).short == "45%"
    ask = make_ask("曲靖市2021年负责人出庭应诉率是多少?", docs, years=(2021,))
    assert answer(ask, hits_for(docs, "上一年"), docs).short == "100%"


def test_a_leading_date_frames_its_sentence():
    doc = Document("d", "d.txt", "曲靖市2020年报告\n2020年9月,通过升级改造,打造了全州首个宪法主题公园。\n", "h",
                   region="曲靖市", year=2020)
    docs = {"d": doc}
    assert answer(make_ask("曲靖市何时建成宪法主题公园?", docs), hits_for(docs, "主题公园"), docs).short == "2020年9月"


def test_summary_questions_about_plans_and_counts_in_comparisons():
    assert classify("宜昌下一步推进法治政府建设打算抓哪几项工作?").kind == "summary"
    assert classify("宜昌计划全力推进哪些地方的环境整治?").kind == "list"
    assert classify("元宝山区复议纠错率近几年是不是在下降?").kind == "yesno"
    assert classify("哪个地区举行听证的次数更多?").unit == "次"


def test_comparison_takes_the_figure_of_the_compared_noun():
    sents = {"a": "宜昌市2022年报告\n办件量达到13069件,惠及企业数10285户。\n",
             "b": "曲靖市2020年报告\n共办理审批1550件,惠及企业1550家。\n"}
    docs = {k: Document(k, f"{k}.txt", t, "h", region=t[:3], year=int(t[3:7])) for k, t in sents.items()}
    draft = answer(make_ask("宜昌和曲靖，哪个地区惠及的企业更多?", docs), hits_for(docs, "10285", "1550家"), docs)
    assert draft.short == "宜昌市（10285户）"


def test_summary_support_comes_from_a_matching_section():
    from rag.answer.support import measure_support

    ask = make_ask("宜昌市下一步工作计划有哪几项?")
    assert ask.qtype.kind == "summary"
    assert measure_support(ask, hits_for(DOCS, "可网办率"), DOCS).score == 1.0


def test_english_how_many_counts_the_head_noun():
    assert measure_anchors("How many reconsideration cases did Yichang accept?") == ("", "案件")
    s = "共设立综合执法机构63个,在5个领域开展综合执法改革。"
    best = pick_span(s, number_spans(s), ("综合执法", "机构"), {}, "", (),
                     measure_anchors("How many comprehensive law enforcement agencies were set up?"))
    assert s[best[0]:best[1]] == "63个"


def test_a_quoted_name_matches_with_or_without_its_inner_list_mark():
    assert coverage(("双随机、一公开",), "推行双随机一公开监管")[0] == 1.0
    assert coverage(("双随机、一公开",), "推行双随机抽查")[0] == 0.0


def test_list_without_enumeration_quotes_only_well_covered_sentences_and_the_list_they_open():
    text = ("曲靖市2020年报告\n推进人民调解组织建设,全市调解员队伍不断壮大。"
            "行业性专业性人民调解委员会覆盖多个领域。包括道路交通、医患纠纷、婚姻家庭、劳动关系等。"
            "行政复议工作稳步推进。\n")
    docs = {"m": Document("m", "m.txt", text, "h", region="曲靖市", year=2020)}
    draft = answer(make_ask("曲靖的行业性专业性人民调解委员会覆盖了哪些领域?", docs), hits_for(docs, "覆盖"), docs)
    quotes = [docs["m"].text[r.start:r.end] for seg in draft.segments for r in seg.refs]
    assert quotes == ["行业性专业性人民调解委员会覆盖多个领域。", "包括道路交通、医患纠纷、婚姻家庭、劳动关系等。"]


def test_summary_from_a_paragraph_opening_with_the_cue_and_items_after_a_colon():
    text = ("曲靖市2020年报告\n一、主要成效\n全年办理行政复议案件86件。\n"
            "下一步,我市将重点抓好以下工作:一是加强法治培训。二是深化审批改革。三是强化督察考评。\n"
            "二、存在的问题\n全市还存在一些不足:一是法治意识有待提高。二是执法力量薄弱。\n")
    docs = {"p": Document("p", "p.txt", text, "h", region="曲靖市", year=2020)}

    def quotes(q, needle):
        draft = answer(make_ask(q, docs), hits_for(docs, needle), docs)
        return [docs["p"].text[r.start:r.end] for seg in draft.segments for r in seg.refs]

    assert quotes("曲靖市下一步打算抓哪几项工作?", "86件") == ["一是加强法治培训。", "二是深化审批改革。", "三是强化督察考评。"]
    assert quotes("曲靖市存在哪些问题?", "86件") == ["一是法治意识有待提高。", "二是执法力量薄弱。"]
