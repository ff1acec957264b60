/*
 * fuzz_msgpack.c — cb_msgpack_decode on any bytes (what a damaged archive
 * row gives back): it must not crash and must leave one value or one
 * message on the stack.  What it decodes encodes again, and those bytes
 * decode and encode to themselves (keys come out sorted: a fixed point
 * after one trip).  Encode may refuse what decode accepted (nesting deeper
 * than 1000): that is not a failure.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lualib.h>

#include "modules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static lua_State *L;
    if (!L) {
        L = luaL_newstate();
        luaL_openlibs(L);
    }
    lua_settop(L, 0);
    int rc = cb_msgpack_decode(L, (const char *)data, size, "fuzz");
    if (lua_gettop(L) != 1)
        abort();
    if (rc < 0)
        return 0;
    char err[256];
    cb_pack once, twice;
    if (cb_msgpack_encode(L, 1, &once, err, sizeof err) < 0)
        return 0;
    if (cb_msgpack_decode(L, once.bytes, once.len, "once") < 0 ||
        cb_msgpack_encode(L, -1, &twice, err, sizeof err) < 0)
        abort();
    if (once.len != twice.len || memcmp(once.bytes, twice.bytes, once.len) != 0)
        abort();
    cb_pack_free(&once);
    cb_pack_free(&twice);
    lua_settop(L, 0);
    return 0;
}
