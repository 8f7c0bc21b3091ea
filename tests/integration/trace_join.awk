# trace_join.awk: a denizen --trace stream as one whole line per call, for tests that look for
# calls: the [pid TID] prefixes dropped, each `name(args <unfinished ...>` joined with its
# `<... name resumed>) = result` (strace-log-merge's idea; a --trace-time stamp of the
# resumed half dropped).  Other lines are kept as they are.
{
  tid = ""
  if (match($0, /^\[pid +[0-9]+\] /)) {
    tid = substr($0, 6, RLENGTH - 7) + 0
    $0 = substr($0, RLENGTH + 1)
  }
  if ($0 ~ / <unfinished \.\.\.>$/) {
    pending[tid] = substr($0, 1, length($0) - 17)
    next
  }
  if (match($0, /^([0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9]+ )?<\.\.\. [^ ]+ resumed>/)) {
    if (tid in pending) {
      print pending[tid] substr($0, RLENGTH + 1)
      delete pending[tid]
      next
    }
  }
  print
}
END { for (t in pending) print pending[t] " <unfinished ...>" }
