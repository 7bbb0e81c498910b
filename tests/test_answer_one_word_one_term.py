"""One written word of a report states one of a question's plain words: 应诉 is the genre's word for both
被告 and 打官司, but one occurrence of it does not state both (passages written here)."""
from answer_corpus import answerer_over, docs_of

from rag.answer.term_coverage import coverage
from rag.config import Config


def test_one_occurrence_counts_for_one_plain_word():
    assert coverage(["被告", "打官司"], "全年行政机关负责人出庭应诉率达100%") == (0.5, ("打官司",))
    assert coverage(["被告", "打官司"], "行政诉讼案件中，负责人出庭应诉率达100%")[0] == 1.0  # 诉讼 and 应诉: one each
    assert coverage(["被告", "打官司"], "作为被告的应诉案件")[0] == 1.0  # 被告 written, 应诉 for 打官司
    assert coverage(["报上来", "备案"], "接收各街道报备的文件12件")[0] == 1.0  # a contraction keeps a character of each


TEXT = ("平定县2022年法治政府建设情况报告\n一、依法行政\n县政府领导带头出庭，全年出庭应诉45件次。"
        "全县行政机关作为被告的行政诉讼案件共38件。\n")


def test_the_sentence_stating_both_plain_words_answers():
    cfg = Config().replace(embedding={"backend": "none"})
    ans = answerer_over(docs_of({("山西省阳泉市平定县", 2022): TEXT}), cfg)
    assert ans.ask("平定县2022年政府当被告打官司的有多少件?").short_answer == "38件"
