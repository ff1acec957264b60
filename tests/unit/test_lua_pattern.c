/*
 * test_lua_pattern.c — src/lua_pattern.c gives the standard library's
 * results: each case runs in a state with Lua's own string library and in
 * one where lua_pattern_install replaced find/match/gmatch/gsub, and the
 * two results (serialised) must be equal.  Errors must be the same too.
 */
#include <stdio.h>
#include <stdlib.h>

#include "unit.h"

/* Serialises every result of `chunk` (strings, numbers, booleans, nil) or
 * its error into one string; caller frees. */
static char *S_run(int budgeted, const char *chunk)
{
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    if (budgeted) {
        lua_getglobal(L, "string");
        lua_pattern_install(L);
        lua_pop(L, 1);
    }
    const char *ser =
        "local function ser(...) local t = {} for i = 1, select('#', ...) do "
        "t[#t+1] = type((select(i, ...))) .. ':' .. tostring((select(i, ...))) end "
        "return table.concat(t, '|') end\n"
        "local f = assert(load(...)) return ser(pcall(f))";
    luaL_loadstring(L, ser);
    lua_pushstring(L, chunk);
    if (lua_pcall(L, 1, 1, 0) != LUA_OK)
        fail_msg("%s: %s", chunk, lua_tostring(L, -1));
    char *r = strdup(lua_tostring(L, -1));
    lua_close(L);
    return r;
}

static void S_same(const char *chunk)
{
    char *want = S_run(0, chunk), *got = S_run(1, chunk);
    if (strcmp(want, got) != 0)
        fail_msg("%s\n  standard: %s\n  budgeted: %s", chunk, want, got);
    free(want);
    free(got);
}

static void find_and_match(void **state)
{
    (void)state;
    S_same("return ('hello world'):find('o w')");
    S_same("return ('hello world'):find('o', 6)");
    S_same("return ('hello world'):find('l+')");
    S_same("return ('hello world'):find('(h)(e)')");
    S_same("return ('hello world'):find('.', 1, true)");
    S_same("return ('a.b'):find('.', 2, true)");
    S_same("return ('hello'):find('x')");
    S_same("return ('hello'):find('', 10)");
    S_same("return ('hello'):find('l', -2)");
    S_same("return ('key = value'):match('^(%w+)%s*=%s*(%w+)$')");
    S_same("return ('THE (quick) fox'):find('%((%a+)%)')");
    S_same("return ('f(a(b)c)d'):match('%b()')");
    S_same("return ('THE quick'):match('%f[%a]%a+', 4)");
    S_same("return ('abcabc'):match('(a)(b)c%1%2')");
    S_same("return ('  x  '):match('^%s*(.-)%s*$')");
    S_same("return ('aaa'):match('()a*()')");
    S_same("return ('x'):match('[%]]')");
    S_same("return ('Erdoğan'):match('[\\128-\\255]+')");
    S_same("return ('a,b,,c'):match('^(.-),(.*)$')");
}

static void gmatch_and_gsub(void **state)
{
    (void)state;
    S_same("local t = {} for w in ('one two  three'):gmatch('%a+') do t[#t+1] = w end "
           "return table.concat(t, ',')");
    S_same("local t = {} for k, v in ('a=1, b=2'):gmatch('(%w+)=(%w+)') do t[#t+1] = k .. v end "
           "return table.concat(t, ',')");
    S_same("local t = {} for p in ('abc'):gmatch('()') do t[#t+1] = p end "
           "return table.concat(t, ',')");
    S_same("return ('hello world'):gsub('o', '0')");
    S_same("return ('hello world'):gsub('(%w+)', '<%1>')");
    S_same("return ('hello world'):gsub('%w+', '%0 %0', 1)");
    S_same("return ('$name is $age'):gsub('%$(%w+)', {name = 'Ann', age = 30})");
    S_same("return ('abc'):gsub('%w', function(c) return c:upper() .. '.' end)");
    S_same("return ('abc'):gsub('', '-')");
    S_same("return ('x'):gsub('x', '%2')");
}

static void errors(void **state)
{
    (void)state;
    S_same("return ('x'):find('[a')");
    S_same("return ('x'):find('(')");
    S_same("return ('x'):find('%')");
    S_same("return ('x'):match('%b')");
    S_same("return ('x'):match('%f')");
    S_same("return ('x'):gsub('x', {}, 'n')");
    S_same("return ('x'):gsub('(x)', '%9')");
    S_same("return (('a'):rep(300)):match(('(a)'):rep(40))");
    S_same("return (('a'):rep(300)):match(('a?'):rep(250) .. 'b')");
}

/* Patterns whose first item must match a character (a literal, a class,
 * a set, with or without +) skip the positions where it cannot: every
 * function, from every start, with a later part that is malformed (an
 * error only once a match gets there), on subjects where the first item
 * is missing, at the start, in the middle and last, short ones and ones
 * long enough (over 64 bytes) for the class's byte set. */
static void first_item_skips(void **state)
{
    (void)state;
    S_same(
        "local pats = { 'a', 'o w', '%d', '%d+', '[aeiou]', '[^ ]+', '%a+%d', 'x$', \"'s\", "
        "  '%.', '%%', '[%]]', 'a+b', 'ab*', 'ab?', 'ab-c', 'a(b)', '%s+$', '%u%l+', 'a[', "
        "  'a%', 'b%b()', '[a', '%', 'a()', '\\200', '[\\128-\\255]+', 'd%f[%s]', '%S+', "
        "  '[%a%d]+', '%p', '%W', '[^%s%p]+', '%x%x' }\n"
        "local subs = { '', 'a', 'b', 'ab', 'hello world', \"Turkey's 2 abc1 x\", '(f(o)o).x', "
        "  '  end  ', 'aaab abc acbc', 'Erdo\\196\\159an ]x%', 'x', "
        "  string.rep(' ', 70) .. 'Ab1 (x) z%d.', string.rep('-', 80) .. 'zz', "
        "  string.rep('The leaders spoke by phone, the Kremlin said. ', 3) .. 'Erdo\\196\\159an' }\n"
        "local out = {}\n"
        "local function put(ok, ...) out[#out + 1] = tostring(ok) .. ':' .. "
        "  table.concat((function(...) local t = {} for i = 1, select('#', ...) do "
        "  t[i] = tostring((select(i, ...))) end return t end)(...), ',') end\n"
        "for _, p in ipairs(pats) do for _, s in ipairs(subs) do\n"
        "  for init = -2, #s + 1 do put(pcall(string.find, s, p, init)) "
        "    put(pcall(string.match, s, p, init)) end\n"
        "  put(pcall(function() local t = {} for a, b in s:gmatch(p) do t[#t + 1] = "
        "    tostring(a) .. tostring(b) end return table.concat(t, ';') end))\n"
        "  put(pcall(string.gsub, s, p, '<%0>')) put(pcall(string.gsub, s, p, '', 1))\n"
        "end end\n"
        "return table.concat(out, '\\n')");
}

/* The comparisons above would pass as well if nothing were installed:
 * check that all four functions are replaced. */
static void installs_its_own(void **state)
{
    (void)state;
    static const char *const names[] = { "find", "match", "gmatch", "gsub" };
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    lua_getglobal(L, "string");
    lua_CFunction before[4];
    for (int i = 0; i < 4; i++) {
        lua_getfield(L, -1, names[i]);
        before[i] = lua_tocfunction(L, -1);
        lua_pop(L, 1);
    }
    lua_pattern_install(L);
    for (int i = 0; i < 4; i++) {
        lua_getfield(L, -1, names[i]);
        lua_CFunction after = lua_tocfunction(L, -1);
        lua_pop(L, 1);
        if (!after || after == before[i])
            fail_msg("string.%s was not replaced", names[i]);
    }
    lua_close(L);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(installs_its_own),
        cmocka_unit_test(find_and_match),
        cmocka_unit_test(gmatch_and_gsub),
        cmocka_unit_test(first_item_skips),
        cmocka_unit_test(errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
