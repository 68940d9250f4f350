/*
 * spawn.c: start a child process from C# without forking managed code. Like posix_spawn(3), it
 * uses clone(CLONE_VM|CLONE_VFORK): the parent sleeps until the child has called execve, and the
 * child touches nothing but its own stack and async-signal-safe syscalls.
 *
 * Unlike posix_spawn it can exec an fd (execveat AT_EMPTY_PATH: our own binary from a read-only
 * detached mount, never by a path the container could reach), place fds by number, set
 * PR_SET_PDEATHSIG and a new session, and start with every signal disposition at its default.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "runcnative.h"

#define SPAWN_STACK (64 * 1024)

struct spawn_args {
	const struct runc_spawn_request *req;
	int err; /* written by the child when it fails before execve */
};

static int spawn_child(void *arg)
{
	struct spawn_args *a = arg;
	const struct runc_spawn_request *r = a->req;
	int i, high = 3;

	runc_reset_signal_dispositions();

	for (i = 0; i < r->nfds; i++)
		if (r->fds[i].dst >= high)
			high = r->fds[i].dst + 1;
	/* Move every source above every destination first, so that no dup2 clobbers a later source. */
	int tmp[RUNC_SPAWN_MAX_FDS];
	for (i = 0; i < r->nfds; i++) {
		tmp[i] = fcntl(r->fds[i].src, F_DUPFD_CLOEXEC, high);
		if (tmp[i] < 0)
			goto fail;
	}
	/* Nothing but the requested fds crosses execve (CVE-2024-21626: no runtime fd leaks). */
	if (syscall(SYS_close_range, 3U, ~0U, 4U /* CLOSE_RANGE_CLOEXEC */) < 0 && errno != ENOSYS)
		goto fail;
	for (i = 0; i < r->nfds; i++)
		if (dup2(tmp[i], r->fds[i].dst) < 0)
			goto fail;

	if (r->new_session && setsid() < 0)
		goto fail;
	if (r->pdeathsig && prctl(PR_SET_PDEATHSIG, (unsigned long)r->pdeathsig, 0, 0, 0) < 0)
		goto fail;
	if (r->cwd != NULL && chdir(r->cwd) < 0)
		goto fail;

	runc_unblock_all_signals();

	if (r->exe_fd >= 0)
		syscall(SYS_execveat, r->exe_fd, "", r->argv, r->envp, AT_EMPTY_PATH);
	else
		execve(r->path, r->argv, r->envp);
fail:
	a->err = errno ? errno : EINVAL;
	_exit(127);
}

int runc_spawn(const struct runc_spawn_request *req)
{
	if (req->nfds < 0 || req->nfds > RUNC_SPAWN_MAX_FDS)
		return -EINVAL;
	void *stack = mmap(NULL, SPAWN_STACK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
	if (stack == MAP_FAILED)
		return -errno;

	/* No handler of ours may run in the child while it shares our memory. */
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);

	struct spawn_args a = { .req = req, .err = 0 };
	pid_t pid = clone(spawn_child, (char *)stack + SPAWN_STACK, CLONE_VM | CLONE_VFORK | SIGCHLD, &a);
	int saved = errno;

	pthread_sigmask(SIG_SETMASK, &old, NULL);
	munmap(stack, SPAWN_STACK);

	if (pid < 0)
		return -saved;
	if (a.err != 0) {
		/* The child failed before execve and has exited: reap it and report why. */
		int status;
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
		return -a.err;
	}
	return pid;
}
