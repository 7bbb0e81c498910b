"""The web app in a real browser: Debian's Chromium (never `playwright install`) against a
real `rag serve` subprocess over a scratch copy of seeds/ plus two reports written here.

One server and one page per module; the tests run in order and share the conversation.
Screenshots go to tests/artifacts/ (gitignored).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rag.config import ROOT
from rag.ui.devserver import ServeProcess, write_config

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "tests" / "artifacts"
XSS_REPORT = ("永和县2020年法治政府建设工作报告\n一、主要工作\n"
              "永和县2020年行政执法案卷评查合格率为97.3%。<script>window.__pwned=1</script>"
              "<img src=x onerror=\"window.__pwned=2\">全县推行行政执法公示制度。\n"
              "二、存在的问题\n永和县执法人员培训覆盖面不足。\n")
UPLOAD_REPORT = ("测试市2022年法治政府建设年度报告\n一、主要工作和成效\n（一）规范行政执法\n"
                 "2022年，测试市行政执法案卷评查优秀率达到87.65%，比上年提高4.2个百分点。\n"
                 "（二）化解行政争议\n测试市全年办理行政复议案件321件。\n二、存在的问题\n基层执法力量仍显薄弱。\n")
QUESTION = "长治市2021年行政复议综合纠错率是多少?"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: run `make browser-deps` (apt-get install chromium fonts-noto-cjk)")
    pytest.importorskip("playwright.sync_api", reason="playwright (Python) is not installed: pip install playwright")
    work = tmp_path_factory.mktemp("ui_browser")
    seeds = work / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    (seeds / "900_xss.txt").write_text(XSS_REPORT, encoding="utf-8")
    srv = ServeProcess(write_config(work, seeds))
    srv.start()
    srv.work = work
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        pg = browser.new_page(viewport={"width": 1400, "height": 950}, locale="zh-CN")
        pg.dialogs = []
        pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
        pg.goto(server.url)
        pg.wait_for_selector("#rag-question textarea", timeout=60_000)
        yield pg
        browser.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"ui_{name}.png"))


FINISHED = "#rag-chat .rag-answer:not(.rag-streaming)"  # final answers, errors and notices


def ask(page, question: str) -> str | None:
    """Ask in the chat; once the reply is final, return its id (answer-N; None for an error)."""
    before = page.locator(FINISHED).count()
    page.fill("#rag-question textarea", question)
    page.click("#rag-send")
    page.wait_for_function("([sel, n]) => document.querySelectorAll(sel).length > n", arg=[FINISHED, before],
                           timeout=120_000)
    return page.locator(FINISHED).last.get_attribute("id")


def span_check(page) -> tuple[str, str, int]:
    """(full text, marked text, characters before the mark) of the open report viewer."""
    return tuple(page.evaluate("""() => {
        const box = document.querySelector('#rag-report .report-text');
        const mark = box.querySelector('#report-mark');
        const r = document.createRange(); r.setStart(box, 0); r.setEndBefore(mark);
        return [box.textContent, mark.textContent, r.toString().length];
    }"""))


def test_page_shows_status_and_generated_examples(page):
    status = page.inner_text("#rag-status")
    assert "已索引 6 份报告" in status and "回答方式" in status
    examples = page.locator("#rag-examples button").all_inner_texts()
    assert len(examples) >= 3 and any("永和县" in e for e in examples), examples
    shot(page, "0_start")


def test_streamed_answer_chip_card_and_report_span(page):
    page.evaluate("""() => { window.__sawStreaming = false;
        new MutationObserver(() => { if (document.querySelector('#rag-chat .rag-streaming')) window.__sawStreaming = true; })
          .observe(document.body, {subtree: true, childList: true}); }""")
    aid = ask(page, QUESTION)
    answer = page.locator(f"#{aid}")
    assert page.evaluate("window.__sawStreaming") is True
    assert "59.46%" in answer.inner_text()
    chip = answer.locator("a.cite-chip").first
    n = chip.inner_text().strip()
    chip.click()
    card = page.locator(f"#rag-sources #src-{aid.split('-')[1]}-{n}.selected")
    card.wait_for(timeout=30_000)
    quote = card.locator("mark").evaluate("m => m.textContent")
    assert quote and "59.46%" in quote
    start, end = (int(x) for x in card.locator(".src-pos").inner_text().rsplit("[", 1)[1].rstrip(")").split(","))
    shot(page, "1_answer_and_card")
    card.locator("button.src-view").click()
    page.wait_for_selector("#rag-report #report-mark", timeout=30_000)
    full, marked, before = span_check(page)
    assert marked == quote and before == start and full[start:end] == quote
    assert page.locator("#report-mark").is_visible()
    shot(page, "2_report_view")
    page.click("#rag-report .report-close")
    page.wait_for_selector("#rag-report .report-modal", state="detached", timeout=10_000)


def test_followup_shows_rewrite_and_old_chips_keep_their_sources(page):
    first = page.locator("#rag-chat .rag-answer[id^=answer-]").first.get_attribute("id")
    aid = ask(page, "那2022年呢？")
    rewrite = page.locator(f"#{aid} .rag-rewrite")
    assert rewrite.count() == 1 and "长治市2022年" in rewrite.inner_text()
    page.locator(f"#{first} a.cite-chip").first.click()
    page.wait_for_selector(f"#rag-sources .src-panel[data-aid='{first.split('-')[1]}'] .src-card.selected",
                           timeout=30_000)
    shot(page, "3_followup")


def test_like_appends_feedback_jsonl(page, server):
    page.locator("#rag-chat button[aria-label='Like'], #rag-chat button[aria-label='赞']").first.click()
    path = server.work / "vectorstore" / "feedback.jsonl"
    page.wait_for_function("() => true")  # let the event round-trip
    for _ in range(40):
        if path.exists() and path.read_text(encoding="utf-8").strip():
            break
        page.wait_for_timeout(250)
    row = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert row["liked"] is True and row["question"] == QUESTION and row["citations"]


def pick(page, elem_id: str, option: str) -> None:
    page.click(f"#{elem_id} input")
    page.get_by_role("option", name=option, exact=True).click()


def test_backend_error_is_a_message_not_a_traceback(page):
    page.locator("#rag-settings > button").first.click()  # open the settings accordion
    pick(page, "rag-llm", "openai")  # no [llm] model configured: a RagError
    ask(page, QUESTION)
    err = page.locator("#rag-chat .rag-error").last.inner_text()
    assert err.startswith("出错了：") and "[llm] model" in err and "Traceback" not in err
    shot(page, "3b_error")
    pick(page, "rag-llm", "extractive")


def test_script_in_report_is_inert(page):
    aid = ask(page, "永和县2020年行政执法案卷评查合格率是多少？")
    page.locator(f"#{aid} a.cite-chip").first.click()
    page.locator("#rag-sources .src-card.selected button.src-view").click()
    page.wait_for_selector("#rag-report #report-mark", timeout=30_000)
    text = page.locator("#rag-report .report-text").inner_text()
    assert "<script>window.__pwned=1</script>" in text and "onerror" in text
    assert page.evaluate("typeof window.__pwned") == "undefined" and page.dialogs == []
    assert page.locator("#rag-report .report-text script, #rag-report .report-text img").count() == 0
    shot(page, "4_script_inert")
    page.keyboard.press("Escape")
    page.wait_for_selector("#rag-report .report-modal", state="detached", timeout=10_000)


def test_upload_is_searchable_without_restart(page, server):
    upload = server.work / "测试市2022年报告.txt"
    upload.write_text(UPLOAD_REPORT, encoding="utf-8")
    broken = server.work / "broken.pdf"
    broken.write_bytes(b"this is not a PDF")
    dup = server.work / "copy_of_seed.txt"
    shutil.copyfile(ROOT / "seeds" / "003_e7e9fa6d3e319639.txt", dup)
    page.locator("#rag-tabs button[role=tab]").nth(1).click()
    page.set_input_files("#rag-upload input[type=file]", [str(upload), str(broken), str(dup)])
    page.wait_for_timeout(500)
    page.click("#rag-upload-btn")
    page.wait_for_selector("#rag-upload-msg .rag-lines", timeout=120_000)
    msg = page.inner_text("#rag-upload-msg")
    assert "新增 1 份" in msg and "无法读取：" in msg and "broken.pdf" in msg and "重复：" in msg, msg
    assert str(server.work) not in msg  # no server paths in the browser
    assert "测试市2022年报告.txt" in page.inner_text("#rag-doc-table")
    assert (server.work / "vectorstore" / "index" / "uploads" / "测试市2022年报告.txt").exists()
    shot(page, "5_upload")
    page.locator("#rag-tabs button[role=tab]").nth(0).click()
    assert "已索引 7 份报告" in page.inner_text("#rag-status")
    aid = ask(page, "测试市2022年行政执法案卷评查优秀率是多少？")
    assert "87.65%" in page.inner_text(f"#{aid}")
    page.locator(f"#{aid} a.cite-chip").first.click()
    card = page.locator("#rag-sources .src-card.selected")
    card.wait_for(timeout=30_000)
    assert "测试市2022年报告.txt" in card.inner_text()


def test_metadata_edit_from_the_table(page):
    page.locator("#rag-tabs button[role=tab]").nth(1).click()
    page.locator("#rag-doc-table [role=gridcell]", has_text="900_xss.txt").first.click()
    page.wait_for_function("() => document.querySelector('#rag-meta-region textarea, #rag-meta-region input')"
                           ".value.includes('永和县')", timeout=30_000)
    assert "永和县执法人员培训覆盖面不足" in page.inner_text("#rag-doc-viewer")
    page.fill("#rag-meta-title textarea, #rag-meta-title input", "永和县2020年度法治报告（已更正）")
    page.click("#rag-meta-save")
    page.wait_for_selector("#rag-meta-msg .rag-lines", timeout=120_000)
    assert "已保存" in page.inner_text("#rag-meta-msg")
    page.wait_for_function("() => document.querySelector('#rag-doc-table').innerText.includes('（已更正）')",
                           timeout=30_000)
    shot(page, "5b_metadata")
    page.locator("#rag-tabs button[role=tab]").nth(0).click()


def test_language_switch_to_english(page):
    page.locator("#rag-lang label", has_text="English").click()
    page.wait_for_function("() => document.querySelector('#rag-send').innerText.trim() === 'Ask'", timeout=30_000)
    assert "reports" in page.inner_text("#rag-status")
    shot(page, "6_english")
    page.locator("#rag-lang label", has_text="中文").click()
    page.wait_for_function("() => document.querySelector('#rag-send').innerText.trim() === '提问'", timeout=30_000)


def test_example_click_asks_it_and_clear_forgets(page):
    example = page.locator("#rag-examples button").first
    text = example.inner_text().strip()
    before = page.locator(FINISHED).count()
    example.click()
    page.wait_for_function("([sel, n]) => document.querySelectorAll(sel).length > n", arg=[FINISHED, before],
                           timeout=120_000)
    assert page.locator("#rag-chat .rag-q").last.inner_text().strip() == text
    page.click("#rag-clear")
    page.wait_for_function("() => !document.querySelector('#rag-chat .rag-answer')", timeout=30_000)
    assert "回答的来源会显示在这里" in page.inner_text("#rag-sources")
