"""The general English lexicon (CC-CEDICT-derived) behind English questions, on passages written here."""
from rag.config import Config
from rag.records import Document
from rag.text.en_lexicon import STOP, lexicon_terms, table
from rag.text.glossary import english_terms


def test_table_is_loaded_and_ranked():
    t = table()
    assert len(t) > 10000
    assert "电梯" in t["elevator"]
    assert t["take effect"][:2] and all(len(z) >= 2 for z in t["take effect"])


def test_only_words_the_reports_use_are_taken():
    vocab = {"电梯", "施行"}
    got = [zh for _, zh in lexicon_terms("when did the elevator rules take effect", known=vocab.__contains__)]
    assert got == ["电梯", "施行"]
    assert lexicon_terms("what did the report say", known=lambda w: True) == []  # stop words only
    assert "district" in STOP and "county" in STOP  # places belong to the place model


def test_glossary_first_then_lexicon_only_with_a_word_test():
    q = "How many elevator inspections were there?"
    assert english_terms(q) == ("检查",)  # glossary only: no guesses without knowing the reports
    assert english_terms(q, known=lambda w: w in {"电梯", "检查"}) == ("电梯", "检查")


def test_english_question_answered_from_a_term_only_the_lexicon_knows():
    import hashlib

    from rag.answer.answerer import Answerer
    from rag.chunk.chunker import chunk_text
    from rag.retrieve.retriever import Retriever

    cfg = Config().replace(embedding={"backend": "none"})
    texts = {"长治市": ("长治市2023年法治政府建设情况报告\n一、主要工作\n全市完成电梯安全检查1200台次。"
                     "《长治市电梯安全管理办法》自2024年3月1日起施行。\n二、存在的问题\n基层执法力量不足。\n"),
             "赣州市": "赣州市2023年法治政府建设情况报告\n一、主要工作\n全市办理行政复议案件120件。\n"}
    docs = [Document(f"d{i}", f"d{i}.txt", t, hashlib.sha256(t.encode()).hexdigest(), region=r, year=2023)
            for i, (r, t) in enumerate(texts.items())]
    chunks = [c for d in docs for c in chunk_text(d.doc_id, d.text, cfg.chunking.max_tokens)]
    ans = Answerer(Retriever.build(docs, chunks, cfg), {d.doc_id: d for d in docs}, cfg)
    got = ans.ask("When did Changzhi's elevator safety rules take effect, per its 2023 report?")
    assert "2024年3月1日" in got.answer
