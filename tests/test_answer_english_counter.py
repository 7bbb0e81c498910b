"""An English count whose counted noun is a bare counter (how many items did it review): the counter is a
measure word (多少件) counting what the question named before it, not the genre's 事项; a legality check and a
meeting's topics in the genre's words (合法性审核, 议题).  Real BM25 retriever, reports written for these tests."""
from __future__ import annotations

from answer_corpus import answerer_over, docs_of

from rag.answer.english_figures import counted_phrase
from rag.answer.terms import content_terms
from rag.config import Config
from rag.text.glossary import english_terms

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("荆门市", 2022): (
        "荆门市2022年法治政府建设情况报告\n"
        "一、优化政务服务\n"
        "推行“一网通办”，新增240个事项实现全程网办，与周边15个城市签署协议实现事项互认。\n"
        "二、严格合法性审核\n"
        "落实合法性审核机制，全年共审核市级规范性文件、各类合同协议、政府常务会议议题等213件，提出法律意见90余条。\n"
    ),
}
DOCS = docs_of(TEXTS)


def test_a_bare_counter_is_no_counted_noun_and_no_term():
    q = "How many items did the city review for legality?"
    assert counted_phrase(q) == "" and "事项" not in content_terms(q)
    kept = "How many items of government information did the city publish?"
    assert counted_phrase(kept) == "government information"


def test_a_legality_check_and_meeting_topics_in_the_genres_words():
    assert "合法性" in english_terms("checked the legality of documents")
    assert "议题" in english_terms("meeting topics")


def test_an_english_count_of_items_counts_what_was_named():
    answerer = answerer_over(DOCS, CFG)
    a = answerer.ask("In 2022, when Jingmen checked the legality of city-level documents, agreements and meeting topics, "
                     "how many items did it go through altogether?")
    assert not a.abstained and a.short_answer.startswith("213"), a.answer
