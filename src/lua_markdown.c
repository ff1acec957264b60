/*
 * lua_markdown.c — callbrief.markdown: Markdown for Lua plugins, over
 * cmark-gfm with the GFM "table", "strikethrough" and "autolink"
 * extensions.
 *
 * parse() turns a cmark tree into plain Lua tables, render() turns text or
 * such a table back into a cmark tree and renders it, escape() makes any
 * text safe to splice into a paragraph or a table cell.  Both directions
 * walk the tree without C recursion (cmark_iter one way, an explicit
 * stack of frames the other), so a 100k-deep document cannot overflow the
 * C stack.
 *
 * Options: parsing uses CMARK_OPT_VALIDATE_UTF8 (invalid bytes become
 * U+FFFD) and no CMARK_OPT_SMART (quotes and dashes stay as written);
 * rendering leaves CMARK_OPT_UNSAFE off, so the html format replaces raw
 * HTML with "<!-- raw HTML omitted -->" and drops javascript:/vbscript:/
 * file:/data: link targets.  commonmark and text are rendered with width
 * 0 (no hard wrapping).
 *
 * Ownership: every cmark object of a call (parser, document, iterator,
 * detached subtrees under construction, the frame array and the rendered
 * string) hangs off one "box" userdata whose __gc frees what is left, so a
 * Lua error raised half-way (a malformed AST, out of memory) leaks
 * nothing.  On the normal path the box is emptied before returning.
 */
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <lauxlib.h>
#include <lua.h>

#include "modules.h"

/* Registered by the extensions at run time; exported by
 * libcmark-gfm-extensions but declared only in headers it does not
 * install (table.h, strikethrough.h). */
extern cmark_node_type CMARK_NODE_TABLE, CMARK_NODE_TABLE_ROW, CMARK_NODE_TABLE_CELL;
extern cmark_node_type CMARK_NODE_STRIKETHROUGH;

#define BOX_MT      "callbrief.markdown.box"
#define PARSE_OPTS  (CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8)
#define RENDER_OPTS CMARK_OPT_DEFAULT

static const char *const S_extensions[] = { "table", "strikethrough", "autolink" };

typedef struct {
    cmark_node *node;       /* detached until its frame is closed */
    lua_Integer next;       /* next child index in the AST */
} frame;

typedef struct {
    cmark_parser *parser;
    cmark_node *doc;
    cmark_iter *iter;
    frame *frames;
    size_t depth, cap;
    char *out;
} mdbox;

/* ---- the box ---------------------------------------------------------- */

static void S_box_clear(mdbox *b)
{
    cmark_mem *mem = cmark_get_default_mem_allocator();
    if (b->iter)
        cmark_iter_free(b->iter);
    if (b->doc)
        cmark_node_free(b->doc);
    while (b->depth > 0)
        cmark_node_free(b->frames[--b->depth].node);
    if (b->parser)
        cmark_parser_free(b->parser);
    if (b->out)
        mem->free(b->out);
    free(b->frames);
    memset(b, 0, sizeof *b);
}

static int S_box_gc(lua_State *L)
{
    S_box_clear(luaL_checkudata(L, 1, BOX_MT));
    return 0;
}

static mdbox *S_box_new(lua_State *L)
{
    mdbox *b = lua_newuserdatauv(L, sizeof *b, 0);
    memset(b, 0, sizeof *b);
    luaL_setmetatable(L, BOX_MT);
    return b;
}

/* ---- parsing ---------------------------------------------------------- */

static void S_new_parser(lua_State *L, mdbox *b)
{
    b->parser = cmark_parser_new(PARSE_OPTS);
    if (!b->parser)
        luaL_error(L, "markdown: out of memory");
    for (size_t i = 0; i < sizeof S_extensions / sizeof *S_extensions; i++) {
        cmark_syntax_extension *ext = cmark_find_syntax_extension(S_extensions[i]);
        if (!ext || !cmark_parser_attach_syntax_extension(b->parser, ext))
            luaL_error(L, "markdown: GFM extension '%s' is missing", S_extensions[i]);
    }
}

static void S_parse_text(lua_State *L, mdbox *b, const char *s, size_t n)
{
    S_new_parser(L, b);
    cmark_parser_feed(b->parser, s, n);
    b->doc = cmark_parser_finish(b->parser);
    if (!b->doc)
        luaL_error(L, "markdown: out of memory");
}

/* ---- cmark tree -> Lua tables ----------------------------------------- */

static int S_is_leaf(cmark_node_type t)
{
    return t == CMARK_NODE_HTML_BLOCK || t == CMARK_NODE_THEMATIC_BREAK
        || t == CMARK_NODE_CODE_BLOCK || t == CMARK_NODE_TEXT || t == CMARK_NODE_SOFTBREAK
        || t == CMARK_NODE_LINEBREAK || t == CMARK_NODE_CODE || t == CMARK_NODE_HTML_INLINE;
}

static void S_set_str(lua_State *L, const char *field, const char *value)
{
    lua_pushstring(L, value ? value : "");
    lua_setfield(L, -2, field);
}

static void S_set_int(lua_State *L, const char *field, lua_Integer value)
{
    lua_pushinteger(L, value);
    lua_setfield(L, -2, field);
}

static void S_set_bool(lua_State *L, const char *field, int value)
{
    lua_pushboolean(L, value);
    lua_setfield(L, -2, field);
}

static void S_set_position(lua_State *L, cmark_node *n)
{
    if (cmark_node_get_start_line(n) <= 0)
        return;
    S_set_int(L, "start_line", cmark_node_get_start_line(n));
    S_set_int(L, "start_column", cmark_node_get_start_column(n));
    S_set_int(L, "end_line", cmark_node_get_end_line(n));
    S_set_int(L, "end_column", cmark_node_get_end_column(n));
}

static const char *S_align_name(uint8_t a)
{
    return a == 'l' ? "left" : a == 'c' ? "center" : a == 'r' ? "right" : "none";
}

static void S_set_alignments(lua_State *L, cmark_node *n)
{
    uint16_t cols = cmark_gfm_extensions_get_table_columns(n);
    uint8_t *a = cmark_gfm_extensions_get_table_alignments(n);
    lua_createtable(L, cols, 0);
    for (uint16_t i = 0; i < cols; i++) {
        lua_pushstring(L, S_align_name(a ? a[i] : 0));
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "alignments");
}

static void S_set_list(lua_State *L, cmark_node *n)
{
    int ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
    S_set_str(L, "list_type", ordered ? "ordered" : "bullet");
    S_set_bool(L, "tight", cmark_node_get_list_tight(n));
    if (!ordered)
        return;
    S_set_int(L, "start", cmark_node_get_list_start(n));
    S_set_str(L, "delim", cmark_node_get_list_delim(n) == CMARK_PAREN_DELIM ? "paren" : "period");
}

/* Sets the type-specific fields of the node table on top of the stack. */
static void S_set_fields(lua_State *L, cmark_node *n)
{
    cmark_node_type t = cmark_node_get_type(n);
    if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE || t == CMARK_NODE_HTML_INLINE
        || t == CMARK_NODE_HTML_BLOCK || t == CMARK_NODE_CODE_BLOCK)
        S_set_str(L, "literal", cmark_node_get_literal(n));
    if (t == CMARK_NODE_CODE_BLOCK)
        S_set_str(L, "info", cmark_node_get_fence_info(n));
    else if (t == CMARK_NODE_HEADING)
        S_set_int(L, "level", cmark_node_get_heading_level(n));
    else if (t == CMARK_NODE_LIST)
        S_set_list(L, n);
    else if (t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE) {
        S_set_str(L, "url", cmark_node_get_url(n));
        S_set_str(L, "title", cmark_node_get_title(n));
    } else if (t == CMARK_NODE_CUSTOM_BLOCK || t == CMARK_NODE_CUSTOM_INLINE) {
        S_set_str(L, "on_enter", cmark_node_get_on_enter(n));
        S_set_str(L, "on_exit", cmark_node_get_on_exit(n));
    } else if (t == CMARK_NODE_TABLE)
        S_set_alignments(L, n);
    else if (t == CMARK_NODE_TABLE_ROW && cmark_gfm_extensions_get_table_row_is_header(n))
        S_set_bool(L, "header", 1);
}

/* cmark's type name, except that header rows are "table_row" too (cmark
 * says "table_header"; the AST has header = true). */
static const char *S_type_name(cmark_node *n)
{
    if (cmark_node_get_type(n) == CMARK_NODE_TABLE_ROW)
        return "table_row";
    return cmark_node_get_type_string(n);
}

/* Pushes the table for node n (without children). */
static void S_push_node(lua_State *L, cmark_node *n)
{
    lua_createtable(L, 0, 8);
    S_set_str(L, "type", S_type_name(n));
    S_set_position(L, n);
    S_set_fields(L, n);
}

/* On ENTER: appends the node's table to the children list on top of the
 * open-lists stack `st` (entry `depth`), and opens its own list. */
static void S_enter(lua_State *L, int st, lua_Integer *depth, cmark_node *n)
{
    S_push_node(L, n);
    if (*depth > 0) {
        lua_rawgeti(L, st, *depth);
        lua_pushvalue(L, -2);
        lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
        lua_pop(L, 1);
    }
    if (!S_is_leaf(cmark_node_get_type(n))) {
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_setfield(L, -3, "children");
        lua_rawseti(L, st, ++*depth);
    }
}

/* Pushes the AST of b->doc. */
static void S_push_ast(lua_State *L, mdbox *b)
{
    cmark_event_type ev;
    lua_Integer depth = 0;
    lua_newtable(L);                         /* st: open children lists */
    int st = lua_gettop(L);
    b->iter = cmark_iter_new(b->doc);
    while ((ev = cmark_iter_next(b->iter)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(b->iter);
        if (ev == CMARK_EVENT_ENTER) {
            S_enter(L, st, &depth, n);
            if (n != b->doc)
                lua_pop(L, 1);               /* keep only the root table */
        } else {
            lua_pushnil(L);
            lua_rawseti(L, st, depth--);
        }
    }
    lua_remove(L, st);
}

static int S_parse(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    mdbox *b = S_box_new(L);
    S_parse_text(L, b, s, n);
    S_push_ast(L, b);
    S_box_clear(b);
    return 1;
}

/* ---- Lua tables -> cmark tree ------------------------------------------ */

typedef struct {
    const char *name;
    cmark_node_type type;
    const char *ext;
} node_kind;

static int S_kind_of(const char *name, node_kind *k)
{
    const node_kind kinds[] = {
        {"document", CMARK_NODE_DOCUMENT, NULL}, {"block_quote", CMARK_NODE_BLOCK_QUOTE, NULL},
        {"list", CMARK_NODE_LIST, NULL}, {"item", CMARK_NODE_ITEM, NULL},
        {"code_block", CMARK_NODE_CODE_BLOCK, NULL}, {"html_block", CMARK_NODE_HTML_BLOCK, NULL},
        {"custom_block", CMARK_NODE_CUSTOM_BLOCK, NULL}, {"paragraph", CMARK_NODE_PARAGRAPH, NULL},
        {"heading", CMARK_NODE_HEADING, NULL}, {"thematic_break", CMARK_NODE_THEMATIC_BREAK, NULL},
        {"text", CMARK_NODE_TEXT, NULL}, {"softbreak", CMARK_NODE_SOFTBREAK, NULL},
        {"linebreak", CMARK_NODE_LINEBREAK, NULL}, {"code", CMARK_NODE_CODE, NULL},
        {"html_inline", CMARK_NODE_HTML_INLINE, NULL},
        {"custom_inline", CMARK_NODE_CUSTOM_INLINE, NULL}, {"emph", CMARK_NODE_EMPH, NULL},
        {"strong", CMARK_NODE_STRONG, NULL}, {"link", CMARK_NODE_LINK, NULL},
        {"image", CMARK_NODE_IMAGE, NULL}, {"table", CMARK_NODE_TABLE, "table"},
        {"table_row", CMARK_NODE_TABLE_ROW, "table"},
        {"table_cell", CMARK_NODE_TABLE_CELL, "table"},
        {"strikethrough", CMARK_NODE_STRIKETHROUGH, "strikethrough"},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (strcmp(name, kinds[i].name) == 0) {
            *k = kinds[i];
            return 1;
        }
    return 0;
}

typedef struct {
    lua_State *L;
    mdbox *b;
    int asts;               /* stack index: asts[d] = AST table of frame d */
    int open;               /* stack index: set of the AST tables in asts */
} builder;

/* Raises "markdown.render: ast.children[2]...: msg" for the innermost
 * frame (`upto` frames deep). */
static int S_fail(builder *bd, size_t upto, const char *msg)
{
    lua_State *L = bd->L;
    luaL_Buffer buf;
    luaL_buffinit(L, &buf);
    luaL_addstring(&buf, "markdown.render: ast");
    for (size_t d = 1; d < upto; d++) {
        lua_pushfstring(L, ".children[%I]", (LUAI_UACINT)(bd->b->frames[d - 1].next - 1));
        luaL_addvalue(&buf);
    }
    luaL_pushresult(&buf);
    return luaL_error(L, "%s: %s", lua_tostring(L, -1), msg);
}

/* AST tables are read raw (no metamethods), so a string field stays
 * anchored in its table while we use it. */
static int S_rawfield(lua_State *L, int idx, const char *name)
{
    idx = lua_absindex(L, idx);
    lua_pushstring(L, name);
    return lua_rawget(L, idx);
}

/* Field `name` of the AST table on top of the stack, as a string (NULL
 * when absent). */
static const char *S_opt_str(builder *bd, const char *name)
{
    lua_State *L = bd->L;
    int t = S_rawfield(L, -1, name);
    const char *s = lua_tostring(L, -1);
    lua_pop(L, 1);              /* still referenced by the AST table */
    if (t != LUA_TNIL && t != LUA_TSTRING)
        S_fail(bd, bd->b->depth, lua_pushfstring(L, "'%s' must be a string", name));
    return t == LUA_TNIL ? NULL : s;
}

static lua_Integer S_opt_int(builder *bd, const char *name, lua_Integer def)
{
    lua_State *L = bd->L;
    int isint, t = S_rawfield(L, -1, name);
    lua_Integer v = lua_tointegerx(L, -1, &isint);
    lua_pop(L, 1);
    if (t == LUA_TNIL)
        return def;
    if (!isint)
        S_fail(bd, bd->b->depth, lua_pushfstring(L, "'%s' must be an integer", name));
    return v;
}

static int S_opt_bool(builder *bd, const char *name)
{
    S_rawfield(bd->L, -1, name);
    int v = lua_toboolean(bd->L, -1);
    lua_pop(bd->L, 1);
    return v;
}

static void S_check(builder *bd, int ok, const char *what)
{
    if (!ok)
        S_fail(bd, bd->b->depth, lua_pushfstring(bd->L, "invalid %s", what));
}

static void S_get_list(builder *bd, cmark_node *n)
{
    const char *lt = S_opt_str(bd, "list_type"), *delim = S_opt_str(bd, "delim");
    int ordered = lt && strcmp(lt, "ordered") == 0;
    S_check(bd, !lt || ordered || strcmp(lt, "bullet") == 0, "list_type");
    S_check(bd, !delim || strcmp(delim, "period") == 0 || strcmp(delim, "paren") == 0, "delim");
    cmark_node_set_list_type(n, ordered ? CMARK_ORDERED_LIST : CMARK_BULLET_LIST);
    cmark_node_set_list_tight(n, S_opt_bool(bd, "tight"));
    if (!ordered)
        return;
    lua_Integer start = S_opt_int(bd, "start", 1);
    S_check(bd, start >= 0 && start <= 999999999, "start");
    cmark_node_set_list_start(n, (int)start);
    cmark_node_set_list_delim(n, delim && delim[1] == 'a' ? CMARK_PAREN_DELIM : CMARK_PERIOD_DELIM);
}

/* Copies the type-specific fields of the AST table on top of the stack. */
static void S_get_fields(builder *bd, cmark_node *n)
{
    cmark_node_type t = cmark_node_get_type(n);
    const char *lit = S_opt_str(bd, "literal");
    if (lit && S_is_leaf(t) && t != CMARK_NODE_THEMATIC_BREAK && t != CMARK_NODE_SOFTBREAK
        && t != CMARK_NODE_LINEBREAK)
        cmark_node_set_literal(n, lit);
    if (t == CMARK_NODE_CODE_BLOCK) {
        const char *info = S_opt_str(bd, "info");
        cmark_node_set_fence_info(n, info ? info : "");
    } else if (t == CMARK_NODE_HEADING) {
        lua_Integer level = S_opt_int(bd, "level", 1);
        S_check(bd, level >= 1 && level <= 6, "heading level");
        cmark_node_set_heading_level(n, (int)level);
    } else if (t == CMARK_NODE_LIST) {
        S_get_list(bd, n);
    } else if (t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE) {
        const char *url = S_opt_str(bd, "url"), *title = S_opt_str(bd, "title");
        cmark_node_set_url(n, url ? url : "");
        cmark_node_set_title(n, title ? title : "");
    } else if (t == CMARK_NODE_CUSTOM_BLOCK || t == CMARK_NODE_CUSTOM_INLINE) {
        const char *on_enter = S_opt_str(bd, "on_enter"), *on_exit = S_opt_str(bd, "on_exit");
        cmark_node_set_on_enter(n, on_enter ? on_enter : "");
        cmark_node_set_on_exit(n, on_exit ? on_exit : "");
    } else if (t == CMARK_NODE_TABLE_ROW) {
        cmark_gfm_extensions_set_table_row_is_header(n, S_opt_bool(bd, "header"));
    }
}

static void S_push_frame(builder *bd, cmark_node *n)
{
    mdbox *b = bd->b;
    if (b->depth == b->cap) {
        size_t cap = b->cap ? 2 * b->cap : 64;
        frame *f = realloc(b->frames, cap * sizeof *f);
        if (!f) {
            cmark_node_free(n);
            luaL_error(bd->L, "markdown.render: out of memory");
        }
        b->frames = f;
        b->cap = cap;
    }
    b->frames[b->depth++] = (frame){ n, 1 };
}

/* A new node of kind k.  Table cells are made as the table extension's
 * own parser makes them: plain, then tagged with the extension.  (Made
 * with cmark_node_new_with_ext they would get an opaque block that the
 * extension never frees.) */
static cmark_node *S_new_node(node_kind k)
{
    cmark_syntax_extension *ext = k.ext ? cmark_find_syntax_extension(k.ext) : NULL;
    if (k.type != CMARK_NODE_TABLE_CELL)
        return cmark_node_new_with_ext(k.type, ext);
    cmark_node *n = cmark_node_new(k.type);
    if (n)
        cmark_node_set_syntax_extension(n, ext);
    return n;
}

/* Opens a frame for the AST table on top of the stack (which it pops
 * into asts[depth]). */
static void S_open(builder *bd)
{
    lua_State *L = bd->L;
    node_kind k = { NULL, CMARK_NODE_NONE, NULL };
    if (!lua_istable(L, -1))
        S_fail(bd, bd->b->depth + 1, lua_pushfstring(L, "node must be a table, got %s",
                                                     luaL_typename(L, -1)));
    S_rawfield(L, -1, "type");
    const char *name = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    if (!name || !S_kind_of(name, &k))
        S_fail(bd, bd->b->depth + 1,
               lua_pushfstring(L, "unknown node type '%s'", name ? name : luaL_typename(L, -1)));
    lua_pop(L, 1);
    if (lua_rawgetp(L, bd->open, lua_topointer(L, -1)) != LUA_TNIL)
        S_fail(bd, bd->b->depth + 1, "cycle: node contains itself");
    lua_pop(L, 1);
    cmark_node *n = S_new_node(k);
    if (!n)
        luaL_error(L, "markdown.render: out of memory");
    S_push_frame(bd, n);
    S_get_fields(bd, n);
    lua_pushboolean(L, 1);
    lua_rawsetp(L, bd->open, lua_topointer(L, -2));
    lua_rawseti(L, bd->asts, (lua_Integer)bd->b->depth);
}

/* A table's column count and alignments, once its rows are in place:
 * as many columns as its widest row (or its alignments list). */
static void S_finish_table(builder *bd, cmark_node *table)
{
    lua_State *L = bd->L;
    lua_Integer cols = 0;
    lua_rawgeti(L, bd->asts, (lua_Integer)bd->b->depth);
    S_rawfield(L, -1, "alignments");
    if (lua_istable(L, -1))
        cols = (lua_Integer)lua_rawlen(L, -1);
    for (cmark_node *row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
        lua_Integer cells = 0;
        for (cmark_node *c = cmark_node_first_child(row); c; c = cmark_node_next(c))
            cells++;
        cols = cells > cols ? cells : cols;
    }
    S_check(bd, cols <= 1000, "table: more than 1000 columns");
    uint8_t align[1000 + 1] = { 0 };
    for (lua_Integer i = 0; i < cols && lua_istable(L, -1); i++) {
        lua_rawgeti(L, -1, i + 1);
        const char *a = lua_tostring(L, -1);
        align[i] = !a ? 0 : strcmp(a, "left") == 0 ? 'l' : strcmp(a, "center") == 0 ? 'c'
                 : strcmp(a, "right") == 0 ? 'r' : 0;
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
    cmark_gfm_extensions_set_table_columns(table, (uint16_t)cols);
    cmark_gfm_extensions_set_table_alignments(table, (uint16_t)cols, align);
}

/* cmark lets any block hold table rows and cells, but the table
 * renderers read the row's and the table's data through node->parent:
 * a row must sit in a table and a cell in a row. */
static int S_can_hold(cmark_node *parent, cmark_node *child)
{
    cmark_node_type pt = cmark_node_get_type(parent), ct = cmark_node_get_type(child);
    if (ct == CMARK_NODE_TABLE_ROW && pt != CMARK_NODE_TABLE)
        return 0;
    if (ct == CMARK_NODE_TABLE_CELL && pt != CMARK_NODE_TABLE_ROW)
        return 0;
    return cmark_node_append_child(parent, child);
}

/* Closes the innermost frame: attaches its node to its parent's (or makes
 * it the document).  The AST bookkeeping comes first: nothing may raise
 * between the node changing owner and the frame letting go of it. */
static void S_close(builder *bd)
{
    lua_State *L = bd->L;
    mdbox *b = bd->b;
    size_t d = b->depth;
    cmark_node *n = b->frames[d - 1].node;
    if (cmark_node_get_type(n) == CMARK_NODE_TABLE)
        S_finish_table(bd, n);
    lua_rawgeti(L, bd->asts, (lua_Integer)d);
    lua_pushnil(L);
    lua_rawsetp(L, bd->open, lua_topointer(L, -2));
    lua_pop(L, 1);
    lua_pushnil(L);
    lua_rawseti(L, bd->asts, (lua_Integer)d);
    if (d == 1) {
        b->depth = 0;
        b->doc = n;
        return;
    }
    cmark_node *parent = b->frames[d - 2].node;
    if (!S_can_hold(parent, n))
        S_fail(bd, d, lua_pushfstring(L, "'%s' cannot contain '%s'",
                                      S_type_name(parent), S_type_name(n)));
    b->depth = d - 1;
}

/* Pushes the next child of the innermost frame's AST table (nil when
 * there is none left) and advances past it. */
static void S_next_child(builder *bd)
{
    lua_State *L = bd->L;
    frame *f = &bd->b->frames[bd->b->depth - 1];
    lua_rawgeti(L, bd->asts, (lua_Integer)bd->b->depth);
    int t = S_rawfield(L, -1, "children");
    if (t != LUA_TNIL && t != LUA_TTABLE)
        S_fail(bd, bd->b->depth, "'children' must be a table");
    if (t == LUA_TNIL)
        lua_pushnil(L);
    else
        lua_rawgeti(L, -1, f->next++);
    lua_replace(L, -3);
    lua_pop(L, 1);
}

/* Builds b->doc from the AST at stack index idx. */
static void S_build(lua_State *L, mdbox *b, int idx)
{
    lua_newtable(L);
    lua_newtable(L);
    builder bd = { L, b, lua_gettop(L) - 1, lua_gettop(L) };
    lua_pushvalue(L, idx);
    S_open(&bd);
    if (cmark_node_get_type(b->frames[0].node) != CMARK_NODE_DOCUMENT)
        S_fail(&bd, 1, "the root must be a 'document'");
    while (b->depth > 0) {
        luaL_checkstack(L, 8, "markdown.render");
        S_next_child(&bd);
        if (lua_isnil(L, -1)) {
            lua_pop(L, 1);
            S_close(&bd);
        } else {
            S_open(&bd);
        }
    }
    lua_pop(L, 2);
}

/* ---- rendering -------------------------------------------------------- */

static int S_render(lua_State *L)
{
    static const char *const formats[] = { "commonmark", "html", "text", NULL };
    int t = lua_type(L, 1);
    if (t != LUA_TSTRING && t != LUA_TTABLE)
        luaL_typeerror(L, 1, "string or table");
    int format = luaL_checkoption(L, 2, NULL, formats);
    mdbox *b = S_box_new(L);
    if (t == LUA_TSTRING) {
        size_t n;
        const char *s = lua_tolstring(L, 1, &n);
        S_parse_text(L, b, s, n);
    } else {
        S_new_parser(L, b);
        S_build(L, b, 1);
    }
    if (format == 0)
        b->out = cmark_render_commonmark(b->doc, RENDER_OPTS, 0);
    else if (format == 1)
        b->out = cmark_render_html(b->doc, RENDER_OPTS, cmark_parser_get_syntax_extensions(b->parser));
    else
        b->out = cmark_render_plaintext(b->doc, RENDER_OPTS, 0);
    lua_pushstring(L, b->out);
    S_box_clear(b);
    return 1;
}

/* ---- escape ----------------------------------------------------------- */

static int S_is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

/* Pushes s with "\r\n", "\r" and "\n" turned into spaces. */
static const char *S_push_one_line(lua_State *L, const char *s, size_t *n)
{
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (size_t i = 0; i < *n; i++) {
        if (s[i] == '\r' && i + 1 < *n && s[i + 1] == '\n')
            i++;
        luaL_addchar(&b, (s[i] == '\r' || s[i] == '\n') ? ' ' : s[i]);
    }
    luaL_pushresult(&b);
    return lua_tolstring(L, -1, n);
}

static int S_wordish(const char *s, size_t i, size_t n)
{
    unsigned char c = i < n ? (unsigned char)s[i] : ' ';
    return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Escapes s[i], in the middle part [from, to) of the line; `digits` is
 * the length of the run of digits at `from` (an ordered list marker if a
 * "." or ")" follows).  Only what could start markup is escaped, so the
 * Markdown stays readable: "2020-10-14" and "docs/a_b.txt" stay as they
 * are, "*", "[", "<", "|" never do. */
static void S_escape_char(luaL_Buffer *b, const char *s, size_t i, size_t from, size_t to,
                          size_t digits)
{
    char c = s[i];
    int esc = 0;
    switch (c) {
    case '\\': case '`': case '*': case '[': case ']': case '<': case '|': case '~':
        esc = 1;
        break;
    case '_':   /* intraword underscores never make emphasis */
        esc = !(i > from && S_wordish(s, i - 1, to) && S_wordish(s, i + 1, to));
        break;
    case '&': { /* only where it would start an entity: &name; &#123; */
        size_t j = i + 1;
        if (j < to && s[j] == '#')
            j++;
        while (j < to && S_wordish(s, j, to) && (unsigned char)s[j] < 0x80)
            j++;
        esc = j < to && s[j] == ';' && j > i + 1;
        break;
    }
    case '!':
        esc = i + 1 < to && s[i + 1] == '[';
        break;
    case '#': case '+': case '-': case '=': case '>':
        esc = i == from;    /* block markers only count at the start */
        break;
    case '.': case ')':
        esc = digits > 0 && i == from + digits;
        break;
    default:
        break;
    }
    if (esc)
        luaL_addchar(b, '\\');
    else if (c == ':' && to - i >= 3 && s[i + 1] == '/' && s[i + 2] == '/')
        luaL_addchar(b, '\\');                       /* not an autolink */
    else if (c == 'w' && to - i >= 4 && memcmp(s + i, "www.", 4) == 0) {
        luaL_addstring(b, "&#119;");                 /* not an autolink */
        return;
    }
    luaL_addchar(b, c);
}

static void S_add_entity(luaL_Buffer *b, char c)
{
    luaL_addstring(b, c == ' ' ? "&#32;" : c == '\t' ? "&#9;" : c == '\v' ? "&#11;" : "&#12;");
}

static int S_escape(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    s = S_push_one_line(L, s, &n);
    size_t from = 0, to = n;
    while (from < n && S_is_blank(s[from]))
        from++;
    while (to > from && S_is_blank(s[to - 1]))
        to--;
    size_t digits = strspn(s + from, "0123456789");
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (size_t i = 0; i < n; i++) {
        if (i < from || i >= to)
            S_add_entity(&b, s[i]);
        else
            S_escape_char(&b, s, i, from, to, digits);
    }
    luaL_pushresult(&b);
    return 1;
}

/* ---- module ----------------------------------------------------------- */

static const luaL_Reg markdown_funcs[] = {
    {"parse", S_parse},
    {"render", S_render},
    {"escape", S_escape},
    {NULL, NULL}
};

int luaopen_cb_markdown(lua_State *L)
{
    cmark_gfm_core_extensions_ensure_registered();
    if (luaL_newmetatable(L, BOX_MT)) {
        lua_pushcfunction(L, S_box_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_pop(L, 1);
    luaL_newlib(L, markdown_funcs);
    return 1;
}
