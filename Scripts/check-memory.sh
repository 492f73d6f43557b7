#!/bin/sh
# `make check-memory`: a scripted session of the debug binary under valgrind's memcheck.
#
# Runs `dump` with a long key script (articles, scrolling, search in Chinese and pinyin,
# the figures table and its filter, help, issue switching, resizes), `export`, `search`
# and `report`, on the bundled issue, its GB18030 copy, a hostile file and files the
# parser refuses, then `import`, `library`, `search` and `dump` on a library of them.
# Fails on any memcheck error (invalid read or write, use of uninitialised values, bad
# free), any definitely or indirectly lost block, or a command that crashes or exits
# with an unexpected status. Configuration, library and state live in a scratch
# directory, never the user's.
#
# "Possibly lost" blocks are counted but are not errors: they are the Swift runtime's
# caches of type metadata, conformances and witness tables (swift::MetadataAllocator,
# ConcurrentReadableHashMap), which live as long as the process and are reached through
# interior pointers, and the TLS of libdispatch's worker threads. Scripts/valgrind.supp
# holds the few reports about code that is not the program's (the Swift runtime filling
# in generic metadata, SQLite's FTS5), each with its reason.
#
# The binary is built in .build-memcheck with DWARF 4: the toolchain's default DWARF 5
# makes valgrind 3.19 give up reading debug info ("unhandled dwarf2 abbrev form code").
#
# Environment: VALGRIND_ARGS (more valgrind flags, e.g. --track-origins=yes).
set -eu
cd "$(dirname "$0")/.."

if ! command -v valgrind >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "check-memory: installing valgrind"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
    else
        echo "check-memory: valgrind is missing (install it with: sudo apt-get install valgrind)" >&2
        exit 1
    fi
fi

scratch=.build-memcheck
swift build --scratch-path "$scratch" -Xswiftc -dwarf-version=4 -Xcc -gdwarf-4 --product scorecards
binary=$scratch/debug/scorecards
issue=Resources/changjiang-chengqu-duben-2018-01-dacheng-wuchang.txt
out=$scratch/memcheck
rm -rf "$out"
mkdir -p "$out"

# A file built to hurt: terminal escapes (CSI, OSC, C1), bidi override, backspace, BOM
# and line/paragraph separators mid-text, mixed line ends, long runs of combining marks,
# ZWJ emoji, astral and traditional characters, full-width digits, nested brackets, and
# numbers at the extremes (a 15-digit figure down 99.99%, 一亿亿亿元 with a change).
hostile=$out/hostile.txt
{
    printf '\357\273\277《长江日报\033[2J城区读本》2018年第1期\r\n'
    printf '来源:\033]0;pwned\007区委 发表日期:2018-13-45 99:99 字体大小:\r\n'
    printf '2018年01月15日 星期五\n\nB1\n1\n'
    printf '发展成绩单:\n'
    printf '标题\033[5A\302\2332J\342\200\256反向\010退格\n'
    printf '第二行\342\200\215\360\237\221\250\342\200\215\360\237\221\251\n'
    printf '2017年武昌地区生产总值预计达一亿亿亿元,增长8.5%%;服务业产值999999999999999元,同比下降99.99%%。\r\n'
    printf '一般公共预算\357\274\221\357\274\220\357\274\220亿元,增长百分之九千九百九十九亿亿%%,占比((((((超过85%%))))。\r'
    printf '连续3年每年安排1亿元资金,从2015年起,2015年、2016年和2017年分别为1亿元、2亿元和3亿元。\n'
    printf '\n\n短\n标\n题\n'
    printf '𠀀𠀁𠀂學習貫徹\342\200\250同比增长1%%\342\200\251,\357\273\277年\n'
    i=0
    while [ $i -lt 40 ]; do printf 'e\314\201\314\226\314\201\314\226'; i=$((i + 1)); done
    printf '。\n\t\t\302\240\343\200\200\n'
    printf '改革成绩单:\n\n改革\033[31m红色\033[0m标题\n\n'
    i=0
    while [ $i -lt 30 ]; do printf '第%d项改革1%d个、' $i $i; i=$((i + 1)); done
    printf '和2.5%%。\n'
    printf '党建成绩单：\n没有正文的标题\n稳定成绩单\n'
} > "$hostile"
iconv -f UTF-8 -t GB18030 "$issue" > "$out/issue-gb18030.txt"
# Refused files take the error paths: a paragraph before any headline, and bytes that are
# neither UTF-8 nor GB18030.
printf '发展成绩单:\n这一段没有标题,却有正文。\n' > "$out/not-an-issue.txt"
printf '\377\376\000\330\000\000\201\060\201' > "$out/not-text.bin"
head -c 3000 "$issue" | tr '\012' '\377' > "$out/not-text-2.bin"

# Every view, key and prompt path the dashboard has, then resizes through tiny and huge.
keys='jj<CR><PageDown><Space>jjjkkGg<C-d><C-u>JJK/武昌<CR>nnnN/zengzhang<CR>nNq'
keys="$keys"'<Tab><Tab><S-Tab>lh3jj4Gg2<PageDown><PageUp>1zjjz'
keys="$keys"'/wuchang<CR>nnnnN<CR>nq<Esc>/wc<CR>nN<Esc>/gongshui<CR><Esc>/武chang<CR><Esc>/xi<lt>an<CR><Esc>/<CR>'
keys="$keys"'/abcdef<Left><Left><BS><Del><Home>x<End>y<C-u>發展<Up><Down><CR><Esc>/<Up><Up><CR><Esc>'
keys="$keys"'mjjjjjsssaajj<PageDown><PageUp>Gg/增长<CR>jj<CR>q'
keys="$keys"'mf亿元<BS><CR>jj<Esc>a/zz<CR><Esc><Esc>'
keys="$keys"'?jj<PageDown>gx<F1>q'
keys="$keys"'<Resize:40x12>jj<CR>j<Resize:10x5>j<Esc><Resize:1x1>m<Resize:250x70>m<CR><Esc><Esc><C-l>'
keys="$keys"'<Resize:80x24>/长江<CR><CR>J<Esc>][]i<Down><Up><Esc>]<Resize:120x40>'

runs=0
failed=0
# run NAME EXPECTED-STATUSES COMMAND...: one command under memcheck; its log is kept.
run() {
    name=$1 allowed=$2
    shift 2
    runs=$((runs + 1))
    log=$out/$name.log
    status=0
    # shellcheck disable=SC2086
    env -u SCORECARDS_LIBRARY -u NO_COLOR SWIFT_BACKTRACE=enable=no LANG=C.UTF-8 TERM=xterm-256color \
        XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" XDG_STATE_HOME="$out/state" \
        valgrind --tool=memcheck --error-exitcode=99 \
        --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect \
        --num-callers=40 --suppressions=Scripts/valgrind.supp --log-file="$log" ${VALGRIND_ARGS:-} \
        "$binary" "$@" >"$out/$name.out" 2>"$out/$name.err" || status=$?
    errors=$(sed -n 's/.*ERROR SUMMARY: \([0-9,]*\) errors.*/\1/p' "$log" | tr -d ,)
    definite=$(sed -n 's/.*definitely lost: \([0-9,]*\) bytes.*/\1/p' "$log" | tr -d ,)
    indirect=$(sed -n 's/.*indirectly lost: \([0-9,]*\) bytes.*/\1/p' "$log" | tr -d ,)
    possible=$(sed -n 's/.*possibly lost: \([0-9,]*\) bytes.*/\1/p' "$log" | tr -d ,)
    suppressed=$(sed -n 's/.*ERROR SUMMARY:.*(suppressed: \([0-9,]*\) from.*/\1/p' "$log" | tr -d ,)
    verdict=ok
    case " $allowed " in *" $status "*) ;; *) verdict="FAILED: exit status $status";; esac
    # No LEAK SUMMARY at all means every block was freed.
    if [ "${errors:-x}" != 0 ] || [ "${definite:-0}" != 0 ] || [ "${indirect:-0}" != 0 ]; then
        verdict="FAILED: see $log"
    fi
    [ "$verdict" = ok ] || failed=$((failed + 1))
    printf '%-17s errors %s (%s suppressed), definitely lost %s B, indirectly lost %s B, possibly lost %s B: %s\n' \
        "$name" "${errors:-?}" "${suppressed:-0}" "${definite:-0}" "${indirect:-0}" "${possible:-0}" "$verdict"
}

start=$(date +%s)
run dump-bundled      0 dump --size 120x40 --keys "$keys"
run dump-hostile      0 dump "$hostile" --size 100x30 --keys "$keys"
run export-bundled    0 export "$issue"
run export-gb18030    0 export "$out/issue-gb18030.txt"
run export-hostile    0 export "$hostile"
run search-chinese    0 search 武昌 "$issue"
run search-pinyin     0 search --json wuchang "$issue"
run search-initials   0 search wc "$issue"
run search-hostile    "0 1" search zhengwen "$hostile"
run report-bundled    0 report "$issue"
run report-hostile    0 report --width 30 "$hostile"
run refused-layout    65 export "$out/not-an-issue.txt"
run refused-bytes     65 dump "$out/not-text.bin" --size 80x24
run refused-encoding  65 search wuchang "$out/not-text-2.bin"
run dump-two-issues   0 dump "$issue" "$hostile" --size 120x40 --keys "$keys"
library=$out/library.sqlite
run import            0 import --library "$library" "$issue" "$hostile" "$out/issue-gb18030.txt"
run import-refused    65 import --library "$library" "$out/not-an-issue.txt"
run library-list      0 library list --library "$library"
run search-library    0 search --library "$library" 武昌区
run search-library-2  0 search --library "$library" --json "党建引领多元 善治"
run dump-library      0 dump --library "$library" --size 100x30 --keys "$keys"
echo "check-memory: $runs runs in $(( $(date +%s) - start )) s, $failed failed; logs in $out/"
[ "$failed" = 0 ]
