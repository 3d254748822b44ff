#!/usr/bin/env python3
"""Writes the reviewed records of research/records/*.json into data/landscape.json.

Run from the repository root: python3 research/records/ship.py [--dry-run], then fix.py, then
`cargo xtask data format` (the model's field order) and `cargo xtask data check`.

- chains: `explorer`, `explorer_source` and `address_format` from
  research/logos/chains/manifest-chains.json (every chain with a template is EVM but Solana);
- projects: `links`; each token's `contracts` (matched by symbol); `website`, `founded`,
  `people` and `funding` where the export has none, or where the record names the export's
  value as a weak citation (then the record's value, or nothing, replaces it).

A fact goes in only with a source and a quote, and not if the record marks it
`"rejected": true`. Research-only keys (`verified`, `note` as a plain string) stay behind.
The script prints what it changed and what it could not place; `cargo xtask data check`
then holds the result to the rules.
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXPORT = ROOT / "data" / "landscape.json"
RECORDS = ROOT / "research" / "records"
CHAINS = ROOT / "research" / "logos" / "chains" / "manifest-chains.json"
LINK_KINDS = ["docs", "repository", "x", "telegram", "discord", "whitepaper", "blog"]
# Fields of the model, in its order, so that the export's key order stays stable.
PROJECT_ORDER = ["id", "name", "aliases", "categories", "summary", "chains", "now", "website", "links",
                 "logo", "tokens", "founded", "consensus", "technologies", "people", "funding", "partners",
                 "awards", "figures", "relations", "review"]


def fit(fact):
    return isinstance(fact, dict) and fact.get("source") and fact.get("quote") and not fact.get("rejected")


def weak_fields(rec):
    """The top-level fields a record names as weakly cited (`"tokens[0], people[1]"`, `"now / website"`)."""
    out = set()
    for w in rec.get("weak_citations", []):
        out.update(re.findall(r"[a-z_]+", w.get("field", "")))
    return out


def ordered(p):
    return {k: p[k] for k in PROJECT_ORDER if k in p} | {k: v for k, v in p.items() if k not in PROJECT_ORDER}


def ship_chains(data, log):
    manifest = {c["id"]: c for c in json.loads(CHAINS.read_text())}
    for ch in data["chains"]:
        m = manifest.get(ch["id"])
        if not m or not m.get("explorer"):
            continue
        ch["address_format"] = "solana" if ch["id"] == "solana" else "evm"
        ch["explorer"] = m["explorer"]
        ch["explorer_source"] = m["explorer_source"]
        log.append(f"chain {ch['id']}: explorer {m['explorer']}")


# Notes for tokens the export gains from their contracts, where a symbol needs one.
FORMER = {"RNDR": {"es": "Token anterior, migrado a RENDER", "en": "Former token, upgraded to RENDER"}}


def norm_symbol(s):
    return s.split()[0].strip("$").upper()


def ship_project(p, rec, log, unplaced, chains):
    pid = p["id"]
    weak = weak_fields(rec)
    w = rec.get("website")
    if fit(w) and (not p.get("website") or "website" in weak):
        p["website"] = {"url": w["url"], "source": w["source"], "quote": w["quote"]}
        log.append(f"{pid}: website {w['url']}")
    links, seen = [], set()
    for l in sorted((l for l in rec.get("links", []) if fit(l)), key=lambda l: LINK_KINDS.index(l["kind"])
                    if l["kind"] in LINK_KINDS else 99):
        key = l["url"].rstrip("/").lower()
        if l["kind"] not in LINK_KINDS or key in seen or not l["url"].startswith("https://"):
            unplaced.append(f"{pid}: link {l['kind']} {l['url']} (unknown kind, duplicate or not https)")
            continue
        seen.add(key)
        links.append({"kind": l["kind"], "url": l["url"], "source": l["source"], "quote": l["quote"]})
    if links:
        p["links"] = links
        log.append(f"{pid}: {len(links)} links ({', '.join(l['kind'] for l in links)})")
    for c in rec.get("contracts", []):
        if not fit(c):
            continue
        if c["chain"] not in chains:
            unplaced.append(f"{pid}: contract for {c['token']} on {c['chain']}: no explorer for that chain")
            continue
        tokens = [t for t in p.get("tokens", []) if norm_symbol(t["symbol"]) == norm_symbol(c["token"])]
        if not tokens:
            # A token the export did not know: the contract's source states it.
            token = {"symbol": norm_symbol(c["token"]), "source": c["source"], "quote": c["quote"]}
            if norm_symbol(c["token"]) in FORMER:
                token["note"] = FORMER[norm_symbol(c["token"])]
            p.setdefault("tokens", []).append(token)
            tokens = [token]
            log.append(f"{pid}: token {token['symbol']} (from its contract's source)")
        entry = {"chain": c["chain"], "address": c["address"], "source": c["source"], "quote": c["quote"]}
        lst = tokens[0].setdefault("contracts", [])
        if all(x["address"].lower() != c["address"].lower() or x["chain"] != c["chain"] for x in lst):
            lst.append(entry)
            log.append(f"{pid}: contract {c['token']} {c['chain']} {c['address']}")
    f = rec.get("founded")
    if "founded" in weak and p.get("founded") and not fit(f):
        log.append(f"{pid}: founded dropped (weak: {p['founded']['source']})")
        del p["founded"]
    if fit(f) and (not p.get("founded") or "founded" in weak):
        p["founded"] = {"value": str(f["value"]), "source": f["source"], "quote": f["quote"]}
        log.append(f"{pid}: founded {f['value']}")
    people = [x for x in rec.get("people", []) if fit(x)]
    if people and (not p.get("people") or "people" in weak):
        out = []
        for x in people:
            e = {"name": x["name"]}
            if x.get("role_en"):
                e["role"] = {"es": x.get("role_es") or x["role_en"], "en": x["role_en"]}
            e["source"], e["quote"] = x["source"], x["quote"]
            out.append(e)
        p["people"] = out
        log.append(f"{pid}: {len(out)} people")
    funding = [x for x in rec.get("funding", []) if fit(x)]
    if funding and (not p.get("funding") or "funding" in weak):
        out = []
        for x in funding:
            e = {}
            if x.get("amount_usd"):
                e["amount_usd"] = int(x["amount_usd"])
            if x.get("recipient"):
                e["recipient"] = x["recipient"]
            if x.get("round"):
                e["round"] = x["round"]
            if x.get("date"):
                e["date"] = str(x["date"])
            leads = x.get("lead_investors") or []
            if leads:
                e["lead_investors"] = leads
            investors = list(dict.fromkeys(leads + (x.get("investors") or [])))
            if investors:
                e["investors"] = investors
            e["source"], e["quote"] = x["source"], x["quote"]
            out.append(e)
        # Keep the article's rounds: the record adds to them.
        kept = [x for x in p.get("funding", []) if x["source"] == "article"]
        p["funding"] = kept + out
        log.append(f"{pid}: {len(out)} funding rounds")


def main():
    data = json.loads(EXPORT.read_text())
    log, unplaced = [], []
    ship_chains(data, log)
    by_id = {p["id"]: p for p in data["projects"]}
    explorers = {c["id"] for c in data["chains"] if c.get("explorer")}
    for f in sorted(RECORDS.glob("*.json")):
        rec = json.loads(f.read_text())
        p = by_id.get(rec["id"])
        if p is None:
            unplaced.append(f"{f.name}: no project `{rec['id']}`")
            continue
        ship_project(p, rec, log, unplaced, explorers)
    data["projects"] = [ordered(p) for p in data["projects"]]
    print("\n".join(log))
    print(f"\n{len(log)} changes; not placed: {len(unplaced)}")
    print("\n".join(unplaced))
    if "--dry-run" not in sys.argv:
        EXPORT.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
