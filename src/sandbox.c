/*
 * sandbox.c — per-plugin environments, the restricted require, and loading
 * of text-only chunks.  Everything lives in the Lua registry under
 * "callbrief.*" keys; nothing here allocates outside the Lua state but the
 * compiled library modules (S_compiled), kept for the process.
 */
#include "sandbox.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lualib.h>
#include <lua-lpeg.h>

#include "modules.h"

#define REG_SAFE     "callbrief.safe"     /* name -> value copied into envs */
#define REG_MODULES  "callbrief.modules"  /* require name -> module table */
#define REG_DATADIR  "callbrief.datadir"

static const char *const S_safe_globals[] = {
    "assert", "error", "ipairs", "next", "pairs", "pcall", "xpcall", "select",
    "tonumber", "tostring", "type", "setmetatable", "getmetatable", "rawequal",
    "rawget", "rawset", "rawlen", "_VERSION", NULL
};

static const char *const S_safe_libs[] = {
    "string", "table", "math", "utf8", "coroutine", NULL
};

static const char *const S_safe_os[] = { "time", "date", "clock", "difftime", NULL };

static const struct { const char *name; lua_CFunction open; } S_c_modules[] = {
    { "lpeg", luaopen_lpeg },
    { "callbrief.json", luaopen_cb_json },
    { "callbrief.text", luaopen_cb_text },
    { "callbrief.yaml", luaopen_cb_yaml },
    { "callbrief.markdown", luaopen_cb_markdown },
    { "callbrief.html", luaopen_cb_html },
    { NULL, NULL }
};

/* Copies the table at the top of the stack into a new table (shallow). */
static void S_copy_table(lua_State *L)
{
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, -3)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
    lua_remove(L, -2);
}

/* setmetatable without __gc: a finalizer runs whenever the collector
 * gets to it -- during another plugin's call, between calls with no limits,
 * or in lua_close at exit -- so `__gc = function() while true do end end`
 * would hang the run past every limit.  Any non-nil __gc is refused, since
 * Lua marks an object for finalization when its metatable has the field at
 * setmetatable time (a function put there later would run). */
static int S_setmetatable(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "setmetatable: __gc finalizers are not allowed in plugins");
        lua_pop(L, 1);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* xpcall(f, msgh, ...) as pcall followed by msgh(err): Lua calls a message
 * handler while the error unwinds, and when the error came from the
 * instruction-limit hook, hooks are still off then (allowhook is restored
 * only when the pcall returns), so a handler that loops would run past the
 * limit.  Plugins have no debug library, so a handler run afterwards sees
 * the same error value; an error in the handler gives false and its
 * message, as xpcall's "error in error handling" would. */
static int S_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, lua_upvalueindex(1));   /* pcall */
    lua_pushvalue(L, 1);                     /* f */
    for (int i = 3; i <= n; i++)
        lua_pushvalue(L, i);
    lua_call(L, n - 1, LUA_MULTRET);         /* pcall(f, ...) */
    if (lua_toboolean(L, n + 1))
        return lua_gettop(L) - n;
    lua_settop(L, n + 2);                    /* ..., false, err */
    lua_pushvalue(L, lua_upvalueindex(1));   /* pcall */
    lua_pushvalue(L, 2);                     /* msgh */
    lua_pushvalue(L, n + 2);                 /* err */
    lua_call(L, 2, 2);                       /* pcall(msgh, err) */
    lua_pushboolean(L, 0);
    lua_pushvalue(L, -2);                    /* msgh's result or its error */
    return 2;
}

static void S_record_safe(lua_State *L)
{
    lua_newtable(L);
    for (int i = 0; S_safe_globals[i]; i++) {
        lua_getglobal(L, S_safe_globals[i]);
        if (strcmp(S_safe_globals[i], "setmetatable") == 0)
            lua_pushcclosure(L, S_setmetatable, 1);
        else if (strcmp(S_safe_globals[i], "xpcall") == 0) {
            lua_pop(L, 1);
            lua_getglobal(L, "pcall");
            lua_pushcclosure(L, S_xpcall, 1);
        }
        lua_setfield(L, -2, S_safe_globals[i]);
    }
    for (int i = 0; S_safe_libs[i]; i++) {
        lua_getglobal(L, S_safe_libs[i]);
        lua_setfield(L, -2, S_safe_libs[i]);
    }
    lua_newtable(L);
    lua_getglobal(L, "os");
    for (int i = 0; S_safe_os[i]; i++) {
        lua_getfield(L, -1, S_safe_os[i]);
        lua_setfield(L, -3, S_safe_os[i]);
    }
    lua_pop(L, 1);
    lua_setfield(L, -2, "os");
    lua_setfield(L, LUA_REGISTRYINDEX, REG_SAFE);
}

/* Strings share one metatable whose __index is the real string library;
 * hide it so a plugin cannot change string methods for everyone. */
static void S_protect_string_metatable(lua_State *L)
{
    lua_pushliteral(L, "");
    if (lua_getmetatable(L, -1)) {
        lua_pushliteral(L, "protected");
        lua_setfield(L, -2, "__metatable");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

void sandbox_init(lua_State *L, const char *datadir)
{
    lua_getglobal(L, "string");
    lua_pattern_install(L);
    lua_pop(L, 1);
    S_record_safe(L);
    S_protect_string_metatable(L);
    lua_newtable(L);
    for (int i = 0; S_c_modules[i].name; i++) {
        luaL_requiref(L, S_c_modules[i].name, S_c_modules[i].open, 0);
        lua_setfield(L, -2, S_c_modules[i].name);
    }
    lua_setfield(L, LUA_REGISTRYINDEX, REG_MODULES);
    lua_pushstring(L, datadir);
    lua_setfield(L, LUA_REGISTRYINDEX, REG_DATADIR);
}

static int S_env_index(lua_State *L)
{
    return luaL_error(L, "undefined global '%s'", luaL_tolstring(L, 2, NULL));
}

static int S_env_newindex(lua_State *L)
{
    return luaL_error(L, "assignment to undeclared global '%s' (declare it local)",
                      luaL_tolstring(L, 2, NULL));
}

/* Pushes a new environment whose require shares the module cache at
 * index `loaded` (a plugin and the libraries loaded on its behalf share one
 * cache; two plugins never share a module instance). */
static void S_push_env_with(lua_State *L, int loaded)
{
    loaded = lua_absindex(L, loaded);
    lua_newtable(L);
    lua_getfield(L, LUA_REGISTRYINDEX, REG_SAFE);
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        /* env safe key value */
        if (lua_type(L, -1) == LUA_TTABLE)
            S_copy_table(L);
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -5);
    }
    lua_pop(L, 1);
    lua_pushvalue(L, loaded);
    lua_pushcclosure(L, sandbox_require, 1);
    lua_setfield(L, -2, "require");
    lua_pushvalue(L, -1);
    lua_setfield(L, -2, "_G");
    lua_newtable(L);
    lua_pushcfunction(L, S_env_index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, S_env_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushliteral(L, "sandbox");
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
}

void sandbox_push_env(lua_State *L)
{
    lua_newtable(L);
    S_push_env_with(L, -1);
    lua_remove(L, -2);
}

/* Loads `path` as a text chunk whose _ENV is the environment on top of the
 * stack (popped); pushes the function, or the error message. */
static int S_load_with_env(lua_State *L, const char *path)
{
    int rc = luaL_loadfilex(L, path, "t");
    if (rc != LUA_OK) {
        lua_remove(L, -2);
        return rc;
    }
    lua_insert(L, -2);
    if (!lua_setupvalue(L, -2, 1))
        lua_pop(L, 1); /* a chunk always has _ENV; keep going if not */
    return LUA_OK;
}

int sandbox_loadfile(lua_State *L, const char *path)
{
    sandbox_push_env(L);
    return S_load_with_env(L, path);
}

static int S_valid_lib_name(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
            return 0;
    return 1;
}

/* The built-in library modules (lua/NAME.lua), compiled once per process
 * and dumped: every plugin requires its own instance of each (callbrief.dates
 * a dozen times in one state) and every worker state all of them again, and
 * loading the dump costs a fraction of compiling the text.  The dump keeps
 * the debug information (chunk name, lines), so errors read the same.  Only
 * what S_require_lua itself compiled from the data directory goes in: a
 * plugin's own chunks are still text only.  The list and its bytes are owned
 * here, freed with the process (sandbox_forget frees them earlier). */
typedef struct compiled {
    char *path;            /* owned */
    cb_pack dump;          /* owned: the lua_dump of the chunk */
    struct compiled *next;
} compiled;

static pthread_mutex_t S_compiled_lock = PTHREAD_MUTEX_INITIALIZER;
static compiled *S_compiled;   /* owned */

static int S_dump_writer(lua_State *L, const void *p, size_t n, void *ud)
{
    (void)L;
    compiled *c = ud;
    return cb_pack_append(&c->dump, p, n) < 0;
}

/* Loads the library chunk at path (text) as luaL_loadfilex would, through
 * the process's dump of it when there is one; keeps a dump of what it
 * compiles.  Pushes the function or the error message. */
static int S_load_library(lua_State *L, const char *path)
{
    pthread_mutex_lock(&S_compiled_lock);
    for (compiled *c = S_compiled; c; c = c->next) {
        if (strcmp(c->path, path) == 0) {
            /* the bytes are never changed nor freed while states run */
            pthread_mutex_unlock(&S_compiled_lock);
            const char *name = strrchr(path, '/');
            return luaL_loadbufferx(L, c->dump.bytes, c->dump.len, name ? name + 1 : path, "b");
        }
    }
    pthread_mutex_unlock(&S_compiled_lock);
    int rc = luaL_loadfilex(L, path, "t");
    if (rc != LUA_OK)
        return rc;
    compiled *c = calloc(1, sizeof *c);
    if (c && (c->path = strdup(path)) != NULL && lua_dump(L, S_dump_writer, c, 0) == 0) {
        pthread_mutex_lock(&S_compiled_lock);
        c->next = S_compiled;
        S_compiled = c;
        pthread_mutex_unlock(&S_compiled_lock);
    } else if (c) {
        free(c->path);
        cb_pack_free(&c->dump);
        free(c);
    }
    return LUA_OK;
}

void sandbox_forget(void)
{
    pthread_mutex_lock(&S_compiled_lock);
    while (S_compiled) {
        compiled *c = S_compiled;
        S_compiled = c->next;
        free(c->path);
        cb_pack_free(&c->dump);
        free(c);
    }
    pthread_mutex_unlock(&S_compiled_lock);
}

/* Loads lua/NAME.lua for `callbrief.NAME` into the cache at index
 * `loaded`, and pushes its value. */
static int S_require_lua(lua_State *L, int loaded, const char *modname, const char *lib)
{
    lua_getfield(L, LUA_REGISTRYINDEX, REG_DATADIR);
    const char *datadir = lua_tostring(L, -1);
    char path[4096];
    snprintf(path, sizeof path, "%s/lua/%s.lua", datadir ? datadir : ".", lib);
    lua_pop(L, 1);
    lua_pushboolean(L, 0);              /* loading: a cycle fails, not loops */
    lua_setfield(L, loaded, modname);
    S_push_env_with(L, loaded);
    int rc = S_load_library(L, path);
    if (rc == LUA_OK) {                 /* its _ENV: the environment below */
        lua_insert(L, -2);
        if (!lua_setupvalue(L, -2, 1))
            lua_pop(L, 1);
    } else {
        lua_remove(L, -2);
    }
    if (rc != LUA_OK) {
        lua_pushnil(L);
        lua_setfield(L, loaded, modname);
        return lua_error(L);
    }
    lua_pushstring(L, modname);
    lua_call(L, 1, 1);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, loaded, modname);
    return 1;
}

/* A C module's functions, copied into a new table for this cache. */
static int S_require_c(lua_State *L, int loaded, const char *modname)
{
    lua_getfield(L, LUA_REGISTRYINDEX, REG_MODULES);
    if (lua_getfield(L, -1, modname) != LUA_TTABLE) {
        lua_pop(L, 2);
        return 0;
    }
    S_copy_table(L);
    lua_remove(L, -2);
    lua_pushvalue(L, -1);
    lua_setfield(L, loaded, modname);
    return 1;
}

int sandbox_require(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    int loaded = lua_upvalueindex(1);
    if (lua_type(L, loaded) != LUA_TTABLE) {  /* called from C: a fresh cache */
        lua_newtable(L);
        lua_insert(L, 1);
        loaded = 1;
    }
    int t = lua_getfield(L, loaded, name);
    if (t == LUA_TBOOLEAN && !lua_toboolean(L, -1))
        return luaL_error(L, "module '%s' requires itself (a require cycle)", name);
    if (t != LUA_TNIL)
        return 1;
    lua_pop(L, 1);
    if (S_require_c(L, loaded, name))
        return 1;
    if (strncmp(name, "callbrief.", 10) == 0 && S_valid_lib_name(name + 10))
        return S_require_lua(L, loaded, name, name + 10);
    return luaL_error(L, "module '%s' is not available to plugins "
                         "(they may require lpeg and callbrief.*)", name);
}
