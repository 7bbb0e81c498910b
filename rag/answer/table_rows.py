"""Figures in a plain-text table: a row's label names what is counted (and its unit, ``一审行政诉讼（件）``),
its cells are one figure per column, and the header row above says which year each column is.

Reports of this genre often close a section with such a table (项目 | 2018年 | 2019年 | 增减), aligned
with spaces, full-width spaces or ``|``.  A figure question asked of a year is answered by the row's
cell in that year's column, in the label's unit (:func:`year_cell`); the row's meaning includes the
table's caption (:func:`table_lead`), which names what the table is about (行政复议、行政诉讼案件情况).

>>> text = "表1 某区行政诉讼情况\\n项目 | 2018年 | 2019年 | 增减\\n一审案件（件） | 95 | 112 | +17\\n败诉率 | 8.4% | 4.5% | -3.9个百分点\\n"
>>> row = text.index("一审")
>>> a, b, unit = year_cell(text, row, text.index("\\n", row), (2019,))
>>> text[row + a:row + b], unit
('112', '件')
>>> row = text.index("败诉率")
>>> a, b, unit = year_cell(text, row, text.index("\\n", row), (2018,))
>>> text[row + a:row + b], unit
('8.4%', '%')
>>> table_lead(text, row)
'表1 某区行政诉讼情况\\n项目 | 2018年 | 2019年 | 增减\\n'
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..text import lazy_re as re
from ..text.normalize import fold_chars

# a cell: a signed figure with its own unit (12, 13.3%, +15, -5.2个百分点, 提高7.5个百分点) or a column's year
# (a cell may carry its own measure word, as rows written for reading do: 收到复议申请  71件  98件)
_CELL_UNIT = r"(?:%|‰|个百分点|[万亿]?(?:件次|人次|家次|个月|[件人次个项家户名起条元天场份所台套部])|[万亿])"
_VALUE = rf"(?:[提降增减]?[高低加少]?)?[+\-－]?\d[\d,]*(?:\.\d+)?{_CELL_UNIT}?"
_SEP = r"(?:[ \t\u3000]*\|[ \t\u3000]*|[ \t\u3000]+)"
_ROW_RE = re.compile(rf"^[ \t\u3000|]*(?P<label>[^\d\n|]*[\u4e00-\u9fff）)][^\d\n|]*?)(?P<cells>(?:{_SEP}{_VALUE}){{2,}})[ \t\u3000|]*$")
_CELL_RE = re.compile(_VALUE)
_YEAR_CELL_RE = re.compile(r"((?:19|20)\d{2})\s*年?度?")
_HEADER_CELL_RE = re.compile(r"[^\s|\u3000]+")
_RULE_RE = re.compile(r"^[\s|:\-]+$")
_LABEL_UNIT_RE = re.compile(r"[（(]([^（）()\d]{1,4})[）)]\s*$")
# the unit a caption declares for every cell (（单位：件）, 单位: 万元): the cells' unit where no row or column names one
_CAPTION_UNIT_RE = re.compile(r"单\s*位\s*[：:]\s*([^\s\d（）()，,；;。、：:|]{1,4})")
HEADER_REACH = 40  # rows a header may stand above the row it heads
CAPTION_CHARS = 200  # how much of the lines above a header its caption may take


def _line(text: str, start: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return a, (len(text) if b < 0 else b)


ROW_CHARS = 200  # a table row is short; a longer line is prose


def _row(line: str):
    """The row match of ``line``, None for prose: a long line, or one with the sentence punctuation rows never hold
    (checked first: the row pattern is not tried on paragraphs)."""
    if len(line) > ROW_CHARS or any(p in line for p in "。，；;"):
        return None
    return _ROW_RE.match(fold_chars(line))


def _header_years(line: str) -> list[int | None] | None:
    """The year of each value column of a header line (项目 | 2018年 | 2019年 | 增减 -> [2018, 2019, None]),
    None when it is no header (fewer than two year columns)."""
    cells = _HEADER_CELL_RE.findall(fold_chars(line))
    cols = []
    for c in cells[1:]:
        m = _YEAR_CELL_RE.fullmatch(c)
        cols.append(int(m.group(1)) if m else None)
    return cols if sum(1 for c in cols if c) >= 2 else None


def _header_names(line: str) -> list[str] | None:
    """The name of each value column of a header line whose columns are measures, not years
    (单位  检查次数  立案数  罚没金额（万元） -> [检查次数, 立案数, 罚没金额（万元）]); None for any other line."""
    names = _HEADER_CELL_RE.findall(fold_chars(line))[1:]
    ok = len(names) >= 2 and all(re.search(r"[\u4e00-\u9fff]", c) and not re.search(r"\d", c) for c in names)
    return names if ok else None


def _header(text: str, row_start: int) -> tuple[int, list[int | None]] | tuple[int, list[str]] | None:
    """(start of the header line, its column years, or its column names: :func:`_header_names`) of the table
    whose row starts at ``row_start``: the nearest line above that is a header, over table rows only."""
    end = row_start - 1
    for _ in range(HEADER_REACH):
        if end < 0:
            return None
        a = text.rfind("\n", 0, end) + 1
        line = text[a:end]
        cols = _header_years(line) or _header_names(line)
        if cols is not None:
            return a, cols
        rule = _RULE_RE.match(line) is not None and "-" in line  # a Markdown table's |---|---| line
        if not rule and (not line.strip() or _row(line) is None and "：" not in line[:12]):  # 其中：… rows are rows too
            return None
        end = a - 1
    return None


def year_cell(text: str, start: int, end: int, years: Sequence[int],
              column: Callable[[str], float] | None = None) -> tuple[int, int, str] | None:
    """(start, end, unit) relative to ``start`` of the figure the table row ``text[start:end]`` gives for the
    first of ``years`` its header has a column of; the unit is the cell's own (13.3%) or the label's
    (一审行政诉讼（件）: 件).  A header of named columns (立案数, 罚没金额（万元）) gives the cell of the column
    ``column`` scores best above 0 (what the question asks), in that name's unit.  None when the span is no table
    row or no asked year or measure heads a column."""
    a, b = _line(text, start)
    m = _row(text[a:b])
    if m is None or not (a <= start and end <= b + 1):
        return None
    head = _header(text, a)
    if head is None:
        return None
    cols, cells = head[1], list(_CELL_RE.finditer(m.group("cells")))
    col, name_unit = _column(cols, years, column, len(cells))
    if col is None or col >= len(cells):
        return None
    cell = cells[col]
    ca, cb = a + m.start("cells") + cell.start(), a + m.start("cells") + cell.end()
    own = re.search(rf"{_CELL_UNIT}$", cell.group(0))
    label_unit = _LABEL_UNIT_RE.search(m.group("label"))
    unit = own.group(0) if own else (name_unit or (label_unit.group(1) if label_unit else "") or caption_unit(text, head[0]))
    return ca - start, cb - start, unit


def caption_unit(text: str, header_start: int) -> str:
    """The unit the caption above the header line at ``header_start`` declares for the table's cells
    (``各县复议情况如下（单位：件）：`` -> 件), or the header's own (``单位：万元``); "" when none does.

    >>> t = "各县受理情况（单位：件）\\n县 受理 审结\\n甲县 12 10\\n"
    >>> u = "各县受理情况\\n县 受理 审结\\n甲县 12 10\\n"
    >>> caption_unit(t, t.index("县 受理")), caption_unit(u, u.index("县 受理"))
    ('件', '')
    """
    end = _line(text, header_start)[1]
    lines = text[max(0, header_start - CAPTION_CHARS):end].split("\n")
    m = next((m for line in reversed(lines[-3:]) if (m := _CAPTION_UNIT_RE.search(fold_chars(line)))), None)
    return m.group(1) if m else ""


def _column(cols: list, years: Sequence[int], column: Callable[[str], float] | None, n: int) -> tuple[int | None, str]:
    """(index, the column name's unit) of the asked column: the first asked year's, or the best-scored name's."""
    if cols and isinstance(cols[0], str):
        if column is None or len(cols) != n:
            return None, ""
        scores = [column(c) for c in cols]
        best = max(range(len(cols)), key=scores.__getitem__)
        unit = _LABEL_UNIT_RE.search(cols[best])
        return (best if scores[best] > 0 else None), (unit.group(1) if unit else "")
    return next((cols.index(y) for y in years if y in cols), None), ""


@dataclass(frozen=True)
class RowProse:
    """A table row's figure for the asked year written as the genre's prose: ``纠错（件） 48 39`` -> ``纠错39件``."""
    text: str  # the label without its unit bracket, the cell, the label's unit
    at: int  # where the cell starts in ``text``
    start: int  # the cell in the row's own text (relative to the row span's start)
    end: int


def row_prose(text: str, start: int, end: int, years: Sequence[int],
              column: Callable[[str], float] | None = None) -> RowProse | None:
    """The table row ``text[start:end]`` as one prose clause about the asked year (:class:`RowProse`), so
    that its figure is read like any sentence's (the label's verb and noun right before the figure);
    None when it is no table row or no asked year heads a column.

    >>> t = "项目 | 2018年 | 2019年\\n  其中：败诉（件） | 8 | 5\\n"
    >>> r = row_prose(t, t.index("其中"), len(t) - 1, (2019,))
    >>> r.text, r.text[r.at:], t[t.index("其中") + r.start:t.index("其中") + r.end]
    ('其中：败诉5件', '5件', '5')
    """
    cell = year_cell(text, start, end, years, column)
    if cell is None:
        return None
    a, b = _line(text, start)
    m = _row(text[a:b])
    label = text[a:b][:m.end("label")].strip(" \t\u3000|")
    unit = _LABEL_UNIT_RE.search(label)
    core = label[:unit.start()] if unit else label
    head = _header(text, a)
    if head is not None and head[1] and isinstance(head[1][0], str):  # a named column: the row's label, then the name
        cells = list(_CELL_RE.finditer(m.group("cells")))
        at = next(i for i, c in enumerate(cells) if a + m.start("cells") + c.start() == start + cell[0])
        name = head[1][at]
        name_unit = _LABEL_UNIT_RE.search(name)
        core += name[:name_unit.start()] if name_unit else name
    figure = text[start + cell[0]:start + cell[1]]
    return RowProse(core + figure + (cell[2] if cell[2] not in figure else ""), len(core), cell[0], cell[1])


def table_lead(text: str, start: int) -> str:
    """The caption and header line of the table whose row holds ``start`` ("" when it is no table row):
    what the table is about, which its rows' labels leave unsaid."""
    a, b = _line(text, start)
    if _row(text[a:b]) is None:
        return ""
    head = _header(text, a)
    if head is None:
        return ""
    h = head[0]
    header = text[h:_line(text, h)[1]]
    above = text[max(0, h - CAPTION_CHARS):h].strip().split("\n")
    caption = "\n".join(x for x in above[-2:] if x.strip())
    return (caption + "\n" if caption else "") + header + "\n"


_TOTAL_LABEL_RE = re.compile(r"^[ \t\u3000|]*(?:合\s*计|总\s*计|共\s*计|全部|总数|全县|全市|全区|全省)[ \t\u3000|]")
_SUM_Q_RE = re.compile(r"加起来|合起来|加在一起|加总|合计|总计|共计|汇总|\b(?:combined|altogether|in total|added up|add up|sum)\b",
                       re.IGNORECASE)


def total_row_asked(text: str, start: int, question: str) -> bool:
    """Is ``text``'s line at ``start`` a table's total row (合计 1,182 1,403.9) and does ``question`` ask the rows
    added up (六个部门的罚没金额加起来): the total answers it, no single row does.

    >>> t = "单位 立案数 罚没金额\\n甲局 12 3.5\\n合计 30 8.0\\n"
    >>> total_row_asked(t, t.index("合计"), "各单位立案数加起来是多少"), total_row_asked(t, t.index("甲局"), "加起来是多少")
    (True, False)
    """
    a, b = _line(text, start)
    return _row(text[a:b]) is not None and bool(_TOTAL_LABEL_RE.match(fold_chars(text[a:b]))) and bool(_SUM_Q_RE.search(question))



def cut_rows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of each row of a table that the passage ``text[start:end]`` cuts, outside the passage: the
    rows after it when its last line is a row or the header, the rows before it when its first line is a row.
    A table is one unit: a passage ending at its header still holds its rows' figures.

    >>> t = "表1 某县执法情况\\n项目 2021年 2022年\\n立案（件） 310 295\\n听证（件） 12 15\\n\\n其他工作。"
    >>> [t[a:b] for a, b in cut_rows(t, 0, t.index("立案"))]
    ['立案（件） 310 295', '听证（件） 12 15']
    >>> [t[a:b] for a, b in cut_rows(t, t.index("听证"), len(t))]
    ['立案（件） 310 295']
    """
    out: list[tuple[int, int]] = []
    body = text[start:end]
    tail = body.rstrip()
    if tail:
        a, b = _line(text, start + len(tail) - 1)
        line = text[a:b]
        if _row(line) is not None or _header_years(line) is not None or _header_names(line) is not None:
            pos = b + 1
            for _ in range(HEADER_REACH):
                if pos >= len(text):
                    break
                a, b = _line(text, pos)
                if _row(text[a:b]) is None:
                    break
                out.append((a, b))
                pos = b + 1
    lead = len(body) - len(body.lstrip())
    if body.strip():
        a, b = _line(text, start + lead)
        if _row(text[a:b]) is not None:
            before = []
            pos = a - 1
            for _ in range(HEADER_REACH):
                if pos <= 0:
                    break
                pa, pb = _line(text, pos)
                if _row(text[pa:pb]) is None:
                    break
                before.append((pa, pb))
                pos = pa - 1
            out = before[::-1] + out
    return out
