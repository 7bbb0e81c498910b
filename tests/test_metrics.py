"""Eval metrics: hand-computed expectations, written out so each can be checked on paper.

    $ .venv/bin/python -m pytest tests/test_metrics.py -q
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rag.errors import RagError
from rag.eval.cmrc import (
    cmrc_em,
    cmrc_f1,
    cmrc_remove_punctuation,
    cmrc_segments,
    find_lcs,
    latin_tokens,
)
from rag.eval.metrics import (
    MetricInputError,
    abstention_pr,
    aggregate,
    by_group,
    citation_precision,
    citation_recall,
    contains_match,
    exact_match_short,
    extract_numbers,
    groundedness,
    hit_at_k,
    key_point_recall,
    key_points,
    leading_short_answer,
    locate_evidence,
    max_over_golds,
    normalize_answer,
    question_script,
    quote_exact,
    reciprocal_rank,
    spans_overlap,
    strip_citation_markers,
    weighted_lcs,
)
from rag.eval.normalize_answer import parse_chinese_number

# --- normalize_answer ---------------------------------------------------------------


@pytest.mark.parametrize("raw, key", [
    ("20項", "20项"),                 # Traditional measure word
    ("長治", "长治"),
    ("２０２１年", "2021年"),          # full-width digits
    ("ＡＢＣ公司", "abc公司"),          # full-width Latin, case folded
    ("二十项", "20项"),
    ("二十項", "20项"),
    ("百分之五十", "50%"),
    ("百分之47.35", "47.35%"),
    ("47.35 %", "47.35%"),
    ("47.35％", "47.35%"),
    ("百分之十点五", "10.5%"),
    ("百分之百", "100%"),
    ("一百二十三", "123"),             # a bare number as the whole answer
    ("一百二十三。", "123"),
    ("一百二十三个", "123个"),
    ("一百零五人", "105人"),
    ("一千零五十件", "1050件"),
    ("两千三百万元", "2300万元"),        # 万 stays a unit, as reports write 2300万
    ("十点五万", "10.5万"),
    ("二十多项", "20多项"),
    ("第一百二十三条", "第123条"),
    ("二〇二一年", "2021年"),
    ("二零二一年", "2021年"),
    ("一九九八年", "1998年"),
    ("1,234", "1234"),
    ("１，２３４ 件", "1234件"),
    ("1,234,567元", "1234567元"),
    ("2020-05-31", "2020年5月31日"),
    ("2020年05月31日", "2020年5月31日"),
    ("31 percent", "31%"),
    ("“法治政府”。", "法治政府"),
    ("2021—2025年", "2021|2025年"),     # numbers kept apart, not 20212025
    ("", ""),
    ("😀", ""),
    ("😀20项", "20项"),
    ("。，、", ""),
])
def test_normalize_answer(raw, key):
    assert normalize_answer(raw) == key


@pytest.mark.parametrize("word", [
    "一是", "一体化", "十四五期间", "统一部署", "一站式", "一起", "七八个", "千方百计",
    "百家争鸣", "十九大", "万一", "三百二", "十分重要",
])
def test_numerals_inside_words_are_left_alone(word):
    assert normalize_answer(word) == word


@pytest.mark.parametrize("run, value", [
    ("十", "10"), ("十二", "12"), ("二十", "20"), ("一百二十三", "123"), ("两千", "2000"),
    ("一千零五", "1005"), ("三点一四", "3.14"), ("二〇二一", "2021"),
    ("十四五", None), ("七八", None), ("百", None), ("一百零", None), ("二十两", None),
])
def test_parse_chinese_number(run, value):
    assert parse_chinese_number(run) == value


def test_year_needs_context_for_positional_digits():
    assert parse_chinese_number("一九九八") is None       # could be an estimate
    assert parse_chinese_number("一九九八", year=True) == "1998"


# --- contains / exact ---------------------------------------------------------------


@pytest.mark.parametrize("prediction, gold, aliases, expected", [
    ("长治市2021年共办理二十項。", "20项", [], True),
    ("增长47.35 %", "百分之47.35", [], True),
    ("長治市人民政府", "长治市", [], True),
    ("共办理13次", "十三次", [], True),
    ("共20项", "20", [], True),
    ("时间为2020年5月31日前", "2020-05-31", [], True),
    ("共计16件", "十三次", ["16件"], True),            # via alias
    ("增长15.9%", "5.9%", [], False),                 # digit boundary on the left
    ("共120项", "20项", [], False),
    ("共20.5项", "20", [], False),                    # 20 continues as 20.5
    ("共20.5项", "5项", [], False),                   # 5 is a decimal tail
    ("共200项和20项", "20项", [], True),              # a later occurrence is clean
    ("共20项", "", [], False),                        # empty gold matches nothing
    ("共20项", "。", [], False),                      # gold normalising to '' too
    ("", "20项", [], False),
])
def test_contains_match(prediction, gold, aliases, expected):
    assert contains_match(prediction, gold, aliases) is expected


@pytest.mark.parametrize("prediction, short", [
    ("20项。其中行政复议12项。", "20项"),
    ("答：20项[1]；详见报告", "20项"),
    ("\n\n增长47.35%。", "增长47.35%"),
    ("About 1.5 million. Then", "About 1.5 million"),  # the decimal point does not end it
    ("共20项，其中12项", "共20项，其中12项"),           # a comma does not end it
    ("", ""),
])
def test_leading_short_answer(prediction, short):
    assert leading_short_answer(prediction) == short


def test_exact_match_short():
    assert exact_match_short("二十項。详见报告[2]。", "20项", [])
    assert exact_match_short("13", "13次", ["13"])
    assert not exact_match_short("共20项。", "20项", [])  # leading 共 makes it longer
    assert not exact_match_short("", "", [])             # nothing equals nothing


# --- CMRC 2018 -----------------------------------------------------------------------


def test_cmrc_segments_follow_the_official_script():
    # CJK chars are tokens, Latin/digit runs are word-tokenised, sp_chars dropped
    # without ending a run ("rule-of-law" -> "ruleoflaw"), lower-cased.
    assert cmrc_segments("长治市2021年 Rule-of-Law") == ["长", "治", "市", "2021", "年", "ruleoflaw"]
    assert cmrc_segments("47.35 %") == ["47.35", "%"] == cmrc_segments("47.35%")
    # '……' is one two-char sp_char entry in the script, so '…' is never removed.
    assert cmrc_segments("法治……") == ["法", "治", "……"]
    assert cmrc_segments("") == []


def test_find_lcs_is_contiguous():
    assert find_lcs(list("abcd"), list("axbcd")) == 3   # "bcd"
    assert find_lcs(list("abc"), list("axbxc")) == 1    # a subsequence would be 3
    assert find_lcs([], list("abc")) == 0


@pytest.mark.parametrize("prediction, gold, f1", [
    # gold 20|项 (2); pred 长|治|市|2021|年|办|理|20|项 (9); LCS "20 项" = 2
    # P = 2/9, R = 2/2; F1 = 2*(2/9)*1 / (2/9 + 1) = (4/9)/(11/9) = 4/11
    ("长治市2021年办理20项", "20项", 4 / 11),
    # gold 4 chars, pred 9 chars, LCS 4: P = 4/9, R = 1; F1 = (8/9)/(13/9) = 8/13
    ("共办理行政复议案件", "行政复议", 8 / 13),
    # pred 行|政|a|复|议 (5), gold 行|政|复|议 (4); contiguous LCS "行政" = 2
    # P = 2/5, R = 2/4; F1 = 2*0.4*0.5/0.9 = 4/9
    ("行政A复议", "行政复议", 4 / 9),
    # pred app|办|理 (3), gold app (1); P = 1/3, R = 1; F1 = (2/3)/(4/3) = 1/2
    ("APP办理", "app", 1 / 2),
    # 長|治|市 vs 长|治|市: LCS "治市" = 2; P = R = 2/3; F1 = 2/3 (official: script-sensitive)
    ("長治市", "长治市", 2 / 3),
    ("“法治政府”", "法治政府", 1.0),   # “ ” are sp_chars
    ("47.35%", "47.35 %", 1.0),       # both 47.35|%
    ("行政复议", "", 0.0),            # nothing in common -> 0, no division by zero
    ("", "", 0.0),
])
def test_cmrc_f1_hand_computed(prediction, gold, f1):
    assert cmrc_f1(prediction, gold) == pytest.approx(f1)


def test_cmrc_f1_script_blind_folds_first():
    assert cmrc_f1("長治市", "长治市", script_blind=True) == 1.0
    assert cmrc_f1("２０項", "20项", script_blind=True) == 1.0


@pytest.mark.parametrize("prediction, gold, em", [
    ("“法治政府”。", "法治政府", 1.0),
    ("  20项 ", "20项", 1.0),        # strip() only at the ends
    ("47.35 %", "47.35%", 0.0),      # inner space kept by remove_punctuation
    ("ABC", "abc", 1.0),
    ("長治", "长治", 0.0),
    ("", "", 1.0),                   # the script compares '' == ''
])
def test_cmrc_em(prediction, gold, em):
    assert cmrc_em(prediction, gold) == em


def test_cmrc_em_script_blind():
    assert cmrc_em("長治", "长治", script_blind=True) == 1.0


def test_max_over_golds():
    # F1 vs "行政复议" = 8/13 (above); vs "行政复议案件": 6 of 9 pred, 6 of 6 gold:
    # P = 6/9, R = 1; F1 = (12/9)/(15/9) = 4/5
    assert max_over_golds(cmrc_f1, "共办理行政复议案件", ["行政复议", "行政复议案件"]) == pytest.approx(0.8)
    assert max_over_golds(cmrc_em, "20项", "20项") == 1.0      # a lone str is one gold
    assert max_over_golds(contains_match, "共20项", ["20项"]) == 1.0
    with pytest.raises(MetricInputError, match="no gold answers"):
        max_over_golds(cmrc_f1, "x", [])


def test_remove_punctuation_matches_the_script_list():
    assert cmrc_remove_punctuation(" 《法治》、政府。 ") == "法治政府"
    assert cmrc_remove_punctuation("a-b:c") == "abc"


def test_latin_tokens_match_nltk():
    nltk_tok = pytest.importorskip("nltk.tokenize").NLTKWordTokenizer()
    for s in ["47.35% of 1,234 cases.", 'He said "hi" (ok)... $3.88!', "cannot gonna go",
              "U.S.A.", "e.g. this; that & @x #1", "a--b [c] {d} <e>", "", "  "]:
        assert latin_tokens(s) == nltk_tok.tokenize(s), s


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab1 2.,%$()!?;&9"<>[]{}#@*«»‘„`–—…', max_size=14))
def test_latin_tokens_match_nltk_property(s):
    # Apostrophes are out of scope (we do not split clitics: don't -> do n't).
    nltk_tok = pytest.importorskip("nltk.tokenize").NLTKWordTokenizer()
    assert latin_tokens(s) == nltk_tok.tokenize(s)


# --- retrieval ------------------------------------------------------------------------


@pytest.mark.parametrize("a, b, expected", [
    ((0, 5), (4, 9), True),
    ((0, 5), (5, 9), False),     # touching half-open spans share nothing
    ((4, 9), (0, 5), True),
    ((2, 3), (0, 10), True),     # contained
    ((3, 3), (0, 10), False),    # empty span
    ((0, 10), (10, 10), False),
])
def test_spans_overlap(a, b, expected):
    assert spans_overlap(*a, *b) is expected


RETRIEVED = [("d1", 0, 100), ("d2", 0, 50), ("d2", 50, 100), ("d3", 0, 10)]
GOLD = [("d2", 60, 70), ("d9", 0, 5)]


def test_hit_at_k_and_rr_exact_values():
    # Rank 1 is another doc, rank 2 ends at 50 < 60, rank 3 [50,100) overlaps [60,70).
    assert [hit_at_k(RETRIEVED, GOLD, k) for k in (1, 2, 3, 4, 10)] == [False, False, True, True, True]
    assert reciprocal_rank(RETRIEVED, GOLD) == pytest.approx(1 / 3)
    # Same offsets in another document never count.
    assert reciprocal_rank([("d1", 60, 70)], GOLD) == 0.0
    assert hit_at_k([("d1", 60, 70)], GOLD, 5) is False
    assert reciprocal_rank([], GOLD) == 0.0


def test_retrieval_without_gold_is_undefined():
    assert hit_at_k(RETRIEVED, [], 5) is None
    assert reciprocal_rank(RETRIEVED, []) is None


@pytest.mark.parametrize("k", [0, -1, 1.5, True])
def test_hit_at_k_rejects_bad_k(k):
    with pytest.raises(MetricInputError, match="k must be an integer"):
        hit_at_k(RETRIEVED, GOLD, k)


def test_bad_span_shape_is_a_clear_error():
    with pytest.raises(RagError, match=r"\(doc_id, start, end\)"):
        reciprocal_rank([("d1", 0)], GOLD)


def test_locate_evidence():
    doc = "一、長治市办理\n20项。長治市办理20项。"
    assert locate_evidence(doc, "办理") == [(5, 7), (15, 17)]          # exact, all of them
    assert locate_evidence(doc, "长治市办理20项") == [(12, 20)]         # script-blind
    assert locate_evidence(doc, "長治市办理 20项") == [(2, 11), (12, 20)]  # whitespace-blind
    assert doc[2:11] == "長治市办理\n20项"
    assert locate_evidence("aaa", "aa") == [(0, 2), (1, 3)]            # overlapping too
    assert locate_evidence(doc, "西安") == []
    with pytest.raises(MetricInputError, match="Evidence string is empty"):
        locate_evidence(doc, "  ")


# --- abstention -----------------------------------------------------------------------


def test_abstention_pr_hand_computed():
    items = [(True, True), (True, True), (True, False),      # 3 unanswerable, 2 abstained
             (False, True), (False, False), (False, False), (False, False)]  # 4 answerable, 1 abstained
    out = abstention_pr(items)
    # P = 2/3 (2 of 3 abstentions right), R = 2/3 (2 of 3 unanswerable caught),
    # F1 = 2/3; false abstention = 1/4
    assert out["precision"] == pytest.approx(2 / 3)
    assert out["recall"] == pytest.approx(2 / 3)
    assert out["f1"] == pytest.approx(2 / 3)
    assert out["false_abstention_rate"] == pytest.approx(1 / 4)
    assert (out["n"], out["abstained"], out["unanswerable"], out["true_abstentions"]) == (7, 3, 3, 2)


def test_abstention_zero_over_zero_is_none():
    never = abstention_pr([(True, False), (False, False)])
    assert never["precision"] is None and never["recall"] == 0.0 and never["f1"] is None
    assert never["false_abstention_rate"] == 0.0
    no_unanswerable = abstention_pr([(False, True), (False, False)])
    assert no_unanswerable["recall"] is None and no_unanswerable["precision"] == 0.0
    assert no_unanswerable["false_abstention_rate"] == 0.5
    all_unanswerable = abstention_pr([(True, True)])
    assert all_unanswerable["false_abstention_rate"] is None
    assert all_unanswerable["f1"] == 1.0
    wrong = abstention_pr([(True, False), (False, True)])       # P = 0, R = 0 -> F1 0.0
    assert wrong["f1"] == 0.0
    empty = abstention_pr([])
    assert all(empty[k] is None for k in ("precision", "recall", "f1", "false_abstention_rate"))


# --- citations ------------------------------------------------------------------------


def test_quote_exact():
    doc = "长治市办理20项。"
    assert quote_exact(doc, 3, 7, "办理20")
    assert not quote_exact(doc, 3, 7, "办理２０")
    assert not quote_exact(doc, 5, 99, "20项。")      # out of range
    assert not quote_exact(doc, 5, 3, "")              # reversed
    assert quote_exact(doc, 0, 0, "")


def test_citation_precision_and_recall():
    gold = [("d1", 10, 20), ("d1", 50, 60), ("d2", 0, 5)]
    cited = [("d1", 15, 25), ("d1", 30, 40), ("d2", 0, 5), ("d3", 10, 20)]
    # overlapping: (d1,15,25) and (d2,0,5); (d1,30,40) none; (d3,...) other doc -> 2/4
    assert citation_precision(cited, gold) == 0.5
    # evidence 1 has two located spans (covered via [10,20)); evidence 2 = [50,60) uncovered;
    # evidence 3 = d2 [0,5) covered; evidence 4 was never located -> uncovered.  2/4.
    per_evidence = [[("d1", 10, 20), ("d1", 80, 90)], [("d1", 50, 60)], [("d2", 0, 5)], []]
    assert citation_recall(cited, per_evidence) == 0.5
    assert citation_precision([], gold) is None
    assert citation_precision(cited, []) == 0.0
    assert citation_recall([], per_evidence) == 0.0
    assert citation_recall(cited, []) is None


@pytest.mark.parametrize("text, numbers", [
    ("2021年办理二十項，增长47.35 %", ["2021", "20", "47.35%"]),
    ("约1.5万人，共1,234件", ["1.5万", "1234"]),
    ("百分之五十；第三次", ["50%", "3"]),
    ("统一部署，一是", []),
    ("〔2021〕5号", ["2021", "5"]),
    ("", []),
])
def test_extract_numbers(text, numbers):
    assert extract_numbers(text) == numbers


def test_strip_citation_markers():
    assert strip_citation_markers("共20项[1][2, 3]，【4】[^5]〔2021〕") == "共20项，〔2021〕"


def test_groundedness():
    quotes = ["2021年长治市共办理二十項行政复议案件", "同比增长5个百分点"]
    # answer numbers: 2021, 20, 5% ([1] [2] are markers) -> 2021 and 20 found, 5% is not
    # (quote has "5" but 5% != 5); 2/3
    answer = "2021年共办理20项[1]，增长5%[2]。"
    assert groundedness(answer, quotes) == pytest.approx(2 / 3)
    # list numbering "1." / "2." does not count, a repeated number counts once: 2021, 20 -> 2/2
    assert groundedness("1. 2021年办理20项\n2. 其中20项已结", quotes) == 1.0
    assert groundedness("约1.5万件", ["共15000件"]) == 0.0   # no unit arithmetic
    assert groundedness("办理了行政复议[1]", quotes) is None   # no numbers to check
    assert groundedness("共30项", []) == 0.0


def test_groundedness_allowed_numbers():
    # "长治市 2021：" labels a line with the cited report's year: 2021 allowed, 20 quoted -> 2/2
    assert groundedness("长治市 2021：办理20项[1]", ["办理二十项"], allowed={"2021"}) == 1.0
    # without it: 20 found, 2021 not -> 1/2; an allowed number the answer lacks changes nothing
    assert groundedness("长治市 2021：办理20项[1]", ["办理二十项"]) == 0.5
    assert groundedness("长治市 2021：办理20项[1]", ["办理二十项"], allowed={"2019"}) == 0.5
    with pytest.raises(RagError, match="must be a str"):
        groundedness("2021年", [], allowed={2021})


# --- key points (list / summary / multi_doc) ------------------------------------------------


@pytest.mark.parametrize("gold, points", [
    # separators ；;、，, and line breaks; empty and one-character items dropped
    ("甲项工作；乙项工作;丙项、丁项，戊项,己项\n庚项", ["甲项工作", "乙项工作", "丙项", "丁项", "戊项", "己项", "庚项"]),
    ("长治、、赣州、市", ["长治", "赣州"]),
    # enumerators: 一是 / 二是, 1. / 2、 (split at 、 anyway), (3), 第四，
    ("一是加强培训;二是深化改革;1.提升水平;(3)强化考评", ["加强培训", "深化改革", "提升水平", "强化考评"]),
    ("第一，加强培训；第二，推进改革", ["加强培训", "推进改革"]),
    ("第一责任人制度落实待深化、统筹机制待完善", ["第一责任人制度落实待深化", "统筹机制待完善"]),  # not an enumerator
    # a prefix followed by a parenthesised list: the inner items
    ("全部五份(长治、赣州、霍州、元宝山、海西)", ["长治", "赣州", "霍州", "元宝山", "海西"]),
    ("执法待提升（三项制度不到位，基层力量不足）", ["三项制度不到位", "基层力量不足"]),
    # other parentheses are unwrapped, their content kept
    ("赣州(李炳军)、霍州(李青雁)", ["赣州 李炳军", "霍州 李青雁"]),
    ("职能待完善(清单未落实);解纷待推进", ["职能待完善 清单未落实", "解纷待推进"]),
    # book titles side by side are separate items; a trailing 等 goes; 《》 wrappers go
    ("《水污染防治法》《政府投资条例》等", ["水污染防治法", "政府投资条例"]),
    ("《赣州市水土保持条例(草案)》", ["赣州市水土保持条例 草案"]),
    # a comma inside a number does not split
    ("1,234件、5.9%", ["1,234件", "5.9%"]),
    # the same point twice (script-blind) is kept once
    ("長治、长治、赣州", ["長治", "赣州"]),
    ("是", []),
    ("", []),
])
def test_key_points(gold, points):
    assert key_points(gold) == points


def test_weighted_lcs_counts_characters_and_keeps_numbers_whole():
    from rag.eval.key_points import _tokens

    assert _tokens("赣州246件") == ["赣", "州", "246", "件"]
    assert weighted_lcs(_tokens("赣州246件"), _tokens("赣州市共246件")) == 6   # 赣州 + 246 + 件
    assert weighted_lcs(_tokens("246件"), _tokens("2件4件6件")) == 1          # 246 is one token: only 件
    assert weighted_lcs(_tokens("加强培训"), _tokens("加大力度强化培训")) == 4  # 加 强 培 训, in order
    assert weighted_lcs([], _tokens("x")) == 0


def test_key_point_recall_by_hand():
    gold = "加强法治培训;深化许可改革;提升复议应诉水平;强化示范创建"
    answer = ("一是加強領導幹部法治培訓[1]。\n"      # 加强法治培训: 6/6 in order -> found
              "二是推进证明事项清理。\n"             # 深化许可改革: no 60% anywhere -> missed
              "三是提升行政复议和应诉工作水平。")     # 提升复议应诉水平: 8/8 in order -> found
    # 强化示范创建 (6 chars): needs 3.6 -> 4; best unit has none of it -> missed.  2 of 4
    assert key_point_recall(answer, gold) == 0.5
    # exactly 60% is enough: 深化许可改革 (6) vs "深化改革" has 深 化 改 革 = 4 >= 3.6 -> found; 3 of 4
    assert key_point_recall(answer + "\n四是深化改革。", gold) == 0.75
    # 3 of 5 characters (60%) -> found; 2 of 5 -> not: one unit per sentence
    assert key_point_recall("示范创建。", "强化示范创建") == 1.0   # 4/6
    assert key_point_recall("示范。创建。", "强化示范创建") == 0.0  # 2/6 per sentence, units are not pooled


def test_key_point_recall_multi_doc_and_aliases():
    gold = "全部五份(长治、赣州、霍州、元宝山、海西)"
    answer = "长治市 2021：……[1]\n赣州市 2019：……[2]\n霍州市 2023：……[3]"
    assert key_point_recall(answer, gold) == pytest.approx(3 / 5)
    # an alias is another reference: the best share counts
    assert key_point_recall("长治、赣州", gold, ["长治、赣州"]) == 1.0
    assert key_point_recall("長治、贛州", "长治、赣州、海西") == pytest.approx(2 / 3)   # script-blind
    # numbers count whole: 246件 is not found in "2件、4件和6件"
    assert key_point_recall("2件、4件和6件", "赣州246件;长治60件") == 0.0
    assert key_point_recall("长治", "是") is None     # no key point in any reference
    assert key_point_recall("", "长治、赣州") == 0.0
    with pytest.raises(RagError, match="must be a str"):
        key_point_recall(None, "长治")


# --- aggregation / grouping -------------------------------------------------------------


def test_aggregate():
    assert aggregate([1.0, None, True, 0]) == pytest.approx(2 / 3)
    assert aggregate([None, None]) is None
    assert aggregate([]) is None
    with pytest.raises(MetricInputError, match="numbers, bools or None"):
        aggregate([1.0, "0.5"])
    with pytest.raises(MetricInputError):
        aggregate([float("nan")])


def test_by_group():
    rows = [
        {"script": "hans", "f1": 1.0}, {"script": "hant", "f1": 0.5},
        {"script": "hans", "f1": 0.0}, {"script": "hans", "f1": None},
        {"f1": 0.25}, {"script": "en"},
    ]
    assert by_group(rows, "script", "f1") == {
        "(missing)": 0.25, "en": None, "hans": 0.5, "hant": 0.5}


# --- question script --------------------------------------------------------------------


@pytest.mark.parametrize("question, script", [
    ("长治市2021年办理了多少件行政复议案件？", "hans"),
    ("長治市2021年辦理了多少件行政復議案件？", "hant"),
    ("长治市辦理了多少件案件发展", "mixed"),       # 辦 is Traditional, 发展 Simplified
    ("How many cases did Changzhi handle in 2021?", "en"),
    ("What did 长治市 report in 2021?", "en"),     # a quoted place name
    ("请问Shanghai的数据", "hans"),               # 8 letters < 2 x 5 Han
    ("ＡＰＰ是什么", "hans"),
    ("2021?", "hans"),
    ("", "hans"),
    ("😀", "hans"),
])
def test_question_script(question, script):
    assert question_script(question) == script


# --- edges everywhere ------------------------------------------------------------------


EDGES = ["", "a", "長", "😀", "ABC长治123", "２０項", " \u3000\n", "x" * 3 + "法" * 30000]


@pytest.mark.parametrize("text", EDGES, ids=lambda t: repr(t[:8]))
def test_string_metrics_accept_any_text(text):
    key = normalize_answer(text)
    assert normalize_answer(key) == key                      # idempotent
    assert 0.0 <= cmrc_f1(text, "长治") <= 1.0
    assert cmrc_em(text, text) == 1.0
    assert isinstance(contains_match(text, "长治", ["123"]), bool)
    assert isinstance(exact_match_short(text, "长治", []), bool)
    assert isinstance(extract_numbers(text), list)
    assert question_script(text) in {"hans", "hant", "en", "mixed"}


@pytest.mark.parametrize("call", [
    lambda: normalize_answer(None),
    lambda: contains_match("x", None, []),
    lambda: cmrc_f1(None, "x"),
    lambda: cmrc_em("x", None, script_blind=True),
    lambda: groundedness(20, []),
    lambda: locate_evidence("doc", None),
])
def test_non_text_input_is_a_rag_error(call):
    with pytest.raises(RagError, match="must be a str"):
        call()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="一二三四五六七八九十百千两零〇点项个年月日万%统是第百分之 ,.-/、|（）0123456789長項",
               max_size=24))
def test_normalize_answer_is_idempotent_and_self_contained(s):
    key = normalize_answer(s)
    assert normalize_answer(key) == key
    assert " " not in key
    assert contains_match(s, s, []) is bool(key)
