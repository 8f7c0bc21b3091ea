/* struct sigaction and stack_t (FreeBSD sys/sys/signal.h, 13.2) <-> the
 * Linux kernel's rt_sigaction / sigaltstack structures. */
#include "abi/freebsd/convert.h"
#include "abi/freebsd/consts.h"
#include "abi/freebsd/flags.h"
#include "abi/freebsd/signal.h"
#include <signal.h>

void fbsd_to_linux_sigaction(struct lx_k_sigaction *dst, const struct fbsd_sigaction *src)
{
    *dst = (struct lx_k_sigaction){
        .handler = src->handler,
        .flags = dz_flags_to_host(&fbsd_sa_flags, (uint32_t)src->flags, NULL),
        .mask = fbsd_sigset_to_linux(&src->mask),
    };
}

void linux_to_fbsd_sigaction(struct fbsd_sigaction *dst, const struct lx_k_sigaction *src)
{
    struct fbsd_sigset mask;
    linux_sigset_to_fbsd(&mask, src->mask);
    *dst = (struct fbsd_sigaction){
        .handler = src->handler,
        .flags = (int32_t)dz_flags_to_guest(&fbsd_sa_flags, src->flags, NULL),
        .mask = mask,
    };
}

/* SS_* values differ; Linux's SS_AUTODISARM has no FreeBSD name. */
static const struct dz_flag ss_flag_list[] = {
    DZ_FIELD(FBSD_SS_ONSTACK, FBSD_SS_ONSTACK, SS_ONSTACK, SS_ONSTACK, "SS_ONSTACK"),
    DZ_FIELD(FBSD_SS_DISABLE, FBSD_SS_DISABLE, SS_DISABLE, SS_DISABLE, "SS_DISABLE"),
};
static const struct dz_flagtab ss_flags = DZ_FLAGTAB(ss_flag_list);

void fbsd_to_linux_stack(struct lx_stack *dst, const struct fbsd_stack *src)
{
    *dst = (struct lx_stack){
        .ss_sp = src->ss_sp,
        .ss_flags = (int32_t)dz_flags_to_host(&ss_flags, (uint32_t)src->ss_flags, NULL),
        .ss_size = src->ss_size,
    };
}

void linux_to_fbsd_stack(struct fbsd_stack *dst, const struct lx_stack *src)
{
    *dst = (struct fbsd_stack){
        .ss_sp = src->ss_sp,
        .ss_size = src->ss_size,
        .ss_flags = (int32_t)dz_flags_to_guest(&ss_flags, (uint32_t)src->ss_flags, NULL),
    };
}
