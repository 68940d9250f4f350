/* runcnative.h: the C helpers that C# calls (src/Libcontainer/Interop/Interop.Native.cs). */
#ifndef RUNC_NATIVE_H
#define RUNC_NATIVE_H

#include <stdint.h>
#include <sys/types.h>

#define RUNC_SPAWN_MAX_FDS 64

struct runc_spawn_fd {
	int32_t src;
	int32_t dst;
};

struct runc_spawn_request {
	int32_t exe_fd; /* >= 0: execveat(exe_fd, "", AT_EMPTY_PATH); else execve(path) */
	int32_t nfds;
	const char *path;
	char *const *argv;
	char *const *envp;
	const struct runc_spawn_fd *fds;
	const char *cwd; /* NULL: inherit */
	int32_t pdeathsig; /* 0: none */
	int32_t new_session;
};

int runc_spawn(const struct runc_spawn_request *req);

int runc_open(const char *path, int flags, unsigned int mode);
int runc_openat(int dirfd, const char *path, int flags, unsigned int mode);
int runc_openat2(int dirfd, const char *path, uint64_t flags, uint64_t mode, uint64_t resolve);
int runc_fcntl(int fd, int cmd, long arg);
int runc_ioctl(int fd, unsigned long request, void *arg);
int runc_prctl(int option, unsigned long a2, unsigned long a3, unsigned long a4, unsigned long a5);
int runc_pivot_root(const char *new_root, const char *put_old);
long runc_keyctl_join_session(const char *name);
int runc_mknodat(int dirfd, const char *path, unsigned int mode, unsigned long long dev);

#endif
