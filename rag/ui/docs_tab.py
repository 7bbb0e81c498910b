"""The documents tab: table of indexed reports, metadata editing, a viewer, and uploads.

Uploads are checked and saved by ``uploads.save_uploads`` and ingested incrementally by
``Engine.ingest`` (which reloads the index), so new reports are searchable at once.
Duplicates and unreadable files come back as messages; one bad file never stops a batch.
"""
from __future__ import annotations

import re

import gradio as gr  # only imported to build the app, never by `import rag`

from ..errors import RagError
from . import corpus, render
from .i18n import norm_lang, t
from .uploads import save_uploads

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


def upload_files(engine, files, lang: str, progress=None) -> tuple[str, bool]:
    """Save, check and ingest uploaded files; returns (HTML message, corpus changed)."""
    lang = norm_lang(lang)
    paths = [getattr(f, "name", f) for f in (files or [])]
    if not paths:
        return render.render_lines([t("upload_none", lang)], "warn"), False
    batch = save_uploads(paths, engine.cfg, lang)
    lines, bad = list(batch.rejected), bool(batch.rejected)
    changed = False
    if batch.saved:
        def cb(name, done, total):
            if progress is not None:
                progress((done + 1, max(total, 1)), desc=t("uploading", lang, name=str(name)[-60:]), unit="files")
        report = engine.ingest(batch.saved, progress=cb)
        more, worse = ingest_messages(report, lang)
        lines, bad, changed = more + lines, bad or worse, report.changed
    return render.render_lines(lines, "warn" if bad else "ok"), changed


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
    def on_upload(files, lang, llm, progress=gr.Progress()):  # noqa: B008 (Gradio injects it)
        lang = norm_lang(lang)
        try:
            msg, changed = upload_files(engine, files, lang, progress)
        except RagError as e:
            return [render.render_lines([str(e)], "warn"), None] + [gr.skip()] * len(outs)
        rest = corpus_updates(engine, lang, llm) if changed else [gr.skip()] * len(outs)
        return [msg, None] + rest

    ui["upload_btn"].click(on_upload, [ui["upload"], ui["lang"], ui["llm"]], [ui["upload_msg"], ui["upload"], *outs],
                           api_visibility=PRIVATE, concurrency_limit=1, concurrency_id="ingest")


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


def wire(ui: dict, engine) -> None:
    outs = corpus_outputs(ui)
    _wire_upload(ui, engine, outs)
    _wire_metadata(ui, engine, outs)
    ui["doc_pick"].change(lambda doc_id, lang: doc_fields(engine, doc_id, norm_lang(lang)), [ui["doc_pick"], ui["lang"]],
                          [ui["meta_title"], ui["meta_region"], ui["meta_year"], ui["doc_view"]],
                          api_visibility=PRIVATE, show_progress="hidden")

    def on_row(evt: gr.SelectData):
        row = evt.row_value or []
        return row[-1] if row else gr.skip()  # the id column is last

    ui["doc_table"].select(on_row, None, ui["doc_pick"], api_visibility=PRIVATE, show_progress="hidden")
