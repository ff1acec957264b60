/*
 * parallel.h — a fixed pool of worker threads over numbered items.
 *
 * Each worker gets its own state from `init` (callbrief gives each one its
 * own Lua state), takes the next item number from a shared counter, and
 * writes what it made into that item's slot; the caller then reads the
 * slots in item order, so the result does not depend on scheduling.
 */
#ifndef CB_PARALLEL_H
#define CB_PARALLEL_H

#include <stddef.h>

typedef void *(*parallel_init_fn)(void *ud);              /* NULL: this worker stops */
typedef void (*parallel_work_fn)(void *state, size_t item, void *ud);
typedef void (*parallel_fini_fn)(void *state);
typedef void (*parallel_take_fn)(size_t item, void *ud);

/* Runs work(state, i, ud) for every i < n_items on `jobs` threads (at
 * least 1, at most n_items).  With `take`, the calling thread meanwhile
 * calls take(i, ud) for each item in order as soon as it is done, so the
 * results are consumed (and their memory freed) while the workers go on.
 * Returns 0, or -1 if no worker could start; then nothing was taken. */
int parallel_run(size_t n_items, int jobs, parallel_init_fn init, parallel_work_fn work,
                 parallel_fini_fn fini, parallel_take_fn take, void *ud);

#endif
