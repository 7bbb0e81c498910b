"""A question naming a department's report (place + department + year) ranks that report's passages by what it asks:
inside that report every passage says the department's words (its title, its signature, each section's 全市生态环境系统),
so BM25 on the whole question lifts those passages over the one stating the asked figure.  The named report's passages
are also ranked without its issuer's words (:func:`rag.retrieve.scope.scope_free`), fused as a minority vote.
Motivated by a department report whose 纠错率 passage ranked 6th (below top_k 5) under its title passages."""
from __future__ import annotations

from rag.config import Config
from rag.records import Chunk, Document
from rag.retrieve.retriever import Retriever
from rag.retrieve.scope import issuer, scope_free

DEPT = [
    "宁波市生态环境局2023年度法治政府建设工作报告 宁波市人民政府：2023年，宁波市生态环境局坚持依法行政，现将宁波市生态环境局有关情况报告如下。",
    "一、宁波市生态环境局强化组织领导。宁波市生态环境局党组书记、局长履行法治建设第一责任人职责，宁波市生态环境系统召开专题会议4次。",
    "二、宁波市生态环境局推进执法规范。全市生态环境系统开展执法检查，宁波市生态环境局制定裁量基准。",
    "三、化解行政争议。局机关作为被申请人的行政复议案件16件，审结16件，纠错2件，纠错率为12.5%。",
    "四、2024年，宁波市生态环境局将继续深化生态环境领域普法。宁波市生态环境局 2024年1月20日",
]
OTHER = [(place, f"{place}2023年办理行政复议案件{100 + i}件，行政复议纠错率为{5 + i}.5%。")  # the genre's common words
         for i, place in enumerate(["温州市", "绍兴市", "湖州市", "嘉兴市", "金华市", "衢州市", "舟山市", "丽水市"])]


def _retriever() -> Retriever:
    docs, chunks = [], []
    dept_text = "\n".join(DEPT)
    docs.append(Document("dept", "dept.txt", dept_text, "h-dept", title=DEPT[0].split(" ")[0], region="浙江省宁波市",
                         year=2023))
    at = 0
    for i, p in enumerate(DEPT):
        chunks.append(Chunk(f"dept:{i}", "dept", at, at + len(p), p, "", i))
        at += len(p) + 1
    for j, (place, text) in enumerate(OTHER):
        docs.append(Document(f"o{j}", f"o{j}.txt", text, f"h-o{j}", title=text[:12], region=f"浙江省{place}", year=2023))
        chunks.append(Chunk(f"o{j}:0", f"o{j}", 0, len(text), text, "", 0))
    return Retriever.build(docs, chunks, Config().replace(embedding={"backend": "none"}))


def test_the_named_departments_figure_passage_is_in_the_top_hits():
    hits = _retriever().search("宁波市生态环境局2023年的行政复议纠错率是多少？", k=2, mode="bm25").hits
    assert any("纠错率为12.5%" in h.chunk.text for h in hits), [h.chunk.text[:20] for h in hits]


def test_issuer_and_scope_free_words():
    assert issuer("宁波市生态环境局2023年度法治政府建设工作报告") == "宁波市生态环境局"
    assert issuer("某区人民政府关于2022年度法治政府建设情况的报告") == "某区人民政府"
    assert scope_free(["宁波市", "生态环境", "局", "纠错率"], ["宁波市", "生态环境", "局"]) == ["纠错率"]
    assert scope_free(["纠错率"], ["宁波市"]) == []
