/*
 * test_pack.c — unit tests for src/lua_pack.c: values packed in one state
 * and unpacked in another come back equal, with integers, floats, markers,
 * shared tables and cycles as they were; what cannot be packed is refused
 * and leaves both stacks as they were.
 */
#include <stdio.h>
#include <stdlib.h>

#include "unit.h"

/* Packs what `chunk` returns in a new state and unpacks it into *to as the
 * global `v`.  Returns the pack's status; on -1, err holds the reason. */
static int S_carry(lua_State *to, const char *chunk, char *err, size_t errlen)
{
    lua_State *from = unit_state("json", luaopen_cb_json);
    if (luaL_dostring(from, chunk) != LUA_OK)
        fail_msg("%s", lua_tostring(from, -1));
    int top_from = lua_gettop(from), top_to = lua_gettop(to);
    cb_pack pack;
    int rc = cb_pack_value(from, -1, &pack, err, errlen);
    assert_int_equal(lua_gettop(from), top_from);
    if (rc == 0) {
        assert_int_equal(cb_unpack_value(to, &pack), 0);
        assert_int_equal(lua_gettop(to), top_to + 1);
        lua_setglobal(to, "v");
    } else {
        assert_null(pack.bytes);
    }
    cb_pack_free(&pack);
    lua_close(from);
    return rc;
}

static int setup(void **state)
{
    /* the receiving state has not opened callbrief.json: unpack makes
     * the markers itself */
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    *state = L;
    return 0;
}

static void scalars(void **state)
{
    lua_State *L = *state;
    char err[128];
    assert_int_equal(S_carry(L, "return {i = math.maxinteger, j = -3, f = 2.0, g = -0.0, "
                                "h = 0.1, t = true, n = false, s = 'a\\0b\\255', e = ''}",
                             err, sizeof err), 0);
    assert_lua_eq(L, "return math.type(v.i) .. v.i .. ' ' .. math.type(v.j) .. v.j", "integer9223372036854775807 integer-3");
    assert_lua_eq(L, "return math.type(v.f) .. ' ' .. tostring(1 / v.g) .. ' ' .. string.format('%.17g', v.h)",
                  "float -inf 0.10000000000000001");
    assert_lua_eq(L, "return tostring(v.t) .. tostring(v.n) .. #v.s .. v.s:byte(2) .. v.s:byte(4) .. v.e", "truefalse40255");
    assert_int_equal(S_carry(L, "return 'only a string'", err, sizeof err), 0);
    assert_lua_eq(L, "return v", "only a string");
}

static void keys_of_every_kind(void **state)
{
    lua_State *L = *state;
    char err[128];
    assert_int_equal(S_carry(L, "return {10, 20, [4] = 40, [1.5] = 'f', [true] = 'b', x = {y = {z = 'deep'}}}",
                             err, sizeof err), 0);
    assert_lua_eq(L, "return v[1] .. v[2] .. tostring(v[3]) .. v[4] .. v[1.5] .. v[true] .. v.x.y.z",
                  "1020nil40fbdeep");
}

static void shared_tables_and_cycles(void **state)
{
    lua_State *L = *state;
    char err[128];
    assert_int_equal(S_carry(L, "local t = {name = 't'}; t.self = t; "
                                "return {a = t, b = t, list = {t, t}}", err, sizeof err), 0);
    assert_lua_eq(L, "return tostring(rawequal(v.a, v.b) and rawequal(v.a, v.list[2]) "
                     "and rawequal(v.a.self, v.a)) .. v.b.name", "truet");
}

static void markers_and_null(void **state)
{
    lua_State *L = *state;
    char err[128];
    assert_int_equal(S_carry(L, "return {o = json.object(), a = json.array(), p = {}, n = json.null}",
                             err, sizeof err), 0);
    /* what json.encode sees: the markers' __jsontype, and the null sentinel
     * (the same address in every state) */
    assert_lua_eq(L, "return getmetatable(v.o).__jsontype .. getmetatable(v.a).__jsontype .. "
                     "tostring(getmetatable(v.p)) .. type(v.n)", "objectarraynil" "userdata");
    lua_getglobal(L, "v");
    lua_getfield(L, -1, "n");
    assert_true(cb_json_is_null(L, -1));
    lua_getfield(L, -2, "o");
    assert_int_equal(cb_json_marker(L, -1), 1);
    lua_getfield(L, -3, "a");
    assert_int_equal(cb_json_marker(L, -1), 2);
    lua_pop(L, 4);
}

static void refusals(void **state)
{
    lua_State *L = *state;
    char err[128];
    int top = lua_gettop(L);
    assert_int_equal(S_carry(L, "return {calls = {{f = print}}}", err, sizeof err), -1);
    assert_string_equal(err, "a function");
    assert_int_equal(S_carry(L, "return {x = setmetatable({}, {__index = {}})}", err, sizeof err), -1);
    assert_string_equal(err, "a table with a metatable of its own");
    assert_int_equal(S_carry(L, "return {co = coroutine.create(print)}", err, sizeof err), -1);
    assert_string_equal(err, "a thread");
    assert_int_equal(S_carry(L, "local t = {} for i = 1, 1100 do t = {t} end return t", err, sizeof err), -1);
    assert_string_equal(err, "nested too deep");
    assert_int_equal(lua_gettop(L), top);
}

static void bad_bytes_are_refused(void **state)
{
    lua_State *L = *state;
    int top = lua_gettop(L);
    char junk[] = "T\1\0\0\0\0\0\0\0";      /* a table cut short */
    cb_pack b = { junk, sizeof junk - 1, sizeof junk - 1 };
    assert_int_equal(cb_unpack_value(L, &b), -1);
    char trailing[] = "nn";                  /* one value, then more */
    cb_pack c = { trailing, 2, 2 };
    assert_int_equal(cb_unpack_value(L, &c), -1);
    assert_int_equal(lua_gettop(L), top);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(scalars, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(keys_of_every_kind, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(shared_tables_and_cycles, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(markers_and_null, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(refusals, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(bad_bytes_are_refused, setup, unit_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
