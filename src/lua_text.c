/*
 * lua_text.c — callbrief.text: Unicode helpers for Lua plugins, over
 * utf8proc: normalisation, case folding, the name-comparison key (fold),
 * UTF-8 validation and repair, code point counts and categories; and
 * find_any/count_any, plain substrings of a list looked for in one call.
 *
 * UTF-8 is checked by utf8.c (Unicode's table of well-formed sequences: no
 * overlongs, surrogates or code points past U+10FFFF), not by utf8proc, so
 * that valid() and sanitize() agree on what an error is.  sanitize()
 * replaces each maximal ill-formed subpart (the W3C/WHATWG rule) with one
 * U+FFFD.  The transforming functions (nfc, nfkd, casefold, strip_marks,
 * fold) and width() sanitize invalid input first instead of failing.
 *
 * Ownership: no malloc.  Work buffers for utf8proc are Lua userdata (and
 * sanitized copies Lua strings) left on the stack until the function
 * returns, so they are collected whatever happens.
 */
#include <stdint.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>
#include <utf8proc.h>

#include "modules.h"
#include "utf8.h"

#define REPLACEMENT "\xEF\xBF\xBD"

/* ---- UTF-8 ------------------------------------------------------------ */

/* Byte offset of the first ill-formed sequence, or n if there is none. */
static size_t S_first_error(const char *s, size_t n)
{
    size_t i = 0, len;
    while (i < n && utf8_decode((const unsigned char *)s + i, n - i, &len) >= 0)
        i += len;
    return i;
}

/* Pushes s with every ill-formed subpart replaced; returns how many. */
static lua_Integer S_push_sanitized(lua_State *L, const char *s, size_t n)
{
    luaL_Buffer b;
    lua_Integer count = 0;
    size_t i = 0, len;
    luaL_buffinit(L, &b);
    while (i < n) {
        size_t good = S_first_error(s + i, n - i);
        luaL_addlstring(&b, s + i, good);
        i += good;
        if (i < n) {
            utf8_decode((const unsigned char *)s + i, n - i, &len);
            luaL_addstring(&b, REPLACEMENT);
            count++;
            i += len;
        }
    }
    luaL_pushresult(&b);
    return count;
}

/* The string argument at arg, sanitized if needed (the copy stays on the
 * stack). */
static const char *S_valid_arg(lua_State *L, int arg, size_t *n)
{
    const char *s = luaL_checklstring(L, arg, n);
    if (S_first_error(s, *n) == *n)
        return s;
    S_push_sanitized(L, s, *n);
    return lua_tolstring(L, -1, n);
}

/* ---- utf8proc pipeline ------------------------------------------------ */

/* Decomposes s with `opts` into a userdata buffer (left on the stack);
 * returns the buffer and sets *count. */
static utf8proc_int32_t *S_decompose(lua_State *L, const char *s, size_t n, int opts,
                                     utf8proc_ssize_t *count)
{
    const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;
    utf8proc_ssize_t need = utf8proc_decompose(u, (utf8proc_ssize_t)n, NULL, 0,
                                               (utf8proc_option_t)opts);
    if (need < 0)
        luaL_error(L, "text: %s", utf8proc_errmsg(need));
    utf8proc_int32_t *buf = lua_newuserdatauv(L, ((size_t)need + 1) * sizeof *buf, 0);
    *count = utf8proc_decompose(u, (utf8proc_ssize_t)n, buf, need, (utf8proc_option_t)opts);
    if (*count < 0)
        luaL_error(L, "text: %s", utf8proc_errmsg(*count));
    return buf;
}

static utf8proc_ssize_t S_drop_nonspacing(utf8proc_int32_t *buf, utf8proc_ssize_t n)
{
    utf8proc_ssize_t w = 0;
    for (utf8proc_ssize_t r = 0; r < n; r++)
        if (utf8proc_category(buf[r]) != UTF8PROC_CATEGORY_MN)
            buf[w++] = buf[r];
    return w;
}

/* ASCII text (no byte >= 0x80) is its own NFC, NFKD and text without
 * marks, and case folds to lower case: pushes that for the string at 1
 * (lower-cased when `fold`) and returns 1, or returns 0 for other text.
 * Extraction folds every line and word; most are ASCII, and utf8proc's
 * pipeline costs far more than this look.  tests/unit/test_text compares
 * the two on every ASCII byte. */
static int S_ascii(lua_State *L, int fold)
{
    size_t n, upper = 0;
    const char *s = luaL_checklstring(L, 1, &n);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80)
            return 0;
        upper += c >= 'A' && c <= 'Z';
    }
    if (!fold || upper == 0)
        lua_pushvalue(L, 1);
    else
        cb_text_push_ascii_lower(L, s, n);
    return 1;
}

void cb_text_push_ascii_lower(lua_State *L, const char *s, size_t n)
{
    char small[64], *p = small;
    luaL_Buffer b;
    if (n > sizeof small)
        p = luaL_buffinitsize(L, &b, n);
    for (size_t i = 0; i < n; i++)
        p[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    if (p == small)
        lua_pushlstring(L, small, n);
    else
        luaL_pushresultsize(&b, n);
}

/* Pushes the string argument 1 transformed: decomposed with `dopts`,
 * optionally without Mn marks, then re-encoded (and normalised) with
 * `ropts`. */
static int S_transform(lua_State *L, int dopts, int drop_marks, int ropts)
{
    size_t n;
    utf8proc_ssize_t count;
    if (S_ascii(L, (dopts & UTF8PROC_CASEFOLD) != 0))
        return 1;
    const char *s = S_valid_arg(L, 1, &n);
    utf8proc_int32_t *buf = S_decompose(L, s, n, dopts, &count);
    if (drop_marks)
        count = S_drop_nonspacing(buf, count);
    utf8proc_ssize_t bytes = utf8proc_reencode(buf, count, (utf8proc_option_t)ropts);
    if (bytes < 0)
        return luaL_error(L, "text: %s", utf8proc_errmsg(bytes));
    lua_pushlstring(L, (const char *)buf, (size_t)bytes);
    return 1;
}

#define NFC      (UTF8PROC_STABLE | UTF8PROC_COMPOSE)
#define NFKD     (UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT)

static int S_nfc(lua_State *L) { return S_transform(L, NFC, 0, NFC); }
static int S_nfkd(lua_State *L) { return S_transform(L, NFKD, 0, NFKD); }

static int S_casefold(lua_State *L)
{
    return S_transform(L, NFC | UTF8PROC_CASEFOLD, 0, NFC);
}

static int S_strip_marks(lua_State *L) { return S_transform(L, NFKD, 1, NFC); }

static int S_fold(lua_State *L)
{
    return S_transform(L, NFKD | UTF8PROC_CASEFOLD, 1, NFC);
}

/* ---- inspection ------------------------------------------------------- */

static int S_valid(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    size_t bad = S_first_error(s, n);
    if (bad == n) {
        lua_pushboolean(L, 1);
        return 1;
    }
    lua_pushboolean(L, 0);
    lua_pushinteger(L, (lua_Integer)bad + 1);
    return 2;
}

static int S_sanitize(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    lua_Integer count = S_push_sanitized(L, s, n);
    lua_pushinteger(L, count);
    return 2;
}

static int S_width(lua_State *L)
{
    size_t n, len, i = 0;
    const char *s = luaL_checklstring(L, 1, &n);
    lua_Integer count = 0;
    for (; i < n; i += len, count++)
        utf8_decode((const unsigned char *)s + i, n - i, &len);
    lua_pushinteger(L, count);
    return 1;
}

/* category(s [, i]): i may count from the end (-1: last byte), as in
 * string.sub; nil when no well-formed sequence starts at byte i. */
static int S_category(lua_State *L)
{
    size_t n, len;
    const char *s = luaL_checklstring(L, 1, &n);
    lua_Integer i = luaL_optinteger(L, 2, 1);
    if (i < 0)
        i += (lua_Integer)n + 1;
    luaL_argcheck(L, i >= 1 && (lua_Unsigned)i <= n, 2, "position out of range");
    int32_t cp = utf8_decode((const unsigned char *)s + i - 1, n - (size_t)i + 1, &len);
    if (cp < 0)
        lua_pushnil(L);
    else
        lua_pushstring(L, utf8proc_category_string(cp));
    return 1;
}

/* ---- plain substrings ------------------------------------------------- */

/* Does the plain string p[0..lp) occur in s[0..ls)?  string.find(s, p, 1,
 * true) as a boolean: the empty string occurs everywhere. */
static int S_occurs(const char *s, size_t ls, const char *p, size_t lp)
{
    if (lp == 0)
        return 1;
    if (lp > ls)
        return 0;
    const char *end = s + (ls - lp) + 1;   /* last place p could start, + 1 */
    const char *at = s;
    while (at < end && (at = memchr(at, (unsigned char)p[0], (size_t)(end - at))) != NULL) {
        if (memcmp(at + 1, p + 1, lp - 1) == 0)
            return 1;
        at++;
    }
    return 0;
}

/* The entries 1..#list of the list at idx that occur in s: the index of
 * the first (count == 0) or how many (count != 0). */
static lua_Integer S_scan_list(lua_State *L, const char *s, size_t ls, int idx, int count)
{
    lua_Integer n = (lua_Integer)lua_rawlen(L, idx), found = 0;
    for (lua_Integer k = 1; k <= n; k++) {
        lua_rawgeti(L, idx, k);
        size_t lp;
        const char *p = lua_tolstring(L, -1, &lp);
        if (!p)
            luaL_error(L, "entry %I of the list is not a string", k);
        int hit = S_occurs(s, ls, p, lp);
        lua_pop(L, 1);
        if (hit) {
            if (!count)
                return k;
            found++;
        }
    }
    return found;
}

/* find_any(s, list) -> k | nil: the first k (1..#list) with
 * string.find(s, list[k], 1, true); one call instead of one per entry. */
static int S_find_any(lua_State *L)
{
    size_t ls;
    const char *s = luaL_checklstring(L, 1, &ls);
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_Integer k = S_scan_list(L, s, ls, 2, 0);
    if (k > 0)
        lua_pushinteger(L, k);
    else
        lua_pushnil(L);
    return 1;
}

/* count_any(s, list) -> n: how many entries of list occur in s. */
static int S_count_any(lua_State *L)
{
    size_t ls;
    const char *s = luaL_checklstring(L, 1, &ls);
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_pushinteger(L, S_scan_list(L, s, ls, 2, 1));
    return 1;
}

/* ---- module ----------------------------------------------------------- */

static const luaL_Reg text_funcs[] = {
    {"nfc", S_nfc},
    {"nfkd", S_nfkd},
    {"casefold", S_casefold},
    {"strip_marks", S_strip_marks},
    {"fold", S_fold},
    {"valid", S_valid},
    {"sanitize", S_sanitize},
    {"width", S_width},
    {"category", S_category},
    {"find_any", S_find_any},
    {"count_any", S_count_any},
    {NULL, NULL}
};

int luaopen_cb_text(lua_State *L)
{
    luaL_newlib(L, text_funcs);
    lua_tokenize_install(L);
    return 1;
}
