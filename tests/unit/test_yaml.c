/*
 * test_yaml.c — unit tests for src/lua_yaml.c (callbrief.yaml).
 */
#include <stdlib.h>

#include "unit.h"

/* dump(v): a canonical text for a Lua value (sorted keys, typed numbers),
 * so a whole table can be compared with one golden string. */
static const char DUMP[] =
    "function dump(v)\n"
    "  local t = type(v)\n"
    "  if t == 'string' then return string.format('%q', v) end\n"
    "  if t == 'number' then return math.type(v) == 'integer' and tostring(v) or\n"
    "    string.format('%.17gf', v) end\n"
    "  if t ~= 'table' then return tostring(v) end\n"
    "  local keys = {}\n"
    "  for k in pairs(v) do keys[#keys + 1] = k end\n"
    "  table.sort(keys, function(a, b)\n"
    "    if type(a) == type(b) then return a < b end\n"
    "    return type(a) == 'number' end)\n"
    "  local out = {}\n"
    "  for _, k in ipairs(keys) do\n"
    "    out[#out + 1] = (type(k) == 'string' and k or '[' .. k .. ']') .. '=' .. dump(v[k])\n"
    "  end\n"
    "  return '{' .. table.concat(out, ',') .. '}'\n"
    "end\n"
    "function load(s, name) local v, e = yaml.load(s, name)\n"
    "  if e then return 'ERR ' .. e end return dump(v) end\n"
    "function fm(s) local v, e = yaml.front_matter(s)\n"
    "  return dump(v) .. ' ' .. dump(e) end\n";

static int setup(void **state)
{
    *state = unit_state_with("yaml", luaopen_cb_yaml, DUMP);
    return 0;
}

static void scalars(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return load('a: 1\\nb: -7\\nc: 0\\nd: 007\\ne: 1.5\\nf: 2018-12-24\\n"
                     "g: +49301234\\nh: 1e3\\ni: 0x1F\\nj: -0\\n')",
                  "{a=1,b=-7,c=0,d=\"007\",e=\"1.5\",f=\"2018-12-24\",g=\"+49301234\","
                  "h=\"1e3\",i=\"0x1F\",j=0}");
    assert_lua_eq(L, "return load('a: true\\nb: False\\nc: TRUE\\nd: yes\\ne: no\\n"
                     "f: \"true\"\\ng: \\'false\\'\\nh: tRUE\\n')",
                  "{a=true,b=false,c=true,d=\"yes\",e=\"no\",f=\"true\",g=\"false\",h=\"tRUE\"}");
    assert_lua_eq(L, "return load('a: ~\\nb: null\\nc: NULL\\nd:\\ne: \"null\"\\nf: \"\"\\n"
                     "g: \\'~\\'\\nh: nil\\n')",
                  "{e=\"null\",f=\"\",g=\"~\",h=\"nil\"}");
    assert_lua_eq(L, "return load('big: 9223372036854775807\\nover: 9223372036854775808\\n"
                     "min: -9223372036854775808\\nunder: -9223372036854775809\\n')",
                  "{big=9223372036854775807,min=-9223372036854775808,"
                  "over=\"9223372036854775808\",under=\"-9223372036854775809\"}");
    assert_lua_eq(L, "return load('a: !!str 5\\nb: !!int 6\\nc: \"7\"\\nd: |\\n  x\\n  y\\n')",
                  "{a=\"5\",b=\"6\",c=\"7\",d=\"x\\\ny\\\n\"}");
    assert_lua_eq(L, "return load('name: Recep Tayyip Erdoğan\\nq: \"a\\\\tb \\\\u00e7\"\\n')",
                  "{name=\"Recep Tayyip Erdoğan\",q=\"a\\9b ç\"}");
}

static void collections(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return load('- a\\n- ~\\n- 3\\n-\\n- [x, y, null]\\n- {k: v}\\n')",
                  "{[1]=\"a\",[2]=3,[3]={[1]=\"x\",[2]=\"y\"},[4]={k=\"v\"}}");
    assert_lua_eq(L, "return load('calls:\\n  - date: 2018-12-24\\n    with: [Trump, Erdoğan]\\n"
                     "  - date: 2019-01-14\\n    with: []\\n    notes: {}\\n')",
                  "{calls={[1]={date=\"2018-12-24\",with={[1]=\"Trump\",[2]=\"Erdoğan\"}},"
                  "[2]={date=\"2019-01-14\",notes={},with={}}}}");
    /* keys are always the raw text */
    assert_lua_eq(L, "return load('1: one\\ntrue: t\\n~: n\\n\"q\": x\\n2.5: y\\n')",
                  "{1=\"one\",2.5=\"y\",q=\"x\",true=\"t\",~=\"n\"}");
    assert_lua_eq(L, "return load('a: &anchor 1\\nb: &list [1]\\n')", "{a=1,b={[1]=1}}");
}

static void documents(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return load('')", "{}");
    assert_lua_eq(L, "return load('# just a comment\\n')", "{}");
    assert_lua_eq(L, "return load('~')", "{}");
    assert_lua_eq(L, "return load('---\\n...\\n')", "{}");
    assert_lua_eq(L, "return load('42')", "42");
    assert_lua_eq(L, "return load('hello world')", "\"hello world\"");
    assert_lua_eq(L, "return load('---\\na: 1\\n---\\nb: 2\\n')", "{a=1}");
    /* only the first document is read: the second may be broken */
    assert_lua_eq(L, "return load('a: 1\\n---\\n[: bad\\n')", "{a=1}");
}

static void errors(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return load('a: [1, 2\\nb: 3\\n')",
                  "ERR yaml:2:2: did not find expected ',' or ']' "
                  "(while parsing a flow sequence started at 1:4)");
    assert_lua_eq(L, "return load('a: b: c\\n', 'people.yaml')",
                  "ERR people.yaml:1:5: mapping values are not allowed in this context");
    assert_lua_eq(L, "return load('a:\\n  b: 1\\n c: 2\\n')",
                  "ERR yaml:3:2: did not find expected key "
                  "(while parsing a block mapping started at 1:1)");
    assert_lua_eq(L, "return load('a: \"unterminated\\n')",
                  "ERR yaml:2:1: found unexpected end of stream "
                  "(while scanning a quoted scalar started at 1:4)");
    assert_lua_eq(L, "return load('a:\\n\\tb: 1\\n')",
                  "ERR yaml:2:1: found character that cannot start any token "
                  "(while scanning for the next token started at 2:1)");
    assert_lua_raises(L, "return yaml.load(nil)",
                      "bad argument #1 to 'load' (string expected, got nil)");
    assert_lua_raises(L, "return yaml.load('a', {})", "bad argument #2 to 'load'");
}

static void bad_bytes(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return load('a: ok\\nb: \\xff\\n')",
                  "ERR yaml:2:4: invalid leading UTF-8 octet (0xFF)");
    assert_lua_eq(L, "return load('ğ: b\\0c\\n')",
                  "ERR yaml:1:5: control characters are not allowed (0x00)");
    assert_lua_eq(L, "return load('a: \\xc3')",
                  "ERR yaml:1:4: incomplete UTF-8 octet sequence");
}

static void duplicate_and_complex_keys(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return load('a: 1\\nb: 2\\na: 3\\n')", "ERR yaml:3:1: duplicate key 'a'");
    assert_lua_eq(L, "return load('a:\\na: 3\\n')", "ERR yaml:2:1: duplicate key 'a'");
    assert_lua_eq(L, "return load('x: {k: 1, k: 2}\\n')", "ERR yaml:1:11: duplicate key 'k'");
    assert_lua_eq(L, "return load('? [a, b]\\n: 1\\n')",
                  "ERR yaml:1:3: mapping keys must be scalars");
    assert_lua_eq(L, "return load('{a: 1}: 2\\n')",
                  "ERR yaml:1:1: mapping keys must be scalars");
}

static void aliases_are_refused(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return load('base: &b {x: 1}\\nother: *b\\n')",
                  "ERR yaml:2:8: aliases (*name) are not supported");
    assert_lua_eq(L, "return load('base: &b {x: 1}\\nother:\\n  <<: *b\\n')",
                  "ERR yaml:3:7: aliases (*name) are not supported");
    /* billion laughs: refused at the first alias, nothing is expanded */
    assert_lua_eq(L,
        "local s = {'a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]'}\n"
        "for i = 2, 9 do local p, c = string.char(96 + i - 1), string.char(96 + i)\n"
        "  s[#s + 1] = c .. ': &' .. c .. ' [' .. string.rep('*' .. p, 9, ',') .. ']' end\n"
        "return load(table.concat(s, '\\n'))",
        "ERR yaml:2:8: aliases (*name) are not supported");
}

static void nesting_limit(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L,
        "local v = yaml.load(string.rep('[', 1000) .. 'x' .. string.rep(']', 1000))\n"
        "local d = 0 while type(v) == 'table' do d = d + 1 v = v[1] end\n"
        "return d .. ' ' .. v", "1000 x");
    assert_lua_eq(L, "return load(string.rep('[', 1001) .. string.rep(']', 1001))",
                  "ERR yaml:1:1001: nesting deeper than 1000 levels");
    assert_lua_eq(L, "return load(string.rep('[', 100000))",
                  "ERR yaml:1:1001: nesting deeper than 1000 levels");
}

static void front_matter(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return fm('---\\ntitle: Call\\ndate: 2018-12-24\\n---\\n# Body\\n')",
                  "{date=\"2018-12-24\",title=\"Call\"} 38");
    assert_lua_eq(L,
        "local s = '---\\na: 1\\n---\\nBODY' local _, off = yaml.front_matter(s)\n"
        "return s:sub(off)", "BODY");
    assert_lua_eq(L, "return fm('\\xEF\\xBB\\xBF---\\na: 1\\n...\\nbody')", "{a=1} 17");
    assert_lua_eq(L, "return fm('---\\r\\na: 1\\r\\n---\\r\\nbody')", "{a=1} 17");
    assert_lua_eq(L, "return fm('--- \\na: 1\\n---  \\nbody')", "{a=1} 17");
    assert_lua_eq(L, "return fm('---\\na: 1\\n---')", "{a=1} 13");
    assert_lua_eq(L, "return fm('---\\n---\\nbody')", "{} 9");
    assert_lua_eq(L, "return fm('---\\n# nothing\\n---\\n')", "{} 19");
    assert_lua_eq(L, "return fm('---\\nlist:\\n- ---x\\n---\\n')", "{list={[1]=\"---x\"}} 22");
}

static void front_matter_absent(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return fm('# Title\\n---\\na: 1\\n---\\n')", "nil 1");
    assert_lua_eq(L, "return fm('')", "nil 1");
    assert_lua_eq(L, "return fm('---')", "nil 1");
    assert_lua_eq(L, "return fm('---\\r')", "nil 1");
    assert_lua_eq(L, "return fm('----\\na: 1\\n----\\n')", "nil 1");
    assert_lua_eq(L, "return fm('--- a\\n---\\n')", "nil 1");
    assert_lua_eq(L, "return fm('\\n---\\na: 1\\n---\\n')", "nil 1");
    assert_lua_eq(L, "return fm(' ---\\na: 1\\n---\\n')", "nil 1");
}

static void front_matter_errors(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return fm('---\\na: 1\\nbody without end\\n')",
                  "nil \"front matter: 1:1: no closing \\\"---\\\" or \\\"...\\\" line\"");
    assert_lua_eq(L, "return fm('---\\na: 1\\nb: [x\\n---\\nbody\\n')",
                  "nil \"front matter: 4:1: did not find expected ',' or ']' "
                  "(while parsing a flow sequence started at 3:4)\"");
    assert_lua_eq(L, "return fm('---\\n\\njust text\\n---\\n')",
                  "nil \"front matter: 3:1: front matter must be a mapping\"");
    assert_lua_eq(L, "return fm('---\\n- a\\n---\\n')",
                  "nil \"front matter: 2:1: front matter must be a mapping\"");
    assert_lua_eq(L, "return fm('---\\na: 1\\na: 2\\n---\\n')",
                  "nil \"front matter: 3:1: duplicate key 'a'\"");
    assert_lua_eq(L, "return fm('---\\nok: 1\\nb: \\xff\\n---\\n')",
                  "nil \"front matter: 3:4: invalid leading UTF-8 octet (0xFF)\"");
    assert_lua_raises(L, "return yaml.front_matter()",
                      "bad argument #1 to 'front_matter' (string expected, got no value)");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(scalars, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(collections, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(documents, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(errors, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(bad_bytes, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(duplicate_and_complex_keys, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(aliases_are_refused, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(nesting_limit, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(front_matter, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(front_matter_absent, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(front_matter_errors, setup, unit_teardown),
    };
    cmocka_set_message_output(CM_OUTPUT_TAP);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
