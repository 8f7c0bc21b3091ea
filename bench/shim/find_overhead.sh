#!/bin/sh
# Overhead of libdenizen-preload.so on a syscall-heavy real program:
#     find /usr -type f | wc -l
# run without the shim, with the shim and no settings (the goal: <= 5%),
# and with the shim and one rule that never matches (every path call takes
# the slow path).  Runs alternate, after one warm-up each; prints the
# median wall time of each and the ratios.  A benchmark, not a test.
#
#   bench/shim/find_overhead.sh [LIB] [RUNS] [DIR]
#       LIB   default: build/lib/libdenizen-preload.so
#       RUNS  default: 11
#       DIR   default: /usr
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
LIB=${1:-$here/build/lib/libdenizen-preload.so}
RUNS=${2:-11}
DIR=${3:-/usr}
[ -f "$LIB" ] || { echo "no $LIB (build the denizen-preload target)" >&2; exit 1; }
LIB=$(cd "$(dirname "$LIB")" && pwd)/$(basename "$LIB")

now() { date +%s%N; }
# one MODE: run find once, print "<nanoseconds> <files>"
one() {
    case $1 in
        plain) t0=$(now); n=$(find "$DIR" -type f 2>/dev/null | wc -l); t1=$(now) ;;
        shim) t0=$(now); n=$(LD_PRELOAD=$LIB find "$DIR" -type f 2>/dev/null | wc -l); t1=$(now) ;;
        rule) t0=$(now)
              n=$(LD_PRELOAD=$LIB DENIZEN_PATH_MAP=/nonexistent-bench=/tmp find "$DIR" -type f 2>/dev/null | wc -l)
              t1=$(now) ;;
    esac
    echo "$((t1 - t0)) $n"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for m in plain shim rule; do one $m >/dev/null; done          # warm the dentry cache
i=0
while [ $i -lt "$RUNS" ]; do
    for m in plain shim rule; do one $m >> "$tmp/$m"; done
    i=$((i + 1))
done

files=$(awk 'NR == 1 { print $2 }' "$tmp/plain")
for m in shim rule; do
    if awk -v f="$files" '$2 != f { bad = 1 } END { exit !bad }' "$tmp/$m"; then
        echo "warning: find counted a different number of files under the shim ($m)" >&2
    fi
done
p=$(cut -d' ' -f1 "$tmp/plain" | median)
s=$(cut -d' ' -f1 "$tmp/shim" | median)
r=$(cut -d' ' -f1 "$tmp/rule" | median)
echo "find $DIR -type f | wc -l   ($files files, $RUNS runs each, median wall time)"
awk -v p="$p" -v s="$s" -v r="$r" 'BEGIN {
    printf "  without the shim          %8.1f ms\n", p / 1e6
    printf "  shim, no settings         %8.1f ms   ratio %.3f  (%+.1f%%; goal <= +5%%)\n", s / 1e6, s / p, (s / p - 1) * 100
    printf "  shim, one unmatched rule  %8.1f ms   ratio %.3f  (%+.1f%%)\n", r / 1e6, r / p, (r / p - 1) * 100
}'
