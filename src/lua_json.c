/*
 * lua_json.c — callbrief.json: JSON for Lua plugins, over jansson.
 *
 * encode walks a Lua value and writes the text itself, in jansson's
 * layout with sorted keys; decode loads with jansson and converts to plain
 * tables.  Decoded arrays and objects carry a shared marker metatable
 * (__jsontype) so that they re-encode as the same kind even when empty.
 *
 * Ownership: a "box" userdata whose __gc frees them holds what is
 * malloc'ed on the way: the text being written (encode) and jansson's
 * tree (decode).  A Lua error raised half-way (a function value, a cycle,
 * out of memory) therefore leaks nothing: the box is collected with the
 * rest of the garbage.  On the normal path the box is emptied at once.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>
#include <lauxlib.h>
#include <lua.h>

#include "atomic_file.h"
#include "modules.h"
#include "utf8.h"

#define BOX_MT    "callbrief.json.box"
#define OBJECT_MT "callbrief.json.object"
#define ARRAY_MT  "callbrief.json.array"
#define MAX_DEPTH 1000

/* json.null: the address of this byte, as a light userdata. */
static const char S_null = 0;

/* A float written at its own precision, to be written again at the
 * document's (see S_put_number). */
typedef struct {
    size_t at, len;
    double d;
    int prec;
} jfloat;

/* One step of the path to the value being encoded: a key, or an index
 * when key is NULL.  The key's bytes belong to the table being walked. */
typedef struct {
    const char *key;
    size_t len;
    lua_Integer index;
} jseg;

typedef struct {
    json_t *root;       /* the tree being decoded */
    char *buf;          /* the encoded document being assembled */
    size_t len, cap;
    jfloat *floats;     /* the floats in buf, in order */
    size_t nfloats, capfloats;
    jseg *segs;         /* segs[1..depth]: the path being encoded */
    size_t capsegs;
    const void **tables;    /* the tables on that path, for cycles */
    size_t ntables, captables;
} jbox;

enum kind { K_ARRAY, K_OBJECT };

typedef struct {
    lua_State *L;
    jbox *box;     /* its segs and tables: the current path */
    int depth;
} enc;

/* ---- the box ---------------------------------------------------------- */

static void S_box_clear(jbox *b)
{
    json_decref(b->root);
    free(b->buf);
    free(b->floats);
    free(b->segs);
    free(b->tables);
    b->segs = NULL;
    b->tables = NULL;
    b->capsegs = b->ntables = b->captables = 0;
    b->root = NULL;
    b->buf = NULL;
    b->len = b->cap = 0;
    b->floats = NULL;
    b->nfloats = b->capfloats = 0;
}

static int S_box_gc(lua_State *L)
{
    S_box_clear(luaL_checkudata(L, 1, BOX_MT));
    return 0;
}

static jbox *S_box_new(lua_State *L)
{
    jbox *b = lua_newuserdatauv(L, sizeof *b, 0);
    memset(b, 0, sizeof *b);
    luaL_setmetatable(L, BOX_MT);
    return b;
}

/* ---- encode: errors with a path --------------------------------------- */

static int S_is_alpha(char c)
{
    return c == '_' || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

static int S_is_ident(const char *s, size_t n)
{
    if (n == 0 || !S_is_alpha(s[0]))
        return 0;
    for (size_t i = 1; i < n; i++)
        if (!S_is_alpha(s[i]) && !(s[i] >= '0' && s[i] <= '9'))
            return 0;
    return 1;
}

/* Pushes "$.a[2]["b c"]" for the current path. */
static void S_push_path(enc *e)
{
    lua_State *L = e->L;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    luaL_addchar(&b, '$');
    for (int i = 1; i <= e->depth; i++) {
        const jseg *g = &e->box->segs[i];
        if (!g->key)
            lua_pushfstring(L, "[%I]", (LUAI_UACINT)g->index);
        else
            lua_pushfstring(L, S_is_ident(g->key, g->len) ? ".%s" : "[\"%s\"]", g->key);
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
}

static int S_fail(enc *e, const char *reason)
{
    S_push_path(e);
    return luaL_error(e->L, "json.encode: %s: %s", lua_tostring(e->L, -1), reason);
}

/* Grows *v (of *cap elements of size `size`) to hold at least `need`. */
static void S_reserve(enc *e, void **v, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return;
    size_t n = *cap ? *cap : 16;
    while (n < need)
        n *= 2;
    void *m = realloc(*v, n * size);
    if (!m)
        S_fail(e, "out of memory");
    *v = m;
    *cap = n;
}

/* One step deeper: the path's next segment is key (len bytes) or, when
 * key is NULL, index. */
static void S_step_in(enc *e, const char *key, size_t len, lua_Integer index)
{
    jbox *b = e->box;
    S_reserve(e, (void **)&b->segs, &b->capsegs, (size_t)e->depth + 2, sizeof *b->segs);
    b->segs[++e->depth] = (jseg){ key, len, index };
}

/* ---- encode: scalars -------------------------------------------------- */

/* Fewest %g digits (<= 17) that read back as d, keeping the fixed or
 * exponent style %.17g would use (so 100.0 stays "100.0", not "1e2"). */
static int S_digits(double d)
{
    char full[40], buf[40];
    snprintf(full, sizeof full, "%.17g", d);
    int exp_style = strchr(full, 'e') != NULL;
    for (int p = 1; p < 17; p++) {
        snprintf(buf, sizeof buf, "%.*g", p, d);
        if (strtod(buf, NULL) == d && (strchr(buf, 'e') != NULL) == exp_style)
            return p;
    }
    return 17;
}

/* ---- encode: tables --------------------------------------------------- */

static enum kind S_marked(lua_State *L, int idx, int *forced)
{
    *forced = 0;
    if (luaL_getmetafield(L, idx, "__jsontype") == LUA_TNIL)
        return K_ARRAY;
    const char *t = lua_tostring(L, -1);
    enum kind k = K_ARRAY;
    if (t && strcmp(t, "object") == 0) {
        k = K_OBJECT;
        *forced = 1;
    } else if (t && strcmp(t, "array") == 0) {
        *forced = 1;
    }
    lua_pop(L, 1);
    return k;
}

int cb_json_kind(lua_State *L, int idx, size_t *count, const char **why)
{
    lua_Integer n = 0, max = 0, nstr = 0;
    int forced, other = 0;
    enum kind k = S_marked(L, idx, &forced);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        n++;
        if (lua_type(L, -2) == LUA_TSTRING)
            nstr++;
        else if (lua_isinteger(L, -2) && lua_tointeger(L, -2) >= 1)
            max = lua_tointeger(L, -2) > max ? lua_tointeger(L, -2) : max;
        else
            other = 1;
        lua_pop(L, 1);
    }
    *count = (size_t)n;
    int is_array = !other && nstr == 0 && max == n;
    if (forced && k == K_ARRAY && !is_array)
        *why = "table marked as array has keys other than 1..n";
    else if (forced && k == K_OBJECT && nstr != n)
        *why = "table marked as object has keys that are not strings";
    else if (!forced && !is_array && nstr != n)
        *why = "table has keys that are neither 1..n nor strings";
    else
        return forced ? k == K_ARRAY : is_array;
    return -1;
}

/* Array (keys exactly 1..n) or object (string keys), or an error. */
static enum kind S_kind(enc *e, int idx)
{
    size_t n;
    const char *why;
    int array = cb_json_kind(e->L, idx, &n, &why);
    if (array < 0)
        S_fail(e, why);
    return array ? K_ARRAY : K_OBJECT;
}

/* ---- encode: the function --------------------------------------------- */

static int S_indent(lua_State *L)
{
    if (lua_isnoneornil(L, 2))
        return 0;
    luaL_checktype(L, 2, LUA_TTABLE);
    int isint = 1;
    lua_getfield(L, 2, "indent");
    lua_Integer n = lua_isnil(L, -1) ? 0 : lua_tointegerx(L, -1, &isint);
    lua_pop(L, 1);
    if (!isint || n < 0 || n > JSON_MAX_INDENT)
        luaL_argerror(L, 2, "indent must be an integer from 0 to 31");
    return (int)n;
}

/* ---- encode: writing the text ----------------------------------------
 * A briefing over 10,000 articles is 45 MB of JSON, and jansson's tree of
 * it several times that; building the tree cost more than the rest of
 * the rendering.  So the text is written here directly, in jansson's own
 * layout (its dump.c: separators, indentation, keys sorted bytewise,
 * strings escaping only \\, \", and control characters, \u00XX upper-case).
 * jansson still formats each float (JSON_REAL_PRECISION), and with one
 * precision for the whole document: each float is written at the
 * precision it needs, and those that needed fewer digits than the
 * document's most are written again at the end (S_fix_floats).
 * tests/unit/test_json compares the output with jansson's own dump.  An
 * error half-way leaves nothing behind: the text is assembled in the box
 * and pushed only at the end. */

typedef struct {
    enc *e;
    jbox *box;
    int indent;
    int prec;      /* the most digits a float so far needed */
    int fd;        /* cb_json_encode_fd: the file written to, else -1 */
    size_t flushed;            /* bytes written to fd so far */
    int *write_failed;         /* set when fd could not be written */
} stream;

/* With a file: the text goes to it in pieces of this size. */
enum { S_CHUNK = 1 << 20 };

static void S_flush(stream *s)
{
    jbox *b = s->box;
    if (atomic_write_all(s->fd, b->buf, b->len) < 0) {
        *s->write_failed = 1;
        S_fail(s->e, lua_pushfstring(s->e->L, "cannot write: %s", strerror(errno)));
    }
    s->flushed += b->len;
    b->len = 0;
}

/* Makes room for n more bytes (and a NUL) in the text; with a file, what
 * the text holds is written out first. */
static void S_grow(stream *s, size_t n)
{
    jbox *b = s->box;
    if (s->fd >= 0 && b->len > 0) {
        S_flush(s);
        if (n + 1 <= b->cap)
            return;
    }
    size_t cap = b->cap ? b->cap : s->fd >= 0 ? S_CHUNK : 4096;
    while (b->len + n + 1 > cap)
        cap *= 2;
    char *nb = realloc(b->buf, cap);
    if (!nb)
        S_fail(s->e, "out of memory");
    b->buf = nb;
    b->cap = cap;
}

static inline void S_put(stream *s, const char *p, size_t n)
{
    jbox *b = s->box;
    if (b->len + n + 1 > b->cap)
        S_grow(s, n);
    memcpy(b->buf + b->len, p, n);
    b->len += n;
}

/* jansson's dump_indent: a newline and depth levels, or in compact mode
 * nothing. */
static void S_newline(stream *s, int depth)
{
    if (!s->indent)
        return;
    S_put(s, "\n", 1);
    for (int i = 0; i < depth * s->indent; i++)
        S_put(s, " ", 1);
}

/* Bytes written as they are, with no look at them as UTF-8: printable
 * ASCII (and DEL) but " and \\, one bit each: 0x20-0x3F but 0x22, then
 * 0x40-0x7F but 0x5C. */
static const uint64_t S_plain_bits[4] = { 0xFFFFFFFB00000000u, 0xFFFFFFFFEFFFFFFFu, 0, 0 };

static inline int S_plain(unsigned char c)
{
    return (int)((S_plain_bits[c >> 6] >> (c & 63)) & 1);
}

/* How many of the bytes from p on (at most n) are plain, eight at a time
 * while none of the eight is a control, non-ASCII, " or \\ byte. */
static size_t S_plain_run(const unsigned char *p, size_t n)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    size_t i = 0;
    while (i + 8 <= n) {
        uint64_t x;
        memcpy(&x, p + i, 8);
        uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
        /* a high bit for each byte below 0x20, equal to " or \\, or >= 0x80 */
        uint64_t special = ((x - ones * 0x20) | (q - ones) | (b - ones) | x) & highs;
        if (special)
            break;
        i += 8;
    }
    while (i < n && S_plain(p[i]))
        i++;
    return i;
}

/* A JSON string, escaped as jansson's dump_string does; -1 when s is not
 * valid UTF-8 (nothing is reported here: the caller knows what s is). */
static int S_put_string(stream *st, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t run = 0, i = 0;
    S_put(st, "\"", 1);
    while (i < n) {
        i += S_plain_run(p + i, n - i);     /* most of the text */
        if (i == n)
            break;
        unsigned c = p[i];
        size_t len;
        if (utf8_decode(p + i, n - i, &len) < 0)
            return -1;
        if (len == 1 && (c == '\\' || c == '"' || c < 0x20)) {
            S_put(st, s + run, i - run);
            char seq[8];
            const char *esc = c == '\\' ? "\\\\" : c == '"' ? "\\\"" : c == '\b' ? "\\b"
                            : c == '\f' ? "\\f" : c == '\n' ? "\\n" : c == '\r' ? "\\r"
                            : c == '\t' ? "\\t" : NULL;
            if (!esc) {
                snprintf(seq, sizeof seq, "\\u%04X", c);
                esc = seq;
            }
            S_put(st, esc, strlen(esc));
            run = i + 1;
        }
        i += len;
    }
    S_put(st, s + run, n - run);
    S_put(st, "\"", 1);
    return 0;
}

/* jansson's text of the float d at `prec` significant digits. */
static int S_real(enc *e, double d, int prec, char *buf, size_t size)
{
    json_t *v = json_real(d);
    size_t n = v ? json_dumpb(v, buf, size, JSON_ENCODE_ANY | JSON_REAL_PRECISION(prec)) : 0;
    json_decref(v);
    if (n == 0 || n >= size)
        S_fail(e, "out of memory");
    return (int)n;
}

/* Remembers a float just about to be written at the end of the text. */
static void S_note_float(stream *st, double d, int prec, size_t len)
{
    jbox *b = st->box;
    if (b->nfloats == b->capfloats) {
        size_t cap = b->capfloats ? 2 * b->capfloats : 16;
        jfloat *v = realloc(b->floats, cap * sizeof *v);
        if (!v)
            S_fail(st->e, "out of memory");
        b->floats = v;
        b->capfloats = cap;
    }
    b->floats[b->nfloats++] = (jfloat){ st->flushed + b->len, len, d, prec };
}

/* The decimal text of v in buf (at least 21 bytes), as "%lld" writes it;
 * returns its length. */
static int S_integer(lua_Integer v, char *buf)
{
    char tmp[24];
    int n = 0, len = 0;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        buf[len++] = '-';
    while (n > 0)
        buf[len++] = tmp[--n];
    return len;
}

static void S_put_number(stream *st, int idx)
{
    enc *e = st->e;
    lua_State *L = e->L;
    char buf[64];
    int len;
    if (lua_isinteger(L, idx)) {
        len = S_integer(lua_tointeger(L, idx), buf);
    } else {
        double d = lua_tonumber(L, idx);
        if (isnan(d))
            S_fail(e, "cannot encode NaN");
        if (isinf(d))
            S_fail(e, d > 0 ? "cannot encode inf" : "cannot encode -inf");
        int prec = S_digits(d);
        len = S_real(e, d, prec, buf, sizeof buf);
        if (prec > st->prec)
            st->prec = prec;
        S_note_float(st, d, prec, (size_t)len);
    }
    S_put(st, buf, (size_t)len);
}

/* Writes the floats that needed fewer digits than the document's most
 * again at that precision, as jansson writes every float of a document. */
static void S_fix_floats(stream *st)
{
    jbox *b = st->box;
    size_t extra = 0, n = 0;
    for (size_t i = 0; i < b->nfloats; i++)
        if (b->floats[i].prec < st->prec)
            n++;
    if (n == 0)
        return;
    extra = n * 32;
    char *out = malloc(b->len + extra + 1), *p = out;
    if (!out)
        S_fail(st->e, "out of memory");
    size_t from = 0;
    for (size_t i = 0; i < b->nfloats; i++) {
        const jfloat *f = &b->floats[i];
        if (f->prec == st->prec)
            continue;
        memcpy(p, b->buf + from, f->at - from);
        p += f->at - from;
        char buf[64];
        int len = S_real(st->e, f->d, st->prec, buf, sizeof buf);
        memcpy(p, buf, (size_t)len);
        p += len;
        from = f->at + f->len;
    }
    memcpy(p, b->buf + from, b->len - from);
    p += b->len - from;
    free(b->buf);
    b->buf = out;
    b->len = (size_t)(p - out);
    b->cap = b->len + extra + 1;
}

/* Whether S_fix_floats would change any float's text. */
static int S_floats_change(stream *st)
{
    jbox *b = st->box;
    for (size_t i = 0; i < b->nfloats; i++) {
        const jfloat *f = &b->floats[i];
        if (f->prec == st->prec)
            continue;
        char now[64], then[64];
        int n = S_real(st->e, f->d, st->prec, now, sizeof now);
        if (n != S_real(st->e, f->d, f->prec, then, sizeof then) || memcmp(now, then, (size_t)n))
            return 1;
    }
    return 0;
}

/* cb_json_encode_fd's end: the rest written, and the floats fixed when
 * their text changes (rare: a float that needs more digits than the
 * others, see S_fix_floats), by reading the text back and writing it
 * again. */
static void S_finish_fd(stream *st)
{
    jbox *b = st->box;
    S_flush(st);
    if (!S_floats_change(st))
        return;
    size_t total = st->flushed;
    char *all = realloc(b->buf, total + 1);
    if (!all)
        S_fail(st->e, "out of memory");
    b->buf = all;
    b->cap = total + 1;
    for (size_t got = 0; got < total;) {
        ssize_t r = pread(st->fd, b->buf + got, total - got, (off_t)got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            *st->write_failed = 1;
            S_fail(st->e, lua_pushfstring(st->e->L, "cannot read back: %s",
                                          r < 0 ? strerror(errno) : "file shrank"));
        }
        got += (size_t)r;
    }
    b->len = total;
    S_fix_floats(st);
    st->flushed = 0;
    if (lseek(st->fd, 0, SEEK_SET) < 0 || ftruncate(st->fd, 0) < 0) {
        *st->write_failed = 1;
        S_fail(st->e, lua_pushfstring(st->e->L, "cannot write: %s", strerror(errno)));
    }
    S_flush(st);
}

static void S_stream(stream *s, int idx, int depth);

/* The Lua value at idx, written at `depth`. */
static void S_value(stream *s, int idx, int depth)
{
    lua_State *L = s->e->L;
    switch (lua_type(L, idx)) {
    case LUA_TNIL:
        S_put(s, "null", 4);
        return;
    case LUA_TBOOLEAN:
        if (lua_toboolean(L, idx))
            S_put(s, "true", 4);
        else
            S_put(s, "false", 5);
        return;
    case LUA_TNUMBER:
        S_put_number(s, idx);
        return;
    case LUA_TSTRING: {
        size_t n;
        const char *str = lua_tolstring(L, idx, &n);
        if (S_put_string(s, str, n) < 0)
            S_fail(s->e, "string is not valid UTF-8");
        return;
    }
    case LUA_TTABLE:
        S_stream(s, idx, depth);
        return;
    case LUA_TLIGHTUSERDATA:
        if (lua_touserdata(L, idx) == (void *)&S_null) {
            S_put(s, "null", 4);
            return;
        }
        break;
    }
    S_fail(s->e, lua_pushfstring(L, "cannot encode a %s", luaL_typename(L, idx)));
}

typedef struct { const char *key; size_t len; } skey;

static int S_key_order(const void *a, const void *b)
{
    const skey *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->key, y->key, n);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* One entry, the value on top of the stack: key (len bytes), or index
 * when key is NULL. */
static void S_entry(stream *s, int depth, const char *key, size_t len, lua_Integer index)
{
    enc *e = s->e;
    int top = lua_gettop(e->L);
    S_step_in(e, key, len, index);
    S_value(s, top, depth);
    e->depth--;
}

static void S_stream_array(stream *s, int idx, int depth)
{
    lua_State *L = s->e->L;
    lua_Integer n = (lua_Integer)lua_rawlen(L, idx);
    S_put(s, "[", 1);
    if (n > 0)
        S_newline(s, depth + 1);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, idx, i);
        S_entry(s, depth + 1, NULL, 0, i);
        lua_pop(L, 1);
        if (i < n) {
            S_put(s, ",", 1);
            S_newline(s, depth + 1);
        } else {
            S_newline(s, depth);
        }
    }
    S_put(s, "]", 1);
}

static void S_stream_object(stream *s, int idx, int depth)
{
    enc *e = s->e;
    lua_State *L = e->L;
    size_t n = 0, cap = 16;
    /* the keys, kept alive by the table; a userdata frees them on error */
    skey *keys = lua_newuserdatauv(L, cap * sizeof *keys, 0);
    int keys_at = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (n == cap) {
            skey *more = lua_newuserdatauv(L, 2 * cap * sizeof *keys, 0);
            memcpy(more, keys, n * sizeof *keys);
            lua_replace(L, keys_at);
            keys = more;
            cap *= 2;
        }
        keys[n].key = lua_tolstring(L, -1, &keys[n].len);
        n++;
    }
    qsort(keys, n, sizeof *keys, S_key_order);
    S_put(s, "{", 1);
    if (n > 0)
        S_newline(s, depth + 1);
    for (size_t i = 0; i < n; i++) {
        if (S_put_string(s, keys[i].key, keys[i].len) < 0) {
            S_step_in(e, keys[i].key, keys[i].len, 0);
            S_fail(e, "key is not valid UTF-8");
        }
        S_put(s, s->indent ? ": " : ":", s->indent ? 2 : 1);
        lua_pushlstring(L, keys[i].key, keys[i].len);
        lua_rawget(L, idx);
        S_entry(s, depth + 1, keys[i].key, keys[i].len, 0);
        lua_pop(L, 1);
        if (i + 1 < n) {
            S_put(s, ",", 1);
            S_newline(s, depth + 1);
        } else {
            S_newline(s, depth);
        }
    }
    S_put(s, "}", 1);
    lua_settop(L, keys_at - 1);
}

/* A table, its entries written one by one. */
static void S_stream(stream *s, int idx, int depth)
{
    enc *e = s->e;
    lua_State *L = e->L;
    luaL_checkstack(L, 8, "json.encode: nesting too deep");
    if (e->depth >= MAX_DEPTH)
        S_fail(e, "nesting deeper than 1000 levels");
    jbox *b = e->box;
    const void *t = lua_topointer(L, idx);
    /* the path is short: a look along it costs less than a set */
    for (size_t i = 0; i < b->ntables; i++)
        if (b->tables[i] == t)
            S_fail(e, "cycle: table contains itself");
    enum kind k = S_kind(e, idx);
    S_reserve(e, (void **)&b->tables, &b->captables, b->ntables + 1, sizeof *b->tables);
    b->tables[b->ntables++] = t;
    if (k == K_ARRAY)
        S_stream_array(s, idx, depth);
    else
        S_stream_object(s, idx, depth);
    b->ntables--;
}

static int S_encode(lua_State *L)
{
    luaL_checkany(L, 1);
    int indent = S_indent(L);
    lua_settop(L, 1);
    jbox *b = S_box_new(L);                          /* 2 */
    enc e = { L, b, 0 };
    stream s = { &e, b, indent, 1, -1, 0, NULL };
    S_value(&s, 1, 0);
    S_fix_floats(&s);
    lua_pushlstring(L, b->buf ? b->buf : "", b->len);
    S_box_clear(b);
    return 1;
}

/* cb_json_encode_fd as a Lua C function: (value, opts, fd, write_failed). */
static int S_encode_fd(lua_State *L)
{
    int indent = S_indent(L);
    int fd = (int)lua_tointeger(L, 3);
    int *write_failed = lua_touserdata(L, 4);
    lua_settop(L, 1);
    jbox *b = S_box_new(L);                          /* 2 */
    enc e = { L, b, 0 };
    stream s = { &e, b, indent, 1, fd, 0, write_failed };
    S_value(&s, 1, 0);
    S_finish_fd(&s);
    S_box_clear(b);
    return 0;
}

int cb_json_encode_fd(lua_State *L, int idx, int opts, int fd, int *write_failed)
{
    idx = lua_absindex(L, idx);
    opts = lua_absindex(L, opts);
    *write_failed = 0;
    lua_pushcfunction(L, S_encode_fd);
    lua_pushvalue(L, idx);
    lua_pushvalue(L, opts);
    lua_pushinteger(L, fd);
    lua_pushlightuserdata(L, write_failed);
    return lua_pcall(L, 4, 0, 0) == LUA_OK ? 0 : -1;
}

/* ---- decode ----------------------------------------------------------- */

static void S_push_json(lua_State *L, json_t *v);

static void S_push_object(lua_State *L, json_t *v)
{
    lua_createtable(L, 0, (int)json_object_size(v));
    for (void *it = json_object_iter(v); it; it = json_object_iter_next(v, it)) {
        lua_pushlstring(L, json_object_iter_key(it), json_object_iter_key_len(it));
        S_push_json(L, json_object_iter_value(it));
        lua_rawset(L, -3);
    }
    luaL_setmetatable(L, OBJECT_MT);
}

static void S_push_array(lua_State *L, json_t *v)
{
    size_t n = json_array_size(v);
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        S_push_json(L, json_array_get(v, i));
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    luaL_setmetatable(L, ARRAY_MT);
}

static void S_push_json(lua_State *L, json_t *v)
{
    luaL_checkstack(L, 4, "json.decode: nesting too deep");
    switch (json_typeof(v)) {
    case JSON_OBJECT: S_push_object(L, v); break;
    case JSON_ARRAY: S_push_array(L, v); break;
    case JSON_STRING: lua_pushlstring(L, json_string_value(v), json_string_length(v)); break;
    case JSON_INTEGER: lua_pushinteger(L, (lua_Integer)json_integer_value(v)); break;
    case JSON_REAL: lua_pushnumber(L, json_real_value(v)); break;
    case JSON_TRUE: lua_pushboolean(L, 1); break;
    case JSON_FALSE: lua_pushboolean(L, 0); break;
    case JSON_NULL: lua_pushlightuserdata(L, (void *)&S_null); break;
    }
}

/* Pushes the value of the JSON text s[0..n) and returns 1, or pushes nil
 * and "chunk:line:col: message" and returns 2. */
static int S_push_decoded(lua_State *L, const char *s, size_t n, const char *chunk)
{
    json_error_t err;
    jbox *b = S_box_new(L);
    b->root = json_loadb(s, n, JSON_DECODE_ANY | JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES, &err);
    if (!b->root) {
        lua_pushnil(L);
        /* jansson reports 0 (or -1) when it has read nothing */
        lua_pushfstring(L, "%s:%d:%d: %s", chunk, err.line < 1 ? 1 : err.line,
                        err.column < 1 ? 1 : err.column, err.text);
        return 2;
    }
    S_push_json(L, b->root);
    S_box_clear(b);
    return 1;
}

static int S_decode(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    return S_push_decoded(L, s, n, luaL_optstring(L, 2, "json"));
}

/* For the host (cb_json_decode_buffer): decode a C buffer without a Lua
 * string copy of it; 10,000 extractions are 75 MB of text. */
typedef struct {
    const char *s, *chunk;
    size_t n;
} dec_args;

static int S_decode_buffer(lua_State *L)
{
    dec_args *a = lua_touserdata(L, 1);
    if (S_push_decoded(L, a->s, a->n, a->chunk) == 1)
        lua_pushnil(L);
    return 2;
}

int cb_json_decode_buffer(lua_State *L, const char *s, size_t n, const char *chunk)
{
    dec_args a = { s, chunk, n };
    lua_pushcfunction(L, S_decode_buffer);
    lua_pushlightuserdata(L, &a);
    if (lua_pcall(L, 1, 2, 0) != LUA_OK)
        return -1;
    if (lua_isnil(L, -2)) {
        lua_remove(L, -2);
        return -1;
    }
    lua_pop(L, 1);
    return 0;
}

/* ---- markers ---------------------------------------------------------- */

static int S_mark(lua_State *L, const char *mt)
{
    if (lua_isnoneornil(L, 1)) {
        lua_settop(L, 0);
        lua_newtable(L);
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    if (lua_getmetatable(L, 1)) {
        luaL_getmetatable(L, OBJECT_MT);
        luaL_getmetatable(L, ARRAY_MT);
        if (!lua_rawequal(L, -1, -3) && !lua_rawequal(L, -2, -3))
            luaL_argerror(L, 1, "table already has a metatable");
        lua_settop(L, 1);
    }
    luaL_setmetatable(L, mt);
    return 1;
}

static int S_object(lua_State *L) { return S_mark(L, OBJECT_MT); }
static int S_array(lua_State *L) { return S_mark(L, ARRAY_MT); }

/* Which marker a table carries (0 none, 1 object, 2 array, -1 another
 * metatable); the two markers pushed, made first in a state that has not
 * opened the module (lua_pack.c). */
int cb_json_marker(lua_State *L, int idx)
{
    if (!lua_getmetatable(L, idx))
        return 0;
    int kind = -1;
    luaL_getmetatable(L, OBJECT_MT);
    luaL_getmetatable(L, ARRAY_MT);
    if (lua_rawequal(L, -3, -2))
        kind = 1;
    else if (lua_rawequal(L, -3, -1))
        kind = 2;
    lua_pop(L, 3);
    return kind;
}

static void S_marker_mt(lua_State *L, const char *name, const char *kind);

void cb_json_push_markers(lua_State *L)
{
    S_marker_mt(L, OBJECT_MT, "object");
    S_marker_mt(L, ARRAY_MT, "array");
    luaL_getmetatable(L, OBJECT_MT);
    luaL_getmetatable(L, ARRAY_MT);
}

int cb_json_is_null(lua_State *L, int idx)
{
    return lua_touserdata(L, idx) == (void *)&S_null;
}

void cb_json_push_null(lua_State *L)
{
    lua_pushlightuserdata(L, (void *)&S_null);
}

/* ---- module ----------------------------------------------------------- */

/* The marker metatable `name`, made once per state. */
static void S_marker_mt(lua_State *L, const char *name, const char *kind)
{
    if (luaL_newmetatable(L, name)) {
        lua_pushstring(L, kind);
        lua_setfield(L, -2, "__jsontype");
    }
    lua_pop(L, 1);
}

static const luaL_Reg json_funcs[] = {
    {"encode", S_encode},
    {"decode", S_decode},
    {"object", S_object},
    {"array", S_array},
    {NULL, NULL}
};

int luaopen_cb_json(lua_State *L)
{
    if (luaL_newmetatable(L, BOX_MT)) {
        lua_pushcfunction(L, S_box_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_pop(L, 1);
    S_marker_mt(L, OBJECT_MT, "object");
    S_marker_mt(L, ARRAY_MT, "array");
    luaL_newlib(L, json_funcs);
    lua_pushlightuserdata(L, (void *)&S_null);
    lua_setfield(L, -2, "null");
    return 1;
}
