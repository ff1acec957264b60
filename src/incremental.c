/*
 * incremental.c — the archive's part in a run.  Owns its archive handle and
 * signature; Lua values stay in the host's state.
 */
#include "incremental.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <lauxlib.h>
#include <nettle/sha2.h>

#include "archive.h"
#include "config.h"
#include "modules.h"
#include "diag.h"
#include "dirlist.h"
#include "period.h"
#include "sandbox.h"

/* archive_reach.wild, as lua/reach.lua's facts set it */
enum { REACH_UNDATED = 1, REACH_PARTIAL = 2, REACH_NO_DATE = 4 };

/* An input left unread (for now), with its reach's documents and names. */
typedef struct unread {
    const input_entry *e;
    char *docs, *names, *undated;   /* owned */
    int wild;
} unread;

/* A document read whose undated calls are in the briefing (reach.settle). */
typedef struct anchor {
    char *undated;          /* owned: the people of its undated calls */
    int partial, dated;
} anchor;

struct incremental {
    host *h;
    archive *a;
    char signature[65];
    /* a run over a period whose link chain the prefilter knows
     * (incremental_use_period): inputs outside it are left unread */
    int prefilter;
    period p;
    unread *unread;
    size_t n_unread, cap_unread;
    anchor *anchor;
    size_t n_anchor, cap_anchor;
    /* callbrief.reach, loaded once (a require from C loads afresh) */
    lua_State *reach_L;
    int reach_ref;
};

/* Room for one more element of size `size` in *v (of *n, room for *cap);
 * -1 when out of memory. */
static int S_grow(void **v, size_t size, size_t n, size_t *cap)
{
    if (n < *cap)
        return 0;
    size_t c = *cap ? 2 * *cap : 64;
    void *nv = realloc(*v, c * size);
    if (!nv)
        return -1;
    *v = nv;
    *cap = c;
    return 0;
}

static void S_forget_unread(incremental *inc)
{
    for (size_t i = 0; i < inc->n_unread; i++) {
        free(inc->unread[i].docs);
        free(inc->unread[i].names);
        free(inc->unread[i].undated);
    }
    free(inc->unread);
    inc->unread = NULL;
    inc->n_unread = inc->cap_unread = 0;
    for (size_t i = 0; i < inc->n_anchor; i++)
        free(inc->anchor[i].undated);
    free(inc->anchor);
    inc->anchor = NULL;
    inc->n_anchor = inc->cap_anchor = 0;
}

static void S_hash_file(struct sha256_ctx *ctx, const char *path)
{
    char err[256], hex[65];
    if (inputs_sha256_file(path, (size_t)1 << 30, hex, err, sizeof err) == 0) {
        sha256_update(ctx, strlen(path), (const uint8_t *)path);
        sha256_update(ctx, 64, (const uint8_t *)hex);
    }
}

/* Hashes every file under dir, in byte order of paths. */
static void S_hash_tree(struct sha256_ctx *ctx, const char *dir, int depth)
{
    char **names;
    long n = depth > 8 ? -1 : dirlist_read(dir, NULL, NULL, &names);
    if (n < 0)
        return;
    for (long i = 0; i < n; i++) {
        char path[PATH_MAX];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
            S_hash_tree(ctx, path, depth + 1);
        else
            S_hash_file(ctx, path);
    }
    dirlist_free(names, n);
}

static void S_signature(incremental *inc, const plugin_chain *source, const plugin_chain *extract)
{
    struct sha256_ctx ctx;
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_init(&ctx);
    sha256_update(&ctx, strlen(PACKAGE_VERSION), (const uint8_t *)PACKAGE_VERSION);
    const plugin_chain *chains[] = { source, extract };
    for (int c = 0; c < 2; c++)
        for (size_t i = 0; i < chains[c]->n; i++) {
            const plugin *p = &chains[c]->v[i];
            sha256_update(&ctx, strlen(p->name) + 1, (const uint8_t *)p->name);
            sha256_update(&ctx, strlen(p->version) + 1, (const uint8_t *)p->version);
            sha256_update(&ctx, 1, (const uint8_t *)(p->enabled ? "1" : "0"));
            S_hash_file(&ctx, p->file);
        }
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s/lua", inc->h->datadir);
    S_hash_tree(&ctx, dir, 0);
    char dirs[16][PATH_MAX];
    int nd = host_data_dirs(inc->h, dirs, 16);
    for (int i = 0; i < nd; i++)
        S_hash_tree(&ctx, dirs[i], 0);
    if (inc->h->opt && inc->h->opt->config_used)
        S_hash_file(&ctx, inc->h->opt->config_used);
    sha256_digest(&ctx, sizeof digest, digest);
    for (int i = 0; i < SHA256_DIGEST_SIZE; i++)
        snprintf(inc->signature + 2 * i, 3, "%02x", digest[i]);
}

incremental *incremental_open(host *h, const char *path, const plugin_chain *source,
                              const plugin_chain *extract, int *locked)
{
    char err[4400];
    *locked = 0;
    archive *a = archive_open(path, err, sizeof err);
    if (!a) {
        *locked = strstr(err, "locked") != NULL;
        diag_error(NULL, 0, "%s", err);
        return NULL;
    }
    incremental *inc = calloc(1, sizeof *inc);
    if (!inc) {
        archive_close(a);
        return NULL;
    }
    inc->h = h;
    inc->a = a;
    if (archive_upgraded_from(a) == 1)
        diag_info(path, 0, "archive upgraded to schema %d: extractions are now kept as"
                  " MessagePack, so every document is read once more", ARCHIVE_SCHEMA_VERSION);
    else if (archive_upgraded_from(a) == 2)
        diag_info(path, 0, "archive upgraded to schema %d: what each document can bring into"
                  " a period is kept beside its extraction, noted when it is next decoded",
                  ARCHIVE_SCHEMA_VERSION);
    S_signature(inc, source, extract);
    return inc;
}

void incremental_rehost(incremental *inc, host *h)
{
    if (inc)
        inc->h = h;
}

void incremental_close(incremental *inc)
{
    if (!inc)
        return;
    /* Extractions made by other plugins, data or settings will not be asked
     * for again by this configuration: keep the archive from growing. */
    char err[4400];
    long long removed = 0;
    if (archive_prune_extractions(inc->a, inc->signature, &removed, err, sizeof err) < 0)
        diag_warn(NULL, 0, "archive: %s", err);
    else if (removed > 0)
        diag_info(NULL, 0, "archive: %lld extraction%s of older plugins or data removed",
                  removed, removed == 1 ? "" : "s");
    archive_close(inc->a);
    S_forget_unread(inc);
    free(inc);
}

/* ---- the period prefilter ------------------------------------------------ */

/* Calls callbrief.reach's func with the nargs values on the stack; leaves
 * nresults, or pops the arguments and returns -1 with the error in err. */
static int S_reach_call(incremental *inc, const char *func, int nargs, int nresults,
                        char *err, size_t errlen)
{
    lua_State *L = inc->h->L;
    if (inc->reach_L != L) {
        lua_pushcfunction(L, sandbox_require);
        lua_pushstring(L, "callbrief.reach");
        if (lua_pcall(L, 1, 1, 0) != LUA_OK) {
            snprintf(err, errlen, "%s", lua_tostring(L, -1) ? lua_tostring(L, -1) : "error");
            lua_pop(L, 1 + nargs);
            return -1;
        }
        inc->reach_ref = luaL_ref(L, LUA_REGISTRYINDEX);
        inc->reach_L = L;
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, inc->reach_ref);
    lua_getfield(L, -1, func);
    lua_remove(L, -2);
    lua_insert(L, -1 - nargs);
    if (lua_pcall(L, nargs, nresults, 0) == LUA_OK)
        return 0;
    snprintf(err, errlen, "%s", lua_tostring(L, -1) ? lua_tostring(L, -1) : "error");
    lua_pop(L, 1);
    return -1;
}

int incremental_use_period(incremental *inc, const plugin_chain *link)
{
    inc->prefilter = 0;
    host_period(inc->h, &inc->p);
    if (!*inc->p.from && !*inc->p.to)
        return 0;
    lua_State *L = inc->h->L;
    lua_createtable(L, (int)link->n, 0);
    int k = 0;
    for (size_t i = 0; i < link->n; i++) {
        const plugin *pl = &link->v[i];
        if (!pl->enabled)
            continue;
        lua_createtable(L, 0, 3);
        lua_pushstring(L, pl->name);
        lua_setfield(L, -2, "name");
        lua_pushstring(L, pl->version);
        lua_setfield(L, -2, "version");
        lua_pushboolean(L, pl->builtin);
        lua_setfield(L, -2, "builtin");
        lua_rawseti(L, -2, ++k);
    }
    char err[512];
    if (S_reach_call(inc, "usable", 1, 2, err, sizeof err) < 0) {
        diag_warn(NULL, 0, "archive: %s", err);
        return 0;
    }
    inc->prefilter = lua_toboolean(L, -2);
    if (!inc->prefilter)
        diag_info(NULL, 0, "archive: every document is linked for the period: %s",
                  lua_tostring(L, -1) ? lua_tostring(L, -1) : "");
    lua_pop(L, 2);
    return inc->prefilter;
}

/* Whether one of the documents of the lines `docs` ("SUFFIX\tPUBLISHED\n")
 * was published in the period, or the lines are not as stored (-1). */
static int S_published_in(const incremental *inc, const char *docs)
{
    const char *from = inc->p.from, *to = inc->p.to;
    for (const char *line = docs; *line;) {
        const char *tab = strchr(line, '\t'), *end = strchr(line, '\n');
        if (!tab || !end || tab > end)
            return -1;
        size_t n = (size_t)(end - tab - 1);
        char pub[16];
        if (n > 0 && n < sizeof pub) {
            memcpy(pub, tab + 1, n);
            pub[n] = '\0';
            if ((!*from || strcmp(pub, from) >= 0) && (!*to || strcmp(pub, to) <= 0))
                return 1;
        }
        line = end + 1;
    }
    return 0;
}

/* Whether a document of docs has a publication date at all. */
static int S_any_published(const char *docs)
{
    for (const char *tab = strchr(docs, '\t'); tab; tab = strchr(tab + 1, '\t'))
        if (tab[1] && tab[1] != '\n')
            return 1;
    return 0;
}

/* Whether an input with reach r must be read now: a document of it has
 * calls and no date, or was published in the period, or the span of its
 * calls' dates meets the period.  The others wait for
 * incremental_settle_period. */
static int S_read_now(const incremental *inc, const archive_reach *r)
{
    const char *from = inc->p.from, *to = inc->p.to;
    if (r->wild & REACH_NO_DATE)
        return 1;
    if (r->from && (!*to || strcmp(r->from, to) <= 0) && (!*from || strcmp(r->to, from) >= 0))
        return 1;
    return S_published_in(inc, r->docs) != 0;
}

/* Keeps input e, left unread for now, and its reach r (its strings taken
 * from it).  -1 when out of memory (then e must be read). */
static int S_keep_unread(incremental *inc, const input_entry *e, archive_reach *r)
{
    if (S_grow((void **)&inc->unread, sizeof *inc->unread, inc->n_unread, &inc->cap_unread) < 0)
        return -1;
    inc->unread[inc->n_unread++] = (unread){ e, r->docs, r->names, r->undated, r->wild };
    r->docs = r->names = r->undated = NULL;
    return 0;
}

/* For a document read with reach r: an anchor when its undated calls are
 * in the briefing (reach.settle). */
static void S_note_read(incremental *inc, const archive_reach *r)
{
    if (!inc->prefilter || !(r->wild & (REACH_UNDATED | REACH_PARTIAL)) ||
        !((r->wild & REACH_NO_DATE) || S_published_in(inc, r->docs)))
        return;
    char *undated = strdup(r->undated);
    if (!undated ||
        S_grow((void **)&inc->anchor, sizeof *inc->anchor, inc->n_anchor, &inc->cap_anchor) < 0) {
        free(undated);
        inc->prefilter = 0;     /* cannot keep track: read everything */
        return;
    }
    inc->anchor[inc->n_anchor++] = (anchor){ undated, (r->wild & REACH_PARTIAL) != 0,
                                             S_any_published(r->docs) };
}

/* Appends {id = e's id .. suffix, published =} for each document of the
 * lines `docs` to the list on top of the stack. */
static void S_list_docs(lua_State *L, const input_entry *e, const char *docs)
{
    for (const char *line = docs; *line;) {
        const char *tab = strchr(line, '\t'), *end = strchr(line, '\n');
        if (!tab || !end || tab > end)
            break;
        lua_createtable(L, 0, 2);
        lua_pushstring(L, e->id);
        lua_pushlstring(L, line, (size_t)(tab - line));
        lua_concat(L, 2);
        lua_setfield(L, -2, "id");
        if (end > tab + 1) {
            lua_pushlstring(L, tab + 1, (size_t)(end - tab - 1));
            lua_setfield(L, -2, "published");
        }
        lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
        line = end + 1;
    }
}

/* Works out and records what the extractions list[first..last] (the list
 * at idx) of input e reach, under content hash sha. */
static void S_put_reach(incremental *inc, const input_entry *e, const char *sha, int idx,
                        long first, long last)
{
    lua_State *L = inc->h->L;
    char err[4400];
    idx = lua_absindex(L, idx);
    lua_pushvalue(L, idx);
    lua_pushinteger(L, first);
    lua_pushinteger(L, last);
    lua_pushstring(L, e->id);
    if (S_reach_call(inc, "facts", 4, 1, err, sizeof err) < 0) {
        diag_warn(e->path, 0, "archive: %s", err);
        return;
    }
    archive_reach r = { 0 };
    if (lua_getfield(L, -1, "from") == LUA_TSTRING)
        r.from = (char *)lua_tostring(L, -1);
    if (lua_getfield(L, -2, "to") == LUA_TSTRING)
        r.to = (char *)lua_tostring(L, -1);
    lua_getfield(L, -3, "wild");
    lua_getfield(L, -4, "partial");
    lua_getfield(L, -5, "nodate");
    r.wild = (lua_toboolean(L, -3) ? REACH_UNDATED : 0) | (lua_toboolean(L, -2) ? REACH_PARTIAL : 0) |
             (lua_toboolean(L, -1) ? REACH_NO_DATE : 0);
    if (lua_getfield(L, -6, "docs") == LUA_TSTRING)
        r.docs = (char *)lua_tostring(L, -1);
    if (lua_getfield(L, -7, "names") == LUA_TSTRING)
        r.names = (char *)lua_tostring(L, -1);
    if (lua_getfield(L, -8, "undated") == LUA_TSTRING)
        r.undated = (char *)lua_tostring(L, -1);
    if (r.docs && r.names && r.undated)
        S_note_read(inc, &r);
    if (archive_put_reach(inc->a, sha, inc->signature, &r, err, sizeof err) < 0)
        diag_warn(e->path, 0, "archive: %s", err);
    lua_pop(L, 9);      /* the facts and 8 fields: their strings live until here */
}

/* Pushes reach.settle's arguments for the inputs left unread and the
 * anchors. */
static void S_push_settle(incremental *inc)
{
    lua_State *L = inc->h->L;
    lua_createtable(L, (int)inc->n_unread, 0);
    for (size_t i = 0; i < inc->n_unread; i++) {
        lua_createtable(L, 0, 3);
        lua_pushstring(L, inc->unread[i].names);
        lua_setfield(L, -2, "names");
        lua_pushstring(L, inc->unread[i].undated);
        lua_setfield(L, -2, "undated");
        lua_pushboolean(L, inc->unread[i].wild & REACH_UNDATED);
        lua_setfield(L, -2, "wild");
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_createtable(L, (int)inc->n_anchor, 0);
    for (size_t i = 0; i < inc->n_anchor; i++) {
        lua_createtable(L, 0, 3);
        lua_pushstring(L, inc->anchor[i].undated);
        lua_setfield(L, -2, "undated");
        lua_pushboolean(L, inc->anchor[i].partial);
        lua_setfield(L, -2, "partial");
        lua_pushboolean(L, inc->anchor[i].dated);
        lua_setfield(L, -2, "dated");
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
}

long incremental_settle_period(incremental *inc, input_list *need)
{
    lua_State *L = inc->h->L;
    need->v = calloc(inc->n_unread ? inc->n_unread : 1, sizeof *need->v);
    need->n = 0;
    int settled = 0;
    if (inc->prefilter && inc->n_unread > 0) {
        char err[512];
        S_push_settle(inc);
        settled = S_reach_call(inc, "settle", 2, 1, err, sizeof err) == 0;
        if (!settled)
            diag_warn(NULL, 0, "archive: %s", err);
    }
    /* the answers under the list of documents left unread */
    if (!settled)
        lua_pushnil(L);
    lua_newtable(L);
    long left = 0;
    for (size_t i = 0; i < inc->n_unread; i++) {
        int read = 1;
        if (settled) {
            lua_rawgeti(L, -2, (lua_Integer)i + 1);
            read = lua_toboolean(L, -1);
            lua_pop(L, 1);
        }
        if (read && need->v) {
            need->v[need->n++] = *inc->unread[i].e;
        } else {
            S_list_docs(L, inc->unread[i].e, inc->unread[i].docs);
            left++;
        }
    }
    lua_remove(L, -2);
    if (left == 0) {
        lua_pop(L, 1);
        lua_pushnil(L);
    }
    S_forget_unread(inc);
    inc->prefilter = 0;
    return left;
}

/* Rewrites, in the tables under idx, every string that is `from` or starts
 * with "from#" to start with `to` instead: a cached extraction stored for
 * another file with the same content gets this file's ids. */
static void S_restamp(lua_State *L, int idx, const char *from, const char *to, int depth)
{
    idx = lua_absindex(L, idx);
    size_t flen = strlen(from);
    if (depth > 64)
        return;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        if (lua_type(L, -1) == LUA_TTABLE) {
            S_restamp(L, -1, from, to, depth + 1);
        } else if (lua_type(L, -1) == LUA_TSTRING) {
            const char *v = lua_tostring(L, -1);
            if (strncmp(v, from, flen) == 0 && (v[flen] == '\0' || v[flen] == '#')) {
                lua_pushvalue(L, -2);
                lua_pushfstring(L, "%s%s", to, v + flen);
                lua_rawset(L, idx);
            }
        }
        lua_pop(L, 1);
    }
}

/* Gives the cached extractions in the list at idx the id and path of input
 * e (they may have been stored for another file with the same bytes). */
static void S_adopt(lua_State *L, int idx, const input_entry *e)
{
    idx = lua_absindex(L, idx);
    for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, idx); i++) {
        int top = lua_gettop(L);
        if (lua_rawgeti(L, idx, i) == LUA_TTABLE && lua_getfield(L, -1, "document") == LUA_TTABLE &&
            lua_getfield(L, -1, "id") == LUA_TSTRING) {
            char old[4200];
            snprintf(old, sizeof old, "%s", lua_tostring(L, -1));
            char *hash = strchr(old, '#');
            if (hash)
                *hash = '\0';   /* a feed's "ID#n" */
            if (strcmp(old, e->id) != 0)
                S_restamp(L, top + 1, old, e->id, 0);
            lua_pushstring(L, e->path);
            lua_setfield(L, top + 2, "path");
        }
        lua_settop(L, top);
    }
}

int incremental_lookup(incremental *inc, const input_entry *e)
{
    char real[PATH_MAX], sha[65], err[4400];
    struct stat st;
    if (!realpath(e->path, real) || stat(real, &st) < 0)
        return 0;
    int hit = archive_get_file(inc->a, real, &st, sha, err, sizeof err);
    if (hit < 0)
        diag_warn(e->path, 0, "archive: %s", err);
    if (hit != 1) {
        if (inputs_sha256_file(real, inc->h->opt->max_input_size, sha, err, sizeof err) < 0)
            return 0;
    }
    int want_reach = 0;
    if (inc->prefilter) {
        archive_reach r;
        int got = archive_get_reach(inc->a, sha, inc->signature, &r, err, sizeof err);
        if (got < 0)
            diag_warn(e->path, 0, "archive: %s", err);
        if (got == 1 && !S_read_now(inc, &r) && S_keep_unread(inc, e, &r) == 0) {
            archive_reach_free(&r);
            if (hit != 1)
                archive_put_file(inc->a, real, &st, sha, err, sizeof err);
            return 2;
        }
        if (got == 1)
            S_note_read(inc, &r);
        want_reach = got != 1;
        archive_reach_free(&r);
    }
    char *bytes = NULL;
    size_t len = 0;
    if (archive_get_extraction(inc->a, sha, inc->signature, &bytes, &len, err, sizeof err) != 1)
        return 0;
    lua_State *L = inc->h->L;
    int top = lua_gettop(L);
    int okay = cb_msgpack_decode(L, bytes, len, archive_path(inc->a)) == 0 && lua_istable(L, -1);
    free(bytes);
    if (okay)
        S_adopt(L, -1, e);
    if (!okay) {
        diag_warn(e->path, 0, "archive: the cached extraction is unreadable (%s); reading the"
                  " document again", lua_isstring(L, -1) ? lua_tostring(L, -1) : "not a list");
        lua_settop(L, top);
        return 0;
    }
    if (want_reach)
        S_put_reach(inc, e, sha, -1, 1, (long)lua_rawlen(L, -1));
    if (hit != 1)
        archive_put_file(inc->a, real, &st, sha, err, sizeof err);
    return 1;
}

/* Puts input e's extractions (a MessagePack array) under its content hash,
 * and the file's stat under the hash. */
static int S_put(incremental *inc, const input_entry *e, const char *sha, const char *bytes,
                 size_t len)
{
    char err[4400], real[PATH_MAX];
    struct stat st;
    if (archive_put_extraction(inc->a, sha, inc->signature, e->id, bytes, len, err, sizeof err) < 0) {
        diag_warn(e->path, 0, "archive: %s", err);
        return -1;
    }
    if (realpath(e->path, real) && stat(real, &st) == 0)
        archive_put_file(inc->a, real, &st, sha, err, sizeof err);
    return 0;
}

/* The content hash of the extraction at index i of the list at idx, or
 * NULL when it has none. */
static const char *S_sha_at(lua_State *L, int idx, long i, char sha[65])
{
    lua_rawgeti(L, idx, i);
    lua_getfield(L, -1, "document");
    lua_getfield(L, -1, "sha256");
    snprintf(sha, 65, "%s", lua_tostring(L, -1) ? lua_tostring(L, -1) : "");
    lua_pop(L, 3);
    return strlen(sha) == 64 ? sha : NULL;
}

void incremental_store_packed(incremental *inc, const input_entry *e, int idx, long first,
                              const char *bytes, size_t len)
{
    char sha[65];
    lua_State *L = inc->h->L;
    idx = lua_absindex(L, idx);
    if (S_sha_at(L, idx, first, sha) && S_put(inc, e, sha, bytes, len) == 0)
        S_put_reach(inc, e, sha, idx, first, (long)lua_rawlen(L, idx));
}

void incremental_store(incremental *inc, const input_entry *e, int idx, long first, long last)
{
    if (last < first)
        return;
    lua_State *L = inc->h->L;
    idx = lua_absindex(L, idx);
    char sha[65], err[256];
    if (!S_sha_at(L, idx, first, sha))
        return;
    lua_createtable(L, (int)(last - first + 1), 0);
    for (long i = first; i <= last; i++) {
        lua_rawgeti(L, idx, i);
        lua_rawseti(L, -2, i - first + 1);
    }
    cb_pack list;
    if (cb_msgpack_encode(L, -1, &list, err, sizeof err) < 0)
        diag_warn(e->path, 0, "archive: the extraction is not kept: %s", err);
    else if (S_put(inc, e, sha, list.bytes, list.len) == 0)
        S_put_reach(inc, e, sha, idx, first, last);
    cb_pack_free(&list);
    lua_pop(L, 1);
}

void incremental_push_previous(incremental *inc, const char *out_dir, const char *generated)
{
    char real[PATH_MAX], err[4400];
    char *json = NULL;
    size_t len = 0;
    const char *where = realpath(out_dir, real) ? real : out_dir;
    if (archive_previous_calls(inc->a, where, generated, &json, &len, err, sizeof err) == 1 &&
        host_json_decode(inc->h, json, len, "archive") == 0) {
        free(json);
        return;
    }
    free(json);
    lua_pushnil(inc->h->L);
}

static const char *S_field(lua_State *L, int idx, const char *a, const char *b)
{
    const char *s = NULL;
    if (lua_getfield(L, idx, a) == LUA_TTABLE && b && lua_getfield(L, -1, b) == LUA_TSTRING)
        s = lua_tostring(L, -1);
    else if (!b && lua_isstring(L, -1))
        s = lua_tostring(L, -1);
    return s;   /* kept alive by the briefing on the stack */
}

/* The fields of a call the next run compares with (compare/90-changes)
 * and that name it; its claims as their number.  The whole calls are in
 * briefing.json: keeping them here too made the archive and the next run's
 * memory grow with every claim of every call (26 MB for 10,000 articles). */
static const char *const S_call_fields[] = {
    "id", "key", "participants", "date", "status", "medium", "initiator", "sources", NULL
};

/* Pushes the list of call summaries for the calls list at idx. */
static void S_push_call_summaries(lua_State *L, int idx)
{
    lua_Integer n = (lua_Integer)lua_rawlen(L, idx);
    lua_createtable(L, (int)n, 0);
    for (lua_Integer i = 1; i <= n; i++) {
        if (lua_rawgeti(L, idx, i) != LUA_TTABLE) {
            lua_rawseti(L, -2, i);              /* not a call: kept as it is */
            continue;
        }
        lua_createtable(L, 0, 10);
        for (int f = 0; S_call_fields[f]; f++) {
            lua_getfield(L, -2, S_call_fields[f]);
            lua_setfield(L, -2, S_call_fields[f]);
        }
        if (lua_getfield(L, -2, "claims") == LUA_TTABLE) {
            lua_pushinteger(L, (lua_Integer)lua_rawlen(L, -1));
            lua_setfield(L, -3, "n_claims");
        }
        lua_pop(L, 1);
        lua_remove(L, -2);
        lua_rawseti(L, -2, i);
    }
}

void incremental_record(incremental *inc, const char *out_dir)
{
    lua_State *L = inc->h->L;
    int top = lua_gettop(L), b = top;
    const char *generated = S_field(L, b, "generated", NULL);
    const char *from = S_field(L, b, "period", "from");
    const char *to = S_field(L, b, "period", "to");
    char real[PATH_MAX], err[4400];
    lua_getfield(L, b, "calls");
    if (!lua_istable(L, -1)) {
        lua_settop(L, top);
        return;
    }
    S_push_call_summaries(L, lua_gettop(L));
    if (host_json_encode(inc->h, 0) < 0) {
        lua_settop(L, top);
        return;
    }
    long long id;
    if (archive_add_briefing(inc->a, generated ? generated : "", from, to,
                             realpath(out_dir, real) ? real : out_dir, lua_tostring(L, -1),
                             &id, err, sizeof err) < 0)
        diag_warn(NULL, 0, "archive: %s", err);
    lua_settop(L, top);
}
