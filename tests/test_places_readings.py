"""An English spelling two places share only through a rare reading of one of them names the other
(rag/places/readings.py): Huozhou is 霍州 (huò), not 化州 (huà, whose rare reading is huō)."""
from __future__ import annotations

import pytest

from rag.places import prefer_usual
from rag.places.readings import usual_reading
from rag.retrieve.query import understand

DOCS = [("a", "临汾市霍州市", 2023), ("b", "茂名市化州市", 2023), ("c", "赣州市", 2019), ("d", "张掖市甘州区", 2019),
        ("e", "长治市", 2021), ("f", "哈尔滨市尚志市", 2021), ("g", "朝阳市", 2020), ("h", "北京市朝阳区", 2020)]


@pytest.mark.parametrize("question, regions", [
    ("How many new firms were registered in Huozhou in 2023?", ("临汾市霍州市",)),  # 化州's rare huō: not it
    ("How many new firms were registered in Huazhou in 2023?", ("茂名市化州市",)),
    ("What did Changzhi do in 2021?", ("长治市",)),  # 长 reads chang in place names; 尚志 only by 尚's rare chang
])
def test_a_spelling_names_the_place_it_is_the_usual_reading_of(question, regions):
    assert understand(question, DOCS).regions == regions


@pytest.mark.parametrize("question, regions", [
    ("Ganzhou 2019", {"赣州市", "张掖市甘州区"}),  # gan zhou is the usual reading of both
    ("Chaoyang 2020", {"朝阳市", "北京市朝阳区"}),  # the phrase dictionary reads 朝阳 both zhāo and cháo
])
def test_a_spelling_usual_for_several_places_keeps_them_all(question, regions):
    assert set(understand(question, DOCS).regions) == regions


def test_a_spelling_that_is_no_reading_of_the_characters_is_not_judged():
    assert usual_reading("150600", "ordos")  # 鄂尔多斯市's English name, not pinyin
    assert prefer_usual([("440982", "hua zhou")]) == ("440982",)  # one place: nothing to choose


# a namesake with no report of the asked year: answering it means a report of another year
NAMESAKES = [("c", "赣州市", 2019), ("d", "张掖市甘州区", 2021), ("e", "长治市", 2021)]


@pytest.mark.parametrize("question, regions", [
    ("How many legal aid cases did Ganzhou handle in 2019?", {"赣州市"}),
    ("How many legal aid cases did Ganzhou handle in 2021?", {"张掖市甘州区"}),
    ("Ganzhou in 2021 and Changzhi in 2021", {"张掖市甘州区", "长治市"}),
    ("How many legal aid cases did Ganzhou handle?", {"赣州市", "张掖市甘州区"}),  # no year: both
    ("How many legal aid cases did Ganzhou handle in 2018?", {"赣州市", "张掖市甘州区"}),  # neither has it: both
])
def test_a_shared_spelling_is_read_as_the_namesakes_with_a_report_of_the_asked_year(question, regions):
    assert set(understand(question, NAMESAKES).regions) == regions
