/* The Linux vDSO's functions, looked up by name (vdso.c). */
#ifndef DZ_ENGINE_VDSO_H
#define DZ_ENGINE_VDSO_H

/* The address of the vDSO function NAME in this process, or NULL. */
void *dz_vdso_sym(const char *name);

#endif
