#!/usr/bin/env python3
"""Map each project of the landscape export to the article's own passage about it,
in each of the 15 published translations of "Decentralizing AI: An Overview".

Standard library only.  Inputs are read-only:
  data/landscape.json
  ../shared/seed/translations/<locale>.md
Outputs (next to this script):
  sentences.json  {"<locale>": {"<project id>": {"name_in_article", "text", "line"}}}
  coverage.md     per-locale coverage, ids not covered, passages not attributed, notes

Rules
-----
* A passage is a list item (bullet or numbered), a paragraph that starts with a bold
  name, or a heading followed by a paragraph.  Its name is the bold prefix (or, for an
  unbolded item, the text before the first colon; for a heading, the heading text).
* Names are matched against each project's `name` and `aliases`, case- and
  accent-insensitively (NFKD, combining marks dropped, casefold), after removing the
  separator punctuation that follows a name (":", "：", "-", "–", "—").  Only exact
  matches count; nothing is matched on a substring.
* Names written in another script (e.g. Devanagari) are attributed only by position,
  and only when the locale's list of passages has exactly the English file's shape
  (same groups, same number of passages per group), every passage that does match by
  name sits at the same position as in English, and digits and dots in the name agree
  with the English name at that position.  Otherwise they are reported, not guessed.
* When a project has more than one passage in a file (the English article lists
  Morpheus and GamerHash twice), the first passage is used and the others are listed
  in coverage.md.
* Text is the passage without its bold name prefix and separator, with surrounding
  whitespace trimmed; the wording is kept byte for byte (inline markup such as _HIM_
  is left as written).  A plain paragraph that sits between two items of the same
  list is treated as a broken-off continuation of the item before it; it is appended
  to that item (with no separator when the item's line ends in a Thai leading vowel,
  which cannot end a word, otherwise with one space) and reported in coverage.md.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
EXPORT = os.path.join(ROOT, "data", "landscape.json")
TRANSLATIONS = os.path.join(os.path.dirname(ROOT), "shared", "seed", "translations")
LOCALES = ["en", "es", "ko", "ja", "id", "zh", "vi", "hi", "ru", "ar", "fa", "fr", "pt", "th", "tr"]

SEP_CHARS = ":：-–—"
THAI_LEADING_VOWELS = "\u0e40\u0e41\u0e42\u0e43\u0e44"

RE_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$")
RE_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
RE_BOLD_PREFIX = re.compile(r"^(\*\*|__)(.+?)\1(.*)$", re.S)


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"\s+", " ", s).strip()
    return s.casefold()


def clean_name(raw):
    """Name as written, without markup, trailing separator or whitespace."""
    name = raw.strip()
    name = name.strip("*_").strip()
    while name and name[-1] in SEP_CHARS:
        name = name[:-1].rstrip()
    return name


def strip_leading_sep(text):
    text = text.lstrip()
    while text and text[0] in SEP_CHARS:
        text = text[1:].lstrip()
    return text


def is_latin_name(name):
    for c in name:
        if c.isalpha() and not unicodedata.name(c, "").startswith("LATIN"):
            return False
    return True


def digits_dots(s):
    return ("".join(c for c in s if c.isdigit()), s.count("."))


PROJECT_INDEX = {}


def load_projects():
    with open(EXPORT, encoding="utf-8") as f:
        data = json.load(f)
    projects = data["projects"]
    index = {}
    for p in projects:
        for n in [p["name"]] + list(p.get("aliases") or []):
            index.setdefault(norm(n), set()).add(p["id"])
    PROJECT_INDEX.update(index)
    return projects, index


def parse(path):
    """Return (passages, lines).  A passage is a dict with keys:
    kind, name (as written), text, line (1-based), group (index of the contiguous run
    of passages it belongs to), cont (list of continuation line numbers)."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    # skip front matter
    start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                start = i + 1
                break

    # classify lines
    kinds = []  # (kind, payload)
    for i, ln in enumerate(lines):
        if i < start:
            kinds.append(("front", None))
            continue
        if not ln.strip():
            kinds.append(("blank", None))
            continue
        m = RE_HEADING.match(ln)
        if m:
            kinds.append(("heading", m.group(2)))
            continue
        m = RE_ITEM.match(ln)
        if m and m.group(1) == "":
            kinds.append(("item", m.group(2)))
            continue
        if m and m.group(1) != "":
            kinds.append(("subitem", m.group(2)))
            continue
        kinds.append(("para", ln))

    def prev_nonblank(i):
        j = i - 1
        while j >= 0 and kinds[j][0] == "blank":
            j -= 1
        return j

    def next_nonblank(i):
        j = i + 1
        while j < len(kinds) and kinds[j][0] == "blank":
            j += 1
        return j

    passages = []
    group = -1
    last_was_passage = False
    i = start
    while i < len(lines):
        kind, payload = kinds[i]
        if kind == "blank":
            i += 1
            continue
        passage = None
        if kind == "item":
            body = payload
            m = RE_BOLD_PREFIX.match(body)
            if m:
                name = clean_name(m.group(2))
                text = strip_leading_sep(m.group(3))
                passage = {"kind": "item", "name": name, "text": text, "line": i + 1, "bold": True}
            else:
                # unbolded item "Name: text" -- the name is what precedes the first colon
                m2 = re.match(r"^([^:：]{1,60})[:：](.*)$", body)
                if m2:
                    passage = {"kind": "item", "name": clean_name(m2.group(1)),
                               "text": m2.group(2).strip(), "line": i + 1, "bold": False}
                else:
                    passage = {"kind": "item", "name": None, "text": body.strip(),
                               "line": i + 1, "bold": False}
            # lazy continuation lines directly below (no blank line) belong to the item
            j = i + 1
            while j < len(lines) and kinds[j][0] in ("para", "subitem"):
                passage["text"] = passage["text"] + "\n" + lines[j].strip()
                passage.setdefault("lazy", []).append(j + 1)
                j += 1
            i = j - 1
            passage["end"] = i
        elif kind == "para":
            m = RE_BOLD_PREFIX.match(payload.strip())
            pj, nj = prev_nonblank(i), next_nonblank(i)
            between_items = (not m and passages and passages[-1]["kind"] == "item"
                             and passages[-1]["end"] == pj
                             and nj < len(kinds) and kinds[nj][0] == "item")
            if between_items:
                prev = passages[-1]
                cont = payload.strip()
                sep = "" if prev["text"] and prev["text"][-1] in THAI_LEADING_VOWELS else " "
                prev["text"] = prev["text"] + sep + cont
                prev.setdefault("cont", []).append({"line": i + 1, "sep": sep})
                prev["end"] = i
                i += 1
                continue
            if m and m.group(3).strip() and (
                    match_name(clean_name(m.group(2)), PROJECT_INDEX)
                    or (len(m.group(2).strip()) <= 40
                        and (m.group(2).rstrip()[-1:] in SEP_CHARS
                             or m.group(3).lstrip()[:1] in SEP_CHARS))):
                # paragraph led by a short bold name
                passage = {"kind": "para", "name": clean_name(m.group(2)),
                           "text": strip_leading_sep(m.group(3)), "line": i + 1, "bold": True}
        elif kind == "heading":
            # a heading followed by a paragraph: candidate passage named by the heading
            nj = next_nonblank(i)
            if nj < len(kinds) and kinds[nj][0] == "para":
                passage = {"kind": "heading", "name": clean_name(payload),
                           "text": lines[nj].strip(), "line": nj + 1, "heading_line": i + 1,
                           "bold": False}
        if passage is not None and passage["kind"] == "heading":
            passage["group"] = None
            passages.append(passage)
            last_was_passage = False
        elif passage is not None:
            if not last_was_passage:
                group += 1
            passage["group"] = group
            passages.append(passage)
            last_was_passage = True
        else:
            last_was_passage = False
        i += 1
    return passages, lines


def match_name(name, index):
    if not name:
        return set()
    return set(index.get(norm(name), set()))


def shape(passages):
    out = []
    for p in passages:
        if p["kind"] == "heading":
            continue
        while len(out) <= p["group"]:
            out.append(0)
        out[p["group"]] += 1
    return out


def attribute(locale, passages, index, en_ref):
    """Return list of (passage, project_id or None, how, reason)."""
    results = []
    for p in passages:
        ids = match_name(p["name"], index)
        if len(ids) == 1:
            results.append([p, next(iter(ids)), "name", None])
        elif len(ids) > 1:
            results.append([p, None, None, "name matches several projects: " + ", ".join(sorted(ids))])
        else:
            results.append([p, None, None, "no project name or alias matches"])

    # positional attribution for names written in another script
    pending = [r for r in results if r[1] is None and r[0]["name"] and r[0]["kind"] != "heading"
               and not is_latin_name(r[0]["name"])]
    if pending and en_ref is not None and locale != "en":
        en_passages, en_results = en_ref
        loc_items = [r for r in results if r[0]["kind"] != "heading"]
        en_items = [r for r in en_results if r[0]["kind"] != "heading"]
        ok = shape([r[0] for r in loc_items]) == shape([r[0] for r in en_items])
        why = None if ok else "list shape differs from the English file"
        if ok:
            for a, b in zip(loc_items, en_items):
                if a[1] is not None and a[1] != b[1]:
                    ok, why = False, "a name-matched passage is not at the English position"
                    break
        if ok:
            for a, b in zip(loc_items, en_items):
                if a in pending:
                    if b[1] is None:
                        a[3] = "English passage at the same position is not attributed"
                    elif digits_dots(a[0]["name"]) != digits_dots(b[0]["name"]):
                        a[3] = "digits/dots differ from English name at same position (%s)" % b[0]["name"]
                    else:
                        a[1] = b[1]
                        a[2] = "position"
                        a[3] = None
                        a[0]["en_name"] = b[0]["name"]
                        a[0]["en_line"] = b[0]["line"]
        else:
            for a in pending:
                a[3] = "written in another script and position cannot be verified: " + why
    return results


def mentions(lines, projects, covered, attributed_lines):
    """Project names (Latin, word-bounded) appearing outside the passage used for them,
    for projects not covered in the locale."""
    out = []
    for p in projects:
        if p["id"] in covered:
            continue
        for n in [p["name"]] + list(p.get("aliases") or []):
            # Latin word boundaries only: Arabic/CJK letters may be glued to a Latin name
            pat = re.compile(r"(?<![a-z0-9.])" + re.escape(norm(n)) + r"(?![a-z0-9])")
            for i, ln in enumerate(lines):
                if pat.search(norm(ln)):
                    out.append((p["id"], n, i + 1))
    # dedupe
    seen, res = set(), []
    for t in out:
        if (t[0], t[2]) not in seen:
            seen.add((t[0], t[2]))
            res.append(t)
    return res


def last_section(lines, upto):
    for i in range(upto - 1, -1, -1):
        m = RE_HEADING.match(lines[i])
        if m:
            return m.group(2)
    return None


def main():
    projects, index = load_projects()
    ids = [p["id"] for p in projects]
    sentences = {}
    report = {}
    en_ref = None
    en_headings = None
    for loc in LOCALES:
        path = os.path.join(TRANSLATIONS, loc + ".md")
        passages, lines = parse(path)
        results = attribute(loc, passages, index, en_ref)
        if loc == "en":
            en_ref = (passages, results)
        chosen = {}
        extra, unattributed, positional, continued, markup = [], [], [], [], []
        for p, pid, how, reason in results:
            if pid is None:
                if p["kind"] == "heading":
                    continue  # ordinary section headings
                unattributed.append((p["name"], p["line"], reason))
                continue
            if pid in chosen:
                extra.append((pid, p["name"], p["line"], chosen[pid]["line"]))
                continue
            if not p["text"]:
                unattributed.append((p["name"], p["line"], "passage has no text"))
                continue
            chosen[pid] = {"name_in_article": p["name"], "text": p["text"], "line": p["line"]}
            if how == "position":
                positional.append((pid, p["name"], p["line"], p["en_name"], p["en_line"]))
            if p.get("cont"):
                continued.append((pid, p["name"], p["line"], p["cont"]))
            if re.search(r"(?<!\w)[_*`]\S.*?\S?[_*`](?!\w)|\[[^\]]+\]\(", p["text"]):
                markup.append((pid, p["line"]))
        sentences[loc] = {pid: chosen[pid] for pid in ids if pid in chosen}
        # where does the file stop?
        last = len(lines)
        while last > 0 and not lines[last - 1].strip():
            last -= 1
        tail = lines[last - 1].rstrip() if last else ""
        tail_item = None
        for pid, entry in sentences[loc].items():
            if entry["line"] == last or any(c["line"] == last for p, q, h, r in results
                                            if q == pid for c in p.get("cont", [])):
                tail_item = pid
        last_char = tail[-1:] if tail else ""
        tail_cut = (last_char.isalpha() and not unicodedata.name(last_char, "").startswith("THAI"))
        n_head = sum(1 for ln in lines if RE_HEADING.match(ln))
        if loc == "en":
            en_headings = n_head
        report[loc] = {
            "covered": len(sentences[loc]),
            "missing": [pid for pid in ids if pid not in chosen],
            "unattributed": unattributed,
            "extra": extra,
            "positional": positional,
            "continued": continued,
            "markup": markup,
            "mentions": mentions(lines, projects, set(chosen), None),
            "last_line": last,
            "last_section": last_section(lines, last),
            "tail_item": tail_item,
            "tail_cut": tail_cut,
            "headings": n_head,
            "en_headings": en_headings,
            "passages": len([r for r in results if r[0]["kind"] != "heading"]),
        }

    with open(os.path.join(HERE, "sentences.json"), "w", encoding="utf-8") as f:
        json.dump(sentences, f, ensure_ascii=False, indent=2)
        f.write("\n")

    w = []
    w.append("# Article passages per project: coverage")
    w.append("")
    w.append("Source files: `../shared/seed/translations/<locale>.md` (the blog's "
             "`cuckoo-network/cuckoo` repository at commit "
             "`68b9b30c40247ed4ee64bb7030aec78098464b6f`, see README.md there). "
             "Projects: the %d entries of `data/landscape.json`. "
             "Generated by `map.py`; the data is in `sentences.json`." % len(ids))
    w.append("")
    w.append("Method: a passage is a list item (or a paragraph led by a bold name); its name must equal a "
             "project's name or alias, ignoring case and accents. Names in another script are attributed "
             "only by position against `en.md` when the list shape matches exactly (see notes). "
             "Projects listed twice in the article (Morpheus, GamerHash) get their first passage. "
             "A project merely named in running text is not counted as covered. `text` is the passage "
             "after the bold name and its colon, trimmed, otherwise as written; `line` is its line in the file.")
    w.append("")
    w.append("| locale | covered | of | passages found | file ends at line (section) |")
    w.append("|---|---|---|---|---|")
    for loc in LOCALES:
        r = report[loc]
        w.append("| %s | %d | %d | %d | %d (%s) |" % (loc, r["covered"], len(ids), r["passages"],
                                                     r["last_line"], r["last_section"]))
    w.append("")
    w.append("\"Passages found\" counts every list item or bold-led paragraph that was read as a "
             "project passage, including second passages for a project already covered.")
    w.append("")
    for loc in LOCALES:
        r = report[loc]
        w.append("## %s: %d of %d covered" % (loc, r["covered"], len(ids)))
        w.append("")
        if r["missing"]:
            w.append("Not covered (%d): %s" % (len(r["missing"]), ", ".join("`%s`" % m for m in r["missing"])))
        else:
            w.append("Not covered: none")
        w.append("")
        if r["unattributed"]:
            w.append("Passages that could not be attributed:")
            for name, line, reason in r["unattributed"]:
                w.append("- %s (line %d): %s" % (name if name else "(no name)", line, reason))
        else:
            w.append("Passages that could not be attributed: none")
        w.append("")
        notes = []
        if r["positional"]:
            notes.append("%d names are written in another script; each was attributed by position: "
                         "the file has the English file's list shape (same groups, same number of "
                         "items per group, and here the same line numbers), every name-matched item "
                         "sits at the English position, and digits/dots in each name agree with the "
                         "English name. Pairs (line: name as written = English name):" % len(r["positional"]))
            notes.append("  " + "; ".join("%d: %s = %s" % (ln, nm, en) for pid, nm, ln, en, enl in r["positional"]))
            same_lines = all(ln == enl for pid, nm, ln, en, enl in r["positional"])
            if not same_lines:
                notes[-2] = notes[-2].replace(", and here the same line numbers", "")
        for pid, nm, line, first in r["extra"]:
            notes.append("Second passage for `%s` at line %d (\"%s\") not used; the first one, line %d, is." % (
                pid, line, nm, first))
        for pid, nm, line, cont in r["continued"]:
            for c in cont:
                notes.append("`%s` (line %d): line %d is a plain paragraph between two items of the list "
                             "and continues this item (the item's line breaks off %s); it was appended %s." % (
                                 pid, line, c["line"],
                                 "mid-word" if c["sep"] == "" else "mid-passage",
                                 "with no separator, only the blank line between them removed" if c["sep"] == ""
                                 else "after one space"))
        for pid, line in r["markup"]:
            notes.append("`%s` (line %d): the text keeps inline Markdown as written (e.g. `_..._`)." % (pid, line))
        if r["headings"] < r["en_headings"]:
            notes.append("The file is shorter than the English one: it has %d of the English file's %d "
                         "headings and ends at line %d, in section \"%s\"%s; the English file's other "
                         "sections and their passages are absent." % (r["headings"], r["en_headings"], r["last_line"], r["last_section"],
                                           ", mid-sentence" if r["tail_cut"] else ""))
        if r["tail_item"] and r["tail_cut"]:
            notes.append("The last line is the passage for `%s`, which breaks off mid-sentence; it is kept "
                         "as it stands (cut off)." % r["tail_item"])
        ment = [m for m in r["mentions"]]
        if ment:
            notes.append("Uncovered projects that are only named elsewhere (in running text, not in a passage "
                         "of their own), so not used: " + "; ".join(
                             "`%s` as \"%s\" on line %d" % (pid, n, ln) for pid, n, ln in ment))
        if notes:
            w.append("Notes:")
            for n in notes:
                w.append(("- " + n) if not n.startswith("  ") else n)
            w.append("")
    with open(os.path.join(HERE, "coverage.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(w).rstrip("\n") + "\n")

    for loc in LOCALES:
        print("%s: %d/%d" % (loc, report[loc]["covered"], len(ids)))


if __name__ == "__main__":
    sys.exit(main())
