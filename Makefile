# Shortcuts for the README's commands (make is optional: scripts/dev.sh is the real thing).
.PHONY: demo test setup lint translations bench

demo:
	bash scripts/dev.sh demo --windowed

test:
	bash scripts/dev.sh test

setup:
	bash scripts/dev.sh setup

lint:
	.venv/bin/ruff check . && .venv/bin/mypy

translations:
	.venv/bin/python scripts/i18n.py update

bench:
	for f in benchmarks/bench_*.py; do .venv/bin/python $$f; done
