/*
 * settings.c — finding, running and checking the configuration file.
 * Settings are a table in the Lua registry ("callbrief.config"); strings
 * copied into cli_options point into that table and live as long as the
 * host's state.
 */
#include "settings.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lauxlib.h>

#include "diag.h"
#include "period.h"
#include "sandbox.h"
#include "shared_disk.h"

#define REG_CONFIG "callbrief.config"

typedef enum { K_STRING, K_PATH, K_PATHS, K_NAMES, K_FORMATS, K_PAPER, K_SIZE,
               K_ORDER, K_OPTIONS, K_LIMITS, K_PERIOD, K_BOOL, K_COUNT } kind;

static const struct { const char *key; kind k; const char *doc; } S_keys[] = {
    { "inputs", K_PATHS, "files or directories read when none are given" },
    { "output", K_PATH, "output directory" },
    { "formats", K_FORMATS, "list of md, pdf, json, html" },
    { "title", K_STRING, "the briefing's title" },
    { "template", K_PATH, "Markdown template file" },
    { "paper", K_PAPER, "\"a4\" or \"letter\"" },
    { "max_input_size", K_SIZE, "skip larger inputs (bytes, or \"10M\")" },
    { "period", K_PERIOD, "\"last-week\", \"this-week\", \"last-month\", \"this-month\", "
                          "an ISO week \"2020-W44\", or {from = \"2020-10-01\", to = \"2020-10-31\"}" },
    { "dated", K_BOOL, "write into OUTPUT/LABEL/ and point OUTPUT/latest at it" },
    { "db", K_PATH, "the archive (default OUTPUT/callbrief.db); false for none" },
    { "keep", K_COUNT, "with dated, keep the newest N folders" },
    { "cache", K_PATH, "directory of values kept between runs (the gazetteer's index); false for none" },
    { "jobs", K_COUNT, "worker threads for reading and extraction" },
    { "plugin_dirs", K_PATHS, "directories of user plugins, DIR/STAGE/*.lua" },
    { "data_dirs", K_PATHS, "directories searched before the built-in data/ (gazetteer, word lists)" },
    { "disable", K_NAMES, "plugin names not to run" },
    { "trusted", K_NAMES, "plugin names run without the sandbox's limits" },
    { "order", K_ORDER, "per stage, plugin names to run first, in order" },
    { "options", K_OPTIONS, "per plugin name, a table handed to it as ctx.options" },
    { "limits", K_LIMITS, "{instructions = n, memory = n or \"256M\", seconds = n} per plugin call" },
};

static int S_is_dir_path(const char *p)
{
    return access(p, F_OK) == 0;
}

char *settings_find(const cli_options *o)
{
    if (o->config_file)
        return strdup(o->config_file);
    const char *env = getenv("CALLBRIEF_CONFIG");
    if (env && *env)
        return strdup(env);
    if (S_is_dir_path("callbrief.lua"))
        return strdup("callbrief.lua");
    char path[PATH_MAX];
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    if (xdg && *xdg)
        snprintf(path, sizeof path, "%s/callbrief/config.lua", xdg);
    else if (home && *home)
        snprintf(path, sizeof path, "%s/.config/callbrief/config.lua", home);
    else
        path[0] = '\0';
    if (*path && S_is_dir_path(path))
        return strdup(path);
    if (S_is_dir_path("/etc/callbrief/config.lua"))
        return strdup("/etc/callbrief/config.lua");
    return NULL;
}

/* Pushes `p` resolved against the configuration file's directory (upvalue
 * 2 of the validator) unless it is absolute. */
static void S_push_path(lua_State *L, const char *p)
{
    const char *dir = lua_tostring(L, lua_upvalueindex(2));
    if (p[0] == '/' || !dir || !*dir)
        lua_pushstring(L, p);
    else
        lua_pushfstring(L, "%s/%s", dir, p);
}

static int S_is_list_of_strings(lua_State *L, int idx)
{
    if (!lua_istable(L, idx))
        return 0;
    lua_Integer n = (lua_Integer)lua_rawlen(L, idx), seen = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        int okay = lua_type(L, -1) == LUA_TSTRING && lua_isinteger(L, -2) &&
                   lua_tointeger(L, -2) >= 1 && lua_tointeger(L, -2) <= n;
        lua_pop(L, 1);
        if (!okay) {
            lua_pop(L, 1);
            return 0;
        }
        seen++;
    }
    return seen == n;   /* no holes: { nil, "x" } is not a list */
}

static void S_check_paths(lua_State *L, const char *key)
{
    if (lua_type(L, 3) == LUA_TSTRING) {  /* one path: accept, as a list */
        lua_createtable(L, 1, 0);
        lua_pushvalue(L, 3);
        lua_rawseti(L, -2, 1);
        lua_replace(L, 3);
    }
    if (!S_is_list_of_strings(L, 3))
        luaL_error(L, "'%s' must be a list of paths", key);
    lua_Integer n = (lua_Integer)lua_rawlen(L, 3);
    lua_createtable(L, (int)n, 0);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, 3, i);
        S_push_path(L, lua_tostring(L, -1));
        lua_rawseti(L, -3, i);
        lua_pop(L, 1);
    }
    lua_replace(L, 3);
}

static void S_check_formats(lua_State *L)
{
    if (!S_is_list_of_strings(L, 3))
        luaL_error(L, "'formats' must be a list such as { \"md\", \"pdf\" }");
    for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, 3); i++) {
        lua_rawgeti(L, 3, i);
        const char *f = lua_tostring(L, -1);
        if (cli_format_bit(f) == 0)
            luaL_error(L, "'formats': unknown format '%s' (expected md, pdf, json or html)", f);
        lua_pop(L, 1);
    }
}

/* A size given as a Lua number: finite, at least 1 byte and small enough
 * that the conversion to size_t is defined (1e300 or math.huge would be
 * undefined behaviour in the cast).  Returns 0 and sets *out, or -1. */
static int S_number_size(lua_State *L, int idx, size_t *out)
{
    if (lua_type(L, idx) != LUA_TNUMBER)
        return -1;
    if (lua_isinteger(L, idx)) {
        lua_Integer i = lua_tointeger(L, idx);
        if (i < 1)
            return -1;
        *out = (size_t)i;
        return 0;
    }
    lua_Number n = lua_tonumber(L, idx);
    if (!(n >= 1 && n < 9007199254740992.0)) /* 2^53; also refuses NaN */
        return -1;
    *out = (size_t)n;
    return 0;
}

static void S_check_size(lua_State *L, const char *key)
{
    size_t size;
    if (S_number_size(L, 3, &size) == 0)
        return;
    if (lua_type(L, 3) != LUA_TSTRING || cli_size(lua_tostring(L, 3), &size) < 0)
        luaL_error(L, "'%s' must be a positive number of bytes or a size such as \"10M\"", key);
}

static void S_check_tables_of(lua_State *L, const char *key, int list_values)
{
    if (!lua_istable(L, 3))
        luaL_error(L, "'%s' must be a table", key);
    lua_pushnil(L);
    while (lua_next(L, 3)) {
        if (lua_type(L, -2) != LUA_TSTRING)
            luaL_error(L, "'%s': keys must be names", key);
        if (list_values ? !S_is_list_of_strings(L, lua_gettop(L)) : !lua_istable(L, -1))
            luaL_error(L, "'%s.%s' must be %s", key, lua_tostring(L, -2),
                       list_values ? "a list of plugin names" : "a table");
        lua_pop(L, 1);
    }
}

static void S_check_limits(lua_State *L)
{
    if (!lua_istable(L, 3))
        luaL_error(L, "'limits' must be a table {instructions = n, memory = n}");
    lua_pushnil(L);
    while (lua_next(L, 3)) {
        const char *k = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
        size_t size;
        int okay = (strcmp(k, "instructions") == 0 && lua_isinteger(L, -1) && lua_tointeger(L, -1) > 0) ||
                   (strcmp(k, "seconds") == 0 && lua_type(L, -1) == LUA_TNUMBER &&
                    lua_tonumber(L, -1) > 0 && lua_tonumber(L, -1) <= 86400) ||
                   (strcmp(k, "memory") == 0 &&
                    (S_number_size(L, -1, &size) == 0 ||
                     (lua_type(L, -1) == LUA_TSTRING && cli_size(lua_tostring(L, -1), &size) == 0)));
        if (!okay)
            luaL_error(L, "'limits.%s': expected instructions = positive integer, memory = bytes or \"256M\", seconds = 1 to 86400", k);
        lua_pop(L, 1);
    }
}

static void S_check_period(lua_State *L)
{
    period p;
    if (lua_type(L, 3) == LUA_TSTRING) {
        const char *v = lua_tostring(L, 3);
        if (period_from_name(v, "2000-01-01", &p) == 0 || period_from_week(v, &p) == 0)
            return;
    } else if (lua_istable(L, 3)) {
        int okay = 1;
        for (int i = 0; i < 2; i++) {
            int t = lua_getfield(L, 3, i ? "to" : "from");
            okay = okay && (t == LUA_TNIL || (t == LUA_TSTRING && period_valid_date(lua_tostring(L, -1))));
            lua_pop(L, 1);
        }
        if (okay)
            return;
    }
    luaL_error(L, "'period' must be last-week, this-week, last-month, this-month, "
                  "an ISO week such as \"2020-W44\", or {from = \"YYYY-MM-DD\", to = \"YYYY-MM-DD\"}");
}

/* __newindex of the configuration's environment: (env, key, value). */
static int S_assign(lua_State *L)
{
    const char *key = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : NULL;
    size_t i, n = sizeof S_keys / sizeof *S_keys;
    for (i = 0; key && i < n; i++)
        if (strcmp(S_keys[i].key, key) == 0)
            break;
    if (!key || i == n)
        return luaL_error(L, "unknown setting '%s' (see callbrief --print-config)",
                          key ? key : luaL_tolstring(L, 2, NULL));
    if (!lua_isnil(L, 3)) {
        switch (S_keys[i].k) {
        case K_STRING:
            if (lua_type(L, 3) != LUA_TSTRING)
                luaL_error(L, "'%s' must be a string", key);
            break;
        case K_PATH:
            if ((strcmp(key, "db") == 0 || strcmp(key, "cache") == 0) && lua_isboolean(L, 3) &&
                !lua_toboolean(L, 3))
                break;
            if (lua_type(L, 3) != LUA_TSTRING)
                luaL_error(L, "'%s' must be a path (a string)", key);
            S_push_path(L, lua_tostring(L, 3));
            lua_replace(L, 3);
            break;
        case K_PATHS: S_check_paths(L, key); break;
        case K_NAMES:
            if (!S_is_list_of_strings(L, 3))
                luaL_error(L, "'%s' must be a list of plugin names", key);
            break;
        case K_FORMATS: S_check_formats(L); break;
        case K_PAPER:
            if (lua_type(L, 3) != LUA_TSTRING ||
                (strcmp(lua_tostring(L, 3), "a4") != 0 && strcmp(lua_tostring(L, 3), "letter") != 0))
                luaL_error(L, "'paper' must be \"a4\" or \"letter\"");
            break;
        case K_SIZE: S_check_size(L, key); break;
        case K_ORDER: S_check_tables_of(L, key, 1); break;
        case K_OPTIONS: S_check_tables_of(L, key, 0); break;
        case K_LIMITS: S_check_limits(L); break;
        case K_PERIOD: S_check_period(L); break;
        case K_BOOL:
            if (!lua_isboolean(L, 3))
                luaL_error(L, "'%s' must be true or false", key);
            break;
        case K_COUNT:
            if (!lua_isinteger(L, 3) || lua_tointeger(L, 3) < 1 || lua_tointeger(L, 3) > 100000)
                luaL_error(L, "'%s' must be a positive whole number", key);
            break;
        }
    }
    lua_pushvalue(L, 3);
    lua_setfield(L, lua_upvalueindex(1), key);
    return 0;
}

/* __index: settings read back, then the sandbox's safe globals. */
static int S_lookup(lua_State *L)
{
    const char *key = luaL_checkstring(L, 2);
    if (lua_getfield(L, lua_upvalueindex(1), key) != LUA_TNIL)
        return 1;
    lua_pop(L, 1);
    for (size_t i = 0; i < sizeof S_keys / sizeof *S_keys; i++)
        if (strcmp(S_keys[i].key, key) == 0) {
            lua_pushnil(L);          /* a setting not assigned yet */
            return 1;
        }
    if (lua_rawget(L, lua_upvalueindex(2)) == LUA_TNIL)
        return luaL_error(L, "undefined name '%s' (a typo? strings need quotes)", key);
    return 1;
}

static const char *S_setting_string(lua_State *L, const char *key)
{
    lua_getfield(L, LUA_REGISTRYINDEX, REG_CONFIG);
    lua_getfield(L, -1, key);
    const char *s = lua_tostring(L, -1); /* kept alive by the registry */
    lua_pop(L, 2);
    return s;
}

/* Pushes setting `key` (nil when unset). */
static int S_push_setting(lua_State *L, const char *key)
{
    if (lua_getfield(L, LUA_REGISTRYINDEX, REG_CONFIG) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_pushnil(L);
        return LUA_TNIL;
    }
    int t = lua_getfield(L, -1, key);
    lua_remove(L, -2);
    return t;
}

static void S_apply_size(lua_State *L, cli_options *o)
{
    if (o->max_input_size)
        return;
    int t = S_push_setting(L, "max_input_size");
    if (t == LUA_TNUMBER)
        S_number_size(L, -1, &o->max_input_size);
    else if (t == LUA_TSTRING)
        cli_size(lua_tostring(L, -1), &o->max_input_size);
    lua_pop(L, 1);
}

/* The configuration's inputs become the operands when there are none; the
 * strings stay referenced from the registry's settings. */
static void S_apply_inputs(lua_State *L, cli_options *o)
{
    if (o->npaths != 0 || (o->command != CLI_RUN && o->command != CLI_EXTRACT))
        return;
    if (S_push_setting(L, "inputs") == LUA_TTABLE) {
        int n = (int)lua_rawlen(L, -1);
        o->config_paths = calloc((size_t)n + 1, sizeof *o->config_paths);
        for (int i = 0; o->config_paths && i < n; i++) {
            lua_rawgeti(L, -1, i + 1);
            o->config_paths[i] = (char *)lua_tostring(L, -1);
            lua_pop(L, 1);
        }
        if (o->config_paths) {
            o->paths = o->config_paths;
            o->npaths = n;
        }
    }
    lua_pop(L, 1);
}

/* period, dated, keep, jobs; the command line's period wins whole. */
static void S_apply_run(lua_State *L, cli_options *o)
{
    int top = lua_gettop(L);
    if (!o->week && !o->period_name && !o->since && !o->until) {
        int t = S_push_setting(L, "period");
        period p;
        if (t == LUA_TSTRING && period_from_week(lua_tostring(L, -1), &p) == 0)
            o->week = lua_tostring(L, -1);
        else if (t == LUA_TSTRING)
            o->period_name = lua_tostring(L, -1);
        else if (t == LUA_TTABLE) {
            if (lua_getfield(L, -1, "from") == LUA_TSTRING)
                o->since = lua_tostring(L, -1);
            lua_pop(L, 1);
            if (lua_getfield(L, -1, "to") == LUA_TSTRING)
                o->until = lua_tostring(L, -1);
        }
    }
    lua_settop(L, top);
    if (!o->dated && S_push_setting(L, "dated") == LUA_TBOOLEAN)
        o->dated = lua_toboolean(L, -1);
    lua_settop(L, top);
    if (!o->keep && S_push_setting(L, "keep") == LUA_TNUMBER)
        o->keep = (int)lua_tointeger(L, -1);
    lua_settop(L, top);
    if (!o->jobs && S_push_setting(L, "jobs") == LUA_TNUMBER)
        o->jobs = (int)lua_tointeger(L, -1);
    lua_settop(L, top);
}

/* Copies settings into the options the command line left unset. */
static void S_apply(lua_State *L, cli_options *o)
{
    if (!o->output_dir) o->output_dir = S_setting_string(L, "output");
    if (!o->title) o->title = S_setting_string(L, "title");
    if (!o->template_file) o->template_file = S_setting_string(L, "template");
    if (!o->db && !o->no_db) {
        int top = lua_gettop(L);
        int t = S_push_setting(L, "db");
        if (t == LUA_TSTRING)
            o->db = lua_tostring(L, -1);   /* kept alive by the registry */
        else if (t == LUA_TBOOLEAN && !lua_toboolean(L, -1))
            o->no_db = 1;
        lua_settop(L, top);
    }
    /* the cache: the command line, else $CALLBRIEF_CACHE_DIR (set for one
     * run or one service), else the file's `cache`; the default
     * ($XDG_CACHE_HOME/callbrief) is main's */
    if (!o->cache_dir && !o->no_cache) {
        const char *env = getenv("CALLBRIEF_CACHE_DIR");
        int top = lua_gettop(L);
        int t = env && *env ? LUA_TNONE : S_push_setting(L, "cache");
        if (env && *env)
            o->cache_dir = env;
        else if (t == LUA_TSTRING)
            o->cache_dir = lua_tostring(L, -1);   /* kept alive by the registry */
        else if (t == LUA_TBOOLEAN && !lua_toboolean(L, -1))
            o->no_cache = 1;
        lua_settop(L, top);
    }
    if (!o->paper) o->paper = S_setting_string(L, "paper");
    int top = lua_gettop(L);
    if (!o->formats && S_push_setting(L, "formats") == LUA_TTABLE)
        for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, -1); i++) {
            lua_rawgeti(L, -1, i);
            o->formats |= cli_format_bit(lua_tostring(L, -1));
            lua_pop(L, 1);
        }
    lua_settop(L, top);
    S_apply_size(L, o);
    S_apply_inputs(L, o);
    S_apply_run(L, o);
}

static void S_apply_limits(host *h)
{
    lua_State *L = h->L;
    int top = lua_gettop(L);
    if (S_push_setting(L, "limits") == LUA_TTABLE) {
        if (lua_getfield(L, -1, "instructions") == LUA_TNUMBER)
            h->limit_instructions = (long long)lua_tointeger(L, -1);
        lua_pop(L, 1);
        if (lua_getfield(L, -1, "seconds") == LUA_TNUMBER)
            h->limit_seconds = lua_tonumber(L, -1);
        lua_pop(L, 1);
        int t = lua_getfield(L, -1, "memory");
        if (t == LUA_TNUMBER)
            S_number_size(L, -1, &h->limit_memory);
        else if (t == LUA_TSTRING)
            cli_size(lua_tostring(L, -1), &h->limit_memory);
    }
    lua_settop(L, top);
}

static int S_run_file(lua_State *L, const char *path)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    else
        dir[0] = '\0';
    if (luaL_loadfilex(L, path, "t") != LUA_OK)
        return -1;
    /* env: empty table whose metatable checks assignments */
    lua_newtable(L);
    lua_newtable(L);
    lua_getfield(L, LUA_REGISTRYINDEX, REG_CONFIG);
    lua_pushstring(L, dir);
    lua_pushcclosure(L, S_assign, 2);
    lua_setfield(L, -2, "__newindex");
    lua_getfield(L, LUA_REGISTRYINDEX, REG_CONFIG);
    sandbox_push_env(L);
    lua_pushcclosure(L, S_lookup, 2);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
    lua_setupvalue(L, -2, 1);
    return lua_pcall(L, 0, 0, 0) == LUA_OK ? 0 : -1;
}

int settings_load(host *h, const char *path, cli_options *o)
{
    lua_State *L = h->L;
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, REG_CONFIG);
    o->config_used = path;
    int rc = 0;
    if (path) {
        if (access(path, R_OK) < 0) {
            diag_error(path, 0, "cannot read the configuration: %s", strerror(errno));
            return -1;
        }
        if (S_run_file(L, path) < 0) {
            const char *msg = lua_tostring(L, -1);
            diag_error(NULL, 0, "%s", msg ? msg : "error in the configuration");
            lua_pop(L, 1);
            rc = -1;
        }
    }
    S_apply(L, o);
    S_apply_limits(h);
    cli_apply_defaults(o);
    return rc;
}

void settings_push(host *h, const char *key)
{
    S_push_setting(h->L, key);
}

int settings_lists(host *h, const char *key, const char *name)
{
    lua_State *L = h->L;
    settings_push(h, key);
    int found = 0;
    if (lua_istable(L, -1))
        for (lua_Integer i = 1; !found && i <= (lua_Integer)lua_rawlen(L, -1); i++) {
            lua_rawgeti(L, -1, i);
            found = lua_tostring(L, -1) && strcmp(lua_tostring(L, -1), name) == 0;
            lua_pop(L, 1);
        }
    lua_pop(L, 1);
    return found;
}

static void S_print_value(lua_State *L, int idx, int depth);

/* A Lua string literal for s. */
static void S_print_string(const char *s)
{
    putchar('"');
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c < 0x20 || c == 0x7f)
            printf("\\%03d", c);
        else
            putchar(c);
    }
    putchar('"');
}

static int S_cmp_keys(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void S_print_table(lua_State *L, int idx, int depth)
{
    idx = lua_absindex(L, idx);
    lua_Integer n = (lua_Integer)lua_rawlen(L, idx);
    fputs("{", stdout);
    for (lua_Integer i = 1; i <= n; i++) {
        fputs(i > 1 ? ", " : " ", stdout);
        lua_rawgeti(L, idx, i);
        S_print_value(L, -1, depth + 1);
        lua_pop(L, 1);
    }
    const char *keys[256];
    size_t nk = 0;
    lua_pushnil(L);
    while (lua_next(L, idx) && nk < 256) {
        if (lua_type(L, -2) == LUA_TSTRING)
            keys[nk++] = lua_tostring(L, -2);
        lua_pop(L, 1);
    }
    qsort(keys, nk, sizeof *keys, S_cmp_keys);
    for (size_t i = 0; i < nk; i++) {
        printf("%s[", (n || i) ? ", " : " ");
        S_print_string(keys[i]);
        printf("] = ");
        lua_getfield(L, idx, keys[i]);
        S_print_value(L, -1, depth + 1);
        lua_pop(L, 1);
    }
    fputs((n || nk) ? " }" : "}", stdout);
}

static void S_print_value(lua_State *L, int idx, int depth)
{
    switch (lua_type(L, idx)) {
    case LUA_TSTRING: S_print_string(lua_tostring(L, idx)); break;
    case LUA_TNUMBER:
    case LUA_TBOOLEAN: fputs(luaL_tolstring(L, idx, NULL), stdout); lua_pop(L, 1); break;
    case LUA_TTABLE:
        if (depth < 8)
            S_print_table(L, idx, depth);
        else
            fputs("{ ... }", stdout);
        break;
    default: fputs("nil", stdout); break;
    }
}

const char *settings_cache_dir(const cli_options *o, char *buf, size_t buflen)
{
    if (o->no_cache)
        return NULL;
    if (o->cache_dir)
        return o->cache_dir;
    return shared_disk_default_dir(buf, buflen);
}

void settings_print(host *h, const cli_options *o)
{
    lua_State *L = h->L;
    if (o->config_used)
        printf("-- effective configuration, from %s\n", o->config_used);
    else
        printf("-- effective configuration (no configuration file: the defaults)\n");
    printf("output = ");
    S_print_string(o->output_dir);
    putchar('\n');
    fputs("formats = {", stdout);
    const char *names[] = { "md", "pdf", "json", "html" };
    for (int i = 0, first = 1; i < 4; i++)
        if (o->formats & cli_format_bit(names[i])) {
            printf("%s\"%s\"", first ? " " : ", ", names[i]);
            first = 0;
        }
    fputs(" }\n", stdout);
    printf("paper = \"%s\"\n", o->paper);
    printf("max_input_size = %zu\n", o->max_input_size);
    printf("jobs = %d\n", o->jobs);
    printf("dated = %s\n", o->dated ? "true" : "false");
    if (o->keep)
        printf("keep = %d\n", o->keep);
    char cache[PATH_MAX];
    const char *cdir = settings_cache_dir(o, cache, sizeof cache);
    printf("cache = ");
    if (cdir)
        S_print_string(cdir);
    else
        fputs("false", stdout);
    putchar('\n');
    if (o->week || o->period_name)
        printf("period = \"%s\"\n", o->week ? o->week : o->period_name);
    else if (o->since || o->until)
        printf("period = { from = \"%s\", to = \"%s\" }\n", o->since ? o->since : "",
               o->until ? o->until : "");
    if (o->title) {
        printf("title = ");
        S_print_string(o->title);
        putchar('\n');
    }
    if (o->template_file) {
        printf("template = ");
        S_print_string(o->template_file);
        putchar('\n');
    }
    for (size_t i = 0; i < sizeof S_keys / sizeof *S_keys; i++) {
        const char *k = S_keys[i].key;
        static const char *const shown[] = { "output", "formats", "paper", "max_input_size",
            "title", "template", "jobs", "dated", "keep", "period", "cache", NULL };
        int skip = 0;
        for (int j = 0; shown[j]; j++)
            skip |= strcmp(k, shown[j]) == 0;
        if (skip)
            continue;
        settings_push(h, k);
        if (lua_isnil(L, -1))
            printf("-- %s = nil  -- %s\n", k, S_keys[i].doc);
        else {
            printf("%s = ", k);
            S_print_value(L, -1, 0);
            fputc('\n', stdout);
        }
        lua_pop(L, 1);
    }
}
