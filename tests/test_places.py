"""The place model: the division table, written forms, identities, inference, and questions
over a corpus holding 长沙市 and 长沙县, 吉林省 and 吉林市, and one district under two spellings."""
from __future__ import annotations

import re

import pytest

from rag import places
from rag.ingest.clean import clean_text, strip_inline_pinyin
from rag.ingest.metadata import infer_metadata
from rag.retrieve.query import resolve_region, understand


def test_the_division_table_is_a_tree_of_codes():
    g = places.gazetteer.gazetteer()
    assert len(g.places) > 3400
    for p in g.places.values():
        assert re.fullmatch(r"\d{6}", p.code) and p.level in places.LEVELS and p.status in ("current", "abolished")
        assert p.code == places.NATIONAL or p.parent in g.places
    assert {p.level for p in g.places.values()} >= {"province", "prefecture", "county", "district",
                                                     "county-level city", "banner"}


@pytest.mark.parametrize("written,code", [
    ("静海", "120118"), ("静海区", "120118"), ("天津静海", "120118"), ("天津市静海区", "120118"),
    ("西乌旗", "152526"), ("西乌珠穆沁旗", "152526"), ("阿坝州", "513200"), ("黔东南州", "522600"),
    ("黔东南", "522600"), ("红河州", "532500"), ("北京", "110000"), ("京", "110000"),
    ("内蒙古", "150000"), ("長沙縣", "430121"), ("焉耆县", "652826"), ("喀什地区", "653100"),
])
def test_written_forms_resolve_to_one_code(written, code):
    assert [p.code for p in places.resolve(written)] == [code]


def test_shared_short_names_list_every_place_prefecture_first():
    assert [p.code for p in places.resolve("巴州")] == ["652800", "511902"]  # 巴音郭楞州, 巴中市巴州区
    assert [p.code for p in places.resolve("喀什")] == ["653100", "653101"]  # 喀什地区, 喀什市


def test_different_places_stay_different():
    changsha_county, changsha_city = places.code_of("长沙县"), places.code_of("长沙市")
    assert (changsha_county, changsha_city) == ("430121", "430100")
    assert not places.same_place(changsha_county, changsha_city)
    assert places.contains(changsha_city, changsha_county) and not places.contains(changsha_county, changsha_city)
    assert places.code_of("吉林省") != places.code_of("吉林市")
    assert [p.name for p in places.resolve("吉林")] == ["吉林省", "吉林市"]  # ambiguous: both, province first
    assert places.code_of("吉林") == ""


def test_abolished_units_resolve_and_follow_their_successor():
    old = places.resolve("横县")[0]
    assert (old.status, old.successor) == ("abolished", places.code_of("横州市"))
    assert places.same_place(old.code, places.code_of("横州市"))


def test_full_and_local_names():
    assert places.full_name("120118") == "天津市静海区"
    assert places.full_name("330212") == "浙江省宁波市鄞州区"
    assert places.local_name("330782") == "金华市义乌市"
    assert places.display("", "zh") == "地区未知" and places.display("", "en") == "region unknown"


@pytest.mark.parametrize("text,code,level", [
    ("根据有关规定,现将县人民政府2022年法治政府建设情况报告如下。\n一、主要工作\n2022年,盂县全面推进依法行政,全县办结复议案件12件。",
     "140322", "county"),  # 现将县 is not a place
    ("瑞安市2020年度法治政府建设工作报告\n2020年,瑞安市认真落实温州市委和市委的工作部署。", "330381", "county-level city"),
    ("2021年,在遵义市委、市政府的坚强领导下,赤水市坚持依法行政。全市……", "520381", "county-level city"),
    ("2021年,韶關(guān)市教育局堅持以習(xí)近平法治思想為指導(dǎo),全市教育系統推進依法治校。", "440200", "department"),
    ("2021年,司法部坚持以习近平法治思想为指导,部党组深入推进法治政府建设。", "100000", "department"),
    ("武隆区白马镇人民政府2024年法治政府建设情况报告\n2024年,镇党委、政府深入推进依法行政,全镇法治建设取得成效。",
     "500156", "township"),
    (("2022年,在市委、市政府的领导下,区教育局认真落实《关于印发〈宁波市海曙区2022年法治政府建设工作要点〉的通知》,"
      "在区委区政府的领导下推进依法治校。"), "330203", "department"),
])
def test_inference_by_role(text, code, level):
    m = infer_metadata(clean_text(text), "x.txt")
    assert (m.region_code, m.level) == (code, level)


def test_township_is_kept_as_text_below_its_county():
    m = infer_metadata("武隆区白马镇人民政府2024年法治政府建设情况报告\n2024年,全镇依法行政。", "x.txt")
    assert (m.region, m.region_code, m.reporting_unit) == ("重庆市武隆区白马镇", "500156", "镇人民政府")


def test_unknown_region_is_empty_never_the_file_name():
    m = infer_metadata("一、主要工作\n全年办理复议案件9件。", "0007_a8f3.txt")
    assert (m.region, m.region_code) == ("", "")


@pytest.mark.parametrize("text,year", [
    ("按照《法治政府建设实施纲要(2021—2025年)》和(厅字〔2020〕15号)要求,现将2023年度法治政府建设情况报告如下:", 2023),
    ("2016年以来,在市委领导下,我市依法行政。2015年度考评优秀。", 2016),
    ("全面落实20212025规划。2023年,全县依法行政,2024年1月1日起施行新规。", 2023),
])
def test_years_to_ignore(text, year):
    assert infer_metadata(text, "x.txt").year == year


def test_inline_pinyin_is_removed_but_brackets_stay():
    assert strip_inline_pinyin("區(qū)域(2021年)和(ABC)") == "區域(2021年)和(ABC)"


# --- questions over a corpus with near-identical names --------------------------------------
DOCS = [("a", "湖南省长沙市", 2021), ("b", "湖南省长沙市长沙县", 2021), ("c", "吉林省", 2022), ("d", "吉林省吉林市", 2022),
        ("e", "天津市静海区", 2020), ("f", "静海区", 2023), ("g", "", 2022)]


@pytest.mark.parametrize("question,regions", [
    ("长沙县2021年行政复议", ("湖南省长沙市长沙县",)),
    ("长沙市2021年行政复议", ("湖南省长沙市",)),  # a prefecture without its counties ...
    ("长沙市及所辖区县2021年行政复议", ("湖南省长沙市", "湖南省长沙市长沙县")),  # ... unless asked
    ("吉林省2022年", ("吉林省",)),
    ("吉林市2022年", ("吉林省吉林市",)),
    ("静海区2020年", ("天津市静海区", "静海区")),
    ("天津静海的行政复议", ("天津市静海区", "静海区")),
    ("靜海區", ("天津市静海区", "静海区")),
])
def test_questions_resolve_places_by_code(question, regions):
    info = understand(question, DOCS)
    assert info.regions == regions and info.unknown_regions == ()


def test_an_ambiguous_name_is_answered_for_each_and_says_so():
    info = understand("吉林2022年行政复议", DOCS)
    assert info.regions == ("吉林省", "吉林省吉林市")
    assert info.ambiguous == (("吉林", ("吉林省", "吉林省吉林市")),)
    assert any("吉林省" in n and "吉林市" in n for n in info.notes)


def test_a_place_no_report_covers_is_unknown():
    assert understand("北京市2021年", DOCS).unknown_regions == ("北京市",)
    assert understand("长沙县2021年", [d for d in DOCS if d[0] != "b"]).unknown_regions == ("长沙县",)


def test_explicit_region_values_by_code():
    assert resolve_region("静海", DOCS) == ("天津市静海区", "静海区")
    assert resolve_region("长沙县", DOCS) == ("湖南省长沙市长沙县",)
    assert resolve_region("京", DOCS) == ()


SYNTHETIC = {
    "jinghai_2020.txt": "天津市静海区2020年法治政府建设情况报告\n2020年,静海区坚持依法行政,全区法治政府建设取得新成效。\n"
                        "一、主要工作\n全年办理行政复议案件31件,行政应诉案件12件。\n天津市静海区人民政府",
    "jinghai_2023.txt": "静海区2023年法治政府建设工作报告\n2023年,静海区深入推进依法行政,全区法治建设持续加强。\n"
                        "一、主要工作\n全年办理行政复议案件47件,行政应诉案件15件。",
    "changsha_city.txt": "长沙市2021年法治政府建设情况报告\n2021年,长沙市坚持依法行政,全市法治政府建设成效明显。\n"
                         "一、主要工作\n全年办理行政复议案件520件,纠错率8%。",
    "changsha_county.txt": "长沙县2021年法治政府建设情况报告\n2021年,在长沙市委、市政府的领导下,长沙县坚持依法行政,全县法治建设取得成效。\n"
                           "一、主要工作\n全年办理行政复议案件86件,纠错率5%。",
    "jilin_province.txt": "吉林省2022年法治政府建设情况报告\n2022年,吉林省深入推进依法行政,全省法治政府建设迈出新步伐。\n"
                          "一、主要工作\n全年办理行政复议案件1300件。",
    "jilin_city.txt": "吉林市2022年法治政府建设情况报告\n2022年,吉林市坚持依法行政,全市法治建设稳步推进。\n"
                      "一、主要工作\n全年办理行政复议案件210件。",
    "no_place.txt": "一、主要工作\n2022年,我局全年办理行政复议案件9件,依法行政水平提升。",
}


@pytest.fixture(scope="module")
def near_names_engine(tmp_path_factory):
    from rag.config import Config
    from rag.engine import Engine
    from rag.ingest.pipeline import ingest
    from tests.conftest import ROOT

    tmp = tmp_path_factory.mktemp("near-names")
    for name, text in SYNTHETIC.items():
        (tmp / name).write_text(text, encoding="utf-8")
    c = Config(base_dir=str(ROOT)).replace(paths={"index_dir": str(tmp / "index")}, embedding={"backend": "none"})
    assert ingest([tmp], c).ok
    return Engine.open(c)


def test_near_names_are_ingested_as_distinct_places(near_names_engine):
    got = {d.source: (d.region, d.region_code, d.year) for d in near_names_engine.documents()}
    assert got == {
        "jinghai_2020.txt": ("天津市静海区", "120118", 2020), "jinghai_2023.txt": ("天津市静海区", "120118", 2023),
        "changsha_city.txt": ("湖南省长沙市", "430100", 2021), "changsha_county.txt": ("湖南省长沙市长沙县", "430121", 2021),
        "jilin_province.txt": ("吉林省", "220000", 2022), "jilin_city.txt": ("吉林省吉林市", "220200", 2022),
        "no_place.txt": ("", "", 2022),
    }


@pytest.mark.parametrize("question,source,figure", [
    ("静海区2020年办理行政复议案件多少件？", "jinghai_2020.txt", "31件"),
    ("天津静海2023年办理行政复议案件多少件？", "jinghai_2023.txt", "47件"),
    ("长沙县2021年办理行政复议案件多少件？", "changsha_county.txt", "86件"),
    ("长沙市2021年办理行政复议案件多少件？", "changsha_city.txt", "520件"),
    ("吉林省2022年办理行政复议案件多少件？", "jilin_province.txt", "1300件"),
    ("吉林市2022年办理行政复议案件多少件？", "jilin_city.txt", "210件"),
])
def test_the_right_report_answers_and_nothing_existing_is_refused(near_names_engine, question, source, figure):
    a = near_names_engine.ask(question)
    assert not a.abstained, a.answer
    assert figure in a.answer
    assert {c.source for c in a.citations} == {source}


def test_a_report_with_unknown_region_is_searched_under_a_region_filter_and_said(near_names_engine):
    r = near_names_engine.search("行政复议案件", region="静海区")
    sources = {near_names_engine.document(h.chunk.doc_id).source for h in r.hits}
    assert sources == {"jinghai_2020.txt", "jinghai_2023.txt", "no_place.txt"}
    assert any("no known region" in n for n in r.notes)


CONTEXT_DOCS = [("l", "山东省临沂市", 2020, "371300"), ("g", "广西壮族自治区", 2021, "450000"),
                ("k", "广西壮族自治区桂林市", 2016, "450300"), ("y", "浙江省宁波市鄞州区", 2024, "330212"),
                ("w", "浙江省金华市义乌市", 2019, "330782")]


@pytest.mark.parametrize("question,regions,unknown", [
    ("临沂2020年报告中,兰陵县是否被评为全省首批示范县?", ("山东省临沂市",), ()),  # a part of a covered place is content
    ("桂林是不是广西第一个公布行政许可目录的地级市?", ("广西壮族自治区桂林市",), ()),  # the province is context
    ("浙江有哪些地方的法治政府建设报告?", ("浙江省宁波市鄞州区", "浙江省金华市义乌市"), ()),  # asks for its parts
    ("全省法治政府建设示范县有哪些?", (), ()),  # 范县 inside 示范县 is not a county
    ("法律援助惠民工程满意度", (), ()),  # 惠民 in a word is not 惠民县
])
def test_context_parts_and_words_inside_questions(question, regions, unknown):
    info = understand(question, CONTEXT_DOCS)
    assert (set(info.regions), info.unknown_regions) == (set(regions), unknown)


def test_the_answer_says_a_name_was_ambiguous_and_that_unplaced_reports_were_searched(near_names_engine):
    a = near_names_engine.ask("吉林2022年办理行政复议案件多少件？")
    assert any("吉林省" in f and "吉林市" in f for f in a.flags)
    b = near_names_engine.ask("静海区2020年办理行政复议案件多少件？", region="静海")
    assert any("no known region" in f for f in b.flags) and "31件" in b.answer


TOWN_DOCS = [("t", "重庆市武隆区白马镇", 2024, "500156"), ("c", "重庆市武隆区", 2023, "500156")]


@pytest.mark.parametrize("question,regions,unknown", [
    ("白马镇2024年法治政府建设", ("重庆市武隆区白马镇",), ()),  # a township named as its report names itself
    ("武隆区白马镇2024年", ("重庆市武隆区白马镇",), ()),
    ("武隆区2023年", ("重庆市武隆区",), ()),  # the county's question does not take its township's report
    ("武隆区及所辖乡镇的报告", ("重庆市武隆区", "重庆市武隆区白马镇"), ()),
])
def test_township_reports_are_filed_below_their_county(question, regions, unknown):
    info = understand(question, TOWN_DOCS)
    assert (info.regions, info.unknown_regions) == (regions, unknown)


@pytest.mark.parametrize("opening, unit", [
    ("2023年,在湖州市委、市政府领导下,全市市场监管系统扎实推进法治建设。", "市场监管局"),
    ("2022年,在浙江省委、省政府领导下,全省公安行政系统推进执法规范化。", "公安厅"),
])
def test_untitled_department_report_named_after_its_sector(opening, unit):
    """A department's report without a title line (我局… twice) takes its department from the sector
    its opening names (全市X系统 -> X局), so that lists of reports can name the unit."""
    text = opening + "\n一、主要举措\n我局始终把法治建设摆在突出位置。局党组定期研究部署。\n" + "推进工作。" * 20
    m = infer_metadata(text, "report_2023.txt")
    assert m.level == "department" and m.reporting_unit == unit



@pytest.mark.parametrize("title, unit", [
    ("宿州市市场监督管理局2024年度法治政府建设情况报告", "市场监督管理局"),
    ("芜湖市市政园林局2022年法治政府建设工作报告", "市政园林局"),
    ("蚌埠市司法局2023年度法治政府建设情况报告", "司法局"),
])
def test_a_titled_department_keeps_a_name_that_starts_with_a_level_character(title, unit):
    """The region is taken off the title, and a leftover level character with it (某某市 -> 市司法局 ->
    司法局), but not the first character of the department's own name (市场监督管理局, 市政园林局)."""
    text = (title + "\n\n2024年，" + title[:title.index("局") + 1] + "以习近平法治思想为指导，认真落实市委、市政府部署要求。\n"
            "一、主要举措和成效\n我局坚持依法行政。局党组定期研究部署法治建设。\n" + "推进工作。" * 20)
    m = infer_metadata(text, "report.txt")
    assert m.level == "department" and m.reporting_unit == unit
