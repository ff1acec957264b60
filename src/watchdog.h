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
 *
 * The watchdog also nudges: at a deadline it interrupts the thread that
 * armed the slot with a signal, as lua.c stops a script on Ctrl-C.  The
 * built-in plugins run without the count hook (it traps every VM
 * instruction, a seventh of their time); the nudge sets the hook when
 * their time is up, so they stop with the same message as the others.
 */
#ifndef CB_WATCHDOG_H
#define CB_WATCHDOG_H

#define WATCHDOG_GRACE 2.0   /* seconds past the deadline, at most the limit */

/* The grace a call of `limit` seconds gets past its deadline. */
static inline double watchdog_grace(double limit)
{
    return limit < WATCHDOG_GRACE ? limit : WATCHDOG_GRACE;
}

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

/* Once the clock passes `when`, calls fn(arg) on this thread, in signal
 * context (async-signal-safe work only: lua_sethook is), at most once.
 * watchdog_disarm cancels it; fn never runs after disarm returns.
 * Returns 0, or -1 when there is no watchdog to nudge (slot -1). */
int watchdog_nudge(int slot, double when, void (*fn)(void *), void *arg);

#endif
