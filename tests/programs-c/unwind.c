/* unwind: the unwinder (libgcc_s.so.1's _Unwind_*) on the program's own
 * .eh_frame.  _Unwind_Backtrace through a recursion, counting the frames
 * that _Unwind_FindEnclosingFunction puts in recurse(); then a forced
 * unwind (what pthread_cancel does) from the deepest call, running the
 * cleanups of each level (__attribute__((cleanup)), the C personality
 * __gcc_personality_v0) on the way, its stop function ending the process
 * at the end of the stack. */
#include "fbsd_libc.h"

static int depth_seen;

static _Unwind_Reason_Code count(struct _Unwind_Context *ctx, void *arg)
{
    void *fn = _Unwind_FindEnclosingFunction((void *)_Unwind_GetIP(ctx));
    if (fn == arg)
        depth_seen++;
    return _URC_NO_REASON;
}

static void cleanup(int *level)
{
    printf("cleanup of level %d\n", *level);
}

static _Unwind_Reason_Code stop(int version, _Unwind_Action actions, _Unwind_Exception_Class cls,
                                struct _Unwind_Exception *exc, struct _Unwind_Context *ctx, void *arg)
{
    if (actions & _UA_END_OF_STACK) {
        printf("end of stack after the cleanups\n");
        exit(3);
    }
    return _URC_NO_REASON;
}

static struct _Unwind_Exception exc;

__attribute__((noinline)) static int recurse(int n, int unwind)
{
    int level __attribute__((cleanup(cleanup))) = n;
    if (n == 0) {
        if (!unwind) {
            _Unwind_Backtrace(count, (void *)recurse);
            return 0;
        }
        exc.exception_class = 0x44454e495a454e00ULL;   /* "DENIZEN" */
        _Unwind_ForcedUnwind(&exc, stop, 0);
        printf("forced unwind returned\n");
        return 1;
    }
    return recurse(n - 1, unwind) + level;
}

int main(void)
{
    recurse(4, 0);
    printf("backtrace: %d frames in recurse()\n", depth_seen);
    fflush(stdout);
    return recurse(3, 1);
}
