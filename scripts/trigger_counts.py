#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Count WikiEvents trigger lemmas per KAIROS type and check them against Sitrep's trigger lexicon.

Re-run from the repository root (Python 3 standard library only):

    python3 scripts/trigger_counts.py \
        --train ../shared/data/wikievents/derived-train-mc2259/wiki-train-human.jsonl \
        [--min-count 2] [--tsv counts.tsv]

Reads ONLY the WikiEvents train substitute (never dev/test). For each two-level KAIROS type it prints
the trigger lemmas by frequency, the Sitrep type(s) that src/main/resources/org/sitrep/extract/
kairos-mapping.tsv assigns to that KAIROS type, and whether each lemma is already in triggers.tsv
(any Sitrep type; '+' covered, '-' missing). It ends with the token coverage of the mapped KAIROS types.
The output guides manual curation of triggers.tsv; the script never writes the lexicon itself.

The substitute is lossy: some trigger texts lose a trailing doubled letter ("kil", "went of"), which
is repaired from the tokens or a small table before lemmatizing. Lemmas come from a small rule-based
lemmatizer (irregular-verb table plus suffix rules) that prefers a candidate present in the lexicon.
"""
import argparse
import collections
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
RES = os.path.join(ROOT, "sitrep-core", "src", "main", "resources", "org", "sitrep", "extract")
EVAL_RES = os.path.join(ROOT, "sitrep-eval", "src", "main", "resources", "org", "sitrep", "eval")

# Trailing letters lost in the substitute (its text field; token slice is empty for these).
TRUNCATED = {"kil": "kill", "fle": "flee", "los": "loss", "tol": "toll", "cal": "call",
             "addres": "address", "of": "off", "standof": "standoff"}

IRREGULAR = {
    "went": "go", "gone": "go", "set": "set", "blew": "blow", "blown": "blow", "shot": "shoot",
    "struck": "strike", "hit": "hit", "fought": "fight", "took": "take", "taken": "take",
    "held": "hold", "caught": "catch", "brought": "bring", "fled": "flee", "left": "leave",
    "slain": "slay", "slew": "slay", "drove": "drive", "driven": "drive", "flew": "fly",
    "flown": "fly", "sent": "send", "told": "tell", "said": "say", "says": "say", "made": "make",
    "built": "build", "sold": "sell", "bought": "buy", "paid": "pay", "got": "get", "given": "give",
    "gave": "give", "met": "meet", "broke": "break", "broken": "break", "spent": "spend",
    "dead": "dead", "died": "die", "dies": "die", "lost": "lose", "knew": "know", "found": "find",
    "seen": "see", "saw": "see", "fell": "fall", "fallen": "fall", "overran": "overrun",
    "overrun": "overrun", "bit": "bite", "led": "lead", "stole": "steal", "stolen": "steal",
    "children": "child", "casualties": "casualty", "injuries": "injury", "wounds": "wound",
    "gunned": "gun", "stabbed": "stab", "ripped": "rip", "shattered": "shatter",
    "thrown": "throw", "threw": "throw", "swept": "sweep", "forbade": "forbid", "sought": "seek",
}


def candidates(word):
    w = word.lower()
    if w in IRREGULAR:
        return [IRREGULAR[w]]
    out = [w]
    if w.endswith("ies") and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("ied") and len(w) > 4:
        out.append(w[:-3] + "y")
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            out += [stem + "e", stem]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])
    if w.endswith("es") and len(w) > 3:
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        out.append(w[:-1])
    return out


def guess(w, cands):
    """Best guess for a word the lexicon does not know (only used to display uncovered lemmas)."""
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                return stem if stem[-1] in "lsfz" else stem[:-1]
            if stem[-1] in "cvzsu" or (stem[-1] == "g" and stem[-2] not in "aeioun"):
                return stem + "e"
            if stem.endswith("at") and not stem.endswith(("eat", "oat")):
                return stem + "e"
            if stem[-1] in "rdk" and stem[-2] in "aiou" and stem[-3:-2] not in ("a", "e", "i", "o", "u"):
                return stem + "e"
            return stem
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return cands[0]


def lemmatize(phrase, known_words, entries=frozenset()):
    """Lemmatize word by word, preferring a candidate that is a lexicon entry, then a lexicon word."""
    words = []
    for word in phrase.replace(" - ", "-").split():
        cands = candidates(word)
        chosen = next((c for c in cands if c in entries), None)
        if chosen is None:
            chosen = next((c for c in cands if c in known_words), None)
        if chosen is None:
            chosen = guess(word.lower(), cands)
        words.append(chosen)
    return " ".join(words)


def read_lexicon():
    phrases = collections.defaultdict(set)
    with open(os.path.join(RES, "triggers.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip() or line.startswith("lemma\t"):
                continue
            cells = line.rstrip("\n").split("\t")
            phrases[cells[0]].add(cells[2])
    return phrases


def read_mapping():
    """Two-level KAIROS type -> Sitrep types of its subtypes; '-' among them marks a partly mapped type."""
    two_level = collections.defaultdict(set)
    with open(os.path.join(EVAL_RES, "kairos-mapping.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip() or line.startswith("kairos_type\t"):
                continue
            kairos, sitrep, _ = line.rstrip("\n").split("\t")
            two_level[".".join(kairos.split(".")[:2])].add(sitrep)
    return two_level


def trigger_text(doc, mention):
    trig = mention["trigger"]
    text = trig["text"]
    span = " ".join(doc["tokens"][trig["start_idx"]:trig["end_idx"]])
    if span != text and span.startswith(text) and len(span) - len(text) <= 2:
        return span  # "went of" -> "went off"
    words = text.split()
    words[-1] = TRUNCATED.get(words[-1].lower(), words[-1])
    return " ".join(words)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", required=True, help="wiki-train-human.jsonl (train split only)")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--tsv", help="also write kairos_type, lemma, count, covered as TSV")
    args = parser.parse_args()
    if any(part in os.path.basename(args.train) for part in ("dev", "test")):
        sys.exit("refusing to read a dev/test file: " + args.train)

    lexicon = read_lexicon()
    known_words = {w for p in lexicon for w in p.split()}
    mapping = read_mapping()
    counts = collections.defaultdict(collections.Counter)
    with open(args.train, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            for mention in doc["event_mentions"]:
                counts[mention["event_type"]][lemmatize(trigger_text(doc, mention), known_words, lexicon.keys())] += 1

    rows = []
    mapped_total = mapped_covered = full_total = full_covered = 0
    for kairos, counter in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        total = sum(counter.values())
        targets = mapping.get(kairos, {"-"})
        sitrep = ",".join(sorted(targets))
        covered = sum(n for lemma, n in counter.items() if lemma in lexicon)
        if targets != {"-"}:
            mapped_total += total
            mapped_covered += covered
            if "-" not in targets:
                full_total += total
                full_covered += covered
        print(f"{kairos}\t{total} mentions\t{len(counter)} lemmas\t-> {sitrep}\tcovered {covered}/{total}")
        for lemma, n in counter.most_common():
            mark = "+" if lemma in lexicon else "-"
            rows.append((kairos, lemma, n, mark, ",".join(sorted(lexicon.get(lemma, [])))))
            if n >= args.min_count:
                print(f"    {mark} {n:4d}  {lemma}  {','.join(sorted(lexicon.get(lemma, [])))}")
    print(f"KAIROS types mapped to Sitrep (incl. partly, e.g. Movement.Transportation): "
          f"{mapped_covered}/{mapped_total} trigger mentions covered ({100.0 * mapped_covered / max(mapped_total, 1):.1f}%)")
    print(f"KAIROS types fully mapped to Sitrep: {full_covered}/{full_total} trigger mentions covered "
          f"({100.0 * full_covered / max(full_total, 1):.1f}%)")
    if args.tsv:
        with open(args.tsv, "w", encoding="utf-8") as out:
            out.write("kairos_type\tlemma\tcount\tcovered\tsitrep_types\n")
            for row in rows:
                out.write("\t".join(map(str, row)) + "\n")


if __name__ == "__main__":
    main()
