/*
 * plugin.h — finding, loading, validating and calling plugins.
 *
 * A stage's plugins are the .lua files in plugins/STAGE/, run in the byte
 * order of their names.  Each returns a manifest table {name, stage,
 * version, description, api, run}; a malformed one is refused with a
 * message naming its file, and the run goes on without it.
 */
#ifndef CB_PLUGIN_H
#define CB_PLUGIN_H

#include <stddef.h>

#include "host.h"

#define PLUGIN_API_VERSION 1

extern const char *const plugin_stages[]; /* NULL-terminated, in pipeline order */

typedef struct plugin {
    char *name, *stage, *version, *description, *file; /* owned */
    char *before, *after;  /* manifest ordering hints, owned, may be "" */
    int ref;      /* registry reference to the manifest table */
    int ctx_ref;  /* registry reference to this plugin's ctx */
    int enabled;  /* not listed in the configuration's disable */
    int trusted;  /* listed in trusted: no instruction or memory limit */
    int builtin;  /* from the built-in plugins/: no instruction budget */
} plugin;

typedef struct plugin_chain {
    plugin *v;
    size_t n;
} plugin_chain;

/* Loads the plugins of `stage` into chain: the built-in ones, then those in
 * the configuration's plugin_dirs, then $XDG_DATA_HOME/callbrief/plugins
 * (each DIR/STAGE/NAME.lua).  A plugin named like an earlier one replaces it;
 * others are added, placed by their manifest's before/after, then by the
 * configuration's order.  Refused plugins are reported (exit status
 * CB_EXIT_PLUGIN) and left out.  Returns the number loaded. */
size_t plugin_chain_load(host *h, const char *stage, plugin_chain *chain);
void plugin_chain_free(host *h, plugin_chain *chain);

/* Loads one plugin file, its stage taken from its manifest.  Returns 0, or
 * -1 after reporting why it was refused. */
int plugin_load_file(host *h, const char *file, plugin *p);

/* Adds p to chain (taking it over): it replaces a plugin of the same name,
 * else goes where its before/after say, else last. */
void plugin_chain_add(host *h, plugin_chain *chain, plugin p);

/* Calls p.run(value, ctx) with the value on top of h's stack.  On success
 * the top is replaced by the new value (the old one when run returned
 * nothing) and 0 is returned.  On failure the old value stays on top, the
 * error is reported naming the plugin, its file:line and `document` (may be
 * NULL), the exit status is raised to CB_EXIT_PLUGIN, and -1 is returned.
 * A disabled plugin is not called (0).  Unless trusted, the call runs under
 * the host's instruction and memory limits. */
int plugin_call(host *h, const plugin *p, const char *document);

/* Reports p's failure as plugin_call does: msg is a Lua error, "FILE:LINE:
 * text" or just text (then p's file is named); raises the exit status to
 * CB_EXIT_PLUGIN.  For a failure found after the call returned (a file the
 * plugin had made on a thread of its own, lua_pdf.c). */
void plugin_report_failure(const plugin *p, const char *document, const char *msg);

/* Counts `steps` units of work a C function did for the running plugin
 * (lua_pattern.c: pattern matching) as instructions, and raises the limit's
 * error in L when the budget or the wall-clock time is spent.  Does nothing
 * when no limits are on (a trusted plugin, the host's own work). */
void plugin_limits_charge(lua_State *L, long steps);

/* Seconds on the monotonic clock that time limits (and -v's stage
 * timings) are measured by. */
double plugin_clock(void);

#endif
