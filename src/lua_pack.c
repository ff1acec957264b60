/*
 * lua_pack.c — a value of the briefing's data model packed into bytes and
 * unpacked into another Lua state: nil, booleans, numbers (integers stay
 * integers), strings, json.null, and tables of these with their
 * json.array/json.object markers; a table reached twice (or a cycle) is
 * packed once and comes back shared the same way.  Anything else
 * (functions, userdata, other metatables) is refused.
 *
 * Why not JSON: it would copy shared tables and lose integer keys, and the
 * bytes live only between two calls of one run.  Why not a copy from state
 * to state: the new state's objects would fill the holes of the old one's
 * heap; packed, the old state can be closed first (pipeline.c).
 *
 * Format: a tag byte, then its payload.  'T' id marker n-array: a table,
 * then key, value pairs until 'E'; 'R' id: a table packed before.
 */
#include <lauxlib.h>
#include <lua.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "modules.h"

enum { PACK_MAX_DEPTH = 1000 };

typedef struct packer {
    lua_State *L;
    int seen;          /* table -> id */
    int markers;       /* the object marker; the array marker above it */
    lua_Integer ids;
    cb_pack *out;
    char *err;
    size_t errlen;
} packer;

static int S_fail(char *err, size_t errlen, const char *what)
{
    snprintf(err, errlen, "%s", what);
    return -1;
}

int cb_pack_append(cb_pack *b, const void *src, size_t n)
{
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n)
            cap *= 2;
        char *v = realloc(b->bytes, cap);
        if (!v)
            return -1;
        b->bytes = v;
        b->cap = cap;
    }
    memcpy(b->bytes + b->len, src, n);
    b->len += n;
    return 0;
}

static int S_put(packer *p, const void *src, size_t n)
{
    if (cb_pack_append(p->out, src, n) < 0)
        return S_fail(p->err, p->errlen, "out of memory");
    return 0;
}

static int S_tag(packer *p, char tag) { return S_put(p, &tag, 1); }

static int S_u64(packer *p, uint64_t v) { return S_put(p, &v, sizeof v); }

static int S_pack(packer *p, int idx, int depth);

static int S_pack_table(packer *p, int idx, int depth)
{
    lua_State *L = p->L;
    if (depth > PACK_MAX_DEPTH)
        return S_fail(p->err, p->errlen, "nested too deep");
    lua_pushvalue(L, idx);
    if (lua_rawget(L, p->seen) == LUA_TNUMBER) {
        uint64_t id = (uint64_t)lua_tointeger(L, -1);
        lua_pop(L, 1);
        return S_tag(p, 'R') < 0 ? -1 : S_u64(p, id);
    }
    lua_pop(L, 1);
    int marker = 0;
    if (lua_getmetatable(L, idx)) {
        marker = lua_rawequal(L, -1, p->markers) ? 1 : lua_rawequal(L, -1, p->markers + 1) ? 2 : -1;
        lua_pop(L, 1);
    }
    if (marker < 0)
        return S_fail(p->err, p->errlen, "a table with a metatable of its own");
    lua_pushvalue(L, idx);
    lua_pushinteger(L, ++p->ids);
    lua_rawset(L, p->seen);
    unsigned char m = (unsigned char)marker;
    if (S_tag(p, 'T') < 0 || S_u64(p, (uint64_t)p->ids) < 0 || S_put(p, &m, 1) < 0 ||
        S_u64(p, (uint64_t)lua_rawlen(L, idx)) < 0)
        return -1;
    if (!lua_checkstack(L, 4))
        return S_fail(p->err, p->errlen, "out of stack");
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        int top = lua_gettop(L);
        if (S_pack(p, top - 1, depth + 1) < 0 || S_pack(p, top, depth + 1) < 0)
            return -1;
        lua_pop(L, 1);
    }
    return S_tag(p, 'E');
}

static int S_pack(packer *p, int idx, int depth)
{
    lua_State *L = p->L;
    size_t n;
    const char *s;
    switch (lua_type(L, idx)) {
    case LUA_TNIL: return S_tag(p, 'n');
    case LUA_TBOOLEAN: return S_tag(p, lua_toboolean(L, idx) ? 't' : 'f');
    case LUA_TNUMBER:
        if (lua_isinteger(L, idx)) {
            lua_Integer i = lua_tointeger(L, idx);
            return S_tag(p, 'i') < 0 ? -1 : S_put(p, &i, sizeof i);
        } else {
            lua_Number d = lua_tonumber(L, idx);
            return S_tag(p, 'd') < 0 ? -1 : S_put(p, &d, sizeof d);
        }
    case LUA_TSTRING:
        s = lua_tolstring(L, idx, &n);
        return S_tag(p, 's') < 0 || S_u64(p, n) < 0 ? -1 : S_put(p, s, n);
    case LUA_TLIGHTUSERDATA:
        if (!cb_json_is_null(L, idx))
            return S_fail(p->err, p->errlen, "a light userdata other than json.null");
        return S_tag(p, 'z');
    case LUA_TTABLE:
        return S_pack_table(p, lua_absindex(L, idx), depth);
    default:
        snprintf(p->err, p->errlen, "a %s", lua_typename(L, lua_type(L, idx)));
        return -1;
    }
}

/* Run under lua_pcall (a memory error raises): arguments the value and
 * the packer. */
static int S_pack_call(lua_State *L)
{
    packer *p = lua_touserdata(L, 2);
    cb_json_push_markers(L);
    p->markers = lua_gettop(L) - 1;
    lua_newtable(L);
    p->seen = lua_gettop(L);
    lua_pushboolean(L, S_pack(p, 1, 0) == 0);
    return 1;
}

int cb_pack_value(lua_State *L, int idx, cb_pack *out, char *err, size_t errlen)
{
    packer p = { .L = L, .out = out, .err = err, .errlen = errlen };
    *out = (cb_pack){ 0 };
    if (!lua_checkstack(L, 8))
        return S_fail(err, errlen, "out of stack");
    idx = lua_absindex(L, idx);
    lua_pushcfunction(L, S_pack_call);
    lua_pushvalue(L, idx);
    lua_pushlightuserdata(L, &p);
    int rc = -1;
    if (lua_pcall(L, 2, 1, 0) != LUA_OK)
        S_fail(err, errlen, lua_tostring(L, -1) ? lua_tostring(L, -1) : "error");
    else
        rc = lua_toboolean(L, -1) ? 0 : -1;
    lua_pop(L, 1);
    if (rc < 0)
        cb_pack_free(out);
    return rc;
}

void cb_pack_free(cb_pack *b)
{
    free(b->bytes);
    *b = (cb_pack){ 0 };
}

/* ---- unpack ------------------------------------------------------------ */

typedef struct reader {
    lua_State *L;
    const char *p, *end;
    int made;          /* id -> table */
    int markers;       /* the object marker; the array marker above it */
} reader;

static int S_get(reader *r, void *dst, size_t n)
{
    if ((size_t)(r->end - r->p) < n)
        return -1;
    memcpy(dst, r->p, n);
    r->p += n;
    return 0;
}

static int S_unpack(reader *r, int depth);

static int S_unpack_table(reader *r, int depth)
{
    lua_State *L = r->L;
    uint64_t id, narr;
    unsigned char marker;
    if (depth > PACK_MAX_DEPTH || S_get(r, &id, sizeof id) < 0 || S_get(r, &marker, 1) < 0 ||
        marker > 2 || S_get(r, &narr, sizeof narr) < 0 || !lua_checkstack(L, 4))
        return -1;
    lua_createtable(L, narr < INT32_MAX ? (int)narr : 0, 0);
    lua_pushvalue(L, -1);
    lua_rawseti(L, r->made, (lua_Integer)id);
    if (marker) {
        lua_pushvalue(L, r->markers + (marker == 2));
        lua_setmetatable(L, -2);
    }
    while (r->p < r->end && *r->p != 'E') {
        if (S_unpack(r, depth + 1) < 0 || S_unpack(r, depth + 1) < 0)
            return -1;
        lua_rawset(L, -3);
    }
    return r->p < r->end ? (r->p++, 0) : -1;
}

static int S_unpack(reader *r, int depth)
{
    lua_State *L = r->L;
    char tag;
    lua_Integer i;
    lua_Number d;
    uint64_t n;
    if (S_get(r, &tag, 1) < 0)
        return -1;
    switch (tag) {
    case 'n': lua_pushnil(L); return 0;
    case 't': lua_pushboolean(L, 1); return 0;
    case 'f': lua_pushboolean(L, 0); return 0;
    case 'i': if (S_get(r, &i, sizeof i) < 0) return -1; lua_pushinteger(L, i); return 0;
    case 'd': if (S_get(r, &d, sizeof d) < 0) return -1; lua_pushnumber(L, d); return 0;
    case 's':
        if (S_get(r, &n, sizeof n) < 0 || (uint64_t)(r->end - r->p) < n)
            return -1;
        lua_pushlstring(L, r->p, (size_t)n);
        r->p += n;
        return 0;
    case 'z': cb_json_push_null(L); return 0;
    case 'R':
        if (S_get(r, &n, sizeof n) < 0)
            return -1;
        lua_rawgeti(L, r->made, (lua_Integer)n);
        return 0;
    case 'T': return S_unpack_table(r, depth);
    default: return -1;
    }
}

/* Run under lua_pcall: argument the reader; returns the value, or
 * nothing when the bytes are not a pack. */
static int S_unpack_call(lua_State *L)
{
    reader *r = lua_touserdata(L, 1);
    cb_json_push_markers(L);
    r->markers = lua_gettop(L) - 1;
    lua_newtable(L);
    r->made = lua_gettop(L);
    if (S_unpack(r, 0) < 0 || r->p != r->end)
        return 0;
    return 1;
}

int cb_unpack_value(lua_State *L, const cb_pack *b)
{
    reader r = { .L = L, .p = b->bytes, .end = b->bytes + b->len };
    if (!lua_checkstack(L, 8))
        return -1;
    int top = lua_gettop(L);
    lua_pushcfunction(L, S_unpack_call);
    lua_pushlightuserdata(L, &r);
    if (lua_pcall(L, 1, LUA_MULTRET, 0) != LUA_OK || lua_gettop(L) != top + 1) {
        lua_settop(L, top);
        return -1;
    }
    return 0;
}
