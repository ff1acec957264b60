/*
 * lua_yaml.c — callbrief.yaml: YAML front matter and config for Lua
 * plugins, over libyaml's event parser.
 *
 * The first document of a stream becomes plain Lua values: mappings are
 * tables with string keys, sequences are 1..n tables, and scalars are
 * strings except plain true/false (also True/TRUE/False/FALSE), plain
 * null/Null/NULL/~/empty (absent: the key is left out of its mapping and
 * the item is dropped from its sequence) and plain decimal integers
 * -?(0|[1-9][0-9]*) that fit a lua_Integer.  Floats, dates, "007",
 * "+49..." and every quoted or explicitly tagged scalar stay strings.
 * Aliases (*name) are refused with an error, which rules out "billion
 * laughs" blow-ups; anchors on their own are ignored.  Nesting is limited
 * to MAX_DEPTH levels, and a key given twice in one mapping is an error.
 * An empty stream or a null root loads as an empty table.
 *
 * The tree is built without C recursion: one frame per open collection,
 * with the Lua side (table, pending key) kept in two stack slots a frame.
 *
 * Ownership: the yaml_parser_t and the current yaml_event_t live in a
 * "box" userdata whose __gc deletes them, so a Lua error raised half-way
 * (a parse error in our own checks, out of memory) leaks nothing; on the
 * normal path the box is emptied at once.
 */
#include <stdio.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>
#include <yaml.h>

#include "modules.h"

#define BOX_MT    "callbrief.yaml.box"
#define MAX_DEPTH 1000

/* Stands in for a null value until its mapping is complete, so a
 * repeated key is caught even when the first value was null. */
static const char S_absent = 0;

typedef struct {
    yaml_parser_t parser;
    yaml_event_t event;
    int has_parser, has_event;
} ybox;

typedef struct {
    int is_map;
    int has_key;
    lua_Integer n;          /* sequence items so far */
} frame;

typedef struct {
    lua_State *L;
    ybox *box;
    const char *prefix;     /* of messages: "chunkname:" or "front matter: " */
    const char *text;       /* the YAML, for reader-error positions */
    size_t len;
    int line0;              /* lines before the YAML (front matter) */
    int base;               /* stack slot holding the root value */
    int root_is_map;
    yaml_mark_t root_mark;  /* where the root value starts */
    int depth;
    frame f[MAX_DEPTH];
} loader;

/* ---- the box ---------------------------------------------------------- */

static void S_box_clear(ybox *b)
{
    if (b->has_event)
        yaml_event_delete(&b->event);
    if (b->has_parser)
        yaml_parser_delete(&b->parser);
    b->has_event = b->has_parser = 0;
}

static int S_box_gc(lua_State *L)
{
    S_box_clear(luaL_checkudata(L, 1, BOX_MT));
    return 0;
}

static ybox *S_box_new(lua_State *L, const char *text, size_t len)
{
    ybox *b = lua_newuserdatauv(L, sizeof *b, 0);
    b->has_event = b->has_parser = 0;
    luaL_setmetatable(L, BOX_MT);
    if (!yaml_parser_initialize(&b->parser))
        luaL_error(L, "yaml: out of memory");
    b->has_parser = 1;
    yaml_parser_set_input_string(&b->parser, (const unsigned char *)text, len);
    yaml_parser_set_encoding(&b->parser, YAML_UTF8_ENCODING);
    return b;
}

/* ---- errors: "chunk:line:col: problem" -------------------------------- */

/* Raises (longjmp) with a 1-based position from a 0-based libyaml mark. */
static int S_fail_at(loader *ld, yaml_mark_t m, const char *msg)
{
    return luaL_error(ld->L, "%s%d:%d: %s", ld->prefix, (int)m.line + 1 + ld->line0,
                      (int)m.column + 1, msg);
}

/* Reader errors only give a byte offset: count lines and characters. */
static yaml_mark_t S_mark_of_offset(loader *ld, size_t off)
{
    yaml_mark_t m = { off, 0, 0 };
    for (size_t i = 0; i < off && i < ld->len; i++) {
        unsigned char c = (unsigned char)ld->text[i];
        if (c == '\n')
            m.line++, m.column = 0;
        else if ((c & 0xC0) != 0x80)
            m.column++;
    }
    return m;
}

static int S_fail_parser(loader *ld)
{
    yaml_parser_t *p = &ld->box->parser;
    const char *problem = p->problem ? p->problem : "out of memory";
    if (p->error == YAML_READER_ERROR) {
        char hex[16] = "";
        if (p->problem_value != -1)
            snprintf(hex, sizeof hex, " (0x%02X)", (unsigned)p->problem_value);
        return S_fail_at(ld, S_mark_of_offset(ld, p->problem_offset),
                         lua_pushfstring(ld->L, "%s%s", problem, hex));
    }
    if (p->context)
        problem = lua_pushfstring(ld->L, "%s (%s started at %d:%d)", problem, p->context,
                                  (int)p->context_mark.line + 1 + ld->line0,
                                  (int)p->context_mark.column + 1);
    return S_fail_at(ld, p->problem_mark, problem);
}

/* ---- scalars ---------------------------------------------------------- */

static int S_is(const char *s, const char *a, const char *b, const char *c)
{
    return strcmp(s, a) == 0 || strcmp(s, b) == 0 || strcmp(s, c) == 0;
}

/* -?(0|[1-9][0-9]*) fitting lua_Integer; returns 0 otherwise. */
static int S_integer(const char *s, size_t n, lua_Integer *out)
{
    int neg = n > 0 && s[0] == '-';
    size_t i = (size_t)neg;
    if (i == n || (s[i] == '0' && n - i > 1))
        return 0;
    lua_Unsigned v = 0, lim = (lua_Unsigned)LUA_MAXINTEGER + (lua_Unsigned)neg;
    for (; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        unsigned d = (unsigned)(s[i] - '0');
        if (v > (lim - d) / 10)
            return 0;
        v = v * 10 + d;
    }
    *out = neg ? (lua_Integer)(0u - v) : (lua_Integer)v;
    return 1;
}

/* Pushes the value of a scalar that is not a key (nil for null). */
static void S_push_scalar(lua_State *L, const yaml_event_t *ev)
{
    const char *s = (const char *)ev->data.scalar.value;
    size_t n = ev->data.scalar.length;
    lua_Integer i;
    if (ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE || ev->data.scalar.tag)
        lua_pushlstring(L, s, n);
    else if (S_is(s, "true", "True", "TRUE"))
        lua_pushboolean(L, 1);
    else if (S_is(s, "false", "False", "FALSE"))
        lua_pushboolean(L, 0);
    else if (n == 0 || S_is(s, "null", "Null", "NULL") || strcmp(s, "~") == 0)
        lua_pushnil(L);
    else if (S_integer(s, n, &i))
        lua_pushinteger(L, i);
    else
        lua_pushlstring(L, s, n);
}

/* ---- building --------------------------------------------------------- */

/* Slots of frame d (0-based): its table and its pending key. */
static int S_table_slot(loader *ld, int d) { return ld->base + 1 + 2 * d; }
static int S_key_slot(loader *ld, int d) { return ld->base + 2 + 2 * d; }

static int S_want_key(loader *ld)
{
    return ld->depth > 0 && ld->f[ld->depth - 1].is_map && !ld->f[ld->depth - 1].has_key;
}

/* The key slot of the innermost mapping has just been set: refuse it if
 * the mapping has it already. */
static void S_check_key(loader *ld, yaml_mark_t m)
{
    lua_State *L = ld->L;
    int key = S_key_slot(ld, ld->depth - 1);
    lua_pushvalue(L, key);
    if (lua_rawget(L, S_table_slot(ld, ld->depth - 1)) != LUA_TNIL)
        S_fail_at(ld, m, lua_pushfstring(L, "duplicate key '%s'", lua_tostring(L, key)));
    lua_pop(L, 1);
    ld->f[ld->depth - 1].has_key = 1;
}

/* Adds the value on top of the stack (nil: null) to the open collection,
 * or makes it the root. */
static void S_add(loader *ld)
{
    lua_State *L = ld->L;
    if (ld->depth == 0) {
        lua_replace(L, ld->base);
        return;
    }
    frame *fr = &ld->f[ld->depth - 1];
    int t = S_table_slot(ld, ld->depth - 1);
    if (!fr->is_map) {
        if (lua_isnil(L, -1))
            lua_pop(L, 1);
        else
            lua_rawseti(L, t, ++fr->n);
        return;
    }
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushlightuserdata(L, (void *)&S_absent);
    }
    lua_pushvalue(L, S_key_slot(ld, ld->depth - 1));
    lua_insert(L, -2);
    lua_rawset(L, t);
    fr->has_key = 0;
}

static void S_scalar(loader *ld, const yaml_event_t *ev)
{
    lua_State *L = ld->L;
    if (S_want_key(ld)) {
        lua_pushlstring(L, (const char *)ev->data.scalar.value, ev->data.scalar.length);
        lua_replace(L, S_key_slot(ld, ld->depth - 1));
        S_check_key(ld, ev->start_mark);
        return;
    }
    if (ld->depth == 0)
        ld->root_mark = ev->start_mark;
    S_push_scalar(L, ev);
    S_add(ld);
}

static void S_open(loader *ld, const yaml_event_t *ev, int is_map)
{
    lua_State *L = ld->L;
    if (S_want_key(ld))
        S_fail_at(ld, ev->start_mark, "mapping keys must be scalars");
    if (ld->depth >= MAX_DEPTH)
        S_fail_at(ld, ev->start_mark, "nesting deeper than 1000 levels");
    if (ld->depth == 0) {
        ld->root_is_map = is_map;
        ld->root_mark = ev->start_mark;
    }
    luaL_checkstack(L, 4, "yaml: nesting too deep");
    lua_newtable(L);
    lua_pushnil(L);
    ld->f[ld->depth++] = (frame){ is_map, 0, 0 };
}

/* Drops the null placeholders of a finished mapping. */
static void S_drop_absent(lua_State *L, int t)
{
    lua_pushnil(L);
    while (lua_next(L, t)) {
        int absent = lua_touserdata(L, -1) == (void *)&S_absent;
        lua_pop(L, 1);
        if (absent) {
            lua_pushvalue(L, -1);
            lua_pushnil(L);
            lua_rawset(L, t);
        }
    }
}

static void S_close(loader *ld)
{
    lua_State *L = ld->L;
    if (ld->f[ld->depth - 1].is_map)
        S_drop_absent(L, S_table_slot(ld, ld->depth - 1));
    lua_pop(L, 1);                  /* the key slot */
    ld->depth--;
    S_add(ld);
}

/* ---- the event loop --------------------------------------------------- */

static int S_next(loader *ld)
{
    ybox *b = ld->box;
    if (b->has_event)
        yaml_event_delete(&b->event);
    b->has_event = 0;
    if (!yaml_parser_parse(&b->parser, &b->event))
        S_fail_parser(ld);
    b->has_event = 1;
    return b->event.type;
}

/* Pushes the first document's root (nil when there is none or it is
 * null); raises on errors. */
static void S_load(loader *ld)
{
    lua_pushnil(ld->L);
    ld->base = lua_gettop(ld->L);
    for (;;) {
        const yaml_event_t *ev = &ld->box->event;
        switch (S_next(ld)) {
        case YAML_SCALAR_EVENT: S_scalar(ld, ev); break;
        case YAML_SEQUENCE_START_EVENT: S_open(ld, ev, 0); break;
        case YAML_MAPPING_START_EVENT: S_open(ld, ev, 1); break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: S_close(ld); break;
        case YAML_ALIAS_EVENT:
            S_fail_at(ld, ev->start_mark, "aliases (*name) are not supported");
            break;
        case YAML_DOCUMENT_END_EVENT:
        case YAML_STREAM_END_EVENT:
            return;
        default:
            break;
        }
    }
}

/* Runs S_load under pcall so the caller can turn a raise into nil, msg.
 * Upvalue-free: the loader comes as a light userdata. */
static int S_protected_load(lua_State *L)
{
    loader *ld = lua_touserdata(L, 1);
    S_load(ld);
    return 1;
}

/* Loads text[0..len) and pushes value (empty table for null) or nil, msg.
 * Returns the number of results. */
static int S_load_text(lua_State *L, loader *ld, const char *text, size_t len)
{
    ld->L = L;
    ld->text = text;
    ld->len = len;
    ld->depth = ld->root_is_map = 0;
    ld->box = S_box_new(L, text, len);
    int box = lua_gettop(L);
    lua_pushcfunction(L, S_protected_load);
    lua_pushlightuserdata(L, ld);
    int rc = lua_pcall(L, 1, 1, 0);
    S_box_clear(ld->box);
    lua_remove(L, box);
    if (rc != LUA_OK) {
        if (lua_type(L, -1) != LUA_TSTRING)
            lua_error(L);                  /* not ours: pass it on */
        lua_pushnil(L);
        lua_insert(L, -2);
        return 2;
    }
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_newtable(L);
        ld->root_is_map = 1;
    }
    return 1;
}

static int S_yaml_load(lua_State *L)
{
    size_t len;
    const char *text = luaL_checklstring(L, 1, &len);
    const char *prefix = lua_pushfstring(L, "%s:", luaL_optstring(L, 2, "yaml"));
    loader *ld = lua_newuserdatauv(L, sizeof *ld, 0);   /* kept for the call */
    ld->prefix = prefix;
    ld->line0 = 0;
    return S_load_text(L, ld, text, len);
}

/* ---- front matter ----------------------------------------------------- */

/* Length of the line at s (without its end), and of its end ("\n",
 * "\r\n" or none at the end of the text). */
static size_t S_line(const char *s, size_t n, size_t *eol)
{
    const char *nl = memchr(s, '\n', n);
    size_t len = nl ? (size_t)(nl - s) : n;
    *eol = 0;
    if (nl)
        *eol = (len > 0 && s[len - 1] == '\r') ? 2 : 1;
    return len - (*eol == 2);
}

/* Is s[0..len) exactly `mark` followed by optional blanks? */
static int S_is_fence(const char *s, size_t len, const char *mark)
{
    if (len < 3 || memcmp(s, mark, 3) != 0)
        return 0;
    for (size_t i = 3; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return 0;
    return 1;
}

typedef struct {
    size_t start, len;    /* the YAML between the fences */
    size_t body;          /* 0-based offset of the body */
} fences;

/* 0: no front matter; 1: found; -1: not closed. */
static int S_find_fences(const char *t, size_t n, fences *fm)
{
    size_t pos = (n >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0, eol;
    size_t len = S_line(t + pos, n - pos, &eol);
    if (!S_is_fence(t + pos, len, "---") || eol == 0)
        return 0;
    fm->start = pos = pos + len + eol;
    while (pos < n) {
        len = S_line(t + pos, n - pos, &eol);
        if (S_is_fence(t + pos, len, "---") || S_is_fence(t + pos, len, "...")) {
            fm->len = pos - fm->start;
            fm->body = pos + len + eol;
            return 1;
        }
        pos += len + eol;
    }
    return -1;
}

static int S_front_matter(lua_State *L)
{
    size_t n;
    const char *t = luaL_checklstring(L, 1, &n);
    fences fm;
    int found = S_find_fences(t, n, &fm);
    lua_pushnil(L);
    if (found == 0) {
        lua_pushinteger(L, 1);
        return 2;
    }
    if (found < 0) {
        lua_pushliteral(L, "front matter: 1:1: no closing \"---\" or \"...\" line");
        return 2;
    }
    loader *ld = lua_newuserdatauv(L, sizeof *ld, 0);
    ld->prefix = "front matter: ";
    ld->line0 = 1;
    if (S_load_text(L, ld, t + fm.start, fm.len) == 2)
        return 2;
    if (!ld->root_is_map) {
        lua_pushnil(L);
        lua_pushfstring(L, "front matter: %d:%d: front matter must be a mapping",
                        (int)ld->root_mark.line + 2, (int)ld->root_mark.column + 1);
        return 2;
    }
    lua_pushinteger(L, (lua_Integer)fm.body + 1);
    return 2;
}

/* ---- module ----------------------------------------------------------- */

static const luaL_Reg yaml_funcs[] = {
    {"load", S_yaml_load},
    {"front_matter", S_front_matter},
    {NULL, NULL}
};

int luaopen_cb_yaml(lua_State *L)
{
    if (luaL_newmetatable(L, BOX_MT)) {
        lua_pushcfunction(L, S_box_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_pop(L, 1);
    luaL_newlib(L, yaml_funcs);
    return 1;
}
