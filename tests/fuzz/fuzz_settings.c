/*
 * fuzz_settings.c — the configuration loader on arbitrary Lua text: the
 * bytes become a configuration file and settings_load runs it in a fresh
 * host (settings live in the host's registry and the options point into
 * it, so each input gets its own).  The configuration runs without an
 * instruction limit in callbrief (it is the operator's file); here a count
 * hook stops it after 10 million instructions so loops are not timeouts.
 */
#include <stdint.h>

#include <lauxlib.h>

#include "fuzz_common.h"
#include "settings.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void S_settings_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    luaL_error(L, "fuzz: instruction budget spent");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int quiet;
    if (!quiet) {
        diag_set_verbosity(getenv("FUZZ_VERBOSE") ? 0 : -1);
        quiet = 1;
    }
    const char *path = fuzz_temp(data, size, ".lua");
    if (!path)
        return 0;
    cli_options o = { 0 };
    o.command = CLI_RUN;
    char err[4200];
    host *h = host_new(&o, err, sizeof err);
    if (!h) {
        fprintf(stderr, "fuzz: %s\n", err);
        exit(1);
    }
    lua_sethook(h->L, S_settings_hook, LUA_MASKCOUNT, 10000000);
    h->mem_cap = h->mem_used + 256u * 1024 * 1024;
    settings_load(h, path, &o);
    lua_sethook(h->L, NULL, 0, 0);
    h->mem_cap = 0;
    unlink(path);
    free(o.config_paths);
    host_free(h);
    diag_reset();
    return 0;
}
