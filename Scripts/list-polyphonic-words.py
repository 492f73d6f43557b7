#!/usr/bin/env python3
"""List the polyphonic characters of an issue, for curating PinyinWordReadings.swift.

For every Han character of the text that Unihan gives more than one toneless reading
(kMandarin, kHanyuPinyin, kXHC1983, kTGHZ2013), prints its default reading (as the
search engine uses it) and its occurrences in context. Occurrences covered by a word of
the word table are shown with that word and its reading; the others use the default,
so those are the ones to read through for words that need an entry.

Usage:
  Scripts/list-polyphonic-words.py [ISSUE.txt] [--unicode-dir DIR] [--all] [--top N]

Occurrences read by default are summarised by the two-character pairs around them. By
default only characters with such occurrences are listed; --all lists all.
"""

import argparse
import importlib.util
import os
import re
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
WORD_TABLE = os.path.join(ROOT, "Sources", "ScorecardsCore", "Search", "PinyinWordReadings.swift")
FIXTURE = os.path.join(ROOT, "Tests", "ScorecardsCoreTests", "Search", "Fixtures",
                       "changjiang-chengqu-duben-2018-01-dacheng-wuchang.txt")


def load_generator():
    spec = importlib.util.spec_from_file_location("generator", os.path.join(HERE, "generate-unihan-tables.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def all_readings(generator, entry):
    readings = set()
    if "kMandarin" in entry:
        readings |= {generator.toneless(r) for r in entry["kMandarin"].split()}
    if "kHanyuPinyin" in entry:
        for part in entry["kHanyuPinyin"].split():
            readings |= {generator.toneless(r) for r in part.split(":")[1].split(",")}
    for field in ("kXHC1983", "kTGHZ2013"):
        if field in entry:
            readings |= {generator.toneless(part.split(":")[1]) for part in entry[field].split()}
    return readings


def word_table():
    """Words of PinyinWordReadings.swift: word -> list of per-character readings."""
    with open(WORD_TABLE, encoding="utf-8") as f:
        source = f.read()
    body = source.split('"""')[1]
    words = {}
    for line in body.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, *syllables = line.split()
        words[word] = syllables
    return words


def readings_in_text(text, words, default):
    """Per Han position: (reading, covering word or None), applying words left to right, longest first."""
    longest = max((len(w) for w in words), default=1)
    result = {}
    for run in re.finditer(r"[\u3400-\u9fff]+", text):
        i, s = run.start(), run.group()
        k = 0
        while k < len(s):
            match = next((s[k:k + n] for n in range(min(longest, len(s) - k), 1, -1) if s[k:k + n] in words), None)
            if match:
                for j, syllable in enumerate(words[match]):
                    result[i + k + j] = (syllable, match)
                k += len(match)
            else:
                result[i + k] = (default(s[k]), None)
                k += 1
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("issue", nargs="?", default=FIXTURE)
    parser.add_argument("--unicode-dir", default="/usr/share/unicode")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--top", type=int, default=16, help="neighbouring pairs shown per character")
    args = parser.parse_args()

    generator = load_generator()
    unihan = generator.read_unihan(os.path.join(args.unicode_dir, "Unihan_Readings.txt.bz2"),
                                   {"kMandarin", "kHanyuPinyin", "kTGHZ2013", "kXHC1983"})
    with open(args.issue, encoding="utf-8-sig") as f:
        text = f.read()
    words = word_table()

    def default(char):
        if char in generator.CHARACTER_DEFAULTS:
            return generator.CHARACTER_DEFAULTS[char][0]
        reading = generator.first_reading(unihan.get(ord(char), {}))
        return generator.toneless(reading) if reading else "?"

    placed = readings_in_text(text, words, default)
    covered = defaultdict(Counter)
    uncovered = defaultdict(Counter)
    for position, (syllable, word) in placed.items():
        char = text[position]
        if len(all_readings(generator, unihan.get(ord(char), {}))) < 2:
            continue
        if word:
            covered[char][f"{word}={'/'.join(words[word])}"] += 1
        else:
            # The two-character words the occurrence may belong to.
            for pair in (text[position - 1:position + 1], text[position:position + 2]):
                if len(pair) == 2 and all("\u3400" <= c <= "\u9fff" for c in pair):
                    uncovered[char][pair] += 1

    chars = set(covered) | set(uncovered)
    for char in sorted(chars, key=lambda c: -(sum(covered[c].values()) + sum(uncovered[c].values()) // 2)):
        if not args.all and not uncovered[char]:
            continue
        others = sorted(all_readings(generator, unihan.get(ord(char), {})) - {default(char)})
        print(f"{char} default {default(char)}, also {', '.join(others)}")
        if covered[char]:
            print("    words:   " + "  ".join(f"{w} x{n}" for w, n in covered[char].most_common()))
        if uncovered[char]:
            print("    default: " + "  ".join(f"{w} x{n}" for w, n in uncovered[char].most_common(args.top)))


if __name__ == "__main__":
    main()
