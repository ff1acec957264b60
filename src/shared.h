/*
 * shared.h — values built once per run and shared by all its Lua states.
 *
 * A run has several Lua states: one per extraction worker, the corpus's
 * (link) and the briefing's (compare, render).  Some values are built in
 * each of them from the same data files: the gazetteer's index of people,
 * countries and offices costs 0.13-0.15 s of CPU a state (a weekly run
 * built it twice: a third of its CPU).  ctx.shared(key, build) builds such a value in the first
 * state that asks and keeps it packed (lua_pack.c) here; the others
 * unpack it (the gazetteer: built in 0.13-0.15 s, packed in 0.03 s,
 * unpacked in 0.03 s).
 *
 * The store is process-wide and guarded by a mutex (worker threads ask at
 * the same time).  While one state builds a value, the others asking for
 * its key wait and then unpack it (two workers starting together built
 * the gazetteer twice).  Keys are kept as their SHA-256.  What it holds is freed
 * by shared_clear, which runs when no Lua state does: after compare
 * (nothing later builds such values, and the PDF's peak is the run's);
 * a run that ends before (callbrief extract) leaves them to the exit.
 */
#ifndef CB_SHARED_H
#define CB_SHARED_H

#include <lua.h>
#include <stddef.h>

/* Frees every stored value. */
void shared_clear(void);

/* The bytes the store may hold in all (SHARED_MAX_BYTES unless set):
 * past it a value is returned to the state that built it but not kept,
 * since the store is outside every plugin's memory limit.  The
 * gazetteer's index packs into 2.7 MB.  A limit of 0 (a run of one
 * state, `callbrief extract -j 1`) packs nothing. */
enum { SHARED_MAX_BYTES = 64 << 20 };
void shared_set_limit(size_t bytes);

/* The ctx.shared(key, build) function of plugins' contexts. */
int shared_ctx_function(lua_State *L);

#endif
