/* waiter_blob.c: the static waiter program (waiter.c, built by the Makefile) embedded as bytes. */
#include <stddef.h>

#ifndef WAITER_BIN
#error "WAITER_BIN: the path of the built waiter"
#endif

__asm__(".section .rodata\n"
	".balign 16\n"
	".global runc_waiter_blob\n"
	"runc_waiter_blob:\n"
	".incbin \"" WAITER_BIN "\"\n"
	".global runc_waiter_blob_end\n"
	"runc_waiter_blob_end:\n"
	".previous\n");

extern const unsigned char runc_waiter_blob[];
extern const unsigned char runc_waiter_blob_end[];

const unsigned char *runc_waiter(size_t *size)
{
	*size = (size_t)(runc_waiter_blob_end - runc_waiter_blob);
	return runc_waiter_blob;
}
