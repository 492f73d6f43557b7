#!/bin/sh
# Builds the libFuzzer target (Tests/Fuzz/ScorecardsFuzz.swift with the ScorecardsCore and
# ScorecardsFuzzing sources, compiled directly by swiftc, no SwiftPM) and fuzzes it for a
# bounded time.
#
# Exits 0 when the time ran out without a finding, non-zero on a crash (Swift trap,
# sanitizer report), a timeout (-timeout=10: a hang or a quadratic blow-up) or an
# out-of-memory; the input that caused it is written to fuzz-artifacts/.
#
# Environment:
#   FUZZ_SECONDS  fuzzing time (default 300)
#   FUZZ_MAX_LEN  largest input tried, in bytes (default 4096); seeds are cut to this
#   FUZZ_ARGS     more libFuzzer flags, e.g. "-use_value_profile=1 -seed=1"
#   FUZZ_RUNTIME  libFuzzer from the Swift toolchain (toolchain), from Debian's
#                 libclang-rt (system), or the first that works (auto, the default)
#   SWIFTC        the compiler (default: swiftc on PATH)
set -eu
cd "$(dirname "$0")/../.."

seconds=${FUZZ_SECONDS:-300}
max_len=${FUZZ_MAX_LEN:-4096}
runtime=${FUZZ_RUNTIME:-auto}
swiftc=${SWIFTC:-swiftc}
work=.build-fuzz
binary=$work/scorecards-fuzz
issue=Resources/changjiang-chengqu-duben-2018-01-dacheng-wuchang.txt
mkdir -p "$work" fuzz-artifacts

# --- Which libFuzzer runtime links -------------------------------------------------
# Swift toolchains for Linux ship clang's fuzzer runtime (lib/clang/N/lib/linux); when one
# does not, the Swift code is instrumented with -sanitize-coverage and linked against the
# libFuzzer of Debian's clang runtime package, installed when missing and running as root.
probe_dir=$work/probe
mkdir -p "$probe_dir"
cat > "$probe_dir/probe.swift" <<'EOF'
@_cdecl("LLVMFuzzerTestOneInput")
public func probe(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 { 0 }
EOF
linker=""
if [ -x "$(dirname "$(command -v "$swiftc")")/ld.lld" ]; then
    # The toolchain's lld: gold warns about every ASan check symbol it cannot export.
    linker="-use-ld=lld"
fi
system_fuzzer() {
    ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a 2>/dev/null | sort -V | tail -n 1
}
if [ "$runtime" = auto ] || [ "$runtime" = toolchain ]; then
    if $swiftc -sanitize=fuzzer,address -parse-as-library $linker "$probe_dir/probe.swift" \
            -o "$probe_dir/probe" >"$probe_dir/log" 2>&1; then
        runtime=toolchain
    elif [ "$runtime" = toolchain ]; then
        cat "$probe_dir/log" >&2
        echo "fuzz: the Swift toolchain cannot link -sanitize=fuzzer (see above)" >&2
        exit 1
    else
        runtime=system
    fi
fi
if [ "$runtime" = system ]; then
    if [ -z "$(system_fuzzer)" ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            echo "fuzz: installing libclang-rt-dev (libFuzzer)"
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libclang-rt-dev >/dev/null
        else
            echo "fuzz: no libFuzzer runtime: install one with: sudo apt-get install libclang-rt-dev" >&2
            exit 1
        fi
    fi
    fuzzer_archive=$(system_fuzzer)
    [ -n "$fuzzer_archive" ] || { echo "fuzz: libclang_rt.fuzzer-x86_64.a not found" >&2; exit 1; }
    # What -sanitize=fuzzer adds to the code, and the libFuzzer driver (with its main).
    sanitize="-sanitize=address -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp,indirect-calls"
    link="-Xlinker $fuzzer_archive -lstdc++"
else
    sanitize="-sanitize=fuzzer,address"
    link=""
fi
command -v iconv >/dev/null 2>&1 || { echo "fuzz: iconv (libc-bin) is needed for the seed corpus" >&2; exit 1; }

# --- Build, when a source is newer than the binary ----------------------------------
sources=$(find Sources/ScorecardsCore Sources/ScorecardsFuzzing -name '*.swift' | sort)
stamp=$work/build-flags
flags="$runtime $sanitize $link $linker"
if [ ! -x "$binary" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$flags" ] \
        || [ -n "$(find Sources/ScorecardsCore Sources/ScorecardsFuzzing Tests/Fuzz -name '*.swift' -newer "$binary" | head -n 1)" ]; then
    echo "fuzz: building $binary (libFuzzer from the $runtime runtime)"
    # -O for speed; -assert-config Debug keeps assert() (FrozenBuffer bounds) on; integer
    # overflow and bounds checks are on at -O anyway. One module: the harness sees what
    # the app sees, public API, without SwiftPM.
    # shellcheck disable=SC2086
    $swiftc $sanitize -parse-as-library -swift-version 6 -O -g -assert-config Debug \
        -module-name ScorecardsFuzz -D SCORECARDS_FUZZ_ONE_MODULE -j "$(nproc 2>/dev/null || echo 2)" $linker \
        -o "$binary.tmp" $sources Tests/Fuzz/ScorecardsFuzz.swift $link
    mv "$binary.tmp" "$binary"
    echo "$flags" > "$stamp"
fi

# --- Corpus: seeds made from the bundled issue, plus what earlier runs found ---------
if [ ! -d "$work/seeds" ] || [ Tests/Fuzz/make-corpus.sh -nt "$work/seeds" ] || [ "$issue" -nt "$work/seeds" ] \
        || [ -n "$(find Tests/Fuzz/regressions -newer "$work/seeds" | head -n 1)" ]; then
    sh Tests/Fuzz/make-corpus.sh "$issue" "$work/seeds"
fi
mkdir -p "$work/corpus"

# --- Fuzz ------------------------------------------------------------------------------
# The Swift runtime's own crash reporter would race libFuzzer's for the same signal; ASan
# and libFuzzer print the stack and save the input. Leak checks are left to
# `make check-memory`: run after inputs here, they more than halve the speed.
echo "fuzz: $seconds s, inputs up to $max_len bytes; findings go to fuzz-artifacts/"
status=0
# shellcheck disable=SC2086
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:handle_abort=1} \
    "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -dict=Tests/Fuzz/scorecards.dict -artifact_prefix=fuzz-artifacts/ -print_final_stats=1 \
    -detect_leaks=0 ${FUZZ_ARGS:-} "$work/corpus" "$work/seeds" || status=$?
case $status in
    0) echo "fuzz: no crash, timeout or out-of-memory in $seconds s" ;;
    72) echo "fuzz: interrupted" >&2 ;;
    *)  echo "fuzz: FAILED (status $status); the input is in fuzz-artifacts/:" >&2
        ls -t fuzz-artifacts | head -n 3 >&2
        echo "fuzz: reproduce with: $binary fuzz-artifacts/FILE" >&2 ;;
esac
exit "$status"
