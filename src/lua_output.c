/*
 * lua_output.c — output.write(name, data) for render plugins: the file is
 * staged in the run's atomic_set and renamed into place only when the whole
 * run commits.  The set belongs to the host; this module only borrows it.
 */
#include <lauxlib.h>
#include <lua.h>

#include "atomic_file.h"
#include "diag.h"
#include "host.h"
#include "modules.h"

static int S_write(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    size_t len;
    const char *data = luaL_checklstring(L, 2, &len);
    host *h = host_of(L);
    if (!h || !h->out)
        return luaL_error(L, "output.write: only render plugins may write files");
    if (!atomic_file_name_ok(name))
        return luaL_argerror(L, 1, "a plain file name expected (no '/', not hidden)");
    char err[1024];
    if (atomic_set_write(h->out, name, data, len, host_current_plugin(L),
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
