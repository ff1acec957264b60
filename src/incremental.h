/*
 * incremental.h — how a run uses the archive (archive.h): cached
 * extractions for documents it has seen, the previous briefing's calls to
 * mark what is new, and a record of each briefing written.
 *
 * Cached extractions are keyed by the document's content and a signature
 * of everything that decides what source + extract produce: the version,
 * the plugins of those stages (names, versions, file contents), the Lua
 * libraries and data, and the configuration file.  Change any and every
 * document is read again.
 */
#ifndef CB_INCREMENTAL_H
#define CB_INCREMENTAL_H

#include "host.h"
#include "inputs.h"
#include "plugin.h"

typedef struct incremental incremental;

/* Opens the archive at path for host h, whose source and extract chains
 * are given.  NULL after reporting why; *locked tells a lock apart from a
 * broken archive. */
incremental *incremental_open(host *h, const char *path, const plugin_chain *source,
                              const plugin_chain *extract, int *locked);
void incremental_close(incremental *inc);

/* From now on the archive works with h's Lua state (the pipeline moved the
 * briefing to a new state); inc may be NULL. */
void incremental_rehost(incremental *inc, host *h);

/* For input e: 1 with the cached extractions pushed as a list, or 0 (miss,
 * nothing pushed). */
int incremental_lookup(incremental *inc, const input_entry *e);

/* Stores the extractions of input e: the list table at stack index idx,
 * entries first..last (1-based, inclusive). */
void incremental_store(incremental *inc, const input_entry *e, int idx, long first, long last);

/* The same from those extractions already encoded, a MessagePack array
 * (cb_msgpack_join); the first of them is at index first of the list at
 * idx. */
void incremental_store_packed(incremental *inc, const input_entry *e, int idx, long first,
                              const char *bytes, size_t len);

/* Pushes the calls of the previous briefing written to out_dir (before
 * `generated`), or nil. */
void incremental_push_previous(incremental *inc, const char *out_dir, const char *generated);

/* Records the briefing whose Lua value is on top of the stack. */
void incremental_record(incremental *inc, const char *out_dir);

#endif
