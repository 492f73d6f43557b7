// wcwidth is an X/Open function: glibc declares it only with this feature macro.
#define _XOPEN_SOURCE 700
#include <locale.h>
#include <wchar.h>
#include "CGlibcLocale.h"

int scg_wcwidth(unsigned int code_point) {
    return wcwidth((wchar_t)code_point);
}

int scg_setlocale_utf8(void) {
    return setlocale(LC_ALL, "C.UTF-8") != NULL;
}
