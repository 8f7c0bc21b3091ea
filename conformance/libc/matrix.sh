#!/usr/bin/env bash
# conformance/libc/matrix.sh — the export x case matrix of a library personality.
#
#   conformance/libc/matrix.sh [--os freebsd] [--filter REGEX] [--doc FILE]
#
# The probes (conformance/libc/<family>.c, built by scripts/build into
# build/conformance-libc/{freebsd,linux}) print `CASE <export> <case>: <result>`.  The
# FreeBSD build runs under denizen, the Linux build natively (the reference), each in a
# private empty directory; every case must print the same line on both, and the probe the
# same exit status.  The table is the personality's libshim/<os>/exports.def: a case naming
# an export that is not a row fails; rows with no case are listed as untested.
# known-failures.txt: `<os>-libc <export> <case>  # reason` -- skipped; listed and passing
# fails the run (the list only shrinks).  --doc writes the matrix as markdown
# (docs/compat/<os>-libc.md).  Prints `N passed, N failed, N skipped`; status 1 on a failure.
# This is the same CASE format as `denizen conformance` (conformance/runner), kept a script
# of its own while the runner's table handling for library personalities is being changed.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OS=freebsd FILTER= DOC=
while (($#)); do
  case $1 in
    --os) OS=$2; shift 2 ;;
    --filter) FILTER=$2; shift 2 ;;
    --doc) DOC=$2; shift 2 ;;
    -h | --help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "matrix.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ $OS == freebsd ]] || { echo "matrix.sh: no library personality probes for $OS (freebsd only)" >&2; exit 2; }
: "${DENIZEN:=$ROOT/build/bin/denizen}"
: "${DZ_LIBC_PROBES:=$ROOT/build/conformance-libc}"
TABLE=$ROOT/libshim/$OS/exports.def
KNOWN=$ROOT/conformance/libc/known-failures.txt
[[ -x $DENIZEN ]] || { echo "matrix.sh: $DENIZEN not built (scripts/build)" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/denizen-libc-matrix.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# The table: export -> level (X rows carry FULL/PARTIAL/STUB; code and data rows are full).
declare -A level
while IFS=' ' read -r kind sym lvl; do
  [[ -n ${level[$sym]:-} ]] || level[$sym]=$lvl
done < <(sed -nE 's/^(X)\(([A-Za-z0-9_]+), [^,]+, [^,]+, [^,]+, ([A-Z]+),.*/\1 \2 \3/p;
                  s/^(RAW|DATA|TLS)\(([A-Za-z0-9_]+),.*/\1 \2 FULL/p' "$TABLE")

declare -A known
if [[ -f $KNOWN ]]; then
  while read -r o e c rest; do
    [[ -z $o || $o == \#* ]] && continue
    [[ $o == "$OS-libc" ]] && known["$e $c"]=${rest#*# }
  done <"$KNOWN"
fi

declare -A got_f got_l cases passed failed
pass=0 fail=0 skip=0
failures=()
failcase() { failures+=("$1"); fail=$((fail + 1)); }

families=$(cd "$DZ_LIBC_PROBES/linux" && ls)
for fam in $families; do
  for side in freebsd linux; do
    [[ -x $DZ_LIBC_PROBES/$side/$fam ]] || { echo "matrix.sh: probe $side/$fam not built" >&2; exit 2; }
    mkdir -p "$WORK/$side-$fam.d"
  done
  rf=0 rl=0
  DZ_PROBE_VAR=hello timeout 10 "$DENIZEN" run "$DZ_LIBC_PROBES/freebsd/$fam" "$WORK/freebsd-$fam.d" \
    >"$WORK/$fam.f" 2>"$WORK/$fam.fe" </dev/null || rf=$?
  DZ_PROBE_VAR=hello timeout 10 "$DZ_LIBC_PROBES/linux/$fam" "$WORK/linux-$fam.d" \
    >"$WORK/$fam.l" 2>"$WORK/$fam.le" </dev/null || rl=$?
  if ((rf != rl)); then
    failcase "$fam: exit status $rf under denizen, $rl natively ($(head -c 300 "$WORK/$fam.fe"))"
  fi
  for side in f l; do
    while IFS= read -r line; do
      [[ $line =~ ^CASE\ ([^ ]+)\ ([^:]+):\ ?(.*)$ ]] || continue
      k="${BASH_REMATCH[1]} ${BASH_REMATCH[2]}" v=${BASH_REMATCH[3]}
      [[ -z $FILTER || $k =~ $FILTER ]] || continue
      if [[ $side == f ]]; then got_f[$k]=$v; else got_l[$k]=$v; fi
    done <"$WORK/$fam.$side"
  done
done

while IFS= read -r k; do
  [[ -n $k ]] || continue
  e=${k%% *}
  cases[$e]=$((${cases[$e]:-0} + 1))
  if [[ -z ${level[$e]:-} ]]; then
    failcase "$k: no export $e in ${TABLE#$ROOT/}"
    continue
  fi
  f=${got_f[$k]-<missing>} l=${got_l[$k]-<missing>}
  if [[ -n ${known[$k]:-} ]]; then
    if [[ $f == "$l" ]]; then
      failcase "$k: listed in known-failures.txt but passes (remove the line)"
    else
      skip=$((skip + 1))
    fi
    continue
  fi
  if [[ $f == "$l" ]]; then
    pass=$((pass + 1)) passed[$e]=$((${passed[$e]:-0} + 1))
  else
    failed[$e]=$((${failed[$e]:-0} + 1))
    failcase "$k: denizen [$f] native [$l]"
  fi
done < <(printf '%s\n' "${!got_f[@]}" "${!got_l[@]}" | sort -u)

rows=$(printf '%s\n' "${!level[@]}" | sort)
tested=0 untested=()
for e in $rows; do
  if [[ -n ${cases[$e]:-} ]]; then tested=$((tested + 1)); else untested+=("$e"); fi
done
printf '%-36s %-8s %s\n' "export ($OS libc)" level "cases: passed/failed"
for e in $rows; do
  [[ -n ${cases[$e]:-} ]] || continue
  printf '%-36s %-8s %d/%d\n' "$e" "${level[$e]}" "${passed[$e]:-0}" "${failed[$e]:-0}"
done
for m in "${failures[@]}"; do echo "FAIL $m"; done
echo "$tested of $(wc -w <<<"$rows") exports have cases; untested: ${untested[*]}"
echo "$pass passed, $fail failed, $skip skipped"

if [[ -n $DOC ]]; then
  {
    echo "# $OS libc exports: conformance matrix"
    echo
    echo "Generated by \`conformance/libc/matrix.sh --os $OS --doc $DOC\` (do not edit)."
    echo "Each case of the probes in \`conformance/libc/\` runs as a FreeBSD program under denizen"
    echo "and as a Linux program natively; a case passes when both print the same line."
    echo "The table is \`libshim/$OS/exports.def\`; the level is its row's."
    echo
    echo "$pass passed, $fail failed, $skip skipped (known failures); $tested of $(wc -w <<<"$rows") exports have cases."
    echo
    echo "| export | level | cases passed | failed |"
    echo "|---|---|---|---|"
    for e in $rows; do
      [[ -n ${cases[$e]:-} ]] || continue
      echo "| \`$e\` | ${level[$e],,} | ${passed[$e]:-0} | ${failed[$e]:-0} |"
    done
    echo
    echo "Exports without a case here (many are system calls the syscall matrix,"
    echo "\`denizen conformance --os freebsd\`, covers through the same handlers; the"
    echo "unwinder and start-up rows are exercised by tests/integration/cprogs.sh and lightningcss.sh):"
    echo
    printf '%s\n' "${untested[@]}" | sed 's/.*/`&`/' | paste -sd ' ' | fold -s -w 100
  } >"$DOC"
fi
((fail == 0))
