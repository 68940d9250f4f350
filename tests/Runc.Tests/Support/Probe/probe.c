/*
 * probe: makes one raw system call inside a test container and prints what the kernel (or the
 * seccomp filter) answered: "ok RET" or "errno N". Built static by SyscallProbe.cs.
 *
 *   probe NAME|NUMBER [ARG...]    ARG: a number (0x.. allowed) or s:TEXT (a pointer to TEXT)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static const struct {
	const char *name;
	long nr;
} calls[] = {
	{ "getpid", SYS_getpid },	  { "getpriority", SYS_getpriority }, { "getsid", SYS_getsid },
	{ "keyctl", SYS_keyctl },	  { "unshare", SYS_unshare },	      { "mount", SYS_mount },
	{ "mkdir", SYS_mkdir },		  { "personality", SYS_personality }, { "open", SYS_open },
	{ "setpriority", SYS_setpriority }, { "uname", SYS_uname },
};

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: probe NAME [ARG...]\n");
		return 2;
	}
	long nr = -1;
	for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++)
		if (strcmp(argv[1], calls[i].name) == 0)
			nr = calls[i].nr;
	if (nr < 0)
		nr = strtol(argv[1], NULL, 0);
	long a[6] = { 0 };
	for (int i = 2; i < argc && i < 8; i++)
		a[i - 2] = strncmp(argv[i], "s:", 2) == 0 ? (long)(argv[i] + 2) : (long)strtoull(argv[i], NULL, 0);
	long r = syscall(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
	if (r < 0)
		printf("errno %d\n", errno);
	else
		printf("ok %ld\n", r);
	return 0;
}
