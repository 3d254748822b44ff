#!/usr/bin/env python3
"""Puts our translations of the export's texts into data/landscape.json.

research/i18n/texts.json lists every text of the export with its place (a JSON pointer) and
its English and Spanish; research/i18n/<locale>/data.json maps those places to the locale's
text. A text whose English has changed since it was translated (the English in texts.json no
longer matches the export's) is left untranslated and named, so a stale translation never
ships. Re-runnable; run `cargo xtask data format` and `cargo xtask data check` after it.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
HERE = ROOT / 'research' / 'i18n'
LOCALES = ['ko', 'ja', 'id', 'zh', 'vi', 'hi', 'ru', 'ar', 'fa', 'fr', 'pt', 'th', 'tr']


def at(doc, pointer):
    node = doc
    for part in pointer.strip('/').split('/'):
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def main():
    data_path = ROOT / 'data' / 'landscape.json'
    doc = json.loads(data_path.read_text())
    texts = json.loads((HERE / 'texts.json').read_text())
    stale, done = [], {}
    for loc in LOCALES:
        f = HERE / loc / 'data.json'
        if not f.exists():
            continue
        tr = json.loads(f.read_text())
        n = 0
        for t in texts:
            node = at(doc, t['key'])
            if not isinstance(node, dict) or node.get('en') != t['en']:
                stale.append((loc, t['key']))
                continue
            value = tr.get(t['key'], '').strip()
            if value:
                node[loc] = value
                n += 1
        done[loc] = n
    data_path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + '\n')
    for loc, n in done.items():
        print(f'{loc}: {n} of {len(texts)} texts')
    for loc, key in sorted(set(stale)):
        print(f'stale or moved, left in English: {loc} {key}', file=sys.stderr)


if __name__ == '__main__':
    main()
