/*
 * fuzz_json.c — json.decode then json.encode through luaopen_cb_json:
 * decoding must not crash, and when encode(decode(s)) gives e, then
 * decode(e) must succeed and encode it to e again (modules.h promises
 * encode(decode(s)) == s for whatever encode wrote).  Encode may refuse
 * what decode accepted (nesting deeper than 1000): that is not a failure.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lualib.h>

#include "fuzz_module.h"
#include "modules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char S_json_prog[] =
    "local json, s = ...\n"
    "local v, err = json.decode(s)\n"
    "if v == nil and err then return 'rejected' end\n"
    "local ok, e = pcall(json.encode, v)\n"
    "if not ok then return 'unencodable' end\n"
    "local v2, err2 = json.decode(e)\n"
    "if v2 == nil and err2 then error('decode(encode(v)) failed: ' .. err2 .. ' on ' .. e) end\n"
    "local e2 = json.encode(v2)\n"
    "if e2 ~= e then error('not a fixed point: ' .. e .. ' then ' .. e2) end\n"
    "local ok3, p = pcall(json.encode, v, { indent = 2 })\n"
    "if ok3 and json.encode(json.decode(p)) ~= e then error('indent changed the value') end\n"
    "return 'ok'\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static lua_State *L;
    static int prog;
    return fuzz_module_run(&L, &prog, S_json_prog, "json", luaopen_cb_json, data, size);
}
