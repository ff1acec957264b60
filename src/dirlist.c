/*
 * dirlist.c — sorted directory listings.  The caller owns the array and
 * each name (dirlist_free).
 */
#include "dirlist.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

static int S_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

long dirlist_read(const char *dir, dirlist_keep_fn keep, void *ud, char ***names)
{
    *names = NULL;
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    char **v = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (keep ? !keep(e->d_name, ud) : e->d_name[0] == '.')
            continue;
        if (n == cap) {
            char **nv = realloc(v, (cap = cap ? 2 * cap : 32) * sizeof *nv);
            if (!nv)
                break;
            v = nv;
        }
        if ((v[n] = strdup(e->d_name)))
            n++;
    }
    closedir(d);
    if (n > 1)
        qsort(v, n, sizeof *v, S_cmp);
    *names = v;
    return (long)n;
}

void dirlist_free(char **names, long n)
{
    for (long i = 0; i < n; i++)
        free(names[i]);
    free(names);
}
