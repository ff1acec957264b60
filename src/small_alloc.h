/*
 * small_alloc.h — a cache of freed small blocks in front of malloc, for
 * one Lua state's allocator (host.c).
 *
 * Lua allocates and frees many small blocks (strings, tables, their
 * parts, closures): extraction makes thousands a document and the
 * collector frees them in bursts, more than glibc's per-thread cache
 * holds, so most went through malloc's bins (a tenth of extraction's
 * instructions).  Here a freed block of at most SMALL_ALLOC_MAX bytes goes
 * on a list of its size class (16, 32, ... bytes) and the next allocation
 * of that class takes it back.  Lua tells the size of every block it frees
 * or resizes, so blocks need no header.
 *
 * Ownership: the cache owns the blocks on its lists, up to
 * SMALL_ALLOC_CACHED bytes (past that, a freed block goes back to free());
 * small_alloc_drain frees them all.  One cache serves one thread at a time.
 * Under AddressSanitizer nothing is cached, so it still sees every block.
 * Under jemalloc, whose per-thread cache does the same, the host does not
 * use it at all (host.c, heap.h).
 */
#ifndef CB_SMALL_ALLOC_H
#define CB_SMALL_ALLOC_H

#include <stddef.h>
#include <string.h>

#define SMALL_ALLOC_STEP 16
#define SMALL_ALLOC_CLASSES 16
#define SMALL_ALLOC_MAX (SMALL_ALLOC_STEP * SMALL_ALLOC_CLASSES)
#define SMALL_ALLOC_CACHED (8u * 1024u * 1024u)

/* Under AddressSanitizer nothing is cached. */
#if defined(__SANITIZE_ADDRESS__)
#define SMALL_ALLOC_CACHING 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SMALL_ALLOC_CACHING 0
#endif
#endif
#ifndef SMALL_ALLOC_CACHING
#define SMALL_ALLOC_CACHING 1
#endif

typedef struct small_alloc {
    void *free[SMALL_ALLOC_CLASSES];   /* a list per class, linked through
                                          each block's first bytes */
    size_t cached;                      /* bytes on the lists */
} small_alloc;

/* small_alloc_resize's cases other than a new small block and a small
 * block freed (what Lua asks for most): its definition is in
 * small_alloc.c. */
void *small_alloc_resize_other(small_alloc *a, void *ptr, size_t osize, size_t nsize);

/* realloc for a block of osize bytes (ptr NULL: a new one; nsize 0: free
 * it): returns the block of nsize bytes, ptr itself when it has the size
 * class already, or NULL (nsize 0, or out of memory: ptr is then kept).
 * The two commonest cases are here, inline, when they find a cached block
 * or room for one. */
static inline void *small_alloc_resize(small_alloc *a, void *ptr, size_t osize, size_t nsize)
{
    if (!ptr && nsize && nsize <= SMALL_ALLOC_MAX) {
        size_t cls = (nsize - 1) / SMALL_ALLOC_STEP;
        void *p = a->free[cls];
        if (p) {
            memcpy(&a->free[cls], p, sizeof p);
            a->cached -= (cls + 1) * SMALL_ALLOC_STEP;
            return p;
        }
    } else if (ptr && nsize == 0 && osize <= SMALL_ALLOC_MAX && SMALL_ALLOC_CACHING) {
        size_t cls = (osize - 1) / SMALL_ALLOC_STEP, bytes = (cls + 1) * SMALL_ALLOC_STEP;
        if (a->cached + bytes <= SMALL_ALLOC_CACHED) {
            memcpy(ptr, &a->free[cls], sizeof ptr);
            a->free[cls] = ptr;
            a->cached += bytes;
            return NULL;
        }
    }
    return small_alloc_resize_other(a, ptr, osize, nsize);
}

/* Frees every cached block. */
void small_alloc_drain(small_alloc *a);

#endif
