"""The work behind each `rag` subcommand: parse -> call the core -> print.

Every RagError becomes one clear line on stderr and exit code 2; an unexpected error
says what failed and how to get the traceback (RAG_DEBUG=1), never dumps it.
"""
from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path

from ..config import Config, load_config
from ..errors import RagError
from ..records import to_dict


def _eprint(*a) -> None:
    print(*a, file=sys.stderr, flush=True)


def run(args) -> int:
    handler = globals().get(f"cmd_{args.command}")
    try:
        cfg = load_config(getattr(args, "config", None))
        return handler(args, cfg)
    except RagError as e:
        _eprint(f"error: {e}")
        return 2
    except KeyboardInterrupt:
        _eprint("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # noqa: BLE001 - a bug: say so plainly, no traceback
        if os.environ.get("RAG_DEBUG"):
            traceback.print_exc()
        _eprint(f"error: unexpected {type(e).__name__}: {e}. Re-run with RAG_DEBUG=1 for details and report it.")
        return 1


def _engine(cfg: Config):
    from ..engine import Engine

    return Engine.open(cfg)


# --- ingest ----------------------------------------------------------------------
def print_ingest_report(report, quiet: bool = False) -> None:
    for line in report.skipped:
        _eprint(f"skipped: {line}")
    for line in report.duplicates:
        _eprint(f"duplicate: {line}")
    for line in report.notes:
        _eprint(f"note: {line}")
    if quiet:
        return
    parts = [f"{len(report.added)} added", f"{len(report.updated)} updated", f"{len(report.unchanged)} unchanged",
             f"{len(report.removed)} removed", f"{len(report.skipped)} skipped"]
    print(f"ingest: {', '.join(parts)} in {report.seconds:.2f} s" + (f" -> {report.generation}" if report.generation else ""))
    info = report.embedder or {}
    emb = info.get("embedder", {})
    if info:
        if info.get("model_id"):
            print(f"embeddings: {info['model_id']} ({info.get('dim')} dims, {info.get('index_type')} index, "
                  f"{info.get('vectors_embedded', 0)} embedded, {info.get('vectors_reused', 0)} reused)")
            recall = info.get("hnsw_recall")
            if recall is not None and recall < 0.95:
                _eprint(f"warning: the approximate (HNSW) index reaches recall@10 {recall:.3f} against exact search "
                        f"even at efSearch {info.get('ef_search')}; raise [retrieval] exact_threshold to search exactly.")
        elif emb.get("wanted"):
            print(f"embeddings: none — lexical (BM25) search only. Wanted {emb['wanted']}: {emb.get('reason', '')}.")
            if emb.get("how_to_fix"):
                print(f"  to enable: {emb['how_to_fix']}")
        else:
            print("embeddings: off ([embedding] backend = \"none\") — lexical (BM25) search only.")


def cmd_ingest(args, cfg: Config) -> int:
    from ..ingest.pipeline import ingest

    paths = [Path(p) for p in args.paths] or [cfg.path(cfg.paths.seeds_dir)]
    progress = None
    if not args.quiet and sys.stderr.isatty():
        progress = lambda name, i, n: _eprint(f"\r[{i + 1}/{n}] {name[:60]:<60}", end="")
    report = ingest(paths, cfg, rebuild=args.rebuild, progress=progress, auto_rebuild=args.auto_rebuild,
                    force=getattr(args, "force", False), wait=not getattr(args, "no_wait", False), notify=_eprint)
    if progress:
        _eprint()
    print_ingest_report(report, args.quiet)
    return 0 if report.ok else 2


def cmd_remove(args, cfg: Config) -> int:
    from ..ingest.pipeline import remove_documents

    report = remove_documents(args.doc_ids, cfg, wait=not getattr(args, "no_wait", False), notify=_eprint)
    for line in report.skipped:
        _eprint(f"skipped: {line}")
    print(f"removed: {', '.join(report.removed) or 'nothing'}")
    return 0 if report.removed else 2


# --- documents ---------------------------------------------------------------------
DOC_FIELDS = ("doc_id", "source", "title", "region", "year", "published", "publisher", "doc_number", "script",
              "region_code", "level", "reporting_unit")


def doc_row(doc, chunks: int) -> dict:
    row = {k: getattr(doc, k) for k in DOC_FIELDS}
    row.update(chars=doc.chars, chunks=chunks, aliases=list(doc.aliases))
    return row


def cmd_docs(args, cfg: Config) -> int:
    eng = _engine(cfg)
    counts = eng.chunk_counts()
    rows = [doc_row(d, counts.get(d.doc_id, 0)) for d in eng.documents()]
    if args.json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return 0
    from ..places import display

    shown = [{**r, "region": display(r["region"]), "level": r["level"] or "-"} for r in rows]  # never a file name
    print(format_table(shown, [("doc_id", "id"), ("region", "region"), ("level", "level"), ("year", "year"),
                               ("chars", "chars"), ("chunks", "chunks"), ("title", "title")]))
    return 0


def _width(s: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def format_table(rows: list[dict], cols: list[tuple[str, str]]) -> str:
    cells = [[str(r.get(k) if r.get(k) is not None else "") for k, _ in cols] for r in rows]
    heads = [h for _, h in cols]
    widths = [max([_width(h)] + [_width(c[i]) for c in cells]) for i, h in enumerate(heads)]
    pad = lambda s, w: s + " " * (w - _width(s))
    lines = ["  ".join(pad(h, w) for h, w in zip(heads, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(pad(c, w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def cmd_show(args, cfg: Config) -> int:
    eng = _engine(cfg)
    doc = eng.document(args.doc_id)
    if args.json:
        d = to_dict(doc)
        d["chunks"] = [to_dict(c) for c in eng.chunks_of(doc.doc_id)]
        print(json.dumps(d, ensure_ascii=False))
        return 0
    from ..places import display

    for k in DOC_FIELDS:
        value = display(doc.region) if k == "region" else getattr(doc, k)
        print(f"{k:>14}: {value if value is not None else ''}")
    print(f"{'chars':>14}: {doc.chars}   chunks: {len(eng.chunks_of(doc.doc_id))}")
    print("-" * 60)
    print(doc.text)
    return 0


def cmd_doctor(args, cfg: Config) -> int:
    """Exit 1 when the index works but is stale (e.g. its BM25 tokenizer fingerprint differs from the
    running code's) or its store cannot be described (unreadable index files, unreachable Milvus):
    each problem is printed with its fix."""
    from ..engine import status_dict
    from ..index.stores import get_store

    eng = _engine(cfg)
    st = eng.status()
    store = eng.store_info()
    backend = get_store(cfg)
    stale = eng.index_warnings()
    problems = list(stale)
    if store.get("error"):  # the store could not be described: a problem a script must see, with its fix
        fix = "" if "rag ingest --rebuild" in store["error"] else f" Fix: {backend.describe_fix}."
        problems.append(f"the {store['backend']} store at {store['location']} could not be described: "
                        f"{store['error']}{fix}")
    from ..answer.backends_llamacpp import describe

    local = describe(cfg.llm.model if cfg.llm.backend == "llamacpp" else "")
    if args.json:
        print(json.dumps({**status_dict(st), "store": store, "llamacpp": local, "problems": problems},
                         ensure_ascii=False))
        return 1 if problems else 0
    print(f"index:       {cfg.index_dir} ({st.generation}): {st.documents} reports, {st.chunks} chunks")
    sizes = ", ".join(f"{k} {v}" for k, v in store.get("collections", {}).items())
    print(f"store:       {store['backend']} at {store['location']}" + (f" ({sizes} rows)" if sizes else "")
          + (f", {store['index_bytes'] / 2**20:.1f} MB" if "index_bytes" in store else "")
          + (" — PROBLEM (below)" if store.get("error") else ""))
    print(f"retrieval:   {st.retrieval_mode}" + (f" (fell back from {st.retrieval_wanted})" if st.retrieval_wanted else ""))
    if st.embedder_used:
        print(f"embeddings:  {st.embedder_used}")
    else:
        print(f"embeddings:  none (lexical BM25 only). Wanted {st.embedder_wanted}: {st.embedder_reason}")
        if st.embedder_fix:
            print(f"             to enable: {st.embedder_fix}")
    print(f"answers:     {st.llm}")
    print(f"local LLM:   llamacpp: {local['model']} ({local['model_status']}); binding {local['binding']}")
    print(f"tokens:      {st.token_counter}")
    check = backend.tokenizer_check  # the BM25 tokenizer fingerprint (rag/index/tokenizer_version.py)
    print(f"tokenizer:   {check}: " + ("matches the running code" if not stale else "PROBLEM"))
    for line in problems:
        print(f"  problem:   {line}")
    return 1 if problems else 0


# --- search / ask / serve / eval live in their own modules ------------------------------
def cmd_search(args, cfg: Config) -> int:
    from .search_cmd import run_search

    return run_search(args, cfg, _engine(cfg))


def cmd_ask(args, cfg: Config) -> int:
    from .ask_cmd import run_ask

    return run_ask(args, cfg, _engine(cfg))


def cmd_serve(args, cfg: Config) -> int:
    from ..ui.serve import run_serve

    return run_serve(args, cfg)


def cmd_eval(args, cfg: Config) -> int:
    from ..eval.cli import run_eval

    return run_eval(args, cfg)
