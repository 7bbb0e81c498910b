"""The language switch: one event relabels every component from ``i18n``.

``LABELS`` lists (component name, property, string key); the parts that depend on the
corpus (filters, examples, table) are rebuilt by ``docs_tab.corpus_updates``, which sets
their labels too.  Messages already in the chat keep their language.
"""
from __future__ import annotations

import gradio as gr  # only imported to build the app, never by `import rag`

from . import corpus, render
from .docs_tab import corpus_outputs, corpus_updates, doc_fields
from .i18n import norm_lang, t

LABELS: tuple[tuple[str, str, str], ...] = (
    ("tab_chat", "label", "tab_chat"), ("tab_docs", "label", "tab_docs"),
    ("chatbot", "label", "chat_label"), ("question", "placeholder", "placeholder"),
    ("send", "value", "send"), ("clear", "value", "clear"), ("settings_box", "label", "settings"),
    ("llm", "label", "llm"), ("k", "label", "top_k"), ("upload_btn", "value", "upload_btn"),
    ("meta_title", "label", "title_field"), ("meta_region", "label", "region"), ("meta_year", "label", "year"),
    ("meta_save", "value", "save_meta"),
)


def relabel(engine, lang: str, llm: str | None, doc_id: str | None = None) -> list:
    """Updates for ``outputs(ui)``, in the same order."""
    ups = [gr.update(**{prop: t(key, lang)}) for _, prop, key in LABELS]
    ups += [corpus.header_html(lang),
            f"<div class='rag-panel-title'>{render.esc(t('sources', lang))}</div>",
            gr.update(label=t("upload", lang, mb=f"{engine.cfg.ui.max_upload_mb:g}")),
            gr.update(choices=corpus.mode_choices(lang), label=t("mode", lang)),
            doc_fields(engine, doc_id, lang)[3]]
    return ups + corpus_updates(engine, lang, llm)


def outputs(ui: dict) -> list:
    fixed = [ui[name] for name, _, _ in LABELS]
    return fixed + [ui["header"], ui["sources_title"], ui["upload"], ui["mode"], ui["doc_view"]] + corpus_outputs(ui)


def wire(ui: dict, engine) -> None:
    ui["lang"].change(lambda lang, llm, doc_id: relabel(engine, norm_lang(lang), llm, doc_id),
                      [ui["lang"], ui["llm"], ui["doc_pick"]], outputs(ui),
                      api_visibility="private", show_progress="hidden")
