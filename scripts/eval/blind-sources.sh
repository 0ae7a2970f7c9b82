#!/usr/bin/env bash
# Rewrites scripts/eval/blind-sources.tsv from the blind sets beside the project (../extra/*/labels.json),
# keeping the addresses of sets no longer on this machine. Run from the project's root after a new set:
#   bash scripts/eval/blind-sources.sh
set -euo pipefail
python3 - <<'PY'
import glob, json, os
path = 'scripts/eval/blind-sources.tsv'
lines = open(path).read().splitlines()
header = [l for l in lines if l.startswith('#')]
rows = {tuple(l.split('\t')[:2]): l for l in lines if l and not l.startswith('#')}
for f in sorted(glob.glob('../extra/*/labels.json')):
    name = os.path.basename(os.path.dirname(f))
    for label in json.load(open(f)):
        rows[(name, label['id'])] = f"{name}\t{label['id']}\t{label['source']}"
open(path, 'w').write('\n'.join(header + sorted(rows.values())) + '\n')
print(f'{path}: {len(rows)} addresses')
PY
