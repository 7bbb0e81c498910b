"""Pure rendering of the web app: escaping, <mark> at exact offsets, chips, cards, examples."""
from __future__ import annotations

import json
import re

import pytest

from rag.config import Config
from rag.records import Answer, Citation, Document
from rag.ui import chat, render
from rag.ui.examples import example_questions, topic_of
from rag.ui.feedback import append_feedback, feedback_record
from rag.ui.i18n import STRINGS, norm_lang, t
from rag.ui.uploads import safe_name, save_uploads

TEXT = "一、总则\n测试市2022年行政复议纠错率为12.5%。<script>alert(1)</script>其余内容。"
DOC = Document(doc_id="d1", source="a.txt", text=TEXT, content_hash="h", title="测试市2022年报告",
               region="测试市", year=2022)
S = TEXT.index("测试市2022年")
E = TEXT.index("。<script>") + 1


def cite(n=1, start=S, end=E, text=TEXT, **kw) -> Citation:
    return Citation(n=n, doc_id="d1", source="a.txt", start=start, end=end, quote=text[start:end], **kw)


def test_escape_quotes_and_newlines():
    assert render.esc('<b a="1">&\'\n') == "&lt;b a=&quot;1&quot;&gt;&amp;&#x27;<br>"
    assert render.esc(None) == ""


@pytest.mark.parametrize("text,expected", [
    ("", ""),
    ("甲[1]", '甲<a class="cite-chip" href="#cite-7-1" title="[1]">1</a>'),
    ("[1][2]", '<a class="cite-chip" href="#cite-7-1" title="[1]">1</a><a class="cite-chip" href="#cite-7-2" title="[2]">2</a>'),
    ("甲[1, 2]乙", '甲<a class="cite-chip" href="#cite-7-1" title="[1]">1</a><a class="cite-chip" href="#cite-7-2" title="[2]">2</a>乙'),
    ("甲[3]", "甲[3]"),  # unknown marker stays literal
    ("<i>[1]</i>", '&lt;i&gt;<a class="cite-chip" href="#cite-7-1" title="[1]">1</a>&lt;/i&gt;'),
    ("a\n[2]🙂", 'a<br><a class="cite-chip" href="#cite-7-2" title="[2]">2</a>🙂'),
])
def test_answer_body_chips(text, expected):
    assert render.answer_body(text, 7, {1, 2}) == expected


def test_streaming_body_has_no_chips():
    assert render.answer_body("x[1]", None, {1}) == "x[1]"


def test_render_answer_parts_and_no_newlines():
    ans = Answer(question="纠错率?", answer="为12.5%[1]。<img src=x onerror=alert(1)>", citations=(cite(),),
                 rewritten_question="测试市2022年行政复议纠错率是多少?", flags=("部分句子缺少依据 <b>",), mode="extractive")
    out = render.render_answer(ans, 3, "zh")
    assert "\n" not in out
    assert out.startswith('<div class="rag-answer" id="answer-3">')
    assert '<div class="rag-rewrite">已将追问理解为：<q>测试市2022年行政复议纠错率是多少?</q></div>' in out
    assert '<a class="cite-chip" href="#cite-3-1" title="[1]">1</a>' in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out and "<img" not in out
    assert "<li>部分句子缺少依据 &lt;b&gt;</li>" in out
    assert out.endswith('<div class="rag-meta">回答方式 extractive · 1 个来源</div></div>')


def test_rewrite_hidden_when_same_as_question():
    ans = Answer(question="问题", answer="答", rewritten_question="问题")
    assert "rag-rewrite" not in render.render_answer(ans, 1)


def test_card_marks_exact_span_with_context():
    c = cite(section="一、总则 > <x>")
    out = render.render_card(c, TEXT, 5, selected=True, lang="zh")
    before, span, after = TEXT[:S], TEXT[S:E], TEXT[E:]
    expected_ctx = (render._esc_block(before) + "<mark>" + render._esc_block(span) + "</mark>"
                    + render._esc_block(after))
    assert f'<div class="src-ctx">{expected_ctx}</div>' in out
    assert re.findall(r"<mark>(.*?)</mark>", out) == ["测试市2022年行政复议纠错率为12.5%。"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out and "<script>" not in out
    assert 'class="src-card selected" id="src-5-1"' in out
    assert "章节：一、总则 &gt; &lt;x&gt;" in out
    assert '<button type="button" class="src-view" id="view-5-1">查看原文</button>' in out


def test_card_context_is_bounded_with_ellipses():
    text = "甲" * 500 + "目标" + "乙" * 500
    c = Citation(n=2, doc_id="d1", source="a.txt", start=500, end=502, quote="目标")
    ctx = re.search(r'<div class="src-ctx">(.*?)</div>', render.render_card(c, text, 0)).group(1)
    assert ctx == "…" + "甲" * 200 + "<mark>目标</mark>" + "乙" * 200 + "…"


def test_card_with_stale_offsets_shows_quote_without_viewer():
    c = cite()
    out = render.render_card(c, "完全不同的文本" * 20, 1)
    assert "<mark>测试市2022年行政复议纠错率为12.5%。</mark>" in out
    assert "src-view" not in out


def test_sources_panel_states():
    assert "回答的来源会显示在这里" in render.render_sources((), {}, None)
    assert "没有引用来源" in render.render_sources((), {}, 3)
    out = render.render_sources((cite(1), cite(2, start=0, end=4)), {"d1": TEXT}, 3, selected=2)
    assert out.count('class="src-card"') == 1 and out.count('class="src-card selected"') == 1
    assert 'id="src-3-2"' in out


def test_report_marks_exact_offsets():
    out = render.render_report(DOC, S, E)
    body = out.split('<div class="report-text">', 1)[1]
    marked = re.search(r'<mark id="report-mark" class="report-mark">(.*?)</mark>', body).group(1)
    assert marked == render._esc_block(TEXT[S:E])
    assert body.startswith(render._esc_block(TEXT[:S]) + '<mark id="report-mark"')
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out and "<script>" not in out
    assert f"位置 [{S}, {E})" in out


@pytest.mark.parametrize("start,end", [(None, None), (5, 5), (-1, 3), (0, len(TEXT) + 1), (9, 2)])
def test_report_without_valid_span_has_no_mark(start, end):
    out = render.render_report(DOC, start, end)
    assert "<mark" not in out and render._esc_block(TEXT) in out


def test_lines_escape():
    assert render.render_lines(["<a>", "ok"], "warn") == '<div class="rag-lines warn"><div>&lt;a&gt;</div><div>ok</div></div>'


def test_topics_and_examples_from_metadata():
    assert topic_of("（一）深化“放管服”改革,依法全面高效履行政府职能") == "深化“放管服”改革"
    assert topic_of("(二)加强党的领导 健全法治政府建设保障体系") == "加强党的领导"
    assert topic_of("（三）") == ""
    a = Document(doc_id="a", source="x.txt", text="", content_hash="1", region="甲市", year=2021)
    b = Document(doc_id="b", source="y.txt", text="", content_hash="2", region="乙县", year=None)
    secs = {"a": ["一、成效 > （一）推进依法决策,提升效能", "二、存在的问题", "三、下一步工作安排"],
            "b": ["一、工作情况 > 1.规范执法", "二、问题和不足"]}
    assert example_questions([a, b], secs, "zh") == [
        "甲市2021年在“推进依法决策”方面做了哪些工作？", "乙县在“规范执法”方面做了哪些工作？",
        "甲市2021年法治政府建设存在哪些问题和不足？", "乙县法治政府建设存在哪些问题和不足？",
        "甲市下一步推进法治政府建设有哪些打算？"]
    assert example_questions([a], secs, "en", limit=1) == ["What did 甲市 do on “推进依法决策” in 2021?"]
    assert example_questions([], {}, "zh") == []


def test_i18n_tables_have_same_keys():
    assert set(STRINGS["zh"]) == set(STRINGS["en"])
    assert norm_lang("zh-CN") == "zh" and norm_lang("en_US") == "en" and norm_lang("fr") == "zh"
    assert t("no-such-key", "en") == "no-such-key"


def test_settings_and_refs():
    assert chat.Settings(region="甲市", year="", k=0, mode="bm25").ask_kwargs() == {
        "region": "甲市", "year": None, "k": None, "mode": "bm25", "llm": None}
    with pytest.raises(chat.RagError, match="not a year"):
        chat.Settings(year="二〇二一").ask_kwargs()
    assert chat.parse_ref({"aid": "3", "n": 2}) == (3, 2)
    with pytest.raises(chat.RagError, match="Bad source reference"):
        chat.parse_ref({"aid": "x"})
    session = chat.new_session()
    session["answers"][1] = Answer(question="q", answer="a[1]", citations=(cite(),))
    assert chat.citation_of(session, 1, 1).start == S
    with pytest.raises(chat.RagError, match="Valid: 1"):
        chat.citation_of(session, 1, 9)
    with pytest.raises(chat.RagError, match="not in this conversation"):
        chat.citation_of(session, 4, 1)


@pytest.mark.parametrize("name,expected", [
    ("../../etc/passwd", "passwd"), ("..\\..\\win.ini", "win.ini"), ("报告 2022.txt", "报告_2022.txt"),
    (".hidden.md", "hidden.md"), ("", "upload"), ("a<>|?.PDF", "a_.PDF"), ("x" * 300 + ".txt", "x" * 116 + ".txt"),
])
def test_safe_name(name, expected):
    assert safe_name(name) == expected


def test_save_uploads_limits_types_and_collisions(tmp_path):
    cfg = Config(base_dir=str(tmp_path)).replace(paths={"index_dir": str(tmp_path / "vs" / "index")},
                                                   ui={"max_upload_mb": 0.001})
    src = tmp_path / "in"
    src.mkdir()
    (src / "small.txt").write_text("甲", encoding="utf-8")
    (src / "big.txt").write_text("乙" * 1000, encoding="utf-8")
    (src / "bad.exe").write_bytes(b"MZ")
    batch = save_uploads([src / "small.txt", src / "big.txt", src / "bad.exe"], cfg, "en")
    assert batch.saved == [tmp_path / "vs" / "index" / "uploads" / "small.txt"]
    assert batch.rejected[0].startswith("big.txt is 0.0 MB, over the 0.001 MB limit")
    assert batch.rejected[1].startswith("bad.exe: unsupported format")
    again = save_uploads([src / "small.txt"], cfg).saved  # same content: same file
    assert again == batch.saved
    (src / "small.txt").write_text("丙", encoding="utf-8")
    assert save_uploads([src / "small.txt"], cfg).saved == [tmp_path / "vs" / "index" / "uploads" / "small-2.txt"]


def test_feedback_jsonl(tmp_path):
    path = tmp_path / "fb" / "feedback.jsonl"
    ans = Answer(question="问<", answer="答[1]", citations=(cite(),), flags=("f",))
    append_feedback(path, feedback_record(ans, True, "zh", {"k": 3}, when=0))
    append_feedback(path, feedback_record(ans, False, "en"))
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert [r["liked"] for r in rows] == [True, False]
    assert rows[0]["question"] == "问<" and rows[0]["citations"][0]["quote"] == TEXT[S:E]
    assert rows[0]["settings"] == {"k": 3} and "问<" in path.read_text(encoding="utf-8")
