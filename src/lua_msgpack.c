/*
 * lua_msgpack.c — extractions as MessagePack (msgpack-c): how a worker
 * thread hands its extractions to the main thread, and how the archive
 * keeps them.
 *
 * The values are the ones JSON carries, with JSON's rules: a table is an
 * array (keys exactly 1..n) or an object (string keys), as its
 * json.array/json.object marker says or else as its keys say; json.null
 * is nil.  Decoded tables carry the markers, as callbrief.json's decode
 * gives them, so a value comes back exactly as a JSON round trip would
 * bring it.  Why not JSON: jansson builds a tree of one malloc'ed node per
 * value and parses text; a 10,000-document archive read back took 1.2 s
 * of the main thread, this takes a third of that.  Keys are written in
 * byte order, as json.encode writes them, so the bytes (and the order in
 * which a decoded table was filled) do not depend on a hash seed.
 *
 * Ownership: cb_msgpack_encode's out is the caller's (cb_pack_free; it is
 * empty after a failure).  Both functions run
 * their Lua work under lua_pcall: an error leaves the stack as it was.
 */
#include <lauxlib.h>
#include <lua.h>
#include <msgpack.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "modules.h"

enum { MP_MAX_DEPTH = 1000 };

typedef struct {
    msgpack_packer pk;
    int markers;        /* stack index of the object marker; array above */
    const char *why;    /* the reason of a failure (static text or buf) */
    char buf[64];
} mp_enc;

typedef struct { const char *s; size_t n; } mp_key;

static int S_key_order(const void *a, const void *b)
{
    const mp_key *x = a, *y = b;
    size_t n = x->n < y->n ? x->n : y->n;
    int c = memcmp(x->s, y->s, n);
    return c ? c : (x->n > y->n) - (x->n < y->n);
}

static int S_encode(lua_State *L, mp_enc *e, int idx, int depth);

static int S_encode_object(lua_State *L, mp_enc *e, int idx, size_t n, int depth)
{
    /* the keys, kept alive by the table; collected with the userdata */
    mp_key *keys = lua_newuserdatauv(L, (n ? n : 1) * sizeof *keys, 0);
    size_t k = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        keys[k].s = lua_tolstring(L, -1, &keys[k].n);
        k++;
    }
    qsort(keys, n, sizeof *keys, S_key_order);
    msgpack_pack_map(&e->pk, n);
    for (k = 0; k < n; k++) {
        msgpack_pack_str_with_body(&e->pk, keys[k].s, keys[k].n);
        lua_pushlstring(L, keys[k].s, keys[k].n);
        lua_rawget(L, idx);
        int rc = S_encode(L, e, lua_gettop(L), depth + 1);
        lua_pop(L, 1);
        if (rc < 0)
            return -1;
    }
    lua_pop(L, 1);
    return 0;
}

static int S_encode_table(lua_State *L, mp_enc *e, int idx, int depth)
{
    size_t n;
    if (depth > MP_MAX_DEPTH) {
        e->why = "nesting deeper than 1000 levels";
        return -1;
    }
    luaL_checkstack(L, 8, "msgpack: nesting too deep");
    int array = cb_json_kind(L, idx, &n, &e->why);
    if (array < 0)
        return -1;
    if (!array)
        return S_encode_object(L, e, idx, n, depth);
    msgpack_pack_array(&e->pk, n);
    for (lua_Integer i = 1; i <= (lua_Integer)n; i++) {
        lua_rawgeti(L, idx, i);
        int rc = S_encode(L, e, lua_gettop(L), depth + 1);
        lua_pop(L, 1);
        if (rc < 0)
            return -1;
    }
    return 0;
}

static int S_encode(lua_State *L, mp_enc *e, int idx, int depth)
{
    size_t n;
    const char *s;
    switch (lua_type(L, idx)) {
    case LUA_TNIL: return msgpack_pack_nil(&e->pk);
    case LUA_TBOOLEAN:
        return lua_toboolean(L, idx) ? msgpack_pack_true(&e->pk) : msgpack_pack_false(&e->pk);
    case LUA_TNUMBER:
        if (lua_isinteger(L, idx))
            return msgpack_pack_int64(&e->pk, (int64_t)lua_tointeger(L, idx));
        return msgpack_pack_double(&e->pk, (double)lua_tonumber(L, idx));
    case LUA_TSTRING:
        s = lua_tolstring(L, idx, &n);
        return msgpack_pack_str_with_body(&e->pk, s, n);
    case LUA_TLIGHTUSERDATA:
        if (cb_json_is_null(L, idx))
            return msgpack_pack_nil(&e->pk);
        break;
    case LUA_TTABLE:
        return S_encode_table(L, e, idx, depth);
    }
    snprintf(e->buf, sizeof e->buf, "cannot encode a %s", luaL_typename(L, idx));
    e->why = e->buf;
    return -1;
}

/* Under lua_pcall: arguments the value and the encoder. */
static int S_encode_call(lua_State *L)
{
    mp_enc *e = lua_touserdata(L, 2);
    lua_pushboolean(L, S_encode(L, e, 1, 0) == 0);
    return 1;
}

/* msgpack's writer: appends to the cb_pack. */
static int S_write(void *data, const char *buf, size_t len)
{
    return cb_pack_append(data, buf, len);
}

int cb_msgpack_encode(lua_State *L, int idx, cb_pack *out, char *err, size_t errlen)
{
    mp_enc e = { .why = NULL, .buf = "" };
    *out = (cb_pack){ 0 };
    msgpack_packer_init(&e.pk, out, S_write);
    if (!lua_checkstack(L, 4)) {
        snprintf(err, errlen, "out of stack");
        return -1;
    }
    idx = lua_absindex(L, idx);
    int top = lua_gettop(L);
    lua_pushcfunction(L, S_encode_call);
    lua_pushvalue(L, idx);
    lua_pushlightuserdata(L, &e);
    int status = lua_pcall(L, 2, 1, 0);
    int rc = status == LUA_OK && lua_toboolean(L, -1) ? 0 : -1;
    if (rc < 0)
        snprintf(err, errlen, "%s", status != LUA_OK && lua_isstring(L, -1) ? lua_tostring(L, -1)
                                    : e.why ? e.why : "out of memory");
    lua_settop(L, top);
    if (rc < 0)
        cb_pack_free(out);
    return rc;
}

int cb_msgpack_join(const cb_pack *items, size_t n, cb_pack *out)
{
    msgpack_packer pk;
    *out = (cb_pack){ 0 };
    msgpack_packer_init(&pk, out, S_write);
    int rc = msgpack_pack_array(&pk, n);
    for (size_t i = 0; rc == 0 && i < n; i++)
        rc = S_write(out, items[i].bytes, items[i].len);
    if (rc != 0)
        cb_pack_free(out);
    return rc == 0 ? 0 : -1;
}

/* ---- decode ------------------------------------------------------------ */

typedef struct {
    int markers;        /* stack index of the object marker; array above */
    const char *why;
} mp_dec;

static int S_push(lua_State *L, mp_dec *d, const msgpack_object *o, int depth);

static int S_push_map(lua_State *L, mp_dec *d, const msgpack_object_map *m, int depth)
{
    lua_createtable(L, 0, m->size < INT32_MAX ? (int)m->size : 0);
    for (uint32_t i = 0; i < m->size; i++) {
        const msgpack_object *k = &m->ptr[i].key;
        if (k->type != MSGPACK_OBJECT_STR) {
            d->why = "a map key that is not a string";
            return -1;
        }
        lua_pushlstring(L, k->via.str.ptr, k->via.str.size);
        if (S_push(L, d, &m->ptr[i].val, depth + 1) < 0)
            return -1;
        lua_rawset(L, -3);
    }
    lua_pushvalue(L, d->markers);
    lua_setmetatable(L, -2);
    return 0;
}

static int S_push_array(lua_State *L, mp_dec *d, const msgpack_object_array *a, int depth)
{
    lua_createtable(L, a->size < INT32_MAX ? (int)a->size : 0, 0);
    for (uint32_t i = 0; i < a->size; i++) {
        if (S_push(L, d, &a->ptr[i], depth + 1) < 0)
            return -1;
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_pushvalue(L, d->markers + 1);
    lua_setmetatable(L, -2);
    return 0;
}

static int S_push(lua_State *L, mp_dec *d, const msgpack_object *o, int depth)
{
    if (depth > MP_MAX_DEPTH || !lua_checkstack(L, 4)) {
        d->why = "nesting deeper than 1000 levels";
        return -1;
    }
    switch (o->type) {
    case MSGPACK_OBJECT_NIL: cb_json_push_null(L); return 0;
    case MSGPACK_OBJECT_BOOLEAN: lua_pushboolean(L, o->via.boolean); return 0;
    case MSGPACK_OBJECT_POSITIVE_INTEGER:
        if (o->via.u64 > (uint64_t)LUA_MAXINTEGER)
            break;
        lua_pushinteger(L, (lua_Integer)o->via.u64);
        return 0;
    case MSGPACK_OBJECT_NEGATIVE_INTEGER: lua_pushinteger(L, (lua_Integer)o->via.i64); return 0;
    case MSGPACK_OBJECT_FLOAT32:
    case MSGPACK_OBJECT_FLOAT64: lua_pushnumber(L, (lua_Number)o->via.f64); return 0;
    case MSGPACK_OBJECT_STR: lua_pushlstring(L, o->via.str.ptr, o->via.str.size); return 0;
    case MSGPACK_OBJECT_ARRAY: return S_push_array(L, d, &o->via.array, depth);
    case MSGPACK_OBJECT_MAP: return S_push_map(L, d, &o->via.map, depth);
    default: break;
    }
    d->why = "a value JSON has no place for (binary, extension or a too large integer)";
    return -1;
}

/* Big-endian unsigned integer of n bytes at p. */
static uint64_t S_be(const unsigned char *p, int n)
{
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v = v << 8 | p[i];
    return v;
}

/* 1 when buf[0..len) is one value whose containers claim no more entries
 * than there are bytes left.  msgpack-c allocates a container's entries
 * up front, so an array header claiming 2^32 entries would cost 100 GB
 * before the bytes run out; this walk, one header at a time, keeps a
 * damaged archive row from asking for more than a few times its size. */
static int S_plausible(const char *buf, size_t len)
{
    const unsigned char *p = (const unsigned char *)buf, *end = p + len;
    uint64_t want = 1;          /* values still to come */
    while (want > 0) {
        if (p >= end || want > (uint64_t)(end - p))
            return 0;
        want--;
        unsigned c = *p++;
        uint64_t skip = 0, n = 0, entries = 0;
        if (c <= 0x7f || c >= 0xe0 || (c >= 0xc0 && c <= 0xc3))
            continue;                               /* fixint, nil, bool */
        if (c >= 0x80 && c <= 0x8f)
            entries = 2 * (uint64_t)(c & 0x0f);     /* fixmap */
        else if (c >= 0x90 && c <= 0x9f)
            entries = c & 0x0f;                     /* fixarray */
        else if (c >= 0xa0 && c <= 0xbf)
            skip = c & 0x1f;                        /* fixstr */
        else {
            static const signed char width[] = {    /* 0xc4..0xdf: length bytes, -k fixed */
                1, 2, 4, 1, 2, 4, -4, -8, -1, -2, -4, -8, -1, -2, -4, -8,
                -2, -3, -5, -9, -17, 1, 2, 4, 2, 4, 2, 4 };
            int w = c >= 0xc4 ? width[c - 0xc4] : 0;
            if (w < 0) {
                skip = (uint64_t)-w;                /* numbers, fixext */
            } else {
                if (w == 0 || (size_t)(end - p) < (size_t)w)
                    return 0;
                n = S_be(p, w);
                p += w;
                if (c >= 0xdc)
                    entries = c >= 0xde ? 2 * n : n;    /* array/map 16, 32 */
                else
                    skip = n + (c >= 0xc7 && c <= 0xc9);  /* bin, str; ext's type */
            }
        }
        if (skip > (uint64_t)(end - p))
            return 0;
        p += skip;
        want += entries;
    }
    return 1;
}

/* Under lua_pcall: arguments the object and the decoder. */
static int S_decode_call(lua_State *L)
{
    const msgpack_object *o = lua_touserdata(L, 1);
    mp_dec *d = lua_touserdata(L, 2);
    lua_settop(L, 0);
    cb_json_push_markers(L);
    d->markers = 1;
    return S_push(L, d, o, 0) < 0 ? 0 : 1;
}

int cb_msgpack_decode(lua_State *L, const char *buf, size_t len, const char *chunk)
{
    msgpack_unpacked up;
    size_t off = 0;
    mp_dec d = { .why = NULL };
    msgpack_unpacked_init(&up);
    msgpack_unpack_return ret = S_plausible(buf, len) ? msgpack_unpack_next(&up, buf, len, &off)
                                                      : MSGPACK_UNPACK_PARSE_ERROR;
    int rc = -1;
    if (ret == MSGPACK_UNPACK_SUCCESS && off != len) {
        d.why = "bytes after the value";
    } else if (ret == MSGPACK_UNPACK_SUCCESS) {
        int top = lua_gettop(L);
        lua_pushcfunction(L, S_decode_call);
        lua_pushlightuserdata(L, &up.data);
        lua_pushlightuserdata(L, &d);
        if (lua_pcall(L, 2, 1, 0) != LUA_OK)
            d.why = "out of memory";
        else if (!d.why)
            rc = 0;
        if (rc < 0)
            lua_settop(L, top);
    } else {
        d.why = ret == MSGPACK_UNPACK_NOMEM_ERROR ? "out of memory" : "not MessagePack (or cut short)";
    }
    msgpack_unpacked_destroy(&up);
    if (rc < 0)
        lua_pushfstring(L, "%s: %s", chunk, d.why ? d.why : "not MessagePack");
    return rc;
}
