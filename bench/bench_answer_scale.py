"""Per-question answer cost at 5 and at N generated reports (default 5,000), in-process, offline.

    .venv/bin/python bench/bench_answer_scale.py [--reports 5000] [--repeat 3]

Reports are generated like tests/test_answer_reports.py (distinct places and years, a third of them
without the measure), indexed in memory with the real chunker and BM25 (no embedder).  Each question
kind (figure, yes/no, list, which-reports, comparison) is asked ``--repeat`` times after one warm-up
ask; the figure is the median per kind and the ratio large/small.  "Which reports" and comparisons
quote one sentence per matching report, so their cost grows with the number of matches by design.
Writes bench/results/answer_scale.json.
"""
from __future__ import annotations

import argparse
import hashlib
import statistics
import time

from common import write_result

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

CHARS = "青白红黄绿紫金银铜铁东西南北中上下前后左右春夏秋冬梅兰竹菊松柏"
SUFFIX = ("县", "区", "市", "旗")
QUESTIONS = {
    "number": "{r}{y}年述法评议满意率是多少?",
    "yesno": "{r}{y}年组织部门负责人开展年终述法了吗?",
    "list": "{r}{y}年存在哪些问题?",
    "reports": "哪些报告提到了述法评议?",
    "compare": "哪个地区述法评议满意率最高?",
}


def region(i: int) -> str:
    a, b, c = CHARS[i % len(CHARS)], CHARS[i // len(CHARS) % len(CHARS)], CHARS[i // len(CHARS) ** 2 % len(CHARS)]
    return a + b + c + SUFFIX[i % 4]


def report(i: int) -> str:
    year = 2019 + i % 5
    lines = [f"{region(i)}{year}年法治政府建设年度报告", "一、主要工作",
             f"（一）全年组织开展行政执法培训{10 + i % 50}场，参训人员{100 + i % 900}人次。",
             f"（二）推进政务服务事项网上办理，可网办率达{80 + i % 20}%。"]
    if i % 3 != 1:
        lines.append(f"（三）深化述法评议。组织{3 + i % 9}名部门主要负责人开展年终述法，述法评议满意率{90 + i % 10}%。")
    lines += ["二、存在的问题", "一是基层执法力量薄弱。二是法治宣传形式单一。"]
    return "\n".join(lines) + "\n"


def answerer(n: int) -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    docs = []
    for i in range(n):
        text = report(i)
        docs.append(Document(f"r{i:05d}", f"r{i:05d}.txt", text, hashlib.sha256(text.encode()).hexdigest(),
                             title=text.splitlines()[0], region=region(i), year=2019 + i % 5))
    chunks = [c for d in docs for c in chunk_text(d.doc_id, d.text, cfg.chunking.max_tokens)]
    return Answerer(Retriever.build(docs, chunks, cfg), {d.doc_id: d for d in docs}, cfg)


def timings(ans: Answerer, repeat: int) -> dict[str, float]:
    out = {}
    for kind, q in QUESTIONS.items():
        q = q.format(r=region(0), y=2019)
        ans.ask(q)  # warm-up: jieba, caches
        t = []
        for _ in range(repeat):
            s = time.perf_counter()
            ans.ask(q)
            t.append((time.perf_counter() - s) * 1000)
        out[kind] = round(statistics.median(t), 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    small = timings(answerer(5), args.repeat)
    s = time.perf_counter()
    big_ans = answerer(args.reports)
    build_s = round(time.perf_counter() - s, 1)
    big = timings(big_ans, args.repeat)
    ratio = {k: round(big[k] / small[k], 2) if small[k] else None for k in small}
    write_result("answer_scale", {"reports_small": 5, "reports_large": args.reports, "index_build_s": build_s,
                                  "median_ms_small": small, "median_ms_large": big, "ratio": ratio})


if __name__ == "__main__":
    main()
