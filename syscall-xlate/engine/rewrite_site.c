/* Which instruction before a `syscall` can be replaced by a 5-byte jump,
 * decided by decoding the whole enclosing function with Capstone.
 *
 * The jump overwrites the first 5 bytes of the instruction right before the
 * syscall; the `0f 05` itself stays.  That is safe when:
 *   - a linear decode of the function reaches both instructions (so they
 *     really are instruction boundaries: code, not data, no overlap);
 *   - the displaced instruction is at least 5 bytes long, falls through (no
 *     branch, call, ret, int) and does not address memory relative to rip
 *     (it is re-executed from the stub, elsewhere);
 *   - no direct branch of the function targets a byte inside it other than
 *     its first (a branch to the syscall itself is fine: that byte pair is
 *     unchanged and still traps).
 * Indirect branches (jump tables) are assumed to target instruction
 * boundaries of that same linear decode, which holds for compiled code and
 * Go's assembler; the displaced instruction has only one (its first byte). */
#include "syscall-xlate/engine/rewrite.h"
#include <capstone.h>
#include <stdlib.h>
#include <string.h>

static int is_branch(csh h, const cs_insn *in)
{
    return cs_insn_group(h, in, CS_GRP_JUMP) || cs_insn_group(h, in, CS_GRP_CALL) ||
           cs_insn_group(h, in, CS_GRP_RET) || cs_insn_group(h, in, CS_GRP_INT) ||
           cs_insn_group(h, in, CS_GRP_IRET) || cs_insn_group(h, in, CS_GRP_BRANCH_RELATIVE);
}

static int uses_rip(const cs_insn *in)
{
    const cs_x86 *x = &in->detail->x86;
    for (int i = 0; i < x->op_count; i++)
        if (x->operands[i].type == X86_OP_MEM && x->operands[i].mem.base == X86_REG_RIP)
            return 1;
    return 0;
}

int dz_site_analyze(void *csh_handle, const uint8_t *code, uint64_t addr, size_t len, uint64_t site,
                    struct dz_site_plan *plan)
{
    csh h = (csh)(uintptr_t)csh_handle;
    memset(plan, 0, sizeof *plan);
    if (site < addr || site + 2 > addr + len) {
        plan->why = "syscall outside its function";
        return -1;
    }
    cs_insn *in = cs_malloc(h);
    if (!in) {
        plan->why = "out of memory";
        return -1;
    }
    const uint8_t *p = code;
    size_t left = len;
    uint64_t pc = addr;
    uint64_t prev = 0, prev_len = 0, cand = 0;
    int found = 0, cand_ok = 0;
    /* Direct branch targets; kept to the few that could matter. */
    uint64_t targets_in[8];
    int ntargets = 0;
    int rc = -1;

    while (left > 0) {
        uint64_t here = pc;
        if (!cs_disasm_iter(h, &p, &left, &pc, in)) {
            plan->why = "undecodable bytes in the function";
            goto out;
        }
        if (here == site) {
            if (in->id != X86_INS_SYSCALL) {
                plan->why = "the site is not a syscall instruction boundary";
                goto out;
            }
            found = 1;
            cand = prev;
            if (!prev) {
                plan->why = "syscall at the function's start";
                goto out;
            }
            if (prev + prev_len != site) {
                plan->why = "no instruction ends at the syscall";
                goto out;
            }
            if (prev_len < 5) {
                plan->why = "the instruction before the syscall is shorter than 5 bytes";
                goto out;
            }
            cand_ok = 1;
        } else if (here > site && !found) {
            plan->why = "the site is not an instruction boundary";
            goto out;
        }
        if (is_branch(h, in)) {
            const cs_x86 *x = &in->detail->x86;
            if (x->op_count >= 1 && x->operands[0].type == X86_OP_IMM) {
                uint64_t t = (uint64_t)x->operands[0].imm;
                /* Only targets strictly inside [site-15, site) can hit the
                 * displaced instruction's tail; decided once it is known. */
                if (t < site && t + 15 > site && ntargets < 8)
                    targets_in[ntargets++] = t;
                else if (t < site && t + 15 > site) {
                    plan->why = "too many branches near the site";
                    goto out;
                }
            }
        }
        /* Remember the candidate's details while `in` holds it. */
        if (here + in->size == site) {
            plan->insn = here;
            plan->len = (uint8_t)in->size;
            memcpy(plan->bytes, in->bytes, in->size);
            plan->branch = is_branch(h, in);
            plan->riprel = uses_rip(in);
            plan->nr_known = 0;
            const cs_x86 *x = &in->detail->x86;
            if (in->id == X86_INS_MOV && x->op_count == 2 && x->operands[0].type == X86_OP_REG &&
                (x->operands[0].reg == X86_REG_EAX || x->operands[0].reg == X86_REG_RAX) &&
                x->operands[1].type == X86_OP_IMM) {
                plan->nr_known = 1;
                plan->nr = (long)x->operands[1].imm;
            }
        }
        prev = here;
        prev_len = in->size;
    }
    if (!found) {
        plan->why = "the site is not an instruction boundary";
        goto out;
    }
    if (!cand_ok || plan->insn != cand)
        goto out;
    if (plan->branch) {
        plan->why = "the instruction before the syscall is a branch";
        goto out;
    }
    if (plan->riprel) {
        plan->why = "the instruction before the syscall is rip-relative";
        goto out;
    }
    for (int i = 0; i < ntargets; i++)
        if (targets_in[i] > plan->insn && targets_in[i] < site) {
            plan->why = "a branch targets the bytes to be replaced";
            goto out;
        }
    plan->why = NULL;
    rc = 0;
out:
    cs_free(in, 1);
    if (rc)
        plan->len = 0;
    return rc;
}

void *dz_site_decoder_open(void)
{
    csh h;
    if (cs_open(CS_ARCH_X86, CS_MODE_64, &h) != CS_ERR_OK)
        return NULL;
    cs_option(h, CS_OPT_DETAIL, CS_OPT_ON);
    return (void *)(uintptr_t)h;
}

void dz_site_decoder_close(void *handle)
{
    csh h = (csh)(uintptr_t)handle;
    cs_close(&h);
}
