/*
 * fuzz_module.h — the shape the module targets share: a Lua chunk that gets
 * (module, input) and raises when a property fails, run in a state made on
 * the first input.  A raise aborts, which is what libFuzzer reports.
 */
#ifndef CB_FUZZ_MODULE_H
#define CB_FUZZ_MODULE_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <lauxlib.h>
#include <lualib.h>

/* *L and *prog are the target's own statics (zero at first). */
static int fuzz_module_run(lua_State **L, int *prog, const char *chunk, const char *name,
                           lua_CFunction open, const uint8_t *data, size_t size)
{
    if (!*L) {
        *L = luaL_newstate();
        luaL_openlibs(*L);
        if (luaL_loadstring(*L, chunk) != LUA_OK)
            abort();
        *prog = luaL_ref(*L, LUA_REGISTRYINDEX);
        luaL_requiref(*L, name, open, 0);
        lua_setfield(*L, LUA_REGISTRYINDEX, name);
    }
    lua_rawgeti(*L, LUA_REGISTRYINDEX, *prog);
    lua_getfield(*L, LUA_REGISTRYINDEX, name);
    lua_pushlstring(*L, (const char *)data, size);
    if (lua_pcall(*L, 2, 0, 0) != LUA_OK) {
        fprintf(stderr, "fuzz %s: %s\n", name, lua_tostring(*L, -1));
        abort();
    }
    lua_settop(*L, 0);
    return 0;
}

#endif
