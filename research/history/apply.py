#!/usr/bin/env python3
"""Writes the reviewed history research into data/landscape.json (run from the repository
root, then `cargo xtask data format` and `cargo xtask data check`).

Reads research/history/<id>.json (first pass), research/history/after/<id>.json and
research/history/after2/<id>.json (the two sign-of-life passes), applies the review decisions written below (each with its reason),
and sets events, last_seen, former chains, founded/funding corrections, the article's
publication date and status_as_of. Re-running it gives the same export.
"""
import glob, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "data", "landscape.json")
HERE = os.path.join(ROOT, "research", "history")

STATUS_AS_OF = "2026-12-07"
PUBLISHED = "2024-05-11"
# Docusaurus dates a post from its file name: the blog repository names the article's file.
PUBLISHED_SOURCE = ("https://github.com/cuckoo-network/cuckoo/blob/68b9b30c40247ed4ee64bb7030aec78098464b6f/"
                    "packages/home/blog/2024-05-11-decentralizing-ai-overview.md")

# Review decisions on single events: (project, date, kind) -> replacement fields, or None to drop.
FIX = {
    # Phoenix's 2020 merger formed the project the article describes: an event of its past,
    # not a merger "into" something it now belongs to.
    ("phoenix", "2020", "merged"): {"kind": "other", "other_side": None},
    # The other side is the new project's name.
    ("singularitydao", "2024-10", "merged"): {"other_side": "Singularity Finance"},
    # The independent check: 2026-03-26 is the day RNP-023 was filed, not approved.
    ("render-network", "2026-03-26", "other"): {
        "text_en": "RNP-023, filed on 26 March 2026 and since approved, has the Salad distributed-compute network move its payments and rewards to RENDER as a Render subnet.",
        "text_es": "La RNP-023, presentada el 26 de marzo de 2026 y ya aprobada, hace que la red de cómputo distribuido Salad pase sus pagos y recompensas a RENDER como subred de Render.",
    },
    # The independent check: the source says workers earned tokens, not points.
    ("kuzco", "2024-03", "other"): {
        "text_en": "Epoch One of the network ran from March to November 2024, rewarding the workers who provided GPU compute.",
        "text_es": "La primera época (Epoch One) de la red duró de marzo a noviembre de 2024 y recompensó a quienes aportaban cómputo con GPU.",
    },
    # Cuckoo Chain was sunset, not the project (its team keeps building AI products):
    # the chain becomes a former chain, the event is not a shutdown of the project.
    ("cuckoo-ai", "2025-07-27", "shut-down"): {"kind": "other"},
}

# Chains a project has left: (project, chain) -> the date it left.
FORMER_CHAINS = {
    ("render-network", "ethereum"): "2023-11",   # RNP-006: RNDR on Ethereum upgraded to RENDER on Solana
    ("render-network", "polygon"): "2023-11",    # Polygon was the platform before the move (RNP-002)
    ("cudos", "own-chain"): "2024-10-28",        # CUDOS Mainnet decommissioned after the ASI merger
    ("cuckoo-ai", "own-chain"): "2025-07-27",    # Cuckoo Chain put into sunset mode
    ("phoenix", "neo"): "2021-11",               # PHB left NEO for BNB Smart Chain
}

# Founded values the review (beyond the first pass) found to date a launch, not a founding:
# what the source does not state goes.
NOT_FOUNDINGS = {
    "ritual": "the source dates its coming out of stealth (Nov 2023), already an event",
    "morpheus": "the source dates the whitepaper's publication (2 Sep 2023), not a founding",
    "gamerhash": "the source dates the platform's debut (Nov 2017), a launch",
}

# Renames: the current name goes into `now` (when not there yet) and `aliases`.
NEW_NAMES = {
    "autonolas": "Olas",
    "terminus-os": "Olares",
    "kuzco": "Inference.net",
}

def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)

def main():
    data = load(DATA)
    ids = {p["id"] for p in data["projects"]}
    data["article"]["published"] = PUBLISHED
    data["article"]["published_source"] = PUBLISHED_SOURCE
    data["status_as_of"] = STATUS_AS_OF
    for p in data["projects"]:
        pid = p["id"]
        first = load(os.path.join(HERE, pid + ".json"))
        after_path = os.path.join(HERE, "after", pid + ".json")
        after = load(after_path) if os.path.exists(after_path) else {"events": [], "last_seen": None}
        # The second sign-of-life pass (research/history/after2/), where it found anything
        # newer; its DAIN lead (a package-security site's copy of npm data) was not kept.
        after2_path = os.path.join(HERE, "after2", pid + ".json")
        after2 = load(after2_path) if os.path.exists(after2_path) else {"events": [], "last_seen": None}
        events = []
        for e in first["events"] + after.get("events", []) + after2.get("events", []):
            if not e.get("date") or not e.get("source") or not e.get("quote"):
                continue  # undated or unsourced: kept in the research's gaps only
            fix = FIX.get((pid, e["date"], e["kind"]), {})
            e = {**e, **fix}
            other = e.get("other_side")
            events.append({
                "date": e["date"],
                "kind": e["kind"],
                "text": {"es": e["text_es"], "en": e["text_en"]},
                **({"other_side": other} if other else {}),
                "source": e["source"],
                "quote": e["quote"],
            })
        # Oldest first (a bare year sorts before its months, as the validator reads it).
        events.sort(key=lambda e: (e["date"] + "-01-01")[:10])
        if events:
            p["events"] = events
        else:
            p.pop("events", None)
        seen = [s for s in (first.get("last_seen"), after.get("last_seen"), after2.get("last_seen"))
                if s and s.get("date") and len(str(s["date"])) == 10 and s.get("source")]
        if seen:
            s = max(seen, key=lambda s: s["date"])
            p["last_seen"] = {"date": s["date"], "what": s.get("what") or None, "source": s["source"], "quote": s.get("quote")}
            p["last_seen"] = {k: v for k, v in p["last_seen"].items() if v}
        else:
            p.pop("last_seen", None)
        for c in p.get("chains", []):
            until = FORMER_CHAINS.get((pid, c["id"]))
            if until:
                c["until"] = until
        if pid in NEW_NAMES:
            name = NEW_NAMES[pid]
            if "now" not in p:
                ren = next(e for e in events if e["kind"] == "renamed")
                p["now"] = {"value": name, "source": ren["source"], "quote": ren["quote"]}
            if name not in p.get("aliases", []):
                p.setdefault("aliases", []).append(name)
        fr = first.get("founded_review") or {}
        if fr.get("verdict") == "remove" or pid in NOT_FOUNDINGS:
            p.pop("founded", None)
        for r in first.get("funding_review") or []:
            if r.get("verdict") == "remove":
                p["funding"][r["index"]] = None
            elif r.get("verdict") == "fix-date":
                p["funding"][r["index"]]["date"] = r["date"]
        if "funding" in p:
            p["funding"] = [f for f in p["funding"] if f is not None]
    with open(DATA, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")

if __name__ == "__main__":
    main()
