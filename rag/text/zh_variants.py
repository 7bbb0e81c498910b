"""Plain words a user asks with, and the formal words the genre writes for the same thing.

A user asks whether a government "把学法当成一次机会"; a 法治政府建设年度报告 writes
"把学法作为重大契机".  Each entry maps a colloquial word to the written-register words that state it
(one direction only: a report's 作为 is not always a user's 当成).  Ordinary Chinese register pairs,
not phrases of particular reports.

>>> formal_forms("当成"), formal_forms("法治")
(('作为', '当作', '视为', '看作'), ())
"""
from __future__ import annotations

ZH_FORMAL: dict[str, tuple[str, ...]] = {
    # "to treat X as Y": 把…当成/当作/看成… — reports write 作为 / 视为
    "当成": ("作为", "当作", "视为", "看作"),
    "当作": ("作为", "当成", "视为", "看作"),
    "当做": ("作为", "当作", "视为", "看作"),
    "看成": ("作为", "视为", "看作"),
    "看作": ("作为", "视为", "当作"),
    # an opportunity: 机会 — reports write 契机 / 机遇 / 时机
    "机会": ("契机", "机遇", "时机"),
    # sent up (to a higher body): 报上来 / 交上来 — reports write 报送 / 上报 / 报备 (报送备案)
    "报上来": ("报送", "上报", "报备", "报来"),
    "交上来": ("报送", "上报", "提交", "报来"),
    # filed for the record: 备案 — reports contract 报送备案 to 报备
    "备案": ("报备",),
    # to help: 帮 / 帮忙 — reports write 帮助 / 帮扶 / 协助
    "帮忙": ("帮助", "帮扶", "协助"),
    # to look into / check: 查看 — reports write 检查 / 查阅
    "查看": ("检查", "查阅"),
    # the people served: 老百姓 / 百姓 — reports write 群众 / 人民群众 / 市民 / 居民
    "老百姓": ("群众", "人民群众", "百姓", "市民", "居民"),
    "百姓": ("群众", "人民群众", "市民", "居民"),
    # made easy for them: 方便 — reports write 便民 / 便利 / 便捷
    "方便": ("便民", "便利", "便捷"),
    # set up a point (service, intake, consultation): 设点 — reports write 设立 / 设置 / 布设 …点
    "设点": ("设立", "设置", "布设"),
    # a government sued: 被告 — reports write 被诉 (被诉行政机关); going to court: 法庭 — 出庭 / 庭审
    "被告": ("被诉",),
    "法庭": ("出庭", "庭审"),
    # the head of a unit: 一把手 — reports write 主要负责人 / 负责人
    "一把手": ("主要负责人", "负责人"),
}


def formal_forms(word: str) -> tuple[str, ...]:
    """The written-register words that state the plain ``word`` (``()`` for any other word)."""
    return ZH_FORMAL.get(word, ())
