"""External benchmarks: CMRC 2018 (Simplified) and DRCD (Traditional) dev sets.

Both are SQuAD-format span-extraction sets over Wikipedia paragraphs.  We pool every
paragraph of the dev set into a corpus of its own (one paragraph = one document, written
as ``<paragraph id>.txt`` under ``vectorstore/benchmarks/<name>/passages/`` -- beside the
main index folder -- and ingested into ``vectorstore/benchmarks/<name>/index/``, never the
main index), then ask each
question through the same ``Engine.ask`` as users do.  Retrieval is scored against the
question's own paragraph (a hit = a retrieved passage from that document), the answer
with the official CMRC 2018 EM/F1 (best over the references).

The published figures are readers *given the gold paragraph*: an upper reference for
the answer scores, not a like-for-like comparison (their READMEs say so too).

The files are looked up in ``$RAG_BENCHMARKS_DIR`` or ``../shared/benchmarks`` beside
the project.

>>> pick_evenly(list(range(10)), 3)
[0, 3, 6]
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..records import Document
from ..text import lazy_re as re
from .dataset import EvalInputError, EvalItem, Problem
from .metrics import question_script


@dataclass(frozen=True)
class BenchmarkSpec:
    name: str
    file: str  # relative to the benchmarks folder
    script: str
    published: tuple[tuple[str, float, float], ...]  # (system, dev EM, dev F1), gold paragraph given
    source: str


BENCHMARKS: dict[str, BenchmarkSpec] = {
    "cmrc2018": BenchmarkSpec(
        "cmrc2018", "cmrc2018/cmrc2018_dev.json", "hans",
        (("BERT-base multilingual", 63.6, 84.0), ("BERT-base Chinese", 63.5, 83.6),
         ("BERT-base (google), CLUE", 65.80, 85.84), ("RoBERTa-wwm-ext-large", 68.5, 88.366),
         ("MacBERT-large-extData-v2 (leaderboard top)", 77.757, 93.293),
         ("Z-Reader (2018 workshop)", 79.776, 92.696)),
        "github.com/ymcui/cmrc2018 baseline/README.md and leaderboard (dev split)"),
    "drcd": BenchmarkSpec(
        "drcd", "drcd/DRCD_dev.json", "hant",
        (("BERT-base multilingual", 83.0, 89.7), ("BERT-base Chinese", 82.2, 89.3)),
        "github.com/ymcui/cmrc2018 baseline/README.md (DRCD dev, scored with the CMRC script)"),
}


@dataclass(frozen=True)
class Passage:
    pid: str
    title: str
    context: str

    @property
    def filename(self) -> str:
        return passage_filename(self.pid)


@dataclass(frozen=True)
class BenchQuestion:
    qid: str
    question: str
    answers: tuple[str, ...]  # reference texts, duplicates removed, order kept
    pid: str


@dataclass(frozen=True)
class Benchmark:
    name: str
    path: str
    passages: tuple[Passage, ...]
    questions: tuple[BenchQuestion, ...]


def passage_filename(pid: str) -> str:
    """A safe file name for a paragraph id: ``1147-2`` -> ``1147-2.txt``."""
    return re.sub(r"[^\w.-]+", "_", pid).strip("._") + ".txt"


def benchmarks_dir(cfg) -> Path:
    env = os.environ.get("RAG_BENCHMARKS_DIR")
    return (Path(env) if env else cfg.path("../shared/benchmarks")).resolve()


def spec(name: str) -> BenchmarkSpec:
    try:
        return BENCHMARKS[name]
    except KeyError:
        raise EvalInputError(f"Unknown benchmark {name!r}. Known: {', '.join(sorted(BENCHMARKS))}.") from None


def _bad(path: Path, what: str) -> EvalInputError:
    return EvalInputError(f"{path} is not a SQuAD-format file ({what}). Expected "
                          '{"data": [{"title", "paragraphs": [{"id", "context", "qas": [{"id", "question", "answers"}]}]}]}.')


def parse_squad(data: object, path: Path, name: str) -> Benchmark:
    """SQuAD v1 JSON -> passages and questions (paragraph ids must be unique)."""
    if not isinstance(data, dict) or not isinstance(data.get("data"), list):
        raise _bad(path, "no top-level 'data' list")
    passages: list[Passage] = []
    questions: list[BenchQuestion] = []
    for art_no, art in enumerate(data["data"]):
        for par_no, par in enumerate(art.get("paragraphs", []) if isinstance(art, dict) else []):
            try:
                pid = str(par.get("id") or f"{art.get('id', art_no)}-{par_no}")
                passages.append(Passage(pid, str(art.get("title", "")), par["context"]))
                for qa in par.get("qas", []):
                    refs = tuple(dict.fromkeys(a["text"] for a in qa["answers"] if a.get("text", "").strip()))
                    questions.append(BenchQuestion(str(qa["id"]), qa["question"], refs, pid))
            except (KeyError, TypeError, AttributeError) as e:
                raise _bad(path, f"article {art_no} paragraph {par_no}: missing {e}") from None
    ids = [p.pid for p in passages]
    if len(set(ids)) != len(ids) or len({p.filename for p in passages}) != len(ids):
        raise _bad(path, "paragraph ids are not unique")
    return Benchmark(name, str(path), tuple(passages), tuple(questions))


def load_benchmark(name: str, cfg, path: str | Path | None = None) -> Benchmark:
    sp = spec(name)
    p = Path(path) if path else benchmarks_dir(cfg) / sp.file
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvalInputError(f"Benchmark file {p} not found. Put the {name} dev set there "
                             "or set RAG_BENCHMARKS_DIR to the folder holding cmrc2018/ and drcd/.") from None
    except (OSError, ValueError) as e:
        raise EvalInputError(f"Benchmark file {p} cannot be read as JSON ({e}).") from None
    return parse_squad(data, p, name)


def pick_evenly(seq: list, limit: int | None) -> list:
    """``limit`` items spread evenly over ``seq`` (all when limit is None or large)."""
    if limit is None or limit >= len(seq):
        return list(seq)
    if limit < 1:
        raise EvalInputError(f"--limit must be at least 1, got {limit}.")
    return [seq[i * len(seq) // limit] for i in range(limit)]


def write_passages(bench: Benchmark, folder: Path) -> Path:
    """One UTF-8 .txt file per paragraph (rewritten only when changed); returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for p in bench.passages:
        f = folder / p.filename
        if not f.exists() or f.read_text(encoding="utf-8") != p.context:
            f.write_text(p.context, encoding="utf-8")
    return folder


def corpus_dir(name: str, cfg) -> Path:
    """``benchmarks/<name>/`` beside the main index folder (default ``vectorstore/benchmarks/<name>``)."""
    return cfg.index_dir.parent / "benchmarks" / name


def to_items(bench: Benchmark, questions: list[BenchQuestion], documents: list[Document]) -> tuple[list[EvalItem], list[Problem]]:
    """Eval items whose gold span is the whole of the question's own paragraph document."""
    from .dataset import doc_lookup

    by_name = doc_lookup(documents)
    items, problems = [], []
    for n, q in enumerate(questions, 1):
        doc = by_name.get(passage_filename(q.pid))
        if doc is None or not q.answers:
            why = "has no reference answer" if doc is not None else f"its paragraph {q.pid} is not in the benchmark index"
            problems.append(Problem(n, f"skipped: {why}.", q.qid))
            continue
        items.append(EvalItem(
            id=q.qid, question=q.question, answer=q.answers[0], type="span", aliases=q.answers[1:],
            docs=(doc.source,), evidence=(), line=n, script=question_script(q.question),
            doc_ids=(doc.doc_id,), evidence_spans=(((doc.doc_id, 0, len(doc.text)),),),
        ))
    return items, problems
