"""The eval dataset: JSON Lines of questions with gold answers and evidence.

One item per line::

    {"id": "dev-001", "question": "...", "answer": "16次", "aliases": ["16"],
     "doc": "000_a830e99e2ba91c42.txt", "evidence": ["市長16次主持召開..."], "type": "number"}

``doc`` is the source file name as ingested (``Document.source`` or one of its
``aliases``), a list of names for multi-document items, or null for unanswerable
items.  Every ``evidence`` string must occur in one of those documents' stored text
(script-, width- and whitespace-blind, see :func:`rag.eval.metrics.locate_evidence`);
its located ``[start, end)`` spans are what retrieval and citations are scored against.

A bad line (not JSON, a missing or mistyped field, an unknown type, a document that is
not in the index, evidence not found) becomes a :class:`Problem` with its line number;
the other lines still load.

>>> items, problems = parse_lines(['{"id": "a", "question": "q", "answer": "", "type": "unanswerable"}', "{oops"])
>>> [i.id for i in items], [(p.line, p.message[:14]) for p in problems]
(['a'], [(2, 'not valid JSON')])
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import RagError
from ..records import Document
from .metrics import locate_evidence, normalize_answer, question_script
from .strict import RegionName, is_region_name, region_vocab

TYPES = ("number", "entity", "date", "list", "yesno", "multi_doc", "comparison", "summary", "unanswerable")
REQUIRED = ("id", "question", "answer", "type")


class EvalInputError(RagError):
    """The dataset file (or a benchmark file) cannot be used at all."""


@dataclass(frozen=True)
class Problem:
    line: int
    message: str
    item_id: str = ""

    def __str__(self) -> str:
        who = f" ({self.item_id})" if self.item_id else ""
        return f"line {self.line}{who}: {self.message}"


@dataclass(frozen=True)
class EvalItem:
    id: str
    question: str
    answer: str
    type: str
    aliases: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()  # document names as written in the dataset
    evidence: tuple[str, ...] = ()
    line: int = 0
    script: str = "hans"  # the question's script: hans | hant | en | mixed
    dataset: str = ""  # the dataset file's stem (dev, dev_corpus): reports group by it
    doc_ids: tuple[str, ...] = ()  # resolved against the index
    # per evidence string, all its located spans (doc_id, start, end)
    evidence_spans: tuple[tuple[tuple[str, int, int], ...], ...] = ()

    @property
    def unanswerable(self) -> bool:
        return self.type == "unanswerable"

    @property
    def gold_spans(self) -> list[tuple[str, int, int]]:
        return [s for spans in self.evidence_spans for s in spans]


@dataclass(frozen=True)
class Dataset:
    path: str
    items: tuple[EvalItem, ...]
    problems: tuple[Problem, ...]
    lines: int  # non-blank lines read


def _str_list(obj: dict, key: str) -> tuple[str, ...] | str:
    """The field as a tuple of strings, or an error message."""
    v = obj.get(key)
    if v is None:
        return ()
    if isinstance(v, str):
        return (v,)
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return tuple(v)
    return f"field {key!r} must be a string or a list of strings, got {json.dumps(v, ensure_ascii=False)[:60]}"


# Aliases that would make a wrong answer pass: a bare polarity word or quantifier occurs
# in almost any passage (是, 有, 全部).  The strict score reads yes/no by polarity and
# list-like answers by key points, so such aliases are never needed.
WEAK_ALIASES = frozenset({"是", "是的", "有", "否", "无", "没有", "不是", "对", "不", "全部", "都", "所有", "均",
                          "全部都", "yes", "no", "all", "both", "none"})


def weak_alias(alias: str) -> str:
    """Why ``alias`` is too weak to be an alias ("" when it is fine).

    >>> weak_alias("是的") != "", weak_alias("16次")
    (True, '')
    """
    key = normalize_answer(alias).lower()
    if key in WEAK_ALIASES or alias.strip().lower() in WEAK_ALIASES:
        return "is a bare yes/no or quantifier word that occurs in almost any passage"
    if len(key) <= 1 and not key.isdigit():
        return "normalises to one character or less"
    return ""


def bare_region_alias(alias: str, vocab: tuple[RegionName, ...]) -> bool:
    """``alias`` is one region's name and nothing else (赣州市, Ganzhou): any passage of
    that report would pass it.  A list of several regions (长治、海西) is a real answer
    to "which reports ..." and is kept.

    >>> v = region_vocab(["赣州市", "海西州"])
    >>> bare_region_alias("贛州", v), bare_region_alias("Ganzhou City", v), bare_region_alias("赣州179件", v)
    (True, True, False)
    >>> bare_region_alias("赣州、海西", v)
    False
    """
    return is_region_name(alias, vocab)


def parse_item(text: str, line: int) -> EvalItem | Problem:
    """One dataset line -> an item, or a Problem that says what is wrong and how to fix it."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        return Problem(line, f"not valid JSON ({e.msg} at column {e.colno}). Fix the line or delete it.")
    if not isinstance(obj, dict):
        return Problem(line, f"expected a JSON object, got {type(obj).__name__}.")
    item_id = obj.get("id") if isinstance(obj.get("id"), str) else ""
    missing = [k for k in REQUIRED if k not in obj]
    if missing:
        return Problem(line, f"missing field(s) {', '.join(missing)}. Required: {', '.join(REQUIRED)}.", item_id)
    bad = [k for k in REQUIRED if not isinstance(obj[k], str)]
    if bad:
        return Problem(line, f"field(s) {', '.join(bad)} must be strings.", item_id)
    if not obj["id"].strip() or not obj["question"].strip():
        return Problem(line, "empty id or question.", item_id)
    if obj["type"] not in TYPES:
        return Problem(line, f"unknown type {obj['type']!r}. Valid: {', '.join(TYPES)}.", item_id)
    fields = {k: _str_list(obj, k) for k in ("aliases", "doc", "evidence")}
    bad_field = next((v for v in fields.values() if isinstance(v, str)), None)
    if bad_field:
        return Problem(line, bad_field + ".", item_id)
    if obj["type"] != "unanswerable":
        if not fields["doc"] or not fields["evidence"]:
            return Problem(line, "an answerable item needs 'doc' and at least one 'evidence' string "
                                 "(or type 'unanswerable').", item_id)
        if not obj["answer"].strip():
            return Problem(line, "an answerable item needs a non-empty 'answer'.", item_id)
    if any(not e.strip() for e in fields["evidence"]):
        return Problem(line, "an evidence string is empty.", item_id)
    for alias in fields["aliases"]:
        why = weak_alias(alias)
        if why:
            return Problem(line, f"alias {alias!r} {why}, so a wrong answer would pass. Remove it "
                                 "(yes/no items are scored by polarity, list-like items by key points).", item_id)
    return EvalItem(
        id=obj["id"], question=obj["question"], answer=obj["answer"], type=obj["type"],
        aliases=fields["aliases"], docs=fields["doc"], evidence=fields["evidence"], line=line,
        script=question_script(obj["question"]),
    )


def parse_lines(lines: Iterable[str]) -> tuple[list[EvalItem], list[Problem]]:
    """Parse dataset lines (blank lines skipped); duplicate ids are problems too."""
    items: list[EvalItem] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for lineno, text in enumerate(lines, 1):
        if not text.strip():
            continue
        got = parse_item(text, lineno)
        if isinstance(got, Problem):
            problems.append(got)
        elif got.id in seen:
            problems.append(Problem(lineno, f"duplicate id (first used on line {seen[got.id]}). Give each item its own id.", got.id))
        else:
            seen[got.id] = lineno
            items.append(got)
    return items, problems


def doc_lookup(documents: Iterable[Document]) -> dict[str, Document]:
    """Name -> document, by source file name and by every alias (duplicate files)."""
    out: dict[str, Document] = {}
    for d in documents:
        for name in (d.source, *d.aliases):
            out.setdefault(name, d)
    return out


def resolve_item(item: EvalItem, by_name: dict[str, Document],
                 vocab: tuple[RegionName, ...] = ()) -> EvalItem | Problem:
    """Attach document ids and located evidence spans, or say which name/evidence fails
    (or which alias is a bare region name of ``vocab``, the indexed reports' regions)."""
    for alias in item.aliases:
        if bare_region_alias(alias, vocab):
            return Problem(item.line, f"alias {alias!r} is only a region name, so any passage of that report "
                                      "would pass. Remove it (the strict score already checks which regions the "
                                      "short answer names) or write it with its figure (赣州179件).", item.id)
    docs: list[Document] = []
    for name in item.docs:
        d = by_name.get(name)
        if d is None:
            return Problem(item.line, f"document {name!r} is not in the index. Ingest it, or fix the name "
                                      f"(`rag docs --json` lists sources).", item.id)
        docs.append(d)
    spans = []
    for ev in item.evidence:
        found = tuple((d.doc_id, s, e) for d in docs for s, e in locate_evidence(d.text, ev))
        if not found:
            names = ", ".join(d.source for d in docs) or "(no document given)"
            return Problem(item.line, f"evidence {ev[:40]!r} not found in the stored text of {names}. "
                                      "Copy it exactly from `rag show DOC_ID`.", item.id)
        spans.append(found)
    return dataclasses.replace(item, doc_ids=tuple(d.doc_id for d in docs), evidence_spans=tuple(spans))


def load_dataset(path: str | Path, documents: Iterable[Document]) -> Dataset:
    """Read and resolve a dataset file against the indexed documents."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise EvalInputError(f"Dataset {p} does not exist. Pass --dataset FILE (JSON Lines; default evals/dev.jsonl).") from None
    except (OSError, UnicodeDecodeError) as e:
        raise EvalInputError(f"Dataset {p} cannot be read ({e}). It must be a UTF-8 JSON Lines file.") from None
    items, problems = parse_lines(lines)
    documents = list(documents)
    by_name = doc_lookup(documents)
    vocab = region_vocab(d.region for d in documents)
    resolved: list[EvalItem] = []
    for it in items:
        got = resolve_item(dataclasses.replace(it, dataset=p.stem), by_name, vocab)
        (problems if isinstance(got, Problem) else resolved).append(got)
    problems.sort(key=lambda pr: pr.line)
    return Dataset(str(p), tuple(resolved), tuple(problems), sum(1 for ln in lines if ln.strip()))
