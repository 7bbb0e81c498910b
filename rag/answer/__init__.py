"""Answers with verified sentence-level citations.

>>> from rag.answer import Answerer, registered   # doctest: +SKIP
>>> Answerer(retriever, documents, cfg).ask("长治市2021年综合纠错率是多少？").answer  # doctest: +SKIP
'59.46%\\n全年市本級受理59件,審結37件,綜合糾錯率達59.46%,…[1]'

Modules: qtypes (question kinds, language), terms/glossary (question terms, support),
figures (numbers/dates/names in sentences), extractive/compare (the offline answerer),
citations (markers -> sentence spans, renumbering), grounding (numbers in cited text),
refusal (input/scope/support refusals), conversation/regions (follow-up rewriting),
prompts/packing (LLM prompt files, passage block), llm + backends_* (backend registry),
llm_answer (one LLM answer), turn (a question's working state, stream events), answerer (the orchestrator).
"""
from .answerer import Answerer
from .llm import LLMBackend, LLMUnavailable, get_backend, register, registered
from .prompts import Prompt, load_prompt
from .turn import AnswerEvent

__all__ = ["AnswerEvent", "Answerer", "LLMBackend", "LLMUnavailable", "Prompt", "get_backend", "load_prompt",
           "register", "registered"]
