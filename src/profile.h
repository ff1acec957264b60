/*
 * profile.h — a sampling profiler for plugins and Lua libraries, for
 * plugin writers and for us: CALLBRIEF_PROFILE=FILE callbrief -j 1 ...
 * writes FILE with where the run's Lua time went.
 *
 * Every millisecond of CPU time (SIGPROF) the handler asks Lua for a hook
 * on the next instruction (lua_sethook is safe in a signal handler); the
 * hook counts the running line and each function on the stack, then puts
 * back the hook that was there (the plugin limits').  Time spent in a C
 * function (a pattern match, JSON encoding) falls on the Lua line that
 * called it.  Each thread samples its own state (profile_attach); the
 * counts of all are added up.
 */
#ifndef CB_PROFILE_H
#define CB_PROFILE_H

#include <lua.h>

/* Starts sampling L when $CALLBRIEF_PROFILE names a file; 0 when it does
 * not, -1 with a message in err when the timer cannot be set. */
int profile_start(lua_State *L, char *err, size_t errlen);

/* Samples L on the calling thread (host_new), when profiling. */
void profile_attach(lua_State *L);
/* Stops sampling L (host_free). */
void profile_detach(lua_State *L);

/* Stops sampling and writes the report; -1 with a message in err when the
 * file cannot be written.  Does nothing when profile_start did not start. */
int profile_finish(char *err, size_t errlen);

#endif
