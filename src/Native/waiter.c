/*
 * waiter.c: where a created container waits for `runc start`. A freestanding static program
 * (no libc, no loader, a few KB), embedded in our binary (waiter_blob.c) and executed by the C#
 * init from a sealed memfd once all of its work is done (src/Libcontainer/Init/StartWaiter.cs):
 * so a created container holds a few pages instead of a .NET runtime, and, being static, it runs
 * after pivot_root where the host's dynamic loader is out of reach.
 *
 *   argv: "runc" "init" PATH ARGV0 ARGV1 ...     (PATH: the resolved program, ARGV: its argv)
 *   envp: the container's environment, then _LIBCONTAINER_EXECWAIT=<exec.fifo fd>:<host /proc fd>
 *
 * Everything the container process needs survives execve (namespaces, root, credentials,
 * capabilities — recomputed by the rule the final execve applies anyway —, no_new_privs,
 * rlimits, cwd, umask, signal mask and dispositions). The waiter opens exec.fifo for writing,
 * which blocks until `runc start` opens it for reading, writes "0", drops the marker variable and
 * execs the user process.
 */
#include <stddef.h>

#define SYS_write 1
#define SYS_close 3
#define SYS_execve 59
#define SYS_exit_group 231
#define SYS_openat 257
#define SYS_prctl 157
#define O_WRONLY 01
#define O_CLOEXEC 02000000
#define PR_SET_NAME 15
#define EINTR 4

static long sys3(long n, long a, long b, long c)
{
	long ret;
	__asm__ volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
	return ret;
}

static long sys5(long n, long a, long b, long c, long d, long e)
{
	long ret;
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	__asm__ volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8) : "rcx", "r11", "memory");
	return ret;
}

static size_t len(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

static void die(const char *what, const char *detail)
{
	sys3(SYS_write, 2, (long)"runc init: ", 11);
	sys3(SYS_write, 2, (long)what, (long)len(what));
	if (detail) {
		sys3(SYS_write, 2, (long)" ", 1);
		sys3(SYS_write, 2, (long)detail, (long)len(detail));
	}
	sys3(SYS_write, 2, (long)"\n", 1);
	sys3(SYS_exit_group, 127, 0, 0);
	__builtin_unreachable();
}

/* "12" -> 12; -1 if not a plain decimal number followed by `end`. */
static long number(const char **p, char end)
{
	long v = 0;
	const char *s = *p;
	if (*s < '0' || *s > '9')
		return -1;
	while (*s >= '0' && *s <= '9')
		v = v * 10 + (*s++ - '0');
	if (*s != end)
		return -1;
	*p = s + 1;
	return v;
}

__attribute__((used)) static void waiter_main(long *sp)
{
	long argc = sp[0];
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1;
	static const char marker[] = "_LIBCONTAINER_EXECWAIT=";

	char **last = NULL;
	for (char **e = envp; *e; e++)
		last = e;
	if (argc < 4 || last == NULL)
		die("invalid waiter arguments", NULL);
	for (size_t i = 0; i < sizeof(marker) - 1; i++)
		if ((*last)[i] != marker[i])
			die("missing", marker);
	const char *v = *last + sizeof(marker) - 1;
	long fifo = number(&v, ':');
	long proc = fifo < 0 ? -1 : number(&v, '\0');
	if (proc < 0)
		die("invalid", *last);
	*last = NULL;

	sys5(SYS_prctl, PR_SET_NAME, (long)"runc:[2:INIT]", 0, 0, 0);

	/* "self/fd/<fifo>" under the host's /proc. */
	char path[32] = "self/fd/";
	char digits[16];
	int n = 0;
	long rest = fifo;
	do
		digits[n++] = (char)('0' + rest % 10);
	while ((rest /= 10) > 0);
	int p = 8;
	while (n > 0)
		path[p++] = digits[--n];
	path[p] = '\0';

	long fd;
	do
		fd = sys5(SYS_openat, proc, (long)path, O_WRONLY | O_CLOEXEC, 0, 0);
	while (fd == -EINTR);
	if (fd < 0)
		die("cannot open the exec fifo", NULL);
	if (sys3(SYS_write, fd, (long)"0", 1) != 1)
		die("cannot write the exec fifo", NULL);
	sys3(SYS_close, fd, 0, 0);
	sys3(SYS_close, fifo, 0, 0);
	sys3(SYS_close, proc, 0, 0);

	sys3(SYS_execve, (long)argv[2], (long)(argv + 3), (long)envp);
	die("exec failed:", argv[2]);
}

__asm__(".text\n"
	".global _start\n"
	"_start:\n"
	"	xor %rbp, %rbp\n"
	"	mov %rsp, %rdi\n"
	"	and $-16, %rsp\n"
	"	call waiter_main\n"
	"	hlt\n");
