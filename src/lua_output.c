/*
 * lua_output.c — output.write(name, data, ...) for render plugins: the file is
 * staged in the run's atomic_set and renamed into place only when the whole
 * run commits.  The set belongs to the host; this module only borrows it.
 */
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "atomic_file.h"
#include "diag.h"
#include "host.h"
#include "modules.h"

enum { S_MAX_PIECES = 16 };

static int S_write(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    atomic_piece piece[S_MAX_PIECES];
    int npieces = lua_gettop(L) - 1;
    luaL_argcheck(L, npieces <= S_MAX_PIECES, S_MAX_PIECES + 2, "at most 16 pieces of data");
    luaL_checkstring(L, 2);
    for (int i = 0; i < npieces; i++)
        piece[i].data = luaL_checklstring(L, i + 2, &piece[i].len);
    host *h = host_of(L);
    if (!h || !h->out)
        return luaL_error(L, "output.write: only render plugins may write files");
    if (!atomic_file_name_ok(name))
        return luaL_argerror(L, 1, "a plain file name expected (no '/', not hidden)");
    size_t n = strlen(name);
    if ((n >= 4 && strcmp(name + n - 4, ".lua") == 0) || strncmp(name, "callbrief.db", 12) == 0)
        return luaL_argerror(L, 1, "a name callbrief keeps for itself (*.lua, callbrief.db*)");
    const char *owner = atomic_set_owner(h->out, name), *me = host_current_plugin(L);
    if (owner && me && *owner && strcmp(owner, me) != 0)
        return luaL_error(L, "output.write: %s was already written by plugin %s", name, owner);
    char err[1024];
    if (atomic_set_writev(h->out, name, piece, (size_t)npieces, host_current_plugin(L),
                          err, sizeof err) < 0) {
        h->out_failed = 1;   /* the whole briefing is abandoned, see pipeline.c */
        lua_pushnil(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_pushboolean(L, 1);
    return 1;
}

static const luaL_Reg S_funcs[] = { { "write", S_write }, { NULL, NULL } };

int luaopen_cb_output(lua_State *L)
{
    luaL_newlib(L, S_funcs);
    return 1;
}
