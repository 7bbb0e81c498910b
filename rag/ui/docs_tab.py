"""The documents tab: table of indexed reports, metadata editing, a viewer, and uploads.

Uploads are handed to a background worker (``upload_worker``: a child process saves, checks and
ingests them under the index's writer lock), so questions keep being answered meanwhile; each
browser session polls (``gr.Timer``) for progress and switches to the new corpus when it is live.
Duplicates and unreadable files come back as messages; one bad file never stops a batch.
"""
from __future__ import annotations

import gradio as gr  # only imported to build the app, never by `import rag`

from ..errors import RagError
from ..text import lazy_re as re
from . import corpus, render
from .i18n import norm_lang, t

YEAR = re.compile(r"^\d{4}$")
PRIVATE = "private"


def build(ui: dict, engine, lang: str) -> None:
    cfg = engine.cfg
    exts = [e for e in cfg.ingest.extensions]
    ui["doc_table"] = gr.Dataframe(corpus.doc_rows(engine, lang), headers=corpus.doc_headers(lang),
                                   label=t("docs_table", lang), interactive=False, wrap=True,
                                   elem_id="rag-doc-table", max_height=520,
                                   column_widths=["30%", "10%", "7%", "8%", "8%", "20%", "17%"])
    with gr.Row(equal_height=False):
        with gr.Column(scale=2, min_width=320):
            ui["upload"] = gr.File(file_count="multiple", file_types=exts, elem_id="rag-upload",
                                   label=t("upload", lang, mb=f"{cfg.ui.max_upload_mb:g}"))
            ui["upload_btn"] = gr.Button(t("upload_btn", lang), variant="primary", elem_id="rag-upload-btn")
            ui["upload_msg"] = gr.HTML("", elem_id="rag-upload-msg", js_on_load=None)
            ui["doc_pick"] = gr.Dropdown(corpus.doc_choices(engine, lang), value=None, label=t("pick_doc", lang),
                                         elem_id="rag-doc-pick")
            with gr.Group():
                ui["meta_title"] = gr.Textbox(label=t("title_field", lang), elem_id="rag-meta-title")
                with gr.Row():
                    ui["meta_region"] = gr.Textbox(label=t("region", lang), elem_id="rag-meta-region")
                    ui["meta_year"] = gr.Textbox(label=t("year", lang), elem_id="rag-meta-year")
            ui["meta_save"] = gr.Button(t("save_meta", lang), elem_id="rag-meta-save")
            ui["meta_msg"] = gr.HTML("", elem_id="rag-meta-msg", js_on_load=None)
        with gr.Column(scale=3):
            ui["doc_view"] = gr.HTML(render.render_report_empty(lang), elem_id="rag-doc-viewer", js_on_load=None)


def corpus_outputs(ui: dict) -> list:
    """Everything that depends on the set of indexed reports."""
    return [ui["doc_table"], ui["doc_pick"], ui["region"], ui["year"], ui["status"], ui["examples"]]


def corpus_updates(engine, lang: str, llm: str | None = None) -> list:
    """Fresh values (and labels, for the language switch) of ``corpus_outputs``."""
    return [gr.update(value=corpus.doc_rows(engine, lang), headers=corpus.doc_headers(lang), label=t("docs_table", lang)),
            gr.update(choices=corpus.doc_choices(engine, lang), label=t("pick_doc", lang)),
            gr.update(choices=corpus.region_choices(engine, lang), label=t("region", lang)),
            gr.update(choices=corpus.year_choices(engine, lang), label=t("year", lang)),
            corpus.status_html(engine, lang, llm),
            gr.update(samples=corpus.example_samples(engine, lang), label=t("examples", lang))]


_FOLDERS = re.compile(r"(?:[A-Za-z]:)?(?:[\\/][^\\/\s:]+)+[\\/](?=[^\\/\s:]+)")


def hide_paths(message: str) -> str:
    """Drop server folders from a message, keeping file names: the browser needs no server paths.

    >>> hide_paths("/srv/vs/uploads/a b.pdf: damaged")
    'a b.pdf: damaged'
    """
    return _FOLDERS.sub("", message)


def ingest_messages(report, lang: str) -> tuple[list[str], bool]:
    """User-facing lines for an IngestReport; the flag says whether anything went wrong."""
    parts = [t(key, lang, n=len(items)) for key, items in (
        ("uploaded_added", report.added), ("uploaded_updated", report.updated),
        ("uploaded_unchanged", report.unchanged)) if items]
    lines = [t("uploaded_summary", lang, parts="，".join(parts) if lang == "zh" else ", ".join(parts))] if parts else []
    lines += [t("duplicate", lang, item=hide_paths(d)) for d in report.duplicates]
    lines += [t("skipped", lang, item=hide_paths(s)) for s in report.skipped]
    return lines, bool(report.duplicates or report.skipped)


def submit_uploads(worker, files, lang: str) -> str:
    """Hand uploaded files to the background worker; returns the HTML message shown at once."""
    lang = norm_lang(lang)
    paths = [getattr(f, "name", f) for f in (files or [])]
    if not paths:
        return render.render_lines([t("upload_none", lang)], "warn")
    worker.submit(paths, lang)
    return progress_html(t("upload_queued", lang, n=len(paths)))


def progress_html(text: str) -> str:
    return f'<div class="rag-progress">{render.esc(text)}</div>'


def batch_messages(state, lang: str) -> str:
    """The finished batch's result (HTML) from an ``UploadState``."""
    from ..ingest.pipeline import IngestReport

    if state.error:
        return render.render_lines([t("upload_failed", lang, msg=hide_paths(state.error))], "warn")
    report = IngestReport(**{k: list(v) for k, v in state.report.items() if k != "generation"})
    lines, bad = ingest_messages(report, lang)
    lines += list(state.rejected)
    return render.render_lines(lines, "warn" if bad or state.rejected else "ok")


def save_metadata(engine, doc_id: str, title: str, region: str, year: str, lang: str) -> str:
    if not doc_id:
        raise RagError(t("pick_doc_first", lang))
    year = (year or "").strip()
    if year and not YEAR.match(year):
        raise RagError(t("bad_year", lang, value=year))
    engine.document(doc_id)  # only indexed ids can be edited
    fields = {"title": (title or "").strip(), "region": (region or "").strip(), "year": int(year) if year else None}
    report = engine.update_metadata(doc_id, fields)
    lines, bad = ingest_messages(report, lang)
    return render.render_lines([t("saved_meta", lang, doc_id=doc_id)] + [x for x in lines if bad], "ok")


def doc_fields(engine, doc_id: str | None, lang: str) -> tuple[str, str, str, str]:
    """(title, region, year, viewer HTML) of an indexed report; blanks for anything else."""
    doc = engine.gen.docs_by_id.get(doc_id or "")
    if doc is None:
        return "", "", "", render.render_report_empty(lang)
    return doc.title, doc.region, str(doc.year or ""), render.render_report(doc, lang=lang)


def _wire_upload(ui: dict, engine, outs: list) -> None:
    from .upload_worker import UploadWorker

    worker = UploadWorker(engine.cfg, engine)

    def on_upload(files, lang):
        return submit_uploads(worker, files, lang), None

    # Also the `/upload` API (gradio_client: predict([handle_file(path)], "zh", api_name="/upload")):
    # it returns at once; `/documents` shows the reports once the background ingest is live.
    ui["upload_btn"].click(on_upload, [ui["upload"], ui["lang"]], [ui["upload_msg"], ui["upload"]],
                           api_name="upload", show_progress="hidden")

    def poll(shown_gen, shown_batch, lang, llm):
        """Each browser session: the upload's progress, and the current corpus once it changed."""
        lang, state = norm_lang(lang), worker.state()
        msg = gr.skip()
        if state.batch > (shown_batch or 0):
            msg, shown_batch = batch_messages(state, lang), state.batch
        elif state.running:
            msg = progress_html(t("upload_progress", lang, done=min(state.done + 1, max(state.total, 1)),
                                  total=state.total, name=state.current[-60:]))
        gen = engine.gen.name
        rest = corpus_updates(engine, lang, llm) if gen != shown_gen else [gr.skip()] * len(outs)
        return [msg, gen, shown_batch] + rest

    def on_load(lang, llm):  # a new tab or a reload: today's corpus, not the start-up one
        return [engine.gen.name, worker.state().batch] + corpus_updates(engine, norm_lang(lang), llm)

    ui["shown_gen"] = gr.State(engine.gen.name)
    ui["shown_batch"] = gr.State(0)
    ui["corpus_timer"] = gr.Timer(2.0)
    ui["corpus_timer"].tick(poll, [ui["shown_gen"], ui["shown_batch"], ui["lang"], ui["llm"]],
                            [ui["upload_msg"], ui["shown_gen"], ui["shown_batch"], *outs],
                            api_visibility=PRIVATE, show_progress="hidden", concurrency_id="poll",
                            concurrency_limit=None)
    ui["load_event"] = (on_load, [ui["lang"], ui["llm"]], [ui["shown_gen"], ui["shown_batch"], *outs])


def _wire_metadata(ui: dict, engine, outs: list) -> None:
    def on_save(doc_id, title, region, year, lang, llm):
        lang = norm_lang(lang)
        try:
            msg = save_metadata(engine, doc_id, title, region, year, lang)
        except RagError as e:
            return [render.render_lines([str(e)], "warn"), gr.skip()] + [gr.skip()] * len(outs)
        return [msg, doc_fields(engine, doc_id, lang)[3]] + corpus_updates(engine, lang, llm)

    ui["meta_save"].click(on_save, [ui["doc_pick"], ui["meta_title"], ui["meta_region"], ui["meta_year"],
                                    ui["lang"], ui["llm"]], [ui["meta_msg"], ui["doc_view"], *outs],
                          api_visibility=PRIVATE, concurrency_limit=1, concurrency_id="ingest")


def wire(ui: dict, engine, demo=None) -> None:
    outs = corpus_outputs(ui)
    _wire_upload(ui, engine, outs)
    if demo is not None:
        fn, ins, louts = ui["load_event"]
        demo.load(fn, ins, louts, api_visibility=PRIVATE, show_progress="hidden")
    _wire_metadata(ui, engine, outs)
    ui["doc_pick"].change(lambda doc_id, lang: doc_fields(engine, doc_id, norm_lang(lang)), [ui["doc_pick"], ui["lang"]],
                          [ui["meta_title"], ui["meta_region"], ui["meta_year"], ui["doc_view"]],
                          api_visibility=PRIVATE, show_progress="hidden")

    def on_row(evt: gr.SelectData):
        row = evt.row_value or []
        return row[-1] if row else gr.skip()  # the id column is last

    ui["doc_table"].select(on_row, None, ui["doc_pick"], api_visibility=PRIVATE, show_progress="hidden")
