#define _XOPEN_SOURCE 700
#include <wchar.h>
#include <locale.h>
#include "CGlibcLocale.h"
int scg_wcwidth(unsigned int codepoint) { return wcwidth((wchar_t)codepoint); }
int scg_setlocale_utf8(void) { return setlocale(LC_ALL, "C.UTF-8") != 0; }
