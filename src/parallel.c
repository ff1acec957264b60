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
    /* for take: which items are done, and how many workers still run */
    pthread_mutex_t lock;
    pthread_cond_t changed;
    unsigned char *done;
    int live;
} pool;

static void S_signal(pool *p, size_t item, int leaving)
{
    pthread_mutex_lock(&p->lock);
    if (leaving)
        p->live--;
    else
        p->done[item] = 1;
    pthread_cond_signal(&p->changed);
    pthread_mutex_unlock(&p->lock);
}

static void *S_worker(void *arg)
{
    pool *p = arg;
    void *state = p->init(p->ud);
    size_t i;
    while (state && (i = atomic_fetch_add(&p->next, 1)) < p->n_items) {
        p->work(state, i, p->ud);
        if (p->done)
            S_signal(p, i, 0);
    }
    if (state)
        p->fini(state);
    if (p->done)
        S_signal(p, 0, 1);
    return NULL;
}

/* On the calling thread: take(i) for each item in order once it is done.
 * Returns the number taken (short only when every worker is gone). */
static size_t S_take_in_order(pool *p, parallel_take_fn take)
{
    size_t i;
    for (i = 0; i < p->n_items; i++) {
        pthread_mutex_lock(&p->lock);
        while (!p->done[i] && p->live > 0)
            pthread_cond_wait(&p->changed, &p->lock);
        int done = p->done[i];
        pthread_mutex_unlock(&p->lock);
        if (!done)
            break;
        take(i, p->ud);
    }
    return i;
}

int parallel_run(size_t n_items, int jobs, parallel_init_fn init, parallel_work_fn work,
                 parallel_fini_fn fini, parallel_take_fn take, void *ud)
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
    if (take && !(p.done = calloc(n_items, 1))) {
        free(threads);
        return -1;
    }
    pthread_mutex_init(&p.lock, NULL);
    pthread_cond_init(&p.changed, NULL);
    int started = 0;
    p.live = jobs;   /* before any worker can leave */
    for (int i = 0; i < jobs; i++)
        if (pthread_create(&threads[started], NULL, S_worker, &p) == 0)
            started++;
    if (take) {
        pthread_mutex_lock(&p.lock);
        p.live -= jobs - started;
        pthread_mutex_unlock(&p.lock);
    }
    size_t taken = take && started ? S_take_in_order(&p, take) : 0;
    for (int i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    free(threads);
    free(p.done);
    pthread_mutex_destroy(&p.lock);
    pthread_cond_destroy(&p.changed);
    if (started == 0 || (take && taken < n_items))
        return -1;
    /* Items left over if every worker failed to initialise: done here. */
    return atomic_load(&p.next) >= n_items ? 0 : -1;
}
