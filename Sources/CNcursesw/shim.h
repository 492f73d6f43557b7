#ifndef SCORECARDS_CNCURSESW_SHIM_H
#define SCORECARDS_CNCURSESW_SHIM_H

/* The wide-character API (mvwadd_wch, wget_wch, cchar_t) is only declared with this set,
   and SwiftPM does not pass pkg-config's -D_XOPEN_SOURCE, so it must come first here. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Macros and C globals Swift cannot import (or, in Swift 6, cannot touch as shared mutable
   state) get small functions. */
static inline WINDOW *sc_stdscr(void) { return stdscr; }
static inline FILE *sc_stdout(void) { return stdout; }
static inline FILE *sc_stdin(void) { return stdin; }
static inline int sc_lines(void) { return LINES; }
static inline int sc_cols(void) { return COLS; }
static inline int sc_colors(void) { return COLORS; }
static inline int sc_color_pairs(void) { return COLOR_PAIRS; }
static inline int sc_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int sc_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }
static inline attr_t sc_a_normal(void) { return A_NORMAL; }
static inline attr_t sc_a_bold(void) { return A_BOLD; }
static inline attr_t sc_a_reverse(void) { return A_REVERSE; }
static inline attr_t sc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t sc_a_dim(void) { return A_DIM; }
static inline attr_t sc_a_italic(void) { return A_ITALIC; }
static inline int sc_key_code_yes(void) { return KEY_CODE_YES; }
static inline int sc_key_f(int n) { return KEY_F(n); }
static inline mmask_t sc_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t sc_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
static inline mmask_t sc_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t sc_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t sc_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t sc_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t sc_button3_clicked(void) { return BUTTON3_CLICKED; }
static inline mmask_t sc_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t sc_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t sc_button5_pressed(void) { return BUTTON5_PRESSED; }

/* One cell: a spacing character plus up to four combining marks, with attributes. */
static inline int sc_put_cell(WINDOW *w, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(w, y, x, &cell);
}

/* The terminfo string for a capability, or NULL when the terminal has none. */
static inline const char *sc_tigetstr(const char *name) {
    char *s = tigetstr(name);
    return (s == NULL || s == (char *)-1) ? NULL : s;
}
#endif
