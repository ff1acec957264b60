/*
 * lua_pdf.c — callbrief.pdf: pdf.render(markdown, opts) for Lua plugins,
 * over pdf_render.c (cmark-gfm + libharu).
 *
 *   pdf.render(markdown_text [, opts]) -> pdf_bytes | nil, errmsg
 *     opts: title, author, subject (strings), paper ("a4" | "letter"),
 *     date (integer Unix time, UTC), font_dir (string), figures (a table
 *     {[image_url] = {width =, height =, shapes = {...}}}: images with that
 *     URL are drawn as vector figures; shapes as in lua/figures.lua).
 *
 * Wrong argument types (markdown not a string, opts not a table) raise, as
 * Lua's own functions do.  Bad option values (paper "b5", a fractional
 * date, an unknown key) and typesetting failures (fonts missing, document
 * too long) return nil and a message starting "pdf.render: ".
 * A bad figure reads "pdf.render: figure 'callgraph.svg': shape 3: field
 * 'x2': number expected, got string".
 *
 * Ownership: the option strings belong to the opts table, which stays on
 * the stack during the call.  The rendered PDF (malloc'ed by
 * pdf_render_markdown) is held by a "box" userdata whose __gc frees it, so
 * an error in lua_pushlstring (out of memory) leaks nothing; on the normal
 * path the box is emptied at once.  The figures, converted to C structs
 * (pdf_figure.h), are held the same way by a "figures box".
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "atomic_file.h"
#include "cli.h"
#include "host.h"
#include "modules.h"
#include "pdf_figure.h"
#include "pdf_render.h"
#include "plugin.h"
#include "watchdog.h"

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
    if (strcmp(key, "figures") == 0)
        return NULL; /* read by S_read_figures */
    return lua_pushfstring(L, "unknown option '%s'", key);
}

/* ---- figures ------------------------------------------------------------
 * opts.figures = {[url] = {width = n, height = n, shapes = {shape, ...}}},
 * shapes as in lua/figures.lua.  Read strictly: a missing or mistyped
 * field, an unknown field or type is an error naming the figure, the shape
 * and the field.  The set lives in a "figures box" userdata whose __gc
 * frees it. */

#define FIG_MT "callbrief.pdf.figures"

typedef struct {
    pdf_figure_set *set;
} fbox;

static int S_fbox_gc(lua_State *L)
{
    fbox *b = luaL_checkudata(L, 1, FIG_MT);
    pdf_figure_set_free(b->set);
    b->set = NULL;
    return 0;
}

enum { F_NUM, F_COLOR, F_BOOL, F_ANCHOR, F_DASH, F_POINTS, F_TEXT };

typedef struct {
    const char *name;
    unsigned char kind, required;
    size_t off; /* F_NUM: double, F_COLOR: long, F_BOOL and F_ANCHOR: int */
} S_field;

#define SF(n, k, r, m) {n, k, r, offsetof(pdf_figure_shape, m)}
#define S_PAINT SF("stroke", F_COLOR, 0, stroke), SF("fill", F_COLOR, 0, fill), \
    SF("width", F_NUM, 0, width), SF("dash", F_DASH, 0, dash_on)
#define S_END {NULL, 0, 0, 0}

static const S_field S_line_f[] = {SF("x1", F_NUM, 1, x), SF("y1", F_NUM, 1, y),
    SF("x2", F_NUM, 1, x2), SF("y2", F_NUM, 1, y2), S_PAINT, S_END};
static const S_field S_poly_f[] = {SF("points", F_POINTS, 1, points),
    SF("closed", F_BOOL, 0, closed), S_PAINT, S_END};
static const S_field S_circle_f[] = {SF("cx", F_NUM, 1, x), SF("cy", F_NUM, 1, y),
    SF("r", F_NUM, 1, r), S_PAINT, S_END};
static const S_field S_rect_f[] = {SF("x", F_NUM, 1, x), SF("y", F_NUM, 1, y),
    SF("w", F_NUM, 1, w), SF("h", F_NUM, 1, h), S_PAINT, S_END};
static const S_field S_text_f[] = {SF("x", F_NUM, 1, x), SF("y", F_NUM, 1, y),
    SF("text", F_TEXT, 1, text), SF("size", F_NUM, 1, size),
    SF("fill", F_COLOR, 0, fill), SF("anchor", F_ANCHOR, 0, anchor),
    SF("bold", F_BOOL, 0, bold), SF("rotate", F_NUM, 0, rotate), S_END};

static const struct {
    const char *name;
    int type;
    const S_field *fields;
} S_types[] = {
    {"line", PDF_FIGURE_LINE, S_line_f},
    {"polyline", PDF_FIGURE_POLYLINE, S_poly_f},
    {"circle", PDF_FIGURE_CIRCLE, S_circle_f},
    {"rect", PDF_FIGURE_RECT, S_rect_f},
    {"text", PDF_FIGURE_TEXT, S_text_f},
};

static const char *S_expected(lua_State *L, const char *what)
{
    return lua_pushfstring(L, "%s expected, got %s", what, luaL_typename(L, -1));
}

/* dash = {on, off}: two numbers. */
static const char *S_read_dash(lua_State *L, pdf_figure_shape *s)
{
    if (lua_type(L, -1) != LUA_TTABLE || lua_rawlen(L, -1) != 2)
        return lua_pushliteral(L, "a list of two numbers expected");
    for (int i = 1; i <= 2; i++) {
        int isnum = lua_rawgeti(L, -1, i) == LUA_TNUMBER;
        double v = lua_tonumber(L, -1);
        lua_pop(L, 1);
        if (!isnum)
            return lua_pushliteral(L, "a list of two numbers expected");
        *(i == 1 ? &s->dash_on : &s->dash_off) = v;
    }
    return NULL;
}

/* points = {x1, y1, x2, y2, ...}: copied into a userdata left on the stack
 * under the value (the caller's frame drops it). */
static const char *S_read_points(lua_State *L, pdf_figure_shape *s)
{
    size_t n = lua_rawlen(L, -1);
    if (lua_type(L, -1) != LUA_TTABLE || n < 4 || n % 2 || n > 2 * PDF_FIGURE_MAX_POINTS)
        return lua_pushliteral(L, "an even list of 4 to 20000 numbers expected");
    double *p = lua_newuserdatauv(L, n * sizeof *p, 0);
    lua_insert(L, -2);
    for (size_t i = 0; i < n; i++) {
        int isnum = lua_rawgeti(L, -1, (lua_Integer)i + 1) == LUA_TNUMBER;
        p[i] = lua_tonumber(L, -1);
        lua_pop(L, 1);
        if (!isnum)
            return lua_pushfstring(L, "point coordinate %d is not a number", (int)i + 1);
    }
    s->points = p;
    s->npoints = n / 2;
    return NULL;
}

static const char *S_read_anchor(lua_State *L, int *anchor)
{
    static const char *const names[] = {"start", "middle", "end"};
    const char *a = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    for (int i = 0; a && i < 3; i++)
        if (strcmp(a, names[i]) == 0) {
            *anchor = i;
            return NULL;
        }
    return a ? lua_pushfstring(L, "unknown anchor '%s'", a)
             : S_expected(L, "\"start\", \"middle\" or \"end\"");
}

/* The value on top of the stack into field f of s. */
static const char *S_read_value(lua_State *L, const S_field *f, pdf_figure_shape *s)
{
    char *at = (char *)s + f->off;
    int t = lua_type(L, -1);
    switch (f->kind) {
    case F_NUM:
        if (t != LUA_TNUMBER)
            return S_expected(L, "number");
        *(double *)(void *)at = lua_tonumber(L, -1);
        return NULL;
    case F_COLOR:
        if (t != LUA_TSTRING || pdf_figure_parse_color(lua_tostring(L, -1), (long *)(void *)at))
            return S_expected(L, "\"#rrggbb\" or \"none\"");
        return NULL;
    case F_BOOL:
        if (t != LUA_TBOOLEAN)
            return S_expected(L, "boolean");
        *(int *)(void *)at = lua_toboolean(L, -1);
        return NULL;
    case F_ANCHOR:
        return S_read_anchor(L, (int *)(void *)at);
    case F_DASH:
        return S_read_dash(L, s);
    case F_POINTS:
        return S_read_points(L, s);
    default: /* F_TEXT: the string stays alive in the shape's table */
        if (t != LUA_TSTRING)
            return S_expected(L, "string");
        s->text = lua_tolstring(L, -1, &s->text_len);
        return NULL;
    }
}

static int S_known(const S_field *f, const char *key)
{
    if (strcmp(key, "type") == 0)
        return 1;
    for (; f->name; f++)
        if (strcmp(f->name, key) == 0)
            return 1;
    return 0;
}

/* Every key of the shape table at idx is a field of its type. */
static const char *S_check_keys(lua_State *L, int idx, const S_field *fields)
{
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING)
            return lua_pushfstring(L, "field names must be strings, got %s",
                                   luaL_typename(L, -1));
        if (!S_known(fields, lua_tostring(L, -1)))
            return lua_pushfstring(L, "unknown field '%s'", lua_tostring(L, -1));
    }
    return NULL;
}

static int S_type_of(lua_State *L, int idx)
{
    lua_getfield(L, idx, "type");
    const char *t = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
    int k = -1;
    for (int i = 0; i < (int)(sizeof S_types / sizeof *S_types); i++)
        if (strcmp(t, S_types[i].name) == 0)
            k = i;
    lua_pop(L, 1);
    return k;
}

/* The shape table at idx into s (strings and points stay on the stack). */
static const char *S_read_shape(lua_State *L, int idx, pdf_figure_shape *s)
{
    if (lua_type(L, idx) != LUA_TTABLE)
        return lua_pushfstring(L, "table expected, got %s", luaL_typename(L, idx));
    int k = S_type_of(L, idx);
    if (k < 0)
        return lua_pushliteral(L, "field 'type' must be \"line\", \"polyline\", "
                                  "\"circle\", \"rect\" or \"text\"");
    pdf_figure_shape_init(s, S_types[k].type);
    if (s->type == PDF_FIGURE_TEXT)
        s->fill = 0; /* text is black unless told */
    for (const S_field *f = S_types[k].fields; f->name; f++) {
        if (lua_getfield(L, idx, f->name) == LUA_TNIL) {
            lua_pop(L, 1);
            if (f->required)
                return lua_pushfstring(L, "missing field '%s'", f->name);
            continue;
        }
        const char *bad = S_read_value(L, f, s);
        if (bad)
            return lua_pushfstring(L, "field '%s': %s", f->name, bad);
        lua_pop(L, 1);
    }
    return S_check_keys(L, idx, S_types[k].fields);
}

static const char *S_read_shapes(lua_State *L, int idx, pdf_figure *fig)
{
    char err[160];
    if (lua_type(L, idx) != LUA_TTABLE)
        return lua_pushfstring(L, "field 'shapes': table expected, got %s",
                               luaL_typename(L, idx));
    lua_Integer n = (lua_Integer)lua_rawlen(L, idx);
    for (lua_Integer i = 1; i <= n; i++) {
        int top = lua_gettop(L);
        pdf_figure_shape s;
        lua_rawgeti(L, idx, i);
        const char *bad = S_read_shape(L, top + 1, &s);
        if (!bad && pdf_figure_add_shape(fig, &s, err, sizeof err) != 0)
            bad = lua_pushstring(L, err);
        if (bad)
            return lua_pushfstring(L, "shape %I: %s", i, bad);
        lua_settop(L, top);
    }
    return NULL;
}

static const char *S_figure_number(lua_State *L, int idx, const char *key, double *v)
{
    if (lua_getfield(L, idx, key) != LUA_TNUMBER)
        return lua_pushfstring(L, "field '%s': number expected, got %s", key,
                               luaL_typename(L, -1));
    *v = lua_tonumber(L, -1);
    lua_pop(L, 1);
    return NULL;
}

/* One figure: the table at idx, for url. */
static const char *S_read_figure(lua_State *L, pdf_figure_set *set, const char *url,
                                 int idx)
{
    char err[160];
    double w, h;
    const char *bad;
    if (lua_type(L, idx) != LUA_TTABLE)
        return lua_pushfstring(L, "table expected, got %s", luaL_typename(L, idx));
    if ((bad = S_figure_number(L, idx, "width", &w)) ||
        (bad = S_figure_number(L, idx, "height", &h)))
        return bad;
    pdf_figure *fig = pdf_figure_add(set, url, w, h, err, sizeof err);
    if (!fig)
        return lua_pushstring(L, err);
    lua_getfield(L, idx, "shapes");
    if ((bad = S_read_shapes(L, lua_gettop(L), fig)))
        return bad;
    lua_pop(L, 1);
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) {
        lua_pop(L, 1);
        const char *k = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
        if (strcmp(k, "width") && strcmp(k, "height") && strcmp(k, "shapes"))
            return lua_pushfstring(L, "unknown field '%s'",
                                   lua_type(L, -1) == LUA_TSTRING ? k : luaL_typename(L, -1));
    }
    return NULL;
}

/* opts.figures (at idx) into a new set held by a box pushed on the stack. */
static const char *S_read_figures(lua_State *L, int idx, pdf_render_opts *o)
{
    if (lua_type(L, idx) != LUA_TTABLE)
        return lua_pushfstring(L, "option 'figures' must be a table, got %s",
                               luaL_typename(L, idx));
    fbox *b = lua_newuserdatauv(L, sizeof *b, 0);
    b->set = NULL;
    luaL_setmetatable(L, FIG_MT);
    if (!(b->set = pdf_figure_set_new()))
        return lua_pushliteral(L, "out of memory");
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) {
        if (lua_type(L, -2) != LUA_TSTRING)
            return lua_pushfstring(L, "option 'figures': keys must be file names, got %s",
                                   luaL_typename(L, -2));
        const char *url = lua_tostring(L, -2);
        const char *bad = S_read_figure(L, b->set, url, lua_gettop(L));
        if (bad)
            return lua_pushfstring(L, "figure '%s': %s", url, bad);
        lua_pop(L, 1);
    }
    o->figures = b->set;
    return NULL;
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

/* Reads the options at index opts (none or nil: the defaults) into o; the
 * figures' set, if any, is held by a box at index opts + 1 (the stack is
 * set to opts + 1 either way).  NULL or an error message (pushed). */
static const char *S_options(lua_State *L, int opts, pdf_render_opts *o)
{
    pdf_render_opts_init(o);
    /* -j 2 and more: the pages compressed on two threads when saved */
    host *h = host_of(L);
    o->threads = h && h->opt && h->opt->jobs >= 2 ? 2 : 1;
    if (!lua_isnoneornil(L, opts)) {
        luaL_checktype(L, opts, LUA_TTABLE);
        const char *bad = S_read_opts(L, opts, o);
        if (bad)
            return bad;
    }
    lua_settop(L, opts); /* the opts table keeps its strings alive */
    if (lua_istable(L, opts) && lua_getfield(L, opts, "figures") != LUA_TNIL) {
        const char *bad = S_read_figures(L, opts + 1, o); /* the set's box: opts + 2 */
        if (bad)
            return bad;
        lua_remove(L, opts + 1);
    } else {
        lua_settop(L, opts);
        lua_pushnil(L);
    }
    return NULL;
}

/* Frees the figures' set now rather than at the next collection. */
static void S_free_figures(lua_State *L, int box, pdf_render_opts *o)
{
    if (o->figures) {
        fbox *fb = luaL_checkudata(L, box, FIG_MT);
        pdf_figure_set_free(fb->set);
        fb->set = NULL;
        o->figures = NULL;
    }
}

/* Typesets md[0..len) with o (the figures' box at index figbox) into a
 * box pushed on the stack; the box, or NULL with err set. */
static pbox *S_typeset(lua_State *L, const char *md, size_t len, pdf_render_opts *o,
                       int figbox, size_t *out_len, char *err, size_t errlen)
{
    pbox *b = lua_newuserdatauv(L, sizeof *b, 0);
    b->pdf = NULL;
    luaL_setmetatable(L, BOX_MT);
    int rc = pdf_render_markdown(md, len, o, &b->pdf, out_len, err, errlen);
    S_free_figures(L, figbox, o);
    return rc == 0 ? b : NULL;
}

static int S_render(lua_State *L)
{
    size_t len, out_len;
    char err[512];
    const char *md = luaL_checklstring(L, 1, &len);
    pdf_render_opts o;
    const char *bad = S_options(L, 2, &o);
    if (bad)
        return S_fail(L, bad);
    pbox *b = S_typeset(L, md, len, &o, 3, &out_len, err, sizeof err);
    if (!b)
        return S_fail(L, err);
    lua_pushlstring(L, (const char *)b->pdf, out_len);
    free(b->pdf);
    b->pdf = NULL;
    return 1;
}

/* ---- pdf.write: typesetting beside the later plugins --------------------
 * A job owns copies of the option strings and the figures; the Markdown
 * string stays the state's, pinned in the registry until the job is
 * released (strings never move and are never changed), so the thread
 * making the PDF reads its bytes without touching the state.  Where the
 * plugin called pdf.write goes into its error message. */

typedef struct {
    lua_State *L;           /* where the Markdown is pinned */
    int md_ref;
    const char *md;
    size_t len;
    pdf_render_opts o;
    char *strings[4];       /* o's title, author, subject, font_dir */
    char where[4200];       /* "FILE:LINE: " of the call */
    double limit;           /* seconds the typesetting may take; 0 = none */
    char note[4600];        /* what the watchdog prints past the limit */
} pjob;

/* Called on the thread that has the state (atomic_maker.release). */
static void S_job_free(void *ud)
{
    pjob *j = ud;
    luaL_unref(j->L, LUA_REGISTRYINDEX, j->md_ref);
    for (int i = 0; i < 4; i++)
        free(j->strings[i]);
    pdf_figure_set_free((pdf_figure_set *)j->o.figures);
    free(j);
}

/* The typesetting runs after the plugin's call has returned, so it gets
 * the time limit of the call that asked for it (watchdog.h): a slot of
 * its own, as it may run beside the next plugin's call on another thread. */
static int S_job_make(void *ud, unsigned char **data, size_t *len, char *err, size_t errlen)
{
    pjob *j = ud;
    char why[512];
    int slot = j->limit > 0 ? watchdog_slot() : -1;
    watchdog_arm(slot, plugin_clock() + j->limit + watchdog_grace(j->limit), j->note);
    int rc = pdf_render_markdown(j->md, j->len, &j->o, data, len, why, sizeof why);
    watchdog_disarm(slot);
    watchdog_release(slot);
    if (rc != 0)
        snprintf(err, errlen, "%spdf.render: %s", j->where, why);
    return rc;
}

/* The watchdog's line for a job staged as `name` by the running plugin. */
static void S_job_limit(lua_State *L, pjob *j, const char *name)
{
    host *h = host_of(L);
    if (!h || h->deadline <= 0)
        return;                         /* trusted, or no limit set */
    j->limit = h->limit_seconds;
    snprintf(j->note, sizeof j->note,
             "callbrief: %splugin %s: (render) stopped: typesetting %s took longer than "
             "the time limit (%g seconds for one call); the run is abandoned, nothing written\n",
             j->where, host_current_plugin(L), name, h->limit_seconds);
}

/* A job for the Markdown at index md with options o (figures taken from
 * the box at index box); NULL when out of memory. */
static pjob *S_job_new(lua_State *L, int md, pdf_render_opts *o, int box)
{
    pjob *j = calloc(1, sizeof *j);
    if (!j)
        return NULL;
    const char **from[4] = { &o->title, &o->author, &o->subject, &o->font_dir };
    j->o = *o;
    j->o.figures = NULL;
    j->L = L;
    j->md_ref = LUA_NOREF;
    const char **to[4] = { &j->o.title, &j->o.author, &j->o.subject, &j->o.font_dir };
    int ok = 1;
    for (int i = 0; i < 4 && ok; i++)
        if (*from[i])
            ok = (*to[i] = j->strings[i] = strdup(*from[i])) != NULL;
    if (!ok) {
        S_job_free(j);
        return NULL;
    }
    j->md = lua_tolstring(L, md, &j->len);
    lua_pushvalue(L, md);
    j->md_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    if (o->figures) {       /* the job takes the set over from the box */
        fbox *fb = luaL_checkudata(L, box, FIG_MT);
        j->o.figures = fb->set;
        fb->set = NULL;
        o->figures = NULL;
    }
    luaL_where(L, 1);
    snprintf(j->where, sizeof j->where, "%s", lua_tostring(L, -1));
    lua_pop(L, 1);
    return j;
}

static int S_write(lua_State *L)
{
    size_t len, out_len;
    char err[1024];
    const char *name = luaL_checkstring(L, 1);
    const char *md = luaL_checklstring(L, 2, &len);
    atomic_set *set = cb_output_claim(L, 1);
    const char *owner = host_current_plugin(L);
    pdf_render_opts o;
    const char *bad = S_options(L, 3, &o);
    if (bad)
        return S_fail(L, bad);
    if (host_of(L)->opt && host_of(L)->opt->jobs <= 1) {
        /* one core asked for: typeset here and now, as pdf.render does */
        pbox *b = S_typeset(L, md, len, &o, 4, &out_len, err, sizeof err);
        if (!b)
            return S_fail(L, err);
        int rc = atomic_set_write(set, name, b->pdf, out_len, owner, err, sizeof err);
        free(b->pdf);
        b->pdf = NULL;
        return cb_output_result(L, rc, err);
    }
    pjob *j = S_job_new(L, 2, &o, 4);
    if (!j) {
        S_free_figures(L, 4, &o);
        return S_fail(L, "out of memory");
    }
    S_job_limit(L, j, name);
    atomic_maker maker = { S_job_make, S_job_free, j };
    int rc = atomic_set_write_later(set, name, &maker, owner, err, sizeof err);
    if (rc < 0)
        S_job_free(j);
    return cb_output_result(L, rc, err);
}

static const luaL_Reg S_funcs[] = {
    {"render", S_render},
    {"write", S_write},
    {NULL, NULL},
};

int luaopen_cb_pdf(lua_State *L)
{
    if (luaL_newmetatable(L, BOX_MT)) {
        lua_pushcfunction(L, S_box_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_pop(L, 1);
    if (luaL_newmetatable(L, FIG_MT)) {
        lua_pushcfunction(L, S_fbox_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_pop(L, 1);
    luaL_newlib(L, S_funcs);
    return 1;
}
