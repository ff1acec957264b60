/*
 * modules.h — the C libraries callbrief exposes to Lua.
 *
 * One file per library, each ending in a luaL_Reg array and one luaopen_
 * function, as in Lua's own lstrlib.c.  host.c preloads them into every
 * state; plugins reach them through ctx (ctx.json, ctx.text, ...) or
 * require("callbrief.json") and so on.  Argument errors read like Lua's own
 * (luaL_argerror): "bad argument #1 to 'encode' (table expected, got nil)".
 *
 * All values crossing into Lua are plain: strings, numbers, booleans and
 * tables.  The one exception is json.null, a light userdata sentinel that
 * stands for JSON null where a table needs to keep the key.
 */
#ifndef CB_MODULES_H
#define CB_MODULES_H

#include <lua.h>

/* json (lua_json.c, jansson)
 *   json.encode(value [, {indent = n}]) -> string
 *       Objects get their keys sorted (byte order) so output is
 *       reproducible.  A table with keys 1..n (n >= 1) is an array; an empty
 *       table is an array unless marked with json.object(t).  Integers are
 *       written as integers, other numbers with the shortest round-trip
 *       form.  Errors (cycles, non-string keys in objects, NaN, functions)
 *       raise "json.encode: <path>: <reason>".  Output ends without newline.
 *   json.decode(string [, chunkname]) -> value | nil, "chunkname:line:col: msg"
 *       null decodes to json.null.
 *   json.null           sentinel for JSON null
 *   json.object([t])    marks t (or a new table) to encode as an object
 *   json.array([t])     marks t (or a new table) to encode as an array
 */
int luaopen_cb_json(lua_State *L);

/* yaml (lua_yaml.c, libyaml)
 *   yaml.load(string [, chunkname]) -> value | nil, "chunkname:line:col: msg"
 *       The first document.  Scalars are strings, except plain (unquoted)
 *       true/false (booleans), null/~/empty (the key is absent) and plain
 *       decimal integers (integers).  Dates stay strings.
 *   yaml.front_matter(text) -> table|nil, body_offset | nil, errmsg
 *       If text starts with a "---" line, parses up to the closing "---" or
 *       "..." line; body_offset is the 1-based byte offset of the body.
 *       Returns nil, 1 when there is no front matter.
 */
int luaopen_cb_yaml(lua_State *L);

/* text (lua_text.c, utf8proc)
 *   text.nfc(s), text.nfkd(s)     normalisation
 *   text.casefold(s)              Unicode case folding
 *   text.strip_marks(s)           NFKD, then drop combining marks (Mn)
 *   text.fold(s)                  strip_marks + casefold: the comparison key
 *                                 SCHEMA.md uses for names ("Erdoğan" ->
 *                                 "erdogan")
 *   text.valid(s) -> ok, byte_offset_of_first_error
 *   text.sanitize(s) -> s2, n_replaced   invalid sequences -> U+FFFD
 *   text.width(s) -> number of code points
 *   text.category(s, i) -> two-letter Unicode category of the code point
 *                          starting at byte i (default 1), e.g. "Lu"
 */
int luaopen_cb_text(lua_State *L);

/* markdown (lua_markdown.c, libcmark)
 *   markdown.parse(text) -> ast
 *       Plain tables: {type = "document", children = {...}} where type is
 *       cmark's type name ("paragraph", "heading", "text", "link", ...);
 *       literal, level, list_type ("bullet"|"ordered"), start, tight, url,
 *       title, info, start_line, start_column, end_line as they apply.
 *   markdown.render(text_or_ast, format) -> string
 *       format: "commonmark" | "html" | "text"
 *   markdown.escape(s) -> s with Markdown punctuation backslash-escaped so
 *       it renders literally inside a paragraph or table cell.
 */
int luaopen_cb_markdown(lua_State *L);

/* pdf (lua_pdf.c over pdf_render.c, libharu)
 *   pdf.render(markdown_text, opts) -> pdf_bytes | nil, errmsg
 *       opts: title, author, subject, paper ("a4"|"letter"), date (Unix
 *       time for the metadata; SOURCE_DATE_EPOCH decides it), font_dir.
 */
int luaopen_cb_pdf(lua_State *L);

/* log (lua_log.c): see diag.h for how messages are printed.
 *   log.warn(msg [, where]), log.info(msg [, where]), log.debug(...)
 *       where = {file = path, line = n}; defaults to the document being
 *       processed.  The current plugin's name is prefixed by the host.
 */
int luaopen_cb_log(lua_State *L);

/* output (lua_output.c): staged, atomic files in the output directory.
 *   output.write(name, data) -> true | nil, errmsg
 *       name is a plain file name (no "/" or ".."), data a string.  The file
 *       goes to a temporary in the output directory, is fsync'ed, and is
 *       renamed into place only when the whole run commits.
 */
int luaopen_cb_output(lua_State *L);

#endif
