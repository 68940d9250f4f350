/*
 * nsexec.c: the pre-runtime stage of `runc init`.
 *
 * The .NET runtime starts several threads before Main, and setns(2)/unshare(2) of a user or mount
 * namespace need a single-threaded caller; a fork must not return into managed code. So, like
 * runc's nsexec, this C code runs from our own main() before the runtime starts. It does only the
 * namespace work, the uid/gid map handshake and the pid-namespace fork, then returns so that main()
 * starts the runtime and C# does the rest of init (docs/ARCHITECTURE.md).
 *
 * It runs only when _LIBCONTAINER_INITPIPE names an fd; every other command returns at once.
 *
 *   parent (runc create/exec, C#)        stage 1: runc:[1:CHILD]            stage 2: runc:[2:INIT]
 *   ----------------------------         -----------------------            ----------------------
 *   spawn our binary, `runc init` ----->  main() -> nsexec()
 *   put the child into the cgroup
 *   MSG_BOOTSTRAP -------------------->  read clone flags, ns paths
 *                                        write oom_score_adj
 *                                        setns() each path (user first)
 *                                        unshare(CLONE_NEWUSER)
 *   <-------------------------------- MSG_USERMAP_PLS
 *   write uid_map, setgroups, gid_map
 *   MSG_USERMAP_ACK ------------------>  setresgid/setresuid(0)
 *                                        unshare(the other flags)
 *                                        fork() if a pid or time ns ---->  (is pid 1 of a new pid ns)
 *   <-------------------------------- MSG_PID (host pid of the init)
 *                                        _exit(0)                          setsid(), become root
 *                                                                          return to main():
 *                                                                          the runtime starts, C# init
 *   MSG_INIT_CONFIG (C# side) -------------------------------------------> ...
 *
 * Without a pid or time namespace to enter, stage 1 does not fork: it sends its own pid and goes on
 * as the init. Any failure sends MSG_ERROR with a one-line message and exits 1.
 *
 * Every message is a nsexec_msg_header followed by `len` bytes of payload, in host byte order.
 * The bootstrap payload is a list of attributes: nsexec_attr header, then `len` bytes.
 * The C# side of the protocol is src/Libcontainer/Launch/InitMessage.cs: keep them in step.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "nsexec.h"

#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME 0x00000080
#endif

#define MAX_NS_PATHS 16
#define MAX_BOOTSTRAP (1 << 20)

struct ns_path {
	uint32_t type; /* a CLONE_NEW* flag */
	char *path;
};

struct bootstrap {
	uint32_t clone_flags;
	int usermap; /* the parent writes our uid/gid maps after MSG_USERMAP_PLS */
	int setgroups; /* setgroups(0, NULL) is allowed in our new user namespace */
	char *oom_score_adj;
	char *timens_offsets;
	char *dlopen_name;
	struct ns_path ns[MAX_NS_PATHS];
	int ns_count;
};

static int init_pipe = -1;

/* The library NSEXEC_ATTR_DLOPEN named, loaded from the host's filesystem (see runc_dlopened). */
static void *dlopened;

static int write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

static int read_all(int fd, void *buf, size_t len)
{
	char *p = buf;
	while (len > 0) {
		ssize_t n = read(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (n == 0) {
			errno = EPIPE;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

static int send_msg(uint32_t type, const void *payload, uint32_t len)
{
	struct nsexec_msg_header h = { .type = type, .len = len };
	if (write_all(init_pipe, &h, sizeof(h)) < 0)
		return -1;
	return len ? write_all(init_pipe, payload, len) : 0;
}

/* Report a failure to the parent as MSG_ERROR and exit: the parent prints it as the create error. */
static void __attribute__((noreturn, format(printf, 1, 2))) bail(const char *fmt, ...)
{
	char msg[1024];
	int saved = errno;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if ((size_t)n >= sizeof(msg))
		n = sizeof(msg) - 1;
	if (saved != 0)
		n += snprintf(msg + n, sizeof(msg) - (size_t)n, ": %s", strerror(saved));
	if ((size_t)n >= sizeof(msg))
		n = sizeof(msg) - 1;
	if (init_pipe < 0 || send_msg(NSEXEC_MSG_ERROR, msg, (uint32_t)n) < 0)
		dprintf(2, "runc init: %s\n", msg);
	_exit(1);
}

static void expect_msg(uint32_t want)
{
	struct nsexec_msg_header h;
	if (read_all(init_pipe, &h, sizeof(h)) < 0)
		bail("read sync message from parent");
	if (h.type != want || h.len != 0) {
		errno = 0;
		bail("unexpected sync message %u (want %u)", h.type, want);
	}
}

static char *dup_payload(const char *p, uint32_t len)
{
	char *s = malloc((size_t)len + 1);
	if (s == NULL)
		bail("allocate bootstrap string");
	memcpy(s, p, len);
	s[len] = '\0';
	return s;
}

static void read_bootstrap(struct bootstrap *b)
{
	struct nsexec_msg_header h;
	if (read_all(init_pipe, &h, sizeof(h)) < 0)
		bail("read bootstrap header");
	if (h.type != NSEXEC_MSG_BOOTSTRAP || h.len > MAX_BOOTSTRAP) {
		errno = 0;
		bail("invalid bootstrap message (type %u, %u bytes)", h.type, h.len);
	}
	char *data = malloc(h.len ? h.len : 1);
	if (data == NULL)
		bail("allocate bootstrap data");
	if (read_all(init_pipe, data, h.len) < 0)
		bail("read bootstrap data");

	memset(b, 0, sizeof(*b));
	uint32_t off = 0;
	while (off + sizeof(struct nsexec_attr) <= h.len) {
		struct nsexec_attr a;
		memcpy(&a, data + off, sizeof(a));
		off += sizeof(a);
		if (a.len > h.len - off) {
			errno = 0;
			bail("bootstrap attribute %u overruns the message", a.type);
		}
		const char *p = data + off;
		switch (a.type) {
		case NSEXEC_ATTR_CLONE_FLAGS:
			if (a.len != sizeof(uint32_t))
				goto bad;
			memcpy(&b->clone_flags, p, sizeof(uint32_t));
			break;
		case NSEXEC_ATTR_NS_PATH:
			if (a.len <= sizeof(uint32_t) || b->ns_count == MAX_NS_PATHS)
				goto bad;
			memcpy(&b->ns[b->ns_count].type, p, sizeof(uint32_t));
			b->ns[b->ns_count].path = dup_payload(p + sizeof(uint32_t), a.len - (uint32_t)sizeof(uint32_t));
			b->ns_count++;
			break;
		case NSEXEC_ATTR_USERMAP:
			b->usermap = 1;
			break;
		case NSEXEC_ATTR_SETGROUPS:
			b->setgroups = 1;
			break;
		case NSEXEC_ATTR_OOM_SCORE_ADJ:
			b->oom_score_adj = dup_payload(p, a.len);
			break;
		case NSEXEC_ATTR_TIMENS_OFFSETS:
			b->timens_offsets = dup_payload(p, a.len);
			break;
		case NSEXEC_ATTR_DLOPEN:
			b->dlopen_name = dup_payload(p, a.len);
			break;
		default:
		bad:
			errno = 0;
			bail("invalid bootstrap attribute %u (%u bytes)", a.type, a.len);
		}
		off += a.len;
	}
	free(data);
}

static void write_file(const char *path, const char *data)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		bail("open %s", path);
	if (write_all(fd, data, strlen(data)) < 0)
		bail("write %s", path);
	close(fd);
}

static int same_user_ns(int fd)
{
	struct stat a, b;
	if (fstat(fd, &a) < 0 || stat("/proc/self/ns/user", &b) < 0)
		return 0;
	return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/*
 * Join every namespace named by path. All are opened first (a later setns, of the mount namespace
 * in particular, could hide the paths); the user namespace is joined first, since joining the others
 * needs privilege in it, and the mount namespace last. Returns whether a user namespace was joined.
 */
static int join_namespaces(struct bootstrap *b)
{
	int joined_user = 0;
	int fds[MAX_NS_PATHS];
	for (int i = 0; i < b->ns_count; i++) {
		fds[i] = open(b->ns[i].path, O_RDONLY | O_CLOEXEC);
		if (fds[i] < 0)
			bail("open namespace path %s", b->ns[i].path);
	}
	static const uint32_t order[] = { CLONE_NEWUSER, CLONE_NEWIPC, CLONE_NEWUTS, CLONE_NEWNET, CLONE_NEWPID,
					  CLONE_NEWCGROUP, CLONE_NEWTIME, CLONE_NEWNS };
	for (size_t o = 0; o < sizeof(order) / sizeof(order[0]); o++) {
		for (int i = 0; i < b->ns_count; i++) {
			if (b->ns[i].type != order[o])
				continue;
			if (order[o] == CLONE_NEWUSER && same_user_ns(fds[i]))
				continue;
			if (setns(fds[i], (int)order[o]) < 0)
				bail("failed to setns to %s", b->ns[i].path);
			if (order[o] == CLONE_NEWUSER)
				joined_user = 1;
		}
	}
	for (int i = 0; i < b->ns_count; i++)
		close(fds[i]);
	return joined_user;
}

static int joins(struct bootstrap *b, uint32_t type)
{
	for (int i = 0; i < b->ns_count; i++)
		if (b->ns[i].type == type)
			return 1;
	return 0;
}

static void become_root(int setgroups_allowed)
{
	if (setresgid(0, 0, 0) < 0)
		bail("failed to become root in user namespace (setresgid)");
	if (setresuid(0, 0, 0) < 0)
		bail("failed to become root in user namespace (setresuid)");
	if (setgroups_allowed && setgroups(0, NULL) < 0)
		bail("setgroups");
}

void nsexec(void)
{
	const char *pipe_env = getenv("_LIBCONTAINER_INITPIPE");
	if (pipe_env == NULL || *pipe_env == '\0')
		return;
	char *end;
	long fd = strtol(pipe_env, &end, 10);
	if (*end != '\0' || fd < 0 || fd > 1024) {
		dprintf(2, "runc init: invalid _LIBCONTAINER_INITPIPE %s\n", pipe_env);
		_exit(1);
	}
	init_pipe = (int)fd;

	prctl(PR_SET_NAME, (unsigned long)"runc:[1:CHILD]", 0, 0, 0);

	struct bootstrap b;
	read_bootstrap(&b);

	/*
	 * Before any namespace is joined: after a setns into the container's mount namespace (exec) or
	 * after pivot_root, a library looked up by name would come from the container's filesystem.
	 */
	if (b.dlopen_name != NULL) {
		dlopened = dlopen(b.dlopen_name, RTLD_NOW | RTLD_LOCAL);
		if (dlopened == NULL) {
			errno = 0;
			bail("load %s: %s", b.dlopen_name, dlerror());
		}
	}

	/* Before any user namespace: a negative score needs privilege in the initial one. */
	if (b.oom_score_adj != NULL)
		write_file("/proc/self/oom_score_adj", b.oom_score_adj);

	int joined_user = join_namespaces(&b);

	/* In a user namespace we joined (exec), become its root as runc's stage 2 does: the C# side
	 * then switches to the process's user with the capabilities that gives. */
	if (joined_user && !(b.clone_flags & CLONE_NEWUSER))
		become_root(0);

	if (b.clone_flags & CLONE_NEWUSER) {
		if (unshare(CLONE_NEWUSER) < 0)
			bail("failed to unshare user namespace");
		/* The parent writes /proc/<pid>/{uid,gid}_map; it must be able to open them. */
		if (prctl(PR_SET_DUMPABLE, 1, 0, 0, 0) < 0)
			bail("failed to set process as dumpable");
		if (b.usermap) {
			if (send_msg(NSEXEC_MSG_USERMAP_PLS, NULL, 0) < 0)
				bail("request uid/gid maps");
			expect_msg(NSEXEC_MSG_USERMAP_ACK);
		}
		if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) < 0)
			bail("failed to set process as non-dumpable");
		become_root(b.setgroups);
	}

	uint32_t rest = b.clone_flags & ~(uint32_t)CLONE_NEWUSER;
	if (rest != 0 && unshare((int)rest) < 0)
		bail("failed to unshare namespaces (flags %#x)", rest);

	if (b.timens_offsets != NULL)
		write_file("/proc/self/timens_offsets", b.timens_offsets);

	/* unshare/setns of a pid or time namespace takes effect only in the children. */
	int must_fork = (b.clone_flags & (CLONE_NEWPID | CLONE_NEWTIME)) || joins(&b, CLONE_NEWPID) ||
			joins(&b, CLONE_NEWTIME);
	int32_t pid = getpid();
	if (must_fork) {
		pid = fork();
		if (pid < 0)
			bail("unable to fork init");
		if (pid > 0) {
			if (send_msg(NSEXEC_MSG_PID, &pid, sizeof(pid)) < 0)
				bail("send init pid");
			_exit(0);
		}
		prctl(PR_SET_NAME, (unsigned long)"runc:[2:INIT]", 0, 0, 0);
	} else {
		if (send_msg(NSEXEC_MSG_PID, &pid, sizeof(pid)) < 0)
			bail("send init pid");
		prctl(PR_SET_NAME, (unsigned long)"runc:[2:INIT]", 0, 0, 0);
	}

	if (setsid() < 0)
		bail("setsid failed");

	free(b.oom_score_adj);
	free(b.timens_offsets);
	free(b.dlopen_name);
	for (int i = 0; i < b.ns_count; i++)
		free(b.ns[i].path);
	/* main() now starts the runtime: C# init goes on from here on the same pipe. */
}

/* The handle of the library the bootstrap asked to load (NSEXEC_ATTR_DLOPEN), or NULL. */
void *runc_dlopened(void)
{
	return dlopened;
}
