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
    int ref;      /* registry reference to the manifest table */
    int ctx_ref;  /* registry reference to this plugin's ctx */
} plugin;

typedef struct plugin_chain {
    plugin *v;
    size_t n;
} plugin_chain;

/* Loads the plugins of `stage` from h's datadir into chain.  Refused plugins
 * are reported (exit status CB_EXIT_PLUGIN) and left out.  Returns the
 * number loaded. */
size_t plugin_chain_load(host *h, const char *stage, plugin_chain *chain);
void plugin_chain_free(host *h, plugin_chain *chain);

/* Calls p.run(value, ctx) with the value on top of h's stack.  On success
 * the top is replaced by the new value (the old one when run returned
 * nothing) and 0 is returned.  On failure the old value stays on top, the
 * error is reported naming the plugin, its file:line and `document` (may be
 * NULL), the exit status is raised to CB_EXIT_PLUGIN, and -1 is returned. */
int plugin_call(host *h, const plugin *p, const char *document);

#endif
