"""The ``transformers`` backend through its real loading and generation code, with a tiny
randomly initialised GPT-2 and a byte-level BPE tokenizer (with a chat template) that the
test builds and saves.  Its output is gibberish: the pipeline must run, return text, and
fall back to the extractive answer with a flag when no valid citation comes out."""
from __future__ import annotations

import pytest
from answer_corpus import chunks, corpus

from rag.answer.answerer import Answerer
from rag.answer.llm import LLMConfigError, get_backend
from rag.config import Config, LLMConfig
from rag.retrieve.retriever import Retriever

pytestmark = pytest.mark.slow
torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
MSGS = [{"role": "system", "content": "只依据片段回答。"}, {"role": "user", "content": "<passages>\n[1] 纠错率达59.46%。\n</passages>\n纠错率？"}]
TEMPLATE = ("{% for m in messages %}<|{{ m['role'] }}|>{{ m['content'] }}<|eos|>{% endfor %}"
            "{% if add_generation_prompt %}<|assistant|>{% endif %}")


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=300, special_tokens=["<|pad|>", "<|eos|>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(["纠错率达59.46%[1]。", "The reports do not say [2]."], trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|eos|>", pad_token="<|pad|>")
    fast.chat_template = TEMPLATE
    folder = tmp_path_factory.mktemp("tiny-gpt2")
    fast.save_pretrained(folder)
    torch.manual_seed(0)
    config = GPT2Config(vocab_size=len(fast), n_positions=4096, n_embd=16, n_layer=1, n_head=2,
                        bos_token_id=fast.eos_token_id, eos_token_id=fast.eos_token_id, pad_token_id=fast.pad_token_id)
    GPT2LMHeadModel(config).save_pretrained(folder)
    return str(folder)


def llm_cfg(folder: str) -> LLMConfig:
    return LLMConfig(backend="transformers", model=folder, max_tokens=8, temperature=0.0, timeout_s=60.0, max_retries=0)


def test_generate_and_stream_return_text(model_dir):
    b = get_backend("transformers", llm_cfg(model_dir))
    out = b.generate(MSGS)
    assert isinstance(out, str)
    assert "".join(b.stream(MSGS)) == out  # greedy decoding: the same text both ways


def test_missing_model_folder_is_a_clear_config_error(tmp_path):
    b = get_backend("transformers", llm_cfg(str(tmp_path / "nope")))
    with pytest.raises(LLMConfigError, match="is not a local model folder"):
        b.generate(MSGS)


def test_gibberish_output_falls_back_to_extractive_with_a_flag(model_dir):
    docs = corpus()
    cfg = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 2}, llm={**llm_cfg(model_dir).__dict__})
    answerer = Answerer(Retriever.build(list(docs.values()), chunks(docs), cfg), docs, cfg)
    a = answerer.ask("长治市2021年行政复议综合纠错率是多少？")
    assert a.mode == "extractive" and a.meta["fallback_from"] == "transformers"
    assert a.meta["fallback_reason"] in ("no valid citation", "empty output")
    what = "的回答未通过核实" if a.meta["fallback_reason"] == "no valid citation" else "调用失败"
    assert any(f.startswith(f"LLM 后端 transformers {what}") for f in a.flags)
    assert a.answer.startswith("59.46%\n")
    final = list(answerer.ask_stream("长治市2021年行政复议综合纠错率是多少？"))[-1].answer
    assert final.answer == a.answer and final.meta["fallback_from"] == "transformers"
