/*
 * parallel.c — the worker pool.  It owns only its threads; states belong to
 * init/fini, results to the caller's slots.
 */
#include "parallel.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

typedef struct pool {
    size_t n_items;
    atomic_size_t next;
    parallel_init_fn init;
    parallel_work_fn work;
    parallel_fini_fn fini;
    void *ud;
} pool;

static void *S_worker(void *arg)
{
    pool *p = arg;
    void *state = p->init(p->ud);
    if (!state)
        return NULL;
    size_t i;
    while ((i = atomic_fetch_add(&p->next, 1)) < p->n_items)
        p->work(state, i, p->ud);
    p->fini(state);
    return NULL;
}

int parallel_run(size_t n_items, int jobs, parallel_init_fn init, parallel_work_fn work,
                 parallel_fini_fn fini, void *ud)
{
    if (n_items == 0)
        return 0;
    if (jobs < 1)
        jobs = 1;
    if ((size_t)jobs > n_items)
        jobs = (int)n_items;
    pool p = { .n_items = n_items, .init = init, .work = work, .fini = fini, .ud = ud };
    atomic_init(&p.next, 0);
    pthread_t *threads = calloc((size_t)jobs, sizeof *threads);
    if (!threads)
        return -1;
    int started = 0;
    for (int i = 0; i < jobs; i++)
        if (pthread_create(&threads[started], NULL, S_worker, &p) == 0)
            started++;
    for (int i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    free(threads);
    if (started == 0)
        return -1;
    /* Items left over if every worker failed to initialise: done here. */
    return atomic_load(&p.next) >= n_items ? 0 : -1;
}
