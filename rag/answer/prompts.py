"""Prompt templates stored as files: ``prompts/{name}.{lang}.md``.

File format (first line is the version, recorded in every Answer's meta)::

    version: answer-zh/2
    === system
    ...system prompt...
    === user
    ...user template with {passages} and {question}...

Placeholders are filled in one pass, so text inside a value (a report that contains
``{question}``) is never expanded again.

>>> p = load_prompt("answer", "zh")
>>> p.version
'answer-zh/2'
>>> p.render_user(passages="<passages>\\n</passages>", question="纠错率{passages}？").count("{passages}")
1
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from ..config import ROOT
from ..errors import ConfigError
from ..text import lazy_re as re

DEFAULT_DIR = ROOT / "prompts"
LANGS = ("zh", "en")
_SECTION_RE = re.compile(r"^=== (system|user)\s*$", re.MULTILINE)
_PLACEHOLDER_RE = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Prompt:
    name: str
    lang: str
    version: str
    system: str
    user_template: str
    path: str = ""

    def render_user(self, **values: str) -> str:
        """The user message with ``{key}`` replaced by ``values[key]`` (others left as is)."""
        return _PLACEHOLDER_RE.sub(lambda m: values.get(m.group(1), m.group(0)), self.user_template)

    def messages(self, **values: str) -> list[dict[str, str]]:
        """Chat messages: ``[{"role": "system", ...}, {"role": "user", ...}]``."""
        return [{"role": "system", "content": self.system}, {"role": "user", "content": self.render_user(**values)}]


def parse_prompt(text: str, name: str = "", lang: str = "", path: str = "") -> Prompt:
    """A :class:`Prompt` from file text; raises ConfigError naming what is missing."""
    first, _, rest = text.lstrip("\ufeff").partition("\n")
    if not first.startswith("version:") or not first[8:].strip():
        raise ConfigError(f"Prompt file {path or name} must start with a line 'version: {name}-{lang}/1'; found {first[:60]!r}.")
    parts = _SECTION_RE.split(rest)
    sections = {parts[i]: parts[i + 1].strip("\n") for i in range(1, len(parts) - 1, 2)}
    missing = [s for s in ("system", "user") if not sections.get(s, "").strip()]
    if missing:
        raise ConfigError(f"Prompt file {path or name} lacks section(s) {', '.join('=== ' + m for m in missing)}.")
    return Prompt(name, lang, first[8:].strip(), sections["system"], sections["user"], path)


def available_prompts(directory: str | Path | None = None) -> list[str]:
    """``name.lang`` of every prompt file in ``directory``."""
    d = Path(directory or DEFAULT_DIR)
    return sorted(p.name.rsplit(".", 1)[0] for p in d.glob("*.*.md")) + sorted(p.name.rsplit(".", 1)[0] for p in d.glob("*.*.txt"))


@functools.lru_cache(maxsize=64)
def _load(path: str, name: str, lang: str, mtime: float) -> Prompt:
    return parse_prompt(Path(path).read_text(encoding="utf-8"), name, lang, path)


def load_prompt(name: str, lang: str, directory: str | Path | None = None) -> Prompt:
    """The prompt ``name`` in ``lang`` ('zh' or 'en') from ``directory`` (default ``prompts/``)."""
    if lang not in LANGS:
        raise ConfigError(f"Prompt language {lang!r} is not supported. Use one of: {', '.join(LANGS)}.")
    d = Path(directory or DEFAULT_DIR)
    for ext in ("md", "txt"):
        p = d / f"{name}.{lang}.{ext}"
        if p.is_file():
            return _load(str(p), name, lang, p.stat().st_mtime)
    have = ", ".join(available_prompts(d)) or "none"
    raise ConfigError(
        f"No prompt {name!r} for language {lang!r} in {d} (looked for {name}.{lang}.md / .txt). "
        f"Available: {have}. Add the file or set [llm] prompt / [paths] prompts_dir."
    )
