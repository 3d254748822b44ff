#!/usr/bin/env python3
"""Applies the patches in research/records/fixes/*.json to data/landscape.json: the weaker citations of
the export (issue 20, point 6) re-sourced, revalued or completed, each patch verified
against its new source by the research session that wrote it.

Run after ship.py, from the repository root: python3 research/records/fix.py [--dry-run]

A patch is {"project", "path", "action", "source"?, "quote"?, "value"?, "reason"}:
- resource: the fact at `path` (`chains[0]`, `tokens[1]`, `now`...) gets the new source and quote;
- revalue: the fact at `path` is replaced by `value` (a token keeps its `contracts`);
- drop: the fact at `path` goes (its source is unfit and no fit one states it);
- add: `value` is appended to the list `path` (`chains`, `tokens`), unless an entry with the
  same id / symbol is there already; or set as `consensus` / `founded` / `now` where none is.
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXPORT = ROOT / "data" / "landscape.json"
FIXES = ROOT / "research" / "records" / "fixes"
# Keys each kind of fact may carry (the model denies the others).
FACT_KEYS = {"value", "source", "quote"}


def locate(p, path):
    m = re.fullmatch(r"(\w+)(?:\[(\d+)\])?", path)
    field, index = m.group(1), m.group(2)
    if index is None:
        return p, field
    return p[field], int(index)


def clean(path, value):
    if path.startswith(("consensus", "founded", "technologies", "partners", "awards", "now")):
        return {k: v for k, v in value.items() if k in FACT_KEYS}
    return value


def main():
    data = json.loads(EXPORT.read_text())
    by_id = {p["id"]: p for p in data["projects"]}
    done, skipped = [], []
    patches = [f for file in sorted(FIXES.glob("*.json")) for f in json.loads(file.read_text())]
    for f in patches:
        p = by_id.get(f["project"])
        if p is None or not f.get("verified"):  # a reviewer unsets `verified` to keep a patch out
            skipped.append(f"{f['project']} {f['path']}: no such project, or not verified")
            continue
        try:
            if f["action"] == "add" and f["path"] in ("consensus", "founded", "now"):
                if f["path"] in p:
                    skipped.append(f"{p['id']} {f['path']}: there already")
                    continue
                p[f["path"]] = clean(f["path"], f["value"])
            elif f["action"] == "add":
                lst = p.setdefault(f["path"], [])
                key = "id" if f["path"] == "chains" else "symbol"
                if any(x.get(key) == f["value"].get(key) for x in lst):
                    skipped.append(f"{p['id']} {f['path']}: {f['value'].get(key)} is there already")
                    continue
                lst.append(clean(f["path"], f["value"]))
            else:
                holder, key = locate(p, f["path"])
                old = holder[key]
                if f["action"] == "resource":
                    old["source"] = f["source"]
                    old["quote"] = f["quote"]
                elif f["action"] == "drop":
                    if isinstance(holder, list):
                        holder.pop(key)
                    else:
                        del holder[key]
                elif f["action"] == "revalue":
                    new = clean(f["path"], dict(f["value"]))
                    if "contracts" in old and "contracts" not in new:
                        new["contracts"] = old["contracts"]
                    holder[key] = new
                else:
                    skipped.append(f"{p['id']} {f['path']}: unknown action {f['action']}")
                    continue
        except (KeyError, IndexError, TypeError) as e:
            skipped.append(f"{p['id']} {f['path']}: {e!r}")
            continue
        done.append(f"{p['id']} {f['path']}: {f['action']} ({f['reason'][:70]})")
    print("\n".join(done))
    print(f"\n{len(done)} applied; skipped {len(skipped)}")
    print("\n".join(skipped))
    if "--dry-run" not in sys.argv:
        EXPORT.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
