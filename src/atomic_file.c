/*
 * atomic_file.c — temporary file, fsync, rename.  The set owns its strings
 * and unlinks temporaries it still holds when freed.  A file made later
 * (atomic_set_write_later) is a job the set holds until it waits for it;
 * a batch of jobs may be made on another thread, which then touches only
 * the jobs, never the set.
 */
#include "atomic_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A file being made on a thread: what the thread reads (dir, name, maker)
 * and what it leaves (temp or err, failed).  Owned by its staged entry;
 * freed once the thread is joined. */
typedef struct later {
    atomic_maker maker;
    char *dir, *name;
    char *temp;          /* the temporary written, or NULL */
    int failed;          /* 0, or ATOMIC_MAKE_FAILED / ATOMIC_WRITE_FAILED */
    int taken;           /* in a batch (atomic_set_take_unmade) */
    int made;            /* make has run: temp, or failed and err */
    char err[1024];
} later;

typedef struct staged {
    char *name;   /* final name in dir */
    char *temp;   /* temporary path, NULL once renamed */
    char *owner;  /* may be NULL */
    later *job;   /* the file is still being made, or NULL */
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

int atomic_write_all(int fd, const void *data, size_t len)
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

/* A new temporary "DIR/.NAME.XXXXXX" open for writing: its descriptor,
 * and its path in *temp (caller frees); -1 with err set. */
static int S_open_temp(const char *dir, const char *name, char **temp, char *err, size_t errlen)
{
    size_t n = strlen(dir) + strlen(name) + 16;
    if (!(*temp = malloc(n))) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    snprintf(*temp, n, "%s/.%s.XXXXXX", dir, name);
    int fd = mkstemp(*temp);
    if (fd < 0) {
        snprintf(err, errlen, "%s: cannot create file: %s", dir, strerror(errno));
        free(*temp);
        *temp = NULL;
    }
    return fd;
}

/* Makes the temporary open on fd whole (mode, fsync) and closes it; when
 * `bad` (a write failed) or that fails, unlinks and frees temp: -1 with
 * err set. */
static int S_close_temp(int fd, char *temp, int bad, const char *dir, const char *name,
                        char *err, size_t errlen)
{
    if (bad || fchmod(fd, 0644) < 0 || fsync(fd) < 0) {
        snprintf(err, errlen, "%s/%s: cannot write: %s", dir, name, strerror(errno));
        close(fd);
        unlink(temp);
        free(temp);
        return -1;
    }
    if (close(fd) < 0) {
        snprintf(err, errlen, "%s/%s: cannot write: %s", dir, name, strerror(errno));
        unlink(temp);
        free(temp);
        return -1;
    }
    return 0;
}

/* Writes the pieces, in order, to a new temporary "DIR/.NAME.XXXXXX";
 * returns its path (caller frees) or NULL with err set. */
static char *S_write_temp(const char *dir, const char *name, const atomic_piece *piece,
                          size_t npieces, char *err, size_t errlen)
{
    char *temp;
    int fd = S_open_temp(dir, name, &temp, err, errlen);
    if (fd < 0)
        return NULL;
    int bad = 0;
    for (size_t i = 0; i < npieces && !bad; i++)
        bad = atomic_write_all(fd, piece[i].data, piece[i].len) < 0;
    if (S_close_temp(fd, temp, bad, dir, name, err, errlen) < 0)
        return NULL;
    return temp;
}

static void S_make(later *j)
{
    unsigned char *data = NULL;
    size_t len = 0;
    if (j->maker.make(j->maker.ud, &data, &len, j->err, sizeof j->err) < 0) {
        j->failed = ATOMIC_MAKE_FAILED;
    } else {
        atomic_piece one = { data, len };
        j->temp = S_write_temp(j->dir, j->name, &one, 1, j->err, sizeof j->err);
        if (!j->temp)
            j->failed = ATOMIC_WRITE_FAILED;
    }
    free(data);
    j->made = 1;
}

static void S_later_free(later *j)
{
    if (j->maker.release)
        j->maker.release(j->maker.ud);
    if (j->temp)
        unlink(j->temp);
    free(j->temp);
    free(j->dir);
    free(j->name);
    free(j);
}

/* Takes f's job out of it, made (here, unless a batch made it), its
 * temporary now f's.  Returns the job (the caller frees it with
 * S_later_free) or NULL. */
static later *S_made_job(staged *f)
{
    later *j = f->job;
    if (!j)
        return NULL;
    if (!j->made)
        S_make(j);
    f->job = NULL;
    f->temp = j->temp;
    j->temp = NULL;
    return j;
}

/* f as it would be had it been dropped before it was made: a job not
 * yet made is not made now. */
static void S_settle(staged *f)
{
    if (f->job)
        S_later_free(f->job);
    f->job = NULL;
}

struct atomic_batch {
    later **job;
    size_t n;
};

atomic_batch *atomic_set_take_unmade(atomic_set *set)
{
    atomic_batch *b = calloc(1, sizeof *b);
    if (!b || !(b->job = calloc(set->count ? set->count : 1, sizeof *b->job))) {
        free(b);
        return NULL;
    }
    for (size_t i = 0; i < set->count; i++) {
        later *j = set->files[i].job;
        if (j && !j->made && !j->taken) {
            j->taken = 1;
            b->job[b->n++] = j;
        }
    }
    if (b->n == 0) {
        atomic_batch_free(b);
        return NULL;
    }
    return b;
}

void atomic_batch_make(atomic_batch *b)
{
    for (size_t i = 0; b && i < b->n; i++)
        S_make(b->job[i]);
}

void atomic_batch_free(atomic_batch *b)
{
    if (b)
        free(b->job);
    free(b);
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

static void S_settle(staged *f);
static void S_remove(atomic_set *set, size_t i);

static void S_drop(staged *f)
{
    S_settle(f);
    if (f->temp)
        unlink(f->temp);
    free(f->temp);
    free(f->name);
    free(f->owner);
}

/* Drops entry i; the others keep their order. */
static void S_remove(atomic_set *set, size_t i)
{
    S_drop(&set->files[i]);
    memmove(&set->files[i], &set->files[i + 1], (set->count - i - 1) * sizeof *set->files);
    set->count--;
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

/* Checks that `owner` may stage `name`; -1 with err set if not. */
static int S_may_stage(atomic_set *set, const char *name, const char *owner,
                       char *err, size_t errlen)
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
    return 0;
}

/* The entry for `name`: the one staged before, emptied, or a new one;
 * NULL when out of memory. */
static staged *S_slot(atomic_set *set, const char *name)
{
    staged *f = S_find(set, name);
    if (f) {
        S_drop(f);
    } else {
        if (set->count == set->cap) {
            size_t cap = set->cap ? set->cap * 2 : 8;
            staged *v = realloc(set->files, cap * sizeof *v);
            if (!v)
                return NULL;
            set->files = v;
            set->cap = cap;
        }
        f = &set->files[set->count++];
    }
    *f = (staged){ 0 };
    return f;
}

/* Fills a fresh entry; -1 (the entry dropped) when out of memory. */
static int S_fill(atomic_set *set, staged *f, const char *name, const char *owner)
{
    f->name = strdup(name);
    f->owner = owner ? strdup(owner) : NULL;
    if (f->name && (f->owner || !owner))
        return 0;
    S_remove(set, (size_t)(f - set->files));
    return -1;
}

int atomic_set_writev(atomic_set *set, const char *name, const atomic_piece *piece,
                      size_t npieces, const char *owner, char *err, size_t errlen)
{
    if (S_may_stage(set, name, owner, err, errlen) < 0)
        return -1;
    char *temp = S_write_temp(set->dir, name, piece, npieces, err, errlen);
    if (!temp)
        return -1;
    staged *f = S_slot(set, name);
    if (!f) {
        unlink(temp);
        free(temp);
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    f->temp = temp;
    if (S_fill(set, f, name, owner) < 0) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    return 0;
}

int atomic_set_write_later(atomic_set *set, const char *name, const atomic_maker *maker,
                           const char *owner, char *err, size_t errlen)
{
    if (S_may_stage(set, name, owner, err, errlen) < 0)
        return -1;
    later *j = calloc(1, sizeof *j);
    staged *f = NULL;
    if (!j || !(j->dir = strdup(set->dir)) || !(j->name = strdup(name)) ||
        !(f = S_slot(set, name))) {
        if (j) {
            free(j->dir);
            free(j->name);
        }
        free(j);
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    j->maker = *maker;
    if (S_fill(set, f, name, owner) < 0) {
        j->maker.release = NULL;   /* the caller still owns maker->ud */
        S_later_free(j);
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    f->job = j;
    return 0;
}

struct atomic_stream {
    int fd;
    char *temp;
    char *name;
};

atomic_stream *atomic_stream_open(atomic_set *set, const char *name, const char *owner,
                                  char *err, size_t errlen)
{
    if (S_may_stage(set, name, owner, err, errlen) < 0)
        return NULL;
    atomic_stream *st = calloc(1, sizeof *st);
    if (!st || !(st->name = strdup(name))) {
        free(st);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    if ((st->fd = S_open_temp(set->dir, name, &st->temp, err, errlen)) < 0) {
        free(st->name);
        free(st);
        return NULL;
    }
    return st;
}

int atomic_stream_fd(const atomic_stream *st) { return st->fd; }

void atomic_stream_abandon(atomic_stream *st)
{
    if (!st)
        return;
    close(st->fd);
    unlink(st->temp);
    free(st->temp);
    free(st->name);
    free(st);
}

int atomic_stream_stage(atomic_set *set, atomic_stream *st, const char *owner, int bad,
                        char *err, size_t errlen)
{
    char *temp = st->temp, *name = st->name;
    int rc = S_close_temp(st->fd, temp, bad, set->dir, name, err, errlen);
    free(st);
    staged *f = NULL;
    if (rc == 0 && S_may_stage(set, name, owner, err, errlen) < 0) {
        unlink(temp);
        free(temp);
        rc = -1;
    } else if (rc == 0 && !(f = S_slot(set, name))) {
        unlink(temp);
        free(temp);
        snprintf(err, errlen, "out of memory");
        rc = -1;
    } else if (rc == 0) {
        f->temp = temp;
        if (S_fill(set, f, name, owner) < 0) {
            snprintf(err, errlen, "out of memory");
            rc = -1;
        }
    }
    free(name);
    return rc;
}

int atomic_set_wait(atomic_set *set, atomic_fail_fn fail, void *ud)
{
    int nfailed = 0;
    for (size_t i = 0; i < set->count; i++) {
        later *j = S_made_job(&set->files[i]);
        if (!j)
            continue;
        int failed = j->failed;
        if (failed && fail)
            fail(ud, set->files[i].name, set->files[i].owner, failed, j->err);
        S_later_free(j);
        if (!failed)
            continue;
        nfailed++;
        /* a failed make drops its owner's files, as a failed plugin's are */
        char *owner = set->files[i].owner ? strdup(set->files[i].owner) : NULL;
        S_remove(set, i);
        if (owner && failed == ATOMIC_MAKE_FAILED)
            atomic_set_discard(set, owner);
        free(owner);
        i = (size_t)-1;            /* the set has changed: from the start */
    }
    return nfailed;
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
    if (atomic_set_wait(set, NULL, NULL) > 0) {
        snprintf(err, errlen, "%s: a file could not be made", set->dir);
        return -1;
    }
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
