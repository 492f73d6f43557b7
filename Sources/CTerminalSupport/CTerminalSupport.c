#define _GNU_SOURCE
#include "CTerminalSupport.h"
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <time.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

static struct termios saved_termios;
static int saved_fd = -1;
static char reset_bytes[512];
static int reset_length = 0;
static volatile sig_atomic_t restored = 0;
static int output_fd = STDOUT_FILENO;

void sct_set_output_fd(int fd) { output_fd = fd; }

void sct_save_terminal(int fd) {
    if (tcgetattr(fd, &saved_termios) == 0) saved_fd = fd;
}

void sct_set_reset_sequence(const char *bytes, int length) {
    if (length < 0) length = 0;
    if (length > (int)sizeof(reset_bytes)) length = (int)sizeof(reset_bytes);
    memcpy(reset_bytes, bytes, (size_t)length);
    reset_length = length;
    restored = 0;
}

void sct_restore_terminal(void) {
    if (restored) return;
    restored = 1;
    if (reset_length > 0) {
        ssize_t unused = write(output_fd, reset_bytes, (size_t)reset_length);
        (void)unused;
    }
    if (saved_fd >= 0) tcsetattr(saved_fd, TCSAFLUSH, &saved_termios);
}

/* ---- signals ----

   SIGINT, SIGTERM and SIGHUP ask the program to end. While the event loop listens, the
   handler only notes the signal and writes a byte to the wake-up pipe: the loop reads it
   as an event, leaves through its normal path (the reading state is saved, the terminal
   restored) and the program then ends by the same signal. Before the loop listens, or if
   it has not ended two seconds after the first such signal (it is stuck), the handler
   restores the terminal and ends the process by the signal at once. SIGQUIT always ends
   at once: it asks for a core dump, not a tidy exit. */

static const int ending_signals[] = { SIGTERM, SIGHUP, SIGQUIT, SIGINT };
static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT };
#define CRASH_COUNT (sizeof(crash_signals) / sizeof(crash_signals[0]))
static struct sigaction previous_crash[CRASH_COUNT];
static struct sigaction previous_resize;

static int wake_pipe[2] = { -1, -1 };
static volatile sig_atomic_t listening = 0;
static volatile sig_atomic_t pending_signal = 0;
/* When the first one came, in milliseconds on the monotonic clock (written before
   pending_signal, read only once pending_signal is set). */
static volatile long pending_since = 0;

/* clock_gettime is async-signal-safe. */
static long monotonic_milliseconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

void sct_end_by_signal(int sig) {
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, sig);
    signal(sig, SIG_DFL);
    sigprocmask(SIG_UNBLOCK, &only, NULL);
    raise(sig);
    /* A signal whose default is not to end the process: the shell's status all the same. */
    _exit(128 + sig);
}

static void on_ending_signal(int sig) {
    int saved = errno;
    if (listening && sig != SIGQUIT) {
        if (pending_signal == 0) {
            pending_since = monotonic_milliseconds();
            pending_signal = sig;
            sct_wake();
            errno = saved;
            return;
        }
        if (monotonic_milliseconds() - pending_since < 2000) { errno = saved; return; }
    }
    sct_restore_terminal();
    sct_end_by_signal(sig);
}

static void on_crash_signal(int sig, siginfo_t *info, void *context) {
    sct_restore_terminal();
    for (unsigned i = 0; i < CRASH_COUNT; i++) {
        if (crash_signals[i] != sig) continue;
        struct sigaction *before = &previous_crash[i];
        if (before->sa_flags & SA_SIGINFO) {
            if (before->sa_sigaction) { before->sa_sigaction(sig, info, context); return; }
        } else if (before->sa_handler != SIG_DFL && before->sa_handler != SIG_IGN) {
            before->sa_handler(sig);
            return;
        }
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

/* ncurses notes the new size in its own handler; this one also wakes the loop, so a resize
   is drawn at once rather than at the next key or timeout. */
static void on_resize_signal(int sig, siginfo_t *info, void *context) {
    int saved = errno;
    if (previous_resize.sa_flags & SA_SIGINFO) {
        if (previous_resize.sa_sigaction) previous_resize.sa_sigaction(sig, info, context);
    } else if (previous_resize.sa_handler != SIG_DFL && previous_resize.sa_handler != SIG_IGN) {
        previous_resize.sa_handler(sig);
    }
    sct_wake();
    errno = saved;
}

int sct_signal_ignored(int sig) {
    struct sigaction current;
    if (sigaction(sig, NULL, &current) != 0) return 0;
    return !(current.sa_flags & SA_SIGINFO) && current.sa_handler == SIG_IGN;
}

void sct_install_signal_handlers(void) {
    if (wake_pipe[0] < 0 && pipe2(wake_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        wake_pipe[0] = wake_pipe[1] = -1;
    }
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    sigemptyset(&action.sa_mask);
    action.sa_handler = on_ending_signal;
    /* Signals a parent left blocked (a supervisor, a test runner, `script` under one) would
       never reach these handlers: the program could then not be ended by SIGTERM or SIGHUP,
       nor told of a resize. The ones it handles are unblocked. */
    sigset_t handled;
    sigemptyset(&handled);
    sigaddset(&handled, SIGWINCH);
    sigaddset(&handled, SIGTSTP);
    sigaddset(&handled, SIGCONT);
    for (unsigned i = 0; i < sizeof(ending_signals) / sizeof(ending_signals[0]); i++) {
        /* A signal ignored when the program started (nohup, a background job) stays ignored. */
        if (sct_signal_ignored(ending_signals[i])) continue;
        sigaction(ending_signals[i], &action, NULL);
        sigaddset(&handled, ending_signals[i]);
    }
    struct sigaction crash;
    memset(&crash, 0, sizeof(crash));
    sigemptyset(&crash.sa_mask);
    crash.sa_sigaction = on_crash_signal;
    crash.sa_flags = SA_SIGINFO | SA_ONSTACK;
    for (unsigned i = 0; i < CRASH_COUNT; i++) {
        sigaction(crash_signals[i], &crash, &previous_crash[i]);
        sigaddset(&handled, crash_signals[i]);
    }
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
}

void sct_install_resize_wakeup(void) {
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    sigemptyset(&action.sa_mask);
    action.sa_sigaction = on_resize_signal;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigaction(SIGWINCH, &action, &previous_resize);
}

int sct_wake_descriptor(void) { return wake_pipe[0]; }

void sct_wake(void) {
    if (wake_pipe[1] < 0) return;
    int saved = errno;
    char byte = 1;
    ssize_t unused = write(wake_pipe[1], &byte, 1);  /* a full pipe already wakes the loop */
    (void)unused;
    errno = saved;
}

void sct_drain_wakeups(void) {
    if (wake_pipe[0] < 0) return;
    char buffer[64];
    while (read(wake_pipe[0], buffer, sizeof(buffer)) > 0) {}
}

void sct_listen_for_signals(int on) { listening = on ? 1 : 0; }

int sct_pending_signal(void) { return (int)pending_signal; }

/* ---- the widths ncursesw measures with ---- */

static int ambiguous_wide = 0;
static uint32_t *ambiguous_ranges = NULL;
static int ambiguous_pairs = 0;
typedef int (*wcwidth_fn)(wchar_t);

static wcwidth_fn system_wcwidth(void) {
    static wcwidth_fn real = NULL;
    if (!real) real = (wcwidth_fn)dlsym(RTLD_NEXT, "wcwidth");
    return real;
}

int sct_system_wcwidth(uint32_t codepoint) {
    wcwidth_fn real = system_wcwidth();
    return real ? real((wchar_t)codepoint) : -1;
}

void sct_set_ambiguous_wide(int on, const uint32_t *ranges, int pairCount) {
    free(ambiguous_ranges);
    ambiguous_ranges = NULL;
    ambiguous_pairs = 0;
    if (on && ranges && pairCount > 0) {
        ambiguous_ranges = malloc(sizeof(uint32_t) * 2 * (size_t)pairCount);
        if (ambiguous_ranges) {
            memcpy(ambiguous_ranges, ranges, sizeof(uint32_t) * 2 * (size_t)pairCount);
            ambiguous_pairs = pairCount;
        }
    }
    ambiguous_wide = on && ambiguous_pairs > 0;
}

static int is_ambiguous(uint32_t c) {
    int low = 0, high = ambiguous_pairs - 1;
    while (low <= high) {
        int mid = (low + high) / 2;
        if (c < ambiguous_ranges[2 * mid]) high = mid - 1;
        else if (c > ambiguous_ranges[2 * mid + 1]) low = mid + 1;
        else return 1;
    }
    return 0;
}

/* The program's own widths (DisplayWidth's table), once set: ncursesw then measures every
   character exactly as the layout did, whatever the C library's Unicode version. The
   Basic Multilingual Plane is spelled out; the rest is a binary search over the runs. */
static int8_t *bmp_widths = NULL;
static uint32_t *run_starts = NULL;
static int8_t *run_widths = NULL;
static int run_count = 0;

void sct_set_widths(const uint32_t *starts, const int8_t *widths, int count) {
    if (!starts || !widths || count <= 0 || starts[0] != 0) return;
    uint32_t *new_starts = malloc(sizeof(uint32_t) * (size_t)count);
    int8_t *new_widths = malloc((size_t)count);
    int8_t *new_bmp = malloc(0x10000);
    if (!new_starts || !new_widths || !new_bmp) {
        free(new_starts); free(new_widths); free(new_bmp);
        return;
    }
    memcpy(new_starts, starts, sizeof(uint32_t) * (size_t)count);
    memcpy(new_widths, widths, (size_t)count);
    for (int run = 0; run < count && new_starts[run] < 0x10000; run++) {
        uint32_t end = run + 1 < count && new_starts[run + 1] < 0x10000 ? new_starts[run + 1] : 0x10000;
        memset(new_bmp + new_starts[run], new_widths[run], end - new_starts[run]);
    }
    free(run_starts); free(run_widths); free(bmp_widths);
    run_starts = new_starts;
    run_widths = new_widths;
    bmp_widths = new_bmp;
    run_count = count;
}

static int table_width(uint32_t c) {
    if (c < 0x10000) return bmp_widths[c];
    if (c > 0x10FFFF) return -1;
    int low = 0, high = run_count - 1;
    while (low < high) {
        int mid = (low + high + 1) / 2;
        if (run_starts[mid] <= c) low = mid; else high = mid - 1;
    }
    return run_widths[low];
}

int sct_terminal_wcwidth(uint32_t codepoint) {
    int width = run_count > 0 ? table_width(codepoint) : sct_system_wcwidth(codepoint);
    if (ambiguous_wide && width == 1 && is_ambiguous(codepoint)) return 2;
    return width;
}

int wcwidth(wchar_t c) {
    return sct_terminal_wcwidth((uint32_t)c);
}

/* ---- the ambiguous-width probe ---- */

int sct_probe_ambiguous_width(int inFd, int outFd, int timeoutMs) {
    struct termios before, raw;
    if (!isatty(inFd) || !isatty(outFd) || tcgetattr(inFd, &before) != 0) return 0;
    raw = before;
    raw.c_lflag &= ~(ICANON | ECHO);
    raw.c_cc[VMIN] = 0;
    raw.c_cc[VTIME] = 0;
    if (tcsetattr(inFd, TCSANOW, &raw) != 0) return 0;
    /* CR, LEFT DOUBLE QUOTATION MARK (ambiguous), then "where is the cursor?" */
    static const char ask[] = "\r\xe2\x80\x9c\x1b[6n";
    ssize_t unused = write(outFd, ask, sizeof(ask) - 1);
    (void)unused;
    char reply[64];
    int length = 0, column = 0;
    struct pollfd waitFor = { .fd = inFd, .events = POLLIN };
    while (length < (int)sizeof(reply) - 1 && poll(&waitFor, 1, timeoutMs) > 0) {
        ssize_t n = read(inFd, reply + length, sizeof(reply) - 1 - (size_t)length);
        if (n <= 0) break;
        length += (int)n;
        reply[length] = 0;
        char *end = strchr(reply, 'R');
        char *semicolon = strrchr(reply, ';');
        if (end && semicolon && semicolon < end) { column = atoi(semicolon + 1); break; }
    }
    static const char erase[] = "\r   \r";
    unused = write(outFd, erase, sizeof(erase) - 1);
    (void)unused;
    tcsetattr(inFd, TCSANOW, &before);
    if (column == 3) return 2;
    if (column == 2) return 1;
    return 0;
}
