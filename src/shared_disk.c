/*
 * shared_disk.c — the disk tier of ctx.shared (shared_disk.h).
 *
 * A value file: "CBSHDISK" (8 bytes), format (u32), number of reads
 * (u32), pack length (u64), the file key (32 bytes); each read: kind
 * (1 byte), name length (u16), name, digest (32 bytes); the pack; the
 * SHA-256 of all the bytes before it (32 bytes).  Integers little-endian
 * as the machine writes them (the binary is in the key: no file crosses
 * machines of another kind).
 */
#define _GNU_SOURCE     /* dl_iterate_phdr */
#include "shared_disk.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <lauxlib.h>
#include <limits.h>
#include <link.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "atomic_file.h"
#include "config.h"
#include "dirlist.h"
#include "host.h"

enum { S_FORMAT = 1, S_HEAD = 8 + 4 + 4 + 8 + SHA256_DIGEST_SIZE };
static const char S_magic[8] = { 'C', 'B', 'S', 'H', 'D', 'I', 'S', 'K' };

static char *S_dir;            /* owned; set before threads start, read after */
static _Thread_local shared_disk_rec *S_rec;   /* this thread's recording */

/* What every file key starts from (format, binary, Lua, libraries),
 * made once per process. */
static pthread_mutex_t S_base_lock = PTHREAD_MUTEX_INITIALIZER;
static int S_base_done;        /* 1 made, -1 failed */
static uint8_t S_base[SHA256_DIGEST_SIZE];

int shared_disk_set_dir(const char *dir)
{
    free(S_dir);
    S_dir = NULL;
    if (dir && *dir && !(S_dir = strdup(dir)))
        return -1;
    return 0;
}

const char *shared_disk_dir(void)
{
    return S_dir;
}

char *shared_disk_default_dir(char *out, size_t outlen)
{
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    int n;
    if (xdg && *xdg == '/')
        n = snprintf(out, outlen, "%s/callbrief", xdg);
    else if (home && *home)
        n = snprintf(out, outlen, "%s/.cache/callbrief", home);
    else
        return NULL;
    return n > 0 && (size_t)n < outlen ? out : NULL;
}

/* ---- recording ---------------------------------------------------------- */

void shared_disk_rec_begin(shared_disk_rec *rec)
{
    rec->up = S_rec;
    S_rec = rec;
}

void shared_disk_rec_end(shared_disk_rec *rec)
{
    if (S_rec == rec)
        S_rec = rec->up;
}

void shared_disk_rec_free(shared_disk_rec *rec)
{
    for (size_t i = 0; i < rec->n; i++)
        free(rec->deps[i].rel);
    free(rec->deps);
    rec->deps = NULL;
    rec->n = rec->cap = 0;
}

shared_disk_rec *shared_disk_recording(void)
{
    return S_rec;
}

/* The digest of what ctx.data (a string, or nil and a reason) or
 * ctx.data_list (a list of names, or nil and a reason) answered: the nres
 * values on top of L.  A missing file is a digest too. */
static void S_answer_digest(lua_State *L, char kind, int nres, uint8_t *digest)
{
    struct sha256_ctx c;
    sha256_init(&c);
    int at = lua_gettop(L) - nres + 1;
    uint8_t tag = (uint8_t)kind;
    sha256_update(&c, 1, &tag);
    if (nres >= 1 && lua_type(L, at) == LUA_TSTRING) {
        size_t len;
        const char *s = lua_tolstring(L, at, &len);
        sha256_update(&c, 1, (const uint8_t *)"s");
        sha256_update(&c, len, (const uint8_t *)s);
    } else if (nres >= 1 && lua_type(L, at) == LUA_TTABLE) {
        sha256_update(&c, 1, (const uint8_t *)"t");
        lua_Integer n = (lua_Integer)lua_rawlen(L, at);
        for (lua_Integer i = 1; i <= n; i++) {
            size_t len = 0;
            lua_rawgeti(L, at, i);
            const char *s = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : "";
            sha256_update(&c, len + 1, (const uint8_t *)s);   /* with its NUL */
            lua_pop(L, 1);
        }
    } else {
        sha256_update(&c, 1, (const uint8_t *)"-");
    }
    sha256_digest(&c, SHA256_DIGEST_SIZE, digest);
}

void shared_disk_note(lua_State *L, char kind, const char *rel, int nres)
{
    shared_disk_rec *r = S_rec;
    if (!r || r->unsound)
        return;
    size_t rlen = strlen(rel);
    if (rlen > 0xffff) {
        r->unsound = 1;
        return;
    }
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 64;
        shared_disk_dep *v = realloc(r->deps, cap * sizeof *v);
        if (!v) {
            r->unsound = 1;
            return;
        }
        r->deps = v;
        r->cap = cap;
    }
    shared_disk_dep *d = &r->deps[r->n];
    if (!(d->rel = strdup(rel))) {
        r->unsound = 1;
        return;
    }
    d->kind = kind;
    S_answer_digest(L, kind, nres, d->digest);
    r->n++;
}

/* ---- the file key --------------------------------------------------------- */

/* Hashes the bytes of file path (its absence too) into c; 0 or -1. */
static int S_hash_file(struct sha256_ctx *c, const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        sha256_update(c, 1, (const uint8_t *)"-");
        return errno == ENOENT ? 0 : -1;
    }
    sha256_update(c, 1, (const uint8_t *)"+");
    uint8_t buf[65536];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0)
        sha256_update(c, (size_t)n, buf);
    close(fd);
    return n < 0 ? -1 : 0;
}

/* dl_iterate_phdr callback: the main program's GNU build ID into ud. */
typedef struct build_id {
    uint8_t bytes[64];
    size_t len;
} build_id;

static int S_find_build_id(struct dl_phdr_info *info, size_t size, void *ud)
{
    (void)size;
    build_id *b = ud;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_NOTE)
            continue;
        const uint8_t *p = (const uint8_t *)(info->dlpi_addr + ph->p_vaddr);
        const uint8_t *end = p + ph->p_memsz;
        while (p + sizeof(ElfW(Nhdr)) <= end) {
            const ElfW(Nhdr) *nh = (const ElfW(Nhdr) *)(const void *)p;
            size_t namesz = (nh->n_namesz + 3) & ~(size_t)3, descsz = (nh->n_descsz + 3) & ~(size_t)3;
            const uint8_t *name = p + sizeof *nh, *desc = name + namesz;
            if (desc + descsz > end)
                break;
            if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 && memcmp(name, "GNU", 4) == 0 &&
                nh->n_descsz > 0 && nh->n_descsz <= sizeof b->bytes) {
                memcpy(b->bytes, desc, nh->n_descsz);
                b->len = nh->n_descsz;
                return 1;
            }
            p = desc + descsz;
        }
    }
    return 1;   /* the first object is the main program: stop there */
}

/* keep *.lua */
static int S_is_lua(const char *name, void *ud)
{
    (void)ud;
    size_t n = strlen(name);
    return name[0] != '.' && n > 4 && strcmp(name + n - 4, ".lua") == 0;
}

/* The digest every file key starts from; 0 or -1. */
static int S_make_base(const char *datadir)
{
    struct sha256_ctx c;
    sha256_init(&c);
    char head[160];
    int n = snprintf(head, sizeof head, "callbrief shared disk %d\n%s\n%s\n", S_FORMAT,
                     PACKAGE_VERSION, LUA_RELEASE);
    sha256_update(&c, (size_t)n + 1, (const uint8_t *)head);
    build_id b = { .len = 0 };
    dl_iterate_phdr(S_find_build_id, &b);
    if (b.len) {
        sha256_update(&c, 1, (const uint8_t *)"b");
        sha256_update(&c, b.len, b.bytes);
    } else if (S_hash_file(&c, "/proc/self/exe") < 0) {
        return -1;
    }
    /* every library a build may require (a build requires them before it
     * runs, at its module's load: they cannot be recorded) */
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s/lua", datadir ? datadir : ".");
    char **names;
    long nn = dirlist_read(dir, S_is_lua, NULL, &names);
    if (nn < 0)
        return -1;
    int rc = 0;
    for (long i = 0; i < nn && rc == 0; i++) {
        char path[PATH_MAX + 256];
        snprintf(path, sizeof path, "%.4000s/%.200s", dir, names[i]);
        sha256_update(&c, strlen(names[i]) + 1, (const uint8_t *)names[i]);
        rc = S_hash_file(&c, path);
    }
    dirlist_free(names, nn);
    if (rc == 0)
        sha256_digest(&c, SHA256_DIGEST_SIZE, S_base);
    return rc;
}

int shared_disk_key(lua_State *L, const char *key, size_t keylen, int fidx,
                    uint8_t out[SHA256_DIGEST_SIZE], char *err, size_t errlen)
{
    pthread_mutex_lock(&S_base_lock);
    if (!S_base_done)
        S_base_done = S_make_base(host_of(L)->datadir) == 0 ? 1 : -1;
    int ok = S_base_done == 1;
    pthread_mutex_unlock(&S_base_lock);
    if (!ok) {
        snprintf(err, errlen, "cannot read the binary's identity or the Lua libraries");
        return -1;
    }
    struct sha256_ctx c;
    sha256_init(&c);
    sha256_update(&c, SHA256_DIGEST_SIZE, S_base);
    /* build()'s own source file (a plugin's, or a library's) */
    lua_Debug ar;
    lua_pushvalue(L, fidx);
    if (lua_getinfo(L, ">S", &ar) && ar.source && ar.source[0] == '@') {
        sha256_update(&c, strlen(ar.source) + 1, (const uint8_t *)ar.source);
        if (S_hash_file(&c, ar.source + 1) < 0) {
            snprintf(err, errlen, "%s: %s", ar.source + 1, strerror(errno));
            return -1;
        }
    } else if (ar.source) {
        sha256_update(&c, strlen(ar.source) + 1, (const uint8_t *)ar.source);
    }
    uint64_t kl = keylen;
    sha256_update(&c, sizeof kl, (const uint8_t *)&kl);
    sha256_update(&c, keylen, (const uint8_t *)key);
    sha256_digest(&c, SHA256_DIGEST_SIZE, out);
    return 0;
}

/* ---- the directory ------------------------------------------------------- */

/* Makes dir and its missing parents (0700) when `create`, and checks dir
 * is the user's own directory, writable by nobody else.  0, or -1 with
 * err. */
static int S_ready_dir(const char *dir, int create, char *err, size_t errlen)
{
    char path[PATH_MAX];
    if (snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path) {
        snprintf(err, errlen, "cache directory name too long");
        return -1;
    }
    for (char *s = path + 1; create; s++) {
        if (*s == '/' || *s == '\0') {
            char c = *s;
            *s = '\0';
            if (mkdir(path, 0700) < 0 && errno != EEXIST) {
                snprintf(err, errlen, "%s: %s", path, strerror(errno));
                return -1;
            }
            *s = c;
            if (!c)
                break;
        }
    }
    struct stat st;
    if (lstat(dir, &st) < 0) {
        snprintf(err, errlen, "%s: %s", dir, strerror(errno));
        return -1;
    }
    if (!S_ISDIR(st.st_mode) || st.st_uid != geteuid() || (st.st_mode & 022)) {
        snprintf(err, errlen, "%s: not a directory of this user's writable by nobody else", dir);
        return -1;
    }
    return 0;
}

/* The name of the value file of fkey built from rec's reads: the SHA-256
 * of both, everything the value is made of. */
static void S_file_name(char *out, size_t outlen, const uint8_t *fkey, const shared_disk_rec *rec)
{
    static const char hex[] = "0123456789abcdef";
    struct sha256_ctx c;
    uint8_t name[SHA256_DIGEST_SIZE];
    sha256_init(&c);
    sha256_update(&c, SHA256_DIGEST_SIZE, fkey);
    for (size_t i = 0; i < rec->n; i++) {
        const shared_disk_dep *d = &rec->deps[i];
        sha256_update(&c, 1, (const uint8_t *)&d->kind);
        sha256_update(&c, strlen(d->rel) + 1, (const uint8_t *)d->rel);
        sha256_update(&c, SHA256_DIGEST_SIZE, d->digest);
    }
    sha256_digest(&c, SHA256_DIGEST_SIZE, name);
    fkey = name;
    char h[2 * SHA256_DIGEST_SIZE + 1];
    for (int i = 0; i < SHA256_DIGEST_SIZE; i++) {
        h[2 * i] = hex[fkey[i] >> 4];
        h[2 * i + 1] = hex[fkey[i] & 15];
    }
    h[2 * SHA256_DIGEST_SIZE] = '\0';
    snprintf(out, outlen, "%s/%s.cbv", S_dir, h);
}

/* ---- reading ------------------------------------------------------------- */

/* The whole of regular file path (the user's own), malloc'ed into *out;
 * its length, or -1. */
static long S_slurp(const char *path, char **out)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return -1;
    struct stat st;
    char *buf = NULL;
    long got = -1;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid() &&
        st.st_size > 0 && st.st_size < (off_t)1 << 30 && (buf = malloc((size_t)st.st_size))) {
        size_t have = 0;
        ssize_t n = 1;
        while (have < (size_t)st.st_size && (n = read(fd, buf + have, (size_t)st.st_size - have)) > 0)
            have += (size_t)n;
        if (have == (size_t)st.st_size)
            got = (long)have;
    }
    close(fd);
    if (got < 0)
        free(buf);
    else
        *out = buf;
    return got;
}

/* Asks ctx.data / ctx.data_list the recorded question again; whether the
 * answer's digest is the recorded one. */
static int S_same_answer(lua_State *L, const shared_disk_dep *d)
{
    int top = lua_gettop(L);
    lua_pushcfunction(L, d->kind == 'l' ? host_ctx_data_list : host_ctx_data);
    lua_pushstring(L, d->rel);
    int same = 0;
    if (lua_pcall(L, 1, LUA_MULTRET, 0) == LUA_OK) {
        uint8_t digest[SHA256_DIGEST_SIZE];
        S_answer_digest(L, d->kind, lua_gettop(L) - top, digest);
        same = memcmp(digest, d->digest, SHA256_DIGEST_SIZE) == 0;
    }
    lua_settop(L, top);
    return same;
}

static uint32_t S_u32(const char *p)
{
    uint32_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

/* Whether value file `path` (its first S_HEAD bytes) belongs to fkey. */
static int S_of_key(const char *path, const uint8_t *fkey)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return 0;
    char head[S_HEAD];
    int of = read(fd, head, sizeof head) == (ssize_t)sizeof head && memcmp(head, S_magic, 8) == 0 &&
             S_u32(head + 8) == S_FORMAT && memcmp(head + 24, fkey, SHA256_DIGEST_SIZE) == 0;
    close(fd);
    return of;
}

/* Value file path of fkey, read and checked: 1 with its pack in out, or
 * 0 with why (damaged, or built from other data). */
static int S_try(lua_State *L, const char *path, cb_pack *out, const char **why)
{
    char *buf = NULL;
    long len = S_slurp(path, &buf);
    uint8_t digest[SHA256_DIGEST_SIZE];
    uint64_t packlen = 0;
    uint32_t ndeps = 0;
    size_t at = S_HEAD;
    *why = NULL;
    if (len < (long)(S_HEAD + SHA256_DIGEST_SIZE)) {
        *why = "damaged (short)";
    } else {
        struct sha256_ctx c;
        sha256_init(&c);
        sha256_update(&c, (size_t)len - SHA256_DIGEST_SIZE, (const uint8_t *)buf);
        sha256_digest(&c, SHA256_DIGEST_SIZE, digest);
        if (memcmp(digest, buf + len - SHA256_DIGEST_SIZE, SHA256_DIGEST_SIZE) != 0)
            *why = "damaged (its digest differs)";
        ndeps = S_u32(buf + 12);
        memcpy(&packlen, buf + 16, sizeof packlen);
    }
    /* the recorded reads, each asked again */
    size_t end = len > 0 ? (size_t)len - SHA256_DIGEST_SIZE : 0;
    for (uint32_t i = 0; !*why && i < ndeps; i++) {
        uint16_t rl;
        if (at + 3 > end || (memcpy(&rl, buf + at + 1, sizeof rl), at + 3 + rl + SHA256_DIGEST_SIZE > end)) {
            *why = "damaged (short)";
            break;
        }
        shared_disk_dep d = { .kind = buf[at] };
        if (!(d.rel = malloc((size_t)rl + 1))) {
            *why = "out of memory";
            break;
        }
        memcpy(d.rel, buf + at + 3, rl);
        d.rel[rl] = '\0';
        memcpy(d.digest, buf + at + 3 + rl, SHA256_DIGEST_SIZE);
        if (!S_same_answer(L, &d))
            *why = "stale (built from other data)";
        free(d.rel);
        at += 3 + (size_t)rl + SHA256_DIGEST_SIZE;
    }
    if (!*why && at + packlen != end)
        *why = "damaged (lengths disagree)";
    if (*why) {
        free(buf);
        return 0;
    }
    /* the pack is moved to the front of the buffer, which out then owns */
    memmove(buf, buf + at, (size_t)packlen);
    out->bytes = buf;
    out->len = out->cap = (size_t)packlen;
    return 1;
}

/* keep value files */
static int S_is_value(const char *name, void *ud)
{
    (void)ud;
    size_t n = strlen(name);
    return name[0] != '.' && n > 4 && strcmp(name + n - 4, ".cbv") == 0;
}

int shared_disk_load(lua_State *L, const uint8_t fkey[SHA256_DIGEST_SIZE], cb_pack *out,
                     char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    if (!S_dir) {
        snprintf(err, errlen, "no cache directory");
        return 0;
    }
    if (S_ready_dir(S_dir, 0, err, errlen) < 0)
        return 0;
    /* The files of this key: one per set of data it was built from (a
     * data_dirs overlay used on some runs only); the first whose reads
     * all answer the same now is taken. */
    char **names;
    long n = dirlist_read(S_dir, S_is_value, NULL, &names);
    int found = 0;
    snprintf(err, errlen, "%s: nothing cached for this key", S_dir);
    for (long i = 0; i < n && !found; i++) {
        char path[PATH_MAX + 256];
        snprintf(path, sizeof path, "%.4000s/%.200s", S_dir, names[i]);
        if (!S_of_key(path, fkey))
            continue;
        const char *why;
        if ((found = S_try(L, path, out, &why)))
            utimensat(AT_FDCWD, path, NULL, 0);   /* recently used: pruned last */
        else
            snprintf(err, errlen, "%s: %s", path, why);
    }
    if (n >= 0)
        dirlist_free(names, n);
    return found;
}

/* ---- writing ------------------------------------------------------------- */

typedef struct aged {
    char *name;            /* not owned */
    time_t mtime;
} aged;

static int S_newer_first(const void *a, const void *b)
{
    const aged *x = a, *y = b;
    return x->mtime < y->mtime ? 1 : x->mtime > y->mtime ? -1 : strcmp(x->name, y->name);
}

static int S_cache_entry(const char *name, void *ud)
{
    (void)ud;
    size_t n = strlen(name);
    return (n > 4 && strcmp(name + n - 4, ".cbv") == 0) || strncmp(name, ".tmp-", 5) == 0;
}

/* Keeps the SHARED_DISK_MAX_FILES most recently used value files, and
 * temporaries younger than an hour (a run writing now; older ones were
 * left by a run killed half-way). */
static void S_prune(void)
{
    char **names;
    long n = dirlist_read(S_dir, S_cache_entry, NULL, &names);
    if (n < 0)
        return;
    aged *v = calloc((size_t)n + 1, sizeof *v);
    size_t nv = 0;
    time_t now = time(NULL);
    for (long i = 0; v && i < n; i++) {
        char path[PATH_MAX + 256];
        struct stat st;
        snprintf(path, sizeof path, "%.4000s/%.200s", S_dir, names[i]);
        if (lstat(path, &st) < 0 || !S_ISREG(st.st_mode))
            continue;
        if (names[i][0] == '.') {
            if (now - st.st_mtime > 3600)
                unlink(path);
            continue;
        }
        v[nv].name = names[i];
        v[nv++].mtime = st.st_mtime;
    }
    if (v && nv > SHARED_DISK_MAX_FILES) {
        qsort(v, nv, sizeof *v, S_newer_first);
        for (size_t i = SHARED_DISK_MAX_FILES; i < nv; i++) {
            char path[PATH_MAX + 256];
            snprintf(path, sizeof path, "%.4000s/%.200s", S_dir, v[i].name);
            unlink(path);
        }
    }
    free(v);
    dirlist_free(names, n);
}

/* Appends n bytes to the file being written and to the digest. */
static int S_put(int fd, struct sha256_ctx *c, const void *p, size_t n)
{
    sha256_update(c, n, p);
    return atomic_write_all(fd, p, n);
}

int shared_disk_save(const uint8_t fkey[SHA256_DIGEST_SIZE], const shared_disk_rec *rec,
                     const cb_pack *pack, char *err, size_t errlen)
{
    if (!S_dir) {
        snprintf(err, errlen, "no cache directory");
        return -1;
    }
    if (rec->unsound || rec->n > 0xffffffffu) {
        snprintf(err, errlen, "what the value was built from is not known");
        return -1;
    }
    if (S_ready_dir(S_dir, 1, err, errlen) < 0)
        return -1;
    char tmp[PATH_MAX + 80], path[PATH_MAX + 80];
    snprintf(tmp, sizeof tmp, "%s/.tmp-XXXXXX", S_dir);
    int fd = mkostemp(tmp, O_CLOEXEC);     /* 0600 */
    if (fd < 0) {
        snprintf(err, errlen, "%s: %s", S_dir, strerror(errno));
        return -1;
    }
    struct sha256_ctx c;
    sha256_init(&c);
    char head[S_HEAD];
    uint32_t format = S_FORMAT, ndeps = (uint32_t)rec->n;
    uint64_t packlen = pack->len;
    memcpy(head, S_magic, 8);
    memcpy(head + 8, &format, 4);
    memcpy(head + 12, &ndeps, 4);
    memcpy(head + 16, &packlen, 8);
    memcpy(head + 24, fkey, SHA256_DIGEST_SIZE);
    int bad = S_put(fd, &c, head, sizeof head);
    for (size_t i = 0; !bad && i < rec->n; i++) {
        const shared_disk_dep *d = &rec->deps[i];
        uint16_t rl = (uint16_t)strlen(d->rel);
        bad = S_put(fd, &c, &d->kind, 1) || S_put(fd, &c, &rl, 2) || S_put(fd, &c, d->rel, rl) ||
              S_put(fd, &c, d->digest, SHA256_DIGEST_SIZE);
    }
    if (!bad)
        bad = S_put(fd, &c, pack->bytes, pack->len);
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&c, SHA256_DIGEST_SIZE, digest);
    if (!bad)
        bad = atomic_write_all(fd, digest, sizeof digest);
    int saved = errno;
    if (close(fd) < 0 && !bad) {
        bad = 1;
        saved = errno;
    }
    S_file_name(path, sizeof path, fkey, rec);
    if (bad || rename(tmp, path) < 0) {
        if (!bad)
            saved = errno;
        unlink(tmp);
        snprintf(err, errlen, "%s: %s", path, strerror(saved));
        return -1;
    }
    S_prune();
    return 0;
}
