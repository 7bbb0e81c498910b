"""The milvus store backend on a real embedded Milvus Lite: ingest, incremental updates,
removal, exact offsets, hybrid search, filters, errors, and parity with FAISS on the dev set.

The retrieval contract shared with FAISS runs in tests/test_retriever.py (its ``bm25``
fixture is parametrized over both backends).
"""
from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from helpers_milvus import build_and_load, on_milvus
from test_retriever import CHUNKS, DOCS

from rag.config import Config
from rag.engine import Engine
from rag.errors import BackendError, IndexCorrupt
from rag.index import milvus_client
from rag.index import milvus_store as ms
from rag.ingest.pipeline import ingest, remove_documents
from rag.records import Chunk, Document
from rag.retrieve.retriever import Retriever

ROOT = Path(__file__).resolve().parent.parent


def seeds_cfg(tmp_path: Path, uri: str | None = None, **embedding) -> Config:
    cfg = Config(base_dir=str(ROOT)).replace(paths={"index_dir": str(tmp_path / "index")},
                                             embedding=embedding or {"backend": "none"})
    return on_milvus(cfg, uri) if uri else cfg


def rows_of(engine: Engine) -> dict[str, dict]:
    idx = engine.retriever.index
    rows = idx.mc.query(idx.name, filter="", output_fields=["doc_id", "start", "end", "text", "region", "year"],
                        limit=16384)
    return {r["chunk_id"]: r for r in rows}


def test_ingest_stores_exact_offsets_and_metadata(tmp_path, seed_dir, milvus_uri):
    cfg = seeds_cfg(tmp_path, milvus_uri)
    rep = ingest([seed_dir], cfg)
    assert len(rep.added) == 5 and rep.embedder
    eng = Engine.open(cfg)
    rows = rows_of(eng)
    assert set(rows) == {c.chunk_id for c in eng.gen.chunks}
    for c in eng.gen.chunks:
        doc, row = eng.gen.docs_by_id[c.doc_id], rows[c.chunk_id]
        assert (row["doc_id"], row["start"], row["end"], row["text"]) == (c.doc_id, c.start, c.end, c.text)
        assert (row["region"], row["year"]) == (doc.region, doc.year if doc.year is not None else -1)
    for h in eng.search("行政复议 纠错率", k=5).hits:
        assert eng.document(h.chunk.doc_id).text[h.chunk.start:h.chunk.end] == h.chunk.text
    assert eng.store_info()["collections"] == {ms.read_state(eng.gen.path)["collection"]: len(eng.gen.chunks)}


def test_incremental_update_and_removal_touch_only_changed_reports(tmp_path, seed_dir, milvus_uri):
    cfg = seeds_cfg(tmp_path, milvus_uri)
    ingest([seed_dir], cfg)
    gen0 = Engine.open(cfg).gen
    assert ingest([seed_dir], cfg).generation == gen0.name  # unchanged: no new generation, no Milvus work

    victim = sorted(seed_dir.glob("*.txt"))[1]
    victim.write_text(victim.read_text(encoding="utf-8") + "\n另外，本年度新设立鲸鱼观测普法站一处。\n", encoding="utf-8")
    rep = ingest([seed_dir], cfg)
    eng = Engine.open(cfg)
    state = ms.read_state(eng.gen.path)
    doc_id = next(d for d in eng.gen.docs_by_id.values() if d.source == victim.name).doc_id
    assert rep.updated == [victim.name] and state["deleted_docs"] == 1
    assert state["inserted"] == len(eng.chunks_of(doc_id)) < len(eng.gen.chunks) == state["rows"]
    hit = eng.search("鲸鱼观测普法站", k=1).hits[0]
    assert hit.chunk.doc_id == doc_id and "鲸鱼观测普法站" in hit.chunk.text

    removed = remove_documents([doc_id], cfg)
    assert removed.removed == [victim.name]
    eng = Engine.open(cfg)
    assert {r["doc_id"] for r in rows_of(eng).values()} == set(eng.gen.docs_by_id)
    assert all(h.chunk.doc_id != doc_id for h in eng.search("鲸鱼观测普法站", k=5).hits)

    ingest([seed_dir], cfg, rebuild=True)  # re-reads every source; the collection is synced, not refilled
    eng = Engine.open(cfg)
    assert {r["doc_id"] for r in rows_of(eng).values()} == set(eng.gen.docs_by_id)
    assert len(rows_of(eng)) == len(eng.gen.chunks) == ms.read_state(eng.gen.path)["rows"]


def test_hybrid_search_on_milvus_with_vectors(tmp_path, milvus_uri):
    cfg = on_milvus(Config().replace(embedding={"backend": "hashing-fake"}), milvus_uri)
    r = build_and_load(DOCS, CHUNKS, cfg, tmp_path / "index" / "g1")
    res = r.search("海西州 行政复议", k=3, mode="hybrid")  # the default mode is bm25
    assert res.mode_used == "hybrid" and res.notes == [] and res.hits[0].chunk.doc_id == "hx"
    assert any("dense" in h.retrievers for h in res.hits) and any("bm25" in h.retrievers for h in res.hits)
    dense = r.search("行政复议", k=3, mode="dense", region="海西")
    assert dense.hits and {h.chunk.doc_id for h in dense.hits} == {"hx"}
    assert all(h.retrievers == ("dense",) for h in dense.hits)
    # Milvus's own hybrid_search (RRF, equal weights) agrees on the best passage
    q = r.embedder.embed_query("海西州 行政复议")
    fused = r.index.hybrid("海西州 行政复议", q, 5, "", cfg.retrieval.rrf_k)
    assert fused[0]["entity"]["doc_id"] == "hx"
    grouped = r.index.hybrid("行政复议", q, 10, "", cfg.retrieval.rrf_k, group_by="doc_id", group_size=1)
    ids = [h["entity"]["doc_id"] for h in grouped]
    assert len(ids) == len(set(ids)) and {"cz", "hx"} <= set(ids)


def test_embedding_cache_reused_across_generations(tmp_path, milvus_uri):
    cfg = on_milvus(Config().replace(embedding={"backend": "hashing-fake"}), milvus_uri)
    from rag.index.build import build_indexes

    first = build_indexes(tmp_path / "index" / "g1", DOCS, CHUNKS, cfg)
    changed = list(CHUNKS)
    changed[1] = dataclasses.replace(changed[1], section="二、執法監督")
    second = build_indexes(tmp_path / "index" / "g2", DOCS, changed, cfg, previous_gen=tmp_path / "index" / "g1")
    assert (first.n_vectors, first.index_type) == (len(CHUNKS), "milvus")
    assert (second.vectors_reused, second.vectors_embedded) == (len(CHUNKS) - 1, 1)


def test_quotes_in_metadata_stay_data_in_filters(tmp_path, milvus_uri):
    text = "某地推进行政复议工作，办理案件8件。"
    doc = Document("q", "q.txt", text, "hash-q", region='某"县 or year > 0', year=2022)
    docs, chunks = DOCS + [doc], CHUNKS + [Chunk("q:0-18", "q", 0, 18, text, "", 0)]
    r = build_and_load(docs, chunks, on_milvus(Config().replace(embedding={"backend": "none"}), milvus_uri),
                       tmp_path / "index" / "g")
    assert r.expression(r._soft_mask((doc.region,), ())) == 'region in ["某\\"县 or year > 0"]'
    assert {h.chunk.doc_id for h in r.search("行政复议", k=5, region=doc.region).hits} == {"q"}


def test_missing_collection_and_bad_settings_are_clear_errors(tmp_path, milvus_uri):
    cfg = on_milvus(Config().replace(embedding={"backend": "none"}), milvus_uri)
    gen = tmp_path / "index" / "g"
    r = build_and_load(DOCS, CHUNKS, cfg, gen)
    state = ms.read_state(gen)
    milvus_client.client(cfg).drop_collection(state["collection"])
    with pytest.raises(BackendError, match="Milvus search in collection .* failed"):
        r.search("行政复议")  # opened before the collection went away
    with pytest.raises(IndexCorrupt, match="rag ingest --rebuild"):
        Retriever.load(gen, DOCS, CHUNKS, cfg)
    with pytest.raises(BackendError, match="not a valid Milvus name"):
        ms.collection_name(cfg.replace(store={"collection": "bad-name!"}), gen)
    with pytest.raises(BackendError, match="Unknown store backend 'qdrant'. Registered: faiss, milvus"):
        build_and_load(DOCS, CHUNKS, cfg.replace(store={"backend": "qdrant"}), tmp_path / "index" / "g2")
    assert milvus_client.safe_uri("https://root:Milvus@db.internal:19530?token=abc") == "https://db.internal:19530"


def _hit_at_5(cfg: Config, dataset: Path) -> tuple[float, int]:
    from rag.eval import metrics as M
    from rag.eval.dataset import load_dataset

    eng = Engine.open(cfg)
    items = [it for it in load_dataset(dataset, eng.gen.documents).items if it.gold_spans]
    hits = []
    for it in items:
        got = [(h.chunk.doc_id, h.chunk.start, h.chunk.end) for h in eng.search(it.question, k=5).hits]
        hits.append(bool(M.hit_at_k(got, it.gold_spans, 5)))
    return sum(hits) / len(hits), len(hits)


@pytest.mark.parametrize("reports, dataset", [("seeds", "evals/dev.jsonl"),
                                              ("evals/corpus/reports", "evals/dev_corpus.jsonl")])
def test_dev_set_hit_at_5_on_milvus_is_within_0_02_of_faiss(tmp_path, milvus_uri, reports, dataset):
    if not (ROOT / dataset).exists():
        pytest.skip(f"{dataset} is not in this checkout")
    faiss_cfg = seeds_cfg(tmp_path / "f")
    milvus_cfg = seeds_cfg(tmp_path / "m", milvus_uri)
    ingest([ROOT / reports], faiss_cfg)
    ingest([ROOT / reports], milvus_cfg)
    (f, n), (m, _) = _hit_at_5(faiss_cfg, ROOT / dataset), _hit_at_5(milvus_cfg, ROOT / dataset)
    assert n > 100
    assert abs(m - f) <= 0.02, f"hit@5 faiss {f:.3f}, milvus {m:.3f} on {n} questions"


def test_switching_backend_is_a_rebuild(tmp_path, seed_dir, milvus_uri):
    cfg = seeds_cfg(tmp_path)
    ingest([seed_dir], cfg)
    faiss_top = Engine.open(cfg).search("述法", k=1).hits[0].chunk.chunk_id
    ingest([seed_dir], on_milvus(cfg, milvus_uri), rebuild=True)
    eng = Engine.open(on_milvus(cfg, milvus_uri))
    assert eng.store_info()["backend"] == "milvus" and not (eng.gen.path / "bm25").exists()
    assert eng.search("述法", k=1).hits[0].chunk.chunk_id == faiss_top
    shutil.rmtree(tmp_path / "index")


# --- store-side queries for the answer layer (same results on both backends) -------------------
@pytest.fixture(params=["faiss", "milvus"])
def store(request, tmp_path):
    cfg = Config().replace(embedding={"backend": "none"})
    if request.param == "milvus":
        cfg = on_milvus(cfg, request.getfixturevalue("milvus_uri"))
    return build_and_load(DOCS, CHUNKS, cfg, tmp_path / "index" / "g")


def test_search_by_document_groups_every_matching_report(store):
    got = store.search_by_document("行政复议", per_doc=2)
    assert {d: [h.chunk.chunk_id for h in hs] for d, hs in got.items()} == {
        "cz": ["cz:0-35", "cz:36-57"], "hx": ["hx:0-27"]}
    assert [h.rank for h in got["cz"]] == [1, 2] and got["cz"][0].matched_terms == ("行政復議",)
    assert list(store.search_by_document("行政复议", year=2020)) == ["hx"]
    assert list(store.search_by_document("营商环境", region="Ganzhou")) == ["gz", "gz2"]
    assert store.search_by_document("行政复议", region="北京") == {}
    assert store.search_by_document("鲸鱼") == {}


def test_report_listings_and_document_frequencies(store, monkeypatch):
    assert [d.doc_id for d in store.reports(region="贛州")] == ["gz", "gz2"]
    assert [d.doc_id for d in store.reports(region="长治市", year=2021)] == ["cz"]
    assert store.reports(year=1999) == []
    assert store.doc_frequencies(["行政复议", "普法"]) == (5, {"行政复议": 2.0, "普法": 1.0})  # cz (長治 folded) + hx
    from rag.retrieve import store_queries

    monkeypatch.setattr(store_queries, "DF_SAMPLE", 2)  # sample: first and last report by id (cz, hz), scaled by 5/2
    store._df_docs = None
    assert store.doc_frequencies(["行政复议", "市"]) == (5, {"行政复议": 2.5, "市": 5.0})


def test_answers_do_not_read_every_report_per_question(tmp_path, seed_dir, milvus_uri):
    cfg = seeds_cfg(tmp_path, milvus_uri)
    ingest([seed_dir], cfg)
    eng = Engine.open(cfg)
    for q in ("哪些报告提到了述法工作？", "哪个地区的行政复议综合纠错率最高？", "长治市2021年行政复议综合纠错率是多少？"):
        assert not eng.ask(q).abstained
    assert not eng.answerer.facts.texts_read  # the IDF counts came from the store, not from reading every text
