#!/bin/sh
# Builds the seed corpus for the fuzz target from an issue file (the bundled one):
# the issue in every encoding the decoder accepts, with other line ends and layouts,
# cut short at several places, and broken into scorecards, articles and paragraphs
# (small inputs run fastest and reach the extractor's rules most directly); some
# articles carry search queries after a NUL byte. Generated at build time rather than
# committed: it is a few hundred kilobytes derived from one file.
#
# usage: Tests/Fuzz/make-corpus.sh ISSUE.txt OUTPUT-DIRECTORY
set -eu

issue=$1
out=$2
here=$(dirname "$0")
rm -rf "$out"
mkdir -p "$out"

# Whole issue: as bundled, in the other accepted encodings, other line ends and layouts.
cp "$issue" "$out/issue"
iconv -f UTF-8 -t GB18030 "$issue" > "$out/issue-gb18030"
{ printf '\357\273\277'; cat "$issue"; } > "$out/issue-utf8-bom"
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$issue"; } > "$out/issue-utf16le"
{ printf '\376\377'; iconv -f UTF-8 -t UTF-16BE "$issue"; } > "$out/issue-utf16be"
sed 's/$/\r/' "$issue" > "$out/issue-crlf"
tr '\n' '\r' < "$issue" > "$out/issue-cr"
grep -v '^[[:space:]]*$' "$issue" > "$out/issue-no-blank-lines"
sed 's/^[[:space:]]*//' "$issue" > "$out/issue-no-indent"

# Cut short: the first N lines, in UTF-8 and in GB18030.
for n in 2 4 8 12 16 20 30 45 60 90 120 170 250; do
    head -n "$n" "$issue" > "$out/head-$n"
    iconv -f UTF-8 -t GB18030 "$out/head-$n" > "$out/head-$n-gb18030"
done

# One file per scorecard, per article (its scorecard heading, headline lines and
# paragraphs) and per paragraph with a number in it. A headline is a short line without
# sentence punctuation, as the parser judges it (lengths here are in bytes: 3 a character).
awk -v out="$out" '
    function flush() { if (file != "") close(file); file = "" }
    { line = $0; sub(/^[ \t]+/, "", line); sub(/[ \t\r]+$/, "", line) }
    line == "" { next }
    line ~ /成绩单(:|：)$/ {
        flush(); if (card != "") close(card)
        cards++; card = out "/scorecard-" cards; heading = line; print line > card
        inBody = 1; next
    }
    card == "" { next }
    { print line > card }
    line !~ /(。|，|；|：|！|？|…|,|;|:|!|\?)/ && length(line) <= 96 {
        if (inBody) { flush(); articles++; file = out "/article-" articles; print heading > file }
        inBody = 0; print line > file; next
    }
    {
        inBody = 1
        if (file != "") print line > file
        if (line ~ /[0-9一二两三四五六七八九十百千万亿]/) { paragraphs++; p = out "/paragraph-" paragraphs; print line > p; close(p) }
    }
' "$issue"

# Dense: the paragraph with the most figures three times over as one paragraph, so that
# mutations start from many figures in one sentence, where cost per figure shows.
densest=$(for f in "$out"/paragraph-*; do printf '%s %s\n' "$(grep -o '[0-9]' "$f" | wc -l)" "$f"; done | sort -n | tail -n 1 | cut -d' ' -f2)
{ head -n 3 "$out/article-1"; for _ in 1 2 3; do tr -d '\n' < "$densest"; done; echo; } > "$out/dense"

# Inputs of past findings (Tests/Fuzz/regressions), so every run checks them first.
for f in "$here"/regressions/*; do
    [ -f "$f" ] && cp "$f" "$out/regression-$(basename "$f")"
done

# Search queries after the text: pinyin, initials, mixed, Chinese, with separators.
for n in 1 5 9 13 17; do
    [ -f "$out/article-$n" ] || continue
    { cat "$out/article-$n"; printf '\000wuchang\000wc\000武chang'; } > "$out/article-$n-queries"
done
{ cat "$out/head-20"; printf "\000武昌区\000xi'an\000gdp zengzhang"; } > "$out/head-20-queries"
{ cat "$out/paragraph-1"; printf '\000zengzhang\000ZZ\000增长'; } > "$out/paragraph-1-queries"

ls "$out" | wc -l | sed 's/^ */seed corpus: /; s/$/ files/'
