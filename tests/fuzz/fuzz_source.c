/*
 * fuzz_source.c — the source stage on arbitrary bytes: the bytes are
 * written to a file, read by inputs_read (UTF-8 repair, NULs, BOM, CR LF)
 * into an Input table as pipeline.c makes it, and the built-in source chain
 * runs over it.  The first byte picks the format (text, markdown, jsonl).
 * A plugin error is not a crash (the host reports it and skips the
 * document); set FUZZ_PLUGIN_ERRORS_ABORT=1 to stop on the first one.
 */
#include <stdint.h>

#include <lauxlib.h>

#include "fuzz_common.h"
#include "inputs.h"
#include "plugin.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int S_source(const uint8_t *data, size_t size)
{
    static plugin_chain chain;
    static int loaded;
    host *h = fuzz_host();
    lua_State *L = h->L;
    if (!loaded) {
        plugin_chain_load(h, "source", &chain);
        loaded = 1;
    }
    static const char *const fmts[] = { "text", "markdown", "jsonl" };
    static const char *const sfx[] = { ".txt", ".md", ".jsonl" };
    int f = size ? data[0] % 3 : 0;
    if (size) {
        data++;
        size--;
    }
    const char *path = fuzz_temp(data, size, sfx[f]);
    if (!path)
        return 0;
    input_text t;
    char err[1024];
    int rc = inputs_read(path, 10000000, &t, err, sizeof err);
    unlink(path);
    if (rc < 0)
        return 0;
    int top = lua_gettop(L);
    lua_createtable(L, 0, 5);
    lua_pushstring(L, "fuzz");
    lua_setfield(L, -2, "id");
    lua_pushstring(L, sfx[f] + 1);
    lua_setfield(L, -2, "path");
    lua_pushlstring(L, t.data, t.len);
    lua_setfield(L, -2, "bytes");
    lua_pushstring(L, t.sha256);
    lua_setfield(L, -2, "sha256");
    lua_pushstring(L, fmts[f]);
    lua_setfield(L, -2, "format");
    inputs_text_free(&t);
    int failed = 0;
    for (size_t i = 0; i < chain.n && !failed; i++)
        failed = plugin_call(h, &chain.v[i], "fuzz") < 0;
    lua_settop(L, top);
    diag_reset();
    lua_gc(L, LUA_GCCOLLECT);
    if (failed && getenv("FUZZ_PLUGIN_ERRORS_ABORT"))
        abort();
    return failed;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    S_source(data, size);
    return 0;
}
