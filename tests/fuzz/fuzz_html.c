/*
 * fuzz_html.c — html.parse on arbitrary bytes through luaopen_cb_html: the
 * result must be a table whose blocks are non-empty strings with a kind.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <lauxlib.h>
#include <lualib.h>

#include "modules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char S_html_prog[] =
    "local html, s = ...\n"
    "local page, err = html.parse(s)\n"
    "if page == nil then\n"
    "  if type(err) ~= 'string' then error('parse: no value and no message') end\n"
    "  return\n"
    "end\n"
    "if type(page) ~= 'table' or type(page.blocks) ~= 'table' then error('parse: bad page') end\n"
    "for i, b in ipairs(page.blocks) do\n"
    "  if type(b.text) ~= 'string' or b.text == '' or type(b.kind) ~= 'string' then\n"
    "    error('block ' .. i .. ' is malformed') end\n"
    "end\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static lua_State *L;
    static int prog;
    if (!L) {
        L = luaL_newstate();
        luaL_openlibs(L);
        if (luaL_loadstring(L, S_html_prog) != LUA_OK)
            abort();
        prog = luaL_ref(L, LUA_REGISTRYINDEX);
        luaL_requiref(L, "html", luaopen_cb_html, 0);
        lua_setfield(L, LUA_REGISTRYINDEX, "fuzz.html");
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, prog);
    lua_getfield(L, LUA_REGISTRYINDEX, "fuzz.html");
    lua_pushlstring(L, (const char *)data, size);
    if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
        fprintf(stderr, "fuzz_html: %s\n", lua_tostring(L, -1));
        abort();
    }
    lua_settop(L, 0);
    return 0;
}
