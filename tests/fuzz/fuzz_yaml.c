/*
 * fuzz_yaml.c — yaml.load and yaml.front_matter on arbitrary bytes through
 * luaopen_cb_yaml; the result, when there is one, must be a table or a
 * scalar, and an error must be a string.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <lauxlib.h>
#include <lualib.h>

#include "modules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char S_yaml_prog[] =
    "local yaml, s = ...\n"
    "local v, err = yaml.load(s)\n"
    "if v == nil and type(err) ~= 'string' then error('load: no value and no message') end\n"
    "local fm, off = yaml.front_matter(s)\n"
    "if fm ~= nil and (type(fm) ~= 'table' or math.type(off) ~= 'integer' or off < 1 or off > #s + 1) then\n"
    "  error('front_matter: bad result') end\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static lua_State *L;
    static int prog;
    if (!L) {
        L = luaL_newstate();
        luaL_openlibs(L);
        if (luaL_loadstring(L, S_yaml_prog) != LUA_OK)
            abort();
        prog = luaL_ref(L, LUA_REGISTRYINDEX);
        luaL_requiref(L, "yaml", luaopen_cb_yaml, 0);
        lua_setfield(L, LUA_REGISTRYINDEX, "fuzz.yaml");
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, prog);
    lua_getfield(L, LUA_REGISTRYINDEX, "fuzz.yaml");
    lua_pushlstring(L, (const char *)data, size);
    if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
        fprintf(stderr, "fuzz_yaml: %s\n", lua_tostring(L, -1));
        abort();
    }
    lua_settop(L, 0);
    return 0;
}
