/*
 * shims.c: fixed-signature wrappers for variadic libc functions (open, fcntl, ioctl, prctl) and
 * raw syscalls that glibc 2.36 does not wrap (openat2, pivot_root, keyctl), so that C# never
 * binds a variadic function with a fixed signature (shared/STYLE.md, interop rule 5).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/openat2.h>
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
