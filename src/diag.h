/*
 * diag.h — diagnostics on stderr and the run's exit status.
 *
 * Every message reads "callbrief: FILE[:LINE]: message" (or "callbrief:
 * message" when no file is concerned), like GNU tools.  Warnings are also
 * kept, in order, so the briefing can list them in its appendix.
 */
#ifndef CB_DIAG_H
#define CB_DIAG_H

#include <stddef.h>

/* Exit statuses, documented in --help and callbrief(1).  When several apply,
 * the highest number wins, except that CB_EXIT_NOTHING overrides the rest. */
enum cb_exit {
    CB_EXIT_OK = 0,       /* the briefing was written from every input */
    CB_EXIT_NOTHING = 1,  /* nothing could be produced */
    CB_EXIT_USAGE = 2,    /* bad command line */
    CB_EXIT_INPUT = 3,    /* some inputs unusable; briefing written from the rest */
    CB_EXIT_PLUGIN = 4,   /* a plugin failed; its output for that input is missing */
    CB_EXIT_LOCKED = 5    /* another run holds the output directory */
};

enum diag_level { DIAG_ERROR, DIAG_WARN, DIAG_INFO, DIAG_DEBUG };

/* -1 quiet (errors only), 0 normal (errors and warnings), 1 verbose (info),
 * 2 debug. */
void diag_set_verbosity(int verbosity);
int diag_verbosity(void);

/* Prints "callbrief: FILE:LINE: [plugin NAME: ]message" at `level` (file may
 * be NULL, line <= 0 leaves it out, plugin may be NULL) and, for errors and
 * warnings, records it for the briefing. */
void diag_report(enum diag_level level, const char *file, long line,
                 const char *plugin, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

#define diag_error(file, line, ...) diag_report(DIAG_ERROR, (file), (line), NULL, __VA_ARGS__)
#define diag_warn(file, line, ...)  diag_report(DIAG_WARN, (file), (line), NULL, __VA_ARGS__)
#define diag_info(file, line, ...)  diag_report(DIAG_INFO, (file), (line), NULL, __VA_ARGS__)

/* The recorded errors and warnings, oldest first.  Owned by diag. */
typedef struct diag_record {
    enum diag_level level;
    char *file;     /* may be NULL */
    long line;      /* <= 0: none */
    char *plugin;   /* may be NULL */
    char *message;
} diag_record;

size_t diag_count(void);
const diag_record *diag_get(size_t i);

/* Raise the run's exit status to `code` (see enum cb_exit). */
void diag_status(enum cb_exit code);
enum cb_exit diag_exit_status(void);

/* When `defer` is set (stderr is not a terminal and no -v/-q was given),
 * warnings are kept but not printed, so a run that succeeds is quiet (as
 * cron wants); diag_flush_deferred() prints them when the run fails. */
void diag_set_deferred(int defer);
void diag_flush_deferred(void);

/* A progress line on stderr ("reading 12/360"), for terminals only: start
 * with the total, tick from any thread, done clears the line. */
void diag_progress_start(const char *what, size_t total);
void diag_progress_tick(void);
void diag_progress_done(void);

/* Worker threads capture their diagnostics per unit of work; the main
 * thread replays them in input order, so messages, the briefing's warnings
 * and the exit status do not depend on which thread finished first. */
typedef struct diag_capture diag_capture;

/* From now on this thread's diagnostics and status go to a new capture. */
void diag_capture_start(void);
/* Stops capturing on this thread and returns what was captured (the
 * caller owns it: replay or free it). */
diag_capture *diag_capture_stop(void);
/* Reports everything captured as if it happened now, then frees it. */
void diag_replay(diag_capture *c);
void diag_capture_free(diag_capture *c);

/* Forget records and status (tests, and a fresh run in one process). */
void diag_reset(void);

#endif
