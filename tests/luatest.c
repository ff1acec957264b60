/*
 * luatest.c — runs a Lua test file inside callbrief's own host state, so
 * tests see exactly what plugins see (the sandbox, ctx, the C modules).
 *
 *   tests/luatest FILE.lua     prints TAP on stdout
 *
 * With $CALLBRIEF_CACHE_DIR set (the suite sets it to the build tree's
 * tests/cache), values plugins keep with ctx.shared(..., {persist = true}),
 * the gazetteer's index above all, are read from that directory instead
 * of built again in every test file; without it nothing is written.
 *
 * The harness itself (test/eq/ok/...) is tests/luatest.lua; this file gives
 * it the few host functions it needs through a table `_host`.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "diag.h"
#include "host.h"
#include "plugin.h"
#include "sandbox.h"
#include "shared_disk.h"

static host *S_host;
static cli_options S_opt;

static int S_read(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    char full[PATH_MAX], err[PATH_MAX + 64];
    if (path[0] == '/')
        snprintf(full, sizeof full, "%s", path);
    else
        snprintf(full, sizeof full, "%s/%s", S_host->datadir, path);
    size_t len;
    char *data = host_read_file(full, &len, err, sizeof err);
    if (!data)
        return luaL_error(L, "%s", err);
    lua_pushlstring(L, data, len);
    free(data);
    return 1;
}

/* loadfile(path [, extra]) -> function: a sandboxed chunk whose environment
 * also holds the fields of `extra`. */
static int S_loadfile(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    char full[PATH_MAX];
    if (path[0] == '/')
        snprintf(full, sizeof full, "%s", path);
    else
        snprintf(full, sizeof full, "%s/%s", S_host->datadir, path);
    if (sandbox_loadfile(L, full) != LUA_OK)
        return lua_error(L);
    if (lua_istable(L, 2)) {
        lua_getupvalue(L, -1, 1);
        lua_pushnil(L);
        while (lua_next(L, 2)) {
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_rawset(L, -4);
        }
        lua_pop(L, 1);
    }
    return 1;
}

static int S_print(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    fwrite(s, 1, len, stdout);
    return 0;
}

static int S_ctx(lua_State *L)
{
    const char *stage = luaL_checkstring(L, 1);
    const char *name = luaL_optstring(L, 2, "test");
    host_push_ctx(S_host, stage, name);
    return 1;
}

static int S_stage_index(const char *stage)
{
    for (int i = 0; plugin_stages[i]; i++)
        if (strcmp(plugin_stages[i], stage) == 0)
            return i;
    return -1;
}

/* run_stage(stage, value) -> value: the built-in chain, raising on the
 * first plugin failure. */
static int S_run_stage(lua_State *L)
{
    static plugin_chain chains[8];
    static int loaded[8];
    int s = S_stage_index(luaL_checkstring(L, 1));
    luaL_argcheck(L, s >= 0, 1, "unknown stage");
    luaL_checkany(L, 2);
    if (!loaded[s]) {
        plugin_chain_load(S_host, plugin_stages[s], &chains[s]);
        loaded[s] = 1;
    }
    lua_settop(L, 2);
    for (size_t i = 0; i < chains[s].n; i++)
        if (plugin_call(S_host, &chains[s].v[i], "test") < 0)
            return luaL_error(L, "plugin %s failed (see the message above)", chains[s].v[i].name);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: luatest FILE.lua\n");
        return 2;
    }
    S_opt = (cli_options){ .output_dir = ".", .formats = CLI_FMT_MD | CLI_FMT_PDF | CLI_FMT_JSON,
                           .paper = "a4", .max_input_size = 10000000 };
    char err[4200];
    if (!(S_host = host_new(&S_opt, err, sizeof err))) {
        printf("1..0 # SKIP %s\nBail out! %s\n", err, err);
        return 1;
    }
    if (shared_disk_set_dir(getenv("CALLBRIEF_CACHE_DIR")) < 0) {
        printf("Bail out! out of memory\n");
        return 1;
    }
    lua_State *L = S_host->L;
    static const luaL_Reg funcs[] = {
        { "read", S_read }, { "loadfile", S_loadfile }, { "ctx", S_ctx },
        { "run_stage", S_run_stage }, { "print", S_print }, { NULL, NULL }
    };
    char harness[PATH_MAX];
    snprintf(harness, sizeof harness, "%s/tests/luatest.lua", S_host->datadir);
    int rc = 1;
    if (sandbox_loadfile(L, harness) == LUA_OK) {
        luaL_newlib(L, funcs);
        lua_pushstring(L, S_host->datadir);
        lua_setfield(L, -2, "datadir");
        char file[PATH_MAX];
        lua_pushstring(L, realpath(argv[1], file) ? file : argv[1]);
        if (lua_pcall(L, 2, 1, 0) == LUA_OK)
            rc = (int)lua_tointeger(L, -1);
        else
            printf("Bail out! %s\n", lua_tostring(L, -1));
    } else {
        printf("Bail out! %s\n", lua_tostring(L, -1));
    }
    fflush(stdout);
    host_free(S_host);
    diag_reset();
    return rc;
}
