"""`rag`: one console script with subcommands.  Parsing only; each command's work lives in
``rag.cli.commands`` (imported lazily so `rag --help` stays fast)."""
from __future__ import annotations

import argparse
import sys


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", help="TOML config file (default: rag.toml in the project, or $RAG_CONFIG)")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="rag", description="Ask questions of 法治政府建设年度报告 with exact citations.")
    ap.add_argument("--version", action="store_true", help="print the version and exit")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("ingest", help="add reports to the index (default: seeds/)")
    p.add_argument("paths", nargs="*", help="files or folders (.txt .md .html .htm .pdf .docx)")
    p.add_argument("--rebuild", action="store_true", help="rebuild the index from scratch")
    p.add_argument("--auto-rebuild", action="store_true",
                   help="rebuild instead of failing when the index is corrupt or was built with other settings")
    p.add_argument("--force", action="store_true", help="let a rebuild drop documents whose files are gone")
    p.add_argument("--no-wait", action="store_true", help="fail at once when another command is writing the index")
    p.add_argument("--quiet", "-q", action="store_true")
    _common(p)

    p = sub.add_parser("remove", help="remove documents from the index (files are not touched)")
    p.add_argument("doc_ids", nargs="+")
    p.add_argument("--no-wait", action="store_true", help="fail at once when another command is writing the index")
    _common(p)

    p = sub.add_parser("docs", help="list indexed reports")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    _common(p)

    p = sub.add_parser("show", help="print one report's stored text and metadata")
    p.add_argument("doc_id")
    p.add_argument("--json", action="store_true")
    _common(p)

    p = sub.add_parser("search", help="retrieve passages for a question")
    p.add_argument("question")
    p.add_argument("-k", type=int, default=None, help="number of passages (default from config)")
    p.add_argument("--mode", choices=["hybrid", "dense", "bm25"], default=None)
    p.add_argument("--region", default=None)
    p.add_argument("--year", type=int, default=None)
    p.add_argument("--json", action="store_true", help="JSON Lines output")
    _common(p)

    p = sub.add_parser("ask", help="answer a question with citations")
    p.add_argument("question")
    p.add_argument("--json", action="store_true")
    p.add_argument("--llm", default=None, help="LLM backend: extractive, openai, transformers, llamacpp")
    p.add_argument("--region", default=None)
    p.add_argument("--year", type=int, default=None)
    p.add_argument("-k", type=int, default=None)
    p.add_argument("--mode", choices=["hybrid", "dense", "bm25"], default=None)
    _common(p)

    p = sub.add_parser("serve", help="start the web app")
    p.add_argument("--host", default=None)
    p.add_argument("--port", type=int, default=None)
    p.add_argument("--auth", default=None, help="user:password (or $RAG_AUTH)")
    p.add_argument("--no-ingest", action="store_true", help="do not build the index if missing")
    _common(p)

    p = sub.add_parser("eval", help="evaluate retrieval, answers and citations")
    p.add_argument("--dataset", action="append", default=None,
                   help="JSON Lines dataset, repeatable (default: evals/dev.jsonl, evals/dev_corpus.jsonl, evals/heldout.jsonl, evals/heldout2.jsonl, evals/heldout3.jsonl … evals/heldout6.jsonl, evals/heldout7.jsonl, evals/heldout8.jsonl, evals/heldout9.jsonl, evals/paraphrase.jsonl)")
    p.add_argument("--corpus", action="append", default=None,
                   help="report folder for the eval index, repeatable (default: seeds and evals/corpus/reports)")
    p.add_argument("--index-dir", default=None, help="the eval's own index (default vectorstore/eval-index)")
    p.add_argument("--sample", type=int, default=None, help="N items per dataset, evenly spread")
    p.add_argument("--record-expected", default=None, metavar="FILE",
                   help="write each set's strict accuracy to FILE (evals/expected.json)")
    p.add_argument("--check-expected", default=None, metavar="FILE",
                   help="exit 1 when a set's strict accuracy is >5 points below FILE")
    p.add_argument("--out", default=None, help="output folder (default evals/runs/<time>)")
    p.add_argument("--llm", default=None)
    p.add_argument("--mode", choices=["hybrid", "dense", "bm25"], default=None)
    p.add_argument("-k", type=int, default=None)
    p.add_argument("--pipeline", choices=["ours", "retrieval_only", "baseline"], default="ours")
    p.add_argument("--benchmark", choices=["cmrc2018", "drcd"], default=None)
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--compare", nargs=2, metavar=("DIR_A", "DIR_B"), default=None)
    p.add_argument("--judge", action="store_true", help="add LLM-judge scores (needs an LLM backend)")
    _common(p)

    p = sub.add_parser("doctor", help="say what the system runs on and what it fell back from (exit 1: a stale index or an unreadable store)")
    p.add_argument("--json", action="store_true")
    _common(p)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    if args.version:
        from rag import __version__

        print(__version__)
        return 0
    if not args.command:
        ap.print_help()
        return 0
    from . import commands

    return commands.run(args)


if __name__ == "__main__":
    sys.exit(main())
