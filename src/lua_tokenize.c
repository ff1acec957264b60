/*
 * lua_tokenize.c — text.tokenize(s): one sentence split into word and
 * punctuation tokens, the work of callbrief.tokenize (lua/tokenize.lua
 * documents the result and keeps the rules' explanation).  Extraction
 * tokenizes every sentence several times over, and in Lua this walk was a
 * tenth of the extraction's time.
 *
 * The result is the same table of parallel arrays the Lua version built,
 * byte for byte (tests/lua/test_tokenize.lua compares them over the
 * corpora): n, t, f, s, e, k, up.  Non-ASCII words are folded by calling
 * text.fold and their case read with text.category, the closure's
 * upvalues, so there is one definition of both.
 *
 * Ownership: nothing is allocated here; every value is on the Lua stack.
 */
#include <limits.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "modules.h"

enum { T_STR = 1, T_T, T_F, T_S, T_E, T_K, T_UP, T_TK };

/* Multi-byte punctuation, as in tokenize.lua's SPECIAL: quotes, dashes,
 * ellipsis, spaces.  "a" is ’, which may be an apostrophe. */
#define SEQ(s) s, sizeof s - 1
static const struct { const char *seq; size_t len; char cls; } S_special[] = {
    { SEQ("\xE2\x80\x9C"), 'q' }, { SEQ("\xE2\x80\x9D"), 'q' }, { SEQ("\xE2\x80\x98"), 'q' },
    { SEQ("\xE2\x80\x99"), 'a' }, { SEQ("\xE2\x80\x9E"), 'q' }, { SEQ("\xE2\x80\x9F"), 'q' },
    { SEQ("\xC2\xAB"), 'q' }, { SEQ("\xC2\xBB"), 'q' }, { SEQ("\xE2\x80\x93"), 'p' },
    { SEQ("\xE2\x80\x94"), 'p' }, { SEQ("\xE2\x80\x95"), 'p' }, { SEQ("\xE2\x80\xA6"), 'p' },
    { SEQ("\xC2\xA0"), ' ' }, { SEQ("\xE2\x80\xAF"), ' ' }, { SEQ("\xE2\x80\x89"), ' ' },
    { SEQ("\xE2\x80\x8B"), ' ' }, { SEQ("\xE2\x80\xA8"), ' ' }, { SEQ("\xEF\xBB\xBF"), ' ' },
    { SEQ("\xC2\xB7"), 'p' }, { SEQ("\xE2\x80\xA2"), 'p' },
};
#undef SEQ

typedef struct span {
    const unsigned char *s;
    size_t len;
} span;

static int S_is_alnum(int b)
{
    return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
}

static int S_is_alpha(int b)
{
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
}

/* The byte at 0-based i, or -1 past the end (Lua's string.byte nil). */
static int S_byte(span x, size_t i)
{
    return i < x.len ? x.s[i] : -1;
}

/* Kind of the character at i ('w', 'a', 'q', 'p', ' ', or 0 past the end)
 * and its length in bytes, which may run past the end of a truncated
 * sequence, as the Lua version's did. */
static char S_class_at(span x, size_t i, size_t *n)
{
    int b = S_byte(x, i);
    *n = 1;
    if (b < 0) {
        *n = 0;
        return 0;
    }
    if (b < 0x80) {
        if (S_is_alnum(b))
            return 'w';
        if (b <= 32 || b == 127)
            return ' ';
        return b == 39 ? 'a' : b == 34 ? 'q' : 'p';
    }
    *n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    size_t have = x.len - i < *n ? x.len - i : *n;
    for (size_t k = 0; k < sizeof S_special / sizeof S_special[0]; k++)
        if (S_special[k].len == have && memcmp(S_special[k].seq, x.s + i, have) == 0)
            return S_special[k].cls;
    return 'w';
}

static int S_is_word_at(span x, size_t i)
{
    size_t n;
    return S_class_at(x, i, &n) == 'w';
}

/* "U.S" or "K" before a dot keeps the dot: ^%a%.%a[%.%a]*$ or ^%u$. */
static int S_keeps_dot(span x, size_t a, size_t b)
{
    size_t len = b - a + 1;
    const unsigned char *w = x.s + a;
    if (len == 1)
        return w[0] >= 'A' && w[0] <= 'Z';
    if (len < 3 || !S_is_alpha(w[0]) || w[1] != '.' || !S_is_alpha(w[2]))
        return 0;
    for (size_t k = 3; k < len; k++)
        if (w[k] != '.' && !S_is_alpha(w[k]))
            return 0;
    return 1;
}

/* Last byte (0-based, inclusive; may lie past the end) of the word that
 * starts at i: see word_end in tokenize.lua. */
static size_t S_word_end(span x, size_t i)
{
    size_t j = i;
    while (j < x.len) {
        while (j < x.len && S_is_alnum(x.s[j]))
            j++;
        if (j >= x.len)
            break;
        size_t n;
        char cls = S_class_at(x, j, &n);
        if (cls == 'w') {
            j += n;
            continue;
        }
        int b = x.s[j];
        size_t nxt = j + n;
        if (cls == 'a') {
            int after = S_byte(x, nxt);
            if ((after == 's' || after == 'S') && !S_is_word_at(x, nxt + 1))
                break;
            if (!S_is_word_at(x, nxt))
                break;
            j = nxt;
        } else if ((b == '-' || b == '.' || b == '/' || b == '&') && S_is_word_at(x, nxt)) {
            j = nxt;
        } else if (b == ',' && j >= 1 && x.s[j - 1] >= '0' && x.s[j - 1] <= '9' &&
                   nxt + 2 < x.len && x.s[nxt] >= '0' && x.s[nxt] <= '9' &&
                   x.s[nxt + 1] >= '0' && x.s[nxt + 1] <= '9' &&
                   x.s[nxt + 2] >= '0' && x.s[nxt + 2] <= '9') {
            j = nxt;   /* 1,000 */
        } else {
            break;
        }
    }
    size_t stop = j - 1;   /* j > i: the word has at least its first character */
    if (S_byte(x, j) == '.' && S_keeps_dot(x, i, stop < x.len ? stop : x.len - 1))
        stop = j;
    return stop;
}

static void S_push_sub(lua_State *L, span x, size_t a, size_t b)
{
    if (b >= x.len)
        b = x.len - 1;
    lua_pushlstring(L, (const char *)x.s + a, b - a + 1);
}

static int S_has_high(const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if ((unsigned char)w[k] >= 0x80)
            return 1;
    return 0;
}

/* The word on top of the stack: pushes its key (f) and returns whether it
 * starts with an upper-case letter. */
static int S_push_key(lua_State *L, int first)
{
    size_t n;
    const char *w = lua_tolstring(L, -1, &n);
    if (first < 0x80 && !S_has_high(w, n)) {
        size_t i = 0;
        while (i < n && !(w[i] >= 'A' && w[i] <= 'Z'))
            i++;
        if (i == n) {   /* already lower case: the word is its own key */
            lua_pushvalue(L, -1);
            return 0;
        }
        cb_text_push_ascii_lower(L, w, n);
        return first >= 'A' && first <= 'Z';
    }
    lua_pushvalue(L, lua_upvalueindex(1));   /* text.fold */
    lua_pushvalue(L, -2);
    lua_call(L, 1, 1);
    luaL_gsub(L, lua_tostring(L, -1), "\xE2\x80\x99", "'");
    lua_remove(L, -2);
    if (first < 0x80)
        return first >= 'A' && first <= 'Z';
    lua_pushvalue(L, lua_upvalueindex(2));   /* text.category */
    lua_pushvalue(L, -3);
    lua_call(L, 1, 1);
    const char *cat = lua_tostring(L, -1);
    int up = cat && strcmp(cat, "Lu") == 0;
    lua_pop(L, 1);
    return up;
}

/* The kinds of token, the closure's upvalues 3.. (one string each, not
 * made again for every token). */
static const char S_kinds[] = "wnqp";

/* Pushes the string of a kind. */
static void S_push_kind(lua_State *L, char kind)
{
    const char *at = strchr(S_kinds, kind);
    if (kind && at)
        lua_pushvalue(L, lua_upvalueindex(3 + (int)(at - S_kinds)));
    else
        lua_pushlstring(L, &kind, 1);
}

/* Stores token n: the word on top of the stack, [a, b], kind. */
static void S_store(lua_State *L, lua_Integer n, size_t a, size_t b, char kind, int first)
{
    lua_pushvalue(L, -1);
    lua_rawseti(L, T_T, n);
    lua_pushinteger(L, (lua_Integer)a + 1);
    lua_rawseti(L, T_S, n);
    lua_pushinteger(L, (lua_Integer)b + 1);
    lua_rawseti(L, T_E, n);
    S_push_kind(L, kind);
    lua_rawseti(L, T_K, n);
    if (kind == 'w') {
        int up = S_push_key(L, first);
        lua_rawseti(L, T_F, n);
        lua_pushboolean(L, up);
    } else {
        size_t len;
        const char *w = lua_tolstring(L, -1, &len);
        if (len == 3 && memcmp(w, "\xE2\x80\x99", 3) == 0)
            lua_pushliteral(L, "'");
        else
            lua_pushvalue(L, -1);
        lua_rawseti(L, T_F, n);
        lua_pushboolean(L, 0);
    }
    lua_rawseti(L, T_UP, n);
    lua_pop(L, 1);
}

/* Is there a letter (ASCII or any byte >= 0x80) in s[a..b]?  Else the word
 * is a number. */
static int S_has_letter(span x, size_t a, size_t b)
{
    for (size_t k = a; k <= b && k < x.len; k++)
        if (S_is_alpha(x.s[k]) || x.s[k] >= 0x80)
            return 1;
    return 0;
}

/* The six arrays and tk, at T_T .. T_TK; n tokens, so that no array grows
 * (and rehashes) while it is filled. */
static void S_new_arrays(lua_State *L, int n)
{
    for (int k = T_T; k <= T_UP; k++)
        lua_createtable(L, n, 0);
    lua_createtable(L, 0, 8);
    static const char *const names[] = { "t", "f", "s", "e", "k", "up" };
    for (int k = T_T; k <= T_UP; k++) {
        lua_pushvalue(L, k);
        lua_setfield(L, T_TK, names[k - T_T]);
    }
}

/* The token starting at or after *i: sets *a, *stop (0-based, inclusive)
 * and *kind and returns 1, or returns 0 at the end of the string.  *n is
 * the number of tokens before, last_e the last byte of the one before. */
static int S_next(span x, size_t *i, lua_Integer n, size_t last_e, size_t *a, size_t *stop,
                  char *kind)
{
    while (*i < x.len) {
        int b = x.s[*i];
        size_t clen;
        char cls = b == ' ' ? ' ' : S_class_at(x, *i, &clen);
        if (cls == ' ') {
            *i += b == ' ' ? 1 : clen;
            continue;
        }
        *a = *i;
        if (cls == 'w') {
            *stop = S_word_end(x, *i);
            *kind = S_has_letter(x, *i, *stop) ? 'w' : 'n';
        } else if (cls == 'a') {
            /* 's after a word: possessive; otherwise a quote mark */
            int after = S_byte(x, *i + clen);
            if ((after == 's' || after == 'S') && n > 0 && last_e + 1 == *i &&
                !S_is_word_at(x, *i + clen + 1)) {
                *stop = *i + clen;
                *kind = 'w';
            } else {
                *stop = *i + clen - 1;
                *kind = 'q';
            }
        } else {
            *stop = *i + clen - 1;
            *kind = cls;
        }
        *i = *stop + 1;
        return 1;
    }
    return 0;
}

/* The tokens of a sentence, found by the walk that counts them. */
enum { TOKENS_KEPT = 256 };
typedef struct token {
    size_t a, stop;
    char kind;
} token;

/* text.tokenize(s) -> tk; upvalues: text.fold, text.category, then the
 * strings of S_kinds. */
static int S_tokenize(lua_State *L)
{
    span x;
    x.s = (const unsigned char *)luaL_checklstring(L, 1, &x.len);
    lua_settop(L, 1);
    /* a first walk counts the tokens, to size the arrays, and keeps the
     * first TOKENS_KEPT of them; a longer sentence is walked again */
    token kept[TOKENS_KEPT];
    size_t i = 0, last_e = 0, a, stop;
    char kind;
    lua_Integer n = 0;
    while (S_next(x, &i, n, last_e, &a, &stop, &kind)) {
        if (n < TOKENS_KEPT)
            kept[n] = (token){ a, stop, kind };
        n++;
        last_e = stop;
    }
    S_new_arrays(L, n > INT_MAX ? INT_MAX : (int)n);
    if (n <= TOKENS_KEPT) {
        for (lua_Integer k = 0; k < n; k++) {
            S_push_sub(L, x, kept[k].a, kept[k].stop);
            S_store(L, k + 1, kept[k].a, kept[k].stop, kept[k].kind, x.s[kept[k].a]);
        }
    } else {
        i = 0, last_e = 0, n = 0;
        while (S_next(x, &i, n, last_e, &a, &stop, &kind)) {
            S_push_sub(L, x, a, stop);
            S_store(L, ++n, a, stop, kind, x.s[a]);
            last_e = stop;
        }
    }
    lua_pushinteger(L, n);
    lua_setfield(L, T_TK, "n");
    return 1;
}

/* text.capitals(tk) -> words, caps: the words of tk (kind "w") whose key
 * tk.f has more than one byte, and how many of them are written without a
 * letter a-z (tk.t: "NATO", "SAYS").  What mentions.find counted token by
 * token, a pattern call each, to tell a headline in capitals. */
static int S_capitals(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_getfield(L, 1, "n");
    lua_Integer n = luaL_checkinteger(L, -1);
    lua_getfield(L, 1, "k");
    lua_getfield(L, 1, "f");
    lua_getfield(L, 1, "t");
    luaL_checktype(L, 3, LUA_TTABLE);
    luaL_checktype(L, 4, LUA_TTABLE);
    luaL_checktype(L, 5, LUA_TTABLE);
    lua_Integer words = 0, caps = 0;
    for (lua_Integer i = 1; i <= n; i++) {
        size_t len;
        const char *k = lua_rawgeti(L, 3, i) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
        int word = k && len == 1 && k[0] == 'w';
        lua_pop(L, 1);
        if (!word)
            continue;
        if (lua_rawgeti(L, 4, i) != LUA_TSTRING)
            luaL_error(L, "tk.f[%I] is not a string", i);
        lua_tolstring(L, -1, &len);
        lua_pop(L, 1);
        if (len <= 1)
            continue;
        words++;
        if (lua_rawgeti(L, 5, i) != LUA_TSTRING)
            luaL_error(L, "tk.t[%I] is not a string", i);
        const char *t = lua_tolstring(L, -1, &len);
        size_t b = 0;
        while (b < len && !(t[b] >= 'a' && t[b] <= 'z'))
            b++;
        if (b == len)
            caps++;
        lua_pop(L, 1);
    }
    lua_pushinteger(L, words);
    lua_pushinteger(L, caps);
    return 2;
}

/* Adds tokenize and capitals to the text module table on top of the
 * stack. */
void lua_tokenize_install(lua_State *L)
{
    lua_getfield(L, -1, "fold");
    lua_getfield(L, -2, "category");
    for (const char *k = S_kinds; *k; k++)
        lua_pushlstring(L, k, 1);
    lua_pushcclosure(L, S_tokenize, 2 + (int)(sizeof S_kinds - 1));
    lua_setfield(L, -2, "tokenize");
    lua_pushcfunction(L, S_capitals);
    lua_setfield(L, -2, "capitals");
}
