/*
 * test_msgpack.c — unit tests for src/lua_msgpack.c: a value sent through
 * MessagePack comes back as a JSON round trip would bring it (markers,
 * integers and floats, json.null, empty tables); the bytes do not depend
 * on the order a table was filled in; what JSON cannot hold is refused,
 * and bytes that are not one MessagePack value are refused with a message.
 */
#include <stdio.h>
#include <stdlib.h>

#include "unit.h"

/* json.encode of what `chunk` returns after a trip through json
 * (encode, decode) and after one through MessagePack (encode, decode into
 * another state): both are set as globals `by_json` and `by_msgpack`. */
static void S_both_ways(lua_State *L, const char *chunk)
{
    lua_State *from = unit_state("json", luaopen_cb_json);
    if (luaL_dostring(from, chunk) != LUA_OK)
        fail_msg("%s", lua_tostring(from, -1));
    char err[256];
    cb_pack bytes;
    assert_int_equal(cb_msgpack_encode(from, -1, &bytes, err, sizeof err), 0);
    assert_int_equal(lua_gettop(from), 1);
    lua_setglobal(from, "v");
    assert_lua_eq(from, "return 'ok'", "ok");
    int top = lua_gettop(L);
    assert_int_equal(cb_msgpack_decode(L, bytes.bytes, bytes.len, "test"), 0);
    assert_int_equal(lua_gettop(L), top + 1);
    lua_setglobal(L, "got");
    assert_lua_eq(L, "by_msgpack = json.encode(got) return 'ok'", "ok");
    if (luaL_dostring(from, "return json.encode(json.decode(json.encode(v)))") != LUA_OK)
        fail_msg("%s", lua_tostring(from, -1));
    lua_pushstring(L, lua_tostring(from, -1));
    lua_setglobal(L, "by_json");
    cb_pack_free(&bytes);
    lua_close(from);
}

static int setup(void **state)
{
    *state = unit_state("json", luaopen_cb_json);
    return 0;
}

static void same_as_a_json_round_trip(void **state)
{
    lua_State *L = *state;
    const char *values[] = {
        "return {n = 3, f = 2.0, g = 0.1, h = -1.5e300, big = math.maxinteger, "
        "neg = math.mininteger, t = true, no = false, s = 'caf\\u{e9}', e = ''}",
        "return {o = json.object(), a = json.array(), p = {}, null = json.null, "
        "list = {1, 'two', {3}}, nested = {{{}}}}",
        "return {calls = {{participants = {'A', 'B'}, date = json.null, claims = {}}}}",
        "return 'only a string'",
        "return 42",
        "return json.null",
    };
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
        S_both_ways(L, values[i]);
        assert_lua_eq(L, "return by_msgpack == by_json and 'same' or by_msgpack .. ' ~= ' .. by_json",
                      "same");
    }
    /* the markers json.decode sets, on every table */
    S_both_ways(L, "return {a = {}, o = json.object(), l = {1}}");
    assert_lua_eq(L, "return getmetatable(got).__jsontype .. getmetatable(got.a).__jsontype .."
                     " getmetatable(got.o).__jsontype .. getmetatable(got.l).__jsontype",
                  "objectarrayobjectarray");
    assert_lua_eq(L, "return math.type(got.l[1])", "integer");
}

/* The bytes of a table do not depend on the order its keys were set. */
static void keys_in_byte_order(void **state)
{
    lua_State *L = *state;
    char err[128];
    cb_pack a, b;
    assert_int_equal(luaL_dostring(L, "local t = {} for i = 1, 50 do t['k' .. i] = i end return t"), LUA_OK);
    assert_int_equal(cb_msgpack_encode(L, -1, &a, err, sizeof err), 0);
    assert_int_equal(luaL_dostring(L, "local t = {} for i = 50, 1, -1 do t['k' .. i] = i end return t"), LUA_OK);
    assert_int_equal(cb_msgpack_encode(L, -1, &b, err, sizeof err), 0);
    lua_pop(L, 2);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.bytes, b.bytes, a.len);
    cb_pack_free(&a);
    cb_pack_free(&b);
}

static void S_refused(lua_State *L, const char *chunk, const char *want)
{
    char err[128];
    cb_pack out;
    assert_int_equal(luaL_dostring(L, chunk), LUA_OK);
    int top = lua_gettop(L);
    assert_int_equal(cb_msgpack_encode(L, -1, &out, err, sizeof err), -1);
    assert_null(out.bytes);
    assert_string_equal(err, want);
    assert_int_equal(lua_gettop(L), top);
    lua_pop(L, 1);
}

static void refusals(void **state)
{
    lua_State *L = *state;
    S_refused(L, "return {calls = {{f = print}}}", "cannot encode a function");
    S_refused(L, "return {1, 2, x = 3}", "table has keys that are neither 1..n nor strings");
    S_refused(L, "return setmetatable({x = 1}, getmetatable(json.array()))",
              "table marked as array has keys other than 1..n");
    S_refused(L, "local t = {} for i = 1, 1100 do t = {t} end return t",
              "nesting deeper than 1000 levels");
}

static void S_bad(lua_State *L, const char *bytes, size_t len, const char *want)
{
    int top = lua_gettop(L);
    assert_int_equal(cb_msgpack_decode(L, bytes, len, "archive.db"), -1);
    assert_int_equal(lua_gettop(L), top + 1);
    assert_string_equal(lua_tostring(L, -1), want);
    lua_pop(L, 1);
}

static void bad_bytes_are_refused(void **state)
{
    lua_State *L = *state;
    S_bad(L, "\x92\x01", 2, "archive.db: not MessagePack (or cut short)");
    S_bad(L, "\x01\x02", 2, "archive.db: bytes after the value");
    S_bad(L, "\x81\x01\x01", 3, "archive.db: a map key that is not a string");
    S_bad(L, "\xc4\x01x", 3, "archive.db: a value JSON has no place for (binary, extension or a too large integer)");
    S_bad(L, "\xcf\xff\xff\xff\xff\xff\xff\xff\xff", 9,
          "archive.db: a value JSON has no place for (binary, extension or a too large integer)");
    S_bad(L, "", 0, "archive.db: not MessagePack (or cut short)");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(same_as_a_json_round_trip, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(keys_in_byte_order, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(refusals, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(bad_bytes_are_refused, setup, unit_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
