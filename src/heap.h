/*
 * heap.h — giving freed memory back to the system at the points of a run
 * where a large part of the heap has just been freed (a closed Lua state,
 * a typeset document), with whichever malloc the program runs on.
 */
#ifndef CB_HEAP_H
#define CB_HEAP_H

/* jemalloc (linked into callbrief unless configured --without-jemalloc):
 * purges every arena's unused pages; glibc's malloc: malloc_trim(0). */
void heap_trim(void);

/* Whether the malloc keeps freed small blocks for reuse per thread as the
 * host's own cache would (jemalloc's tcache): 1 under jemalloc, where that
 * cache only adds work (small_alloc.h). */
int heap_caches_small_blocks(void);

#endif
