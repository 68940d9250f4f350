/* nsexec.h: the wire format shared by the C stage and src/Libcontainer/Launch/InitMessage.cs. */
#ifndef RUNC_NSEXEC_H
#define RUNC_NSEXEC_H

#include <stdint.h>

/* Message types on the init pipe (both directions). */
enum {
	NSEXEC_MSG_BOOTSTRAP = 1, /* parent -> stage 1: a list of nsexec_attr */
	NSEXEC_MSG_USERMAP_PLS = 2, /* stage 1 -> parent: write my uid/gid maps */
	NSEXEC_MSG_USERMAP_ACK = 3, /* parent -> stage 1: maps written */
	NSEXEC_MSG_PID = 4, /* stage 1 -> parent: int32 host pid of the init */
	NSEXEC_MSG_ERROR = 5, /* any stage -> parent: one-line error text */
};

/* Bootstrap attributes. */
enum {
	NSEXEC_ATTR_CLONE_FLAGS = 1, /* uint32: CLONE_NEW* to unshare */
	NSEXEC_ATTR_NS_PATH = 2, /* uint32 CLONE_NEW* type, then the path (no NUL) */
	NSEXEC_ATTR_USERMAP = 3, /* empty: ask the parent for uid/gid maps */
	NSEXEC_ATTR_SETGROUPS = 4, /* empty: setgroups(2) is allowed in the new user namespace */
	NSEXEC_ATTR_OOM_SCORE_ADJ = 5, /* text for /proc/self/oom_score_adj */
	NSEXEC_ATTR_TIMENS_OFFSETS = 6, /* text for /proc/self/timens_offsets */
	NSEXEC_ATTR_DLOPEN = 7, /* a library soname to dlopen before any namespace is joined (libseccomp) */
};

struct nsexec_msg_header {
	uint32_t type;
	uint32_t len;
};

struct nsexec_attr {
	uint16_t type;
	uint16_t reserved;
	uint32_t len;
};

void nsexec(void);

#endif
