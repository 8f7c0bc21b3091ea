#!/usr/bin/env bash
# tests/load/serve.sh — a foreign server under load: the guest's esbuild 0.28.2
# `--serve` of the fixture app, driven by wrk on 127.0.0.1 for a few seconds.
#
# Asserts: the server comes up (a first GET answers 200 with the bundle); wrk
# completes requests and reports no socket errors (connect, read, write,
# timeout) and no non-2xx/3xx answers, so every request got its 200; the
# bundle served after the load is byte-identical to the one before it; the
# server exits with status 0 within 10 s once its stdin closes; and denizen
# said nothing on stderr (no unimplemented call, no crash report).
#
# Environment: lib.sh's (DENIZEN, DENIZEN_CORPUS, DZ_GUEST), and
#   LOAD_SECONDS (default 4), LOAD_CONNS (default 32): the wrk run.
source "$(dirname "${BASH_SOURCE[0]}")/../integration/lib.sh"

LOAD_SECONDS=${LOAD_SECONDS:-4}
LOAD_CONNS=${LOAD_CONNS:-32}
need_denizen
need_corpus "esbuild/$ESBUILD_GUEST-x64/esbuild" fixture-app/src/main.tsx
command -v wrk >/dev/null || fail "wrk not installed (scripts/deps installs it)"
command -v curl >/dev/null || fail "curl not installed"

ESBUILD=$(corpus "esbuild/$ESBUILD_GUEST-x64/esbuild")
mkfifo "$WORK/stdin"
# Port 0: esbuild takes a free loopback port and names it on stderr.
(cd "$(corpus fixture-app)" &&
  exec timeout -k 5 120 "$DENIZEN" run "$ESBUILD" src/main.tsx --bundle --outdir=dist \
    --serve=127.0.0.1:0 --log-level=info <"$WORK/stdin" >"$WORK/server.out" 2>"$WORK/server.err") &
SERVER=$!
exec 3>"$WORK/stdin"    # the server's stdin stays open while fd 3 is
_kill_server() { exec 3>&- 2>/dev/null || true; kill "$SERVER" 2>/dev/null || true; }
trap '_st=$?; _kill_server; (exit $_st); _dz_cleanup' EXIT

url=
for ((i = 0; i < 300; i++)); do      # up to 30 s
  port=$(sed -n 's|.*Local: *http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$WORK/server.err" | head -n1)
  if [[ -n $port ]]; then url=http://127.0.0.1:$port/main.js; break; fi
  kill -0 "$SERVER" 2>/dev/null || { show server; fail "the server exited before listening"; }
  sleep 0.1
done
[[ -n $url ]] || { show server; fail "the server named no port within 30 s"; }

code=$(curl -s -m 20 -o "$WORK/before.js" -w '%{http_code}' "$url" || true)
[[ $code == 200 ]] || { show server; fail "first GET $url: status '$code', want 200"; }
[[ -s $WORK/before.js ]] || fail "first GET $url: empty body"

set +e
timeout -k 5 $((LOAD_SECONDS + 30)) wrk -t1 -c"$LOAD_CONNS" -d"${LOAD_SECONDS}s" --timeout 5s --latency \
  "$url" >"$WORK/wrk.out" 2>&1
rc=$?
set -e
((rc == 0)) || { cat "$WORK/wrk.out" >&2; show server; fail "wrk: exit status $rc"; }
requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$WORK/wrk.out")
rps=$(sed -n 's/^Requests\/sec: *//p' "$WORK/wrk.out")
note "wrk -c$LOAD_CONNS -d${LOAD_SECONDS}s $url: $requests requests, $rps req/s"
[[ -n $requests ]] && ((requests > 0)) || { cat "$WORK/wrk.out" >&2; fail "wrk completed no request"; }
if grep -q 'Socket errors' "$WORK/wrk.out"; then
  cat "$WORK/wrk.out" >&2; show server; fail "socket errors under load: $(grep 'Socket errors' "$WORK/wrk.out")"
fi
if grep -q 'Non-2xx' "$WORK/wrk.out"; then
  cat "$WORK/wrk.out" >&2; show server; fail "answers other than 200: $(grep 'Non-2xx' "$WORK/wrk.out")"
fi
kill -0 "$SERVER" 2>/dev/null || { show server; fail "the server died under load"; }

code=$(curl -s -m 20 -o "$WORK/after.js" -w '%{http_code}' "$url" || true)
[[ $code == 200 ]] || { show server; fail "GET after the load: status '$code', want 200"; }
assert_same "$WORK/before.js" "$WORK/after.js" "the bundle served after the load"

# Close stdin: esbuild stops serving and exits 0.
exec 3>&-
status=
for ((i = 0; i < 100; i++)); do      # up to 10 s
  if ! kill -0 "$SERVER" 2>/dev/null; then
    set +e; wait "$SERVER"; status=$?; set -e
    break
  fi
  sleep 0.1
done
[[ -n $status ]] || { show server; fail "the server did not exit within 10 s of its stdin closing"; }
((status == 0)) || { show server; fail "the server exited with status $status after its stdin closed"; }
if grep -v -e '^ *$' -e 'Local:' -e 'Network:' -e 'stopped automatically because stdin was closed' \
  "$WORK/server.err" | grep -q .; then
  show server
  fail "unexpected output on the server's stderr"
fi
note "ok: every request answered 200, no socket errors, clean exit on stdin EOF"
