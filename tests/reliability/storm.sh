#!/usr/bin/env bash
# storm: tests/reliability/storm (random raw system calls from several threads under a
# 1 ms SIGALRM timer, see storm/main.go) for FreeBSD or NetBSD ($DZ_GUEST) runs
# $STORM_SECONDS (30) under denizen inside its own temporary directory.  Asserts:
# denizen neither crashes nor hangs (a watchdog), the exit status is the guest's (-exit 23),
# each unimplemented or unknown number the guest called is reported exactly once, no
# implemented row is reported, and no other "denizen:" line appears.  Prints the figures.
. "$(dirname "$0")/../integration/lib.sh"
. "$(dirname "$0")/lib.sh"
need_denizen

SECS=${STORM_SECONDS:-30}
build_guest storm "$GUEST"
BIN=$REL_BIN/storm

# The run directory: the storm refuses any cwd outside /tmp; everything it creates is
# in there (relative names only), limited to 8 MB per file.
RUN=$(mktemp -d /tmp/denizen-storm-$GUEST.XXXXXX)
_storm_cleanup() { # the run directory always goes (files of mode 0 included); $WORK as lib.sh says
  local rc=$?
  chmod -R u+rwx "$RUN" 2>/dev/null || true
  rm -rf "$RUN"
  if ((rc != 0)) && [[ -n ${DENIZEN_TEST_KEEP:-} ]]; then
    echo "[$TEST_NAME] work directory kept: $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap _storm_cleanup EXIT
cd "$RUN"
RUN_TIMEOUT=$((SECS + 60))   # the watchdog: a hang is a failure
ulimit -f 8192
ulimit -c 0
run storm "$DENIZEN" run "$BIN" -seconds "$SECS" -threads 4 -exit 23
cd /
[[ $RC != 124 && $RC != 137 ]] || { show storm; fail "denizen hung: killed by the watchdog after ${RUN_TIMEOUT}s"; }
((RC < 128)) || { show storm; fail "denizen died by signal $((RC - 128))"; }
grep -q '^storm ok$' "$WORK/storm.out" || { show storm; fail "the storm did not finish (exit $RC)"; }
expect_status storm 23 "exit status (the guest's -exit 23)"

# Reports: "denizen: OS syscall NR[ NAME[ (detail)]]: not implemented|unknown".
master=$DZ_ROOT/syscall-xlate/$GUEST/syscalls.master
pat="^denizen: $GUEST syscall (-?[0-9]+)( [^:]*)?: (not implemented|unknown)\$"
grep -aE "$pat" "$WORK/storm.err" | sed -E "s/$pat/\\1/" | sort -n | uniq -c >"$WORK/reported"
if grep -a '^denizen:' "$WORK/storm.err" | grep -avE "$pat" >"$WORK/other"; then
  head -20 "$WORK/other" >&2
  fail "denizen printed lines other than the one-per-call reports"
fi
awk '$1 > 1 { print }' "$WORK/reported" >"$WORK/twice"
[[ ! -s $WORK/twice ]] || { cat "$WORK/twice" >&2; fail "numbers reported more than once (count, number above)"; }
# Levels of the master rows: an implemented row may report one operation it lacks
# (_umtx_op's "(this op)"), but only by a detail in parentheses.
declare -A level
while read -r nr lv; do level[$nr]=$lv; done < <(awk '!/^[#%]/ && NF >= 5 { print $1, $3 }' "$master")
while read -r n nr; do
  lv=${level[$nr]:-unknown}
  case $lv in
    unimpl | obsolete | unknown) ;;
    *) grep -aqE "^denizen: $GUEST syscall $nr [^ :]+ \\(" "$WORK/storm.err" ||
         fail "syscall $nr is '$lv' in $master but was reported as not implemented" ;;
  esac
done <"$WORK/reported"
# Every unimplemented or unknown number that answered ENOSYS was reported.
missing=0 unimpl=0
while read -r _ nr lv made hits; do
  case $lv in unimpl | obsolete | unknown) ;; *) continue ;; esac
  unimpl=$((unimpl + 1))
  if ! awk -v n="$nr" '$2 == n { f = 1 } END { exit !f }' "$WORK/reported"; then
    echo "not reported: $nr ($lv, $hits ENOSYS answers)" >&2
    missing=$((missing + 1))
  fi
done < <(grep '^enosys ' "$WORK/storm.out")
((missing == 0)) || fail "$missing unimplemented numbers answered ENOSYS without a report"
((unimpl > 0)) || fail "no unimplemented number was called: the storm tested nothing there"

figures=$(grep '^storm: ' "$WORK/storm.out")
note "$figures"
note "$(grep '^numbers-called' "$WORK/storm.out"); $unimpl unimplemented/unknown numbers called, each reported once; crashes 0, hangs 0, exit status 23 = the guest's"
note "blocked threads left behind: $(grep '^blocked in' "$WORK/storm.out" | cut -d: -f2-)"
note "ok"
