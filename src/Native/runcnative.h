/* runcnative.h: the C helpers that C# calls (src/Libcontainer/Interop/Native.cs). */
#ifndef RUNC_NATIVE_H
#define RUNC_NATIVE_H

#include <stdint.h>
#include <stddef.h>
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

#include <signal.h>
/* Signals blocked from main() on (see main.c) and forwarded by `run`/`exec` to the container. */
void runc_forwarded_signals(sigset_t *set);
int runc_forwarded_signal_list(int32_t *out, int max);
int runc_unblock_signals(void);
int runc_block_signals(void);
/* Reset every signal disposition to default, unblock all, execve: the last step of init. */
int runc_exec(const char *path, char *const argv[], char *const envp[]);
/* The same from an fd (execveat AT_EMPTY_PATH). */
int runc_exec_fd(int fd, char *const argv[], char *const envp[]);
void runc_reset_signals(void);
void runc_reset_signal_dispositions(void);
void runc_unblock_all_signals(void);
int runc_signalfd_forwarded(void);
int runc_signalfd_read(int fd, int32_t *pid);

int runc_open(const char *path, int flags, unsigned int mode);
int runc_openat(int dirfd, const char *path, int flags, unsigned int mode);
int runc_openat2(int dirfd, const char *path, uint64_t flags, uint64_t mode, uint64_t resolve);
int runc_fcntl(int fd, int cmd, long arg);
int runc_ioctl(int fd, unsigned long request, void *arg);
int runc_prctl(int option, unsigned long a2, unsigned long a3, unsigned long a4, unsigned long a5);
int runc_pivot_root(const char *new_root, const char *put_old);
int runc_bpf(int cmd, void *attr, unsigned int size);
long runc_keyctl_join_session(const char *name);
int runc_mknodat(int dirfd, const char *path, unsigned int mode, unsigned long long dev);

int runc_send_fd(int sock, int fd, const void *data, size_t len);
int runc_recv_fd(int sock, void *data, size_t len, size_t *received);
int runc_unix_connect(const char *path);
int runc_loopback_up(void);
int runc_unix_dgram_bind(const char *path);
int runc_unix_dgram_send(const char *path, const void *data, size_t len);

/* tty.c: pseudo-terminals (container side and the runtime's own terminal). */
int runc_pty_open(char *slave, size_t len);
int runc_tty_set_size(int fd, unsigned int rows, unsigned int cols);
int runc_tty_get_size(int fd, unsigned int *rows, unsigned int *cols);
size_t runc_termios_size(void);
int runc_tty_make_raw(int fd, void *saved);
int runc_tty_restore(int fd, const void *saved);
int runc_tty_clear_onlcr(int fd);
int runc_tty_setctty(int fd);

int runc_seccomp_set_filter(unsigned int flags, unsigned short len, const void *insns);

/* nsexec.c: the library loaded from the host's filesystem for the bootstrap's NSEXEC_ATTR_DLOPEN. */
void *runc_dlopened(void);

/* waiter_blob.c: the static program a created container waits in (waiter.c). */
const unsigned char *runc_waiter(size_t *size);

#endif
