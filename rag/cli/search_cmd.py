"""`rag search`: JSON Lines or a readable table with matched terms highlighted."""
from __future__ import annotations

import json
import sys

from ..text import lazy_re as re

BOLD, RESET = "\033[1;33m", "\033[0m"


def highlight(text: str, terms, color: bool) -> str:
    if not terms:
        return text
    pattern = re.compile("|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True) if t))
    if color:
        return pattern.sub(lambda m: f"{BOLD}{m.group(0)}{RESET}", text)
    return pattern.sub(lambda m: f"[{m.group(0)}]", text)


def hit_dict(hit, docs) -> dict:
    c = hit.chunk
    d = docs.get(c.doc_id)
    return {"rank": hit.rank, "doc_id": c.doc_id, "source": d.source if d else "", "chunk_id": c.chunk_id,
            "start": c.start, "end": c.end, "text": c.text, "section": c.section, "score": round(float(hit.score), 6),
            "retrievers": list(hit.retrievers), "region": d.region if d else "", "year": d.year if d else None}


def run_search(args, cfg, eng) -> int:
    from ..places import display  # "region unknown", never a file name

    res = eng.search(args.question, k=args.k, mode=args.mode, region=args.region, year=args.year)
    docs = eng.gen.docs_by_id
    for w in eng.index_warnings():  # e.g. a BM25 index built by another tokenizer
        print(f"⚠ {w}", file=sys.stderr)
    if args.json:
        for h in res.hits:
            print(json.dumps(hit_dict(h, docs), ensure_ascii=False))
        return 0
    for note in res.notes:
        print(f"note: {note}", file=sys.stderr)
    color = sys.stdout.isatty()
    if not res.hits:
        print("no passages found")
    for h in res.hits:
        d = docs.get(h.chunk.doc_id)
        head = f"#{h.rank}  {h.score:.4f}  {display(d.region) if d else ''} {d.year or '' if d else ''}  {h.chunk.doc_id} [{h.chunk.start}, {h.chunk.end})  via {'+'.join(h.retrievers)}"
        print(head)
        if h.chunk.section:
            print(f"    § {h.chunk.section}")
        body = " ".join(h.chunk.text.split())
        print("    " + highlight(body[:400] + ("…" if len(body) > 400 else ""), h.matched_terms, color))
        print()
    return 0
