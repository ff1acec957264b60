/* test_small_alloc.c — the small-block cache behind the Lua states'
 * allocator: contents kept across resizes, blocks reused within a size
 * class, the cap on what is kept, and a Lua state running on it. */
#include <stdlib.h>

#include "unit.h"

#include "small_alloc.h"

static void fill(unsigned char *p, size_t n, unsigned char seed)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)(seed + i);
}

static int same(const unsigned char *p, size_t n, unsigned char seed)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != (unsigned char)(seed + i))
            return 0;
    return 1;
}

static void resizes_keep_contents(void **state)
{
    (void)state;
    small_alloc a = { 0 };
    /* grow inside a class: the same block */
    unsigned char *p = small_alloc_resize(&a, NULL, 0, 20);
    assert_non_null(p);
    fill(p, 20, 1);
    assert_ptr_equal(small_alloc_resize(&a, p, 20, 32), p);
    /* to the next class, to a large block, back to a small one */
    unsigned char *q = small_alloc_resize(&a, p, 32, 33);
    assert_non_null(q);
    assert_true(same(q, 20, 1));
    unsigned char *r = small_alloc_resize(&a, q, 33, 5000);
    assert_non_null(r);
    assert_true(same(r, 20, 1));
    fill(r, 5000, 7);
    unsigned char *s = small_alloc_resize(&a, r, 5000, 9000);
    assert_true(same(s, 5000, 7));
    unsigned char *t = small_alloc_resize(&a, s, 9000, 100);
    assert_true(same(t, 100, 7));
    unsigned char *u = small_alloc_resize(&a, t, 100, 3);
    assert_true(same(u, 3, 7));
    assert_null(small_alloc_resize(&a, u, 3, 0));
    small_alloc_drain(&a);
    assert_int_equal(a.cached, 0);
}

static void blocks_are_reused_by_class(void **state)
{
    (void)state;
    small_alloc a = { 0 };
    void *p = small_alloc_resize(&a, NULL, 0, 40);
    small_alloc_resize(&a, p, 40, 0);
#if !defined(__SANITIZE_ADDRESS__)
    assert_int_equal(a.cached, 48);
    /* another size of the same class (33..48 bytes) gets it back */
    assert_ptr_equal(small_alloc_resize(&a, NULL, 0, 33), p);
    assert_int_equal(a.cached, 0);
#else
    p = small_alloc_resize(&a, NULL, 0, 33);
#endif
    /* a large block never goes on a list */
    void *big = small_alloc_resize(&a, NULL, 0, SMALL_ALLOC_MAX + 1);
    small_alloc_resize(&a, big, SMALL_ALLOC_MAX + 1, 0);
    assert_int_equal(a.cached, 0);
    small_alloc_resize(&a, p, 33, 0);
    small_alloc_drain(&a);
    assert_int_equal(a.cached, 0);
    for (size_t c = 0; c < SMALL_ALLOC_CLASSES; c++)
        assert_null(a.free[c]);
}

static void keeps_at_most_the_cap(void **state)
{
    (void)state;
    small_alloc a = { 0 };
    size_t n = SMALL_ALLOC_CACHED / SMALL_ALLOC_MAX + 10;
    void **v = malloc(n * sizeof *v);
    assert_non_null(v);
    for (size_t i = 0; i < n; i++)
        assert_non_null(v[i] = small_alloc_resize(&a, NULL, 0, SMALL_ALLOC_MAX));
    for (size_t i = 0; i < n; i++)
        small_alloc_resize(&a, v[i], SMALL_ALLOC_MAX, 0);
    assert_true(a.cached <= SMALL_ALLOC_CACHED);
    small_alloc_drain(&a);
    free(v);
}

static void *S_lua_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    return small_alloc_resize(ud, ptr, ptr ? osize : 0, nsize);
}

/* Lua's own use of it: many small strings and tables made and collected. */
static void a_lua_state_runs_on_it(void **state)
{
    (void)state;
    small_alloc a = { 0 };
    lua_State *L = lua_newstate(S_lua_alloc, &a);
    assert_non_null(L);
    luaL_openlibs(L);
    const char *chunk =
        "local keep, sum = {}, 0\n"
        "for i = 1, 20000 do\n"
        "  local t = { i, tostring(i), { x = i } }\n"
        "  if i % 97 == 0 then keep[#keep + 1] = t end\n"
        "  sum = sum + #t[2]\n"
        "end\n"
        "collectgarbage()\n"
        "local ok = true\n"
        "for k, t in ipairs(keep) do ok = ok and t[1] == 97 * k and t[3].x == t[1] end\n"
        "return tostring(ok) .. ' ' .. sum";
    assert_int_equal(luaL_dostring(L, chunk), LUA_OK);
    assert_string_equal(lua_tostring(L, -1), "true 88894");
    lua_close(L);
    small_alloc_drain(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(resizes_keep_contents),
        cmocka_unit_test(blocks_are_reused_by_class),
        cmocka_unit_test(keeps_at_most_the_cap),
        cmocka_unit_test(a_lua_state_runs_on_it),
    };
    cmocka_set_message_output(CM_OUTPUT_TAP);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
