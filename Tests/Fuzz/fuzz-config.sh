#!/bin/sh
# `make fuzz-config`: libFuzzer over the config reader (Sources/ScorecardsApp/Config/
# TOMLReader.swift and TOMLKeyLines.swift) with TOMLKit and toml++ built from the package
# checkout, toml++'s assertions on. toml++ 3.4 asserts on some invalid inputs instead of
# reporting an error (an abort in a debug build, undefined behaviour in a release one); the
# reader refuses those first, and this looks for more. Not part of CI: the build with the
# sanitizers took 42 s on a busy 2-core machine, on top of the fuzzing time.
#
# Exits 0 when the time ran out without a finding, non-zero on a crash, an assertion, a
# sanitizer report or a timeout; the input is written to fuzz-artifacts/. Inputs that were
# findings are kept in Tests/Fuzz/config-seeds/regression-*.toml, which `make test` replays.
#
# Environment: FUZZ_SECONDS (default 300), FUZZ_ARGS (more libFuzzer flags), SWIFTC.
set -eu
cd "$(dirname "$0")/../.."

seconds=${FUZZ_SECONDS:-300}
swiftc=${SWIFTC:-swiftc}
clangxx="$(dirname "$(command -v "$swiftc")")/clang++"
work=.build-fuzz-config
binary=$work/config-fuzz
toml=.build/checkouts/TOMLKit/Sources
mkdir -p "$work/objects" "$work/corpus" fuzz-artifacts
[ -d "$toml" ] || swift package resolve
[ -x "$clangxx" ] || { echo "fuzz-config: no clang++ beside $swiftc" >&2; exit 1; }

if [ ! -x "$binary" ] || [ -n "$(find Sources/ScorecardsApp/Config Tests/Fuzz/ConfigFuzz.swift -newer "$binary" | head -n 1)" ]; then
    echo "fuzz-config: building $binary"
    for source in "$toml"/CTOML/Sources/*.cpp; do
        object="$work/objects/$(basename "$source" .cpp | tr -c 'A-Za-z0-9\n' '_').o"
        [ -f "$object" ] || "$clangxx" -std=c++17 -O1 -g -fsanitize=fuzzer-no-link,address -DTOML_EXCEPTIONS=1 \
            -I"$toml/CTOML/include" -I"$toml/CTOML/Sources" -c "$source" -o "$object"
    done
    find "$toml/TOMLKit" -name '*.swift' > "$work/sources"
    # One module: TOMLKit's sources with the reader's, so the reader's `import TOMLKit` is left out.
    tr '\n' '\0' < "$work/sources" | xargs -0 "$swiftc" -sanitize=fuzzer,address -parse-as-library -g \
        -module-name ConfigFuzz -D SCORECARDS_CONFIG_FUZZ -I "$toml/CTOML/include/CTOML" \
        Sources/ScorecardsApp/Config/TOMLReader.swift Sources/ScorecardsApp/Config/TOMLKeyLines.swift \
        Tests/Fuzz/ConfigFuzz.swift "$work"/objects/*.o -lstdc++ -o "$binary.tmp"
    mv "$binary.tmp" "$binary"
fi

echo "fuzz-config: $seconds s; findings go to fuzz-artifacts/"
status=0
# TOMLKit frees nothing it allocates, so leak checks are off.
# shellcheck disable=SC2086
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:handle_abort=1 \
    "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=2048 \
    -dict=Tests/Fuzz/config.dict -artifact_prefix=fuzz-artifacts/ -detect_leaks=0 ${FUZZ_ARGS:-} \
    "$work/corpus" Tests/Fuzz/config-seeds || status=$?
[ "$status" = 0 ] && echo "fuzz-config: no finding in $seconds s" || echo "fuzz-config: FAILED (status $status); see fuzz-artifacts/" >&2
exit "$status"
