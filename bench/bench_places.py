"""Place model speed at 5,000 indexed reports (target < 5 ms per document and per question).

* region inference: ``rag.ingest.metadata.infer_metadata`` (title, region by code, level,
  reporting unit, year) on 5,000 synthetic report openings (~1,500 characters each) built from
  real division names in varied shapes: a title, a metadata row, a superior phrase, a
  ``现将…报告如下`` lead, self-references, distractor places and years;
* query resolution: ``rag.retrieve.query.understand`` over those 5,000 reports' (doc_id,
  region, year, code) tuples for 500 questions naming places in every written form
  (full, short, with parent, Traditional, pinyin).

    .venv/bin/python bench/bench_places.py [--docs 5000] [--questions 500]
"""
from __future__ import annotations

import argparse
import os
import random
import time

from common import summary_ms, write_result

from rag import places
from rag.ingest.metadata import infer_metadata
from rag.retrieve.query import understand
from rag.text.normalize import to_simplified  # noqa: F401  (warms OpenCC like a real process)

TEMPLATES = (
    ("首页 > 政务公开 > 法治政府建设\n{local}{year}年法治政府建设情况报告\n发布时间:{pub}-03-01 发布机构:{name}司法局\n"
     "{year}年,在{parent}委、{parent}政府的坚强领导下,{name}坚持以习近平法治思想为指导,全面落实《法治政府建设实施纲要"
     "(2021—2025年)》。现将有关情况报告如下:\n"),
    ("{local}人民政府\n关于{year}年度法治政府建设情况的报告\n{year}年,我{tail}深入推进依法行政,全{tail}法治政府建设取得新成效,"
     "{other}等地经验在全省推广。\n"),
    ("{year}年,{name}坚持依法行政,按照{parent}部署,印发《{name}法治政府建设实施方案({y0}—{y1}年)》(政发〔{y0}〕3号)。"
     "现将{year}年度法治政府建设情况报告如下:\n"),
)
BODY = ("一、主要工作\n(一)加强党的领导。全{tail}各级行政机关办理行政复议案件{n}件,同比下降{p}%,{other}对口交流。"
        "(二)严格规范公正文明执法。开展执法培训{m}场,依托{prov}行政执法平台归集数据。\n") * 60  # ~8,000 characters


def openings(n: int, rng: random.Random) -> list[tuple[str, str]]:
    g = places.gazetteer.gazetteer()
    units = [p for p in g.places.values() if p.status == "current" and p.level not in ("national", "province")]
    out = []
    for _ in range(n):
        p, o = rng.choice(units), rng.choice(units)
        chain = places.chain(p.code)
        year = rng.randint(2016, 2025)
        fields = {"local": places.local_name(p.code), "name": p.name, "parent": chain[-2].name if len(chain) > 1 else "",
                  "prov": chain[0].name, "tail": p.name[-1], "other": o.name, "year": year, "pub": year + 1,
                  "y0": year - 1, "y1": year + 3, "n": rng.randint(5, 900), "p": rng.randint(1, 30), "m": rng.randint(2, 40)}
        text = rng.choice(TEMPLATES).format(**fields) + BODY.format(**fields)
        out.append((text, p.code))
    return out


def questions(docs: list[tuple[str, str, int, str]], n: int, rng: random.Random) -> list[str]:
    shapes = ("{full}{year}年行政复议案件多少件？", "{short}{year}年的执法培训", "{parent}{short}法治政府建设情况",
              "{trad}{year}年行政複議", "What did {pinyin} do in {year}?", "{short}和{other}相比如何")
    out = []
    for _ in range(n):
        _, region, year, code = rng.choice(docs)
        forms = places.short_forms(code)
        chain = places.chain(code)
        out.append(rng.choice(shapes).format(full=region, short=forms[-1], parent=chain[-2].name if len(chain) > 1 else "",
                                             trad=places.place(code).name, year=year, other=rng.choice(docs)[1],
                                             pinyin="Changzhi"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--questions", type=int, default=500)
    args = ap.parse_args()
    rng = random.Random(7)
    texts = openings(args.docs, rng)
    infer_metadata(texts[0][0], "warm.txt")  # load the table once, as a running process has
    samples, cpu, right, docs = [], [], 0, []
    for i, (text, code) in enumerate(texts):
        t, c = time.perf_counter(), time.process_time()
        m = infer_metadata(text, f"{i:05d}.txt")
        samples.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        right += places.same_place(m.region_code, code)
        docs.append((f"d{i}", m.region, m.year, m.region_code))
    qs = questions(docs, args.questions, rng)
    t = time.perf_counter()
    understand("What did Changzhi do in 2021?", docs)  # first call teaches jieba the corpus's place words
    first = time.perf_counter() - t
    qsamples, qcpu = [], []
    for q in qs:
        t, c = time.perf_counter(), time.process_time()
        understand(q, docs)
        qsamples.append(time.perf_counter() - t)
        qcpu.append(time.process_time() - c)
    write_result("places", {
        "what": "region inference per document (infer_metadata) and query resolution per question (understand) "
                f"with {args.docs} indexed reports",
        "command": "python bench/bench_places.py",
        "documents": args.docs, "chars_per_document": round(sum(len(t) for t, _ in texts) / len(texts)),
        "inference_right_share": round(right / len(texts), 4),
        "inference_per_document": summary_ms(samples), "inference_per_document_cpu": summary_ms(cpu),
        "resolution_per_question": summary_ms(qsamples), "resolution_per_question_cpu": summary_ms(qcpu),
        "first_question_ms": round(first * 1000, 1), "load_average": os.getloadavg()[0], "target_ms": 5,
        "note": "wall-clock tails on a shared 2-core machine include waiting for the CPU; *_cpu is process time",
    })


if __name__ == "__main__":
    main()
