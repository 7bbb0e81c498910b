"""Named API endpoints of the web app, for ``gradio_client`` and scripts.

>>> from gradio_client import Client                        # doctest: +SKIP
>>> Client("http://127.0.0.1:7860/").predict("长治市2021年行政复议综合纠错率是多少?", api_name="/ask")  # doctest: +SKIP

``ask`` answers one question (no conversation state), ``status`` says what the system
runs on, ``documents`` lists the indexed reports, ``document`` returns one with its text.  A RagError becomes ``gr.Error`` with
the same message, which the client raises as an ``AppError``.
"""
from __future__ import annotations

import json
from typing import Any

import gradio as gr  # only imported to build the app, never by `import rag`

from ..cli.ask_cmd import answer_dict
from ..engine import status_dict
from ..errors import RagError
from .chat import Settings
from .i18n import norm_lang


def _plain(data: Any) -> Any:
    """JSON-safe copy (meta may hold non-JSON values such as floats from numpy)."""
    return json.loads(json.dumps(data, ensure_ascii=False, default=str))


def register(engine, warm=None) -> None:
    """Create the endpoints inside the current ``gr.Blocks`` context."""
    def ask(question: str, region: str = "", year: str = "", k: int = 0, mode: str = "", llm: str = "") -> dict:
        """Answer a question with citations: {question, answer, citations[{n, doc_id, start, end, quote...}], flags...}."""
        if not (question or "").strip():
            raise gr.Error("The question is empty. Pass the question text as the first argument.")
        if warm is not None:
            warm.wait()
        try:
            settings = Settings(region or "", str(year or ""), int(k or 0) or None, mode or "", llm or "")
            return _plain(answer_dict(engine.ask(question, **settings.ask_kwargs())))
        except RagError as e:
            raise gr.Error(str(e)) from None

    def status(lang: str = "zh") -> dict:
        """What the system runs on, with a one-line summary in `lang` (zh or en)."""
        st = engine.status()
        return _plain({**status_dict(st), "summary": st.summary(norm_lang(lang))})

    def documents() -> list:
        """The indexed reports: doc_id, source, title, region, year, chars, chunks."""
        counts = engine.chunk_counts()
        return [{"doc_id": d.doc_id, "source": d.source, "title": d.title, "region": d.region, "year": d.year,
                 "region_code": d.region_code, "level": d.level, "reporting_unit": d.reporting_unit,
                 "chars": d.chars, "chunks": counts.get(d.doc_id, 0)} for d in engine.documents()]

    def document(doc_id: str) -> dict:
        """One indexed report with its stored text (citation offsets index into `text`)."""
        try:
            d = engine.document(doc_id)
        except RagError as e:
            raise gr.Error(str(e)) from None
        return {"doc_id": d.doc_id, "source": d.source, "title": d.title, "region": d.region, "year": d.year,
                "text": d.text}

    gr.api(ask, api_name="ask", concurrency_id="ask")
    gr.api(document, api_name="document")
    gr.api(status, api_name="status")
    gr.api(documents, api_name="documents")
