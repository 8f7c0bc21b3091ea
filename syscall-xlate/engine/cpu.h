/* The few CPU features the engine asks about, each read with one CPUID
 * when asked (never at start-up for all of them): under a hypervisor every
 * CPUID is a VM exit, ~5 us on the machines we measure on.  <cpuid.h> is
 * the compiler's, so this works with either C library. */
#ifndef DZ_ENGINE_CPU_H
#define DZ_ENGINE_CPU_H
#include <cpuid.h>

/* BMI2 (shrx in the native gate, entry.S): leaf 7, EBX bit 8. */
static inline int dz_cpu_has_bmi2(void)
{
    unsigned a, b, c, d;
    return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b >> 8 & 1);
}

/* An invariant TSC (leaf 0x80000007, EDX bit 8) read with RDTSCP (leaf
 * 0x80000001, EDX bit 27): what the TSC clock needs of the CPU. */
static inline int dz_cpu_tsc_usable(void)
{
    unsigned a, b, c, d;
    if (!__get_cpuid(0x80000007, &a, &b, &c, &d) || !(d >> 8 & 1))
        return 0;
    return __get_cpuid(0x80000001, &a, &b, &c, &d) && (d >> 27 & 1);
}
#endif
