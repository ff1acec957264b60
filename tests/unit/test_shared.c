/*
 * test_shared.c — unit tests for src/shared.c: a value built in one Lua
 * state through ctx.shared is not built again in another state of the run,
 * which gets an equal copy (shared tables still shared); different keys
 * hold different values; a value that cannot be packed is refused with a
 * message; the store keeps no more than its limit; shared_clear empties
 * the store; threads asking at once all get the value, built by one of
 * them while the others wait; a build that fails or asks for its own key
 * leaves no one waiting.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "unit.h"
#include "shared.h"

/* A state with `shared` as a global, and `built` counting build() calls. */
static lua_State *S_state(void)
{
    lua_State *L = luaL_newstate();
    assert_non_null(L);
    luaL_openlibs(L);
    lua_pushcfunction(L, shared_ctx_function);
    lua_setglobal(L, "shared");
    lua_pushinteger(L, 0);
    lua_setglobal(L, "built");
    return L;
}

/* The rest of a build and the check of what shared() gave back. */
#define INDEX_REST \
    "  local rec = { name = 'Ada', n = 3 }\n" \
    "  return { people = { rec }, by_name = { Ada = rec }, ['\\0'] = { 1.5, 2 } }\n" \
    "end\n" \
    "local v = shared('index v1', build)\n" \
    "return string.format('%d %s %d %s %s %s', built, v.people[1].name, v.people[1].n,\n" \
    "  tostring(v.people[1] == v.by_name.Ada), math.type(v['\\0'][1]), math.type(v['\\0'][2]))"

static const char *BUILD_INDEX =
    "local function build() built = built + 1\n"
    INDEX_REST;

static void built_once_across_states(void **state)
{
    (void)state;
    shared_clear();
    lua_State *a = S_state(), *b = S_state();
    assert_lua_eq(a, BUILD_INDEX, "1 Ada 3 true float integer");
    /* b never builds: its copy comes from the store, sharing intact */
    assert_lua_eq(b, BUILD_INDEX, "0 Ada 3 true float integer");
    /* a copy of its own: changing it changes nothing elsewhere */
    assert_lua_eq(b, "local v = shared('index v1', error); v.people[1].name = 'B'; "
                     "return shared('index v1', error).people[1].name", "Ada");
    lua_close(a);
    lua_close(b);
    shared_clear();
}

static void keys_apart(void **state)
{
    (void)state;
    shared_clear();
    lua_State *L = S_state();
    assert_lua_eq(L, "return shared('one', function() return 'first' end) .. ' ' .. "
                     "shared('two', function() return 'second' end) .. ' ' .. "
                     "shared('one', function() return 'again' end)", "first second first");
    /* a key is its whole bytes, NUL included */
    assert_lua_eq(L, "return shared('one\\0x', function() return 'other' end)", "other");
    shared_clear();
    assert_lua_eq(L, "return shared('one', function() return 'rebuilt' end)", "rebuilt");
    lua_close(L);
    shared_clear();
}

static void refusals(void **state)
{
    (void)state;
    shared_clear();
    lua_State *L = S_state();
    assert_lua_raises(L, "return shared('f', function() return { f = print } end)",
                      "ctx.shared: the value build() returned cannot be shared");
    /* nothing stored: the next caller builds */
    assert_lua_eq(L, "return shared('f', function() return 'plain' end)", "plain");
    /* build's own error reaches the caller as it was */
    assert_lua_raises(L, "return shared('g', function() error('no data file') end)", "no data file");
    /* and leaves the key free: the next caller builds, without waiting */
    assert_lua_eq(L, "return shared('g', function() return 'built now' end)", "built now");
    /* a build asking for its own key builds it again, not waiting on itself */
    assert_lua_eq(L, "return shared('n', function() "
                     "return 'outer ' .. shared('n', function() return 'inner' end) end)",
                  "outer inner");
    assert_lua_raises(L, "return shared(nil, function() end)", "bad argument #1");
    assert_lua_raises(L, "return shared('h', 'not a function')", "bad argument #2");
    lua_close(L);
    shared_clear();
}

/* The store holds at most its limit in all: past it a value is built
 * and returned but not kept, so the next state builds it again. */
static void limited(void **state)
{
    (void)state;
    shared_clear();
    shared_set_limit(4096);
    lua_State *a = S_state(), *b = S_state();
    const char *big = "return shared('big', function() built = built + 1 "
                      "return ('x'):rep(10000) end):len() .. ' ' .. built";
    const char *small = "return shared('small', function() built = built + 1 "
                        "return ('y'):rep(100) end):len() .. ' ' .. built";
    assert_lua_eq(a, big, "10000 1");
    assert_lua_eq(b, big, "10000 1");    /* not kept: b built it too */
    assert_lua_eq(a, small, "100 2");
    assert_lua_eq(b, small, "100 1");    /* kept: b built only the big one */
    shared_clear();
    /* a limit of 0 (a run of one state): nothing packed, nothing kept */
    shared_set_limit(0);
    assert_lua_eq(a, small, "100 3");
    assert_lua_eq(a, "return shared('none', function() return 'z' end)", "z");
    assert_lua_eq(b, "return shared('none', function() return 'again' end)", "again");
    lua_close(a);
    lua_close(b);
    shared_set_limit(SHARED_MAX_BYTES);
    shared_clear();
}

enum { THREADS = 4 };

/* BUILD_INDEX with a build slow enough for the threads to overlap */
static const char *SLOW_INDEX =
    "local function build() built = built + 1\n"
    "  local x = 0 for i = 1, 3000000 do x = x + i end\n"
    INDEX_REST;

static void *S_ask(void *arg)
{
    lua_State *L = S_state();
    char *err = NULL;
    char *got = unit_eval(L, SLOW_INDEX, &err);
    *(char **)arg = got ? got : err;
    lua_close(L);
    return NULL;
}

static void threads_at_once(void **state)
{
    (void)state;
    shared_clear();
    pthread_t t[THREADS];
    char *got[THREADS];
    for (int i = 0; i < THREADS; i++)
        assert_int_equal(pthread_create(&t[i], NULL, S_ask, &got[i]), 0);
    for (int i = 0; i < THREADS; i++)
        assert_int_equal(pthread_join(t[i], NULL), 0);
    int builds = 0;
    for (int i = 0; i < THREADS; i++) {
        /* built by one of them, the others waiting for it; the same
         * value for all */
        assert_non_null(got[i]);
        assert_string_equal(got[i] + 1, " Ada 3 true float integer");
        builds += got[i][0] - '0';
        free(got[i]);
    }
    assert_int_equal(builds, 1);
    lua_State *L = S_state();
    assert_lua_eq(L, BUILD_INDEX, "0 Ada 3 true float integer");
    lua_close(L);
    shared_clear();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(built_once_across_states),
        cmocka_unit_test(keys_apart),
        cmocka_unit_test(refusals),
        cmocka_unit_test(limited),
        cmocka_unit_test(threads_at_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
