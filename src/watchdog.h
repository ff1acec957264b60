/*
 * watchdog.h — the last resort behind the per-call time limit.
 *
 * The count hook stops a plugin that runs past its time limit, but only
 * while Lua runs: a C function that does not come back (an LPeg grammar
 * that backtracks exponentially, lpeg.match running in C) never reaches
 * the hook.  A watchdog thread watches each armed slot; when a call is
 * still running WATCHDOG_GRACE seconds past its deadline it prints the
 * slot's note and ends the process with CB_EXIT_PLUGIN.  Outputs are
 * staged (atomic_file.c) and the archive is transactional, so the previous
 * briefing stays as it was and the archive consistent.
 */
#ifndef CB_WATCHDOG_H
#define CB_WATCHDOG_H

#define WATCHDOG_GRACE 2.0   /* seconds past the deadline, at most the limit */

/* A slot for one thread's calls (starting the watchdog thread the first
 * time); -1 when all are taken or the thread cannot start (the hook's own
 * limits still apply). */
int watchdog_slot(void);
void watchdog_release(int slot);

/* From now on, the process ends with `note` (a whole line; the caller keeps
 * it unchanged until watchdog_disarm) once the monotonic clock passes
 * `deadline`. */
void watchdog_arm(int slot, double deadline, const char *note);
void watchdog_disarm(int slot);

#endif
