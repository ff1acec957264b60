/*
 * test_text.c — unit tests for src/lua_text.c (callbrief.text).
 */
#include <stdio.h>
#include <stdlib.h>

#include "unit.h"

static int setup(void **state)
{
    *state = unit_state("text", luaopen_cb_text);
    return 0;
}

/* hex(s): the bytes of s, to compare normal forms exactly. */
static const char HEX[] =
    "function hex(s) return (s:gsub('.', function(c)\n"
    "  return string.format('%02X ', c:byte()) end)) end\n";

static void fold_names(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return text.fold('Erdoğan')", "erdogan");
    assert_lua_eq(L, "return text.fold('Çavuşoğlu')", "cavusoglu");
    assert_lua_eq(L, "return text.fold('Лавров')", "лавров");
    assert_lua_eq(L, "return text.fold('ZELENSKY')", "zelensky");
    assert_lua_eq(L, "return text.fold('Straße')", "strasse");
    assert_lua_eq(L, "return text.fold('İstanbul')", "istanbul");
    assert_lua_eq(L, "return text.fold('ISTANBUL')", "istanbul");
    assert_lua_eq(L, "return text.fold('Macron')", "macron");
    assert_lua_eq(L, "return text.fold('Ｍｅｒｋｅｌ ﬁ')", "merkel fi");
    assert_lua_eq(L, "return text.fold('Ἀθῆναι')", "αθηναι");
    assert_lua_eq(L, "return text.fold('문재인')", "문재인");
    assert_lua_eq(L, "return text.fold('')", "");
    /* decomposed input folds to the same key as precomposed input */
    assert_lua_eq(L, "return tostring(text.fold('Erdog\\u{306}an') == text.fold('Erdoğan'))",
                  "true");
    /* ı (dotless i) is a letter of its own, not a marked i */
    assert_lua_eq(L, "return text.fold('Işıl')", "isıl");
}

static void normal_forms(void **state)
{
    lua_State *L = *state;
    if (luaL_dostring(L, HEX) != LUA_OK)
        fail_msg("%s", lua_tostring(L, -1));
    assert_lua_eq(L, "return hex(text.nfc('e\\u{301}'))", "C3 A9 ");
    assert_lua_eq(L, "return hex(text.nfkd('é'))", "65 CC 81 ");
    assert_lua_eq(L, "return hex(text.nfkd('ﬁ²'))", "66 69 32 ");
    assert_lua_eq(L, "return hex(text.nfc('ﬁ'))", "EF AC 81 ");
    /* canonical order of marks: dot below (ccc 220) before acute (230) */
    assert_lua_eq(L, "return hex(text.nfkd('q\\u{301}\\u{323}'))", "71 CC A3 CC 81 ");
    assert_lua_eq(L, "return hex(text.nfc('\\u{1100}\\u{1161}'))", "EA B0 80 ");
    assert_lua_eq(L, "return text.nfc('plain ascii')", "plain ascii");
    assert_lua_eq(L, "return text.casefold('Straße ΣΊΣΥΦΟΣ')", "strasse σίσυφοσ");
    assert_lua_eq(L, "return hex(text.casefold('İ'))", "69 CC 87 ");
    assert_lua_eq(L, "return text.strip_marks('Çavuşoğlu Žižek')", "Cavusoglu Zizek");
    assert_lua_eq(L, "return text.strip_marks('Лавров Йемен')", "Лавров Иемен");
    /* NUL bytes go through */
    assert_lua_eq(L, "return tostring(text.nfc('a\\0b') == 'a\\0b')", "true");
}

static void invalid_input_is_sanitized(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return text.fold('Erdo\\xffĞAN')", "erdo\xEF\xBF\xBDgan");
    assert_lua_eq(L, "return text.nfc('\\xc3')", "\xEF\xBF\xBD");
    assert_lua_eq(L, "return text.casefold('A\\xed\\xa0\\x80B')",
                  "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "b");
    assert_lua_eq(L, "return text.strip_marks('\\xe2\\x82é')", "\xEF\xBF\xBD" "e");
}

static void valid(void **state)
{
    lua_State *L = *state;
    static const struct { const char *chunk, *want; } cases[] = {
        { "return tostring(text.valid(''))", "true" },
        { "return tostring(text.valid('Erdoğan Лавров 🇹🇷'))", "true" },
        { "return tostring(text.valid('a\\0b'))", "true" },
        { "return tostring(text.valid('\\u{10FFFF}'))", "true" },
        { "return tostring(select(2, text.valid('ab\\xffcd')))", "3" },
        { "return tostring(select(2, text.valid('ğ\\xc3')))", "3" },           /* truncated */
        { "return tostring(select(2, text.valid('\\xc0\\xaf')))", "1" },        /* overlong / */
        { "return tostring(select(2, text.valid('x\\xe0\\x80\\xaf')))", "2" },  /* overlong */
        { "return tostring(select(2, text.valid('\\xed\\xa0\\x80')))", "1" },   /* surrogate */
        { "return tostring(select(2, text.valid('\\xf4\\x90\\x80\\x80')))", "1" }, /* > 10FFFF */
        { "return tostring(select(2, text.valid('\\xf5')))", "1" },
        { "return tostring(select(2, text.valid('ok\\x80')))", "3" },           /* lone cont. */
        { "local ok, at = text.valid('\\xff') return tostring(ok) .. at", "false1" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        assert_lua_eq(L, cases[i].chunk, cases[i].want);
}

static void sanitize(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "local s, n = text.sanitize('Erdoğan') return s .. n", "Erdoğan0");
    assert_lua_eq(L, "local s, n = text.sanitize('') return s .. n", "0");
    assert_lua_eq(L, "local s, n = text.sanitize('a\\xffb') return s .. n", "a\xEF\xBF\xBD" "b1");
    /* one U+FFFD per maximal subpart: a truncated 3-byte sequence is one */
    assert_lua_eq(L, "local s, n = text.sanitize('\\xe2\\x82x') return s .. n",
                  "\xEF\xBF\xBDx1");
    /* ...but bytes that can never start or continue are one each */
    assert_lua_eq(L, "local s, n = text.sanitize('\\xc0\\xaf') return s .. n",
                  "\xEF\xBF\xBD\xEF\xBF\xBD" "2");
    assert_lua_eq(L, "local s, n = text.sanitize('\\xf0\\x9f\\x98') return s .. n",
                  "\xEF\xBF\xBD" "1");
    assert_lua_eq(L, "local s, n = text.sanitize('\\xed\\xa0\\x80') return s .. n",
                  "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "3");
    assert_lua_eq(L, "local s = text.sanitize('x\\0\\xff') return tostring(s == 'x\\0\\u{FFFD}')",
                  "true");
    /* the result is always valid and sanitizing is idempotent */
    assert_lua_eq(L,
        "math.randomseed(7)\n"
        "for i = 1, 300 do\n"
        "  local b = {} for j = 1, math.random(0, 12) do b[j] = math.random(0, 255) end\n"
        "  local s = text.sanitize(string.char(table.unpack(b)))\n"
        "  if not text.valid(s) or select(2, text.sanitize(s)) ~= 0 then return 'bad ' .. i end\n"
        "  if utf8.len(s) ~= text.width(string.char(table.unpack(b))) then return 'w ' .. i end\n"
        "end return 'ok'", "ok");
}

static void width(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return tostring(text.width(''))", "0");
    assert_lua_eq(L, "return tostring(text.width('Erdoğan'))", "7");
    assert_lua_eq(L, "return tostring(text.width('e\\u{301}'))", "2");
    assert_lua_eq(L, "return tostring(text.width('🇹🇷'))", "2");
    assert_lua_eq(L, "return tostring(text.width('a\\xffb\\xe2\\x82'))", "4");
}

static void category(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return text.category('Ankara')", "Lu");
    assert_lua_eq(L, "return text.category('Ankara', 2)", "Ll");
    assert_lua_eq(L, "return text.category('a ğ', 3)", "Ll");
    assert_lua_eq(L, "return tostring(text.category('a ğ', 4))", "nil");
    assert_lua_eq(L, "return text.category('x1')", "Ll");
    assert_lua_eq(L, "return text.category('x1', -1)", "Nd");
    assert_lua_eq(L, "return text.category('e\\u{301}', 2)", "Mn");
    assert_lua_eq(L, "return text.category(' ')", "Zs");
    assert_lua_eq(L, "return text.category('-')", "Pd");
    assert_lua_eq(L, "return text.category('€')", "Sc");
    assert_lua_eq(L, "return text.category('\\0')", "Cc");
    assert_lua_eq(L, "return text.category('\\u{378}')", "Cn");
    assert_lua_eq(L, "return tostring(text.category('\\xff'))", "nil");
    assert_lua_raises(L, "return text.category('abc', 4)",
                      "bad argument #2 to 'category' (position out of range)");
    assert_lua_raises(L, "return text.category('abc', 0)", "position out of range");
    assert_lua_raises(L, "return text.category('')", "position out of range");
    assert_lua_raises(L, "return text.category('a', 'x')", "bad argument #2 to 'category'");
}

static void argument_errors(void **state)
{
    lua_State *L = *state;
    static const char *const names[] = {
        "nfc", "nfkd", "casefold", "strip_marks", "fold", "valid", "sanitize", "width",
        "category",
    };
    char chunk[128], want[128];
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        snprintf(chunk, sizeof chunk, "return text.%s(nil)", names[i]);
        snprintf(want, sizeof want, "bad argument #1 to '%s' (string expected, got nil)",
                 names[i]);
        assert_lua_raises(L, chunk, want);
        snprintf(chunk, sizeof chunk, "return text.%s({})", names[i]);
        assert_lua_raises(L, chunk, "string expected, got table");
    }
    /* numbers are strings here, as in Lua's string library */
    assert_lua_eq(L, "return text.fold(42)", "42");
}
/* ASCII text takes a short cut (S_ascii) past utf8proc; with a CJK
 * character after it (no case, no decomposition, composes with nothing)
 * the same text goes through utf8proc: the two must agree on every ASCII
 * byte, alone and in a word, for all five transforms. */
static void ascii_short_cut(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L,
        "local bad = {}\n"
        "for _, f in ipairs({'nfc', 'nfkd', 'casefold', 'strip_marks', 'fold'}) do\n"
        "  for c = 0, 127 do\n"
        "    for _, s in ipairs({string.char(c), 'Ab' .. string.char(c) .. 'Z~'}) do\n"
        "      local fast, slow = text[f](s), text[f](s .. '\\u{6587}')\n"
        "      if fast .. '\\u{6587}' ~= slow then bad[#bad + 1] = f .. ':' .. c end\n"
        "    end\n"
        "  end\n"
        "end\n"
        "return #bad == 0 and 'same' or table.concat(bad, ' ')", "same");
    assert_lua_eq(L, "return text.fold('Kremlin SAID, 2 x @[Z]')", "kremlin said, 2 x @[z]");
    assert_lua_eq(L, "return text.casefold('MiXeD')", "mixed");
    assert_lua_eq(L, "return text.strip_marks('MiXeD')", "MiXeD");
    assert_lua_eq(L, "return tostring(text.nfkd('A\\0b') == 'A\\0b')", "true");
    assert_lua_eq(L, "return tostring(text.fold('A\\0B') == 'a\\0b')", "true");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(fold_names, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(normal_forms, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(ascii_short_cut, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(invalid_input_is_sanitized, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(valid, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(sanitize, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(width, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(category, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(argument_errors, setup, unit_teardown),
    };
    cmocka_set_message_output(CM_OUTPUT_TAP);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
