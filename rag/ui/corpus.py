"""What the app shows about the indexed corpus: status line, filter choices, example
questions, the documents table.  Read fresh from the Engine each time, so an upload
or a metadata edit shows up without a restart.

>>> mode_choices("en")[0]
('Hybrid (vectors + BM25)', 'hybrid')
"""
from __future__ import annotations

from typing import Any

from . import render
from .examples import example_questions
from .i18n import t

MODES = ("hybrid", "dense", "bm25")
DEFAULT_LLMS = ("extractive", "openai", "transformers", "llamacpp")
DOC_COLUMNS = ("col_title", "col_region", "col_year", "col_chunks", "col_chars", "col_source", "col_id")


def header_html(lang: str) -> str:
    return (f'<div class="rag-header"><div class="rag-seal">法</div><div>'
            f"<h1>{render.esc(t('title', lang))}</h1><p>{render.esc(t('subtitle', lang))}</p></div></div>")


def status_html(engine, lang: str, llm: str | None = None) -> str:
    return render.render_status(engine.status(llm=llm or None).summary(lang))


def region_choices(engine, lang: str) -> list[tuple[str, str]]:
    regions = sorted({d.region for d in engine.documents() if d.region})
    return [(t("all", lang), "")] + [(r, r) for r in regions]


def year_choices(engine, lang: str) -> list[tuple[str, str]]:
    years = sorted({d.year for d in engine.documents() if d.year}, reverse=True)
    return [(t("all", lang), "")] + [(str(y), str(y)) for y in years]


def mode_choices(lang: str) -> list[tuple[str, str]]:
    return [(t(f"mode_{m}", lang), m) for m in MODES]


def llm_choices(cfg) -> list[str]:
    """Registered answer backends (from the answerer's registry when it exposes one)."""
    names: list[str] = []
    try:
        from ..answer import llm as llm_mod  # the backend registry, when present

        for attr in ("registered", "names", "available"):
            fn = getattr(llm_mod, attr, None)
            if callable(fn):
                names = list(fn())
                break
        reg = getattr(llm_mod, "REGISTRY", None) or getattr(llm_mod, "BACKENDS", None)
        if not names and isinstance(reg, dict):
            names = list(reg)
    except (ImportError, AttributeError, TypeError):  # no registry yet: offer the documented built-ins
        names = []
    names = names or list(DEFAULT_LLMS)
    if cfg.llm.backend not in names:
        names.insert(0, cfg.llm.backend)
    return names


def sections_by_doc(engine) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for c in engine.gen.chunks:
        secs = out.setdefault(c.doc_id, [])
        if c.section and (not secs or secs[-1] != c.section):
            secs.append(c.section)
    return out


def example_samples(engine, lang: str, limit: int = 6) -> list[list[str]]:
    qs = example_questions(engine.documents(), sections_by_doc(engine), lang, limit)
    return [[q] for q in qs]


def doc_headers(lang: str) -> list[str]:
    return [t(c, lang) for c in DOC_COLUMNS]


def doc_rows(engine, lang: str = "zh") -> list[list[Any]]:
    from ..places import display

    counts = engine.chunk_counts()
    return [[d.title, display(d.region, lang), d.year if d.year else "", counts.get(d.doc_id, 0), d.chars, d.source, d.doc_id]
            for d in engine.documents()]


def doc_choices(engine, lang: str = "zh") -> list[tuple[str, str]]:
    from ..places import display

    out = []
    for d in engine.documents():
        label = " · ".join(x for x in (display(d.region, lang), str(d.year or ""), d.title or d.source) if x)
        out.append((f"{label} ({d.doc_id})", d.doc_id))
    return out
