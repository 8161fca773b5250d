#!/usr/bin/env bash
# The whole check: format, lint, types, import contracts, then every test.
# README's second command and .ci/run both run exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONDONTWRITEBYTECODE=1
echo "== ruff format --check"; python -m ruff format --check .
echo "== ruff check";          python -m ruff check .
echo "== mypy";                python -m mypy
echo "== import contracts";    lint-imports
echo "== pytest"
# -n 2: this project's machines have two cores.
exec python -m pytest -n "${FRAMES_TEST_WORKERS:-2}" "$@"
