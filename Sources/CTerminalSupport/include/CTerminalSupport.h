#ifndef SCORECARDS_CTERMINALSUPPORT_H
#define SCORECARDS_CTERMINALSUPPORT_H
#include <stdint.h>

/* Remembers the terminal's settings and the bytes that put it back (leave the alternate
   screen, show the cursor, reset attributes, stop mouse reporting), so that a signal
   handler can restore it with async-signal-safe calls only. */
void sct_save_terminal(int fd);
void sct_set_reset_sequence(const char *bytes, int length);
/* Where the reset sequence goes: the terminal's output (standard output unless set). */
void sct_set_output_fd(int fd);

/* SIGTERM, SIGHUP and SIGINT end the program through its event loop when it listens (see
   sct_listen_for_signals), at once otherwise; SIGQUIT always at once, after restoring the
   terminal. SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE and SIGABRT restore the terminal and
   then hand the signal to whatever handler was there before (the Swift runtime's
   backtracer). Also opens the wake-up pipe. */
void sct_install_signal_handlers(void);
/* After newterm: SIGWINCH, once ncurses has noted the new size, also wakes the loop. */
void sct_install_resize_wakeup(void);
/* The read end of the wake-up pipe, which the event loop polls beside the keyboard
   (-1 if it could not be opened). A byte arrives for every ending signal, resize and
   sct_wake call; sct_drain_wakeups empties it. */
int sct_wake_descriptor(void);
/* Wakes the event loop; async-signal-safe, callable from any thread. */
void sct_wake(void);
void sct_drain_wakeups(void);
/* While on, SIGINT, SIGTERM and SIGHUP are events for the loop rather than the end. */
void sct_listen_for_signals(int on);
/* The first ending signal received while listening, or 0. */
int sct_pending_signal(void);
/* Whether the signal is ignored (inherited SIG_IGN, e.g. SIGTSTP without job control). */
int sct_signal_ignored(int sig);
/* Ends the process by `sig` with its default disposition, as the shell expects. */
void sct_end_by_signal(int sig) __attribute__((noreturn));
/* Restores the terminal now (the normal exit path calls this after endwin). */
void sct_restore_terminal(void);

/* When the terminal draws East Asian Ambiguous characters two columns wide, ncursesw must
   count them as two as well, or every line after a “ shifts. The program defines wcwidth,
   which ncursesw calls, and adds one column for the listed ranges when this is on. */
void sct_set_ambiguous_wide(int on, const uint32_t *ranges, int pairCount);
int sct_system_wcwidth(uint32_t codepoint);
/* The program's widths as runs (the first code point of each, ascending from 0, and its
   width): once set, the program's wcwidth answers from them instead of the C library's,
   so ncursesw and the layout agree on every character whatever glibc's Unicode version. */
void sct_set_widths(const uint32_t *starts, const int8_t *widths, int count);
/* What ncursesw is told a code point's width is (the program's wcwidth). */
int sct_terminal_wcwidth(uint32_t codepoint);

/* Asks the terminal how wide it draws an ambiguous character: writes one at the start of
   the line, asks for the cursor position, and waits up to timeoutMs for the answer.
   Returns 1 or 2, or 0 when the terminal did not answer. */
int sct_probe_ambiguous_width(int inFd, int outFd, int timeoutMs);
#endif
