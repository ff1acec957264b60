/*
 * fuzz_tokenize.c — text.tokenize (lua_tokenize.c) on arbitrary bytes:
 * never a crash, and the tokens are what lua/tokenize.lua documents: n of
 * each array, spans in order and apart, each token the bytes of its span,
 * a known kind, a key and a case.  tests/lua/test_tokenize.lua compares the
 * result with the Lua tokenizer it replaced.
 */
#include <stdint.h>

#include "fuzz_module.h"
#include "modules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char S_prog[] =
    "local text, s = ...\n"
    "local tk = text.tokenize(s)\n"
    "local KINDS = { w = true, n = true, q = true, p = true }\n"
    "for _, a in ipairs({ 't', 'f', 's', 'e', 'k', 'up' }) do\n"
    "  if #tk[a] ~= tk.n then error(a .. ' has ' .. #tk[a] .. ' entries, n is ' .. tk.n) end\n"
    "end\n"
    "local last = 0\n"
    "for i = 1, tk.n do\n"
    "  local a, b = tk.s[i], tk.e[i]\n"
    "  if a <= last or b < a or b > #s + 3 then error('span ' .. i .. ': ' .. a .. '-' .. b) end\n"
    "  if tk.t[i] ~= s:sub(a, b) then error('token ' .. i .. ' is not its span') end\n"
    "  if not KINDS[tk.k[i]] or type(tk.f[i]) ~= 'string' or type(tk.up[i]) ~= 'boolean' then\n"
    "    error('token ' .. i .. ': kind, key or case')\n"
    "  end\n"
    "  last = b\n"
    "end\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static lua_State *L;
    static int prog;
    return fuzz_module_run(&L, &prog, S_prog, "text", luaopen_cb_text, data, size);
}
