/*
 * fuzz_html.c — html.parse on arbitrary bytes through luaopen_cb_html: the
 * result must be a table whose blocks are non-empty strings with a kind.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <lauxlib.h>
#include <lualib.h>

#include "fuzz_module.h"
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
    return fuzz_module_run(&L, &prog, S_html_prog, "html", luaopen_cb_html, data, size);
}
