/*
 * main.c: the process entry point (NativeAOT CustomNativeMain). The C stage runs first, before
 * the .NET runtime exists, and returns at once unless this process is `runc init`.
 */
#include "nsexec.h"

extern int __managed__Main(int argc, char **argv);

int main(int argc, char **argv)
{
	nsexec();
	return __managed__Main(argc, argv);
}
