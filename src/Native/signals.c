/*
 * signals.c: signal masks and dispositions across the runtime's life: the set that main() blocks
 * and `run`/`exec` forward (through a signalfd), and the reset to defaults before any execve (the
 * .NET runtime ignores SIGPIPE, and an ignored disposition survives execve).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <fcntl.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "runcnative.h"

/* Every handler the runtime installed becomes the default action, ignored signals too (the .NET
 * runtime ignores SIGPIPE, and an ignored disposition survives execve). */
void runc_reset_signal_dispositions(void)
{
	for (int sig = 1; sig < _NSIG; sig++) {
		if (sig == SIGKILL || sig == SIGSTOP)
			continue;
		struct sigaction sa;
		if (sigaction(sig, NULL, &sa) == 0 && sa.sa_handler != SIG_DFL) {
			memset(&sa, 0, sizeof(sa));
			sa.sa_handler = SIG_DFL;
			sigaction(sig, &sa, NULL);
		}
	}
}

void runc_unblock_all_signals(void)
{
	sigset_t empty;
	sigemptyset(&empty);
	sigprocmask(SIG_SETMASK, &empty, NULL);
}

void runc_forwarded_signals(sigset_t *set)
{
	/* Everything but the synchronous faults and the real-time signals the .NET runtime uses. */
	sigfillset(set);
	sigdelset(set, SIGSEGV);
	sigdelset(set, SIGBUS);
	sigdelset(set, SIGFPE);
	sigdelset(set, SIGILL);
	sigdelset(set, SIGTRAP);
	sigdelset(set, SIGSYS);
	sigdelset(set, SIGABRT);
	for (int sig = SIGRTMIN; sig <= SIGRTMAX; sig++)
		sigdelset(set, sig);
}

int runc_forwarded_signal_list(int32_t *out, int max)
{
	sigset_t set;
	int n = 0;
	runc_forwarded_signals(&set);
	for (int sig = 1; sig < SIGRTMIN && n < max; sig++)
		if (sigismember(&set, sig) && sig != SIGKILL && sig != SIGSTOP)
			out[n++] = sig;
	return n;
}

int runc_exec(const char *path, char *const argv[], char *const envp[])
{
	runc_reset_signal_dispositions();
	runc_unblock_all_signals();
	execve(path, argv, envp);
	return -errno;
}

int runc_exec_fd(int fd, char *const argv[], char *const envp[])
{
	runc_reset_signal_dispositions();
	runc_unblock_all_signals();
	syscall(SYS_execveat, fd, "", argv, envp, AT_EMPTY_PATH);
	return -errno;
}

void runc_reset_signals(void)
{
	runc_reset_signal_dispositions();
	runc_unblock_all_signals();
}

/* A signalfd for every forwarded signal (they are blocked in every thread since main()). */
int runc_signalfd_forwarded(void)
{
	sigset_t set;
	runc_forwarded_signals(&set);
	return signalfd(-1, &set, SFD_CLOEXEC);
}

/* Read one signal number from a signalfd; returns the signal, or -1 (errno). */
int runc_signalfd_read(int fd, int32_t *pid)
{
	struct signalfd_siginfo si;
	ssize_t n;
	do
		n = read(fd, &si, sizeof(si));
	while (n < 0 && errno == EINTR);
	if (n != (ssize_t)sizeof(si))
		return -1;
	if (pid)
		*pid = (int32_t)si.ssi_pid;
	return (int)si.ssi_signo;
}
