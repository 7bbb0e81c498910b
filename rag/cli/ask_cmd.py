"""`rag ask`: the answer and a numbered source list, or JSON."""
from __future__ import annotations

import json
import sys

from ..records import to_dict


def answer_dict(ans) -> dict:
    return {
        "question": ans.question, "short_answer": ans.short_answer, "answer": ans.answer, "abstained": ans.abstained, "mode": ans.mode,
        "rewritten_question": ans.rewritten_question,
        "citations": [{k: v for k, v in to_dict(c).items()} for c in ans.citations],
        "flags": list(ans.flags), "meta": _plain_meta(ans.meta),
    }


def _plain_meta(meta: dict) -> dict:
    """``meta`` with every report of a "which reports" answer (a lazy list) written out in full."""
    return {**meta, "reports": list(meta["reports"])} if "reports" in meta else meta


def run_ask(args, cfg, eng) -> int:
    ans = eng.ask(args.question, llm=args.llm, region=args.region, year=args.year, k=args.k, mode=args.mode)
    for w in eng.index_warnings():  # a stale index answers, but says so (stderr keeps --json parsable)
        print(f"⚠ {w}", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps(answer_dict(ans), ensure_ascii=False, default=str))
        return 0
    if ans.rewritten_question:
        print(f"(question understood as: {ans.rewritten_question})")
    print(ans.answer)
    for f in ans.flags:
        print(f"⚠ {f}")
    if ans.citations:
        print()
        print("Sources:")
        for c in ans.citations:
            label = " ".join(x for x in (c.region, str(c.year or ""), c.title) if x)
            print(f"[{c.n}] {label} — {c.source} [{c.start}, {c.end})")
            if c.section:
                print(f"    § {c.section}")
            print(f"    “{c.quote.strip()}”")
    print(f"\n(answered by: {ans.mode})")
    return 0
