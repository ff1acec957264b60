/*
 * outdir.c — the latest symlink and pruning of dated output folders.
 * Nothing here allocates beyond the directory listing it frees.
 */
#include "outdir.h"
#include "dirlist.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* YYYY-MM-DD, YYYY-Www or YYYY-MM-DD_YYYY-MM-DD (open ends as "...") */
int outdir_is_label(const char *s)
{
    static const char *const shapes[] = {
        "dddd-dd-dd", "dddd-Wdd", "dddd-dd-dd_dddd-dd-dd", "..._dddd-dd-dd", "dddd-dd-dd_..."
    };
    for (size_t k = 0; k < sizeof shapes / sizeof *shapes; k++) {
        const char *p = shapes[k];
        size_t i = 0;
        for (; p[i] && s[i]; i++)
            if (p[i] == 'd' ? (s[i] < '0' || s[i] > '9') : p[i] != s[i])
                break;
        if (!p[i] && !s[i])
            return 1;
    }
    return 0;
}

static int S_remove_tree(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return unlink(path);
    struct dirent *e;
    char child[4200];
    while ((e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(child, sizeof child, "%s/%s", path, e->d_name);
        struct stat st;
        if (lstat(child, &st) == 0 && S_ISDIR(st.st_mode))
            S_remove_tree(child);   /* depth is 1: briefings hold no folders */
        else
            unlink(child);
    }
    closedir(d);
    return rmdir(path);
}

static int S_label(const char *name, void *ud)
{
    (void)ud;
    return outdir_is_label(name);
}

static void S_prune(const char *base, int keep)
{
    char **names;
    long n = dirlist_read(base, S_label, NULL, &names);
    for (long i = 0; i + keep < n; i++) {
        char path[4200];
        snprintf(path, sizeof path, "%s/%s", base, names[i]);
        S_remove_tree(path);
    }
    if (n >= 0)
        dirlist_free(names, n);
}

/* ".NAME.XXXXXX" as mkstemp makes them for atomic_file.c */
static int S_is_temporary(const char *name)
{
    size_t n = strlen(name);
    if (name[0] != '.' || n < 9 || name[n - 7] != '.')
        return 0;
    for (size_t i = n - 6; i < n; i++)
        if (!((name[i] >= 'a' && name[i] <= 'z') || (name[i] >= 'A' && name[i] <= 'Z') ||
              (name[i] >= '0' && name[i] <= '9')))
            return 0;
    return 1;
}

void outdir_clean_temporaries(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    char path[4200];
    while ((e = readdir(d)))
        if (S_is_temporary(e->d_name)) {
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            unlink(path);
        }
    closedir(d);
}

int outdir_publish(const char *base, const char *label, int keep, char *err, size_t errlen)
{
    char tmp[4200], latest[4200];
    snprintf(tmp, sizeof tmp, "%s/.latest.%ld", base, (long)getpid());
    snprintf(latest, sizeof latest, "%s/latest", base);
    unlink(tmp);
    if (symlink(label, tmp) < 0 || rename(tmp, latest) < 0) {
        snprintf(err, errlen, "%s: cannot point 'latest' at %s: %s", base, label, strerror(errno));
        unlink(tmp);
        return -1;
    }
    if (keep > 0)
        S_prune(base, keep);
    return 0;
}
