/*
 * main.c: the process entry point (NativeAOT CustomNativeMain). The C stage runs first, before
 * the .NET runtime exists, and returns at once unless this process is `runc init`.
 *
 * Asynchronous signals are blocked here, before the runtime starts its threads, so that every
 * runtime thread inherits the block: a `run` or `exec` that forwards signals then receives them all
 * on its main thread through a signalfd (Runc.Libcontainer.Launch.SignalForwarder). Every other
 * command unblocks its main thread at once (runc_unblock_signals), so that default actions such as
 * SIGTERM's still apply to it.
 */
#include <signal.h>
#include <stddef.h>

#include "nsexec.h"
#include "runcnative.h"

extern int __managed__Main(int argc, char **argv);

static sigset_t inherited_mask;

int main(int argc, char **argv)
{
	nsexec();

	sigset_t block;
	runc_forwarded_signals(&block);
	sigprocmask(SIG_BLOCK, &block, &inherited_mask);
	return __managed__Main(argc, argv);
}

int runc_unblock_signals(void)
{
	return sigprocmask(SIG_SETMASK, &inherited_mask, NULL);
}

int runc_block_signals(void)
{
	sigset_t block;
	runc_forwarded_signals(&block);
	return sigprocmask(SIG_BLOCK, &block, NULL);
}
