#!/usr/bin/env python3
"""Check hand-labelled gold files in this folder (NN.txt, NN.gold.json, NN.meta.json)."""
import json, re, sys, glob, os

KINDS = {"level", "count", "share", "change", "target"}
QUALS = {"exact", "over", "about", "nearly", "at_least", "under", "estimated", "range_low", "range_high"}
UNITS = {"count", "percent", "percentage_point", "yuan", "us_dollar", "tonne", "kilowatt", "kilowatt_hour",
         "times", "year", "rank", "kilometre", "square_kilometre", "hectare", "mu", "cubic_metre", "gram",
         "person_time", "per_100000", "per_1000", "per_10000_people", "square_metre"}
PERIOD_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)(/\d{4}(-\d{2}(-\d{2})?)?)?$")
SNAKE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")
NEG_WORDS = re.compile(r"fall|fell|decline|decrease|drop|down", re.I)

def check(nn):
    errs = []
    base = os.path.dirname(os.path.abspath(__file__))
    txt = open(os.path.join(base, f"{nn}.txt"), encoding="utf-8").read()
    n = len(txt)
    if not (2500 <= n <= 9000):
        errs.append(f"length {n} outside 2500-9000")
    try:
        meta = json.load(open(os.path.join(base, f"{nn}.meta.json"), encoding="utf-8"))
        for k in ("url", "title", "date", "page_date", "ministry", "note", "query", "corpus"):
            if k not in meta:
                errs.append(f"meta missing {k}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("date", "")):
            errs.append("meta date form")
    except Exception as e:
        errs.append(f"meta json: {e}")
    try:
        gold = json.load(open(os.path.join(base, f"{nn}.gold.json"), encoding="utf-8"))
    except Exception as e:
        return errs + [f"gold json: {e}"]
    items = gold.get("items", [])
    if len(items) < 6:
        errs.append(f"only {len(items)} items")
    ids, labels = set(), set()
    for it in items:
        i = it.get("id", "?")
        if not SNAKE.match(i):
            errs.append(f"{i}: id not snake_case")
        if i in ids:
            errs.append(f"{i}: duplicate id")
        ids.add(i)
        lab = it.get("label", "")
        if lab.lower() in labels:
            errs.append(f"{i}: duplicate label {lab!r}")
        labels.add(lab.lower())
        lab_wo = re.sub(r"\b(19|20)\d{2}\b|\b\d+(st|nd|rd|th)\b|\b[45]G\b|10,000", "", lab)
        if len(lab) > 70 or re.search(r"\d", lab_wo):
            errs.append(f"{i}: label length/digit check {lab!r}")
        if not isinstance(it.get("value"), (int, float)):
            errs.append(f"{i}: value not number")
        if it.get("unit") not in UNITS and not SNAKE.match(str(it.get("unit"))):
            errs.append(f"{i}: unit {it.get('unit')}")
        if it.get("qualifier") not in QUALS:
            errs.append(f"{i}: qualifier {it.get('qualifier')}")
        if it.get("kind") not in KINDS:
            errs.append(f"{i}: kind {it.get('kind')}")
        if "period" in it and not PERIOD_RE.match(it["period"]):
            errs.append(f"{i}: period form {it['period']}")
        if it.get("kind") == "change" and NEG_WORDS.search(i + " " + lab) and it.get("value", 0) >= 0:
            errs.append(f"{i}: fall/decline change with non-negative value")
        ms = it.get("mentions", [])
        if not ms:
            errs.append(f"{i}: no mentions")
        for sp, anc in ms:
            if not (10 <= len(anc) <= 60):
                errs.append(f"{i}: anchor length {len(anc)} {anc!r}")
            if not re.search(r"\d", anc):
                errs.append(f"{i}: anchor without digit {anc!r}")
            c = txt.count(anc)
            ci = txt.lower().count(anc.lower())
            if c != 1 or ci != 1:
                errs.append(f"{i}: anchor occurs {c} times ({ci} ignoring case) {anc!r}")
            elif sp:
                # speaker must be the nearest turn line above the anchor
                pos = txt.find(anc)
                turns = [m for m in re.finditer(r"(?m)^([A-Z][A-Za-z' .-]+?):\s*$", txt[:pos])]
                near = turns[-1].group(1) if turns else ""
                if near != sp:
                    errs.append(f"{i}: speaker {sp!r} but nearest turn line is {near!r}")
    return errs

def main():
    base = os.path.dirname(os.path.abspath(__file__))
    nns = sorted(os.path.basename(p)[:-10] for p in glob.glob(os.path.join(base, "*.gold.json")))
    bad = 0
    for nn in nns:
        errs = check(nn)
        gold = json.load(open(os.path.join(base, f"{nn}.gold.json")))
        print(f"{nn}: {len(gold['items'])} items, {len(open(os.path.join(base, nn + '.txt')).read())} chars, {'OK' if not errs else str(len(errs)) + ' problems'}")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
