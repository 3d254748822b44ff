#!/usr/bin/env python3
"""check.py <locale>: checks <locale>/data.json here against texts.json."""
import json, re, sys
base = __import__('os').path.dirname(__import__('os').path.abspath(__file__))
loc = sys.argv[1]
errs = []
# The interface's files (locales/<code>.json) are checked by `cargo test --test locale_files`
# and `cargo xtask data check`.
texts = json.load(open(f'{base}/texts.json'))
data = json.load(open(f'{base}/{loc}/data.json'))
for t in texts:
    v = data.get(t['key'])
    if not isinstance(v, str) or not v.strip(): errs.append(f'data: missing {t["key"]}')
for k in data:
    if k not in {t['key'] for t in texts}: errs.append(f'data: unexpected key {k}')
print('\n'.join(errs) if errs else f'{loc}: ok ({len(data)} data texts)')
sys.exit(1 if errs else 0)
