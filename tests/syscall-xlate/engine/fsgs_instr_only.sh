#!/usr/bin/env bash
# fsgs_instr_only.sh DENIZEN: every rdfsbase/wrfsbase/rdgsbase/wrgsbase in the
# launcher lies in [dz_fsgsbase_start, dz_fsgsbase_end), the page-aligned
# section that dz_fsgs_install makes inaccessible on the arch_prctl path
# (syscall-xlate/engine/fsgs.h).  Anywhere else, such an instruction could
# run on a host without FSGSBASE, where it "works" until the next kernel
# entry and then silently loses the base.
set -euo pipefail
bin=$1
command -v objdump >/dev/null || { echo "FAIL: objdump (binutils) not found"; exit 1; }
start=$(nm "$bin" | awk '$3 == "dz_fsgsbase_start" { print $1 }')
end=$(nm "$bin" | awk '$3 == "dz_fsgsbase_end" { print $1 }')
[[ -n $start && -n $end ]] || { echo "FAIL: dz_fsgsbase_start/end not in $bin"; exit 1; }
((0x$start % 4096 == 0 && 0x$end % 4096 == 0 && 0x$end > 0x$start)) ||
  { echo "FAIL: the FSGSBASE section [0x$start, 0x$end) is not whole pages"; exit 1; }
inside=0 outside=0
while read -r addr insn; do
  a=$((0x${addr%:}))
  if ((a >= 0x$start && a < 0x$end)); then
    inside=$((inside + 1))
  else
    outside=$((outside + 1))
    echo "FAIL: $insn at 0x${addr%:}, outside the FSGSBASE section [0x$start, 0x$end)"
  fi
done < <(objdump -d --no-show-raw-insn "$bin" | awk '$2 ~ /^(rd|wr)(fs|gs)base$/ { print $1, $2 }')
((inside > 0)) || { echo "FAIL: no FSGSBASE instruction found at all (is objdump reading $bin?)"; exit 1; }
((outside == 0)) || exit 1
echo "ok: $inside FSGSBASE instructions, all in [0x$start, 0x$end)"
