/*
 * test_json.c — unit tests for src/lua_json.c (callbrief.json).
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <jansson.h>

#include "unit.h"

static int setup(void **state)
{
    *state = unit_state("json", luaopen_cb_json);
    return 0;
}

static void encode_scalars(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return json.encode(nil)", "null");
    assert_lua_eq(L, "return json.encode(json.null)", "null");
    assert_lua_eq(L, "return json.encode(true) .. json.encode(false)", "truefalse");
    assert_lua_eq(L, "return json.encode(-5)", "-5");
    assert_lua_eq(L, "return json.encode(math.maxinteger)", "9223372036854775807");
    assert_lua_eq(L, "return json.encode(math.mininteger)", "-9223372036854775808");
    assert_lua_eq(L, "return json.encode('a/b \"q\" \\\\ \\n')", "\"a/b \\\"q\\\" \\\\ \\n\"");
    assert_lua_eq(L, "return json.encode('Erdoğan')", "\"Erdoğan\"");
    assert_lua_eq(L, "return json.encode('a\\0b')", "\"a\\u0000b\"");
    /* a byte to escape, or non-ASCII text, at every place in and across
     * the blocks of eight bytes the encoder skips at a time */
    assert_lua_eq(L,
        "local esc = { ['\"'] = '\\\\\"', ['\\\\'] = '\\\\\\\\', ['\\n'] = '\\\\n', "
        "  ['\\1'] = '\\\\u0001', ['\\31'] = '\\\\u001F', ['\\127'] = '\\127', "
        "  ['\\195\\169'] = '\\195\\169', [' '] = ' ' }\n"
        "for k = 0, 24 do for c, want in pairs(esc) do\n"
        "  local s = string.rep('a', k) .. c .. string.rep('b', 24 - k)\n"
        "  local got = json.encode(s)\n"
        "  if got ~= '\"' .. string.rep('a', k) .. want .. string.rep('b', 24 - k) .. '\"' then\n"
        "    return k .. ' ' .. got end\n"
        "end end return 'ok'", "ok");
    /* DEL and printable ASCII as they are; the rest of the controls escaped */
    assert_lua_eq(L, "return json.encode('~\\127 !\\31\\\\/')", "\"~\x7f !\\u001F\\\\/\"");
    assert_lua_eq(L, "return json.encode('')", "\"\"");
}

static void encode_floats_shortest(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return json.encode(0.1)", "0.1");
    assert_lua_eq(L, "return json.encode(1.5)", "1.5");
    assert_lua_eq(L, "return json.encode(100.0)", "100.0");
    assert_lua_eq(L, "return json.encode(-0.0)", "-0.0");
    assert_lua_eq(L, "return json.encode(1e21)", "1e21");
    assert_lua_eq(L, "return json.encode(1e300)", "1e300");
    assert_lua_eq(L, "return json.encode(2^53)", "9007199254740992.0");
    assert_lua_eq(L, "return json.encode(1/3)", "0.3333333333333333");
    assert_lua_eq(L, "return json.encode(0.1 + 0.2)", "0.30000000000000004");
    /* one precision serves the whole document: the widest float wins */
    assert_lua_eq(L, "return json.encode({0.1, 1/3})", "[0.1,0.3333333333333333]");
    assert_lua_eq(L, "return json.encode({0.1, 0.1 + 0.2})",
                  "[0.10000000000000001,0.30000000000000004]");
    assert_lua_eq(L, "return json.encode({0.25, 12.5})", "[0.25,12.5]");
    /* every float reads back exactly */
    assert_lua_eq(L,
        "for _, x in ipairs{0.1, 1/3, 2/3, 1e-7, 123456.789, 5e-324, 1.7976931348623157e308} do\n"
        "  local y = json.decode(json.encode(x))\n"
        "  if y ~= x or math.type(y) ~= 'float' then return 'bad ' .. x end\n"
        "end return 'ok'", "ok");
}

static void encode_sorted_keys(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return json.encode({b = 1, a = {d = 1, c = {z = 1, y = 2}}, A = 3})",
                  "{\"A\":3,\"a\":{\"c\":{\"y\":2,\"z\":1},\"d\":1},\"b\":1}");
    /* byte order: uppercase < lowercase < UTF-8; a prefix sorts first */
    assert_lua_eq(L, "return json.encode({['é'] = 1, b = 2, B = 3, ab = 4, a = 5, ['a\\0'] = 6})",
                  "{\"B\":3,\"a\":5,\"a\\u0000\":6,\"ab\":4,\"b\":2,\"é\":1}");
    /* same output whatever the insertion order */
    assert_lua_eq(L,
        "local t1, t2 = {}, {}\n"
        "for i = 1, 50 do t1['k' .. i] = i end\n"
        "for i = 50, 1, -1 do t2['k' .. i] = i end\n"
        "return tostring(json.encode(t1) == json.encode(t2))", "true");
}

static void encode_indent_layout(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L,
        "return json.encode({calls = {{date = '2018-12-24', leaders = {'a', 'b'}}},"
        " empty = json.object(), none = {}, n = 1}, {indent = 2})",
        "{\n"
        "  \"calls\": [\n"
        "    {\n"
        "      \"date\": \"2018-12-24\",\n"
        "      \"leaders\": [\n"
        "        \"a\",\n"
        "        \"b\"\n"
        "      ]\n"
        "    }\n"
        "  ],\n"
        "  \"empty\": {},\n"
        "  \"n\": 1,\n"
        "  \"none\": []\n"
        "}");
    assert_lua_eq(L, "return json.encode({a = 1}, {indent = 0})", "{\"a\":1}");
    assert_lua_eq(L, "return json.encode({1}, {})", "[1]");
    assert_lua_raises(L, "return json.encode({}, {indent = 32})",
                      "bad argument #2 to 'encode' (indent must be an integer from 0 to 31)");
    assert_lua_raises(L, "return json.encode({}, {indent = 1.5})", "indent must be");
    assert_lua_raises(L, "return json.encode({}, 4)", "bad argument #2 to 'encode' (table expected");
}

static void encode_arrays_and_objects(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return json.encode({})", "[]");
    assert_lua_eq(L, "return json.encode(json.object())", "{}");
    assert_lua_eq(L, "return json.encode(json.array())", "[]");
    assert_lua_eq(L, "return json.encode(json.object({}))", "{}");
    assert_lua_eq(L, "return json.encode({1, 'two', {3}})", "[1,\"two\",[3]]");
    assert_lua_eq(L, "return json.encode({[1] = 'a', [2] = 'b'})", "[\"a\",\"b\"]");
    assert_lua_eq(L, "return json.encode({[2] = 'b', [1] = 'a', [3] = json.null})",
                  "[\"a\",\"b\",null]");
    assert_lua_eq(L, "return json.encode(json.object({x = 1}))", "{\"x\":1}");
    /* a user metatable with __jsontype is honoured */
    assert_lua_eq(L, "return json.encode(setmetatable({}, {__jsontype = 'object'}))", "{}");
    /* re-marking one of ours is allowed, a foreign metatable is not */
    assert_lua_eq(L, "return json.encode(json.object(json.array()))", "{}");
    assert_lua_raises(L, "return json.object(setmetatable({}, {}))",
                      "bad argument #1 to 'object' (table already has a metatable)");
    assert_lua_raises(L, "return json.array(5)", "bad argument #1 to 'array' (table expected");
}

static void encode_errors_have_paths(void **state)
{
    lua_State *L = *state;
    assert_lua_raises(L, "return json.encode({calls = {{date = 1}, {date = print}}})",
                      "json.encode: $.calls[2].date: cannot encode a function");
    assert_lua_raises(L, "return json.encode({x = {1, 2, k = 3}})",
                      "json.encode: $.x: table has keys that are neither 1..n nor strings");
    assert_lua_raises(L, "return json.encode({1, nil, 3})",
                      "json.encode: $: table has keys that are neither 1..n nor strings");
    assert_lua_raises(L, "return json.encode({[1.5] = 1})", "$: table has keys that are neither");
    assert_lua_raises(L, "return json.encode({[0] = 1})", "$: table has keys that are neither");
    assert_lua_raises(L, "return json.encode({a = 0/0})", "json.encode: $.a: cannot encode NaN");
    assert_lua_raises(L, "return json.encode({a = {math.huge}})",
                      "json.encode: $.a[1]: cannot encode inf");
    assert_lua_raises(L, "return json.encode(-math.huge)", "json.encode: $: cannot encode -inf");
    assert_lua_raises(L, "return json.encode({['a b'] = {f = io.stdout}})",
                      "json.encode: $[\"a b\"].f: cannot encode a userdata");
    assert_lua_raises(L, "return json.encode({co = coroutine.create(print)})",
                      "$.co: cannot encode a thread");
    assert_lua_raises(L, "local t = {a = {}} t.a.b = t return json.encode(t)",
                      "json.encode: $.a.b: cycle: table contains itself");
    assert_lua_raises(L, "local t = {} t[1] = t return json.encode(t)",
                      "json.encode: $[1]: cycle");
    assert_lua_raises(L, "return json.encode({name = 'bad \\xff'})",
                      "json.encode: $.name: string is not valid UTF-8");
    assert_lua_raises(L, "return json.encode({['\\xc3'] = 1})", "key is not valid UTF-8");
    /* the path is kept in C: after siblings, inside arrays, at a key */
    assert_lua_raises(L, "return json.encode({a = {1, 2, {x = 'y'}}, b = {{}, {c = 0/0}}})",
                      "json.encode: $.b[2].c: cannot encode NaN");
    assert_lua_raises(L, "return json.encode({list = {{}, {['k\\xc3'] = 1}}})",
                      "json.encode: $.list[2][\"k\xc3\"]: key is not valid UTF-8");
    /* an invalid byte after a run of plain ASCII, and after an escape */
    assert_lua_raises(L, "return json.encode({s = string.rep('a', 100) .. '\\xe2\\x80'})",
                      "json.encode: $.s: string is not valid UTF-8");
    assert_lua_raises(L, "return json.encode({'\"\\n\\xc0\\x80'})",
                      "json.encode: $[1]: string is not valid UTF-8");
    assert_lua_raises(L, "return json.encode(json.array({x = 1}))",
                      "$: table marked as array has keys other than 1..n");
    assert_lua_raises(L, "return json.encode(json.object({1}))",
                      "$: table marked as object has keys that are not strings");
    assert_lua_raises(L, "return json.encode()", "bad argument #1 to 'encode' (value expected)");
}

/* lua_json.c writes the text itself, in jansson's layout: the bytes must
 * be jansson's own dump of the same value, built here directly, with
 * every escape, non-ASCII text, NUL, floats of both styles and keys that
 * need escaping. */
static json_t *S_reference(void)
{
    json_t *list = json_array();
    for (int i = 1; i <= 100; i++) {
        json_t *item = json_object();
        json_object_set_new(item, "k", json_integer(i));
        json_object_set_new(item, "s", json_string("a\nb \"c\""));
        json_object_set_new(item, "e", json_object());
        json_object_set_new(item, "nested", json_pack("{s:[i,i],s:[]}", "p", i, -i, "q"));
        json_array_append_new(list, item);
    }
    json_t *root = json_object();
    json_object_set_new(root, "x", json_pack("{s:{s:o}}", "y", "list", list));
    json_object_set_new(root, "z", json_real(1.5));
    json_object_set_new(root, "B", json_string("upper first"));
    json_object_set_new(root, "empty", json_array());
    static const char esc[] = "c\x01\x1f\b\f\r\t\x7f/\xc3\xa9\xf0\x9f\x98\x80\\\"\0end";
    json_object_set_new(root, "esc", json_stringn(esc, sizeof esc - 1));
    json_object_set_new(root, "\xc3\xa9 key\n", json_pack("[b,b,n]", 1, 0));
    json_object_set_new(root, "floats", json_pack("[f,f,f,f]", 0.1, 1e300, -2.5e-7, 100.0));
    return root;
}

static void encode_pieces_match_jansson(void **state)
{
    lua_State *L = *state;
    const char *chunk =
        "local list = {}\n"
        "for i = 1, 100 do list[i] = {k = i, s = 'a\\nb \"c\"', e = json.object(),\n"
        "  nested = {p = {i, -i}, q = json.array()}} end\n"
        "local v = {x = {y = {list = list}}, z = 1.5, B = 'upper first', empty = json.array(),\n"
        "  esc = 'c\\1\\31\\b\\f\\r\\t\\127/\\195\\169\\240\\159\\152\\128\\\\\\\"\\0end',\n"
        "  ['\\195\\169 key\\n'] = {true, false, json.null}, floats = {0.1, 1e300, -2.5e-7, 100.0}}\n"
        "return json.encode(v, {indent = %d})";
    json_t *ref = S_reference();
    for (int indent = 0; indent <= 4; indent += 2) {
        char code[2048];
        snprintf(code, sizeof code, chunk, indent);
        size_t flags = JSON_SORT_KEYS | JSON_REAL_PRECISION(3) |
                       (indent ? JSON_INDENT(indent) : JSON_COMPACT);
        char *want = json_dumps(ref, flags);
        assert_non_null(want);
        assert_lua_eq(L, code, want);
        free(want);
    }
    json_decref(ref);
}

static void encode_shared_table_is_not_a_cycle(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "local s = {1} return json.encode({a = s, b = s, c = {s, s}})",
                  "{\"a\":[1],\"b\":[1],\"c\":[[1],[1]]}");
}

static void encode_depth_limit(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L,
        "local t = {} local top = t for i = 1, 999 do t[1] = {} t = t[1] end\n"
        "return tostring(#json.encode(top))", "2000");
    assert_lua_raises(L,
        "local t = {} local top = t for i = 1, 1000 do t[1] = {} t = t[1] end\n"
        "return json.encode(top)", "nesting deeper than 1000 levels");
}

static void decode_values(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L,
        "local v = json.decode('{\"a\": [1, 2.0, \"x\", true, false, null], \"b\": {}}')\n"
        "return table.concat({math.type(v.a[1]), math.type(v.a[2]), v.a[3],\n"
        "  tostring(v.a[4]), tostring(v.a[5]), tostring(v.a[6] == json.null), #v.a,\n"
        "  type(v.b), tostring(next(v.b))}, ' ')",
        "integer float x true false true 6 table nil");
    assert_lua_eq(L, "return tostring(json.decode('null') == json.null)", "true");
    assert_lua_eq(L, "return tostring(json.decode('null') == json.decode('[null]')[1])", "true");
    assert_lua_eq(L, "return tostring(json.decode('\"\\\\u00e9\\\\u0000x\"') == '\\u{e9}\\0x')",
                  "true");
    assert_lua_eq(L, "return tostring(#json.decode('\"a\\\\u0000b\"'))", "3");
    assert_lua_eq(L, "return tostring(json.decode('9223372036854775807') == math.maxinteger)",
                  "true");
    assert_lua_eq(L, "return tostring(json.decode('-9223372036854775808') == math.mininteger)",
                  "true");
    assert_lua_eq(L, "return tostring(json.decode(' 42 '))", "42");
    assert_lua_eq(L, "return math.type(json.decode('1e2'))", "float");
}

static void decode_errors(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return select(2, json.decode('{\"a\": 1,\\n \"b\": }'))",
                  "json:2:7: unexpected token near '}'");
    assert_lua_eq(L, "return select(2, json.decode('[1, 2', 'calls.json'))",
                  "calls.json:1:5: ']' expected near end of file");
    assert_lua_eq(L, "return select(2, json.decode(''))",
                  "json:1:1: unexpected token near end of file");
    assert_lua_eq(L, "return select(2, json.decode('{\"a\":1,\"a\":2}'))",
                  "json:1:10: duplicate object key near '\"a\"'");
    assert_lua_eq(L, "return select(2, json.decode('123456789012345678901234567890'))",
                  "json:1:30: too big integer");
    assert_lua_eq(L, "return select(2, json.decode('1e400'))",
                  "json:1:5: real number overflow near '1e400'");
    assert_lua_eq(L, "return select(2, json.decode('\"\\xff\"'))",
                  "json:1:1: unable to decode byte 0xff near '\"'");
    assert_lua_eq(L, "return select(2, json.decode('[1] x'))",
                  "json:1:5: end of file expected near 'x'");
    assert_lua_eq(L, "local v, e = json.decode('[') return tostring(v) .. '|' .. e",
                  "nil|json:1:1: ']' expected near end of file");
    assert_lua_eq(L, "return select(2, json.decode('\"a\\0b\"'))",
                  "json:1:2: control character 0x0 near '\"a'");
    assert_lua_eq(L, "return select(2, json.decode('  \\n  '))",
                  "json:2:2: unexpected token near end of file");
    assert_lua_raises(L, "return json.decode(nil)",
                      "bad argument #1 to 'decode' (string expected, got nil)");
    assert_lua_raises(L, "return json.decode({})", "bad argument #1 to 'decode'");
}

static void decode_depth(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L,
        "local v = json.decode(string.rep('[', 2000) .. string.rep(']', 2000))\n"
        "local d = 0 while v do d = d + 1 v = v[1] end return tostring(d)", "2000");
    assert_lua_eq(L,
        "return select(2, json.decode(string.rep('[', 3000) .. string.rep(']', 3000)))",
        "json:1:2049: maximum parsing depth reached near '['");
}

static void round_trips(void **state)
{
    lua_State *L = *state;
    static const char *const golden[] = {
        "{}", "[]", "[[],{},[{}]]", "{\"a\":{\"b\":[]},\"c\":{}}", "null", "\"\"",
        "[1,-2,3.5,\"x\",true,false,null]", "\"a\\u0000b\"", "{\"\":1}",
        "{\"k\":\"Çavuşoğlu / Лавров\"}", "[0.1,1e-7,1e21]",
        "{\"calls\":[{\"date\":\"2018-12-24\",\"with\":[\"Trump\",\"Erdoğan\"]}]}",
    };
    for (size_t i = 0; i < sizeof golden / sizeof *golden; i++) {
        lua_pushstring(L, golden[i]);
        lua_setglobal(L, "s");
        assert_lua_eq(L, "return json.encode(json.decode(s))", golden[i]);
    }
    assert_lua_eq(L,
        "local v = {a = {1, {b = 'x'}}, e = json.object(), n = json.null}\n"
        "local s = json.encode(v, {indent = 3})\n"
        "return tostring(json.encode(json.decode(s), {indent = 3}) == s)", "true");
}

/* encode_fd(value, opts): cb_json_encode_fd's file, as a string; or
 * nil, the error, and whether a write failed. */
static int S_encode_fd(lua_State *L)
{
    lua_settop(L, 2);
    FILE *f = tmpfile();
    assert_non_null(f);
    int bad = 0;
    if (cb_json_encode_fd(L, 1, 2, fileno(f), &bad) < 0) {
        fclose(f);
        lua_pushnil(L);
        lua_insert(L, -2);
        lua_pushboolean(L, bad);
        return 3;
    }
    long n = lseek(fileno(f), 0, SEEK_END);
    char *buf = malloc((size_t)n + 1);
    assert_int_equal(pread(fileno(f), buf, (size_t)n, 0), n);
    lua_pushlstring(L, buf, (size_t)n);
    free(buf);
    fclose(f);
    return 1;
}

static void encode_to_file_same_bytes(void **state)
{
    lua_State *L = *state;
    lua_register(L, "encode_fd", S_encode_fd);
    assert_lua_eq(L,
        "local function same(v, o)\n"
        "  local a, b = json.encode(v, o), encode_fd(v, o)\n"
        "  if a ~= b then error(('%d vs %d bytes: %s / %s'):format(#a, #b, a:sub(1, 80), tostring(b):sub(1, 80))) end\n"
        "end\n"
        "same(nil) same({}) same(json.object()) same('x') same(0.5)\n"
        "same({b = 1, a = {2, 3.25, 'z'}}, {indent = 2})\n"
        "same({0.1, 0.1 + 0.2})                  -- the floats written again\n"
        "same({0.25, 12.5, 1.0}, {indent = 4})\n"
        "-- several MB, so the text goes out in pieces: the floats of the first\n"
        "-- pieces need the precision of one near the end\n"
        "local big = {}\n"
        "for i = 1, 60000 do big[i] = {id = 'call-' .. i, score = i / 4, text = ('word '):rep(8)} end\n"
        "same(big, {indent = 2})\n"
        "big[59999].score = 0.1 + 0.2\n"
        "same(big, {indent = 2})\n"
        "same(big)\n"
        "return 'ok'", "ok");
    assert_lua_eq(L,
        "local v, err, bad = encode_fd({a = {1, print}})\n"
        "local _, want = pcall(json.encode, {a = {1, print}})\n"
        "return tostring(v) .. '|' .. err .. '|' .. tostring(bad) .. '|' .. tostring(err == want)",
        "nil|json.encode: $.a[2]: cannot encode a function|false|true");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(encode_to_file_same_bytes, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(encode_scalars, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(encode_floats_shortest, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(encode_sorted_keys, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(encode_indent_layout, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(encode_arrays_and_objects, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(encode_errors_have_paths, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(encode_pieces_match_jansson, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(encode_shared_table_is_not_a_cycle, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(encode_depth_limit, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(decode_values, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(decode_errors, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(decode_depth, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(round_trips, setup, unit_teardown),
    };
    cmocka_set_message_output(CM_OUTPUT_TAP);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
