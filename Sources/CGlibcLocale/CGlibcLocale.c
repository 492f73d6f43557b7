// wcwidth is an X/Open function: glibc declares it only with this feature macro; dlsym's
// RTLD_NEXT needs _GNU_SOURCE.
#define _GNU_SOURCE
#define _XOPEN_SOURCE 700
#include <dlfcn.h>
#include <locale.h>
#include <wchar.h>
#include "CGlibcLocale.h"

// The C library's own wcwidth: looked up past this program, which may define its own (the
// terminal's, for ncursesw) in the same executable.
int scg_wcwidth(unsigned int code_point) {
    static int (*glibc)(wchar_t) = NULL;
    if (!glibc) glibc = (int (*)(wchar_t))dlsym(RTLD_NEXT, "wcwidth");
    return glibc ? glibc((wchar_t)code_point) : -1;
}

int scg_setlocale_utf8(void) {
    return setlocale(LC_ALL, "C.UTF-8") != NULL;
}
