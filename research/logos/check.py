#!/usr/bin/env python3
"""Rule-5 safety check for logo SVG/PNG files. Usage: check.py FILE..."""
import re, sys, os
MAX = 16384
def check(path):
    errs = []
    size = os.path.getsize(path)
    if size > MAX: errs.append(f"size {size} > {MAX}")
    if path.endswith('.png'):
        with open(path,'rb') as f: d=f.read(24)
        if d[:8]!=b'\x89PNG\r\n\x1a\n': errs.append("not a PNG")
        else:
            w=int.from_bytes(d[16:20],'big'); h=int.from_bytes(d[20:24],'big')
            if w>256 or h>256: errs.append(f"png {w}x{h} > 256")
        return errs
    t = open(path, encoding='utf-8', errors='replace').read()
    low = t.lower()
    if '<svg' not in low: errs.append("no <svg")
    if re.search(r'<\s*script', low): errs.append("<script>")
    if re.search(r'<\s*foreignobject', low): errs.append("<foreignObject>")
    if re.search(r'<!doctype|<!entity', low): errs.append("DOCTYPE/ENTITY")
    if re.search(r'[\s"\'/]on[a-z]+\s*=', low): errs.append("on* attribute")
    for m in re.finditer(r'(?:xlink:)?href\s*=\s*["\']([^"\']*)["\']', t, re.I):
        if not m.group(1).startswith('#'): errs.append(f"href {m.group(1)[:40]}")
    for m in re.finditer(r'url\(\s*([^)]*)\)', t, re.I):
        v = m.group(1).strip().strip('"\'')
        if not v.startswith('#'): errs.append(f"url({v[:40]})")
    if '@import' in low: errs.append("@import")
    if re.search(r'inkscape|sodipodi|sketch:|figma|<!--|<metadata', low): errs.append("editor metadata/comment")
    return errs
bad = 0
for p in sys.argv[1:]:
    e = check(p)
    print(("OK  " if not e else "FAIL") + " " + p + ("" if not e else ": " + "; ".join(e)))
    bad |= bool(e)
sys.exit(1 if bad else 0)
