"""Each English phrase of the glossary (rag/text/glossary_*.py) is entered once.

The glossary is three dict literals merged into one (``rag.text.glossary.GLOSSARY``); a phrase entered twice is not
an error in Python: the later entry silently wins, so whoever added the earlier one sees their mapping ignored (two
parallel fixes once entered "inspections of companies" twice and the later, narrower copy lost an answer).
"""
from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

GLOSSARY_MODULES = sorted((Path(__file__).resolve().parents[1] / "rag" / "text").glob("glossary_*.py"))


def _entries(path: Path) -> list[tuple[str, int]]:
    """(phrase, line) of every string key of a dict literal, including ``**dict.fromkeys((...), ...)`` groups."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Dict):
            continue
        for key, value in zip(node.keys, node.values, strict=True):
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                found.append((key.value, key.lineno))
            elif (key is None and isinstance(value, ast.Call) and getattr(value.func, "attr", "") == "fromkeys"
                  and isinstance(value.args[0], ast.Tuple | ast.List)):
                found += [(e.value, e.lineno) for e in value.args[0].elts
                          if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return found


def test_the_glossary_modules_are_found():
    assert len(GLOSSARY_MODULES) >= 3 and all(_entries(p) for p in GLOSSARY_MODULES)


def test_no_english_phrase_is_entered_twice():
    where = defaultdict(list)
    for path in GLOSSARY_MODULES:
        for phrase, line in _entries(path):
            where[phrase].append(f"{path.name}:{line}")
    twice = {phrase: places for phrase, places in where.items() if len(places) > 1}
    assert not twice, f"entered more than once (the later entry silently wins): {twice}"
