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

#include "fuzz_module.h"
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
    return fuzz_module_run(&L, &prog, S_yaml_prog, "yaml", luaopen_cb_yaml, data, size);
}
