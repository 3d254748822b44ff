#!/usr/bin/env python3
"""check.py <locale>: checks <locale>/ui.json and <locale>/data.json here against en/ui.json and texts.json."""
import json, re, sys
base = __import__('os').path.dirname(__import__('os').path.abspath(__file__))
loc = sys.argv[1]
PLURALS = {'ru': ['one', 'few', 'many', 'other'], 'ar': ['zero', 'one', 'two', 'few', 'many', 'other'],
           'ja': ['other'], 'ko': ['other'], 'zh': ['other'], 'th': ['other'], 'vi': ['other'], 'id': ['other'],
           'hi': ['one', 'other'], 'fa': ['one', 'other'], 'tr': ['one', 'other'], 'fr': ['one', 'many', 'other'],
           'pt': ['one', 'many', 'other']}
en = json.load(open(f'{base}/en/ui.json'))
ui = json.load(open(f'{base}/{loc}/ui.json'))
errs = []
ph = lambda s: sorted(re.findall(r'\{\{\s*(\w+)\s*\}\}', s))
expected = {k: v for k, v in en.items() if not k.startswith('count_line_')}
for c in PLURALS[loc]:
    expected[f'count_line_{c}'] = en['count_line_other']
for k, v in expected.items():
    if k not in ui: errs.append(f'ui: missing key {k}'); continue
    if not isinstance(ui[k], str) or not ui[k].strip(): errs.append(f'ui: empty {k}')
    elif ph(ui[k]) != ph(v): errs.append(f'ui: {k} placeholders {ph(ui[k])} != {ph(v)}')
for k in ui:
    if k not in expected: errs.append(f'ui: unexpected key {k}')
texts = json.load(open(f'{base}/texts.json'))
data = json.load(open(f'{base}/{loc}/data.json'))
for t in texts:
    v = data.get(t['key'])
    if not isinstance(v, str) or not v.strip(): errs.append(f'data: missing {t["key"]}')
for k in data:
    if k not in {t['key'] for t in texts}: errs.append(f'data: unexpected key {k}')
print('\n'.join(errs) if errs else f'{loc}: ok ({len(ui)} ui keys, {len(data)} data texts)')
sys.exit(1 if errs else 0)
