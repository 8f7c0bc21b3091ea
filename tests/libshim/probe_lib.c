/* A library for shim_probe's dlopen checks. */
int dz_probe_answer(void);
int dz_probe_answer(void)
{
    return 42;
}
