"""File -> raw text: text files through :mod:`rag.ingest.decoding`, the visible text of HTML, PDF and DOCX.

>>> load_bytes("a.txt", "長治市2021年".encode("big5")).encoding
'big5'
>>> load_bytes("a.txt", "\\ufeff法治\\r\\n政府".encode("utf-8")).text
'法治\\n政府'
"""
from __future__ import annotations

import codecs
import io
import logging
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import IngestError
from ..text import lazy_re as re
from .decoding import decode_text, starts_with_bom
from .limits import Budget as _Budget
from .limits import Limits

SUPPORTED = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
KINDS = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}


@dataclass(frozen=True)
class LoadedText:
    text: str  # '\n' newlines only
    encoding: str  # codec that decoded the bytes ("utf-8", "gbk", ...); "pdf"/"docx" for those
    kind: str  # "txt" | "md" | "html" | "pdf" | "docx"


def load_file(path: Path, max_mb: float | None = None, limits: Limits | None = None) -> LoadedText:
    """Read ``path`` and return its text; any problem raises :class:`IngestError` (one line).

    ``max_mb`` (optional) refuses larger files before reading them; ``limits`` bound the work.
    """
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in KINDS:
        shown = f"extension '{path.suffix}'" if path.suffix else "no extension"
        raise IngestError(f"{path}: unsupported file type ({shown}). Supported: {', '.join(SUPPORTED)}. "
                          "Convert the file to one of these (e.g. save .doc as .docx) and ingest it again.")
    data = _read_bytes(path, max_mb)
    return load_bytes(path, data, limits)


def load_bytes(name: str | Path, data: bytes, limits: Limits | None = None) -> LoadedText:
    """Decode ``data`` as the file type of ``name``'s extension (the pure core of :func:`load_file`)."""
    ext = Path(name).suffix.lower()
    kind = KINDS.get(ext)
    if kind is None:
        raise IngestError(f"{name}: unsupported file type '{ext}'. Supported: {', '.join(SUPPORTED)}.")
    if not data:
        raise IngestError(f"{name}: the file is empty (0 bytes). Check that it was downloaded or saved completely.")
    text, encoding = _LOADERS[kind](str(name), data, _Budget(str(name), limits or Limits()))
    text = normalize_newlines(text)
    if not text.strip():
        raise IngestError(f"{name}: the file contains no text, only whitespace. Check that it is the right file.")
    return LoadedText(text=text, encoding=encoding, kind=kind)


def _read_bytes(path: Path, max_mb: float | None) -> bytes:
    try:
        if path.is_dir():
            raise IngestError(f"{path}: is a folder, not a file. Pass the folder itself to ingest all its files.")
        if max_mb is not None and path.stat().st_size > max_mb * 2**20:
            raise IngestError(f"{path}: {path.stat().st_size / 2**20:.1f} MB is over the {max_mb:g} MB limit. "
                              "Split the file or raise [ingest] max_file_mb in rag.toml.")
        return path.read_bytes()
    except FileNotFoundError:
        raise IngestError(f"{path}: no such file. Check the path and the file name.") from None
    except PermissionError:
        raise IngestError(f"{path}: permission denied. Make the file readable (chmod +r) or copy it "
                          "somewhere you can read it.") from None
    except OSError as e:
        raise IngestError(f"{path}: cannot be read ({e.strerror or e}). Check the path and the disk.") from None


def normalize_newlines(text: str) -> str:
    """CRLF, CR and the Unicode line/paragraph separators become '\\n'; a leading BOM goes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub("[\u2028\u2029\x0b\x0c\x85]", "\n", text)
    return text.removeprefix("\ufeff")


# --- per-kind loaders ----------------------------------------------------------------

def _load_txt(name: str, data: bytes, budget: _Budget) -> tuple[str, str]:
    return decode_text(data, name)


_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _load_html(name: str, data: bytes, budget: _Budget) -> tuple[str, str]:
    markup, enc = _decode_html(name, data)
    budget.size(len(markup) * 4, "its markup")  # a parsed tree takes several times the text's size
    budget.parts(markup.count("<"), "tags", scale=1000)
    return html_to_text(markup), enc


_TRUSTED_LABELS = {"utf-8", "gb18030", "big5", "cp950", "big5hkscs", "utf-16-le", "utf-16-be"}


def _decode_html(name: str, data: bytes) -> tuple[str, str]:
    """A declared ``<meta charset>`` is tried first (strictly); detection decides otherwise."""
    if not starts_with_bom(data):
        m = _META_CHARSET.search(data[:4096])
        if m:
            try:
                declared = codecs.lookup(m.group(1).decode("ascii")).name
                # pages labelled gb2312 routinely contain GBK-only characters; a Latin-1 label on a
                # Chinese page is a mislabel that would decode to junk without an error
                enc = "gb18030" if declared in ("gb2312", "gbk") else declared
                if enc in _TRUSTED_LABELS:
                    return data.decode(enc), enc
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong or unknown label: fall back to detection
    return decode_text(data, name)


_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "iframe", "svg", "canvas",
              "head", "select", "button", "input", "textarea", "object", "embed", "map")
_PARA_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "blockquote", "pre", "hr",
              "section", "article", "figure", "address", "center"}
_LINE_TAGS = {"div", "li", "tr", "dt", "dd", "caption", "main", "aside", "form", "fieldset", "figcaption",
              "details", "summary", "tbody", "thead", "tfoot", "body", "html", "title", "label", "legend"}
_LINE, _PARA = "\ue000", "\ue001"  # private-use markers, stripped from the input first
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page: blocks become lines, paragraphs are separated by a blank line.

    >>> html_to_text("<p>第一段<script>x()</script></p><div>第二<br>行</div>")
    '第一段\\n\\n第二\\n行'
    """
    from bs4 import BeautifulSoup, NavigableString, Tag
    from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction

    soup = BeautifulSoup(markup.replace(_LINE, "").replace(_PARA, ""), "html.parser")
    for tag in [*soup.find_all(_DROP_TAGS), *soup.find_all(_is_hidden)]:
        if not tag.decomposed:
            tag.decompose()
    for tag in soup.find_all(True):
        name = tag.name.lower()
        if name == "br":
            tag.replace_with(_LINE)
        elif name in ("td", "th"):
            tag.insert_after(" ")
        elif name in _PARA_TAGS or name in _LINE_TAGS:
            mark = _PARA if name in _PARA_TAGS else _LINE
            tag.insert_before(mark)
            tag.insert_after(mark)
    skip = (Comment, Declaration, Doctype, CData, ProcessingInstruction)
    parts = []
    for node in soup.descendants:
        if isinstance(node, NavigableString) and not isinstance(node, skip):
            in_pre = any(isinstance(p, Tag) and p.name == "pre" for p in node.parents)
            parts.append(str(node) if in_pre else _collapse_ws(str(node)))
    return _markers_to_newlines("".join(parts))


def _is_hidden(tag) -> bool:
    return tag.has_attr("hidden") or bool(_HIDDEN_STYLE.search(tag.get("style", "") or "")) \
        or (tag.get("aria-hidden") or "").lower() == "true"


def _collapse_ws(s: str) -> str:
    """HTML white-space collapsing; a source line break between two CJK characters vanishes
    (CSS Text 3 segment-break rule) instead of becoming a space inside a Chinese sentence."""
    s = re.sub(f"(?<=[{_CJK}])[ \t\r\f]*\n[ \t\r\n\f]*(?=[{_CJK}])", "", s)
    return re.sub(r"[ \t\r\n\f]+", " ", s)


def _markers_to_newlines(s: str) -> str:
    def run(m: re.Match) -> str:
        return "\n\n" if _PARA in m.group(0) else "\n"

    s = re.sub(f"[ \t]*[{_LINE}{_PARA}][{_LINE}{_PARA} \t]*", run, s)
    lines = [ln.strip(" \t") for ln in s.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _load_pdf(name: str, data: bytes, budget: _Budget) -> tuple[str, str]:
    from pypdf import PdfReader, filters

    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)  # damage is reported once, by the IngestError below, not as log noise
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(f"{name}: the PDF is password-protected. Save an unprotected copy and ingest that.")
        budget.parts(len(reader.pages), "pages")
        # pypdf refuses any one stream that inflates past this (a decompression bomb)
        filters.ZLIB_MAX_OUTPUT_LENGTH = min(filters.ZLIB_MAX_OUTPUT_LENGTH, budget.limits.max_inflated)
        pages, total = [], 0
        for page in reader.pages:
            budget.tick()
            pages.append(page.extract_text() or "")
            total += len(pages[-1]) * 4
            budget.size(total, "its text")
    except IngestError:
        raise
    except Exception as e:  # noqa: BLE001 - pypdf raises many kinds of error on damaged files
        raise IngestError(f"{name}: the PDF is damaged or not a PDF ({_one_line(e)}). "
                          "Re-download or re-export it.") from None
    finally:
        log.setLevel(level)
    if not any(p.strip() for p in pages):
        raise IngestError(f"{name}: the PDF has no text layer ({len(pages)} page(s) of images?); it needs OCR. "
                          "Run it through OCR (e.g. `ocrmypdf --language chi_sim in.pdf out.pdf`) "
                          "and ingest the result.")
    return "\n".join(pdf_page_text(normalize_newlines(p)) for p in pages), "pdf"


def pdf_page_text(page: str) -> str:
    """Undo two PDF extraction artefacts: spaces between every pair of Chinese characters, and
    visual line wraps inside a paragraph.  A line joins the next one only when the page has a
    body width (3+ lines of the same length) and the line fills it without ending a sentence.

    >>> pdf_page_text("法 治 政 府 建 设")
    '法治政府建设'
    """
    han_pairs = re.findall(r"[\u4e00-\u9fff](.)(?=[\u4e00-\u9fff])", page)
    if han_pairs and sum(1 for c in han_pairs if c == " ") > 0.5 * len(han_pairs):
        page = re.sub(r"(?<=[\u4e00-\u9fff，。、；：“”（）]) (?=[\u4e00-\u9fff，。、；：“”（）])", "", page)
    lines = [ln.rstrip() for ln in page.split("\n")]
    width = _body_width(lines)
    out: list[str] = []
    prev = ""  # the previous visual line, before any joining
    for ln in lines:
        if (width and abs(len(prev) - width) <= 1 and re.search(f"[{_CJK},]$", prev)
                and not re.search("[。！？；：…]$", prev) and not _PDF_HEADING.match(ln)):
            out[-1] += ln.lstrip()
        else:
            out.append(ln)
        prev = ln
    return "\n".join(out)


_PDF_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第)")


def _body_width(lines: list[str]) -> int:
    """The line length most lines of 15+ characters share (within one), if 3+ lines do; else 0."""
    lengths = [len(ln) for ln in lines if len(ln) >= 15]
    best = max(set(lengths), key=lambda w: (sum(abs(n - w) <= 1 for n in lengths), w), default=0)
    return best if sum(abs(n - best) <= 1 for n in lengths) >= 3 else 0


def _check_zip(data: bytes, budget: _Budget) -> None:
    """Refuse a .docx whose members would inflate past the limit, before inflating anything."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip: python-docx reports the damage below
    budget.parts(len(infos), "parts (zip members)")
    budget.size(sum(i.file_size for i in infos), "its XML")


def _load_docx(name: str, data: bytes, budget: _Budget) -> tuple[str, str]:
    import docx

    _check_zip(data, budget)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = []
        for b in document.iter_inner_content():
            budget.tick()
            blocks.append(_docx_block_text(b))
    except IngestError:
        raise
    except Exception as e:  # noqa: BLE001 - python-docx, zipfile and lxml raise many kinds on damaged files
        raise IngestError(f"{name}: the .docx is damaged or not a Word document ({_one_line(e)}). "
                          "Open it in Word/WPS and save it again as .docx.") from None
    return "\n".join(b for b in blocks if b.strip()), "docx"


def _one_line(e: Exception) -> str:
    first = (str(e).strip().splitlines() or [""])[0][:200]
    return f"{type(e).__name__}: {first}" if first else type(e).__name__


def _docx_block_text(block) -> str:
    """A paragraph's text, or a table as one line per row (merged cells once, cells space-separated)."""
    if not hasattr(block, "rows"):
        return block.text
    rows = []
    for row in block.rows:
        seen, cells = set(), []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            inner = "\n".join(_docx_block_text(b) for b in cell.iter_inner_content()).strip()
            if inner:
                cells.append(inner)
        rows.append(" ".join(cells))
    return "\n".join(r for r in rows if r)


_LOADERS = {"txt": _load_txt, "md": _load_txt, "html": _load_html, "pdf": _load_pdf, "docx": _load_docx}
