/*
 * shims.c: fixed-signature wrappers for variadic libc functions (open, fcntl, ioctl, prctl) and
 * raw syscalls that glibc 2.36 does not wrap (openat2, pivot_root, keyctl), so that C# never
 * binds a variadic function with a fixed signature (shared/STYLE.md, interop rule 5); and the
 * socket calls whose structs (cmsghdr, sockaddr_un, ifreq) are easier to get right in C.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stddef.h>
#include <fcntl.h>
#include <net/if.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <linux/filter.h>
#include <linux/openat2.h>
#include <linux/seccomp.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "runcnative.h"

int runc_open(const char *path, int flags, unsigned int mode)
{
	return open(path, flags, (mode_t)mode);
}

int runc_openat(int dirfd, const char *path, int flags, unsigned int mode)
{
	return openat(dirfd, path, flags, (mode_t)mode);
}

int runc_openat2(int dirfd, const char *path, uint64_t flags, uint64_t mode, uint64_t resolve)
{
	struct open_how how = { .flags = flags, .mode = mode, .resolve = resolve };
	return (int)syscall(SYS_openat2, dirfd, path, &how, sizeof(how));
}

int runc_fcntl(int fd, int cmd, long arg)
{
	return fcntl(fd, cmd, arg);
}

int runc_ioctl(int fd, unsigned long request, void *arg)
{
	return ioctl(fd, request, arg);
}

int runc_prctl(int option, unsigned long a2, unsigned long a3, unsigned long a4, unsigned long a5)
{
	return prctl(option, a2, a3, a4, a5);
}

int runc_pivot_root(const char *new_root, const char *put_old)
{
	return (int)syscall(SYS_pivot_root, new_root, put_old);
}

long runc_keyctl_join_session(const char *name)
{
	return syscall(SYS_keyctl, 1 /* KEYCTL_JOIN_SESSION_KEYRING */, name, 0, 0, 0);
}

int runc_mknodat(int dirfd, const char *path, unsigned int mode, unsigned long long dev)
{
	return mknodat(dirfd, path, (mode_t)mode, (dev_t)dev);
}

/* Send `fd` over a unix socket with SCM_RIGHTS and `data` as the message (runc's console-socket and
 * seccomp-notify protocols: the payload is a name or a JSON document). */
int runc_send_fd(int sock, int fd, const void *data, size_t len)
{
	char zero = 0;
	struct iovec iov = { .iov_base = len ? (void *)data : &zero, .iov_len = len ? len : 1 };
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} u;
	memset(&u, 0, sizeof(u));
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof(u.buf) };
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &fd, sizeof(int));
	ssize_t n;
	do
		n = sendmsg(sock, &msg, MSG_NOSIGNAL);
	while (n < 0 && errno == EINTR);
	return n < 0 ? -1 : 0;
}

/* Receive one fd (and up to `len` bytes of message) from a unix socket; returns the fd or -1. */
int runc_recv_fd(int sock, void *data, size_t len, size_t *received)
{
	char dummy;
	struct iovec iov = { .iov_base = len ? data : &dummy, .iov_len = len ? len : 1 };
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} u;
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof(u.buf) };
	ssize_t n;
	do
		n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -1;
	if (received)
		*received = (size_t)n;
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
	if (c == NULL || c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) {
		errno = EBADMSG;
		return -1;
	}
	int fd;
	memcpy(&fd, CMSG_DATA(c), sizeof(int));
	return fd;
}

/* Connect a new SOCK_STREAM unix socket to `path`; returns the fd or -1. */
int runc_unix_connect(const char *path)
{
	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	if (strlen(path) >= sizeof(addr.sun_path)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	strcpy(addr.sun_path, path);
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	if (connect(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		int saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	return fd;
}

/* Bring the loopback interface up in a new network namespace, as runc does. */
int runc_loopback_up(void)
{
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	struct ifreq ifr;
	memset(&ifr, 0, sizeof(ifr));
	strcpy(ifr.ifr_name, "lo");
	int rc = ioctl(fd, SIOCGIFFLAGS, &ifr);
	if (rc == 0 && !(ifr.ifr_flags & IFF_UP)) {
		ifr.ifr_flags |= IFF_UP;
		rc = ioctl(fd, SIOCSIFFLAGS, &ifr);
	}
	int saved = errno;
	close(fd);
	errno = saved;
	return rc;
}

/* seccomp(SECCOMP_SET_MODE_FILTER) of a ready BPF program (the ENOSYS stub + libseccomp's filter);
 * returns the notify fd with SECCOMP_FILTER_FLAG_NEW_LISTENER, else 0. */
int runc_seccomp_set_filter(unsigned int flags, unsigned short len, const void *insns)
{
	struct sock_fprog prog = { .len = len, .filter = (struct sock_filter *)insns };
	return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &prog);
}

/* A SOCK_DGRAM unix socket bound to `path` (the container's NOTIFY_SOCKET); returns the fd or -1. */
int runc_unix_dgram_bind(const char *path)
{
	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	if (strlen(path) >= sizeof(addr.sun_path)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	strcpy(addr.sun_path, path);
	int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		int saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	return fd;
}

/* One datagram to the unix socket at `path` (sd_notify's protocol; "@name" is an abstract socket). */
int runc_unix_dgram_send(const char *path, const void *data, size_t len)
{
	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	size_t n = strlen(path);
	if (n >= sizeof(addr.sun_path)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(addr.sun_path, path, n);
	if (path[0] == '@')
		addr.sun_path[0] = '\0';
	int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	ssize_t r = sendto(fd, data, len, MSG_NOSIGNAL, (struct sockaddr *)&addr,
			   (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n));
	int saved = errno;
	close(fd);
	errno = saved;
	return r < 0 ? -1 : 0;
}

/* bpf(2): the cgroup v2 device filter (Cgroups/Devices/DeviceFilter.cs). */
int runc_bpf(int cmd, void *attr, unsigned int size)
{
	return (int)syscall(SYS_bpf, cmd, attr, size);
}
