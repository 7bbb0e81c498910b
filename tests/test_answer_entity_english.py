"""English entity questions, worded as users word them: "what is X called" however long X is, the
honour a place won, what was named a model project, which mayor spoke, which regulation was revised,
what study guide a ministry published, "Pei County" for 沛县.  Real BM25 retriever over reports
written for these tests (no eval item's text)."""
from __future__ import annotations

import hashlib

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.honours import asks_conferred_subject, conferred_subject_spans
from rag.answer.kinds import asked_entity
from rag.answer.qtypes import classify
from rag.answer.units import asked_unit
from rag.config import Config
from rag.records import Document
from rag.retrieve.query import understand

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("南平市", 2021): ("南平市2021年法治政府建设年度报告\n"
                     "一、主要工作\n"
                     "市委副书记、市长张立新同志在全省深化营商环境改革电视电话会议上作经验交流发言。\n"
                     "严格执行《南平市重大行政决策程序规定》,修订印发《南平市政府法律顾问工作规则》。\n"
                     "修订《南平市城市绿化管理条例》;完成《南平市养犬管理条例》的立法调研。\n"
                     "“河湖联动综合执法改革”获评省级法治政府建设示范项目。\n"
                     "全市推行法治督察与年度绩效考评相结合的“查评合一”模式,督察整改率达到100%。\n"
                     "深入开展“法润百村”驻村工作,选派干部200余名。\n"
                     "开展全市交通运输领域行政执法专项监督,发现问题35个。\n"
                     "围绕“尊法守法 携手同行”主题,组织开展宪法宣传周活动。\n"),
    ("丽水市", 2021): ("丽水市2021年法治政府建设年度报告\n"
                     "一、主要成效\n"
                     "2021年,丽水市成功获评第二批全国法治政府建设示范市。\n"
                     "市司法局全年办理法律援助案件1200件。\n"
                     "在东南大学法治发展研究院组织的全省法治政府评估中,丽水市名列第三。\n"
                     "根据市委全面依法治市委员会会议精神,起草《丽水市2021年法治建设工作要点》。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


@pytest.mark.parametrize("q", [
    "What is Nanping's 2021 approach of combining rule-of-law inspections with annual performance reviews called?",
    "What was the county's practice of sending lawyers to villages every week known as?",
    "What do the reports call the city's one-stop mediation centre?",
    "What national title did Lishui win in 2021?",
    "Which award did the bureau receive?",
    "Which Nanping project was named a provincial model project in 2021?",
    "Which reform was designated a national pilot?",
    "Which Nanping mayor spoke at the province-wide teleconference?",
    "What study guide did the ministry compile and publish in 2023?",
])
def test_english_name_questions_are_name_questions(q):
    assert classify(q).kind == "name"


def test_the_asked_kind_in_ordinary_english():
    assert asked_entity("What study guide on the rule of law did the ministry publish?").kind == "title"
    assert asked_entity("What booklet did the county print for villagers?").kind == "title"
    approach = asked_entity("What is Nanping's 2021 approach of combining inspections with reviews called?")
    assert approach.kind == "scheme" and "模式" in approach.ends
    hotline = asked_entity("Which mayor's office hotline opened in 2021?")  # the last noun: the hotline, not the mayor
    assert (hotline.kind, hotline.head) == ("platform", "hotline")
    assert asks_conferred_subject("Which project was named a national model project?")
    assert not asks_conferred_subject("What national title was the county awarded by the ministry?")


@pytest.mark.parametrize("q, kind, head", [
    ("What was the 2020 regulation the prefecture revised?", "title", "regulation"),
    ("Name the regulation the prefecture revised in 2020.", "title", "regulation"),
    ("What was the theme of the Constitution Week campaign?", "slogan", "theme"),
    ("What was the title of the lecture given to the study group?", "title", "title"),
    ("What is the project the city's education bureau ran to govern training called?", "scheme", "project"),
    ("Which sector did the county's special supervision target?", "field", "sector"),
    ("What is the full name of the implementation opinions behind the district's reform?", "title", "opinions"),
])
def test_english_forms_of_asking_for_one_entity(q, kind, head):
    e = asked_entity(q)
    assert (e.kind, e.head) == (kind, head)


def test_a_phrase_ending_in_the_asked_field_is_whole():
    from rag.answer.kinds import entity_spans

    s = "印发《某市交通运输领域执法监督方案》,对全市交通运输领域的执法情况进行监督。"
    spans = [s[a:b] for a, b, _ in entity_spans(asked_entity("Which sector did the city supervise?"), s)]
    assert spans == ["某市交通运输领域", "全市交通运输领域"]  # not 运输领域: 交通 holds no 通过


def test_the_head_of_a_place_is_its_title():
    from rag.answer.persons import english_title
    from rag.answer.terms import content_terms

    assert english_title("Who was the head of Zhongshan District in 2024?") == "区长"
    assert english_title("Who is the head of the county government?") == "县长"
    assert english_title("Who was the head of the county party committee?") == ""
    assert "区长" in content_terms("Who was the head of Zhongshan District in 2024?")
    assert "县长" not in content_terms("Who was the head of the county party committee?")


def test_what_received_an_honour_is_the_name_before_the_verb():
    s = "“河湖联动综合执法改革”获评省级示范项目,某某镇人民调解委员会被评为全国模范人民调解委员会。"
    assert [s[a:b] for a, b, _ in conferred_subject_spans(s)] == ["“河湖联动综合执法改革”", "某某镇人民调解委员会"]


@pytest.mark.parametrize("q, want", [
    ("Which Nanping mayor spoke at the province-wide teleconference in 2021?", "张立新"),
    ("Which regulation did Nanping revise in 2021?", "《南平市城市绿化管理条例》"),
    ("Which Nanping project was named a provincial model project in 2021?", "河湖联动综合执法改革"),
    ("What national title did Lishui win in 2021?", "第二批全国法治政府建设示范市"),
    ("What is Nanping's 2021 approach of combining rule-of-law inspections with annual performance reviews called?",
     "查评合一"),
    ("What is the village-stationed work programme called in Nanping's 2021 report?", "法润百村"),
    ("Who was the head of Nanping City in 2021?", "张立新"),
    ("Which sector did Nanping's special enforcement supervision target in 2021?", "交通运输领域"),
    ("What was the theme of Nanping's 2021 Constitution Week campaign?", "尊法守法 携手同行"),
    ("What was the 2021 regulation Nanping revised?", "《南平市城市绿化管理条例》"),
    ("What honour did Lishui receive in 2021?", "全国法治政府建设示范市"),
    ("Who organised the law-based government assessment Lishui took part in in 2021?", "东南大学法治发展研究院"),
    ("What work plan did Lishui draft in 2021?", "《丽水市2021年法治建设工作要点》"),
])
def test_english_entity_questions_are_answered_with_the_entity(answerer, q, want):
    a = answerer.ask(q)
    assert not a.abstained, a.answer
    assert want in a.short_answer, (a.short_answer, a.answer)


def test_a_study_guide_a_ministry_published_is_its_title():
    text = ("司法部2023年法治政府建设情况报告\n"
            "2023年,司法部深入学习贯彻习近平法治思想,对标《法治政府建设实施纲要》推进各项工作。\n"
            "加强理论研究阐释,编写出版《法治政府建设百问百答》,为干部学习提供辅助读物。\n")
    doc = Document("m", "m.txt", text, hashlib.sha256(text.encode()).hexdigest(), title=text.splitlines()[0],
                   region="中华人民共和国", year=2023, level="department", reporting_unit="司法部")
    other = docs_of({("丽水市", 2023): "丽水市2023年法治政府建设年度报告\n市司法局深入学习习近平法治思想,编写普法读本。\n"})
    a = answerer_over({"m": doc, **other}, CFG).ask(
        "What study guide on the rule of law did the Ministry of Justice compile and publish in 2023?")
    assert "《法治政府建设百问百答》" in a.short_answer, a.answer


def test_a_reporting_unit_named_in_english_is_the_unit():
    units = {"司法部": (2021, 2023), "司法局": (2022,)}
    assert asked_unit("What did the Ministry of Justice publish in 2023?", units) == "司法部"
    assert asked_unit("What did the city justice bureau do in 2022?", units) == "司法局"
    assert asked_unit("What did the city do in 2022?", units) == ""


@pytest.mark.parametrize("q, region", [
    ("What did Pei County do in 2021?", "江苏省徐州市沛县"),
    ("How many cases did Yi County's justice bureau handle?", "河北省保定市易县"),
])
def test_a_one_character_county_in_english_is_found(q, region):
    docs = [("a", "江苏省徐州市沛县", 2021), ("b", "河北省保定市易县", 2021), ("c", "南平市", 2021)]
    assert understand(q, docs).regions == (region,)


def test_a_township_in_english_is_found_and_is_no_term():
    from rag.answer.terms import content_terms

    docs = [("a", "重庆市丰都县栗子乡", 2025), ("b", "重庆市丰都县", 2025), ("c", "南平市", 2021)]
    assert understand("What venue did Lizi Township use in 2025?", docs).regions == ("重庆市丰都县栗子乡",)
    assert "乡镇" not in content_terms("What venue did Lizi Township use in 2025?")  # the place's level, not 乡镇
    assert "乡镇" in content_terms("How many townships held hearings in 2025?")


def test_the_asked_kind_weighs_in_an_english_question():
    """Which venue: the genre's words for a venue (阵地, 场所 …) weigh as the head noun of a Chinese question
    does (half a term), so a sentence naming a venue outranks one quoting another name."""
    from rag.answer.evidence import make_ask

    q = "What rule-of-law culture venue did the township rely on in 2025?"
    ask = make_ask(q, "en", classify(q), ("法治", "文化"), {"法治": 1.0, "文化": 1.0})
    kind = next(t for t in ask.terms if "阵地" in t)
    assert 0 < ask.weights[kind] < 1.0
    regulation = "Which regulation did the city revise?"  # its head is a term already (条例|规章|…): no second one
    ask = make_ask(regulation, "en", classify(regulation), ("条例|规章|法规|规定", "修订"), {"条例|规章|法规|规定": 1.0, "修订": 1.0})
    assert len(ask.terms) == 2


@pytest.mark.parametrize("q, term", [
    ("Who was the Minister of Justice in 2023?", "部长"),
    ("What work plan did the city draft in 2019?", "工作要点|工作计划|工作方案|工作安排"),
    ("What work plan did the city draft in 2019?", "草案|起草"),
])
def test_genre_words_of_entity_questions(q, term):
    from rag.text.glossary import english_terms

    assert term in english_terms(q)


def test_a_place_asked_with_a_modifier_and_a_place_head_written_around_its_name():
    from rag.answer.names import asked_levels
    from rag.text.glossary import english_terms

    assert classify("Which Shandong city set up an approval bureau in 2017?").kind == "name"
    assert asked_levels("which shandong city set up an approval bureau?") == ("prefecture", "county-level city")
    assert classify("Which two city regulations did the bureau help pass in 2022?").kind == "list"  # a count, no place
    assert english_terms("Who was Zhongshan District's head in 2024?") == ("区长",)
    assert "县长" not in english_terms("Who served as commander-in-chief of Pei County's epidemic headquarters?")
    assert "担任" in english_terms("Who served as commander-in-chief of the headquarters?")


def test_a_possessive_and_a_trailing_year_still_ask_for_the_head():
    e = asked_entity("What was Lishui market supervision bureau's guiding principle in 2023?")
    assert (e.kind, e.head) == ("slogan", "guiding principle")
