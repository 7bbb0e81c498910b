"""Document metadata: inferred from the cleaned text, overridden by a TOML sidecar.

``infer_metadata`` reads what a report says about itself: its title line, the region
(fullest name, division code, level and reporting unit; see :mod:`rag.places`), the year it covers (title, then the opening sentence, then
``现将2021年度...报告如下``, never the publication date), the publication date (a date line
near the top or a dated signature at the end), the publisher and the document number.
A sidecar file (``metadata.toml`` beside the reports) corrects what inference gets wrong::

    ["000_a830e99e2ba91c42.txt"]
    region = "长治市"
    year = 2021

>>> m = infer_metadata("霍州市2023年法治政府建设报告\\n2024-01-25\\n2023年,霍州市依法行政。", "a.txt")
>>> (m.title, m.region, m.region_code, m.level, m.year, m.published)
('霍州市2023年法治政府建设报告', '山西省临汾市霍州市', '141082', 'county-level city', 2023, '2024-01-25')
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import tempfile
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .. import places
from ..errors import IngestError
from ..text import lazy_re as re
from .clean import strip_inline_pinyin

FIELDS: dict[str, type] = {"title": str, "region": str, "year": int, "publisher": str, "published": str,
                           "doc_number": str, "region_code": str, "level": str, "reporting_unit": str}
_SENTENCE_PUNCT = re.compile("[，。；！？,;!?]")
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0, "O": 0}
_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_CN_DATE = re.compile("([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
_HEADER_LABEL = re.compile(r"索引号|发布机构|发文机关|发文字号|文号|公开日期|发布日期|成文日期|发文日期|主题分类|公开方式|"
                           r"信息来源|来源|发布时间|有效性|分类")
_DOC_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,10})\s*[〔\[［【(（]\s*((?:19|20)\d{2})\s*[〕\]］】)）]\s*第?\s*(\d{1,5})\s*号")
_TITLE_END = re.compile(r"(?:报告|情况|总结|通报|报告书)(?:[（(][^）)]{1,16}[）)])?$")
_SITE_SUFFIX = re.compile(r"\s*[_|｜\-–—]\s*[^_|｜\-–—\s]{2,30}(?:人民政府|政府网|门户网站|网站)$")  # "...报告_X市人民政府"
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、]|第[一二三四五六七八九十]+)")


@dataclass(frozen=True)
class DocMeta:
    title: str = ""
    region: str = ""
    year: int | None = None
    publisher: str = ""
    published: str = ""
    doc_number: str = ""
    region_code: str = ""  # division code (GB/T 2260) of the region, "" when unknown
    level: str = ""  # province | prefecture | county | district | county-level city | banner | township | department
    reporting_unit: str = ""  # 人民政府 | 党委政府联合 | 乡人民政府 | 司法局 ...
    sources: dict[str, str] = field(default_factory=dict)  # field -> "inferred" | "sidecar"


def infer_metadata(text: str, source: str) -> DocMeta:
    """Metadata of one cleaned report; ``source`` (the file name) is the last resort for the year.

    The region is the reporting unit's fullest name with its division code (see
    :mod:`rag.places`).  A file name counts only when it reads like a report title
    (``沁源县2021年法治政府建设报告.txt``); ``0007_a8f3.txt`` is no place, so an unknown region stays "".
    """
    text = strip_inline_pinyin(text)  # 清遠(yuǎn)市 is matched as 清遠市 (the stored text keeps the reading)
    lines = [ln.strip() for ln in text.split("\n")]
    top = [ln for ln in lines if ln][:40]
    title = find_title(top)
    opening = opening_sentence(top, title)
    guess = places.infer_region(text, title, opening)
    stem = Path(source).stem
    if not guess.code and _looks_like_title(stem):  # "沁源县2021年法治政府建设报告.txt": a title as file name
        guess = places.infer_region(stem, stem)
    published = infer_published(lines)
    year = infer_year(text, title, opening, published) or _year_from_name(source)
    values = {
        "title": title or derive_title(guess.local, year), "region": guess.region, "year": year,
        "publisher": infer_publisher(lines, title), "published": published,
        "doc_number": infer_doc_number(top), "region_code": guess.code, "level": guess.level,
        "reporting_unit": guess.reporting_unit,
    }
    sources = {k: "inferred" for k, v in values.items() if v not in ("", None)}
    return DocMeta(**values, sources=sources)


def derive_title(region: str, year: int | None) -> str:
    """``长治市2021年法治政府建设情况报告``; a missing region or year is left out."""
    return f"{region}{f'{year}年' if year else ''}法治政府建设情况报告"


def find_title(top: list[str]) -> str:
    """The report's own title among its opening lines (after site menus and metadata rows):
    short, no sentence punctuation, ending in 报告/情况/总结 (or naming 法治 and a year).  A title
    split after the issuing body (``长治市人民政府`` / ``关于2021年度...的报告``) is joined; a
    ``名称:``/``标题:`` label or a bullet before it is dropped."""
    ranked = sorted(range(len(top)), key=lambda i: "法治" not in top[i])  # a 法治 line first
    for i in ranked:
        raw = top[i]
        if i >= 3 and any(len(t) > 80 and _SENTENCE_PUNCT.search(t) for t in top[:i]) and "法治" not in raw:
            continue  # the body has started
        ln = _SITE_SUFFIX.sub("", _TITLE_LABEL.sub("", raw))
        if _looks_like_title(ln):
            prev = _TITLE_LABEL.sub("", top[i - 1]) if i else ""
            if re.match(r"关于|(?:19|20)\d{2}\s*年", ln) and prev and len(prev) <= 30 and \
                    re.search("(?:政府|委员会|办公室|委|局|厅)$", prev) and not _SENTENCE_PUNCT.search(prev):
                return prev + ln
            return ln
    return ""


_TITLE_LABEL = re.compile(r"^\s*(?:[•·\-*]\s*)?(?:(?:名称|标题|文件名称)\s*[:：]\s*)?")


def _looks_like_title(line: str) -> bool:
    if not 6 <= len(line) <= 60 or _SENTENCE_PUNCT.search(line) or _HEADING.match(line):
        return False
    if _HEADER_LABEL.match(line.lstrip("[【 ")) or _DATE.fullmatch(line) or not re.search("[\u4e00-\u9fff]", line):
        return False
    return bool(_TITLE_END.search(line)) or ("法治政府" in line and bool(re.search(r"\d{4}\s*年", line)))


def opening_sentence(top: list[str], title: str) -> str:
    """The first sentence of the body: the first line with sentence punctuation, up to its first 。"""
    for ln in top:
        if ln != title and len(ln) >= 15 and re.search("[，。,]", ln) and not _HEADER_LABEL.match(ln):
            return re.split("[。！？]", ln, maxsplit=1)[0]
    return ""


def infer_year(text: str, title: str = "", opening: str = "", published: str = "") -> int | None:
    """The year a report covers.  In order: the title; a body sentence that opens with a year
    (``2022年,``, ``2016年以来,``, ``2022年度,``); ``现将…2021年度…报告如下``; else the most
    frequent year of the opening.  Never counted: plan ranges (2021—2025, 20212025), document
    numbers (〔2019〕), dates with a month (``2024年1月1日``), years after the publication date."""
    limit = int(published[:4]) if published[:4].isdigit() else 2100
    ok = lambda y: y if y and y <= limit else None
    for candidate in (_first_year(title), _opening_year(opening), _sentence_year(text[:3000]), _report_as_year(text)):
        if ok(candidate):
            return candidate
    head = _mask_non_years(_cn_year_to_digits(text[:3000]))
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?=\s*年)(?!\s*年\s*\d{1,2}\s*月)", head)]
    years = [y for y in years if y <= limit]
    return Counter(years).most_common(1)[0][0] if years else _issued_plan_year(text[:3000])


def _issued_plan_year(head: str) -> int | None:
    """Last resort when no year is stated: a plan the report says it issued this year
    (``出台《法治广西建设规划(2021—2025年)》``) starts in the covered year."""
    m = re.search(r"(?:出台|印发|制定|编制|颁布)[^。]{0,30}?《[^》]{0,40}?((?:19|20)\d{2})\s*[-—–~～至]", head)
    return int(m.group(1)) if m else None


_RANGE = re.compile(r"(?:19|20)\d{2}\s*年?\s*[-—–~～至到]+\s*(?:19|20)?\d{2,4}|(?:19|20)\d{2}(?:19|20)\d{2}")
_DOCNO_YEAR = re.compile(r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]")


def _mask_non_years(s: str) -> str:
    return _DOCNO_YEAR.sub(lambda m: " " * len(m.group()), _RANGE.sub(lambda m: " " * len(m.group()), s))


def _sentence_year(head: str) -> int | None:
    """A line or sentence that opens with the year: ``2022年,在市委…`` / ``2016年以来,``."""
    s = _cn_year_to_digits(head)
    m = re.search(r"(?:^|[。\n])\s*((?:19|20)\d{2})\s*年度?(?:以来|来)?\s*[,，]", s)
    return int(m.group(1)) if m else None


def _report_as_year(text: str) -> int | None:
    m = re.search(r"现将[^。\n]{0,30}?((?:19|20)\d{2})\s*年[^。\n]{0,40}?报告如下", _mask_non_years(text[:5000]))
    return int(m.group(1)) if m else None


def _first_year(s: str) -> int | None:
    s = _mask_non_years(_cn_year_to_digits(s))
    m = re.search(r"(?<![\d\-—–~至])((?:19|20)\d{2})\s*年(?!\s*[-—–~至])", s)
    return int(m.group(1)) if m else None


def _opening_year(opening: str) -> int | None:
    m = re.match(r"\s*((?:19|20)\d{2})\s*年", _cn_year_to_digits(opening))
    return int(m.group(1)) if m else None


def _cn_year_to_digits(s: str) -> str:
    """二〇二一年 -> 2021年."""
    return re.sub("([〇零○一二三四五六七八九]{4})(?=年)", lambda m: "".join(str(_CN_DIGITS[c]) for c in m.group(1)), s)


def infer_published(lines: list[str]) -> str:
    """ISO date of publication: a labelled or bare date line near the top, else a dated signature
    among the last lines (``2020年2月28日`` or ``二〇二〇年二月二十八日``); "" if none."""
    nonempty = [ln for ln in lines if ln]
    for label in ("(?:发布|公开)(?:日期|时间)", "(?:(?:成文|发文)?日期|时间)"):  # publication before signing
        for ln in nonempty[:16]:
            m = re.search(label + r"\s*[\]】]?\s*[:：]?\s*" + _DATE.pattern, ln)
            if m:
                return _iso(*m.groups()) or ""
    for ln in nonempty[:10]:
        m = re.fullmatch(r"(?:[\u4e00-\u9fff]{2,20}\s+)?" + _DATE.pattern + r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?", ln)
        if m:
            return _iso(*m.groups()) or ""
    for ln in reversed(nonempty[-4:]):
        m = _DATE.fullmatch(ln)
        if m:
            return _iso(*m.groups()) or ""
        m = _CN_DATE.fullmatch(ln)
        if m:
            return _iso(*(_cn_number(g) for g in m.groups())) or ""
    return ""


def _cn_number(s: str) -> str:
    """二〇二〇 -> 2020 (digit by digit); 二十八 -> 28, 十二 -> 12, 十 -> 10."""
    if len(s) == 4:
        return "".join(str(_CN_DIGITS[c]) for c in s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return str((_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0))
    return str(_CN_DIGITS[s])


def _iso(y: str, m: str, d: str) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def infer_publisher(lines: list[str], title: str = "") -> str:
    """``发布机构``/``发文机关``/``来源`` value in the header rows, else the issuing body of the title
    (``长治市人民政府关于...``), else the signature line, else ``主办单位``; "" if none."""
    nonempty = [ln for ln in lines if ln]
    for ln in nonempty[:10]:
        m = re.search(r"(?:^|\s)(?:发布机构|发文机关|发文单位|信息来源|来源)\s*[:：]?\s*([^\s:：]{2,40})", ln)
        if m and not re.search("[，。；]", ln) and not _HEADER_LABEL.fullmatch(m.group(1)) \
                and re.search("[\u4e00-\u9fff]", m.group(1)):
            return m.group(1)
    m = re.match(r"(.{2,30}?(?:人民政府|政府|委员会|办公室|办公厅))关于", title)
    if m:
        return m.group(1)
    for ln in reversed(nonempty[-4:]):
        if len(ln) <= 40 and not _SENTENCE_PUNCT.search(ln) and re.search(
                "(?:人民政府|政府|委员会|办公室|办公厅|司法局|管委会)$", ln):
            return ln
    for ln in nonempty:
        m = re.match(r"主办单位\s*[:：]\s*([^\s©]{2,40})", ln)
        if m:
            return m.group(1)
    return ""


def infer_doc_number(top: list[str]) -> str:
    """``西政〔2021〕5号`` from a ``文号`` row or a bare number line near the top; brackets
    are normalised to 〔〕 (GB/T 9704).  Numbers of other documents cited in the body are ignored."""
    for ln in top[:10]:
        m = re.search(r"(?:发文字号|文号|文件编号)\s*[:：]?\s*" + _DOC_NUMBER.pattern, ln)
        if not m:
            m = _DOC_NUMBER.fullmatch(ln)
        if m:
            prefix, year, number = m.groups()[-3:]
            return f"{prefix}〔{year}〕{int(number)}号"
    return ""


def _year_from_name(source: str) -> int | None:
    return _first_year(Path(source).stem)


# --- sidecar --------------------------------------------------------------------------

def load_sidecar(path: Path) -> dict[str, dict]:
    """Entries of a ``metadata.toml`` sidecar, keyed by file name; {} when the file does not exist."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as e:
        raise IngestError(f"{path}: cannot read the metadata sidecar ({e}). "
                          "Check it is a readable UTF-8 file.") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        raise IngestError(f"{path}: not valid TOML ({e}). Fix the file; each entry looks like "
                          '["report.txt"] then region = "长治市" and year = 2021.') from None
    return {name: validate_entry(entry, name, str(path)) for name, entry in data.items()}


def validate_entry(entry: object, name: str, where: str = "metadata sidecar") -> dict:
    """The entry itself when every field is known and well-typed, else :class:`IngestError`."""
    if not isinstance(entry, dict):
        raise IngestError(f'{where}: entry "{name}" must be a table like ["{name}"] with fields under it '
                          f"(got {type(entry).__name__} {entry!r}). Valid fields: {', '.join(FIELDS)}.")
    for key, value in entry.items():
        if key not in FIELDS:
            raise IngestError(f'{where}: entry "{name}" has unknown field "{key}". Valid fields: {", ".join(FIELDS)}.')
        want = FIELDS[key]
        if isinstance(value, bool) or not isinstance(value, want):
            raise IngestError(f'{where}: entry "{name}" field "{key}" = {value!r} must be '
                              f"{'an integer like 2021' if want is int else 'a string in quotes'}.")
        if key == "year" and not 1949 <= value <= 2100:
            raise IngestError(f'{where}: entry "{name}" field "year" = {value} '
                              "is not a plausible report year (1949-2100).")
        if key == "published" and value and not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and _iso(*value.split("-"))):
            raise IngestError(f'{where}: entry "{name}" field "published" = "{value}" '
                              'must be a date like "2021-02-26".')
    return dict(entry)


def apply_sidecar(meta: DocMeta, overrides: dict) -> DocMeta:
    """``meta`` with the sidecar's fields; they win and are marked ``"sidecar"``."""
    overrides = validate_entry(overrides, "<overrides>")
    sources = dict(meta.sources) | {k: "sidecar" for k in overrides}
    if "region" in overrides and "region_code" not in overrides:  # the code follows the corrected name
        code = places.code_of(overrides["region"], near=meta.region_code)
        overrides = {**overrides, "region_code": code}
        sources["region_code"] = "sidecar"
        p = places.place(code)
        if "level" not in overrides and meta.level != "department":
            overrides["level"] = p.level if p else ""
    return dataclasses.replace(meta, **overrides, sources=sources)


def save_sidecar(path: Path, entries: dict[str, dict]) -> None:
    """Write ``entries`` into the sidecar at ``path``, keeping the other files' entries; an entry
    given here replaces that file's whole entry.  Atomic: a temporary file renamed into place.
    The file is rewritten in a canonical form (sorted entries; comments are not kept), and an
    existing sidecar that does not parse is left alone (:class:`IngestError`)."""
    path = Path(path)
    merged = load_sidecar(path) if path.exists() else {}
    for name, entry in entries.items():
        merged[name] = validate_entry(entry, name, str(path))
    body = "".join(_toml_entry(name, merged[name]) for name in sorted(merged))
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write("# Metadata overrides per report file (sidecar wins over inference).\n" + body)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _toml_entry(name: str, entry: dict) -> str:
    rows = [f"{key} = {value if isinstance(value, int) else _toml_string(value)}\n"
            for key, value in entry.items()]
    return f"\n[{_toml_string(name)}]\n" + "".join(rows)


def _toml_string(s: str) -> str:
    """A TOML basic string: backslash, quote and control characters escaped."""
    out = []
    for ch in s:
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append({"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(ch, f"\\u{ord(ch):04X}"))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
