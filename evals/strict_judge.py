"""An independent strict judge: re-judges a run's predictions.jsonl by the rules of
``answer_accuracy`` (rag/eval/METRICS.md) with its own code.

It imports nothing from ``rag`` -- folding, Chinese numerals, key points, polarity and
region names are written again here from the written definition -- so a bug in
``rag.eval`` shows up as disagreement instead of being repeated.  Only OpenCC (script
folding) and pypinyin (region names in English answers) are shared libraries.

    python evals/strict_judge.py RUN_DIR [--tolerance 0.05]

prints the judge's accuracy per set and overall beside ``answer_accuracy`` and exits 1
when they differ by more than the tolerance on any set.
"""
from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import unicodedata
from pathlib import Path

# --- folding ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def simplify(text: str) -> str:
    """Simplified script, NFKC width folding, lower case."""
    return _t2s().convert(unicodedata.normalize("NFKC", text)).lower()


NUMERALS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
POWERS = {"十": 10, "百": 100, "千": 1000}
UNITS = "项个件次人家名条份起万亿年月日天元余多倍所批场期部篇类种套台辆座处支本册位户宗例轮届周岁级章节款号层栋间亩吨米克升股只张页段组队%"


def numeral_value(run: str) -> int | None:
    """一百二十 -> 120, 二〇二一 -> 2021 (digit by digit when there is no 十百千)."""
    if not any(c in POWERS for c in run):
        return int("".join(str(NUMERALS[c]) for c in run)) if all(c in NUMERALS for c in run) else None
    total, digit = 0, None
    for c in run:
        if c in NUMERALS:
            digit = NUMERALS[c]
        elif c in POWERS:
            total += (1 if digit is None else digit) * POWERS[c]
            digit = None
        else:
            return None
    return total + (digit or 0)


_RUN = "[零〇一二两三四五六七八九十百千]+"


def numbers_arabic(text: str) -> str:
    """Chinese numerals followed by a unit become digits; 百分之X becomes X%."""
    def percent(m: re.Match) -> str:
        v = m.group(1)
        return (v if v[0].isdigit() else str(numeral_value(v) if numeral_value(v) is not None else v)) + "%"

    text = re.sub(rf"百分之\s*([0-9]+(?:\.[0-9]+)?|{_RUN})", percent, text)

    def run(m: re.Match) -> str:
        after = text_ref[m.end():m.end() + 1]
        value = numeral_value(m.group())
        return str(value) if value is not None and after and after in UNITS else m.group()

    text_ref = text
    return re.sub(_RUN, run, text)


def key(text: str) -> str:
    """The comparison key: folded, numerals as digits, no thousands commas, only letters and digits."""
    t = numbers_arabic(simplify(text))
    t = re.sub(r"(?<=\d),(?=\d{3})", "", t)
    t = re.sub(r"\[\d+(?:[,，]\s*\d+)*\]|【\d+】", "", t)
    return "".join(c for c in t if c.isalnum() or c in "%.")


def occurs(needle: str, hay: str) -> bool:
    """``needle`` in ``hay``, not cutting a number (5.9% is not in 15.9%)."""
    for m in re.finditer(re.escape(needle), hay):
        before, after = hay[:m.start()], hay[m.end():]
        if needle[0].isdigit() and re.search(r"\d\.?$", before):
            continue
        if needle[-1].isdigit() and re.match(r"\.?\d", after):
            continue
        return True
    return False


# --- the rules -------------------------------------------------------------------------------


def says(short: str) -> str | None:
    t = simplify(re.sub(r"\[\d+\]", "", short)).lstrip(" \t\n,.;:!?，。；：！？、\"'“”")
    first = re.split(r"[。！？；!?;\n]|\.(?!\d)", t, maxsplit=1)[0]
    if not first or first.startswith("是否"):
        return None
    if re.search(r"未明确|未说明|没有说明|未提及|未提到|没有提到|不明确|无法|不确定|不清楚|not (clearly )?(state|say|specif|mention)|unclear|unknown|cannot|can't", re.split("[,，]", first)[0]):
        return None
    word = re.match(r"[a-z]+", first)
    if word:
        return {"yes": "yes", "no": "no", "not": "no"}.get(word.group())
    return "no" if first[0] in "否不没未无非" else "yes" if first[0] in "是有对" else None


ENUM = re.compile(r"^\s*(?:第?[一二三四五六七八九十]+是|第[一二三四五六七八九十0-9]+[,，、:：]|[一二三四五六七八九十]+[.．]"
                  r"|[(（][0-9一二三四五六七八九十]+[)）]|[0-9]+(?:[.．](?![0-9])|[)）]))\s*")


def top_level_split(text: str) -> list[str]:
    parts, depth, cur = [], 0, ""
    for i, c in enumerate(text):
        depth += c in "(（"
        depth -= c in ")）" and depth > 0
        sep = c in "；;、，,\n" and not (c == "," and text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit())
        if depth == 0 and (sep or (c == "《" and text[i - 1:i] == "》")):
            parts.append(cur)
            cur = "" if sep else c
        else:
            cur += c
    return parts + [cur]


def points(text: str) -> list[str]:
    out: list[str] = []
    for item in top_level_split(text):
        item = re.sub(r"等等?$", "", ENUM.sub("", item.strip())).strip()
        if re.fullmatch(r"第[一二三四五六七八九十0-9]+", item):
            continue
        m = re.fullmatch(r"([^()（）]*)[(（]([^()（）]*)[)）](?:等等?)?", item)
        if m and re.search(r"[；;、，,\n]", m.group(2)):
            out += points(m.group(2))
            continue
        item = item.strip("《》“”\"") if item[:1] in "《“\"" and item.count(item[:1]) == 1 else item
        out.append(" ".join(x for x in re.split(r"[()（）]", item) if x.strip()))
    seen, kept = set(), []
    for p in out:
        if len(key(p)) > 1 and key(p) not in seen:
            seen.add(key(p))
            kept.append(p)
    return kept


def tokens(text: str) -> list[str]:
    return re.findall(r"[0-9]+(?:\.[0-9]+)?%?|[a-z]+|.", key(text))


def lcs_weight(a: list[str], b: list[str]) -> int:
    row = [0] * (len(b) + 1)
    for x in a:
        new = [0]
        for j, y in enumerate(b):
            new.append(row[j] + len(x) if x == y else max(row[j + 1], new[j]))
        row = new
    return row[-1]


def found_in(point: list[str], unit: list[str]) -> bool:
    return bool(point) and lcs_weight(point, unit) >= 0.6 * sum(map(len, point))


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"[\n。！？；!?;]+", re.sub(r"\[\d+\]", "", text)) if s.strip()]


def kp_ok(gold: str, aliases: list[str], short: str, answer: str) -> bool:
    whole = answer if short in answer else short + "\n" + answer
    units = [tokens(u) for u in sentences(whole)]
    answer_units = [tokens(u) for u in (points(short) if short.strip() else sentences(answer))]
    answer_units = [u for u in answer_units if sum(map(len, u)) >= 2]
    best_r = best_p = None
    for ref in [gold, *aliases]:
        gp = [tokens(p) for p in points(ref)]
        if not gp:
            continue
        r = sum(any(found_in(p, u) for u in units) for p in gp) / len(gp)
        best_r = r if best_r is None else max(best_r, r)
        if answer_units:
            right = sum(any(found_in(p, u) or found_in(u, p) for p in gp) for u in answer_units)
            best_p = right / len(answer_units) if best_p is None else max(best_p, right / len(answer_units))
    return best_r is not None and best_r >= 0.5 and best_p is not None and best_p >= 0.5


# --- regions ---------------------------------------------------------------------------------
ETHNIC = ["维吾尔", "哈萨克", "柯尔克孜", "乌孜别克", "塔吉克", "塔塔尔", "俄罗斯", "鄂温克", "鄂伦春", "达斡尔", "蒙古", "朝鲜",
          "土家", "哈尼", "傈僳", "纳西", "景颇", "布依", "布朗", "撒拉", "毛南", "仡佬", "仫佬", "锡伯", "阿昌", "普米", "德昂",
          "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺", "拉祜", "东乡", "高山", "回", "藏", "苗", "彝", "壮", "满",
          "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "土", "羌", "怒", "京"]
LEVELS = ["自治区", "自治州", "自治县", "自治旗", "特别行政区", "地区", "新区", "省", "市", "州", "盟", "区", "县", "旗"]


def short_region(name: str) -> tuple[str, list[str]]:
    """(short name, the forms to look for) of a region's metadata name."""
    n = simplify(name).strip()
    forms = [n]
    m = re.fullmatch(r".{2,}?(?:省|自治区|市|自治州|州|盟|地区)(.{2,}(?:区|县|市|旗))", n)
    while m:  # the innermost unit: 四川省凉山彝族自治州昭觉县 -> 凉山彝族自治州昭觉县 -> 昭觉县
        n = m.group(1)
        forms.append(n)
        m = re.fullmatch(r".{2,}?(?:省|自治区|市|自治州|州|盟|地区)(.{2,}(?:区|县|市|旗))", n)
    for level in LEVELS:
        if n.endswith(level) and len(n) > len(level) + 1:
            n = n[: -len(level)]
            while level.startswith("自治"):
                cut = next((e for e in sorted(ETHNIC, key=len, reverse=True)
                            if n.endswith((e + "族", e))), None)
                if cut is None:
                    break
                rest = n[: -len(cut) - (1 if n.endswith(cut + "族") else 0)]
                if len(rest) < 2:
                    break
                n = rest
            break
    return n, forms + [n]


def region_table(regions: list[str]) -> dict[str, list[str]]:
    from pypinyin import Style, pinyin

    table: dict[str, list[str]] = {}
    for r in regions:
        if not re.fullmatch(r"[\u4e00-\u9fff]+", simplify(r or "")):
            continue
        short, forms = short_region(r)
        if len(short) < 2:
            continue
        spellings = ["".join(x) for x in _product([p[:3] for p in pinyin(short, style=Style.NORMAL, heteronym=True)])]
        table.setdefault(short, []).extend(forms + [s.lower() for s in spellings])
    return {k: sorted(set(v), key=len, reverse=True) for k, v in table.items()}


def _product(choices: list[list[str]]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for c in choices:
        out = [o + [x] for o in out for x in c][:27]
    return out


def named(text: str, table: dict[str, list[str]], departments: bool = False) -> set[str]:
    """Regions the text names; a region followed by a department (遂宁市司法局) names the department
    (departments=True: only the regions named that way)."""
    t = simplify(text)
    hits: set[str] = set()
    for form, short in sorted(((f, s) for s, fs in table.items() for f in fs if not f.isascii()), key=lambda x: -len(x[0])):
        for m in list(re.finditer(re.escape(form), t)):
            if bool(re.match(r"[\u4e00-\u9fff]{1,6}?[局厅]", t[m.end():])) == departments:
                hits.add(short)
        t = t.replace(form, "#" * len(form))
    if departments:
        return hits
    for short, fs in table.items():
        if any(f.isascii() and re.search(rf"\b{f}\b", t) for f in fs):
            hits.add(short)
    return hits


def first_named(text: str, table: dict[str, list[str]], departments_for: set[str] = frozenset()) -> str:
    """The region the text names first (the longer name where two start at one place); a region
    followed by a department is skipped unless it is in ``departments_for`` (the gold's regions:
    the department's report answers for its region there)."""
    t = simplify(text)
    best: tuple[int, int, str] | None = None
    for short, fs in table.items():
        for f in fs:
            pat = rf"\b{re.escape(f)}\b" if f.isascii() else re.escape(f)
            for m in re.finditer(pat, t):
                if (short not in departments_for and not f.isascii()
                        and re.match(r"[\u4e00-\u9fff]{1,6}?[局厅]", t[m.end():])):
                    continue
                if best is None or (m.start(), -len(f)) < best[:2]:
                    best = (m.start(), -len(f), short)
                break
    return best[2] if best else ""


def only_region(text: str, table: dict[str, list[str]]) -> bool:
    if len(named(text, table)) != 1:
        return False
    if short_region(text)[0] in table:
        return True
    t = simplify(text)
    for f in sorted((f for fs in table.values() for f in fs), key=len, reverse=True):
        t = t.replace(f, " ")
    t = re.sub(r"[市州区县省旗盟]|\b(city|prefecture|county|district|province)\b", " ", t)
    return not re.sub(r"[\W_]+", "", t)


# "A（…）高于B（…）", a comparison's gold in one sentence: two sides, the winner first
SIDES = re.compile(r"\s*([^()（）;；,，、\n]+[(（][^()（）]*[)）])\s*(?:[高低多少大小快慢强強优優][于於]|超[过過]|[领領]先[于於]?"
                   r"|(?:higher|lower|more|fewer|less) than)\s*([^()（）;；,，、\n]+[(（][^()（）]*[)）])\s*[。.]?\s*")


def sides(gold: str) -> str:
    m = SIDES.fullmatch(gold)
    return m.group(1).strip() + "；" + m.group(2).strip() if m else gold


def judge(row: dict, table: dict[str, list[str]]) -> bool:
    kind, gold, aliases = row["type"], row["gold"], row.get("aliases") or []
    if kind == "comparison":
        gold, aliases = sides(gold), [sides(a) for a in aliases]
    short = re.sub(r"\[\d+\]", "", row.get("short_answer") or "").strip()
    if row.get("error"):
        return False
    if kind == "unanswerable":
        return bool(row["abstained"])
    if row["abstained"]:
        return False
    if kind == "yesno":
        return says(gold) is not None and says(short) == says(gold)
    if kind in ("list", "summary", "comparison", "multi_doc"):
        ok = kp_ok(gold, aliases, short, row.get("answer") or "")
    else:
        ok = bool(short) and any(key(g) and occurs(key(g), key(short)) for g in [gold, *aliases])
    gold_regions: set[str] = set()
    for p in points(gold):
        head = p.split()[0] if p.split() else ""
        if only_region(head, table):
            gold_regions |= named(head, table)
    asks = re.search(r"哪|谁|\bwhich\b|\bwhere\b|\bwho\b", simplify(row["question"]))
    if gold_regions and (kind in ("multi_doc", "comparison") or asks):
        if kind in ("list", "summary", "comparison", "multi_doc") and all(only_region(p, table) for p in points(gold)):
            zh = re.sub(r"[A-Za-z]+", " ", short)  # 大庆 names 黑龙江省大庆市 (in Chinese; a department for its region)
            ok = gold_regions <= named(zh, table) | named(zh, table, True)
        said = named(short, table) | (named(short, table, True) & gold_regions)
        if kind == "comparison":  # the winner first; other sides the question asks about may be named
            winner: set[str] = set()
            for p in points(gold)[:1]:
                head = p.split()[0] if p.split() else ""
                winner = named(head, table) if only_region(head, table) else set()
            ok = (ok and gold_regions <= said <= gold_regions | named(row["question"], table)
                  and (not winner or first_named(short, table, gold_regions) in winner))
        else:
            ok = ok and said == gold_regions
    return ok


# --- the command -----------------------------------------------------------------------------
def agreement(run_dir: Path) -> dict[str, dict[str, float]]:
    """Per set and overall: the judge's accuracy, answer_accuracy, and the item agreement."""
    metrics = json.loads((run_dir / "metrics.json").read_text(encoding="utf-8"))
    rows = [json.loads(x) for x in (run_dir / "predictions.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    table = region_table(metrics["run"].get("regions") or [])
    groups: dict[str, list[tuple[bool, bool]]] = {}
    for r in rows:
        pair = (judge(r, table), bool(r["metrics"]["correct"]))
        groups.setdefault(r.get("set") or "(none)", []).append(pair)
        groups.setdefault("(all)", []).append(pair)
    return {name: {"n": len(ps), "judge": sum(j for j, _ in ps) / len(ps), "answer_accuracy": sum(a for _, a in ps) / len(ps),
                   "item_agreement": sum(j == a for j, a in ps) / len(ps)} for name, ps in groups.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("run_dir", type=Path)
    ap.add_argument("--tolerance", type=float, default=0.05)
    args = ap.parse_args(argv)
    if not (args.run_dir / "predictions.jsonl").exists():
        print(f"{args.run_dir} has no predictions.jsonl. Pass a folder written by `rag eval --out DIR`.", file=sys.stderr)
        return 2
    worst = 0.0
    for name, g in agreement(args.run_dir).items():
        diff = abs(g["judge"] - g["answer_accuracy"])
        worst = max(worst, diff)
        print(f"{name:>12}: n={g['n']:4}  judge {100 * g['judge']:5.1f}%  answer_accuracy {100 * g['answer_accuracy']:5.1f}%"
              f"  |diff| {diff:.3f}  items agreeing {100 * g['item_agreement']:5.1f}%")
    return 1 if worst > args.tolerance else 0


if __name__ == "__main__":
    sys.exit(main())
