"""'Which reports' and comparisons over a generated corpus of 60 reports (varied places and
years, many mentioning the same measure): complete and exact well beyond 30 reports, through
the real chunker, BM25 index, retriever and answerer."""
from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from rag.answer.answerer import Answerer
from rag.answer.reports import SHOWN, display_name
from rag.chunk.chunker import chunk_text
from rag.cli.ask_cmd import answer_dict
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever
from rag.ui.render import render_answer

N = 60
FIRST, SECOND = "青白红黄绿紫金银铜铁", "山河湖海林田泉石峰岭"
SUFFIX = ("县", "区", "市", "旗")
FILLER = ("全年组织开展行政执法培训{n}场，参训人员{m}人次。", "推进政务服务事项网上办理，可网办率达{p}%。",
          "完善重大行政决策程序，审核规范性文件{n}件。", "开展法治宣传进社区活动{m}场次。")


def region(i: int) -> str:
    return FIRST[i % 10] + SECOND[i // 10 % 10] + SUFFIX[i % 4]


def mentions_measure(i: int) -> bool:
    return i % 3 != 1  # 40 of 60 reports hold the measure


def report(i: int) -> str:
    year = 2019 + i % 5
    lines = [f"{region(i)}{year}年法治政府建设年度报告", "一、主要工作"]
    lines += [f"（{'一二三四'[j]}）" + FILLER[j].format(n=10 + i + j, m=100 + 7 * i, p=80 + i % 20) for j in range(4)]
    if mentions_measure(i):
        lines.append(f"（五）深化述法评议。组织{3 + i % 9}名部门主要负责人开展年终述法，述法评议满意率{90 + i % 10}%。")
    else:  # a near miss: the words of the measure, not the measure
        lines.append("（五）加强述职管理。部门负责人年终述职，评议结果纳入考核。")
    lines += ["二、存在的问题", "一是基层执法力量薄弱。二是法治宣传形式单一。"]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    docs = []
    for i in range(N):
        text = report(i)
        docs.append(Document(f"r{i:02d}", f"r{i:02d}.txt", text, hashlib.sha256(text.encode()).hexdigest(),
                             title=text.splitlines()[0], region=region(i), year=2019 + i % 5))
    chunks = [c for d in docs for c in chunk_text(d.doc_id, d.text, cfg.chunking.max_tokens)]
    return Answerer(Retriever.build(docs, chunks, cfg), {d.doc_id: d for d in docs}, cfg)


def test_regions_are_distinct():
    assert len({region(i) for i in range(N)}) == N and len({display_name(region(i)) for i in range(N)}) == N


def test_which_reports_is_complete_and_exact_beyond_30_reports(answerer):
    a = answerer.ask("哪些报告提到了述法评议?")
    want = [display_name(region(i)) for i in range(N) if mentions_measure(i)]
    assert len(want) == 40
    # every matching report, each with one cited span that quotes its report exactly
    every = list(a.meta["reports"])
    assert [r["doc_id"] for r in every] == [f"r{i:02d}" for i in range(N) if mentions_measure(i)]
    assert [r["name"] for r in every] == want
    texts = {f"r{i:02d}": report(i) for i in range(N)}
    assert all(texts[r["doc_id"]][r["start"]:r["end"]] == r["quote"] and "述法评议" in r["quote"] for r in every)
    # the text quotes the first SHOWN of them and says how many more there are
    assert a.meta["short_answer"] == "、".join(want[:SHOWN]) + "等40份"
    assert [c.doc_id for c in a.citations] == [r["doc_id"] for r in every[:SHOWN]]
    assert [(c.start, c.end) for c in a.citations] == [(r["start"], r["end"]) for r in every[:SHOWN]]
    assert "共检查60份报告，40份提到" in a.answer and f"另有{40 - SHOWN}份报告提到" in a.answer
    assert a.meta["ungrounded"] == [], a.flags  # the system's own counts are not claims needing a citation
    assert json.loads(json.dumps(answer_dict(a), ensure_ascii=False, default=str))["meta"]["reports"] == every
    page = render_answer(a, 1, "zh")  # the page folds every report under the quoted ones
    assert "全部40份提到的报告" in page and all(f"<li>{r['name']} {r['year']}</li>" in page for r in every)


def test_which_reports_quotes_every_report_when_few_match(answerer):
    a = answerer.ask("2020年哪些报告提到了述法评议?")
    want = [display_name(region(i)) for i in range(N) if mentions_measure(i) and 2019 + i % 5 == 2020]
    assert len(want) <= SHOWN and a.meta["short_answer"] == "、".join(want)
    assert len(a.citations) == len(want) == len(a.meta["reports"]) and "另有" not in a.answer


def test_which_reports_limited_to_a_year(answerer):
    a = answerer.ask("2021年哪些报告提到了述法评议?")
    want = [display_name(region(i)) for i in range(N) if mentions_measure(i) and 2019 + i % 5 == 2021]
    assert a.meta["short_answer"] == "、".join(want)


def test_comparison_ranks_every_report_holding_the_figure(answerer):
    a = answerer.ask("哪个地区述法评议满意率最高?")
    best = max((i for i in range(N) if mentions_measure(i)), key=lambda i: (90 + i % 10, -i))
    assert a.meta["short_answer"].startswith(display_name(region(best)) + "（")
    assert len(a.citations) == 40
    assert "共检查60份报告，40份给出该数字" in a.answer and "未给出该数字" in a.answer
    assert "40" not in a.meta["ungrounded"], a.flags


def test_english_which_reports(answerer):
    a = answerer.ask("Which reports mention 述法评议?")
    assert len(a.meta["reports"]) == 40 and len(a.citations) == SHOWN
    assert a.meta["short_answer"].count(", ") == SHOWN and a.meta["short_answer"].endswith(f"and {40 - SHOWN} more")
    assert not any("not found in the cited text" in f for f in a.flags), a.flags


class _WithoutPostings:
    """The same retriever seen as a store without posting arrays (as the Milvus backend is here)."""
    has_postings = False

    def __init__(self, retriever):
        self._r = retriever

    def __getattr__(self, name):
        return getattr(self._r, name)


@pytest.mark.parametrize("question", ["哪些报告提到了述法评议?", "2021年哪些报告提到了述法评议?", "Which reports mention 述法评议?"])
def test_posting_arrays_and_passages_find_the_same_reports(answerer, question):
    other = Answerer(_WithoutPostings(answerer.retriever), answerer.documents, answerer.cfg)
    a, b = answerer.ask(question), other.ask(question)
    assert list(a.meta["reports"]) == list(b.meta["reports"]) and a.answer == b.answer


def test_per_report_keeps_each_reports_best_passages_in_rank_order(answerer):
    r = answerer.retriever
    scores = r.lexical.scores(r.lexical.tokenize_query("述法评议 部门负责人 执法培训"))
    ranked = sorted((i for i in range(len(scores)) if scores[i] > 0), key=lambda i: (-scores[i], i))
    taken: dict[str, int] = {}
    want = []
    for i in ranked:  # brute force: walk the ranking, at most 2 passages of each report
        d = r.chunks[i].doc_id
        if taken.get(d, 0) < 2:
            taken[d] = taken.get(d, 0) + 1
            want.append(i)
    got = r.per_report("述法评议 部门负责人 执法培训", per_doc=2)
    assert [h.chunk.chunk_id for h in got] == [r.chunks[i].chunk_id for i in want] and len(taken) == N


def test_in_sorted_is_membership_by_search_and_by_mask():
    """Both ways rag.retrieve.mentions answers membership (a binary search for few elements, a row
    mask for many) agree with np.isin."""
    from rag.retrieve.mentions import in_sorted

    rng = np.random.default_rng(3)
    for n_a, n_b in [(10, 5000), (3000, 500), (5000, 30_000), (2000, 200_000), (0, 10), (10, 0)]:
        a = np.sort(rng.choice(300_000, n_a, replace=False))
        b = np.union1d(np.sort(rng.choice(300_000, n_b, replace=False)), a[::3]) if n_b else a[:0]
        assert in_sorted(a, b).tolist() == np.isin(a, b).tolist()


def test_sections_holding_a_form_agree_with_asking_each_section(answerer):
    """rag.retrieve.mentions finds the sections holding a form by str.find over their joined paths: the same
    sections as asking each path in turn, for forms inside, across the ends of, and absent from the paths."""
    tables = answerer.retriever._tables()
    paths = tables.sections
    forms = sorted({p[i:i + k] for p in paths for i in range(0, len(p), 2) for k in (1, 2, 4)})
    forms += ["述法评议", "不存在的词", paths[0][-1:] + paths[-1][:1]]  # the last: spans two joined paths
    for k in range(0, len(forms), 2):
        asked = forms[k:k + 2]
        assert tables.sections_holding(asked).tolist() == [any(f in p for f in asked) for p in paths]
    assert tables.sections_holding([""]).all()


@pytest.mark.parametrize("budget_bitmaps", [1, 10_000])
def test_presence_bitmaps_answer_membership_as_the_posting_lists(answerer, monkeypatch, budget_bitmaps):
    """Which candidate passages hold a string, asked through per-token presence bitmaps (every list long
    enough here; room for one bitmap or for all) or through the posting lists: the same rows."""
    from rag.retrieve.mentions import PresenceBitmaps, TermPostings

    r = answerer.retriever
    tables = r._tables()
    post, vocab = r.lexical.postings(), r.lexical.bm25.vocab_dict
    monkeypatch.setattr(PresenceBitmaps, "SHARE", 10 ** 9)
    monkeypatch.setattr(PresenceBitmaps, "BUDGET", budget_bitmaps * (post.n_docs // 8 + 1))
    bitmaps = PresenceBitmaps()
    plain, fast = TermPostings(post, vocab, tables.tokens), TermPostings(post, vocab, tables.tokens, bitmaps)
    rng = np.random.default_rng(5)
    for s in ["述法评议", "述法", "评议", "满意率", "部门负责人", "行政执法培训", "不存在的词", "法治宣传"]:
        assert fast.rows(s).tolist() == plain.rows(s).tolist()
        for size in (70, 200, post.n_docs):
            among = np.sort(rng.choice(post.n_docs, min(size, post.n_docs), replace=False))
            assert fast.held(s, among).tolist() == plain.held(s, among).tolist() == np.isin(among, plain.rows(s)).tolist()
    assert 0 < len(bitmaps._bits) <= budget_bitmaps
