"""The Answerer: question (+ history) -> retrieval -> checks -> answer with verified citations.

>>> # Answerer(retriever, {doc.doc_id: doc, ...}, cfg).ask("长治市2021年综合纠错率是多少？")  # see tests

Order of work: input checks -> follow-up rewrite -> retrieval -> scope checks
(region/year covered?) -> support check (do the passages hold the question's
terms?) -> the backend's text (extractive, or an LLM with a fallback to extractive
on any failure) -> citations resolved to sentence spans and renumbered ->
groundedness flags.  Nothing a user types raises: bad input gives an abstaining
Answer whose text says why.  (A misconfigured backend name does raise BackendError.)
"""
from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from ..config import Config
from ..records import Answer, Citation, Document, Hit
from ..text.glossary import english_terms
from .catalog import (
    is_doc_number_question,
    is_publisher_question,
    is_recipient_question,
    is_report_date_question,
)
from .citations import render
from .compare import asks_between
from .conversation import clean_llm_rewrite, history_text, rewrite_offline
from .doc_index import Documents
from .drafts import Draft
from .evidence import in_regions, make_ask
from .extractive import answer as extractive_answer
from .grounding import check_numbers
from .index_facts import IndexFacts
from .llm import LLMBackend, LLMUnavailable, get_backend
from .persons import asked_title
from .qtypes import classify, core_question, detect_lang
from .refusal import (
    Refusal,
    check_question,
    low_support_refusal,
    no_statement_refusal,
    scope_refusal,
    year_flag,
)
from .regions import count_places, forms, same_region
from .report_pools import (
    catalog_within,
    mentions_year,
    part_pool,
    plans_for,
    report_pool,
    states_most,
)
from .report_weights import asked_reports, background
from .sections import asks_plans, optional_part
from .support import found_where, measure_support
from .terms import content_terms
from .thresholds import threshold_asked
from .turn import AnswerEvent, Turn
from .units import scope_unit, unit_scope
from .yesno import undecided
from .yesno_mentions import mention_claim

EXTRACTIVE_VERSION = "extractive/1"
# Calibrated on the seed dev set (evals/dev.jsonl: answerable vs unanswerable support scores,
# bench/calibrate_support.py) and checked on the second dev set (evals/dev_corpus.jsonl): every
# threshold from 0.1 to 0.5 is equally good there (the unanswerable items are refused by scope and by
# the measured noun too); the middle of that range.
DEFAULT_SUPPORT = 0.3
# asked a date of a named place and none found: that place's reports read deeper; so is the holder of an asked title
DEEPER_KINDS = ("date",)


class Answerer:
    def __init__(self, retriever, documents: Mapping[str, Document], cfg: Config) -> None:
        self.retriever = retriever  # anything with .search(question, k=, mode=, region=, year=)
        self.documents = Documents(documents)  # a dict, with reports by region indexed once
        self.cfg = cfg
        self._backends: dict[str, LLMBackend] = {}
        self.facts = IndexFacts(retriever, self.documents)  # regions, years, term rarity: once per index

    # --- public API ---------------------------------------------------------------
    def ask(self, question: str, history: Sequence[tuple[str, str]] = (), llm: str | None = None,
            region: str | None = None, year: int | None = None, k: int | None = None,
            mode: str | None = None) -> Answer:
        """The answer to ``question`` (never raises for bad input; see the module doc)."""
        final = None
        for ev in self._run(question, history, llm, region, year, k, mode, stream=False):
            final = ev.answer if ev.kind == "final" else final
        assert final is not None  # _run always ends with a final event
        return final

    def ask_stream(self, question: str, history: Sequence[tuple[str, str]] = (), llm: str | None = None,
                   region: str | None = None, year: int | None = None, k: int | None = None,
                   mode: str | None = None) -> Iterator[AnswerEvent]:
        """Events for a UI: optional "rewrite", then "delta" pieces, then one "final" with the Answer.

        The final Answer's text replaces the deltas (markers renumbered, or an
        extractive fallback after a failed LLM stream).
        """
        yield from self._run(question, history, llm, region, year, k, mode, stream=True)

    def regions(self) -> list[str]:
        return self.facts.regions()

    def backend(self, name: str | None) -> LLMBackend:
        name = name or self.cfg.llm.backend
        if name not in self._backends:
            self._backends[name] = get_backend(name, self.cfg.llm)
        return self._backends[name]

    @property
    def support_threshold(self) -> float:
        return self.cfg.answer.abstain_score if self.cfg.answer.abstain_score > 0 else DEFAULT_SUPPORT

    # --- pipeline -----------------------------------------------------------------
    def _run(self, question, history, llm, region, year, k, mode, stream: bool) -> Iterator[AnswerEvent]:
        started = time.perf_counter()
        backend = self.backend(llm)
        bad = check_question(question, self.cfg.answer.max_question_chars)
        if bad is not None:
            yield self._final(self._refusal_answer(question if isinstance(question, str) else "", bad, backend, {}))
            return
        lang = detect_lang(question) or "zh"
        meta: dict[str, Any] = {"backend": backend.name, "lang": lang, "timings": {}, "fallback_from": ""}
        standalone = self._rewrite(question, history, backend, meta)
        turn = Turn(question, lang, core_question(standalone), backend, meta, [])  # 请问…？请简要回答: the question
        if standalone != question:
            yield AnswerEvent("rewrite", standalone)
        refusal = self._retrieve_and_check(turn, region, year, k, mode)
        if refusal is not None:
            meta["timings"]["answer_ms"] = _ms(started)
            yield self._final(self._refusal_answer(question, refusal, backend, meta, turn.standalone, turn.flags))
            return
        if backend.is_llm:
            yield from self._llm_events(turn, stream, started)
        else:
            yield from self._extractive_events(turn, started, stream)

    def _rewrite(self, question: str, history, backend: LLMBackend, meta: dict) -> str:
        history = [(q, a) for q, a in (history or ()) if isinstance(q, str) and q.strip()]
        if not history:
            return question
        t = time.perf_counter()
        offline = rewrite_offline(question, history, self.regions())
        out = offline
        if backend.is_llm and (offline != question or len(question.strip()) <= 12):
            from .prompts import load_prompt

            try:
                prompt = load_prompt("rewrite", detect_lang(question) or "zh", self.cfg.path(self.cfg.paths.prompts_dir))
                reply = backend.generate(prompt.messages(history=history_text(history), question=question))
                out = clean_llm_rewrite(reply, question) or offline
                meta["rewrite_by"] = backend.name if out != offline else "offline"
                meta["rewrite_prompt_version"] = prompt.version
            except LLMUnavailable as e:
                meta["rewrite_by"], meta["rewrite_error"] = "offline", e.reason
        meta["timings"]["rewrite_ms"] = _ms(t)
        return out

    def _retrieve_and_check(self, turn: Turn, region, year, k, mode) -> Refusal | None:
        t = time.perf_counter()
        result = self.retriever.search(self._search_query(turn), k=k, mode=mode, region=region, year=year)
        turn.meta["timings"]["retrieve_ms"] = _ms(t)
        turn.meta["retrieval_mode"] = getattr(result, "mode_used", "")
        turn.meta["retrieval_notes"] = list(getattr(result, "notes", []) or [])
        q = result.query
        turn.flags.extend(getattr(q, "notes", ()))  # places: an ambiguous name answered for each, unknown-region reports searched
        regions = tuple(q.regions) or ((region,) if region else ())
        years = tuple(dict.fromkeys((*q.years, *q.unknown_years, *((year,) if year else ()))))
        unknown_regions = tuple(q.unknown_regions)
        if region and not any(same_region(region, d.region) for d in self.documents.values()):
            unknown_regions = tuple(dict.fromkeys(unknown_regions + (region,)))
        exclude = [f for r in list(regions) + list(unknown_regions) for f in forms(r)]
        exclude.append(scope_unit(turn.standalone, regions, self.documents, self.facts.unit_years()))  # a reporting unit is scope, like a place
        terms = content_terms(turn.standalone, exclude=exclude, known=self.facts.known_word, excluded=self.facts.region_forms(),
                              attested=self.facts.attested)
        parts = tuple(getattr(q, "parts", ()))  # Laizhou of 烟台市's report: its Chinese name is content, as in a Chinese question
        terms = tuple(dict.fromkeys((*terms, *parts))) if turn.lang == "en" else terms
        weights = background().weights(terms, asked_reports(self.documents, regions, years))  # not the collection's
        if turn.lang == "en":  # dictionary guesses weigh less than the glossary's fixed terms
            sure = set(content_terms(turn.standalone, exclude=exclude, excluded=self.facts.region_forms())) | set(parts)
            weights = {t: w * (1.0 if t in sure else LEXICON_WEIGHT) for t, w in weights.items()}
        turn.ask = make_ask(turn.standalone, turn.lang, classify(turn.standalone), terms, weights, years, regions)
        if getattr(q, "within", ()):  # 福州市鼓楼区 answered from 福州市's report: only what it says of 鼓楼区
            turn.ask = replace(turn.ask, within=tuple(q.within))
        turn.meta["qtype"] = turn.ask.qtype.kind
        turn.meta["terms"] = list(terms)
        hits = list(result.hits)
        scope = scope_refusal(regions, years, unknown_regions, q.unknown_years, self.documents, turn.lang,
                              self.facts.region_years())
        if scope is not None and scope.reason == "year_not_covered" and asks_plans(turn.standalone):
            plans = plans_for(self.documents, regions, years)  # a report for year Y states its plans for Y+1
            if plans:
                turn.meta["plans_from"] = [d.doc_id for d in plans]
                turn.ask = replace(turn.ask, years=tuple(d.year for d in plans))
                return self._check_support(turn, [h for h in hits if h.chunk.doc_id in {d.doc_id for d in plans}]
                                           or hits, None)
        if scope is None and not unknown_regions:  # a department's reports: 司法部 2022 is not 重庆市司法局 2022
            scope = unit_scope(turn.standalone, years, regions, self.documents, turn.lang, self.facts.unit_years())
            if scope is not None:
                turn.meta["reason"] = scope.reason
                return scope
        if scope is not None:
            hits = mentions_year(hits, self.documents, years, regions)
            if not hits or scope.reason == "unknown_region":
                turn.meta["reason"] = scope.reason
                return scope
        return self._check_support(turn, hits, scope)

    @staticmethod
    def _search_query(turn: Turn) -> str:
        """The question as searched (English questions get their Chinese glossary terms in
        the retriever, so that lexical search over Chinese reports can match them)."""
        if turn.lang != "en":
            return turn.standalone
        zh = english_terms(turn.standalone)  # the retriever adds them to its lexical query
        if zh:
            turn.meta["search_query_terms"] = list(zh)
        return turn.standalone

    def _check_support(self, turn: Turn, hits: list[Hit], scope: Refusal | None) -> Refusal | None:
        about_report = (is_report_date_question(turn.standalone) or is_doc_number_question(turn.standalone)
                        or is_publisher_question(turn.standalone) or is_recipient_question(turn.standalone))
        if (turn.ask.qtype.kind == "catalog" or about_report) and scope is None:  # the catalogue or metadata rows
            turn.hits = hits
            return None
        if turn.ask.qtype.kind == "summary" and turn.ask.regions and optional_part(turn.standalone) and not any(
                in_regions(self.documents[h.chunk.doc_id], turn.ask.regions) for h in hits if h.chunk.doc_id in self.documents):
            hits = [*part_pool(self.retriever, turn.ask), *hits]  # 有什么打算 / What does X plan?: no topic word finds the place's plans
        sup = measure_support(turn.ask, hits, self.documents)
        turn.meta["support"] = round(sup.score, 4) if sup.score is not None else None
        turn.meta["support_threshold"] = self.support_threshold
        weak = sup.score is None and not turn.backend.is_llm or (sup.score is not None and sup.score < self.support_threshold)
        if weak and (turn.ask.qtype.kind == "reports" or (turn.ask.qtype.kind == "compare" or mention_claim(turn.ask))
                     and turn.ask.regions):
            # the places named bound the reports: their own best passages, not the top-k, decide; a plain
            # "which reports mention X" is decided by X's own passages (the top-k also weigh 报告/提到)
            sup = measure_support(turn.ask, [*hits, *report_pool(self.retriever, turn.ask)], self.documents)
            weak = sup.score is None and not turn.backend.is_llm or (sup.score is not None and sup.score < self.support_threshold)
        if weak and turn.ask.regions:
            # a named place: its own best passages for the question's words before refusing (a title the other words do
            # not rank; passages only repeating the place's name outranking the answering one: g-001, p-003)
            deeper = [*hits, *report_pool(self.retriever, turn.ask)]
            sup = measure_support(turn.ask, deeper, self.documents)
            weak = sup.score is None and not turn.backend.is_llm or (sup.score is not None and sup.score < self.support_threshold)
            hits = deeper if not weak else hits
        if not hits or weak:
            turn.meta["reason"] = scope.reason if scope else "low_support"
            return scope or low_support_refusal(sup.missing, self.documents, turn.lang)
        if scope is not None:
            turn.flags.append(year_flag(scope, turn.lang))
            turn.scope = scope
        turn.hits = hits
        return None

    # --- producing text -------------------------------------------------------------
    def _extractive_events(self, turn: Turn, started: float, stream: bool,
                           fallback: LLMUnavailable | None = None) -> Iterator[AnswerEvent]:
        draft = self._extractive_draft(turn)
        text, cites = render(draft.segments, self.documents)
        if not cites:  # the terms were found: no sentence states the answer (of the asked year: no report of it, say so)
            refusal = turn.scope or no_statement_refusal(turn.ask.qtype.kind, *found_where(turn.ask, turn.hits, self.documents,
                                                                                    turn.lang), self.documents, turn.lang)
            turn.meta["reason"] = refusal.reason
            flags = [f for f in turn.flags if turn.scope is None or f != year_flag(turn.scope, turn.lang)]
            yield self._final(self._refusal_answer(turn.question, refusal, turn.backend, turn.meta, turn.standalone, flags))
            return
        if stream:
            for line in text.splitlines(keepends=True):
                yield AnswerEvent("delta", line)
        turn.flags.extend(draft.flags)
        turn.meta.setdefault("prompt_version", EXTRACTIVE_VERSION)
        turn.meta["short_answer"] = draft.short  # kept for readers of meta; the field is Answer.short_answer
        turn.meta["answer_kind"] = draft.kind
        if draft.reports:  # every matching report with its span; the text quotes the first ones
            turn.meta["reports"] = draft.reports
        yield self._final(replace(self._answer(turn, text, cites, "extractive", started, draft.notes), short_answer=draft.short))

    def _extractive_draft(self, turn: Turn) -> Draft:
        ask = turn.ask
        years = set(ask.years)
        pool: list[Hit] = []
        placewise = threshold_asked(ask) is not None or asks_between(ask) or mention_claim(ask)  # per named place
        index = self.retriever if ask.qtype.kind == "reports" and getattr(self.retriever, "has_postings", False) \
            and not placewise else None  # plain "which reports": the postings
        if ask.qtype.kind == "compare" or (ask.qtype.kind == "reports" and index is None) or (
                ask.qtype.kind == "number" and count_places(ask.regions) >= 2) or placewise:
            pool = report_pool(self.retriever, ask)
        if ask.qtype.kind == "catalog":
            return extractive_answer(ask, turn.hits, self.documents, pool, catalog_within(ask))
        doc_filter = (lambda d: d.year in years) if years else None
        draft = extractive_answer(ask, turn.hits, self.documents, pool, doc_filter, index)
        figure = ask.qtype.kind == "number"
        if not draft.segments and (ask.qtype.kind in DEEPER_KINDS or figure or asked_title(ask.question)) \
                and ask.regions and not pool:
            # the top-k passages of a named place hold no date next to the question's words: that
            # place's own best passages for those words alone (the question's other words no longer rank them)
            deeper = report_pool(self.retriever, ask)
            if deeper:
                found = extractive_answer(ask, [*turn.hits, *deeper], self.documents, pool, doc_filter, index)
                draft = found if not figure or states_most(ask, found) else draft
        if undecided(draft, ask.lang) and ask.regions and not pool:
            # a named place's yes/no its top-k passages do not decide (报告未明确说明): that place's own best passages
            # for the question's words, decided only by a sentence that states most of them (fresh r-017, n-019)
            found = extractive_answer(ask, [*turn.hits, *report_pool(self.retriever, ask)], self.documents, pool,
                                      doc_filter, index)
            draft = found if not undecided(found, ask.lang) and states_most(ask, found) else draft
        return draft

    def _llm_events(self, turn: Turn, stream: bool, started: float) -> Iterator[AnswerEvent]:
        from .llm_answer import fallback_flag, generate_llm

        try:
            result = yield from generate_llm(self, turn, stream)
        except LLMUnavailable as e:
            turn.flags.append(fallback_flag(turn.backend.name, e.reason, turn.lang))
            turn.meta["fallback_from"], turn.meta["fallback_reason"] = turn.backend.name, e.reason
            if "prompt_version" in turn.meta:
                turn.meta["llm_prompt_version"] = turn.meta.pop("prompt_version")
            yield from self._extractive_events(turn, started, stream=False)
            return
        text, cites, abstained = result
        short = str(turn.meta.get("short_answer", ""))
        if abstained:
            ans = self._answer(turn, text, (), turn.backend.name, started)
            yield self._final(replace(ans, abstained=True, short_answer=""))
            return
        yield self._final(replace(self._answer(turn, text, cites, turn.backend.name, started), short_answer=short))

    # --- records ----------------------------------------------------------------------
    def _answer(self, turn: Turn, text: str, cites: tuple[Citation, ...], mode: str, started: float,
                notes: Sequence[str] = ()) -> Answer:
        years = [str(c.year) for c in cites if c.year]
        gflags, ungrounded = check_numbers(text, cites, allowed=[turn.standalone, *years, *notes], lang=turn.lang)
        meta = dict(turn.meta)
        meta["ungrounded"] = ungrounded
        meta["timings"] = {**meta.get("timings", {}), "answer_ms": _ms(started)}
        rewritten = turn.standalone if turn.standalone != core_question(turn.question) else ""
        return Answer(turn.question, text, cites, False, mode, rewritten, tuple(turn.flags + gflags), meta)

    def _refusal_answer(self, question: str, r: Refusal, backend: LLMBackend, meta: dict,
                        standalone: str = "", flags: Sequence[str] = ()) -> Answer:
        meta = {"backend": backend.name, **meta, "reason": r.reason}
        meta.setdefault("prompt_version", EXTRACTIVE_VERSION)
        rewritten = standalone if standalone and standalone != core_question(question) else ""
        return Answer(question, r.message, (), True, "extractive", rewritten, tuple(flags) + (r.flag,), meta)

    @staticmethod
    def _final(answer: Answer) -> AnswerEvent:
        return AnswerEvent("final", answer.answer, answer)


# Support weight of a term translated through the general lexicon (rag.text.en_lexicon) relative to a
# glossary term: a dictionary rendering is a guess among senses.  0.5 chosen after a dev (seed-set)
# English question was falsely refused at 1.0; dev_corpus's English figures are the same at 0.5 and 1.0.
LEXICON_WEIGHT = 0.5


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 1)
