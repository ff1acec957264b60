/*
 * dirlist.h — the names in a directory, in byte order, so everything that
 * walks folders (inputs, plugins, data, archive signature, dated outputs)
 * does it in the same stable order.
 */
#ifndef CB_DIRLIST_H
#define CB_DIRLIST_H

#include <stddef.h>

/* Which names to keep; NULL keeps every name not starting with ".". */
typedef int (*dirlist_keep_fn)(const char *name, void *ud);

/* Sets *names to a malloc'ed array of malloc'ed names of dir's entries that
 * `keep` accepts, sorted with strcmp; returns their number, or -1 (errno
 * set) when dir cannot be read.  Free with dirlist_free. */
long dirlist_read(const char *dir, dirlist_keep_fn keep, void *ud, char ***names);

void dirlist_free(char **names, long n);

#endif
