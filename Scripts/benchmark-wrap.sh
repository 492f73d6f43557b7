#!/usr/bin/env bash
# Release-mode timing of Wrap.lines over every paragraph of the seed issue at
# width 40. Compiles the module's sources with the benchmark's main.swift into
# one optimised executable, so it does not depend on any Package.swift.
# Usage: Scripts/benchmark-wrap.sh [issue.txt]   (run from the package root)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swiftc -O -wmo -module-name WrapBenchmark \
    "$root"/Sources/ScorecardsText/*/*.swift "$root/Scripts/benchmark/main.swift" \
    -o "$out/wrap-benchmark"
cd "$root"
"$out/wrap-benchmark" "$@"
