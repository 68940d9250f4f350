/*
 * tty.c: pseudo-terminals. The container side opens a pty in the container's devpts (the master
 * goes to the console socket, the slave becomes the process's stdio and controlling terminal);
 * the runtime side sets the caller's terminal raw, copies window sizes, and restores the terminal.
 * struct termios and winsize stay in C.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "runcnative.h"

/* Open /dev/ptmx, unlock the slave and name it (as containerd/console's NewPty); returns the master. */
int runc_pty_open(char *slave, size_t len)
{
	int master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC);
	if (master < 0)
		return -1;
	int unlock = 0;
	unsigned int n;
	if (ioctl(master, TIOCSPTLCK, &unlock) < 0 || ioctl(master, TIOCGPTN, &n) < 0) {
		int saved = errno;
		close(master);
		errno = saved;
		return -1;
	}
	snprintf(slave, len, "/dev/pts/%u", n);
	return master;
}

int runc_tty_set_size(int fd, unsigned int rows, unsigned int cols)
{
	struct winsize ws = { .ws_row = (unsigned short)rows, .ws_col = (unsigned short)cols };
	return ioctl(fd, TIOCSWINSZ, &ws);
}

int runc_tty_get_size(int fd, unsigned int *rows, unsigned int *cols)
{
	struct winsize ws;
	if (ioctl(fd, TIOCGWINSZ, &ws) < 0)
		return -1;
	*rows = ws.ws_row;
	*cols = ws.ws_col;
	return 0;
}

size_t runc_termios_size(void)
{
	return sizeof(struct termios);
}

/* Save the terminal's settings in `saved`, then make it raw but keep output processing (OPOST), as
 * containerd/console's SetRaw: the container's pty already did the output translation. */
int runc_tty_make_raw(int fd, void *saved)
{
	struct termios t;
	if (tcgetattr(fd, &t) < 0)
		return -1;
	memcpy(saved, &t, sizeof(t));
	cfmakeraw(&t);
	t.c_oflag |= OPOST;
	return tcsetattr(fd, TCSANOW, &t);
}

int runc_tty_restore(int fd, const void *saved)
{
	struct termios t;
	memcpy(&t, saved, sizeof(t));
	return tcsetattr(fd, TCSANOW, &t);
}

/* The runtime proxies the master to a terminal that translates newlines itself (runc's ClearONLCR). */
int runc_tty_clear_onlcr(int fd)
{
	struct termios t;
	if (tcgetattr(fd, &t) < 0)
		return -1;
	t.c_oflag &= ~(tcflag_t)ONLCR;
	return tcsetattr(fd, TCSANOW, &t);
}

/* Make the terminal on `fd` the controlling terminal of this session (the caller is its leader). */
int runc_tty_setctty(int fd)
{
	return ioctl(fd, TIOCSCTTY, 0);
}
