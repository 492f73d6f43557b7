#!/usr/bin/env python3
"""Generate the compact Unihan tables used by the search engine.

Reads Unihan_Readings.txt.bz2 and Unihan_Variants.txt.bz2 (Debian package
`unicode-data`, Unicode 15.0) and writes two Swift sources holding string
literals that the engine decodes once, lazily:

  PinyinReadingTable.swift      toneless syllables + one syllable code per code
                                point of U+3400..U+9FFF (two base-64 digits each)
  SimplifiedVariantTable.swift  traditional -> simplified pairs (kSimplifiedVariant)

Usage:
  Scripts/generate-unihan-tables.py [--unicode-dir DIR] [--out DIR] [--compare ISSUE.txt]

--compare prints how the chosen per-character reading (kMandarin) compares with
kHanyuPinlu's most frequent reading, overall and on the characters of an issue.
"""

import argparse
import bz2
import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

FIRST, END = 0x3400, 0xA000  # CJK Ext A, Yijing symbols, CJK Unified Ideographs
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
LINE = 128

# kMandarin's zh-Hans value is kept for every character except these, where it
# names a reading that people do not search for in modern simplified text.
CHARACTER_DEFAULTS = OrderedDict([
    ("地", ("di", "kMandarin 'de' is the adverbial particle; dì is the noun in 地区, 土地, 基地, 落地")),
    ("拓", ("tuo", "kMandarin 'tà' is the rubbing sense (拓本); tuò is 拓展, 开拓, 拓宽")),
    ("著", ("zhu", "kMandarin 'zhe' is the traditional-text particle; simplified text writes it 着, leaving 著 as zhù (显著, 著名)")),
])


def toneless(reading):
    """'lǜ' -> 'lv', 'Zhǎng' -> 'zhang': drop tones, write ü as v."""
    decomposed = unicodedata.normalize("NFD", reading.lower())
    out = []
    i = 0
    while i < len(decomposed):
        ch = decomposed[i]
        if ch == "u" and i + 1 < len(decomposed) and decomposed[i + 1] == "\u0308":
            out.append("v")
            i += 2
            continue
        if not unicodedata.combining(ch):
            out.append(ch)
        i += 1
    syllable = "".join(out)
    if not re.fullmatch(r"[a-z]+", syllable):
        raise ValueError(f"unexpected reading {reading!r}")
    return syllable


def read_unihan(path, fields):
    data = {}
    with bz2.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, field, value = line.rstrip("\n").split("\t")
            if field in fields:
                data.setdefault(int(code[2:], 16), {})[field] = value
    return data


def header(path):
    with bz2.open(path, "rt", encoding="utf-8") as f:
        lines = [next(f) for _ in range(4)]
    date = lines[2].strip("# \n")
    version = lines[3].strip("# \n")
    return date, version


def first_reading(entry):
    """kMandarin's first (zh-Hans) value, else the first dictionary reading."""
    if "kMandarin" in entry:
        return entry["kMandarin"].split()[0]
    if "kHanyuPinyin" in entry:
        return entry["kHanyuPinyin"].split()[0].split(":")[1].split(",")[0]
    for field in ("kTGHZ2013", "kXHC1983"):
        if field in entry:
            return entry[field].split()[0].split(":")[1]
    return None


def most_frequent_pinlu(entry):
    pairs = re.findall(r"(\S+)\((\d+)\)", entry.get("kHanyuPinlu", ""))
    if not pairs:
        return None
    return max(pairs, key=lambda p: int(p[1]))[0]


def build_readings(readings):
    per_code = {}
    for code in range(FIRST, END):
        reading = first_reading(readings.get(code, {}))
        if reading is not None:
            per_code[code] = toneless(reading)
    for char, (syllable, _) in CHARACTER_DEFAULTS.items():
        per_code[ord(char)] = syllable
    syllables = sorted(set(per_code.values()))
    if len(syllables) + 1 > len(ALPHABET) ** 2:
        raise ValueError("too many syllables for two base-64 digits")
    index = {s: i + 1 for i, s in enumerate(syllables)}
    digits = []
    for code in range(FIRST, END):
        value = index.get(per_code.get(code), 0)
        digits.append(ALPHABET[value >> 6] + ALPHABET[value & 63])
    return syllables, "".join(digits), len(per_code)


def build_variants(variants):
    mapping = {}
    for code, entry in variants.items():
        targets = [int(t[2:], 16) for t in entry["kSimplifiedVariant"].split()]
        # A character listed among its own simplified forms is already simplified.
        if code in targets:
            continue
        mapping[code] = targets[0]
    # Resolve chains so that one lookup always reaches the final simplified form.
    for code in list(mapping):
        seen = {code}
        target = mapping[code]
        while target in mapping and target not in seen:
            seen.add(target)
            target = mapping[target]
        mapping[code] = target
    return mapping


def swift_lines(text, width):
    return "\n".join("        " + text[i:i + width] for i in range(0, len(text), width))


def write_reading_table(out, source, syllables, codes, covered):
    date, version = source
    body = f"""// Generated by Scripts/generate-unihan-tables.py; do not edit.
// Derived from Unihan_Readings.txt ({version}, {date}), © Unicode, Inc.,
// under the terms in UNICODE-LICENSE.txt. Modified from the original: one
// reading per character (kMandarin's zh-Hans value, with {len(CHARACTER_DEFAULTS)} documented
// exceptions in the script), tone marks removed, ü written v.

extension PinyinReadingTable {{
    /// Toneless syllables; reading code n (1...) names the n-th, 0 means no reading.
    static let syllableList = "{' '.join(syllables)}"

    /// First code point covered by `encodedCodes`.
    static let firstCodePoint: UInt32 = 0x{FIRST:04X}

    /// Number of code points covered ({covered} of them have a reading).
    static let codePointCount = {END - FIRST}

    /// Two base-64 digits ({ALPHABET[:3]}…{ALPHABET[-3:]}) per code point, line breaks ignored.
    static let encodedCodes = \"\"\"
{swift_lines(codes, LINE)}
        \"\"\"
}}
"""
    with open(os.path.join(out, "PinyinReadingTable.swift"), "w", encoding="utf-8") as f:
        f.write(body)


def write_variant_table(out, source, mapping):
    date, version = source
    pairs = "".join(chr(k) + chr(v) for k, v in sorted(mapping.items()))
    body = f"""// Generated by Scripts/generate-unihan-tables.py; do not edit.
// Derived from Unihan_Variants.txt ({version}, {date}), © Unicode, Inc.,
// under the terms in UNICODE-LICENSE.txt. Modified from the original: only
// kSimplifiedVariant, first value, for characters that are not their own
// simplified form, chains resolved.

extension SimplifiedVariantTable {{
    /// {len(mapping)} pairs: a traditional character followed by its simplified form.
    static let encodedPairs = \"\"\"
{swift_lines(pairs, 64)}
        \"\"\"
}}
"""
    with open(os.path.join(out, "SimplifiedVariantTable.swift"), "w", encoding="utf-8") as f:
        f.write(body)


def compare(readings, issue_path):
    both = [c for c, e in readings.items() if "kMandarin" in e and "kHanyuPinlu" in e]
    differ = [c for c in both
              if toneless(first_reading(readings[c])) != toneless(most_frequent_pinlu(readings[c]))]
    print(f"kMandarin covers {sum('kMandarin' in e for e in readings.values())} characters, "
          f"kHanyuPinlu {sum('kHanyuPinlu' in e for e in readings.values())}")
    print(f"both present: {len(both)}; toneless first choices differ for {len(differ)}:")
    for c in differ:
        e = readings[c]
        print(f"  {chr(c)} kMandarin={e['kMandarin']} kHanyuPinlu={e['kHanyuPinlu']}")
    if issue_path:
        with open(issue_path, encoding="utf-8-sig") as f:
            text = f.read()
        han = [ord(ch) for ch in text if FIRST <= ord(ch) < END]
        counts = Counter(han)
        print(f"issue: {len(han)} Han characters, {len(counts)} distinct")
        for c in sorted(counts, key=lambda c: -counts[c]):
            e = readings.get(c, {})
            if c in differ:
                print(f"  differs in issue: {chr(c)} x{counts[c]}")
            if "kMandarin" in e and "kHanyuPinlu" not in e:
                pass
        missing = [chr(c) for c in counts if first_reading(readings.get(c, {})) is None]
        print(f"  characters without any reading: {''.join(missing) or 'none'}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unicode-dir", default="/usr/share/unicode")
    parser.add_argument("--out", default=os.path.join(here, "..", "Sources", "ScorecardsCore", "Search", "Generated"))
    parser.add_argument("--compare", metavar="ISSUE", nargs="?", const="", default=None)
    args = parser.parse_args()

    readings_path = os.path.join(args.unicode_dir, "Unihan_Readings.txt.bz2")
    variants_path = os.path.join(args.unicode_dir, "Unihan_Variants.txt.bz2")
    readings = read_unihan(readings_path, {"kMandarin", "kHanyuPinlu", "kHanyuPinyin", "kTGHZ2013", "kXHC1983"})

    if args.compare is not None:
        compare(readings, args.compare)
        return

    variants = read_unihan(variants_path, {"kSimplifiedVariant"})
    syllables, codes, covered = build_readings(readings)
    mapping = build_variants(variants)
    os.makedirs(args.out, exist_ok=True)
    write_reading_table(args.out, header(readings_path), syllables, codes, covered)
    write_variant_table(args.out, header(variants_path), mapping)
    print(f"{len(syllables)} syllables, {covered} characters with a reading, {len(mapping)} simplified variants",
          file=sys.stderr)


if __name__ == "__main__":
    main()
