/*
 * small_alloc.c — see small_alloc.h.
 */
#include "small_alloc.h"

#include <stdlib.h>
#include <string.h>

/* The class of a block of n bytes (1 <= n <= SMALL_ALLOC_MAX); its blocks
 * are all (class + 1) * SMALL_ALLOC_STEP bytes long. */
static size_t S_class(size_t n)
{
    return (n - 1) / SMALL_ALLOC_STEP;
}

static size_t S_bytes(size_t cls)
{
    return (cls + 1) * SMALL_ALLOC_STEP;
}

static void *S_take(small_alloc *a, size_t cls)
{
    void *p = a->free[cls];
    if (!p)
        return malloc(S_bytes(cls));
    memcpy(&a->free[cls], p, sizeof p);
    a->cached -= S_bytes(cls);
    return p;
}

static void S_give(small_alloc *a, void *p, size_t cls)
{
    if (!SMALL_ALLOC_CACHING || a->cached + S_bytes(cls) > SMALL_ALLOC_CACHED) {
        free(p);
        return;
    }
    memcpy(p, &a->free[cls], sizeof p);
    a->free[cls] = p;
    a->cached += S_bytes(cls);
}

void *small_alloc_resize_other(small_alloc *a, void *ptr, size_t osize, size_t nsize)
{
    int old_small = ptr && osize <= SMALL_ALLOC_MAX;
    if (nsize == 0) {
        if (old_small)
            S_give(a, ptr, S_class(osize));
        else
            free(ptr);
        return NULL;
    }
    if (nsize > SMALL_ALLOC_MAX) {
        if (!old_small)
            return realloc(ptr, nsize);
        void *p = malloc(nsize);
        if (p) {
            memcpy(p, ptr, osize);
            S_give(a, ptr, S_class(osize));
        }
        return p;
    }
    size_t cls = S_class(nsize);
    if (old_small && S_class(osize) == cls)
        return ptr;
    void *p = S_take(a, cls);
    if (p && ptr) {
        memcpy(p, ptr, osize < nsize ? osize : nsize);
        if (old_small)
            S_give(a, ptr, S_class(osize));
        else
            free(ptr);
    }
    return p;
}

void small_alloc_drain(small_alloc *a)
{
    for (size_t c = 0; c < SMALL_ALLOC_CLASSES; c++) {
        void *p = a->free[c];
        while (p) {
            void *next;
            memcpy(&next, p, sizeof next);
            free(p);
            p = next;
        }
        a->free[c] = NULL;
    }
    a->cached = 0;
}
