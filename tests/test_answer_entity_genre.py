"""Entity, date, number and list answers by mechanisms of the genre (issue 11), on passages written
for these tests: a role's holder in the question's slot (由谁来担任), the title a publicity work
carries (宣传片《…》), English date and list questions, a one-character asked verb (收了多少件), a
、-run closed by 等 + count + the asked noun, the report's own publisher, and 自治区 short forms."""
from __future__ import annotations

import hashlib

import pytest

from rag import places
from rag.answer.asked_measure import measure_anchors
from rag.answer.catalog import is_publisher_question, report_fact
from rag.answer.evidence import Sent, make_ask
from rag.answer.figure_fit import pick_span
from rag.answer.figures import number_spans
from rag.answer.kinds import asked_entity, entity_spans
from rag.answer.list_asks import asked_heads
from rag.answer.list_items import closed_items
from rag.answer.name_frames import slot_spans
from rag.answer.qtypes import classify
from rag.records import Chunk, Document
from rag.text.glossary import english_terms
from rag.text.normalize import fold


def test_role_holder_with_a_light_verb_before_the_slot_verb():
    s = "年初成立由市委、市政府主要负责同志担任组长的安全生产委员会,统筹推进各项工作。"
    assert [s[a:b] for a, b, _ in slot_spans(s, "安全生产委员会的组长由谁来担任?")] == ["市委、市政府主要负责同志"]


@pytest.mark.parametrize("question, sentence, want", [
    ("该县2023年拍摄的普法微电影片名是什么?", "拍摄普法微电影《法在身边》,制作公益广告《守法光荣》。", "《法在身边》"),
    ("该市制作的宣传片叫什么?", "推出动画《小明学法》和宣传片“法治同行”,播放量超10万次。", "“法治同行”"),
])
def test_a_work_is_answered_with_the_title_it_carries(question, sentence, want):
    entity = asked_entity(question)
    assert entity is not None and entity.kind == "work"
    assert [sentence[a:b] for a, b, _ in entity_spans(entity, sentence)] == [want]


@pytest.mark.parametrize("question, kind", [
    ("According to the city's 2019 report, when was the review system set up?", "date"),
    ("On which dates did the provincial inspection team visit the county?", "date"),
    ("In which cadre training classes were the lectures given?", "list"),
])
def test_english_dates_and_lists_are_recognised(question, kind):
    assert classify(question).kind == kind


def test_a_one_character_asked_verb_points_at_its_figure():
    q = "该县网上办事大厅当年收了多少件?"
    anchors = measure_anchors(q)
    assert anchors[0].split("|")[0] == "收"  # with the genre's written forms after it (受理, 收到)
    s = "全县接入网上办事大厅的部门达42个,当年收件18300余件,办结率99%。"
    a, b, _ = pick_span(s, number_spans(s), ("网上", "办事大厅"), {}, unit="件", anchors=anchors)
    assert s[a:b] == "18300余件"
    assert measure_anchors("一共是多少人?")[0] == ""  # a copula is no asked verb


def test_english_terms_for_time_limits_and_inspections():
    terms = english_terms("What share of commonly handled items met the shortest time limit in the country?")
    assert {"常办|高频", "时限", "全国"} <= set(terms)
    assert "实地督察|实地检查|现场检查|实地督导" in english_terms("When did the on-site inspection take place?")


def test_items_closed_by_a_count_and_the_asked_noun_far_after_deng():
    s = "在青年干部班、科级干部班、村干部班等5个干部教育培训班开展授课,覆盖干部200余人。"
    assert asked_heads("In which training classes were lectures given?") == ("", "培训班")
    assert [s[a:b] for a, b in closed_items(s, "培训班")] == ["青年干部班", "科级干部班", "村干部班"]


@pytest.mark.parametrize(("sentence", "head", "items"), [
    ("印发年度重点执法检查项目清单8项，包括“农贸市场计量检查”“校园周边食品安全检查”等。", "项目",
     ["“农贸市场计量检查”", "“校园周边食品安全检查”"]),
    ("共清理规范性文件31件，例如《某某区物业管理办法》和《某某区停车收费规定》。", "文件",
     ["《某某区物业管理办法》", "《某某区停车收费规定》"]),
    ("共清理规范性文件31件。另外包括“甲乙丙工程”“丁戊项目”在内的工作推进顺利。", "文件", []),  # another sentence's noun
])
def test_examples_a_word_like_baokuo_introduces_after_the_asked_noun(sentence, head, items):
    """目录5项，包括“甲”“乙”等: the quoted names after 包括 are examples of the noun named just before"""
    assert [sentence[a:b] for a, b in closed_items(sentence, head)] == items


def test_the_reports_publisher_from_its_source_row():
    text = "东海省南湖市2020年法治政府建设情况报告\n来源:市司法局 发布日期:2021-03-01 09:00\n2020年,我市……\n"
    d = Document("d1", "d1.txt", text, hashlib.sha256(text.encode()).hexdigest(), title=text.splitlines()[0],
                 region="东海省南湖市", year=2020, publisher="市司法局")
    q = "南湖市2020年法治政府建设报告是由哪个单位发布的?"
    assert is_publisher_question(q) and is_publisher_question("Which office published the city's 2020 report?")
    assert not is_publisher_question("哪个单位发布了新的管理办法?")
    sent = Sent(d, Chunk("d1:0-5", "d1", 0, 5, text[:5]), 0, 5, 0)
    assert report_fact(make_ask(q, "zh", classify(q), ()), [sent]).short == "市司法局"


@pytest.mark.parametrize("text, code", [("广西自治区2021年", "450000"), ("宁夏自治区", "640000")])
def test_an_autonomous_region_without_its_peoples_is_one_place(text, code):
    m = places.find_mentions(text)[0]
    assert m.text == text[:5] and code in m.codes


def test_a_rough_question_prefers_a_figure_given_roughly():
    from rag.answer.figure_fit import APPROX_Q_RE, span_score

    s = "全年窗口受理1268件,网上受理3600余件,约2万人次参与评议。"
    spans = {s[a:b]: (a, b, u) for a, b, u in number_spans(s)}
    assert APPROX_Q_RE.search("网上大约受理了多少件?") and not APPROX_Q_RE.search("网上受理了多少件?")
    gain = {k: span_score(s, sp, ("受理",), {}, "件", approx=True) - span_score(s, sp, ("受理",), {}, "件") for k, sp in spans.items()}
    assert gain["1268件"] == 0 and gain["3600余件"] > 0 and gain["2万人次"] > 0


def test_english_role_slot_and_work_title_questions():
    s = "年初成立由分管副县长担任组长的领导小组,统筹推进普法工作。"
    assert [s[a:b] for a, b, _ in slot_spans(s, "Who served as group leader of the county's leading group?")] == ["分管副县长"]
    entity = asked_entity("What is the title of the county's 2023 promotional film?")
    assert entity is not None and entity.kind == "work"
    assert {"宣传片", "总指挥", "指挥部"} <= set(english_terms("the promotional film and the commander-in-chief of the headquarters"))


def test_an_asked_month_is_no_content_term():
    assert english_terms("In which month did the city finish its power list?") == ("权责清单|权力清单",)


def test_the_holder_of_an_asked_role_as_the_sentence_appoints_it():
    from rag.answer.name_frames import asked_role, role_spans

    assert asked_role("该区普法领导小组的组长是谁?") == "组长" and asked_role("谁担任领导小组组长?") == "组长"
    s = "成立由区委、区政府主要负责同志担任组长的普法领导小组,办公室主任由司法局局长兼任。"
    assert [s[a:b] for a, b, _ in role_spans(s, "组长")] == ["区委、区政府主要负责同志"]
    assert role_spans(s, "副组长") == []


def test_a_count_word_gives_the_unit_and_its_one_character_verb():
    q = "该市网上办事大厅收件数大约是多少?"
    assert classify(q).unit == "件"
    assert measure_anchors(q)[0].split("|")[0] == "收"


@pytest.mark.parametrize("question, lang, dates", [
    ("On which dates did the provincial team inspect the city?", "en", ["11月6日至9日"]),
    ("省督察组是哪几天实地督察的?", "zh", ["11月6日至9日"]),
    ("When did the provincial team inspect the city?", "en", ["7月下旬", "11月6日至9日"]),
])
def test_a_question_for_days_takes_dates_with_a_day(question, lang, dates):
    from rag.answer.span_finders import spans_fn

    s = "7月下旬,部署年度督察工作;11月6日至9日,省督察组实地督察。"
    assert [s[a:b] for a, b, _ in spans_fn(make_ask(question, lang, classify(question), ()))(s)] == dates


def test_an_english_verb_names_what_a_figure_counts():
    from rag.answer.asked_measure import english_verb

    q = "Which county kept more intermediary service items in 2020?"
    assert english_verb(q) == "保留" and english_verb("How many items were there?") == ""
    s = "取消中介服务事项52项,保留中介服务事项31项。"
    a, b, _ = pick_span(s, number_spans(s), ("中介服务", "事项"), {}, anchors=measure_anchors(q))
    assert s[a:b] == "31项"


@pytest.mark.parametrize("text, want", [
    (("南湖区人民政府关于2020年法治政府建设情况的报告\n来源:区政府办 发布日期:2021-03-01\n南湖区人民代表大会常务委员会:\n"
     "    2020年,我区坚持依法行政……现将有关情况报告如下:\n一、主要工作\n"), "南湖区人民代表大会常务委员会"),
    ("東海市人民政府關於2019年度法治政府建設工作情況的報告\n\n省委、省人民政府：\n  2019年，我市……\n", "省委、省人民政府"),
])
def test_the_body_a_report_is_submitted_to_from_its_salutation_line(text, want):
    from rag.answer.catalog import is_recipient_question

    d = Document("d1", "d1.txt", text, hashlib.sha256(text.encode()).hexdigest(), title=text.splitlines()[0],
                 region="东海省南湖市", year=2020)
    sent = Sent(d, Chunk("d1:0-5", "d1", 0, 5, text[:5]), 0, 5, 0)
    for q in ("南湖区2020年的法治政府建设报告是呈报给哪个机关的?", "該報告報送給了誰?", "报告的主送机关是哪个?",
              "To which body was the district's 2020 report submitted?", "Who was the 2020 report addressed to?"):
        assert is_recipient_question(q), q
        got = report_fact(make_ask(q, "zh", classify(q), ()), [sent])
        assert got is not None and fold(got.short) == fold(want)
        assert text.index(got.short) < text.index("2019年，" if "2019年，" in text else "2020年,")  # the line before the body
    assert not is_recipient_question("报告提到向哪个部门报送数据?")
    assert not is_recipient_question("南湖区2020年的法治政府建设报告是由哪个单位发布的?")


def test_no_salutation_line_gives_no_addressee():
    from rag.answer.catalog import salutation_span

    text = "2020年,我区坚持依法行政。现将有关工作情况报告如下:\n一、主要工作\n来源:区司法局\n"
    assert salutation_span(text) is None


@pytest.mark.parametrize("question, want", [
    ("除了停车收费，南湖市2020年的价格听证还涉及哪项标准?", "自来水价格标准"),
    ("南湖市2020年開價格聽證會，除了停車收費以外，還涉及什麼?", "自来水价格标准"),
])
def test_besides_one_item_the_others_of_its_run_answer(question, want):
    from rag.answer.list_asks import excluded_item
    from rag.answer.spans import span_answer

    text = "南湖市2020年法治政府建设年度报告\n围绕群众关切,就自来水价格标准、停车收费等事项组织3次价格听证会,听取意见200余条。\n"
    d = Document("d1", "d1.txt", text, hashlib.sha256(text.encode()).hexdigest(), title=text.splitlines()[0],
                 region="东海省南湖市", year=2020)
    a = text.index("围绕")
    sent = Sent(d, Chunk(f"d1:0-{len(text)}", "d1", 0, len(text), text), a, len(text) - 1, 0)
    assert excluded_item(question) == fold("停车收费")
    ask = make_ask(question, "zh", classify(question), ("价格", "听证", "停车收费", "标准"))
    assert fold(span_answer(ask, [sent]).short) == want
    assert not excluded_item("除此之外还有什么?")


@pytest.mark.parametrize(("question", "head"), [
    ("该区开展专项监督时，重点盯了哪些居民关心的领域?", "领域"),
    ("哪些群众反映强烈的执法问题得到了整改?", "问题"),
    ("该县组织了哪些面向青少年的普法活动?", "活动"),
])
def test_the_asked_noun_after_a_clause_that_modifies_it(question, head):
    """哪些居民关心的领域: a short clause with 的 before the noun; the noun is what an item is, not the clause's word"""
    assert asked_heads(question)[1] == head
