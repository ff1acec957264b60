/*
 * lua_output.c — output.write(name, data, ...) for render plugins: the file is
 * staged in the run's atomic_set and renamed into place only when the whole
 * run commits.  The set belongs to the host; this module only borrows it.
 * output.write_json(name, value, opts, ...) writes json.encode's text to
 * the staged file as it is made (briefing.json: 45 MB over 10,000
 * articles, never one string).
 */
#include <errno.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "atomic_file.h"
#include "diag.h"
#include "host.h"
#include "modules.h"

enum { S_MAX_PIECES = 16 };

atomic_set *cb_output_claim(lua_State *L, int arg)
{
    const char *name = luaL_checkstring(L, arg);
    host *h = host_of(L);
    if (!h || !h->out)
        return luaL_error(L, "output.write: only render plugins may write files"), NULL;
    if (!atomic_file_name_ok(name))
        return luaL_argerror(L, arg, "a plain file name expected (no '/', not hidden)"), NULL;
    size_t n = strlen(name);
    if ((n >= 4 && strcmp(name + n - 4, ".lua") == 0) || strncmp(name, "callbrief.db", 12) == 0)
        return luaL_argerror(L, arg, "a name callbrief keeps for itself (*.lua, callbrief.db*)"), NULL;
    const char *owner = atomic_set_owner(h->out, name), *me = host_current_plugin(L);
    if (owner && me && *owner && strcmp(owner, me) != 0)
        return luaL_error(L, "output.write: %s was already written by plugin %s", name, owner), NULL;
    return h->out;
}

int cb_output_result(lua_State *L, int rc, const char *err)
{
    if (rc < 0) {
        host_of(L)->out_failed = 1;   /* the whole briefing is abandoned, see pipeline.c */
        lua_pushnil(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_pushboolean(L, 1);
    return 1;
}

static int S_write(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    atomic_piece piece[S_MAX_PIECES];
    int npieces = lua_gettop(L) - 1;
    luaL_argcheck(L, npieces <= S_MAX_PIECES, S_MAX_PIECES + 2, "at most 16 pieces of data");
    luaL_checkstring(L, 2);
    for (int i = 0; i < npieces; i++)
        piece[i].data = luaL_checklstring(L, i + 2, &piece[i].len);
    atomic_set *set = cb_output_claim(L, 1);
    char err[1024];
    return cb_output_result(L, atomic_set_writev(set, name, piece, (size_t)npieces,
                                                 host_current_plugin(L), err, sizeof err), err);
}

/* output.write_json(name, value [, opts] [, tail...]): json.encode(value,
 * opts) and the tail strings, written to the staged file as the text is
 * made.  An encoding error is raised as json.encode raises it (nothing is
 * staged); a write error returns nil, err like output.write. */
static int S_write_json(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    luaL_checkany(L, 2);
    if (!lua_isnoneornil(L, 3))
        luaL_checktype(L, 3, LUA_TTABLE);
    int ntail = lua_gettop(L) > 3 ? lua_gettop(L) - 3 : 0;
    luaL_argcheck(L, ntail <= S_MAX_PIECES, 4 + S_MAX_PIECES, "at most 16 strings after the value");
    for (int i = 0; i < ntail; i++)
        luaL_checkstring(L, 4 + i);
    lua_settop(L, 3 + ntail);
    atomic_set *set = cb_output_claim(L, 1);
    const char *owner = host_current_plugin(L);
    char err[1024];
    atomic_stream *st = atomic_stream_open(set, name, owner, err, sizeof err);
    if (!st)
        return cb_output_result(L, -1, err);
    int bad = 0;
    int rc = cb_json_encode_fd(L, 2, 3, atomic_stream_fd(st), &bad), saved = errno;
    if (rc < 0 && !bad) {
        atomic_stream_abandon(st);
        luaL_where(L, 1);                         /* the plugin's line, as json.encode's */
        lua_insert(L, -2);
        lua_concat(L, 2);
        return lua_error(L);
    }
    if (bad) {
        lua_pop(L, 1);                            /* reported below, as a write error */
        errno = saved;
    }
    for (int i = 0; i < ntail && !bad; i++) {
        size_t len;
        const char *s = lua_tolstring(L, 4 + i, &len);
        bad = atomic_write_all(atomic_stream_fd(st), s, len) < 0;
    }
    return cb_output_result(L, atomic_stream_stage(set, st, owner, bad, err, sizeof err), err);
}

static const luaL_Reg S_funcs[] = {
    { "write", S_write },
    { "write_json", S_write_json },
    { NULL, NULL },
};

int luaopen_cb_output(lua_State *L)
{
    luaL_newlib(L, S_funcs);
    return 1;
}
