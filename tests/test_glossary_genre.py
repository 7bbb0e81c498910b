"""English questions: genre vocabulary of the glossary, Chinese words written into the question, and
the official romanization that keeps Shaanxi (陕西) apart from Shanxi (山西)."""
from __future__ import annotations

from rag.answer.terms import content_terms
from rag.retrieve.query import understand
from rag.text.glossary import alternatives, english_terms


def test_chinese_words_in_an_english_question_are_terms_as_written():
    terms = content_terms("How many items did the city handle under its 'one window' (一窗通办) reform?")
    assert "一窗通办" in terms


def test_genre_vocabulary():
    assert english_terms("What share of agency heads appearing in court?") == ("负责人", "出庭")
    assert "整改任务" in english_terms("How many rectification tasks were completed?")
    assert "第三方评估" in english_terms("How did it do in the third-party evaluation?")
    assert english_terms("Was it in the top three?") == ()  # a claim word for the yes/no cues, not a term
    # the genre's document types and its most common phrase; services across provinces (跨省通办)
    assert "依法行政" in english_terms("What were the work points on administration according to law?")
    assert "工作要点" in english_terms("What were the work points on administration according to law?")
    assert "跨省" in english_terms("Which cross-province service platform did it join?")
    # the genre's rule-of-law inspections are 督察/督查, its briefings 汇报会/通报会
    from rag.answer.term_coverage import coverage
    assert coverage(english_terms("When was the briefing on government inspections held?"), "召开全县督察工作汇报会")[0] >= 1.0


def test_shaanxi_and_shanxi_are_different_provinces():
    docs = [("a", "山西省", 2021), ("b", "陕西省", 2021)]
    assert understand("Was Shanxi the first province to do it in 2021?", docs).regions == ("山西省",)
    assert understand("Was Shaanxi the first province to do it in 2021?", docs).regions == ("陕西省",)


def test_the_last_place_of_a_counted_list_is_a_place():
    """长治、赣州、海西三地: the cutter joins 西 to the numeral (海 / 西三); the count closes the list."""
    docs = [("a", "山西省长治市", 2021), ("b", "江西省赣州市", 2019), ("c", "青海省海西蒙古族藏族自治州", 2020)]
    assert understand("比较长治、赣州、海西三地报告的出庭应诉率", docs).regions == (
        "山西省长治市", "江西省赣州市", "青海省海西蒙古族藏族自治州")


def test_a_ministry_names_the_national_reports():
    docs = [("a", "中华人民共和国", 2021), ("b", "重庆市", 2022), ("c", "山西省长治市", 2021)]
    assert understand("教育部2021年是否出台了新的规章?", docs).regions == ("中华人民共和国",)
    assert understand("长治市2021年和司法部有什么合作?", docs).regions == ("山西省长治市",)  # a place named: that place
    assert understand("重庆市司法局2022年整改了多少项?", docs).regions == ("重庆市",)  # a local bureau is not a ministry


def test_genre_vocabulary_of_campaigns_committees_and_media():
    cut, central = english_terms("How much did the city cut centrally handled items in the campaign?")[:2]
    assert "减少" in alternatives(cut) and central == "集中"
    assert "市委" in english_terms("Who spoke at the municipal Party committee's session?")
    assert "深度报道" in english_terms("Which agency gave in-depth coverage?")
    assert "覆盖率" in english_terms("What was the coverage rate of legal advisers?")


def test_reporting_on_the_rule_of_law_is_shu_fa_in_its_inflected_forms():
    """述法 (leaders reporting on their rule-of-law duties) as English writes it; the annual report itself is not."""
    for q in ("How many officials reported on the rule of law at year end?",
              "Which district organised public rule-of-law reports by more departments?",
              "Did every bureau chief give reports on the rule of law?",
              "Was rule-of-law reporting by agency heads made public?"):
        assert "述法" in english_terms(q), q
    assert "述法" not in english_terms("Who was the governor according to its 2021 rule-of-law report?")


def test_a_dates_part_is_no_term_and_a_trip_is_the_service_reforms_run():
    """by the end of 2019 is 截至2019年底 (not 结束); 'at most one trip' is the reform 最多跑一次 (not 旅游)."""
    known = {"结束", "旅游", "最多跑一次", "事项"}.__contains__
    terms = english_terms("By the end of 2019, did the city's 'at most one trip' items exceed 90 percent?", known)
    assert "最多跑一次" in terms and not any("结束" in t or "旅游" in t for t in terms)
    assert any("结束" in t for t in english_terms("When did the special campaign end?", known))  # a verb, still a term


def test_the_glossary_tables_name_each_phrase_once():
    """GLOSSARY joins the work, services and genre tables: a phrase in two would silently take the later
    table's terms (a dict literal's repeated key is ruff's F601; across modules nothing else says so)."""
    from rag.text.glossary import GLOSSARY
    from rag.text.glossary_genre import GENRE_TERMS
    from rag.text.glossary_services import SERVICE_TERMS
    from rag.text.glossary_work import WORK_TERMS

    tables = (WORK_TERMS, SERVICE_TERMS, GENRE_TERMS)
    assert not any(set(a) & set(b) for i, a in enumerate(tables) for b in tables[i + 1:])
    assert len(GLOSSARY) == sum(map(len, tables))


def test_a_construction_project_is_the_genres_engineering_construction_not_site_work():
    """工程建设项目审批制度改革: the reports write a construction project as 工程建设 / 建设项目 / 工程项目;
    施工 (site work) would leave the section that answers it uncovered."""
    from rag.answer.term_coverage import coverage
    for q in ("approvals for construction projects", "approval of a construction project"):
        terms = english_terms(q, known=lambda w: True)  # with the general lexicon: every word a report might hold
        assert "施工" not in terms, terms
        for heading in ("深化工程建设项目审批制度改革", "压缩社会投资建设项目审批时限", "优化政府投资工程项目审批"):
            assert coverage(terms, heading)[0] >= 0.75, (terms, heading)


def test_key_fields_are_the_genres_key_areas():
    """重点领域 (执法/立法/改革 in key areas): a user says key areas, key fields or priority areas."""
    for q in ("In which key fields will it step up legislation?", "Which priority areas did enforcement target?",
              "What key field did the review cover?"):
        assert "重点领域" in english_terms(q), english_terms(q)
