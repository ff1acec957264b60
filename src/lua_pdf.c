/*
 * lua_pdf.c — callbrief.pdf: pdf.render(markdown, opts) for Lua plugins,
 * over pdf_render.c (cmark-gfm + libharu).
 *
 *   pdf.render(markdown_text [, opts]) -> pdf_bytes | nil, errmsg
 *     opts: title, author, subject (strings), paper ("a4" | "letter"),
 *     date (integer Unix time, UTC), font_dir (string).
 *
 * Wrong argument types (markdown not a string, opts not a table) raise, as
 * Lua's own functions do.  Bad option values (paper "b5", a fractional
 * date, an unknown key) and typesetting failures (fonts missing, document
 * too long) return nil and a message starting "pdf.render: ".
 *
 * Ownership: the option strings belong to the opts table, which stays on
 * the stack during the call.  The rendered PDF (malloc'ed by
 * pdf_render_markdown) is held by a "box" userdata whose __gc frees it, so
 * an error in lua_pushlstring (out of memory) leaks nothing; on the normal
 * path the box is emptied at once.
 */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "modules.h"
#include "pdf_render.h"

#define BOX_MT "callbrief.pdf.box"

typedef struct {
    unsigned char *pdf;
} pbox;

static int S_box_gc(lua_State *L)
{
    pbox *b = luaL_checkudata(L, 1, BOX_MT);
    free(b->pdf);
    b->pdf = NULL;
    return 0;
}

static int S_fail(lua_State *L, const char *msg)
{
    lua_pushnil(L);
    lua_pushfstring(L, "pdf.render: %s", msg);
    return 2;
}

/* Reads opts[key] (on top of the stack) into o; NULL or an error message. */
static const char *S_opt_string(lua_State *L, const char *key, const char **out)
{
    if (lua_type(L, -1) != LUA_TSTRING)
        return lua_pushfstring(L, "option '%s' must be a string, got %s", key,
                               luaL_typename(L, -1));
    *out = lua_tostring(L, -1);
    return NULL;
}

static const char *S_opt_paper(lua_State *L, pdf_render_opts *o)
{
    const char *p = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    if (p && strcmp(p, "a4") == 0)
        o->paper = PDF_PAPER_A4;
    else if (p && strcmp(p, "letter") == 0)
        o->paper = PDF_PAPER_LETTER;
    else if (p)
        return lua_pushfstring(L, "bad paper '%s' (expected \"a4\" or \"letter\")", p);
    else
        return lua_pushfstring(L, "option 'paper' must be a string, got %s",
                               luaL_typename(L, -1));
    return NULL;
}

static const char *S_opt_date(lua_State *L, pdf_render_opts *o)
{
    int ok = 0;
    lua_Integer d = lua_tointegerx(L, -1, &ok);
    if (!ok || lua_type(L, -1) != LUA_TNUMBER)
        return lua_pushfstring(L, "option 'date' must be an integer Unix time, got %s",
                               lua_type(L, -1) == LUA_TNUMBER ? "a fraction"
                                                              : luaL_typename(L, -1));
    o->date = (long long)d;
    return NULL;
}

static const char *S_opt(lua_State *L, const char *key, pdf_render_opts *o)
{
    if (strcmp(key, "title") == 0)
        return S_opt_string(L, key, &o->title);
    if (strcmp(key, "author") == 0)
        return S_opt_string(L, key, &o->author);
    if (strcmp(key, "subject") == 0)
        return S_opt_string(L, key, &o->subject);
    if (strcmp(key, "font_dir") == 0)
        return S_opt_string(L, key, &o->font_dir);
    if (strcmp(key, "paper") == 0)
        return S_opt_paper(L, o);
    if (strcmp(key, "date") == 0)
        return S_opt_date(L, o);
    return lua_pushfstring(L, "unknown option '%s'", key);
}

/* Fills o from the table at index idx; NULL or an error message (pushed). */
static const char *S_read_opts(lua_State *L, int idx, pdf_render_opts *o)
{
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) {
        if (lua_type(L, -2) != LUA_TSTRING)
            return lua_pushfstring(L, "option keys must be strings, got %s",
                                   luaL_typename(L, -2));
        const char *err = S_opt(L, lua_tostring(L, -2), o);
        if (err)
            return err;
        lua_pop(L, 1);
    }
    return NULL;
}

static int S_render(lua_State *L)
{
    size_t len, out_len;
    char err[512];
    const char *md = luaL_checklstring(L, 1, &len);
    pdf_render_opts o;

    pdf_render_opts_init(&o);
    if (!lua_isnoneornil(L, 2)) {
        luaL_checktype(L, 2, LUA_TTABLE);
        const char *bad = S_read_opts(L, 2, &o);
        if (bad)
            return S_fail(L, bad);
    }
    lua_settop(L, 2); /* the opts table keeps its strings alive */
    pbox *b = lua_newuserdatauv(L, sizeof *b, 0);
    b->pdf = NULL;
    luaL_setmetatable(L, BOX_MT);
    if (pdf_render_markdown(md, len, &o, &b->pdf, &out_len, err, sizeof err) != 0)
        return S_fail(L, err);
    lua_pushlstring(L, (const char *)b->pdf, out_len);
    free(b->pdf);
    b->pdf = NULL;
    return 1;
}

static const luaL_Reg S_funcs[] = {
    {"render", S_render},
    {NULL, NULL},
};

int luaopen_cb_pdf(lua_State *L)
{
    if (luaL_newmetatable(L, BOX_MT)) {
        lua_pushcfunction(L, S_box_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_pop(L, 1);
    luaL_newlib(L, S_funcs);
    return 1;
}
