"""File -> text: every encoding a Chinese government report arrives in, HTML, PDF, DOCX, and bad files."""
from __future__ import annotations

import codecs
import io
import os
import random
from pathlib import Path

import pytest

from rag.errors import IngestError
from rag.ingest.decoding import decode_text
from rag.ingest.loaders import (
    SUPPORTED,
    html_to_text,
    load_bytes,
    load_file,
    pdf_page_text,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Report-like lines taken from the seeds (Simplified from 002/003, Traditional from 000).
HANS = ("霍州市2023年法治政府建设报告\n"
        "2023年,霍州市法治政府建设工作坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神。\n"
        "一、2023年法治政府建设的主要举措和成效\n"
        "(一)坚持政治引领,强化党对法治政府建设的全面领导\n")
HANT = ("2021年是“十四五”全面建設法治政府的開局之年,長治市深入學習貫徹習近平法治思想。\n"
        "一、主要工作開展情況及成效\n"
        "全市法治政府建設還存在一些不足和問題:一是法治政府規范化建設還需進一步加強。\n")
NBSP_ROW = "海西州2020年度法治政府建设工作报告\n\xa0索\xa0引\xa0号\xa0 zzf/2021-00044 \xa0发布机构\xa0 州政府\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("text,enc,expected_codec", [
    (HANS, "utf-8", "utf-8"),
    (HANS, "utf-8-sig", "utf-8-sig"),
    (HANS, "utf-16", "utf-16-le"),  # Python writes a little-endian BOM
    (HANT, "utf-16-be-bom", "utf-16-be"),
    (HANS, "utf-16-le", "utf-16-le"),  # no BOM: found by the NUL pattern and plausibility
    (HANT, "utf-16-be", "utf-16-be"),
    (HANS, "gbk", "gbk"),
    (HANT, "gbk", "gbk"),  # Traditional characters in GBK
    (NBSP_ROW, "gb18030", "gb18030"),  # NBSP is not in GBK: four-byte GB18030
    (HANT, "big5", "big5"),
])
def test_text_encodings_are_detected(tmp_path, text, enc, expected_codec):
    data = codecs.BOM_UTF16_BE + text.encode("utf-16-be") if enc == "utf-16-be-bom" else text.encode(enc)
    loaded = load_file(_write(tmp_path, "report.txt", data))
    assert loaded == type(loaded)(text=text, encoding=expected_codec, kind="txt")


@pytest.mark.parametrize("enc", ["utf-8", "gbk", "gb18030", "utf-16-le", "utf-16-be"])
def test_every_seed_line_round_trips_through_detection(enc):
    """Each line of the seeds (8+ characters) alone, as a tiny file: no wrong guesses."""
    lines = {ln.strip() for f in SEEDS.glob("*.txt") for ln in f.read_text(encoding="utf-8").split("\n")}
    wrong = []
    for ln in sorted(x for x in lines if len(x) >= 8):
        try:
            data = ln.encode(enc)
        except UnicodeEncodeError:
            continue  # e.g. NBSP in GBK
        if decode_text(data)[0] != ln:
            wrong.append(ln)
    assert wrong == []


def test_big5_seed_lines_round_trip():
    lines = [ln.strip() for ln in (SEEDS / "000_a830e99e2ba91c42.txt").read_text(encoding="utf-8").split("\n")]
    checked = 0
    for ln in (x for x in lines if len(x) >= 8):
        try:
            data = ln.encode("big5")
        except UnicodeEncodeError:
            continue
        checked += 1
        assert decode_text(data) == (ln, "big5")
    assert checked >= 5


def test_crlf_and_cr_newlines_become_lf(tmp_path):
    p = _write(tmp_path, "a.txt", "第一行\r\n第二行\r第三行\n".encode("gbk"))
    assert load_file(p).text == "第一行\n第二行\n第三行\n"


def test_markdown_is_read_as_text(tmp_path):
    p = _write(tmp_path, "notes.md", "# 长治市\n\n- 行政复议".encode())
    assert load_file(p) == type(load_file(p))(text="# 长治市\n\n- 行政复议", encoding="utf-8", kind="md")


GOV_PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>测试县2022年法治政府建设工作报告-测试县人民政府</title><style>.a{color:red}</style>
<script>var t = "<p>脚本里的字</p>";</script></head>
<body><header><a href="/">网站首页</a> 政务公开</header>
<nav><ul><li>首页</li><li>信息公开</li></ul></nav>
<div class="crumb">首页 &gt; 政府信息公开 &gt; 工作报告</div>
<h1>测试县2022年法治政府建设工作报告</h1>
<!-- 注释不是正文 -->
<table class="info"><tr><td>索&nbsp;引&nbsp;号</td><td>cs/2023-001</td><td>发布机构</td><td>县政府</td></tr></table>
<div id="zoom">
<p>　　2022年，测试县坚持依法行政，
全面推进法治政府建设。</p>
<p>一、主要工作<br>（一）加强组织领导。</p>
<p style="display:none">隐藏的字</p>
<ul><li>行政复议12件</li><li>行政诉讼3件</li></ul>
<noscript>请启用脚本</noscript>
</div>
<footer>版权所有 测试县人民政府 ICP备12345号</footer>
</body></html>"""


def test_html_visible_text_keeps_paragraphs_and_drops_scripts(tmp_path):
    loaded = load_file(_write(tmp_path, "page.html", GOV_PAGE.encode("gbk")))
    assert loaded.kind == "html" and loaded.encoding == "gb18030"  # gb2312 label read as its superset
    assert loaded.text == (
        "首页 > 政府信息公开 > 工作报告\n\n"
        "测试县2022年法治政府建设工作报告\n\n"
        "索\xa0引\xa0号 cs/2023-001 发布机构 县政府\n\n"
        "\u3000\u30002022年，测试县坚持依法行政，全面推进法治政府建设。\n\n"  # source line break inside Chinese vanishes
        "一、主要工作\n（一）加强组织领导。\n\n"
        "行政复议12件\n行政诉讼3件"
    )


def test_html_without_charset_is_detected_big5(tmp_path):
    page = "<html><body><p>長治市深入學習貫徹習近平法治思想。</p><p>全市法治政府建設。</p></body></html>"
    loaded = load_file(_write(tmp_path, "p.htm", page.encode("big5")))
    assert (loaded.text, loaded.encoding) == ("長治市深入學習貫徹習近平法治思想。\n\n全市法治政府建設。", "big5")


def test_html_with_wrong_charset_label_falls_back_to_detection(tmp_path):
    page = '<html><head><meta charset="utf-8"></head><body><div>依法行政</div><div>法治政府</div></body></html>'
    loaded = load_file(_write(tmp_path, "p.html", page.encode("gbk")))
    assert (loaded.text, loaded.encoding) == ("依法行政\n法治政府", "gbk")


def test_html_pre_keeps_its_line_breaks():
    assert html_to_text("<pre>第一行\n  第二行</pre><p>a\nb</p>") == "第一行\n第二行\n\na b"


def make_pdf(pages: list[list[str]]) -> bytes:
    """A real, minimal PDF: a Type0 font (Identity-H, CID = Unicode code point) with a ToUnicode
    CMap, so text extraction recovers the Chinese exactly (no font file is needed for that)."""
    chars = sorted({ch for page in pages for line in page for ch in line})
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def "
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            f"{len(chars)} beginbfchar\n" + "\n".join(f"<{ord(c):04X}> <{ord(c):04X}>" for c in chars)
            + "\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end").encode()
    page_ids = [6 + 2 * i for i in range(len(pages))]
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {len(pages)} >>".encode(),
        3: b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
           b"/DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
        4: b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
           b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
        5: b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    }
    for pid, page in zip(page_ids, pages):
        ops = "BT /F1 12 Tf 14 TL 50 800 Td\n" + "".join(
            "<" + "".join(f"{ord(c):04X}" for c in line) + "> Tj T*\n" for line in page) + "ET"
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     f"/Resources << /Font << /F1 3 0 R >> >> /Contents {pid + 1} 0 R >>").encode()
        objs[pid + 1] = b"<< /Length %d >>\nstream\n" % len(ops) + ops.encode() + b"\nendstream"
    out, offsets = bytearray(b"%PDF-1.4\n"), {}
    for num in sorted(objs):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in sorted(objs))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def test_pdf_text_of_every_page(tmp_path):
    pdf = make_pdf([["海西州2020年度法治政府建设工作报告", "2020年，海西州坚持依法行政。"],
                    ["二、存在的问题", "一是基层法治力量不足。"]])
    loaded = load_file(_write(tmp_path, "r.pdf", pdf))
    assert loaded.kind == "pdf"
    assert loaded.text.split("\n") == ["海西州2020年度法治政府建设工作报告", "2020年，海西州坚持依法行政。", "",
                                       "二、存在的问题", "一是基层法治力量不足。", ""]


def test_pdf_without_text_layer_says_it_needs_ocr(tmp_path):
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    w.write(buf)
    with pytest.raises(IngestError, match=r"scan\.pdf: the PDF has no text layer .*needs OCR"):
        load_file(_write(tmp_path, "scan.pdf", buf.getvalue()))


@pytest.mark.parametrize("data", [b"%PDF-1.4\n1 0 obj << /Type /Catalog", b"not a pdf at all, just words"])
def test_corrupt_pdf_is_refused(tmp_path, data):
    with pytest.raises(IngestError, match=r"bad\.pdf: the PDF is damaged or not a PDF"):
        load_file(_write(tmp_path, "bad.pdf", data))


def test_pdf_page_text_repairs_spacing_and_wraps():
    assert pdf_page_text("法 治 政 府 建 设 工 作 报 告") == "法治政府建设工作报告"
    page = ("一、主要工作\n"
            "2021年，全市深入推进依法行政，严格落实重大行政决\n"
            "策程序规定，全面提升政府治理能力，持续优化营商环\n"
            "境。全年办理行政复议案件45件，同比下降百分之十二\n"
            "（一）加强组织领导\n"
            "市委常委会会议专题研究法治政府建设工作3次。")
    assert pdf_page_text(page) == ("一、主要工作\n"
                                   "2021年，全市深入推进依法行政，严格落实重大行政决策程序规定，全面提升政府治理能力，"
                                   "持续优化营商环境。全年办理行政复议案件45件，同比下降百分之十二\n"
                                   "（一）加强组织领导\n"
                                   "市委常委会会议专题研究法治政府建设工作3次。")
    title_page = "海西州2020年度法治政府建设工作报告\n2020年，海西州坚持依法行政。"
    assert pdf_page_text(title_page) == title_page  # no body width: nothing is joined


def _docx_bytes() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("青岚县2022年法治政府建设工作报告", level=1)
    d.add_paragraph("2022年，青岚县全面推进依法行政。")
    table = d.add_table(rows=2, cols=3)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(0, 2).text = "项目", "2021年", "2022年"
    table.cell(1, 0).text, table.cell(1, 1).text, table.cell(1, 2).text = "行政复议", "10件", "12件"
    merged = d.add_table(rows=1, cols=2)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "合并单元格"
    d.add_paragraph("")
    d.add_paragraph("二、存在问题")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    loaded = load_file(_write(tmp_path, "r.docx", _docx_bytes()))
    assert (loaded.kind, loaded.encoding) == ("docx", "docx")
    assert loaded.text == ("青岚县2022年法治政府建设工作报告\n2022年，青岚县全面推进依法行政。\n"
                           "项目 2021年 2022年\n行政复议 10件 12件\n合并单元格\n二、存在问题")


@pytest.mark.parametrize("data", [b"PK\x03\x04 truncated zip", "这不是Word文件".encode()])
def test_corrupt_docx_is_refused(tmp_path, data):
    with pytest.raises(IngestError, match=r"bad\.docx: the \.docx is damaged or not a Word document"):
        load_file(_write(tmp_path, "bad.docx", data))


def test_empty_and_whitespace_files(tmp_path):
    with pytest.raises(IngestError, match=r"empty\.txt: the file is empty \(0 bytes\)"):
        load_file(_write(tmp_path, "empty.txt", b""))
    with pytest.raises(IngestError, match=r"blank\.txt: the file contains no text, only whitespace"):
        load_file(_write(tmp_path, "blank.txt", " \r\n\u3000\n".encode("utf-8")))


@pytest.mark.parametrize("data,why", [
    (bytes(range(256)) * 20, "looks like a binary file"),
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "this is a PNG image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00", "this is a PDF document; rename it to .pdf"),
    (b"PK\x03\x04\x14\x00\x06\x00" + bytes(100), "a ZIP archive"),
])
def test_binary_files_are_refused(tmp_path, data, why):
    with pytest.raises(IngestError, match=rf"blob\.txt: .*{why}"):
        load_file(_write(tmp_path, "blob.txt", data))


def test_undecodable_text_is_refused_with_the_fix(tmp_path):
    rnd = random.Random(7)
    data = bytes(rnd.choice([0x80, 0x81, 0xA0, 0xFF, 0xFE, 0xC0, 0x85, 0x8D]) for _ in range(400))
    with pytest.raises(IngestError, match=r"noise\.txt: cannot tell the text encoding.*Re-save the file as UTF-8"):
        load_file(_write(tmp_path, "noise.txt", data))


def test_unknown_extension_lists_the_supported_ones(tmp_path):
    with pytest.raises(IngestError) as e:
        load_file(_write(tmp_path, "report.doc", b"x"))
    msg = str(e.value)
    assert "report.doc" in msg and "'.doc'" in msg and ", ".join(SUPPORTED) in msg and "\n" not in msg


def test_unreadable_paths(tmp_path):
    with pytest.raises(IngestError, match=r"missing\.txt: no such file"):
        load_file(tmp_path / "missing.txt")
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(IngestError, match=r"folder\.txt: is a folder, not a file"):
        load_file(tmp_path / "folder.txt")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied(tmp_path):
    p = _write(tmp_path, "secret.txt", "依法行政".encode())
    p.chmod(0)
    try:
        with pytest.raises(IngestError, match=r"secret\.txt: permission denied"):
            load_file(p)
    finally:
        p.chmod(0o600)


def test_size_limit(tmp_path):
    p = _write(tmp_path, "big.txt", "法治".encode() * 200_000)
    with pytest.raises(IngestError, match=r"big\.txt: 1\.1 MB is over the 1 MB limit"):
        load_file(p, max_mb=1)
    assert load_file(p, max_mb=2).text.startswith("法治")


def test_load_bytes_is_the_pure_core():
    assert load_bytes("x.TXT", "依法行政".encode("gbk")).text == "依法行政"
