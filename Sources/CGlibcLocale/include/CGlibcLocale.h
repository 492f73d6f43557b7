#ifndef CGLIBCLOCALE_H
#define CGLIBCLOCALE_H

/// glibc's wcwidth() for one code point, under whatever locale is current.
int scg_wcwidth(unsigned int code_point);

/// Sets LC_ALL to C.UTF-8 (what the dashboard runs under); returns 1 on success.
int scg_setlocale_utf8(void);

#endif
