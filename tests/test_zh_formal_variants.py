"""A plain word a user asks with is stated by the formal word a report writes (当成 -> 作为, 机会 -> 契机)."""
from rag.answer.term_coverage import coverage
from rag.answer.terms import content_terms
from rag.text.zh_variants import formal_forms


def test_plain_words_are_stated_by_their_formal_forms():
    terms = content_terms("某县有没有把普法考试当成提升干部素质的机会？", exclude={"某县"})
    score, missing = coverage(terms, "县里把年度普法考试作为提升干部素质的有利契机。")
    assert missing == ()
    assert score == 1.0


def test_formal_word_does_not_stand_for_an_unrelated_plain_word():
    terms = content_terms("某县有没有把普法考试当成提升干部素质的机会？", exclude={"某县"})
    _, missing = coverage(terms, "县里组织年度普法考试,提升干部素质。")
    assert "机会" in missing and "当成" in missing


def test_only_plain_words_have_formal_forms():
    assert "契机" in formal_forms("机会")
    assert formal_forms("契机") == ()


def test_sent_up_for_the_record_is_the_genres_contraction():
    terms = content_terms("某区街道报上来备案的规范性文件有多少件？", exclude={"某区"})
    _, missing = coverage(terms, "全年接收各街道报备的规范性文件12件。")
    assert "报上来" not in missing and "备案" not in missing


def test_what_people_care_about_is_the_genres_guanqie():
    """老百姓关心的领域: reports write 群众关切领域; 盯住 what they focus on: 围绕 / 聚焦"""
    terms = content_terms("某区专项监督主要盯了哪些老百姓关心的领域？", exclude={"某区"})
    _, missing = coverage(terms, "开展专项监督3次，重点围绕电梯安全、食品安全等群众关切领域。")
    assert "关心" not in missing and "老百姓" not in missing, missing
