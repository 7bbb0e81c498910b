"""Checks on the second dev set, ``evals/dev_corpus.jsonl``, over ``evals/corpus/`` (+ the seeds).

The corpus copy must match its ``labels.tsv``; the dataset must load through the
project's loader (``rag.eval.dataset.load_dataset``) against a real index of the
seeds plus the corpus, with every evidence string also a verbatim substring of the
raw file it cites.  The composition (types, yes/no polarity, scripts), the aliases
(no one-word or bare-region aliases that let a wrong answer pass), the wording
(paraphrased, naming place and year) and the gold sets of the "which reports ..."
items (checked against every indexed report, in both scripts) are asserted too.

    $ .venv/bin/python -m pytest tests/test_devset_corpus.py -q
"""
from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from rag.text.normalize import fold

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "evals" / "corpus"
REPORTS = CORPUS / "reports"
LABELS = CORPUS / "labels.tsv"
DATASET = ROOT / "evals" / "dev_corpus.jsonl"
DEV = ROOT / "evals" / "dev.jsonl"
HELDOUT = ROOT / "evals" / "heldout.jsonl"  # the blind held-out set: same rules as dev_corpus
HELDOUT2 = ROOT / "evals" / "heldout2.jsonl"  # the second blind held-out set: same rules
HELDOUT3 = ROOT / "evals" / "heldout3.jsonl"  # the third blind held-out set: same rules
HELDOUT4 = ROOT / "evals" / "heldout4.jsonl"  # the fourth blind held-out set: same rules
HELDOUT5 = ROOT / "evals" / "heldout5.jsonl"  # the fifth blind held-out set: same rules
HELDOUT6 = ROOT / "evals" / "heldout6.jsonl"  # the sixth blind held-out set: same rules
HELDOUT7 = ROOT / "evals" / "heldout7.jsonl"  # the seventh blind held-out set: same rules
HELDOUT8 = ROOT / "evals" / "heldout8.jsonl"  # the eighth blind held-out set: same rules
HELDOUT9 = ROOT / "evals" / "heldout9.jsonl"  # the ninth blind held-out set: same rules
PARAPHRASE = ROOT / "evals" / "paraphrase.jsonl"  # fitted stress set: rewordings of asked facts, same rules
SEEDS = ROOT / "seeds"

LABEL_COLUMNS = ["file", "url", "region", "level", "covered_year", "publication_date", "script", "reporting_unit", "notes"]
LEVELS = {"province", "prefecture", "district", "county-level city", "county", "township", "department"}
SCRIPTS = {"simplified", "traditional", "mixed"}
TYPES = {"number", "entity", "date", "list", "yesno", "multi_doc", "comparison", "summary", "unanswerable"}
# Minimum count per type: every type present, in proportions a user's questions would have.
MIN_TYPE = {"number": 20, "entity": 10, "date": 6, "list": 8, "yesno": 12, "comparison": 5, "multi_doc": 6,
            "summary": 5, "unanswerable": 12}
MULTI = {"multi_doc", "comparison"}
UNANSWERABLE = "无法回答"
EVIDENCE_MIN, EVIDENCE_MAX = 10, 120
# Aliases that make a wrong answer pass a containment check (polarity words, "all").
FORBIDDEN_ALIASES = {"是", "否", "有", "没有", "無", "无", "全部", "都", "是的", "不是", "对", "yes", "no", "all"}
# The seeds have no labels file; their province and covered year (see evals/README.md).
SEED_PROVINCE = {"000": "山西", "001": "江西", "002": "山西", "003": "内蒙古", "004": "青海"}
SEED_YEAR = {"000": 2021, "001": 2019, "002": 2023, "003": 2024, "004": 2020}
# The seeds' places as questions name them (Simplified after fold, pinyin).
SEED_PLACE = {"000": ("长治", "changzhi"), "001": ("赣州", "ganzhou"), "002": ("霍州", "huozhou"),
              "003": ("元宝山", "yuanbaoshan"), "004": ("海西", "haixi")}
MAX_COPIED_CHARS = 18  # a question may share at most this many consecutive characters with its report
_SUFFIX = re.compile(r"(壮族|回族|维吾尔|哈尼族彝族|彝族|蒙古)?(自治区|自治州|自治县|省|市|区|县|州|乡|地区)$")
_YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")


def _english(question: str) -> bool:
    return question[:1].isascii() and question[:1].isalpha()


def _lines(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def read_labels(path: Path = LABELS) -> list[dict]:
    """labels.tsv as a list of rows; raises ValueError naming the first bad row."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    if not rows or rows[0] != LABEL_COLUMNS:
        raise ValueError(f"{path}: header {rows[:1]} is not {LABEL_COLUMNS}")
    out = []
    for n, row in enumerate(rows[1:], 2):
        if len(row) != len(LABEL_COLUMNS):
            raise ValueError(f"{path} line {n}: {len(row)} columns, want {len(LABEL_COLUMNS)}")
        rec = dict(zip(LABEL_COLUMNS, row))
        if rec["level"] not in LEVELS or rec["script"] not in SCRIPTS:
            raise ValueError(f"{path} line {n}: level {rec['level']!r} / script {rec['script']!r} unknown")
        if not re.fullmatch(r"20\d\d", rec["covered_year"]):
            raise ValueError(f"{path} line {n}: covered_year {rec['covered_year']!r}")
        if rec["publication_date"] and not re.fullmatch(r"20\d\d-\d\d-\d\d", rec["publication_date"]):
            raise ValueError(f"{path} line {n}: publication_date {rec['publication_date']!r}")
        rec["covered_year"] = int(rec["covered_year"])
        out.append(rec)
    return out


def short_forms(region: str) -> set[str]:
    """Every administrative component of a full region name, with and without its suffix.

    A bare 州 is not a boundary (郑州, 杭州); autonomous units also get their usual
    short form (红河哈尼族彝族自治州 -> 红河州).

    >>> sorted(short_forms("云南省红河哈尼族彝族自治州"))
    ['云南', '云南省', '红河', '红河哈尼族彝族自治州', '红河州']
    >>> sorted(short_forms("河南省郑州市中原区"))
    ['中原', '中原区', '河南', '河南省', '郑州', '郑州市']
    """
    parts = re.findall(r".+?(?:自治区|自治州|自治县|地区|省|市|区|县|乡)", region) or [region]
    out = set()
    for p in parts:
        out.add(p)
        short = _SUFFIX.sub("", p)
        if len(short) >= 2:
            out.add(short)
            auto = re.search(r"自治(区|州|县)$", p)
            if auto:
                out.add(short + auto.group(1))
    return out


def docs_of(item: dict) -> list[str]:
    doc = item.get("doc")
    return [] if doc is None else ([doc] if isinstance(doc, str) else list(doc))


def longest_shared(question: str, text: str) -> str:
    """The longest run of characters of ``question`` that occurs verbatim in ``text``."""
    best = ""
    for i in range(len(question)):
        j = i + len(best) + 1
        while j <= len(question) and question[i:j] in text:
            best = question[i:j]
            j += 1
    return best


def item_problems(item: dict, texts: dict[str, str], labels: dict[str, dict], region_names: set[str]) -> list[str]:
    """Every rule an item breaks, as readable messages (empty list = valid)."""
    iid = item.get("id", "<no id>")
    missing = {"id", "question", "answer", "aliases", "doc", "evidence", "type"} - set(item)
    if missing:
        return [f"{iid}: missing fields {sorted(missing)}"]
    probs: list[str] = []
    q, a, t, docs = item["question"], item["answer"], item["type"], docs_of(item)
    if t not in TYPES:
        return [f"{iid}: unknown type {t!r}"]
    for al in item["aliases"]:
        if fold(al).strip() in FORBIDDEN_ALIASES:
            probs.append(f"{iid}: alias {al!r} is a one-word answer that lets a wrong answer pass")
        elif fold(al) in region_names and not any(fold(n) in fold(a) for n in short_forms(al) if len(n) >= 2):
            probs.append(f"{iid}: alias {al!r} is a bare region name, but the gold {a!r} is not that region")
    if t == "unanswerable":
        if item["doc"] is not None or item["evidence"] or a != UNANSWERABLE or item["aliases"]:
            probs.append(f"{iid}: unanswerable items need doc null, evidence [], aliases [] and answer {UNANSWERABLE!r}")
    elif not docs or not item["evidence"]:
        probs.append(f"{iid}: answerable items need a doc and evidence")
    if t == "yesno" and a not in ("是", "否"):
        probs.append(f"{iid}: yes/no gold must be 是 or 否, got {a!r}")
    if t in MULTI and len(set(docs)) < 2:
        probs.append(f"{iid}: {t} items need at least two reports in doc")
    for d in docs:
        if d not in texts:
            probs.append(f"{iid}: doc {d!r} is neither a corpus report nor a seed")
    known = [d for d in docs if d in texts]
    for ev in item["evidence"]:
        if ev != ev.strip() or "\n" in ev or not EVIDENCE_MIN <= len(ev) <= EVIDENCE_MAX:
            probs.append(f"{iid}: evidence {ev!r} must be one line of {EVIDENCE_MIN}..{EVIDENCE_MAX} chars, no edge spaces")
        if known and not any(ev in texts[d] for d in known):
            probs.append(f"{iid}: evidence {ev!r} is not a verbatim substring of {known}")
    for d in known:
        if len(known) > 1 and not any(ev in texts[d] for ev in item["evidence"]):
            probs.append(f"{iid}: listed doc {d} has none of the evidence strings")
        shared = longest_shared(q, texts[d])
        if len(shared) > MAX_COPIED_CHARS:
            probs.append(f"{iid}: question copies {shared!r} from {d}; paraphrase it")
    if t in ("number", "entity", "date") and item["evidence"]:
        golds = [fold(g) for g in (a, *item["aliases"])]
        if not any(g in fold(ev) for g in golds for ev in item["evidence"]):
            probs.append(f"{iid}: no evidence string contains the gold {a!r} or an alias")
    if t != "multi_doc" and not _YEAR.search(q):
        probs.append(f"{iid}: the question must name the report's year")
    if t not in MULTI and t != "unanswerable" and known and known[0] in labels and not _english(q):
        lab = labels[known[0]]
        names = short_forms(lab["region"]) | {lab["reporting_unit"]}
        if not any(fold(n) in fold(q) for n in names):
            probs.append(f"{iid}: the question names none of {sorted(names)} (the report's place)")
    return probs


@pytest.fixture(scope="module")
def labels() -> list[dict]:
    return read_labels()


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    files = sorted(REPORTS.glob("*.txt")) + sorted(SEEDS.glob("*.txt"))
    return {p.name: p.read_text(encoding="utf-8") for p in files}


@pytest.fixture(scope="module")
def by_file(labels) -> dict[str, dict]:
    return {Path(r["file"]).name: r for r in labels}


@pytest.fixture(scope="module")
def region_names(labels) -> set[str]:
    names = set().union(*(short_forms(r["region"]) for r in labels))
    return {fold(n) for n in names}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return [json.loads(ln) for ln in _lines(DATASET)]


# --- the corpus copy ---------------------------------------------------------------

def test_corpus_copy_matches_labels(labels):
    files = sorted(p.name for p in REPORTS.glob("*.txt"))
    listed = sorted(Path(r["file"]).name for r in labels)
    assert len(labels) == 40 and files == listed, f"reports/ and labels.tsv differ: {set(files) ^ set(listed)}"
    assert all(r["file"] == f"reports/{Path(r['file']).name}" for r in labels)
    assert (CORPUS / "README.md").is_file()
    for r in labels:
        text = (CORPUS / r["file"]).read_text(encoding="utf-8")
        assert len(text) > 500, f"{r['file']} is only {len(text)} chars"
        if r["script"] == "traditional":
            assert fold(text) != text, f"{r['file']} is labelled traditional but has no Traditional characters"


def test_read_labels_rejects_a_broken_row(tmp_path):
    bad = tmp_path / "labels.tsv"
    bad.write_text("\t".join(LABEL_COLUMNS) + "\nreports/x.txt\thttp://x\t某省\tplanet\t2020\t\tsimplified\t人民政府\t\n",
                   encoding="utf-8")
    with pytest.raises(ValueError, match="level"):
        read_labels(bad)


# --- the dataset -------------------------------------------------------------------

@pytest.mark.parametrize("path", [DATASET, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, PARAPHRASE],
                         ids=["dev_corpus", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                              "heldout7", "heldout8", "heldout9", "paraphrase"])
def test_every_item_is_valid(path, texts, by_file, region_names):
    items = [json.loads(ln) for ln in _lines(path)]
    probs = [p for it in items for p in item_problems(it, texts, by_file, region_names)]
    assert not probs, "\n".join(probs)


def test_ids_unique_and_well_formed(items):
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    assert all(re.fullmatch(r"dc-\d{3}", i) for i in ids)
    assert all("\\u" not in ln for ln in _lines(DATASET)), "write with ensure_ascii=False"


def test_composition(items, by_file):
    types = Counter(it["type"] for it in items)
    assert len(items) >= 100
    low = {t: (types[t], n) for t, n in MIN_TYPE.items() if types[t] < n}
    assert not low, f"too few items of type (have, want): {low}"
    polarity = Counter(it["answer"] for it in items if it["type"] == "yesno")
    assert polarity["否"] >= polarity["是"], f"yes/no golds {dict(polarity)}: at least half must be 否"
    covered = {d for it in items for d in docs_of(it)} & set(by_file)
    assert len(covered) >= 36, f"only {len(covered)} of the 40 corpus reports are asked about"


def test_scripts(indexed_documents):
    """Script mix as the project's loader detects it (EvalItem.script)."""
    from rag.eval.dataset import load_dataset

    scripts = Counter(it.script for it in load_dataset(DATASET, indexed_documents).items)
    assert scripts["hant"] >= 12 and scripts["en"] >= 12, dict(scripts)


def _matches(texts: dict[str, str], key: str) -> set[str]:
    strip = re.compile(r"[、“”\"' ]")
    k = strip.sub("", fold(key))
    return {name for name, t in texts.items() if k in strip.sub("", fold(t))}


def _province_of(name: str, by_file: dict[str, dict]) -> str:
    return by_file[name]["region"] if name in by_file else SEED_PROVINCE[name[:3]]


def _year_of(name: str, by_file: dict[str, dict]) -> int:
    return by_file[name]["covered_year"] if name in by_file else SEED_YEAR[name[:3]]


def expected_docs(question: str, texts: dict[str, str], by_file: dict[str, dict]) -> set[str] | None:
    """The gold set of a "which reports ..." question, recomputed from every indexed report.

    A quoted term (“…”, 《…》 or a parenthesised Chinese term) -> the reports that contain it;
    "<province>有哪些地方" / "places in <Province>" -> the reports from that province;
    "写的是YYYY年" / "cover the year YYYY" -> the reports covering that year.  None when the question is none of these.
    """
    m = (re.search(r"“([^”]+)”", question) or re.search(r"《([^》]+)》", question)
         or re.search(r"\(([^)]*[\u4e00-\u9fff][^)]*)\)", question))
    if m:
        return _matches(texts, m.group(1))
    m = re.match(r"^(\S{2,3}?)有哪些地方", fold(question))
    en = {"hunan": "湖南", "shanxi": "山西", "zhejiang": "浙江", "guangdong": "广东", "xinjiang": "新疆"}
    m_en = re.search(r"places in (\w+)", question.lower())
    prov = m.group(1) if m else (en.get(m_en.group(1)) if m_en else None)
    if prov:
        return {n for n in texts if fold(_province_of(n, by_file)).startswith(prov)}
    m = re.search(r"(?:写的是|cover the year )(20\d\d)", fold(question))
    if m:
        return {n for n in texts if _year_of(n, by_file) == int(m.group(1))}
    return None


def named_reports(question: str, by_file: dict[str, dict]) -> set[str]:
    """The seed reports whose place ``question`` names (any script, or pinyin).

    >>> sorted(named_reports("長治和Ganzhou相比?", {}))
    ['000', '001']
    """
    q = fold(question).lower()
    return {code for code, forms in SEED_PLACE.items() if any(f in q for f in forms)}


@pytest.mark.parametrize("path", [DATASET, DEV, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9],
                         ids=["dev_corpus", "dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                              "heldout7", "heldout8", "heldout9"])
def test_which_reports_golds_are_exhaustive(path, texts, by_file):
    """Every "which reports ..." gold is the set recomputed over all 45 indexed reports;
    a question that cannot be recomputed must be scoped to places it names."""
    checked = 0
    for it in (json.loads(ln) for ln in _lines(path)):
        if it["type"] != "multi_doc":
            continue
        want = expected_docs(it["question"], texts, by_file)
        if want is None:  # scoped: "长治、赣州、霍州三地的报告里，哪几份…"
            scope = named_reports(it["question"], by_file)
            gold = {d[:3] for d in docs_of(it)}
            assert len(scope) >= 2 and gold <= scope and all(d[:3] in SEED_PLACE for d in docs_of(it)), (
                f"{it['id']}: cannot recompute the gold set of {it['question']!r}; quote the term (“…”) "
                f"or name the places it asks about")
            want = set(docs_of(it))
        assert set(docs_of(it)) == want, f"{it['id']}: gold {sorted(docs_of(it))} != reports that match {sorted(want)}"
        assert len(re.split(r"[、；;]", it["answer"])) == len(want), f"{it['id']}: answer names {it['answer']!r}"
        checked += 1
    assert checked >= 6


def test_seed_comparisons_name_what_they_compare(by_file):
    """A comparison in evals/dev.jsonl names every seed report it compares, never "all reports"
    (on the 45-report index, "all reports" would be every report)."""
    for it in (json.loads(ln) for ln in _lines(DEV)):
        if it["type"] == "comparison":
            gold = {d[:3] for d in docs_of(it)}
            assert gold <= named_reports(it["question"], by_file), (
                f"{it['id']}: {it['question']!r} does not name every report of its gold {sorted(docs_of(it))}")


def test_checker_rejects_broken_items(items, texts, by_file, region_names):
    good = next(it for it in items if it["type"] == "number")
    assert item_problems(good, texts, by_file, region_names) == []
    broken = [
        {**good, "evidence": [good["evidence"][0] + "不在原文"]},
        {**good, "aliases": ["是"]},
        {**good, "aliases": ["红河州"]},
        {**good, "question": "How many?"},
        {**good, "question": "那个地方2020年有多少项?"},
        {**good, "question": texts[good["doc"]][200:230] + "?"},
        {**good, "type": "yesno"},
        {**good, "answer": "232项", "aliases": []},
        {**good, "type": "unanswerable"},
        {**good, "type": "comparison"},
    ]
    for b in broken:
        assert item_problems(b, texts, by_file, region_names), f"checker accepted a broken item: {b}"


def test_expected_docs_recomputes_sets(texts, by_file):
    assert expected_docs("哪些报告提到了“证照分离”?", texts, by_file) == {
        "000_a830e99e2ba91c42.txt", "002_a9331cd5cb836081.txt", "02_shandong_2017.txt"}
    assert expected_docs("天气怎么样?", texts, by_file) is None


@pytest.fixture(scope="module")
def indexed_documents(tmp_path_factory):
    """The documents of a real (lexical) index of seeds + corpus, as `rag ingest` stores them."""
    from rag.config import Config
    from rag.engine import Engine
    from rag.ingest.pipeline import ingest

    tmp = tmp_path_factory.mktemp("devset-corpus-index")
    cfg = Config(base_dir=str(ROOT)).replace(paths={"index_dir": str(tmp / "index")}, embedding={"backend": "none"})
    report = ingest([SEEDS, REPORTS], cfg)
    assert report.ok and len(report.added) == 45, report
    return Engine.open(cfg).documents()


@pytest.mark.parametrize("path", [DATASET, DEV, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9,
                                  PARAPHRASE],
                         ids=["dev_corpus", "dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                              "heldout7", "heldout8", "heldout9", "paraphrase"])
def test_loads_with_project_loader(indexed_documents, path):
    """The project's loader resolves every item (documents and evidence spans) against the index."""
    from rag.eval.dataset import load_dataset

    ds = load_dataset(path, indexed_documents)
    assert not ds.problems, "\n".join(map(str, ds.problems))
    assert len(ds.items) == ds.lines


def test_seed_dev_set_has_no_answers():
    """evals/dev.jsonl must not teach that every yes/no question is answered 是."""
    items = [json.loads(ln) for ln in _lines(DEV)]
    polarity = Counter(it["answer"] for it in items if it["type"] == "yesno")
    assert polarity["否"] >= 6, dict(polarity)
