/*
 * unit.h — shared set-up for the C unit tests: cmocka, plus a Lua state with
 * one of callbrief's modules opened, and a way to run a chunk and get its
 * string result.
 */
#ifndef CB_UNIT_H
#define CB_UNIT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "modules.h"

/* A fresh state with the standard libraries and module `name` opened as the
 * global of that name.  The caller closes it. */
static inline lua_State *unit_state(const char *name, lua_CFunction open)
{
    lua_State *L = luaL_newstate();
    assert_non_null(L);
    luaL_openlibs(L);
    luaL_requiref(L, name, open, 1);
    lua_pop(L, 1);
    return L;
}

/* unit_state, then the Lua chunk `helpers` (test helper functions) run in
 * it; fails the test when the chunk does. */
static inline lua_State *unit_state_with(const char *name, lua_CFunction open,
                                         const char *helpers)
{
    lua_State *L = unit_state(name, open);
    if (helpers && luaL_dostring(L, helpers) != LUA_OK)
        fail_msg("%s", lua_tostring(L, -1));
    return L;
}

/* cmocka teardown for a state made by a setup: closes it. */
static inline int unit_teardown(void **state)
{
    lua_close(*state);
    return 0;
}

/* Runs `chunk`, which must return a string (or raise); returns a copy the
 * caller frees, or NULL with the error message in *err (a copy, freed by the
 * caller) when the chunk raised. */
static inline char *unit_eval(lua_State *L, const char *chunk, char **err)
{
    *err = NULL;
    if (luaL_loadstring(L, chunk) != LUA_OK || lua_pcall(L, 0, 1, 0) != LUA_OK) {
        *err = strdup(lua_tostring(L, -1) ? lua_tostring(L, -1) : "?");
        lua_pop(L, 1);
        return NULL;
    }
    size_t n;
    const char *s = lua_tolstring(L, -1, &n);
    char *copy = s ? strndup(s, n) : NULL;
    lua_pop(L, 1);
    return copy;
}

/* Asserts that `chunk` returns exactly `want`. */
#define assert_lua_eq(L, chunk, want) do {                          \
        char *err_ = NULL, *got_ = unit_eval((L), (chunk), &err_);  \
        if (err_) fail_msg("%s: raised %s", (chunk), err_);         \
        assert_non_null(got_);                                      \
        assert_string_equal(got_, (want));                          \
        free(got_);                                                 \
    } while (0)

/* Asserts that `chunk` raises an error containing `needle`. */
#define assert_lua_raises(L, chunk, needle) do {                    \
        char *err_ = NULL, *got_ = unit_eval((L), (chunk), &err_);  \
        free(got_);                                                 \
        if (!err_) fail_msg("%s: did not raise", (chunk));          \
        if (!strstr(err_, (needle)))                                \
            fail_msg("%s: error '%s' lacks '%s'", (chunk), err_, (needle)); \
        free(err_);                                                 \
    } while (0)

#endif
