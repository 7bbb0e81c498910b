"""Metadata inference on cleaned text (as the pipeline calls it), region rules, and the TOML sidecar."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from rag.errors import IngestError
from rag.ingest.clean import clean_text
from rag.ingest.metadata import (
    DocMeta,
    apply_sidecar,
    derive_title,
    find_title,
    infer_doc_number,
    infer_metadata,
    infer_published,
    infer_year,
    load_sidecar,
    save_sidecar,
)
from rag.places import find_mentions, infer_region
from rag.text.normalize import fold_chars

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def meta_of(raw: str, source: str = "report.txt") -> DocMeta:
    return infer_metadata(clean_text(raw), source)


def seed_meta(prefix: str) -> DocMeta:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return meta_of(path.read_text(encoding="utf-8"), path.name)


@pytest.mark.parametrize("prefix,region,year,title", [
    ("000", "山西省长治市", 2021, "长治市2021年法治政府建设情况报告"),  # Traditional text, Simplified metadata
    ("001", "江西省赣州市", 2019, "赣州市2019年法治政府建设情况报告"),  # body says only 我市; dated 2020 at the end
    ("002", "山西省临汾市霍州市", 2023, "霍州市2023年法治政府建设报告"),  # own title; 临汾市/山西省 are superiors
    ("003", "内蒙古自治区赤峰市元宝山区", 2024, "赤峰市元宝山区2024年法治政府建设情况报告"),
    ("004", "青海省海西蒙古族藏族自治州", 2020, "海西州2020年度法治政府建设工作报告"),  # published 2021, covers 2020
])
def test_seed_region_year_title(prefix, region, year, title):
    m = seed_meta(prefix)
    assert (m.region, m.year, m.title) == (region, year, title)


def test_seed_other_fields():
    m000, m001, m002, m003, m004 = (seed_meta(p) for p in ("000", "001", "002", "003", "004"))
    assert (m004.doc_number, m004.published, m004.publisher) == ("西政〔2021〕5号", "2021-02-26", "州政府")
    assert (m002.published, m002.doc_number) == ("2024-01-25", "")
    assert (m001.published, m001.publisher) == ("2020-02-28", "")
    assert (m000.published, m000.publisher) == ("", "長治市人民政府")  # the signature as written
    assert m003.published == "" and m003.sources == dict.fromkeys(
        ["title", "region", "year", "region_code", "level", "reporting_unit"], "inferred")
    fields = ["title", "region", "year", "publisher", "published", "doc_number", "region_code", "level", "reporting_unit"]
    assert m004.sources == dict.fromkeys(fields, "inferred")


COUNTY = """2022年,岚县坚持以习近平法治思想为指导,全面推进依法行政。现将有关情况报告如下:
一、主要工作
(一)加强组织领导。县委、县政府高度重视法治政府建设,全县召开专题会议3次。按照大同市和省里的部署,我县印发《岚县法治政府建设实施方案》。
(二)规范行政执法。全县行政执法机关开展培训12场,依托山西省行政执法平台归集数据,山西省司法厅通报表扬。
二、存在的问题
全县基层法治力量仍然薄弱。
岚县人民政府
2023年1月15日"""

DISTRICT_SIGNED_ONLY = """今年以来,我区在市委、市政府的坚强领导下,深入推进依法行政。现将2021年度法治政府建设情况报告如下:
一、主要做法
全区共办理行政复议案件45件,同比下降12%。我区对照山西省法治政府建设示范指标,逐项抓好落实,山西省委依法治省办给予肯定。
二、下一步打算
我区将继续推进全区法治政府建设。
大同市云州区人民政府
2022年2月10日"""

CITY_WITH_PROVINCE = """吉安市人民政府
关于2020年度法治政府建设情况的报告
吉府[2021]12号
2020年,在省委、省政府的坚强领导下,我市深入学习贯彻习近平法治思想,全市法治政府建设取得新成效。
一、主要成效
全市严格落实江西省重大行政决策程序规定,江西省司法厅对我市工作给予肯定。全年办理江西省交办事项20件,
转发《江西省人民政府关于加强行政执法的意见》(湘政发〔2020〕3号)。
二、存在问题
个别部门依法行政意识不强。
二〇二一年三月五日"""

AUTONOMOUS = """2021年,恩施土家族苗族自治州坚持以法治思维推进治理。全州行政执法案件办结率98%。
一、工作成效
恩施土家族苗族自治州人民政府出台规范性文件5件,全州各县市同步推进。"""

NEW_DISTRICT_WEB = """首页 > 政务公开 > 法治政府建设
长治市上党区2023年法治政府建设年度报告
发布时间：2024-03-20 【字体：大 中 小】
2023年,上党区坚持以习近平法治思想为引领,全区法治政府建设取得新进展。
一、主要工作
区政府常务会议学法4次,全区行政复议案件办结率100%。
网站地图 | 联系我们
版权所有 长治市上党区人民政府 晋ICP备0000001号"""


@pytest.mark.parametrize("raw,source,expected", [
    (COUNTY, "a.txt", ("山西省吕梁市岚县", 2022, "岚县2022年法治政府建设情况报告", "岚县人民政府", "2023-01-15", "")),
    (DISTRICT_SIGNED_ONLY, "b.txt",
     ("山西省大同市云州区", 2021, "大同市云州区2021年法治政府建设情况报告", "大同市云州区人民政府", "2022-02-10", "")),
    (CITY_WITH_PROVINCE, "c.txt",
     ("江西省吉安市", 2020, "吉安市人民政府关于2020年度法治政府建设情况的报告", "吉安市人民政府", "2021-03-05", "吉府〔2021〕12号")),
    (AUTONOMOUS, "d.txt", ("湖北省恩施土家族苗族自治州", 2021, "恩施土家族苗族自治州2021年法治政府建设情况报告", "", "", "")),
    (NEW_DISTRICT_WEB, "e.html",
     ("山西省长治市上党区", 2023, "长治市上党区2023年法治政府建设年度报告", "", "2024-03-20", "")),
    ("2021年,我县深入推进依法行政,全县法治政府建设取得明显成效。\n一、主要工作\n全县办理行政复议案件10件。",
     "沁源县2021年法治政府建设报告.txt", ("山西省长治市沁源县", 2021, "沁源县2021年法治政府建设情况报告", "", "", "")),
    ("一、主要工作\n全市办理行政复议案件10件。", "notes.txt", ("", None, "法治政府建设情况报告", "", "", "")),
])
def test_synthetic_reports(raw, source, expected):
    m = meta_of(raw, source)
    assert (m.region, m.year, m.title, m.publisher, m.published, m.doc_number) == expected


COUNTY_UNDER_A_LOUD_CITY = """2021年,在临汾市委、临汾市政府的正确领导下,我县坚持依法行政。临汾市司法局多次指导,临汾市考核优秀。
一、主要工作
全县办理行政复议案件12件。落实临汾市部署。县委常委会研究法治工作4次。
中共蒲县县委 蒲县人民政府
2022年1月20日"""


@pytest.mark.parametrize("raw,region", [
    (COUNTY_UNDER_A_LOUD_CITY, "山西省临汾市蒲县"),  # a two-character county, named only in the signature
    ("2023年,在赤峰市委、市政府的坚强领导下,松山区坚持依法行政,全区法治建设取得新进展。\n全区办理复议案件20件。", "内蒙古自治区赤峰市松山区"),
    ("2021年度法治政府建设情况报告\n2021年,朝阳区坚持依法行政,全区法治建设取得成效。北京市朝阳区人民政府印发规定。",
     "北京市朝阳区"),  # not 长春市朝阳区
    ("沛县2022年法治政府建设工作报告\n2022年,全县依法行政。", "江苏省徐州市沛县"),
])
def test_region_subject_signature_and_parent(raw, region):
    assert meta_of(raw).region == region


def test_short_and_full_autonomous_names_are_one_region():
    text = "海西州2020年度法治政府建设工作报告\n2020年,海西州坚持依法行政。修订《海西蒙古族藏族自治州自治条例》。"
    g = infer_region(text, title="海西州2020年度法治政府建设工作报告")
    assert (g.code, g.region, g.local) == ("632800", "青海省海西蒙古族藏族自治州", "海西蒙古族藏族自治州")


def test_province_in_context_does_not_win_over_the_city():
    text = "2021年,我市认真落实山西省委、山西省政府部署。山西省考核中我市位列第一。山西省法治督察组肯定。\n晋城市人民政府"
    assert infer_region(text).code == "140500"  # 晋城市


def test_a_province_report_is_a_province():
    text = "2020年,江西省深入推进依法行政,全省法治政府建设取得新成效。赣州市、南昌市作为示范。"
    assert infer_region(text, opening=text.split("。")[0]).code == "360000"  # 江西省


def test_names_are_found_in_traditional_text_and_counted_once():
    ms = find_mentions(fold_chars("長治市深入學習。印發《長治市法治社會建設實施方案》。襄垣縣、壺關縣。元宝山区"))
    assert [(m.text, m.codes) for m in ms] == [("长治市", ("140400",)), ("长治市", ("140400",)), ("襄垣县", ("140423",)),
                                              ("壶关县", ("140427",)), ("元宝山区", ("150403",))]  # not 宝山区 inside


def test_generic_words_are_not_places():
    text = "全市社区、园区、开发区和示范区,城市和市场,县区和各县,我市全区本县,赣南苏区和老区,城区和郊区。"
    assert [m.text for m in find_mentions(text) if not m.bare] == []


def test_title_rules():
    assert find_title(["霍州市2023年法治政府建设报告", "2024-01-25", "2023年,霍州市法治政府建设..."]) == "霍州市2023年法治政府建设报告"
    assert find_title(["长治市人民政府", "关于2021年度法治政府建设情况的报告", "2021年,全市..."]) == \
        "长治市人民政府关于2021年度法治政府建设情况的报告"
    assert find_title(["2019年,我市贯彻落实中央、省《法治政府建设实施纲要》。", "一、完善工作机制"]) == ""
    assert find_title(["一、主要工作开展情况", "二、存在问题"]) == ""  # headings are not titles
    assert find_title(["长治市2021年法治政府建设年度报告_长治市人民政府", "正文,"]) == "长治市2021年法治政府建设年度报告"


@pytest.mark.parametrize("text,title,opening,year", [
    ("", "霍州市2023年法治政府建设报告", "", 2023),
    ("", "", "2021年是“十四五”开局之年,长治市深入学习", 2021),
    ("今年以来,我市依法行政。现将2021年度法治政府建设情况报告如下:", "", "今年以来,我市依法行政", 2021),
    ("落实《法治政府建设实施纲要(2021-2025年)》。2020年我市复议案件10件。2020年诉讼5件。2019年数据。", "", "", 2020),
    ("", "二〇二一年度法治政府建设情况报告", "", 2021),
    ("没有年份。", "", "", None),
])
def test_year_rules(text, title, opening, year):
    assert infer_year(text, title, opening) == year


@pytest.mark.parametrize("lines,published", [
    (["标题", "2021-02-26", "正文。"], "2021-02-26"),
    (["标题", "发布时间：2024-01-25 10:30", "正文。"], "2024-01-25"),
    (["标题", "2024/1/5 09:00", "正文。"], "2024-01-05"),
    (["正文。", "长治市人民政府", "2020年2月28日"], "2020-02-28"),
    (["正文。", "吉安市人民政府", "二〇二一年十二月三十一日"], "2021-12-31"),
    (["标题", "成文日期：2021-02-20 发布日期：2021-02-26", "正文。"], "2021-02-26"),
    (["标题", "成文日期：2021年2月20日", "正文。"], "2021-02-20"),
    (["标题", "2021-02-30", "正文。"], ""),  # not a date
    (["正文里提到2021年3月1日的会议。"], ""),
])
def test_published_rules(lines, published):
    assert infer_published(lines) == published


@pytest.mark.parametrize("top,number", [
    (["文号 西政〔2021〕5号 公开日期 2021-02-26"], "西政〔2021〕5号"),
    (["发文字号：晋政办发[2022]12号"], "晋政办发〔2022〕12号"),
    (["标题", "长政发（2020）第3号"], "长政发〔2020〕3号"),
    (["标题", "转发《关于加强执法的意见》(湘政发〔2020〕3号),要求落实。"], ""),  # a cited document's number
])
def test_doc_number_rules(top, number):
    assert infer_doc_number(top) == number


# --- sidecar ---------------------------------------------------------------------------

def test_sidecar_round_trip_preserves_other_entries(tmp_path):
    path = tmp_path / "metadata.toml"
    path.write_text('["000_a.txt"]\nregion = "长治市"\nyear = 2021\n\n["keep.txt"]\ntitle = "保留"\n', encoding="utf-8")
    tricky = 'odd "name" \\ with ] and\nnewline.txt'
    save_sidecar(path, {"000_a.txt": {"region": "長治市", "year": 2022},
                        tricky: {"title": '带"引号"和\\反斜杠', "published": "2021-02-26"}})
    assert load_sidecar(path) == {
        "000_a.txt": {"region": "長治市", "year": 2022},
        "keep.txt": {"title": "保留"},
        tricky: {"title": '带"引号"和\\反斜杠', "published": "2021-02-26"},
    }
    assert tomllib.loads(path.read_text(encoding="utf-8"))["keep.txt"] == {"title": "保留"}
    assert [p.name for p in tmp_path.iterdir()] == ["metadata.toml"]  # no temporary file left behind


def test_save_sidecar_creates_the_file_and_refuses_bad_entries(tmp_path):
    path = tmp_path / "metadata.toml"
    save_sidecar(path, {"a.txt": {"year": 2020}})
    assert load_sidecar(path) == {"a.txt": {"year": 2020}}
    with pytest.raises(IngestError, match='entry "b.txt" field "year"'):
        save_sidecar(path, {"b.txt": {"year": "2020"}})
    assert load_sidecar(path) == {"a.txt": {"year": 2020}}  # unchanged


def test_missing_sidecar_is_empty(tmp_path):
    assert load_sidecar(tmp_path / "metadata.toml") == {}


def test_apply_sidecar_wins_and_is_marked():
    m = seed_meta("003")
    fixed = apply_sidecar(m, {"region": "松山区", "published": "2025-01-10"})
    assert (fixed.region, fixed.region_code, fixed.level, fixed.year, fixed.published) == \
        ("松山区", "150404", "district", 2024, "2025-01-10")  # the code follows the corrected name
    assert fixed.sources == {"title": "inferred", "region": "sidecar", "year": "inferred", "published": "sidecar",
                             "region_code": "sidecar", "level": "inferred", "reporting_unit": "inferred"}
    assert (m.region, m.region_code) == ("内蒙古自治区赤峰市元宝山区", "150403")  # frozen original untouched


def test_sidecar_region_that_names_no_known_place_keeps_the_text_and_no_code():
    fixed = apply_sidecar(seed_meta("003"), {"region": "某某开发区"})
    assert (fixed.region, fixed.region_code) == ("某某开发区", "")


@pytest.mark.parametrize("content,message", [
    ('["a.txt"\nregion = "x"\n', r"metadata\.toml: not valid TOML"),
    ('["a.txt"]\nregoin = "长治市"\n', r'entry "a\.txt" has unknown field "regoin"\. Valid fields: title, region, year'),
    ('["a.txt"]\nyear = "2021"\n', r'entry "a\.txt" field "year" = \'2021\' must be an integer like 2021'),
    ('["a.txt"]\nyear = true\n', r'field "year" = True must be an integer'),
    ('["a.txt"]\nyear = 21\n', r'field "year" = 21 is not a plausible report year'),
    ('["a.txt"]\nregion = 5\n', r'field "region" = 5 must be a string in quotes'),
    ('["a.txt"]\npublished = "2021/02/26"\n', r'field "published" = "2021/02/26" must be a date like "2021-02-26"'),
    ('region = "长治市"\n', r'entry "region" must be a table like \["region"\]'),
])
def test_bad_sidecar_messages(tmp_path, content, message):
    path = tmp_path / "metadata.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(IngestError, match=message) as e:
        load_sidecar(path)
    assert str(path) in str(e.value) and "\n" not in str(e.value)


@pytest.mark.parametrize("text", ["", "法", "😀😀法治政府😀", "Annual report on law-based government, 2021.", "\n\n\n"])
def test_edge_inputs_give_empty_fields_not_errors(text):
    m = infer_metadata(text, "x.txt")
    assert m.region == "" and m.doc_number == "" and m.published == ""
    assert m.title == derive_title("", m.year) and m.sources["title"] == "inferred"


def test_a_megabyte_report_keeps_its_metadata():
    text = clean_text(next(SEEDS.glob("004_*.txt")).read_text(encoding="utf-8"))
    big = text + "\n" + "全州法治宣传教育深入开展,群众满意度持续提升。" * 45000
    m = infer_metadata(big, "big.txt")
    assert (m.region, m.year, m.doc_number, len(big) > 1_000_000) == ("青海省海西蒙古族藏族自治州", 2020, "西政〔2021〕5号", True)
