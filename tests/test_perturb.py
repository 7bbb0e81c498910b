"""The robustness yardstick's generator (rag/eval/perturb) on questions written for this test: each
rule rewords as named, keeps the place, the year and the gold-bearing words, and stays silent where a
rewording could change what is asked; and the per-rule figures (rag/eval/perturb/report.py)."""
from __future__ import annotations

import doctest
import importlib

import pytest

from rag.eval.perturb import RULES, keeps_meaning, known_places, variants
from rag.eval.perturb.report import render_markdown, robustness
from rag.retrieve.query import find_years, place_mentions
from rag.text.normalize import fold, fold_chars

KNOWN = known_places(["山西省临汾市霍州市", "内蒙古自治区赤峰市元宝山区", "江西省赣州市", "海西蒙古族藏族自治州",
                      "山西省长治市"])


def _v(question: str) -> dict[str, str]:
    return dict(variants(question, KNOWN))


# (rule, question written for the test, expected variant, words that carry the gold and must stay)
FIRES = [
    ("order:year_place→place_year", "2022年的赣州市设立了多少个公共法律服务站?", "赣州市2022年设立了多少个公共法律服务站?", "公共法律服务站"),
    ("order:place_year→year_place", "霍州2022年有多少件行政复议案件？", "2022年霍州有多少件行政复议案件？", "行政复议案件"),
    ("order:place_year→year_place", "霍州在2022年是否建成智慧矫正中心?", "2022年霍州是否建成智慧矫正中心?", "智慧矫正中心"),
    ("order:place_year→place_在_year", "海西州2022年调解了多少起纠纷?", "海西州在2022年调解了多少起纠纷?", "纠纷"),
    ("place:drop_suffix", "元宝山区2022年度有哪些普法阵地?", "元宝山2022年度有哪些普法阵地?", "普法阵地"),
    ("place:drop_suffix", "海西蒙古族藏族自治州2022年聘请了几名法律顾问?", "海西2022年聘请了几名法律顾问?", "法律顾问"),
    ("place:add_suffix", "赣州2022年的法律顾问有没有覆盖所有乡镇?", "赣州市2022年的法律顾问有没有覆盖所有乡镇?", "覆盖所有乡镇"),
    ("place:add_province", "霍州2022年有多少件行政复议案件？", "山西霍州2022年有多少件行政复议案件？", "行政复议案件"),
    ("place:add_province", "赤峰市元宝山区2022年出台了什么清单?", "内蒙古赤峰市元宝山区2022年出台了什么清单?", "清单"),
    ("year:年→年度", "霍州2022年有多少件行政复议案件？", "霍州2022年度有多少件行政复议案件？", "行政复议案件"),
    ("year:年度→年", "元宝山区2022年度有哪些普法阵地?", "元宝山区2022年有哪些普法阵地?", "普法阵地"),
    ("ask:多少→几", "霍州2022年有多少件行政复议案件？", "霍州2022年有几件行政复议案件？", "行政复议案件"),
    ("ask:几→多少", "赣州2022年开了几次常务会议学法?", "赣州2022年开了多少次常务会议学法?", "常务会议学法"),
    ("ask:是否→有没有", "霍州2022年是否公开执法投诉电话?", "霍州2022年有没有公开执法投诉电话?", "执法投诉电话"),
    ("ask:有没有→是否", "赣州2022年的法律顾问有没有覆盖所有乡镇?", "赣州2022年的法律顾问是否覆盖所有乡镇?", "覆盖所有乡镇"),
    ("ask:是不是→是否", "霍州2022年是不是全省第一?", "霍州2022年是否全省第一?", "全省第一"),
    ("ask:了吗→了没有", "霍州2022年建成调解室了吗?", "霍州2022年建成调解室了没有?", "调解室"),
    ("ask:有哪些→都有哪些", "元宝山区2022年度有哪些普法阵地?", "元宝山区2022年度都有哪些普法阵地?", "普法阵地"),
    ("ask:都有哪些→有哪些", "海西州2022年都有哪些调解品牌?", "海西州2022年有哪些调解品牌?", "调解品牌"),
    ("ask:什么时候→何时", "霍州的报告是什么时候发布的？", "霍州的报告是何时发布的？", "发布"),
    ("ask:何时/哪天→什么时候", "赣州2022年的听证会是哪天开的?", "赣州2022年的听证会是什么时候开的?", "听证会"),
    ("frame:请问…", "霍州2022年有多少件行政复议案件？", "请问霍州2022年有多少件行政复议案件？", "行政复议案件"),
    ("frame:我想了解一下，…", "霍州2022年有多少件行政复议案件？", "我想了解一下，霍州2022年有多少件行政复议案件？", "行政复议案件"),
    ("frame:…呢", "霍州2022年有多少件行政复议案件？", "霍州2022年有多少件行政复议案件呢？", "行政复议案件"),
    ("frame:…谢谢", "霍州2022年有多少件行政复议案件？", "霍州2022年有多少件行政复议案件？谢谢", "行政复议案件"),
    ("punct:no_question_mark", "霍州2022年有多少件行政复议案件？", "霍州2022年有多少件行政复议案件", "行政复议案件"),
    ("punct:question_mark_width", "霍州2022年有多少件行政复议案件？", "霍州2022年有多少件行政复议案件?", "行政复议案件"),
    ("punct:spaces", "霍州2022年有多少件行政复议案件？", "霍州 2022 年有多少件行政复议案件？", "行政复议案件"),
    ("frame:请问…", "霍州2022年有幾件行政復議案件？", "請問霍州2022年有幾件行政復議案件？", "行政復議案件"),
    ("ask:几→多少", "霍州2022年有幾件行政復議案件？", "霍州2022年有多少件行政復議案件？", "行政復議案件"),
    ("ask:什么→啥", "霍州2022年上线的调解平台叫什么?", "霍州2022年上线的调解平台叫啥?", "调解平台"),
    ("ask:是谁→是哪位", "霍州2022年主持常务会议学法的是谁?", "霍州2022年主持常务会议学法的是哪位?", "常务会议学法"),
    ("ask:如何→怎样", "霍州2022年如何推进柔性执法?", "霍州2022年怎样推进柔性执法?", "柔性执法"),
    ("num:digits→words", "霍州2022年开展专项督察超过3次了吗?", "霍州2022年开展专项督察超过三次了吗?", "专项督察"),
    ("num:digits→words", "霍州2022年建成12个调解室了吗?", "霍州2022年建成十二个调解室了吗?", "调解室"),
    ("punct:quote_style", "霍州2022年“法律明白人”有多少名?", "霍州2022年「法律明白人」有多少名?", "法律明白人"),
    ("punct:quote_style", "霍州2022年「法律明白人」有多少名?", "霍州2022年“法律明白人”有多少名?", "法律明白人"),
    ("punct:fullwidth_digits", "霍州2022年建成12个调解室了吗?", "霍州２０２２年建成１２个调解室了吗?", "调解室"),
    ("punct:comma_after_place_year", "霍州2022年受理了多少件行政复议案件？", "霍州2022年，受理了多少件行政复议案件？", "行政复议案件"),
    ("year:digits→二〇二三", "霍州2022年受理了多少件行政复议案件？", "霍州二〇二二年受理了多少件行政复议案件？", "行政复议案件"),
    ("frame:据…的报告，", "霍州2022年受理了多少件行政复议案件？", "据霍州2022年的报告，受理了多少件行政复议案件？", "行政复议案件"),
    ("order:year_的→year", "霍州2022年的行政复议案件有多少件？", "霍州2022年行政复议案件有多少件？", "行政复议案件"),
    ("ask:drop_一共", "霍州2022年一共受理了多少件行政复议案件？", "霍州2022年受理了多少件行政复议案件？", "行政复议案件"),
    ("en:place_level_word", "How many mediation rooms did Huozhou set up in 2022?",
     "How many mediation rooms did Huozhou City set up in 2022?", "mediation rooms"),
    ("en:place_level_word", "What did Yuanbaoshan's courts do in 2022?", "What did Yuanbaoshan District's courts do in 2022?",
     "courts"),
    ("en:all_lowercase", "How many mediation rooms did Huozhou set up in 2022?",
     "how many mediation rooms did huozhou set up in 2022?", "mediation rooms"),
    ("en:no_question_mark", "How many mediation rooms did Huozhou set up in 2022?",
     "How many mediation rooms did Huozhou set up in 2022", "mediation rooms"),
    ("en:contractions", "What is the name of Huozhou's mediation platform, which did not open before 2022?",
     "What's the name of Huozhou's mediation platform, which didn't open before 2022?", "mediation platform"),
    ("en:could_you_tell_me", "How many mediation rooms did Huozhou set up in 2022?",
     "Could you tell me how many mediation rooms did Huozhou set up in 2022?", "mediation rooms"),
    ("en:lowercase_places", "What did Ganzhou's justice bureau publish in 2022?",
     "What did ganzhou's justice bureau publish in 2022?", "justice bureau"),
    ("en:year_to_front", "How many mediation rooms did Huozhou set up in 2022?",
     "In 2022, how many mediation rooms did Huozhou set up?", "mediation rooms"),
    ("en:year_to_back", "In 2022, did Ganzhou publish its list of powers?",
     "Did Ganzhou publish its list of powers in 2022?", "list of powers"),
]


@pytest.mark.parametrize("name,question,expected,gold_words", FIRES, ids=[f"{r}-{i}" for i, (r, *_) in enumerate(FIRES)])
def test_rule_rewords_and_keeps_place_year_and_gold_words(name, question, expected, gold_words):
    got = _v(question)
    assert got.get(name) == expected
    assert find_years(fold(expected)) == find_years(fold(question))
    assert gold_words in expected
    codes = lambda t: {m.codes for m in place_mentions(fold_chars(t))}
    assert codes(question) <= codes(expected)


def test_every_rule_is_exercised_here():
    assert {r for r, *_ in FIRES} == set(RULES)


# (question, rules that must not fire on it): the rewording would change what is asked or break a word
SILENT = [
    ("长治市长2022年主持了多少次专题学法会?", {"place:drop_suffix", "order:place_year→year_place",
                                        "order:place_year→place_在_year"}),  # 长治市|长: 市长 is the mayor
    ("赣州市委2022年召开了几次常委会?", {"place:drop_suffix", "order:place_year→year_place"}),  # 市委
    ("海西2022年几月份开展了宪法宣传周?", {"ask:几→多少", "year:年→年度", "order:place_year→year_place"}),
    ("霍州2022年底建成了几个调解室?", {"year:年→年度", "order:place_year→year_place", "order:place_year→place_在_year"}),
    ("霍州2021年至2025年的规划投入多少万元?", {"year:年→年度", "ask:多少→几", "order:place_year→year_place"}),
    ("霍州2022年和2023年各受理了多少件?", {"order:place_year→year_place", "year:年→年度"}),  # two years
    ("赤峰市元宝山区2022年推行了“多少个清单”?", {"ask:多少→几"}),  # inside quotes
    ("霍州2022年召开的是第几次会议?", {"ask:几→多少"}),
    ("霍州2022年是否已经建成调解室?", {"ask:是否→有没有"}),  # 有没有已经
    ("霍州2022年是否开通了热线?", {"ask:是否→有没有"}),  # 有没有开通了
    ("霍州2022年建成调解室了吗?", {"frame:…呢"}),  # 吗呢
    ("霍州建成调解室了吗?(2022年报告)", {"frame:…呢"}),  # a note after the question
    ("请问霍州2022年建成调解室了吗?", {"frame:请问…", "frame:我想了解一下，…"}),
    ("高台县在2022年法治甘肃建设中排第几?", {"place:add_suffix", "place:drop_suffix"}),  # 甘肃 not an indexed report
    ("霍州2022年和2023年各有几个?", {"year:digits→二〇二三", "punct:comma_after_place_year"}),
    ("赣州2019年和霍州2023年，哪里更多?", {"punct:comma_after_place_year"}),
    ("霍州2022年法治政府建设报告是哪天发布的?", {"frame:据…的报告，"}),  # about the report itself
    ("霍州2022年的报告里有几个调解室?", {"order:year_的→year"}),
    ("霍州2022年一共有哪些调解室?", {"ask:drop_一共"}),  # not a count
    ("霍州2022年第3批示范项目有几个?", {"num:digits→words"}),  # an ordinal
    ("霍州2022年罚款1.5万元还是12万元?", {"num:digits→words"}),  # a decimal; two counts
    ("霍州2022年“12个清单”都公布了吗?", {"num:digits→words"}),  # inside quotes
    ("How many rooms did Huozhou build in 2021 and 2022?", {"en:year_to_front"}),
    ("How many rooms did Huozhou City build in 2022?", {"en:place_level_word"}),  # has its level word
    ("Could you tell me how many rooms Huozhou built in 2022?", {"en:could_you_tell_me"}),
]


@pytest.mark.parametrize("question,silent", SILENT)
def test_rule_stays_silent_where_unsafe(question, silent):
    assert not silent & set(_v(question))


def test_english_rules_do_not_touch_chinese_and_back():
    assert not any(r.startswith("en:") for r in _v("霍州2022年有多少件行政复议案件？"))
    assert all(r.startswith("en:") for r in _v("How many rooms did Huozhou build in 2022?"))


def test_lowercase_places_only_for_indexed_places():
    assert "en:lowercase_places" not in _v("How many rooms did Beijing build in 2022?")


@pytest.mark.parametrize("original,variant,ok", [
    ("霍州2022年有几个?", "山西霍州2022年有几个?", True),  # its own province added
    ("霍州2022年有几个?", "霍州2023年有几个?", False),  # year changed
    ("霍州2022年有几个?", "2022年有几个?", False),  # place dropped
    ("霍州2022年有几个?", "江西霍州2022年有几个?", False),  # another province
    ("霍州2022年有30个吗?", "霍州2022年有3个吗?", False),  # a figure changed
    ("霍州2022年“多少证合一”?", "霍州2022年“几证合一”?", False),  # a quote changed
    ("霍州2022年超过3次了吗?", "霍州2022年超过三次了吗?", True),  # the same figure in words
    ("霍州2022年超过3次了吗?", "霍州2022年超过四次了吗?", False),
    ("In 2022, did Huozhou act?", "Did Huozhou act in 2022?", True),
])
def test_keeps_meaning(original, variant, ok):
    assert keeps_meaning(original, variant) is ok


def test_deterministic_and_every_variant_passes_the_check():
    qs = [q for _, q, *_ in FIRES] + [q for q, _ in SILENT]
    first = [variants(q, KNOWN) for q in qs]
    assert first == [variants(q, KNOWN) for q in qs]
    assert all(keeps_meaning(q, v) and v != q for q, vs in zip(qs, first) for _, v in vs)


def test_docstring_examples():
    for mod in ("rag.eval.perturb", "rag.eval.perturb.base", "rag.eval.perturb.report", "rag.eval.perturb.asking"):
        res = doctest.testmod(importlib.import_module(mod))
        assert res.failed == 0 and res.attempted > 0, mod


def _row(i, correct, **kw):
    return {"id": i, "question": f"q{i}", "type": kw.pop("type", "number"), "set": "dev", "gold": "3件",
            "short_answer": kw.pop("said", "3件"), "answer": "", "abstained": False, "metrics": {"correct": correct}, **kw}


def test_robustness_counts_only_variants_of_right_originals():
    originals = [_row("a", True), _row("b", False)]
    var = [_row("a~r1", True, rule="r1", source="a"), _row("a~r2", False, rule="r2", source="a", said="5件"),
           _row("b~r1", False, rule="r1", source="b"), _row("b~r2", True, rule="r2", source="b")]
    res = robustness(originals, var)
    assert res["rules"]["r1"] | {"failures": []} == {"variants": 2, "on_right": 1, "robust": 1, "rate": 1.0,
                                                      "broken_items": 0, "failures": []}
    assert (res["rules"]["r2"]["on_right"], res["rules"]["r2"]["rate"]) == (1, 0.0)
    assert [f["short_answer"] for f in res["rules"]["r2"]["failures"]] == ["5件"]
    assert res["overall"] == {"variants": 4, "on_right": 2, "robust": 1, "rate": 0.5}
    md = render_markdown(res, {"command": "python evals/perturb.py", "wall_s": 1.0, "per_rule": 150})
    assert md.index("`r2`") < md.index("`r1`")  # worst rule first
    assert "| a | number | qa~r2 | 3件 | 5件 |" in md
