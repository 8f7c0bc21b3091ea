#ifndef DZ_LOADER_CLI_H
#define DZ_LOADER_CLI_H
int dz_cmd_run(int argc, char **argv);
int dz_cmd_info(int argc, char **argv);
int dz_cmd_doctor(int argc, char **argv);   /* loader/doctor.c */
#endif
