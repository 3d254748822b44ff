#!/usr/bin/env python3
"""Derive data/logos/<id>.png from the untouched originals in /work/scratch/logos/orig/,
with the very function research/logos/ship.py applies to every shipped PNG (`shrink_png`:
at most 128 px a side, LANCZOS; the smaller of a 128-colour FASTOCTREE palette and full
RGBA, both saved with optimize=True). The function is read out of ship.py, not copied,
so the result is what ship.py itself would write.

  /work/scratch/venv/bin/python /work/scratch/logos/derive.py ID... 
"""
import ast, os, shutil, sys

SHIP = '/work/main/research/logos/ship.py'
ORIG = '/work/scratch/logos/orig'
OUT = '/work/main/data/logos'

tree = ast.parse(open(SHIP).read())
fn = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == 'shrink_png')
ns = {}
exec(compile(ast.Module(body=[fn], type_ignores=[]), SHIP, 'exec'), ns)
shrink_png = ns['shrink_png']

for id_ in sys.argv[1:]:
    src = os.path.join(ORIG, f'{id_}.png')
    dst = os.path.join(OUT, f'{id_}.png')
    shutil.copyfile(src, dst)
    shrink_png(dst)
    print(dst, os.path.getsize(src), '->', os.path.getsize(dst))
