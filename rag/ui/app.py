"""The Gradio app: layout of the chat tab and the wiring of its events.

>>> from rag.config import load_config            # doctest: +SKIP
>>> from rag.engine import Engine                  # doctest: +SKIP
>>> build_app(Engine.open(load_config())).launch()  # doctest: +SKIP

Components are kept in one dict ``ui`` (name -> component) so the documents tab
(``docs_tab``), the language switch (``labels``) and the API (``api``) can reach them.
Every handler is a thin edge over ``chat`` / ``render``: errors become messages, never tracebacks.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr  # only imported to build the app, never by `import rag`

from ..errors import RagError
from . import chat, corpus, render
from .feedback import append_feedback, feedback_record
from .i18n import norm_lang, t

ASSETS = Path(__file__).parent / "assets"
PRIVATE = "private"  # UI-only events stay out of the public API (see rag.ui.api for that)


def asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def _header(ui: dict, engine, lang: str) -> None:
    with gr.Row(equal_height=True):
        ui["header"] = gr.HTML(corpus.header_html(lang), elem_id="rag-header-html", js_on_load=None)
        ui["lang"] = gr.Radio([(t("lang_zh"), "zh"), (t("lang_en"), "en")], value=lang, show_label=False,
                              elem_id="rag-lang", container=False, scale=0, min_width=200)
    ui["status"] = gr.HTML(corpus.status_html(engine, lang), elem_id="rag-status", js_on_load=None)


def _settings(ui: dict, engine, lang: str) -> None:
    cfg = engine.cfg
    with gr.Accordion(t("settings", lang), open=False, elem_id="rag-settings") as ui["settings_box"]:
        with gr.Row():
            ui["region"] = gr.Dropdown(corpus.region_choices(engine, lang), value="", label=t("region", lang),
                                       elem_id="rag-region")
            ui["year"] = gr.Dropdown(corpus.year_choices(engine, lang), value="", label=t("year", lang),
                                     elem_id="rag-year")
        with gr.Row():
            ui["mode"] = gr.Dropdown(corpus.mode_choices(lang), value=cfg.retrieval.mode, label=t("mode", lang),
                                     elem_id="rag-mode")
            ui["llm"] = gr.Dropdown(corpus.llm_choices(cfg), value=cfg.llm.backend, label=t("llm", lang),
                                    elem_id="rag-llm")
        ui["k"] = gr.Slider(1, 20, value=cfg.retrieval.top_k, step=1, label=t("top_k", lang), elem_id="rag-k")


def chat_tab(ui: dict, engine, lang: str) -> None:
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=420):
            ui["chatbot"] = gr.Chatbot(label=t("chat_label", lang), show_label=False, height=560, elem_id="rag-chat",
                                       feedback_options=("Like", "Dislike"), buttons=[],
                                       placeholder=f"<div class='src-empty'>{render.esc(t('subtitle', lang))}</div>")
            with gr.Row(equal_height=True):
                ui["question"] = gr.Textbox(show_label=False, placeholder=t("placeholder", lang), lines=1,
                                            max_lines=4, scale=6, elem_id="rag-question", autofocus=True)
                ui["send"] = gr.Button(t("send", lang), variant="primary", scale=1, min_width=80, elem_id="rag-send")
                ui["clear"] = gr.Button(t("clear", lang), variant="secondary", scale=1, min_width=100,
                                        elem_id="rag-clear")
            ui["examples"] = gr.Dataset(components=[ui["question"]], samples=corpus.example_samples(engine, lang),
                                        label=t("examples", lang), elem_id="rag-examples", samples_per_page=6)
        with gr.Column(scale=2, min_width=340, elem_id="rag-sources-col"):
            _settings(ui, engine, lang)
            ui["sources_title"] = gr.HTML(f"<div class='rag-panel-title'>{render.esc(t('sources', lang))}</div>",
                                          js_on_load=None)
            ui["sources"] = gr.HTML(render.render_sources((), {}, None, lang=lang), elem_id="rag-sources",
                                    js_on_load=asset("sources.js"))
    ui["report"] = gr.HTML("", elem_id="rag-report", js_on_load=asset("viewer.js"))


def settings_inputs(ui: dict) -> list:
    return [ui["region"], ui["year"], ui["k"], ui["mode"], ui["llm"]]


def wire_chat(ui: dict, engine, warm=None) -> None:
    def chat_turn(question, session, lang, region, year, k, mode, llm):
        settings = chat.Settings(region or "", str(year or ""), k, mode or "", llm or "")
        turns = chat.stream_chat(engine, question, session, settings, norm_lang(lang))
        for i, (msgs, src) in enumerate(turns):
            yield "", list(msgs), (src if src is not None else gr.skip()), session
            if i == 0 and warm is not None:
                warm.wait()  # the question is on screen; the answer waits for the warm-up

    ins = [ui["question"], ui["session"], ui["lang"], *settings_inputs(ui)]
    outs = [ui["question"], ui["chatbot"], ui["sources"], ui["session"]]
    for trigger in (ui["question"].submit, ui["send"].click):
        trigger(chat_turn, ins, outs, api_visibility=PRIVATE, show_progress="hidden", concurrency_id="ask")
    ui["examples"].click(lambda sample: sample[0] if sample else "", ui["examples"], ui["question"],
                         api_visibility=PRIVATE, show_progress="hidden"
                         ).then(chat_turn, ins, outs, api_visibility=PRIVATE, show_progress="hidden", concurrency_id="ask")

    def clear(lang):
        return chat.new_session(), [], render.render_sources((), {}, None, lang=norm_lang(lang)), ""

    clear_outs = [ui["session"], ui["chatbot"], ui["sources"], ui["report"]]
    ui["clear"].click(clear, ui["lang"], clear_outs, api_visibility=PRIVATE, show_progress="hidden")
    # The chatbot's own trash icon must forget the stored answers too.
    ui["chatbot"].clear(clear, ui["lang"], clear_outs, api_visibility=PRIVATE, show_progress="hidden")
    ui["sources"].click(_source_handler(engine), [ui["session"], ui["lang"]], [ui["sources"], ui["report"]],
                        api_visibility=PRIVATE, show_progress="hidden")
    ui["chatbot"].like(_like_handler(engine), [ui["session"], ui["lang"], *settings_inputs(ui)], None,
                       api_visibility=PRIVATE, show_progress="hidden")


def _source_handler(engine):
    def on_source(session, lang, evt: gr.EventData):
        lang = norm_lang(lang)
        data = getattr(evt, "_data", None) or {}
        try:
            aid, n = chat.parse_ref(data)
            if data.get("action") == "view":
                return gr.skip(), chat.report_html(engine, session, aid, n, lang)
            chat.citation_of(session, aid, n)
            return chat.sources_html(engine, session, aid, n, lang), gr.skip()
        except RagError as e:
            gr.Warning(str(e))
            return gr.skip(), gr.skip()

    return on_source


def _like_handler(engine):
    def on_like(session, lang, region, year, k, mode, llm, evt: gr.LikeData):
        index = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        answer = session["answers"].get(int(index)) if index is not None else None
        if answer is None:
            gr.Info(t("feedback_none", norm_lang(lang)))
            return
        liked = {True: True, "Like": True, False: False, "Dislike": False}.get(evt.liked)
        settings = {"region": region, "year": year, "k": k, "mode": mode, "llm": llm}
        record = feedback_record(answer, liked, norm_lang(lang), settings)
        append_feedback(engine.cfg.path(engine.cfg.paths.feedback_file), record)
        gr.Info(t("feedback_thanks", norm_lang(lang)))

    return on_like


def build_app(engine, cfg=None, warm=None) -> Any:
    """The whole web app as a ``gr.Blocks`` (not launched); ``warm``: a ``WarmUp`` questions wait for."""
    from . import api, docs_tab, labels

    cfg = cfg or engine.cfg
    lang = norm_lang(cfg.ui.language)
    ui: dict[str, Any] = {}
    with gr.Blocks(title=t("title", lang), analytics_enabled=False) as demo:
        ui["session"] = gr.State(chat.new_session())
        _header(ui, engine, lang)
        with gr.Tabs(elem_id="rag-tabs"):
            with gr.Tab(t("tab_chat", lang), id="chat", elem_id="rag-tab-chat") as ui["tab_chat"]:
                chat_tab(ui, engine, lang)
            with gr.Tab(t("tab_docs", lang), id="docs", elem_id="rag-tab-docs") as ui["tab_docs"]:
                docs_tab.build(ui, engine, lang)
        wire_chat(ui, engine, warm)
        docs_tab.wire(ui, engine, demo)
        labels.wire(ui, engine)
        api.register(engine, warm)
    demo.queue(default_concurrency_limit=8)
    return demo


def launch_kwargs(cfg, auth=None) -> dict[str, Any]:
    """Arguments for ``demo.launch``: styling, bind address, upload limit, auth."""
    theme = gr.themes.Soft(primary_hue="red", neutral_hue="slate",
                           font=["Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "system-ui", "sans-serif"],
                           font_mono=["Noto Sans Mono CJK SC", "ui-monospace", "monospace"])
    return {"theme": theme, "css": asset("app.css"), "server_name": cfg.ui.host, "server_port": cfg.ui.port,
            "max_file_size": f"{cfg.ui.max_upload_mb:g}mb", "auth": auth, "show_error": False,
            "footer_links": ["api"], "quiet": True}
