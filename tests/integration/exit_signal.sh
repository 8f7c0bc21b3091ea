#!/usr/bin/env bash
# exit_signal: a guest (FreeBSD, or $DZ_GUEST) that sends itself SIGTERM makes the denizen process
# die by SIGTERM (a shell sees 143), exactly like the native program.
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus go/linux/selfkill go/$GUEST/selfkill

native=$(death_of "$(corpus go/linux/selfkill)" 2>/dev/null)
[[ $native == "signal 15" ]] || fail "native Linux selfkill ended with '$native', want 'signal 15' (reference run)"

guest=$(death_of timeout -k 5 "$RUN_TIMEOUT" "$DENIZEN" run "$(corpus go/$GUEST/selfkill)" 2>"$WORK/guest.err")
if [[ $guest != "signal 15" ]]; then
  echo "--- stderr:" >&2
  head -c 4000 "$WORK/guest.err" >&2
  fail "denizen run selfkill ended with '$guest', want 'signal 15' (death by SIGTERM, like native)"
fi

# What a shell sees (run in an inner bash so that its "Terminated" notice goes to /dev/null).
status=$(bash -c 'timeout -k 5 "$0" "$@"; echo $?' "$RUN_TIMEOUT" "$DENIZEN" run "$(corpus go/$GUEST/selfkill)" 2>/dev/null)
[[ $status == 143 ]] || fail "the shell saw status $status for denizen run selfkill, want 143"
note "ok"
