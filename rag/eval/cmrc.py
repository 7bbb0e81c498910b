"""The CMRC 2018 metric: a faithful port of the official evaluate script.

:func:`cmrc_segments` / :func:`cmrc_remove_punctuation` port its ``mixed_segmentation`` and
``remove_punctuation`` (github.com/ymcui/cmrc2018, ``squad-style-data/cmrc2018_evaluate.py``, v5);
:func:`cmrc_f1` / :func:`cmrc_em` its ``calc_f1_score`` / ``calc_em_score`` for one answer
(several golds: :func:`rag.eval.metrics.max_over_golds`).

>>> round(cmrc_f1("共办理行政复议案件", "行政复议"), 4)  # LCS 4, P 4/9, R 4/4
0.6154
"""
from __future__ import annotations

from collections.abc import Sequence

from rag.eval.normalize_answer import require_str
from rag.text.normalize import fold

from ..text import lazy_re as re

# The official sp_char list, verbatim, quirks included: '……' is a two-character
# entry, so a char-by-char membership test never matches it and '…' is kept.
CMRC_SP_CHARS = frozenset([
    "-", ":", "_", "*", "^", "/", "\\", "~", "`", "+", "=",
    "，", "。", "：", "？", "！", "“", "”", "；", "’", "《", "》", "……", "·", "、",
    "「", "」", "（", "）", "－", "～", "『", "』",
])
_CMRC_CJK_RE = re.compile(r"[\u4e00-\u9fa5]")  # the script's range (not ...9fff)

# English-run tokenisation: the rules of NLTK's NLTKWordTokenizer (what the script's
# nltk.word_tokenize applies), applied in its order, minus apostrophe/clitic handling
# (don't -> do n't) and minus Punkt sentence splitting (only the run's final period
# is split off).  Checked against NLTK in tests/test_metrics.py when nltk is present.
_LATIN_RULES = [(re.compile(p), r) for p, r in (
    (r"([«“‘„]|[`]+)", r" \1 "), (r'^"', "``"), (r"(``)", r" \1 "),
    (r"([ (\[{<])(\"|'{2})", r"\1 `` "),
    (r"([^.])(\.)([\])}>\"'»”’ ]*)\s*$", r"\1 \2 \3 "),
    (r"([:,])([^\d])", r" \1 \2"), (r"([:,])$", r" \1 "), (r"\.{2,}", r" \g<0> "),
    (r"[;@#$%&]", r" \g<0> "), (r"[\u2012-\u2015]", r" \g<0> "),
    (r"([^.])(\.)([\])}>\"']*)\s*$", r"\1 \2\3 "), (r"[?!]", r" \g<0> "),
    (r"([^'])' ", r"\1 ' "), (r"[*]", r" \g<0> "), (r"[\]\[(){}<>]", r" \g<0> "),
    (r"--", r" -- "), (r"([»”’])", r" \1 "), (r"''", " '' "), (r'"', " '' "),
    (r"(?i)\b(can)(not)\b", r" \1 \2 "), (r"(?i)\b(gim)(me)\b", r" \1 \2 "),
    (r"(?i)\b(gon)(na)\b", r" \1 \2 "), (r"(?i)\b(got)(ta)\b", r" \1 \2 "),
    (r"(?i)\b(lem)(me)\b", r" \1 \2 "), (r"(?i)\b(wan)(na)(?=\s)", r" \1 \2 "),
)]


def latin_tokens(run: str) -> list[str]:
    """Word-tokenise a non-CJK run as ``nltk.word_tokenize`` would (see above).

    >>> latin_tokens("59.46% of 1,234 cases.")
    ['59.46', '%', 'of', '1,234', 'cases', '.']
    """
    for rule, repl in _LATIN_RULES:
        run = rule.sub(repl, run)
    return (" " + run + " ").split()


def cmrc_segments(text: str, rm_punc: bool = True) -> list[str]:
    """Official ``mixed_segmentation``: lower + strip; each CJK character
    (U+4E00-U+9FA5) is a token; other characters accumulate into runs that are
    word-tokenised; with ``rm_punc`` the sp_chars are skipped *without* ending a
    run (so ``a-b`` -> ``ab``, as in the script).

    >>> cmrc_segments("长治市2021年 Rule-of-Law")
    ['长', '治', '市', '2021', '年', 'ruleoflaw']
    """
    segs: list[str] = []
    run = ""
    for ch in require_str("text", text).lower().strip():
        if rm_punc and ch in CMRC_SP_CHARS:
            continue
        if _CMRC_CJK_RE.match(ch) or ch in CMRC_SP_CHARS:
            segs.extend(latin_tokens(run) if run else [])
            run = ""
            segs.append(ch)
        else:
            run += ch
    segs.extend(latin_tokens(run) if run else [])
    return segs


def cmrc_remove_punctuation(text: str) -> str:
    """Official ``remove_punctuation``: lower + strip, then drop the sp_chars
    (inner spaces stay: ``59.46 %`` != ``59.46%`` under CMRC EM).

    >>> cmrc_remove_punctuation(" 《法治》、政府。 ")
    '法治政府'
    """
    return "".join(c for c in require_str("text", text).lower().strip() if c not in CMRC_SP_CHARS)


def find_lcs(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common *contiguous* run of tokens (the official
    ``find_lcs`` is a longest-common-substring DP, not a subsequence)."""
    best, prev = 0, [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b):
            if x == y:
                cur[j + 1] = prev[j] + 1
                best = max(best, cur[j + 1])
        prev = cur
    return best


def cmrc_f1(prediction: str, gold: str, *, script_blind: bool = False) -> float:
    """CMRC 2018 F1 (official evaluate script, ``calc_f1_score`` for one answer):
    tokens = :func:`cmrc_segments` with punctuation removed; L = longest common
    contiguous token run; P = L/|pred|, R = L/|gold|, F1 = 2PR/(P+R); 0 when L = 0
    (also when either side is empty).  ``script_blind`` first applies ``fold`` to
    both (t2s + width), which the official script does not.

    >>> round(cmrc_f1("长治市2021年办理20项", "20项"), 4)  # L 2, P 2/9, R 1 -> 4/11
    0.3636
    """
    prediction, gold = require_str("prediction", prediction), require_str("gold", gold)
    if script_blind:
        prediction, gold = fold(prediction), fold(gold)
    pred, ans = cmrc_segments(prediction), cmrc_segments(gold)
    common = find_lcs(ans, pred)
    if common == 0:
        return 0.0
    precision, recall = common / len(pred), common / len(ans)
    return 2 * precision * recall / (precision + recall)


def cmrc_em(prediction: str, gold: str, *, script_blind: bool = False) -> float:
    """CMRC 2018 EM (``calc_em_score``): 1.0 when :func:`cmrc_remove_punctuation`
    of both are equal, else 0.0.  Two empty strings are equal (as in the script).

    >>> cmrc_em("“法治政府”。", "法治政府"), cmrc_em("59.46 %", "59.46%")
    (1.0, 0.0)
    """
    prediction, gold = require_str("prediction", prediction), require_str("gold", gold)
    if script_blind:
        prediction, gold = fold(prediction), fold(gold)
    return float(cmrc_remove_punctuation(prediction) == cmrc_remove_punctuation(gold))
