#!/usr/bin/env bash
# Scores the engine on the shared labelled sets and on any blind sets built beside the project
# (../extra/<set>/docs + labels.json, see scripts/eval/blind-sets.md), one line per set.
# Run from the project's root: bash scripts/eval/score-blind.sh   (OUT=dir keeps <set>.score, verbose)
set -u
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT"
for d in ../shared/eval/dev ../shared/eval/real ../shared/eval/real-whole ../shared/eval/real2 ../extra/* test/fixtures/heldout; do
  [ -f "$d/labels.json" ] || continue
  set=$(basename "$d")
  npm run --silent extract -- "$d"/docs/*.txt >"$OUT/$set.jsonl" 2>"$OUT/$set.err"
  python3 ../shared/eval/dev/score.py "$OUT/$set.jsonl" --labels "$d/labels.json" --verbose >"$OUT/$set.score"
  python3 - "$OUT/$set.score" "$set" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
a = re.search(r"actions\s+P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)", t)
p = re.search(r"payments\s+P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)", t)
r = re.search(r"remedyTotal exact\s+(\d+)/(\d+)", t)
print(f"{sys.argv[2]:12} actions P {a.group(1)} R {a.group(2)} F1 {a.group(3)}  payments F1 {p.group(3)}  totals {r.group(1)}/{r.group(2)}" if a and p and r else f"{sys.argv[2]} could not read the score")
PY
done
