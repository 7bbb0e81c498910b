"""A figure question that qualifies its counted noun asks for the figure of that qualified noun, not the total
written beside it (passages written here, invented figures):

- asked 被评为不合格的案卷, the report's ``评查案卷460卷，评出优秀卷120卷、合格卷310卷、不合格卷30卷`` answers with 30卷
  (not the 460卷 of every file reviewed; 合格 asked, 不合格卷 does not state it);
- asked 专职的调解员 when one sentence counts every mediator and then the full-time and the part-time ones;
- English questions reach the genre's words through the glossary: full-time (专职), files counted (案卷), a
  case-file audit (评查), files pulled for a check (抽查), legal-savvy people (法律明白人) fostered (培育) in villages.

Each test fails on the behaviour before it (the total, or a refusal because the English words reached no term of
the genre); the control questions ask for the total and keep it.
"""

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.config import Config
from rag.text.glossary import english_terms

REPORTS = {
    ("湖南省常德市澧县", 2023): (
        "澧县2023年法治政府建设年度报告\n一、强化执法监督\n"
        "县司法局组织行政执法案卷集中评查3次，评查案卷460卷，评出优秀卷120卷、合格卷310卷、不合格卷30卷，"
        "对问题较多的5个单位进行约谈，案卷优秀率由上年的22.5%提高到26.1%。\n"
        "二、化解矛盾纠纷\n全县配备人民调解员1,260名，专职调解员140名，兼职调解员1,120名，全年调处纠纷5,300件。\n"),
    ("浙江省嘉兴市平湖市", 2022): (
        "平湖市2022年法治政府建设年度报告\n一、加强执法监督\n"
        "开展行政执法案卷评查，抽查各部门案卷380卷，发现问题案卷41卷并督促整改。\n"
        "二、推进法治乡村建设\n深化民主法治村创建，全市累计培育农村“法律明白人”1,640名，实现每村至少5名。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("question,short", [
    ("澧县2023年评查案卷时，被评为不合格的案卷有几卷?", "30卷"),
    ("澧县2023年评查案卷时，评为合格的案卷有多少卷?", "310卷"),  # 不合格卷 negates 合格: not its figure
    ("澧县2023年的调解员里，专职的调解员有多少名?", "140名"),
    ("澧县2023年案卷评查中被认定为优秀的案卷有多少卷?", "120卷"),  # the grade given, after the scene is set
    ("澧县2023年评查出来合格的案卷有几卷?", "310卷"),
    ("澧县2023年一共评查了多少卷案卷?", "460卷"),  # no qualifier: the total
    ("澧县2023年全县有多少名人民调解员?", "1,260名"),
])
def test_the_figure_of_the_qualified_noun_answers(answerer, question, short):
    got = answerer.ask(question)
    assert got.short_answer == short, got.answer


@pytest.mark.parametrize("question,short", [
    ("How many full-time mediators did Li County have in 2023?", "140名"),
    ("In its 2022 case file audit, how many files did Pinghu pull for the check?", "380卷"),
    ("How many rural residents had Pinghu fostered as legal-savvy people by 2022?", "1,640名"),
    ("How many case files did Li County rate as excellent in 2023?", "120卷"),  # a grade given (not a rate: %)
    ("How many case files were judged unqualified in Li County in 2023?", "30卷"),
    ("What share of Li County's case files were rated excellent in 2023?", "26.1%"),  # a rate: the value reached
])
def test_english_words_reach_the_genres_terms(answerer, question, short):
    got = answerer.ask(question)
    assert got.short_answer == short, got.answer


@pytest.mark.parametrize("phrase,term", [
    ("full-time mediators", "专职"), ("part-time staff", "兼职"), ("audited the case files", "审计|评查"),
    ("how many files", "案卷|文件"), ("pulled for review", "抽查|抽取|抽检"), ("legally savvy villagers", "法律明白人"),
    ("trained up", "培育|培养|培训"), ("rural residents", "农村|村民|农民|群众"), ("a case-file audit", "案卷评查"),
])
def test_the_glossary_has_the_genres_words(phrase, term):
    assert term in english_terms(phrase)
