/*
 * heap.c — see heap.h.
 *
 * The callbrief binary links jemalloc (configure.ac); the unit tests and
 * the fuzz targets, built from the same library, run on glibc's malloc or
 * a sanitizer's.  So jemalloc's control function is found at run time, a
 * weak reference that is null when jemalloc is not linked in.
 */
#include "heap.h"

#include <malloc.h>
#include <stddef.h>

/* jemalloc's, when linked (the Debian build has no prefix) */
extern int mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen)
    __attribute__((weak));

/* MALLCTL_ARENAS_ALL of jemalloc 5 */
#define S_ALL_ARENAS "4096"

void heap_trim(void)
{
    if (mallctl)
        mallctl("arena." S_ALL_ARENAS ".purge", NULL, NULL, NULL, 0);
    else
        malloc_trim(0);
}

int heap_caches_small_blocks(void)
{
    return mallctl != NULL;
}
