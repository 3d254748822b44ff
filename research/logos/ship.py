#!/usr/bin/env python3
"""Copies the reviewed logos of research/logos/ into data/logos/ and writes each one's
`logo` fact into data/landscape.json (projects and chains). Re-runnable: it rewrites the
facts of the ids it ships and leaves the others alone.

  python3 research/logos/ship.py [EXTRA_MANIFEST.json ...]

The SVGs here are already minified (`npx svgo --config research/logos/svgo.config.cjs`:
multipass, 2 decimals, viewBox kept); PNGs are shrunk to 128 px on the way.
"""
import json, os, shutil, sys

R = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(R))
DATA = os.path.join(ROOT, 'data')
OUT = os.path.join(DATA, 'logos')

def load(paths):
    out = []
    for p in paths:
        out += [dict(e, _dir=os.path.dirname(p)) for e in json.load(open(p)) if e.get('file')]
    return out

def shrink_png(path):
    """A PNG at most 128 px a side (the largest mark drawn is 120 px), palette-quantised
    when that is smaller: the first view pays for every byte."""
    import io
    from PIL import Image
    im = Image.open(path).convert('RGBA')
    if max(im.size) > 128:
        im.thumbnail((128, 128), Image.LANCZOS)
    outs = []
    for q in (im.quantize(colors=128, method=Image.Quantize.FASTOCTREE), im):
        b = io.BytesIO()
        q.save(b, 'PNG', optimize=True)
        outs.append(b.getvalue())
    open(path, 'wb').write(min(outs, key=len))

def plate(src, dst):
    """A white-only mark (it vanishes on a light page) on a dark rounded plate."""
    from PIL import Image, ImageDraw
    mark = Image.open(src).convert('RGBA')
    n = mark.size[0]
    im = Image.new('RGBA', (n, n), (0, 0, 0, 0))
    ImageDraw.Draw(im).rounded_rectangle([0, 0, n - 1, n - 1], radius=n // 6, fill=(27, 27, 29, 255))
    inner = int(n * 0.8)
    m = mark.resize((inner, inner), Image.LANCZOS)
    im.alpha_composite(m, ((n - inner) // 2, (n - inner) // 2))
    im.save(dst, optimize=True)

def main():
    extra = sys.argv[1:]
    projects = load([os.path.join(R, f'manifest-{k}.json') for k in 'abc'] + extra)
    chains = load([os.path.join(R, 'chains', 'manifest-chains.json')])
    os.makedirs(os.path.join(OUT, 'chains'), exist_ok=True)
    path = os.path.join(DATA, 'landscape.json')
    d = json.load(open(path))
    by_id = {p['id']: p for p in d['projects']}
    chain_by_id = {c['id']: c for c in d['chains']}

    def fact(e, sub, plated=False):
        ext = os.path.splitext(e['file'])[1]
        name = f"{e['id']}{ext}"
        dst = os.path.join(OUT, sub, name)
        src = os.path.join(e['_dir'], e['file'])
        f = {'file': '/'.join(x for x in ('logos', sub, name) if x), 'source': e['source']}
        if plated:
            plate(src, dst)
            dark = f"{e['id']}.dark{ext}"
            shutil.copyfile(src, os.path.join(OUT, sub, dark))
            f['dark'] = '/'.join(x for x in ('logos', sub, dark) if x)
            return f
        shutil.copyfile(src, dst)
        if e.get('dark'):
            dark = f"{e['id']}.dark{os.path.splitext(e['dark'])[1]}"
            shutil.copyfile(os.path.join(e['_dir'], e['dark']), os.path.join(OUT, sub, dark))
            f['dark'] = '/'.join(x for x in ('logos', sub, dark) if x)
            if e.get('dark_source') and e['dark_source'] != e['source']:
                f['dark_source'] = e['dark_source']
        return f

    for e in projects:
        p = by_id[e['id']]
        logo = fact(e, '', plated=e.get('plate', False))
        # Keep the model's field order: `logo` right after `website` (or `now`/`chains`).
        items = [(k, v) for k, v in p.items() if k != 'logo']
        after = next((k for k in ('website', 'now', 'chains', 'summary') if k in p), 'summary')
        out = []
        for k, v in items:
            out.append((k, v))
            if k == after:
                out.append(('logo', logo))
        p.clear(); p.update(out)
    for root, _, files in os.walk(OUT):
        for f in files:
            if f.endswith('.png'):
                shrink_png(os.path.join(root, f))
    for e in chains:
        c = chain_by_id[e['id']]
        c['logo'] = fact(e, 'chains')
    open(path, 'w').write(json.dumps(d, ensure_ascii=False, indent=2) + '\n')
    print(f"shipped {len(projects)} project logos, {len(chains)} chain icons")

main()
