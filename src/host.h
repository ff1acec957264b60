/*
 * host.h — the Lua state callbrief runs plugins in, and where it finds its
 * run-time files (plugins/, lua/, templates/, data/).
 */
#ifndef CB_HOST_H
#define CB_HOST_H

#include <stddef.h>

#include <lua.h>

#include "atomic_file.h"
#include "cli.h"
#include "small_alloc.h"

typedef struct host {
    lua_State *L;
    char *datadir;            /* owned */
    const cli_options *opt;   /* borrowed */
    atomic_set *out;          /* set during the render stage, else NULL */
    int out_failed;           /* an output file could not be written */
    const char *out_dir;      /* where this run writes (opt->output_dir, or a
                                 dated folder in it); borrowed */
    size_t mem_used;          /* bytes allocated by the state */
    small_alloc small;        /* its freed small blocks, for reuse */
    int small_direct;         /* 1: malloc's own cache serves, not small */
    size_t mem_cap;           /* allocations past this fail; 0 = no cap */
    long long instr_left;     /* instructions left in the current call */
    int budgeted;             /* the current call counts instructions */
    long long limit_instructions; /* per plugin call (sandboxed plugins) */
    size_t limit_memory;      /* bytes per plugin call (sandboxed plugins) */
    double limit_seconds;     /* wall-clock seconds per plugin call, 0 = none */
    double deadline;          /* monotonic time the current call must end by */
    int watchdog_slot;        /* watchdog.h; -1 = none */
    char watchdog_note[1024]; /* what the watchdog prints for the current call */
} host;

#define HOST_DEFAULT_INSTRUCTIONS 2000000000LL
#define HOST_DEFAULT_MEMORY (1024u * 1024u * 1024u)
#define HOST_DEFAULT_SECONDS 60

/* The directory holding plugins/, lua/, templates/ and data/:
 * $CALLBRIEF_DATADIR, else the source tree when the program runs from its
 * build tree, else the installed $(pkgdatadir).  Caller frees. */
char *host_find_datadir(void);

/* A new host with its state ready for sandboxes.  Returns NULL with a
 * message in err.  The host keeps a pointer to opt. */
host *host_new(const cli_options *opt, char *err, size_t errlen);
void host_free(host *h);

/* Closes h's Lua state (h->L becomes NULL); the rest of h stays for
 * host_free. */
void host_close_state(host *h);

/* The host owning state L. */
host *host_of(lua_State *L);

/* ctx.data(rel) and ctx.data_list(reldir), as lua_CFunctions: the first
 * data folder holding rel (host_data_dirs); each answer is noted for the
 * persisted ctx.shared build running on this thread (shared_disk.h). */
int host_ctx_data(lua_State *L);
int host_ctx_data_list(lua_State *L);

/* Pushes the ctx table for plugin `plugin` of `stage` (see
 * doc/plugins.md). */
void host_push_ctx(host *h, const char *stage, const char *plugin);

/* The run's generated date, "YYYY-MM-DD" (SOURCE_DATE_EPOCH, else
 * today, UTC); buf holds 16 bytes. */
void host_generated(host *h, char *buf);

/* The label of this run's dated output folder: the ISO week asked for,
 * "FROM_TO" for a period, else the generated date.  buf holds 32 bytes. */
void host_label(host *h, char *buf);

/* The period the options ask for (--since/--until, --week, --period):
 * from and to "YYYY-MM-DD", or "" at an open end (both "" without one). */
struct period;
void host_period(host *h, struct period *p);

/* The current plugin and document, for diagnostics raised from Lua. */
void host_set_current(host *h, const char *plugin, const char *document);
const char *host_current_plugin(lua_State *L);
const char *host_current_document(lua_State *L);

/* Replaces the value on top of the stack by its JSON text (sorted keys;
 * indent > 0 pretty-prints).  Returns 0, or -1 with the error message on
 * top instead. */
int host_json_encode(host *h, int indent);

/* Pushes the value of JSON text s (chunk names it in errors).  Returns 0,
 * or -1 with the error message pushed instead. */
int host_json_decode(host *h, const char *s, size_t len, const char *chunk);

/* Fills dirs with the data folders, first match wins: the configuration's
 * data_dirs, $XDG_DATA_HOME/callbrief/data, the built-in data/.  Returns
 * how many (at most max, which must be at least 2). */
int host_data_dirs(host *h, char dirs[][4096], int max);

/* Reads a whole file into a malloc'ed NUL-terminated buffer; NULL with
 * err set on failure. */
char *host_read_file(const char *path, size_t *len, char *err, size_t errlen);

#endif
