#ifndef CGLIBCLOCALE_H
#define CGLIBCLOCALE_H
int scg_wcwidth(unsigned int codepoint);
int scg_setlocale_utf8(void);
#endif
