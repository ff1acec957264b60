/*
 * atomic_file.c — temporary file, fsync, rename.  The set owns its strings
 * and unlinks temporaries it still holds when freed.
 */
#include "atomic_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct staged {
    char *name;   /* final name in dir */
    char *temp;   /* temporary path, NULL once renamed */
    char *owner;  /* may be NULL */
} staged;

struct atomic_set {
    char *dir;
    staged *files;
    size_t count, cap;
};

int atomic_file_name_ok(const char *name)
{
    return name && *name && !strchr(name, '/') && strcmp(name, ".") != 0 &&
           strcmp(name, "..") != 0 && name[0] != '.';
}

static char *S_join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s", dir, name);
    return p;
}

static int S_fsync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return -1;
    int rc = fsync(fd);
    close(fd);
    return rc;
}

static int S_write_all(int fd, const void *data, size_t len)
{
    const char *p = data;
    while (len > 0) {
        ssize_t w = write(fd, p, len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += w;
        len -= (size_t)w;
    }
    return 0;
}

/* Writes the pieces, in order, to a new temporary "DIR/.NAME.XXXXXX";
 * returns its path (caller frees) or NULL with err set. */
static char *S_write_temp(const char *dir, const char *name, const atomic_piece *piece,
                          size_t npieces, char *err, size_t errlen)
{
    size_t n = strlen(dir) + strlen(name) + 16;
    char *temp = malloc(n);
    if (!temp) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    snprintf(temp, n, "%s/.%s.XXXXXX", dir, name);
    int fd = mkstemp(temp);
    if (fd < 0) {
        snprintf(err, errlen, "%s: cannot create file: %s", dir, strerror(errno));
        free(temp);
        return NULL;
    }
    int bad = 0;
    for (size_t i = 0; i < npieces && !bad; i++)
        bad = S_write_all(fd, piece[i].data, piece[i].len) < 0;
    if (bad || fchmod(fd, 0644) < 0 || fsync(fd) < 0) {
        snprintf(err, errlen, "%s/%s: cannot write: %s", dir, name, strerror(errno));
        close(fd);
        unlink(temp);
        free(temp);
        return NULL;
    }
    if (close(fd) < 0) {
        snprintf(err, errlen, "%s/%s: cannot write: %s", dir, name, strerror(errno));
        unlink(temp);
        free(temp);
        return NULL;
    }
    return temp;
}

int atomic_file_write(const char *path, const void *data, size_t len,
                      char *err, size_t errlen)
{
    char *copy = strdup(path);
    if (!copy) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    char *slash = strrchr(copy, '/');
    const char *dir = ".", *name = copy;
    if (slash) {
        *slash = '\0';
        dir = slash == copy ? "/" : copy;
        name = slash + 1;
    }
    atomic_piece one = { data, len };
    char *temp = S_write_temp(dir, name, &one, 1, err, errlen);
    int rc = -1;
    if (temp) {
        if (rename(temp, path) < 0) {
            snprintf(err, errlen, "%s: cannot rename into place: %s", path, strerror(errno));
            unlink(temp);
        } else {
            S_fsync_dir(dir);
            rc = 0;
        }
        free(temp);
    }
    free(copy);
    return rc;
}

atomic_set *atomic_set_new(const char *dir)
{
    atomic_set *set = calloc(1, sizeof *set);
    if (set && !(set->dir = strdup(dir))) {
        free(set);
        set = NULL;
    }
    return set;
}

static void S_drop(staged *f)
{
    if (f->temp)
        unlink(f->temp);
    free(f->temp);
    free(f->name);
    free(f->owner);
}

static staged *S_find(atomic_set *set, const char *name)
{
    for (size_t i = 0; i < set->count; i++)
        if (strcmp(set->files[i].name, name) == 0)
            return &set->files[i];
    return NULL;
}

int atomic_set_write(atomic_set *set, const char *name, const void *data,
                     size_t len, const char *owner, char *err, size_t errlen)
{
    atomic_piece one = { data, len };
    return atomic_set_writev(set, name, &one, 1, owner, err, errlen);
}

int atomic_set_writev(atomic_set *set, const char *name, const atomic_piece *piece,
                      size_t npieces, const char *owner, char *err, size_t errlen)
{
    if (!atomic_file_name_ok(name)) {
        snprintf(err, errlen, "'%s' is not a plain file name", name ? name : "(null)");
        return -1;
    }
    staged *f = S_find(set, name);
    if (f && f->owner && owner && strcmp(f->owner, owner) != 0) {
        snprintf(err, errlen, "%s was already written by plugin %s", name, f->owner);
        return -1;
    }
    char *temp = S_write_temp(set->dir, name, piece, npieces, err, errlen);
    if (!temp)
        return -1;
    if (f) {
        S_drop(f);
    } else {
        if (set->count == set->cap) {
            size_t cap = set->cap ? set->cap * 2 : 8;
            staged *v = realloc(set->files, cap * sizeof *v);
            if (!v) {
                unlink(temp);
                free(temp);
                snprintf(err, errlen, "out of memory");
                return -1;
            }
            set->files = v;
            set->cap = cap;
        }
        f = &set->files[set->count++];
    }
    f->name = strdup(name);
    f->temp = temp;
    f->owner = owner ? strdup(owner) : NULL;
    return 0;
}

void atomic_set_discard(atomic_set *set, const char *owner)
{
    size_t kept = 0;
    for (size_t i = 0; i < set->count; i++) {
        staged *f = &set->files[i];
        if (owner && f->owner && strcmp(f->owner, owner) == 0)
            S_drop(f);
        else
            set->files[kept++] = *f;
    }
    set->count = kept;
}

size_t atomic_set_count(const atomic_set *set) { return set->count; }

const char *atomic_set_owner(atomic_set *set, const char *name)
{
    staged *f = S_find(set, name);
    return f ? (f->owner ? f->owner : "") : NULL;
}

int atomic_set_commit(atomic_set *set, char *err, size_t errlen)
{
    for (size_t i = 0; i < set->count; i++) {
        staged *f = &set->files[i];
        if (!f->temp)
            continue;
        char *final = S_join(set->dir, f->name);
        if (!final || rename(f->temp, final) < 0) {
            snprintf(err, errlen, "%s/%s: cannot rename into place: %s",
                     set->dir, f->name, strerror(errno));
            free(final);
            return -1;
        }
        free(final);
        free(f->temp);
        f->temp = NULL;
    }
    if (S_fsync_dir(set->dir) < 0) {
        snprintf(err, errlen, "%s: cannot sync directory: %s", set->dir, strerror(errno));
        return -1;
    }
    return 0;
}

void atomic_set_free(atomic_set *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->count; i++)
        S_drop(&set->files[i]);
    free(set->files);
    free(set->dir);
    free(set);
}
