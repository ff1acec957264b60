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

/* For input e: 1 with the cached extractions pushed as a list, 0 (miss,
 * nothing pushed), or 2 when the period prefilter is on and e's documents
 * cannot bring a call into the period: nothing pushed, e kept for
 * incremental_settle_period. */
int incremental_lookup(incremental *inc, const input_entry *e);

/* Stores the extractions of input e: the list table at stack index idx,
 * entries first..last (1-based, inclusive), and what they reach (a
 * period's run reads this instead of decoding them: lua/reach.lua). */
void incremental_store(incremental *inc, const input_entry *e, int idx, long first, long last);

/* The same from those extractions already encoded, a MessagePack array
 * (cb_msgpack_join); the first of them is at index first of the list at
 * idx, the last at its end. */
void incremental_store_packed(incremental *inc, const input_entry *e, int idx, long first,
                              const char *bytes, size_t len);

/* The period prefilter: for a run over a period (host_period) whose link
 * chain is one lua/reach.lua knows (reach.usable: the built-in plugins at
 * the versions it was written against), incremental_lookup leaves the
 * inputs outside the period unread.  Says why not with -v.  Returns
 * whether it is on. */
int incremental_use_period(incremental *inc, const plugin_chain *link);

/* Ends the period prefilter (turns it off) once every input was looked up
 * and the new ones extracted and stored: fills `need` (its array
 * malloc'ed, the entries not owning their strings) with the inputs left
 * unread that must be read after all, those that may hold a call of the
 * people of a document taken with an undated call with partial facts (a
 * weekday, a day and month, which 30-merge may join to a call of any
 * date: reach.relevant); pushes the list of {id, published} of the
 * documents of the others, or nil when there are none, and returns how
 * many inputs those are. */
long incremental_settle_period(incremental *inc, input_list *need);

/* Pushes the calls of the previous briefing written to out_dir (before
 * `generated`), or nil. */
void incremental_push_previous(incremental *inc, const char *out_dir, const char *generated);

/* Records the briefing whose Lua value is on top of the stack. */
void incremental_record(incremental *inc, const char *out_dir);

#endif
