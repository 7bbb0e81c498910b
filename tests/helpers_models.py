"""Small real models built by the tests themselves (no downloads).

``build_tiny_st_model(tmp_dir, texts)`` writes a genuine sentence-transformers
folder: a 2-layer BERT (hidden 32) with a WordPiece vocabulary made of the
characters of ``texts`` (BERT's tokenizer splits CJK characters one by one),
mean pooling and L2 normalisation.  The weights are random but seeded, so the
embeddings are deterministic and texts sharing characters land closer together
than unrelated ones: enough to exercise loading, batching, prefixes, FAISS and
fusion for real.

>>> path = build_tiny_st_model(tmp_path, ["长治市法治政府建设"])  # doctest: +SKIP
>>> SentenceTransformer(str(path)).encode(["长治"]).shape  # doctest: +SKIP
(1, 32)
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def seed_texts() -> list[str]:
    """The seed reports' texts (used for a realistic character vocabulary)."""
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]


def vocab_from_texts(texts: list[str]) -> list[str]:
    """Special tokens, ASCII letters/digits, then every other non-space character in first-seen order."""
    chars = list("abcdefghijklmnopqrstuvwxyz0123456789:")
    seen = set(chars)
    for text in texts:
        for ch in unicodedata.normalize("NFC", text).lower():
            if not ch.isspace() and ch not in seen:
                seen.add(ch)
                chars.append(ch)
    return SPECIAL_TOKENS + chars


def _tokenizer(cls, vocab: list[str]):
    """A WordPiece tokenizer over ``vocab`` (transformers 5 takes the vocabulary as a dict)."""
    tok = cls(vocab={t: i for i, t in enumerate(vocab)}, do_lower_case=True, tokenize_chinese_chars=True)
    if tok.tokenize("a") != ["a"]:  # pragma: no cover - guards against a silently empty vocabulary
        raise RuntimeError("the tiny tokenizer did not load its vocabulary")
    return tok


def build_tiny_st_model(tmp_dir: str | Path, texts: list[str] | None = None, hidden: int = 32, seed: int = 0) -> Path:
    """Write a tiny sentence-transformers model into ``tmp_dir/tiny-st`` and return its path."""
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import (
        Normalize,
        Pooling,
        Transformer,
    )
    from transformers import BertConfig, BertModel, BertTokenizerFast
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()

    out = Path(tmp_dir) / "tiny-st"
    hf_dir = Path(tmp_dir) / "tiny-bert"
    hf_dir.mkdir(parents=True, exist_ok=True)
    vocab = vocab_from_texts(texts if texts is not None else seed_texts())
    tokenizer = _tokenizer(BertTokenizerFast, vocab)
    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=len(vocab), hidden_size=hidden, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=hidden * 2, max_position_embeddings=512,
    )
    BertModel(config).save_pretrained(hf_dir)
    tokenizer.save_pretrained(hf_dir)
    transformer = Transformer(str(hf_dir), max_seq_length=256)
    model = SentenceTransformer(modules=[transformer, Pooling(hidden, "mean"), Normalize()], device="cpu")
    model.save(str(out))
    return out


def build_tiny_cross_encoder(tmp_dir: str | Path, texts: list[str] | None = None, hidden: int = 32, seed: int = 0) -> Path:
    """Write a tiny sentence-transformers ``CrossEncoder`` (BERT, one relevance logit) into ``tmp_dir/tiny-ce``."""
    import torch
    from transformers import (
        BertConfig,
        BertForSequenceClassification,
        BertTokenizerFast,
    )
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()

    out = Path(tmp_dir) / "tiny-ce"
    out.mkdir(parents=True, exist_ok=True)
    vocab = vocab_from_texts(texts if texts is not None else seed_texts())
    tokenizer = _tokenizer(BertTokenizerFast, vocab)
    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=len(vocab), hidden_size=hidden, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=hidden * 2, max_position_embeddings=512, num_labels=1,
    )
    BertForSequenceClassification(config).save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out
