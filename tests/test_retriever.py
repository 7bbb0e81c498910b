"""Retriever end to end on hand-written passages: BM25, dense (a real tiny model), fusion, filters, merging."""
from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys

import numpy as np
import pytest
from helpers_milvus import build_and_load, on_milvus
from helpers_models import build_tiny_cross_encoder, build_tiny_st_model

from rag.config import Config
from rag.errors import ConfigError, IndexCorrupt, IndexMismatch, QuestionError
from rag.index.build import INFO_FILE, build_indexes, load_indexes, retrieval_text
from rag.records import Chunk, Document
from rag.retrieve.retriever import Retriever


def make_doc(doc_id: str, region: str, year: int, parts: list[tuple[str, str]], script: str = "hans"):
    """A Document whose text is the parts joined by newlines, and one Chunk per part (section, text)."""
    text = "\n".join(t for _, t in parts)
    doc = Document(doc_id, f"{doc_id}.txt", text, f"hash-{doc_id}", region=region, year=year, script=script)
    chunks, pos = [], 0
    for i, (section, t) in enumerate(parts):
        chunks.append(Chunk(f"{doc_id}:{pos}-{pos + len(t)}", doc_id, pos, pos + len(t), t, section, i))
        pos += len(t) + 1
    return doc, chunks


def corpus():
    cz = make_doc("cz", "长治市", 2021, [
        ("一、行政復議", "長治市深化行政復議體制改革，全年辦理行政復議案件120件，糾錯率下降。"),
        ("二、行政執法", "長治市推行行政執法公示制度，開展執法監督。"),
        ("三、法治督察", "全年開展兩次專項檢查。"),
    ], script="hant")
    gz = make_doc("gz", "赣州市", 2019, [
        ("一、放管服", "赣州市推进“放管服”改革，维护社会长治久安。"),
        ("二、营商环境", "赣州市优化营商环境，推行证明事项告知承诺制。"),
    ])
    hx = make_doc("hx", "海西蒙古族藏族自治州", 2020, [
        ("一、复议", "海西州推进行政复议规范化建设，办理行政复议案件15件。"),
        ("二、执法", "海西州推行首违不罚清单。"),
    ])
    hz_doc = Document("hz", "hz.txt", "霍州市开展八五普法，落实谁执法谁普法责任制。霍州市建设法治文化阵地，推进普法。",
                      "hash-hz", region="霍州市", year=2023)
    hz_chunks = [Chunk("hz:0-22", "hz", 0, 22, hz_doc.text[0:22], "", 0),
                 Chunk("hz:10-41", "hz", 10, 41, hz_doc.text[10:41], "", 1)]  # overlapping spans
    dup = make_doc("gz2", "赣州市", 2019, [("二、营商环境", "赣州市优化营商环境，推行证明事项告知承诺制。")])
    docs = [cz[0], gz[0], hx[0], hz_doc, dup[0]]
    chunks = cz[1] + gz[1] + hx[1] + hz_chunks + dup[1]
    for d in docs:
        for c in chunks:
            if c.doc_id == d.doc_id:
                assert d.text[c.start:c.end] == c.text
    return docs, chunks


DOCS, CHUNKS = corpus()


@pytest.fixture
def lexical_cfg():
    return Config().replace(embedding={"backend": "none"})


@pytest.fixture(params=["faiss", "milvus"])
def bm25(request, lexical_cfg, tmp_path):
    """The same contract on every store backend (Milvus: a real embedded Milvus Lite)."""
    if request.param == "faiss":
        return Retriever.build(DOCS, CHUNKS, lexical_cfg)
    cfg = on_milvus(lexical_cfg, request.getfixturevalue("milvus_uri"))
    return build_and_load(DOCS, CHUNKS, cfg, tmp_path / "index" / "gen")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    texts = [d.text for d in DOCS] + [c.section for c in CHUNKS]
    return build_tiny_st_model(tmp_path_factory.mktemp("tiny"), texts)


def dense_cfg(model) -> Config:
    return Config().replace(embedding={"backend": "sentence-transformers", "model": str(model)}, retrieval={"mode": "hybrid"})


def test_simplified_question_finds_traditional_report_with_highlight_terms(bm25):
    res = bm25.search("长治的行政复议", k=3, mode="bm25")
    assert res.mode_used == "bm25" and res.query.regions == ("长治市",)
    top = res.hits[0]
    assert top.rank == 1 and top.chunk.chunk_id == CHUNKS[0].chunk_id
    assert top.matched_terms == ("長治", "行政復議")  # the chunk's own script
    assert top.retrievers == ("bm25",)
    assert [h.rank for h in res.hits] == list(range(1, len(res.hits) + 1))


def test_city_is_not_captured_by_the_idiom(lexical_cfg):
    r = Retriever.build(DOCS, CHUNKS, lexical_cfg.replace(retrieval={"metadata_boost": 0.0}))
    hits = r.search("长治", k=10, mode="bm25").hits
    assert hits and {h.chunk.doc_id for h in hits} == {"cz"}


def test_mentioned_region_outranks_a_better_lexical_match(bm25):
    res = bm25.search("海西州的行政复议案件", k=3)
    assert res.hits[0].chunk.doc_id == "hx"
    assert res.query.regions == ("海西蒙古族藏族自治州",)


def test_mentioned_year_boosts_its_report(bm25):
    res = bm25.search("2020年行政复议案件", k=2)
    assert res.query.years == (2020,) and res.hits[0].chunk.doc_id == "hx"


def test_explicit_region_filters(bm25):
    res = bm25.search("行政复议", k=5, region="Changzhi")
    assert res.hits and {h.chunk.doc_id for h in res.hits} == {"cz"}
    res = bm25.search("行政复议", k=5, region="長治市")
    assert {h.chunk.doc_id for h in res.hits} == {"cz"}


def test_explicit_unknown_region_gives_no_hits_and_a_note(bm25):
    res = bm25.search("行政复议", region="北京")
    assert res.hits == [] and "北京" in res.query.unknown_regions
    assert any("No report covers region '北京'" in n for n in res.notes)


def test_explicit_year_filters(bm25):
    assert {h.chunk.doc_id for h in bm25.search("行政复议", k=5, year=2020).hits} == {"hx"}
    res = bm25.search("行政复议", k=5, year=2030)
    assert res.hits == [] and res.query.unknown_years == (2030,) and any("2030" in n for n in res.notes)


def test_overlapping_passages_are_merged(bm25):
    hits = bm25.search("霍州普法", k=5, mode="bm25").hits
    hz = [h for h in hits if h.chunk.doc_id == "hz"]
    assert len(hz) == 1
    ids = [h.chunk.chunk_id for h in hits]
    assert len(ids) == len(set(ids))


def test_duplicate_passages_in_two_documents_show_once(bm25):
    hits = bm25.search("营商环境 告知承诺制", k=5, mode="bm25").hits
    texts = [h.chunk.text for h in hits]
    assert texts.count(CHUNKS[4].text) == 1


def test_section_path_is_searched_but_the_chunk_is_returned(bm25):
    hit = bm25.search("法治督察", k=1, mode="bm25").hits[0]
    assert hit.chunk.text == "全年開展兩次專項檢查。" and hit.chunk.section == "三、法治督察"
    assert hit.matched_terms == ()  # the term is only in the section path
    assert retrieval_text(hit.chunk) == "三、法治督察\n全年開展兩次專項檢查。"


def test_lexical_only_by_choice_needs_no_note(bm25):
    res = bm25.search("长治的行政复议", mode="hybrid")
    assert res.mode_used == "bm25" and res.notes == []


def test_no_searchable_words(bm25):
    res = bm25.search("是什么？", mode="bm25")
    assert res.hits == [] and res.notes == ["The question has no searchable words."]


@pytest.mark.parametrize("kwargs, error, match", [
    ({"question": ""}, QuestionError, "empty"),
    ({"question": "   "}, QuestionError, "empty"),
    ({"question": "长" * 3000}, QuestionError, "limit is 2000"),
    ({"question": "长治", "mode": "sparse"}, ConfigError, "Valid: hybrid, dense, bm25"),
    ({"question": "长治", "k": 0}, ConfigError, "positive integer"),
])
def test_bad_input_is_a_clear_error(bm25, kwargs, error, match):
    with pytest.raises(error, match=match):
        bm25.search(**kwargs)


def test_dense_falls_back_to_bm25_with_the_reason(tmp_path):
    cfg = Config().replace(embedding={"model": str(tmp_path / "no-such-model")})
    r = Retriever.build(DOCS, CHUNKS, cfg)
    res = r.search("长治的行政复议", mode="hybrid")
    assert res.mode_used == "bm25" and res.hits
    assert "does not exist" in res.notes[0] and "Used BM25 only." in res.notes[0]


def test_hybrid_with_a_real_tiny_model(tmp_path, tiny_model):
    gen = tmp_path / "gen1"
    info = build_indexes(gen, DOCS, CHUNKS, dense_cfg(tiny_model))
    assert (info.n_vectors, info.dim, info.index_type, info.n_chunks) == (len(CHUNKS), 32, "flat", len(CHUNKS))
    assert info.model_id == str(tiny_model.resolve()) and info.embedder["available"]
    assert info.bm25["mode"] == "search-docs" and "长治" in info.bm25["extra_words"]
    json.dumps(dataclasses.asdict(info), ensure_ascii=False)  # JSON-able for the manifest
    assert json.loads((gen / INFO_FILE).read_text(encoding="utf-8"))["n_vectors"] == len(CHUNKS)

    r = Retriever.load(gen, DOCS, CHUNKS, dense_cfg(tiny_model))
    res = r.search("长治的行政复议", k=3)
    assert res.mode_used == "hybrid" and res.notes == []
    assert res.hits[0].chunk.doc_id == "cz"  # region boost + BM25 agree whatever the random model says
    assert any("dense" in h.retrievers for h in res.hits)
    dense = r.search("行政复议案件", k=4, mode="dense")
    assert dense.hits and all(h.retrievers == ("dense",) for h in dense.hits)
    assert dense.hits[0].score >= dense.hits[-1].score


def test_embedding_cache_reuses_unchanged_chunks(tmp_path, tiny_model):
    cfg = dense_cfg(tiny_model)
    first = build_indexes(tmp_path / "g1", DOCS, CHUNKS, cfg)
    assert (first.vectors_reused, first.vectors_embedded) == (0, len(CHUNKS) - 1)  # gz2 repeats a gz passage
    changed = list(CHUNKS)
    changed[1] = dataclasses.replace(changed[1], section="二、執法監督")
    second = build_indexes(tmp_path / "g2", DOCS, changed, cfg, previous_gen=tmp_path / "g1")
    assert (second.vectors_reused, second.vectors_embedded) == (len(CHUNKS) - 1, 1)
    v1, v2 = np.load(tmp_path / "g1" / "embeddings.npy"), np.load(tmp_path / "g2" / "embeddings.npy")
    assert np.allclose(v1[0], v2[0]) and not np.allclose(v1[1], v2[1])


def test_loading_with_another_model_is_a_mismatch(tmp_path, tiny_model):
    build_indexes(tmp_path / "g", DOCS, CHUNKS, dense_cfg(tiny_model))
    other = shutil.copytree(tiny_model, tmp_path / "other-model")
    with pytest.raises(IndexMismatch, match="rag ingest --rebuild"):
        load_indexes(tmp_path / "g", dense_cfg(other))
    vectors, lexical, emb = load_indexes(tmp_path / "g", Config().replace(embedding={"backend": "none"}))
    assert vectors is None and emb is None and lexical.n_docs == len(CHUNKS)


def test_corrupt_vector_file_is_reported(tmp_path, tiny_model):
    build_indexes(tmp_path / "g", DOCS, CHUNKS, dense_cfg(tiny_model))
    path = tmp_path / "g" / "vectors.faiss"
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(IndexCorrupt) as e:
        Retriever.load(tmp_path / "g", DOCS, CHUNKS, dense_cfg(tiny_model))
    assert str(path) in str(e.value) and "rag ingest --rebuild" in str(e.value)


def test_lexical_only_index_notes_why_dense_is_missing(tmp_path, lexical_cfg):
    info = build_indexes(tmp_path / "g", DOCS, CHUNKS, Config().replace(embedding={"model": str(tmp_path / "nope")}))
    assert info.n_vectors == 0 and not info.embedder["available"]
    assert not (tmp_path / "g" / "vectors.faiss").exists()
    r = Retriever.load(tmp_path / "g", DOCS, CHUNKS, Config())
    res = r.search("长治的行政复议", mode="hybrid")
    assert res.mode_used == "bm25" and "built without vectors" in res.notes[0] and "does not exist" in res.notes[0]


def test_lexical_only_path_does_not_import_torch_or_faiss(tmp_path):
    code = f"""
import sys
sys.path.insert(0, {str(__import__('pathlib').Path(__file__).parent)!r})
from test_retriever import DOCS, CHUNKS
from rag.config import Config
from rag.index.build import build_indexes
from rag.retrieve.retriever import Retriever
cfg = Config().replace(embedding={{"backend": "none"}})
build_indexes({str(tmp_path / 'g')!r}, DOCS, CHUNKS, cfg)
res = Retriever.load({str(tmp_path / 'g')!r}, DOCS, CHUNKS, cfg).search("长治的行政复议")
assert res.hits[0].chunk.doc_id == "cz", res
print(sorted(m for m in ("torch", "faiss", "sentence_transformers", "transformers") if m in sys.modules))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_cross_encoder_rerank_keeps_region_preference(tmp_path, lexical_cfg):
    ce = build_tiny_cross_encoder(tmp_path, [d.text for d in DOCS])
    r = Retriever.build(DOCS, CHUNKS, lexical_cfg.replace(retrieval={"reranker": str(ce)}))
    assert r.reranker is not None
    res = r.search("海西州的行政复议案件", k=3)
    assert res.hits[0].chunk.doc_id == "hx" and res.notes == []
    off = Retriever.build(DOCS, CHUNKS, lexical_cfg.replace(retrieval={"reranker": str(tmp_path / "missing")}))
    assert off.reranker is None and off.search("行政复议").hits


def test_hnsw_index_through_build_and_load(tmp_path):
    cfg = Config().replace(embedding={"backend": "hashing-fake"}, retrieval={"exact_threshold": 4})
    info = build_indexes(tmp_path / "g", DOCS, CHUNKS, cfg)
    assert info.index_type == "hnsw" and info.ef_search and info.hnsw_recall >= 0.95
    r = Retriever.load(tmp_path / "g", DOCS, CHUNKS, cfg)
    res = r.search("海西州 行政复议", k=2, mode="dense")
    assert res.mode_used == "dense" and res.hits[0].chunk.doc_id == "hx"
    assert {h.chunk.doc_id for h in r.search("行政复议", k=3, mode="dense", region="海西").hits} == {"hx"}


def test_a_model_failing_mid_build_leaves_a_bm25_index_and_the_reason(tmp_path):
    from rag.index.embedders import EMBEDDERS, Embedder, register_embedder

    @register_embedder("test-crashes")
    class Crashes(Embedder):
        dim = 4

        def embed_batch(self, texts):
            raise RuntimeError("out of memory")

    try:
        cfg = Config().replace(embedding={"backend": "test-crashes"})
        info = build_indexes(tmp_path / "g", DOCS, CHUNKS, cfg)
    finally:
        EMBEDDERS.unregister("test-crashes")
    assert info.n_vectors == 0 and not info.embedder["available"]
    assert info.embedder["reason"] == "embedding failed: RuntimeError: out of memory"
    assert Retriever.load(tmp_path / "g", DOCS, CHUNKS, Config().replace(embedding={"backend": "none"})).search("长治").hits
