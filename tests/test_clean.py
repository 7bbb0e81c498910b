"""Web-page residue removal and whitespace normalisation: exact outputs, seeds, and what must survive."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rag.ingest.clean import (
    clean_text,
    is_breadcrumb,
    is_footer_line,
    normalize_header_row,
    strip_residue_report,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


CRAFTED = (
    "当前位置：首页 » 政务公开 » 法治政府建设\n"
    "【字体：大 中 小】【打印】【关闭】\n"
    "\n"
    "青岚县2022年法治政府建设工作报告\n"
    "发布时间：2023-01-15 【字体：大 中 小】【打印本页】\n"
    "\u3000\u30002022年，青岚县\u00a0\u00a0坚持依法行政。\u200b全年办理复议案件12件。\t\n"
    "\n\n\n"
    "一、主要工作\r\n"
    "（一）加强\u2002知识产权和版权保护，推进政府网站无障碍建设。\n"
    "分享到：\n"
    "青岚县人民政府\n"
    "2023年1月15日\n"
    "\n"
    "相关链接\n"
    "青岚县2021年法治政府建设工作报告\n"
    "青岚县人民政府关于印发2023年工作要点的通知 2023-02-01\n"
    "\n"
    "网站地图 | 联系我们 | 关于我们\n"
    "主办单位：青岚县人民政府办公室 承办单位：青岚县大数据中心\n"
    "地址：青岚县人民路1号 邮编：036000\n"
    "版权所有©青岚县人民政府 晋ICP备12345678号\n"
    "晋公网安备 14000002000001号 网站标识码：1400000001\n"
    "建议使用1920*1080分辨率，IE10以上浏览器浏览本站\n"
)


def test_crafted_page_exact_output():
    assert clean_text(CRAFTED) == (
        "青岚县2022年法治政府建设工作报告\n"
        "发布时间：2023-01-15\n"
        "2022年，青岚县 坚持依法行政。全年办理复议案件12件。\n"
        "\n"
        "一、主要工作\n"
        "（一）加强 知识产权和版权保护，推进政府网站无障碍建设。\n"
        "青岚县人民政府\n"
        "2023年1月15日"
    )


def test_residue_report_names_each_removed_line():
    assert strip_residue_report(CRAFTED) == [
        "breadcrumb: 当前位置：首页 » 政务公开 » 法治政府建设",
        "control: 【字体：大 中 小】【打印】【关闭】",
        "control: 分享到：",
        "footer: 网站地图 | 联系我们 | 关于我们",
        "footer: 主办单位：青岚县人民政府办公室 承办单位：青岚县大数据中心",
        "footer: 地址：青岚县人民路1号 邮编：036000",
        "footer: 版权所有©青岚县人民政府 晋ICP备12345678号",
        "footer: 晋公网安备 14000002000001号 网站标识码：1400000001",
        "footer: 建议使用1920*1080分辨率，IE10以上浏览器浏览本站",
        "related: 相关链接",
        "related: 青岚县2021年法治政府建设工作报告",
        "related: 青岚县人民政府关于印发2023年工作要点的通知 2023-02-01",
    ]


def test_seed_002_footer_and_page_chrome_gone_body_intact():
    raw = seed("002")
    text = clean_text(raw)
    assert text.startswith("霍州市2023年法治政府建设报告\n\n2024-01-25\n\n2023年,霍州市法治政府建设工作坚持")
    assert text.endswith("进一步推动霍州治理体系和治理能力现代化建设不断进步,走在前列。")
    for residue in ("首页", "【字体", "网站地图", "ICP备", "公网安备", "版权所有", "主办单位", "分辨率", "适老化", "\xa0"):
        assert residue not in text
    body = raw[raw.index("2023年,霍州市法治政府"):raw.index("走在前列。") + len("走在前列。")]
    body_lines = [ln.strip() for ln in body.split("\n") if ln.strip()]  # str.strip() also strips U+2002
    assert [ln for ln in text.split("\n") if ln][2:] == body_lines  # every body line kept, in order
    assert "\n\n\n" not in text


def test_seed_001_trailing_related_heading_removed():
    raw = seed("001")
    assert raw.rstrip().endswith("2020年2月28日\n相关文章")
    text = clean_text(raw)
    assert text == raw.rstrip()[: -len("\n相关文章")]


def test_seed_004_header_rows_kept_with_normal_spacing():
    lines = clean_text(seed("004")).split("\n")
    assert lines[:5] == ["海西州2020年度法治政府建设工作报告", "2021-02-26", "索引号 zzf/2021-00044 发布机构 州政府",
                         "文号 西政〔2021〕5号 公开日期 2021-02-26", ""]


def test_seed_000_lost_characters_after_a_full_stop_removed():
    raw = seed("000")
    text = clean_text(raw)
    assert "。??" in raw and "??" not in text
    assert text == raw.replace("。??", "。").strip()


def test_seed_003_without_residue_is_unchanged():
    raw = seed("003")
    assert clean_text(raw) == raw.strip()


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_clean_is_idempotent_on_seeds(name):
    once = clean_text(seed(name))
    assert clean_text(once) == once


@pytest.mark.parametrize("line", [
    "首页 > 政府信息公开 > 工作报告", "首页 › 新闻中心", "网站首页 » 政务公开 » 规划计划", "首页＞政务公开＞法治政府",
    "首页>>信息公开>>年度报告", "您现在的位置：首页 > 政务公开", "当前位置: 政务公开 > 法治政府建设 > 年度报告",
    "政务公开 > 法治政府建设 > 年度报告",
])
def test_breadcrumbs(line):
    assert is_breadcrumb(line)
    assert clean_text(f"{line}\n正文第一句。") == "正文第一句。"


@pytest.mark.parametrize("line", [
    "行政复议纠错率>5%", "2021年>2020年", "A > B", "全市>全省平均水平,居第一", "收入增长 > 支出增长 > 债务增长,结构优化。",
])
def test_not_breadcrumbs(line):
    assert not is_breadcrumb(line)
    assert clean_text(line) == line


@pytest.mark.parametrize("line", [
    "【字体:大 中 小】", "【字体：", "字号：大 中 小", "【打印本页】【关闭窗口】", "打印本页 关闭窗口", "分享到:",
    "[打印] [关闭]", "繁體 | 无障碍 | 长者模式",
])
def test_control_lines_removed(line):
    assert clean_text(f"正文第一句。\n{line}\n正文第二句。") == "正文第一句。\n正文第二句。"


def test_trailing_controls_cut_from_a_metadata_line():
    assert clean_text("发布日期：2021-02-26 浏览次数：123 【字体：大 中 小】【打印】") == "发布日期：2021-02-26"


@pytest.mark.parametrize("body_end", [
    "严格保护知识产权和版权,全年查处侵犯版权案件3件。",
    "推进政府网站集约化建设,本网站全年发布信息1200条。",
    "加快无障碍环境建设。",
    "长治市人民政府",
    "主办单位责任落实不到位的问题仍然存在,需要进一步加强。",
])
def test_body_text_that_mentions_footer_words_survives(body_end):
    text = f"一、存在问题\n部分单位依法行政意识不强。\n{body_end}"
    assert clean_text(text) == text


def test_footer_words_inside_the_body_are_never_touched():
    text = "网站地图\n2021年,全市依法行政。\n联系我们的方式写在附件。\n二、下一步工作\n继续推进。"
    assert clean_text(text) == text


def test_footer_line_rules():
    assert is_footer_line("晋ICP备07003720号 网站标识码:1410820001")
    assert is_footer_line("适老化无障碍服务认证标识")
    assert not is_footer_line("推进适老化无障碍改造,全年改造公共服务场所30处,惠及群众2万人。")


def test_unmarked_lines_count_as_footer_only_between_footer_lines():
    text = "正文。\n长治市人民政府\n2022年3月1日\n网站地图\n电话：0355-1234567\n版权所有"
    assert clean_text(text) == "正文。\n长治市人民政府\n2022年3月1日"


def test_related_heading_in_the_middle_is_kept():
    text = "一、工作情况\n相关链接\n全市共建成法治宣传阵地30个。\n二、存在问题"
    assert clean_text(text) == text


def test_whitespace_normalisation():
    raw = "\n\n  第一段\u00a0\u00a0\u3000内容\u200b。 \r\n\r\n\r\n\t第二段\u2002内容。\n\n"
    assert clean_text(raw) == "第一段 内容。\n\n第二段 内容。"


def test_header_row_spacing():
    assert normalize_header_row("索 引 号 zzf/2021-00044 发布机构 州政府") == "索引号 zzf/2021-00044 发布机构 州政府"
    assert normalize_header_row("文  号 西政〔2021〕5号") == "文号 西政〔2021〕5号"
    body = "文 号管理规范,全年无差错。"
    assert normalize_header_row(body) == body


def test_empty_and_residue_only_inputs():
    assert clean_text("") == ""
    assert clean_text("\n \u3000\n") == ""
    assert clean_text("首页 > 信息公开\n【字体:大 中 小】\n版权所有 ICP备1号") == ""


LINE = st.text(alphabet=st.sampled_from(list("法治政府建设报告全市我区年月日一二三、，。：；（）() >»【】字体大中小网站地图版权所有ICP备0123\u00a0\u3000\t")),
               max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.lists(LINE, max_size=12))
def test_clean_is_idempotent_and_only_removes(lines):
    raw = "\n".join(lines)
    once = clean_text(raw)
    assert clean_text(once) == once
    assert "\n\n\n" not in once and once == once.strip()
    kept = set(once.replace("\n", "").replace(" ", ""))
    assert kept <= set(raw)  # nothing is ever added


def test_site_menu_lines_before_the_title_removed():
    raw = "网站首页\n走进青岚\n政务公开\n政民互动\n\n青岚县2022年法治政府建设工作报告\n2022年，全县依法行政。"
    assert clean_text(raw) == "青岚县2022年法治政府建设工作报告\n2022年，全县依法行政。"
    assert strip_residue_report(raw)[:2] == ["menu: 网站首页", "menu: 走进青岚"]
    short_heading = "概述\n总则\n2022年，全县依法行政。"  # short lines, but no menu words
    assert clean_text(short_heading) == short_heading


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["【字体：大 中 小】", "【打印】", "打印本页", "关闭窗口", "分享到：", "浏览次数：123", "阅读量: ٣",
                                 "字号：大中小", " ", "\u3000", "正文。", "2024-01-25", "】", "小", "页", "口", "到", "１２",
                                 "发布日期：", "全年办结", "\t"]), min_size=1, max_size=8))
def test_trailing_controls_guard_never_skips_a_match(pieces):
    """The quick check before the trailing-controls expression is only a shortcut."""
    from rag.ingest.clean import (
        _TRAILING_CONTROLS,
        _may_end_in_controls,
        normalize_line,
    )

    line = normalize_line("".join(pieces))
    if line and _TRAILING_CONTROLS.sub("", line) != line:
        assert _may_end_in_controls(line)
