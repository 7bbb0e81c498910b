"""Banners, leagues and autonomous units named in questions (the division table, every such unit).

- Chinese: every current 旗 / 盟 / 自治州 / 自治县 / 自治旗 is found by its suffixed short form (准格尔旗, 莫力达瓦旗,
  玉树州, 长阳县), whether or not the corpus has its report (a guard over the whole table);
- English: a unit named in pinyin (or by its established romanisation: Jungar, Ordos) with its level word
  (Zhungeer Banner, Changyang Autonomous County, Xin'an County, Yili Prefecture, Hainan Prefecture) is that unit
  (every unit of the usual reading: Wuchuan County is 武川县 and 务川县); with no report of it, the question is
  about a place the corpus lacks; a report of it is found by the same name.
"""

import pytest

from rag.places import resolve
from rag.places.gazetteer import gazetteer, generated_forms
from rag.retrieve.query import understand

DOCS = [("a", "湖北省宜昌市", 2022), ("b", "浙江省宁波市鄞州区", 2023)]


def _units():
    return [p for p in gazetteer().places.values() if p.status == "current"
            and (p.level in ("banner", "league") or p.name.endswith(("自治州", "自治县", "自治旗", "盟")))]


def test_every_banner_league_and_autonomous_unit_is_found_by_its_suffixed_short_form():
    missed = []
    for p in _units():
        for f in generated_forms(p):
            if f.kind in ("full", "suffixed"):
                info = understand(f"{f.text}2023年收到行政复议申请多少件？", DOCS)
                if p.code not in [q.code for r in info.unknown_regions for q in resolve(r)]:
                    missed.append((p.name, f.text, info.unknown_regions))
    assert not missed, missed[:10]


_EN_LEVEL = {"旗": "Banner", "盟": "League", "州": "Prefecture", "县": "County"}


def test_every_banner_league_and_autonomous_unit_is_found_by_its_pinyin_and_level_word():
    missed, tried = [], 0
    for p in _units():
        level = _EN_LEVEL.get(p.name[-1])
        reading = p.pinyin[0].replace(" ", "") if p.pinyin else ""
        if not level or len(reading) < 4:
            continue
        tried += 1
        info = understand(f"How many reconsideration cases did {reading.capitalize()} {level} handle in 2023?", DOCS)
        if p.name not in info.unknown_regions:
            missed.append((p.name, reading, level, info.unknown_regions))
    assert tried > 100 and not missed, (tried, missed[:10])


@pytest.mark.parametrize("question,unknown", [
    ("How many government contracts did Zhungeer Banner review in 2023?", ("准格尔旗",)),
    ("How many cases did Yushu Prefecture handle in 2022?", ("玉树藏族自治州",)),
    ("How many mediators did Changyang Autonomous County have in 2022?", ("长阳土家族自治县",)),
    ("What did Xilinguole League do for legal aid in 2022?", ("锡林郭勒盟",)),
    ("How many mediators did Xin'an County have in 2020?", ("新安县",)),  # its usual reading, not 新干县's rare one
    # established romanisations that are not pinyin (rag/data/place_exonyms.tsv)
    ("How many government contracts did Jungar Banner review in 2023?", ("准格尔旗",)),
    ("How many reconsideration cases did Ordos handle in 2023?", ("鄂尔多斯市",)),
    ("What did Urumqi do for legal aid in 2022?", ("乌鲁木齐市",)),
])
def test_an_unindexed_unit_named_with_its_level_is_a_place_without_reports(question, unknown):
    assert understand(question, DOCS).unknown_regions == unknown


def test_the_corpus_own_banner_is_found_by_the_same_name_and_a_level_word_alone_names_nothing():
    docs = DOCS + [("c", "内蒙古自治区鄂尔多斯市准格尔旗", 2023)]
    info = understand("How many government contracts did Zhungeer Banner review in 2023?", docs)
    assert info.regions == ("内蒙古自治区鄂尔多斯市准格尔旗",) and info.unknown_regions == ()
    info = understand("How many government contracts did Jungar Banner in Ordos review in 2023?", docs)
    assert info.regions == ("内蒙古自治区鄂尔多斯市准格尔旗",) and info.unknown_regions == ()
    assert understand("Which County Party Committee led the work in 2022?", DOCS).unknown_regions == ()
