/*
 * lua_log.c — diagnostics from Lua: log.warn/info/debug(msg [, where]).
 * The message names the plugin running and, by default, the document it is
 * working on (see host_set_current); where = {file =, line =} overrides.
 */
#include <lauxlib.h>
#include <lua.h>

#include "diag.h"
#include "host.h"
#include "modules.h"

static int S_log(lua_State *L, enum diag_level level)
{
    const char *msg = luaL_checkstring(L, 1);
    const char *file = host_current_document(L);
    long line = 0;
    if (lua_istable(L, 2)) {
        if (lua_getfield(L, 2, "file") == LUA_TSTRING)
            file = lua_tostring(L, -1);
        if (lua_getfield(L, 2, "line") == LUA_TNUMBER)
            line = (long)lua_tointeger(L, -1);
    } else if (!lua_isnoneornil(L, 2)) {
        return luaL_typeerror(L, 2, "table or nil");
    }
    diag_report(level, file, line, host_current_plugin(L), "%s", msg);
    return 0;
}

static int S_warn(lua_State *L) { return S_log(L, DIAG_WARN); }
static int S_info(lua_State *L) { return S_log(L, DIAG_INFO); }
static int S_debug(lua_State *L) { return S_log(L, DIAG_DEBUG); }

static const luaL_Reg S_funcs[] = {
    { "warn", S_warn }, { "info", S_info }, { "debug", S_debug }, { NULL, NULL }
};

int luaopen_cb_log(lua_State *L)
{
    luaL_newlib(L, S_funcs);
    return 1;
}
