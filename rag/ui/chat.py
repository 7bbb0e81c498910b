"""Conversation logic of the web app, free of Gradio: settings, the per-session record of
messages and answers, streaming one answer, and resolving a clicked chip to its source.

A session is a plain dict kept in ``gr.State`` (one per browser tab)::

    {"messages": [chatbot message dicts], "answers": {message index: Answer}, "turns": [(q, a)]}

Each answer keeps its own citations under the index of its chatbot message (its *answer
id*); a chip ``#cite-<aid>-<n>`` therefore always resolves to the answer it belongs to,
however many questions came after.

>>> s = new_session(); s["messages"]
[]
>>> Settings(region="", year="2021", k=3).ask_kwargs()
{'region': None, 'year': 2021, 'k': 3, 'mode': None, 'llm': None}
"""
from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import QuestionError, RagError
from ..records import Answer, Citation
from . import render
from .i18n import t

log = logging.getLogger("rag.ui")
HISTORY_TURNS = 6  # earlier turns passed to the answerer for follow-up rewriting
STREAM_EVERY_S = 0.08  # coalesce deltas: at most ~12 chatbot updates per second


@dataclass(frozen=True)
class Settings:
    """Search settings from the panel; empty strings mean "not set / use the config"."""

    region: str = ""
    year: str = ""
    k: int | None = None
    mode: str = ""
    llm: str = ""

    def ask_kwargs(self) -> dict[str, Any]:
        year = str(self.year or "").strip()
        if year and not year.isdigit():
            raise QuestionError(f"Year filter {year!r} is not a year. Pick one from the list or 'all'.")
        return {"region": self.region or None, "year": int(year) if year else None,
                "k": int(self.k) if self.k else None, "mode": self.mode or None, "llm": self.llm or None}


def new_session() -> dict[str, Any]:
    return {"messages": [], "answers": {}, "turns": []}


def user_message(question: str) -> dict[str, str]:
    # Wrapped in a div so Markdown leaves the (escaped) text alone: "*x*" stays "*x*".
    return {"role": "user", "content": f'<div class="rag-q">{render.esc(question)}</div>'}


def _assistant(content: str) -> dict[str, str]:
    return {"role": "assistant", "content": content}


def cited_texts(engine, citations: tuple[Citation, ...]) -> dict[str, str]:
    """doc_id -> stored text for the cited reports still in the index."""
    out = {}
    for doc_id in {c.doc_id for c in citations}:
        doc = engine.gen.docs_by_id.get(doc_id)
        if doc is not None:
            out[doc_id] = doc.text
    return out


def sources_html(engine, session: dict, aid: int | None, selected: int | None = None, lang: str = "zh") -> str:
    ans: Answer | None = session["answers"].get(aid) if aid is not None else None
    if ans is None:
        return render.render_sources((), {}, None, lang=lang)
    return render.render_sources(ans.citations, cited_texts(engine, ans.citations), aid, selected, lang)


def _run(engine, question: str, session: dict, settings: Settings, lang: str, aid: int) -> Iterator[str | Answer]:
    """Yield partial HTML while the answer streams, then the final Answer."""
    text, rewritten, last = "", "", 0.0
    history = list(session["turns"][-HISTORY_TURNS:])
    final = None
    for ev in engine.ask_stream(question, history=history, **settings.ask_kwargs()):
        if ev.kind == "rewrite":
            rewritten = ev.text or ""
            yield render.render_partial(text, question, rewritten, lang)
        elif ev.kind == "delta":
            text += ev.text or ""
            if time.monotonic() - last >= STREAM_EVERY_S:
                last = time.monotonic()
                yield render.render_partial(text, question, rewritten, lang)
        elif ev.kind == "final":
            final = ev.answer
    if final is None:
        raise RagError("The answerer stopped without an answer. Retry the question.")
    yield final


def stream_chat(engine, question: str, session: dict, settings: Settings,
                lang: str = "zh") -> Iterator[tuple[list[dict], str | None]]:
    """Append the question, stream the answer; yields (chatbot messages, sources HTML or None)."""
    question = (question or "").strip()
    msgs = session["messages"]
    if not question:
        msgs.append(_assistant(render.render_notice(t("empty_question", lang))))
        yield msgs, None
        return
    msgs.append(user_message(question))
    msgs.append(_assistant(render.render_partial("", lang=lang)))
    aid = len(msgs) - 1
    yield msgs, None
    try:
        for item in _run(engine, question, session, settings, lang, aid):
            if isinstance(item, Answer):
                session["answers"][aid] = item
                session["turns"].append((question, item.answer))
                msgs[aid] = _assistant(render.render_answer(item, aid, lang))
                yield msgs, sources_html(engine, session, aid, None, lang)
            else:
                msgs[aid] = _assistant(item)
                yield msgs, None
    except RagError as e:
        msgs[aid] = _assistant(render.render_error(str(e), lang))
        yield msgs, None
    except Exception:  # a bug: logged for the operator, a plain sentence for the user
        log.exception("answering %r failed", question[:80])
        msgs[aid] = _assistant(render.render_notice(t("unexpected", lang)))
        yield msgs, None


def parse_ref(data: dict[str, Any]) -> tuple[int, int]:
    """(answer id, marker n) from a client event; anything malformed is a RagError."""
    try:
        aid, n = int(data.get("aid")), int(data.get("n"))
    except (TypeError, ValueError):
        raise RagError(f"Bad source reference {data!r}: expected integers aid and n.") from None
    return aid, n


def citation_of(session: dict, aid: int, n: int) -> Citation:
    ans: Answer | None = session["answers"].get(aid)
    if ans is None:
        raise RagError(f"Answer #{aid} is not in this conversation (was it cleared?). Ask again to see sources.")
    for c in ans.citations:
        if c.n == n:
            return c
    raise RagError(f"Answer #{aid} has no source [{n}]. Valid: {', '.join(str(c.n) for c in ans.citations) or 'none'}.")


def report_html(engine, session: dict, aid: int, n: int, lang: str = "zh") -> str:
    """The viewer overlay: the cited report with exactly ``[start, end)`` highlighted (no re-search).

    Only a doc id the index knows can be opened: ``engine.document`` raises otherwise.
    """
    c = citation_of(session, aid, n)
    doc = engine.document(c.doc_id)
    if not render.span_ok(doc.text, c):
        raise RagError(f"Source [{n}] no longer matches report {c.doc_id} (it was re-indexed). Ask the question again.")
    return render.render_report_modal(doc, c.start, c.end, lang)
