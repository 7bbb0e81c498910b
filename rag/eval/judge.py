"""Optional LLM judge (``rag eval --judge``): faithfulness and correctness per item.

The prompt is ``prompts/judge.zh.md`` (Chinese; question, reference, answer and quotes
are passed as data inside tags, never as instructions).  The model replies with one JSON
line ``{"correct": 0|1, "grounded": 0|1, "complete": 0|1, "reason": "..."}``;
``judge_correctness`` = correct, ``judge_faithfulness`` = grounded.  A reply that is not
such JSON, or a call that fails, leaves that item unjudged (None), and the run notes say
how many.  The judge runs through the same LLM backend registry as answers
(``rag.answer.llm``); with the extractive backend (no LLM) it is skipped with a note.

>>> parse_judgement('好的。```json\\n{"correct": 1, "grounded": "0", "reason": "数字不符"}\\n```')
{'correct': 1.0, 'grounded': 0.0, 'complete': None, 'reason': '数字不符'}
"""
from __future__ import annotations

import json
import sys
from typing import Any

from ..config import Config
from ..errors import BackendError
from ..text import lazy_re as re

UNANSWERABLE_REFERENCE = "（无法回答：报告中没有这一信息，正确做法是拒答）"
ABSTAINED_ANSWER = "（系统拒答：未在报告中找到答案）"
_OBJ_RE = re.compile(r"\{[^{}]*\}", re.DOTALL)


def _score(v: Any) -> float | None:
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, (int, float)) and v in (0, 1):
        return float(v)
    if isinstance(v, str) and v.strip() in ("0", "1"):
        return float(v.strip())
    return None


def parse_judgement(text: str) -> dict[str, Any] | None:
    """The first JSON object in ``text`` with 0/1 scores; None when there is none."""
    for m in _OBJ_RE.finditer(text or ""):
        try:
            obj = json.loads(m.group(0))
        except ValueError:
            continue
        if isinstance(obj, dict) and ("correct" in obj or "grounded" in obj):
            out = {k: _score(obj.get(k)) for k in ("correct", "grounded", "complete")}
            out["reason"] = str(obj.get("reason", ""))[:500]
            return out
    return None


def judge_messages(prompt, row: dict) -> list[dict[str, str]]:
    quotes = "\n".join(f"[{c['n']}] {c['quote']}" for c in row.get("citations", [])) or "（无引用）"
    reference = UNANSWERABLE_REFERENCE if row["type"] == "unanswerable" else \
        " / ".join([row["gold"], *row.get("aliases", [])])
    answer = ABSTAINED_ANSWER if row.get("abstained") else row.get("answer", "")
    return prompt.messages(question=row["question"], reference=reference, answer=answer, quotes=quotes)


def judge_rows(rows: list[dict], cfg: Config, llm: str | None, docs: dict | None = None) -> list[str]:
    """Add judge scores to ``rows`` in place; return notes for the report."""
    from tqdm import tqdm

    from ..answer.llm import get_backend
    from ..answer.prompts import load_prompt

    name = llm or cfg.llm.backend
    backend = get_backend(name, cfg.llm)
    if not backend.is_llm:
        return [(f"LLM judge skipped: backend {name!r} is not a language model. Configure one "
                '([llm] backend = "openai", base_url, model) or pass --llm openai.')]
    prompt = load_prompt("judge", "zh", cfg.path(cfg.paths.prompts_dir))
    failed, unparsed = 0, 0
    for row in tqdm(rows, desc="judge", unit="q", file=sys.stderr, disable=None):
        try:
            verdict = parse_judgement(backend.generate(judge_messages(prompt, row)))
        except BackendError:
            failed += 1
            continue
        if verdict is None:
            unparsed += 1
            continue
        row["judge"] = verdict
        row["metrics"]["judge_correctness"] = verdict["correct"]
        row["metrics"]["judge_faithfulness"] = verdict["grounded"]
    judged = len(rows) - failed - unparsed
    notes = [(f"LLM judge: {name} ({cfg.llm.model or 'default model'}), prompt {prompt.version}; "
             f"{judged} of {len(rows)} items judged")]
    if failed or unparsed:
        notes.append(f"LLM judge: {failed} calls failed, {unparsed} replies were not the expected JSON (left unjudged)")
    return notes
