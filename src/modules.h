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
 *       Object keys are sorted (byte order) at every level so output is
 *       reproducible.  Compact ({"a":1,"b":[2]}) by default; indent = 1..31
 *       pretty-prints with n spaces, one member a line, "key": value.
 *       Non-ASCII text and "/" are written as is.  A table whose keys are
 *       exactly 1..n (n >= 1) is an array, one with only string keys an
 *       object; an empty table is an array unless marked with
 *       json.object(t).  A metatable field __jsontype = "array"|"object"
 *       (what json.array/json.object set) forces the kind.  Integers are
 *       written as integers; floats with the fewest significant digits
 *       (<= 17) that make every float of the call read back exactly (one
 *       precision per call: 0.1 alone is "0.1", next to 0.1 + 0.2 it is
 *       "0.10000000000000001").  Output ends without newline.
 *       Errors raise "json.encode: <path>: <reason>" (Lua prefixes the
 *       caller's position), path like $.calls[2].date (indices 1-based,
 *       as in Lua; other keys as $["a b"]): functions, threads, userdata
 *       other than json.null, NaN, inf, cycles, nesting deeper than 1000,
 *       strings or keys that are not valid UTF-8, mixed or sparse tables
 *       ("table has keys that are neither 1..n nor strings") and marked
 *       tables whose keys do not fit the mark.
 *   json.decode(string [, chunkname]) -> value | nil, "chunkname:line:col: msg"
 *       chunkname defaults to "json".  Any value may be at the top; \u0000
 *       is allowed (Lua strings hold NUL); a key repeated in one object,
 *       an integer beyond 64 bits and a real beyond a double are errors;
 *       nesting stops at 2048 (jansson).  null decodes to json.null,
 *       integers to Lua integers, other numbers to floats.  Arrays and
 *       objects come back with the json.array / json.object marker
 *       metatable, so empty ones re-encode as [] and {}: with the same
 *       options, encode(decode(s)) == s for any s that encode wrote.
 *   json.null           sentinel for JSON null (a light userdata)
 *   json.object([t])    marks t (or a new table) to encode as an object
 *   json.array([t])     marks t (or a new table) to encode as an array
 *                       Both return t and refuse a table that already has
 *                       a metatable other than these two markers.
 */
int luaopen_cb_json(lua_State *L);

/* json.decode of the C buffer s[0..n) without a Lua copy of it: pushes the
 * value and returns 0, or pushes "chunk:line:col: message" and returns -1.
 * The state must have opened callbrief.json (its markers). */
int cb_json_decode_buffer(lua_State *L, const char *s, size_t n, const char *chunk);

/* json.encode(value, opts) for the value at idx and the options at opts
 * (nil or a table), written to fd (a new, empty file) as it is made
 * instead of returned as one string: the same bytes.  Returns 0, or -1
 * with the error message pushed (json.encode's; *write_failed set when
 * fd could not be written or read back). */
int cb_json_encode_fd(lua_State *L, int idx, int opts, int fd, int *write_failed);

/* The json.array / json.object marker of the table at idx: 0 none, 1
 * object, 2 array, -1 a metatable of another kind.  cb_json_push_markers
 * pushes the object marker, then the array marker (made in a state that
 * has not opened callbrief.json).  cb_json_is_null: the value at idx is
 * json.null; cb_json_push_null pushes it. */
int cb_json_marker(lua_State *L, int idx);
/* What json.encode makes of the table at idx: 1 an array (its marker, or
 * keys exactly 1..n), 0 an object (its marker, or string keys), -1 neither
 * with the reason in *why; *count is its number of keys. */
int cb_json_kind(lua_State *L, int idx, size_t *count, const char **why);
void cb_json_push_markers(lua_State *L);
int cb_json_is_null(lua_State *L, int idx);
void cb_json_push_null(lua_State *L);

/* pack (lua_pack.c): the value at idx packed into out (nil, booleans,
 * numbers, strings, json.null and tables of these, with their markers,
 * shared tables and cycles as they were).  Returns 0, or -1 with a reason
 * in err and out empty.  cb_unpack_value pushes the value packed in b onto
 * L (a state that may not have opened callbrief.json); -1 when b is not a
 * pack.  cb_pack_free empties b. */
typedef struct cb_pack {
    char *bytes;       /* owned */
    size_t len, cap;
} cb_pack;
int cb_pack_value(lua_State *L, int idx, cb_pack *out, char *err, size_t errlen);
/* Appends n bytes at src to b, growing it; 0, or -1 out of memory (b as
 * it was).  The bytes stay b's (cb_pack_free). */
int cb_pack_append(cb_pack *b, const void *src, size_t n);
int cb_unpack_value(lua_State *L, const cb_pack *b);
void cb_pack_free(cb_pack *b);

/* msgpack (lua_msgpack.c): the value at idx as MessagePack, by JSON's
 * rules (json.null is nil; a table is an array or an object as its marker
 * or keys say; keys sorted), into out (emptied first).  0, or -1 with the
 * reason in err and out empty.  cb_msgpack_decode pushes the value of
 * buf[0..len) with json.array/json.object markers, as json.decode does,
 * and returns 0; or pushes "chunk: reason" and returns -1. */
int cb_msgpack_encode(lua_State *L, int idx, cb_pack *out, char *err, size_t errlen);
int cb_msgpack_decode(lua_State *L, const char *buf, size_t len, const char *chunk);
/* The n encoded values in items as one MessagePack array, into out
 * (emptied first); 0, or -1 when out of memory. */
int cb_msgpack_join(const cb_pack *items, size_t n, cb_pack *out);

/* pattern (lua_pattern.c, Lua 5.4.4's matcher with a step budget)
 *   Replaces find, match, gmatch and gsub in the string library table on
 *   top of the stack by the same functions counting their backtracking
 *   against the running plugin's limits (plugin_limits_charge). */
void lua_pattern_install(lua_State *L);

/* yaml (lua_yaml.c, libyaml)
 *   yaml.load(string [, chunkname]) -> value | nil, "chunkname:line:col: msg"
 *       The first document (later ones are not read).  Mappings are tables
 *       with string keys (a key is always its raw text), sequences 1..n
 *       tables.  Scalars are strings, except plain (unquoted, untagged)
 *       true/True/TRUE/false/False/FALSE (booleans), null/Null/NULL/~/empty
 *       (absent: the key is left out of its mapping, the item is dropped
 *       from its sequence) and plain -?(0|[1-9][0-9]*) that fit a
 *       lua_Integer (integers).  Dates, floats, "007", "+49...", yes/no
 *       stay strings.  An empty stream or a null document gives {}.
 *       Errors, line:col 1-based, chunkname default "yaml": libyaml's, a
 *       key given twice in one mapping, a non-scalar key, nesting deeper
 *       than 1000, and any alias (*name): aliases are refused, so no
 *       "billion laughs"; anchors alone are ignored.
 *   yaml.front_matter(text) -> table, body_offset | nil, 1 | nil, errmsg
 *       Front matter is there when text (after an optional UTF-8 BOM)
 *       starts with a "---" line (trailing blanks allowed); it ends at the
 *       next "---" or "..." line.  What lies between is loaded as above and
 *       must be a mapping (empty gives {}).  body_offset is the 1-based
 *       byte offset just past the closing line's newline.  nil, 1 when
 *       there is no front matter; nil, "front matter: line:col: msg" when
 *       it is unclosed or invalid, lines counted from the start of text.
 */
int luaopen_cb_yaml(lua_State *L);

/* text (lua_text.c, utf8proc)
 *   Arguments are strings (numbers are converted, as in Lua's string
 *   library; anything else is a "bad argument" error).  nfc, nfkd,
 *   casefold, strip_marks, fold and width sanitize invalid UTF-8 first
 *   (see sanitize) instead of failing.
 *   text.nfc(s), text.nfkd(s)     normalisation
 *   text.casefold(s)              full Unicode case folding ("Straße" ->
 *                                 "strasse"), result in NFC
 *   text.strip_marks(s)           NFKD, drop nonspacing marks (Mn), NFC
 *   text.fold(s)                  strip_marks + casefold: the comparison key
 *                                 SCHEMA.md uses for names ("Erdoğan" ->
 *                                 "erdogan", "İstanbul" -> "istanbul";
 *                                 also "й" -> "и", while "ı" stays "ı")
 *   text.valid(s) -> true | false, byte_offset_of_first_error (1-based)
 *   text.sanitize(s) -> s2, n_replaced   each maximal ill-formed subpart
 *                                 (overlong, surrogate, > U+10FFFF,
 *                                 truncated) -> one U+FFFD
 *   text.width(s) -> number of code points (an ill-formed subpart counts 1)
 *   text.category(s [, i]) -> two-letter Unicode category of the code point
 *                          starting at byte i (default 1; negative counts
 *                          from the end), e.g. "Lu"; nil when no
 *                          well-formed sequence starts there; i outside s
 *                          is an argument error
 *   text.find_any(s, list) -> k | nil   the first k (1..#list) whose
 *                                 list[k] occurs in s: string.find(s,
 *                                 list[k], 1, true) for each, in one call
 *   text.count_any(s, list) -> n  how many entries of list occur in s
 *   text.tokenize(s) -> tk   one sentence as tokens (lua_tokenize.c): the
 *                          parallel arrays lua/tokenize.lua documents
 *   text.capitals(tk) -> words, caps   (lua_tokenize.c) the words (kind
 *                          "w") of tk whose key has more than one byte, and
 *                          how many of them have no letter a-z as written
 */
int luaopen_cb_text(lua_State *L);

/* Pushes s[0..n) with A-Z lower-cased: text.fold of ASCII text. */
void cb_text_push_ascii_lower(lua_State *L, const char *s, size_t n);

/* Adds text.tokenize to the text module table on top of the stack. */
void lua_tokenize_install(lua_State *L);

/* markdown (lua_markdown.c, cmark-gfm with the GFM table, strikethrough
 * and autolink extensions)
 *   markdown.parse(text) -> ast
 *       Plain tables: {type = "document", children = {...}} where type is
 *       cmark's type name ("paragraph", "heading", "text", "link",
 *       "table", "table_row", "table_cell", "strikethrough", ...).  Nodes
 *       that can have children always have a children list (maybe empty),
 *       leaves never.  Fields as they apply: literal (text, code,
 *       html_inline, html_block, code_block), info (code_block), level
 *       (heading), list_type ("bullet"|"ordered") and tight (list), start
 *       and delim ("period"|"paren") for ordered lists, url and title
 *       (link, image), alignments (table: "left"|"center"|"right"|"none"
 *       per column), header = true (a table's header row), and
 *       start_line, start_column, end_line, end_column where cmark knows
 *       them (not on softbreaks, for one).  Invalid UTF-8 and NUL become
 *       U+FFFD.  No smart punctuation: quotes and dashes stay as written.
 *   markdown.render(text_or_ast, format) -> string
 *       format (required): "commonmark" | "html" | "text".  An AST is
 *       rebuilt into a cmark tree (the root must be a document; positions
 *       are ignored; fields are read raw); a malformed one raises
 *       "markdown.render: ast.children[2]...: reason" (unknown type, a
 *       child its parent cannot hold, a cycle, a field of the wrong type).
 *       html is cmark's safe mode: raw HTML becomes "<!-- raw HTML
 *       omitted -->" and javascript:/vbscript:/file:/data: links are
 *       emptied.  commonmark and text are not wrapped (width 0); text
 *       keeps tables as pipe tables.
 *   markdown.escape(s) -> s with Markdown punctuation backslash-escaped so
 *       it renders literally inside a paragraph or table cell.  Only what
 *       could start markup is escaped, so the Markdown stays readable:
 *       always \ ` * [ ] < | ~; "_" unless inside a word; "&" before an
 *       entity; "!" before "["; # + - = > at the start; "1." / "1)" at the
 *       start.  Newlines
 *       become spaces, blanks at either end become entities (&#32;),
 *       "www." and "://" are defused so they do not autolink.  Exceptions:
 *       an e-mail address (a@b.org) is still autolinked by GFM (its text
 *       is unchanged), and NUL becomes U+FFFD.
 */
int luaopen_cb_markdown(lua_State *L);

/* html (lua_html.c, gumbo; JSON-LD read with jansson)
 *   html.parse(bytes) -> page
 *       A saved web page, parsed by the HTML5 algorithm (entities decoded,
 *       implied and misnested tags resolved; invalid UTF-8 becomes U+FFFD,
 *       a NUL in text is dropped).  page fields, absent when the page has
 *       none:
 *         title      text of the first <title>
 *         lang       <html lang>
 *         canonical  <link rel=canonical href>
 *         meta       {key = value}: <meta name|property=... content> with
 *                    the key lower-cased ("og:title", "article:published_time",
 *                    "description", "dc.date"), <meta itemprop> and <time
 *                    itemprop datetime> with the key as written
 *                    ("datePublished"), <time pubdate datetime> as "pubdate",
 *                    and from the first article-typed JSON-LD object
 *                    (<script type="application/ld+json">, its @graph):
 *                    datePublished, dateModified, headline, publisher (its
 *                    name).  The first value of a key wins; values are
 *                    whitespace-collapsed, at most 4096 bytes, 256 keys.
 *         main       how the main content was chosen: "article" (the
 *                    <article> or [itemprop=articleBody] with the most
 *                    paragraph text), "main" (<main>, [role=main]),
 *                    "density" (the <div>/<section> whose child paragraphs
 *                    hold the most text) or "body"
 *         blocks     {{kind = "p"|"h1".."h6"|"li"|"blockquote"|"td"|
 *                    "figcaption"|"pre", text = "..."}...}: the visible text
 *                    of the main content in document order, one block per
 *                    block-level element, whitespace collapsed (NBSP is a
 *                    space; soft hyphens and zero-width spaces vanish), <br>
 *                    a newline (at most two in a row).  Never text: script,
 *                    style, noscript, template, svg, math, iframe, object,
 *                    video, audio, canvas, nav, footer, aside, button,
 *                    select, textarea, input, header outside article/main/
 *                    section, [role=navigation|contentinfo|complementary|
 *                    search|menu|menubar|toolbar], [role=banner] outside
 *                    them; forms, [hidden], [aria-hidden=true],
 *                    display:none, dialogs, boxes whose id or class says
 *                    cookie/consent/gdpr/onetrust, and share bars (a class
 *                    or id starting with share or social) unless they hold the
 *                    article (an article/main element or 500 bytes of
 *                    paragraphs).
 *         truncated  true when the blocks stopped at 8 MiB of text or
 *                    50,000 blocks
 *         flattened  true when tags nested deeper than 512 elements were
 *                    dropped (their text is kept)
 *       No recursion on the input's depth; bytes are not required to be
 *       valid UTF-8.  Errors: only "html.parse: out of memory".
 */
int luaopen_cb_html(lua_State *L);

/* pdf (lua_pdf.c over pdf_render.c, libharu)
 *   pdf.render(markdown_text, opts) -> pdf_bytes | nil, errmsg
 *       opts: title, author, subject, paper ("a4"|"letter"), date (Unix
 *       time for the metadata; SOURCE_DATE_EPOCH decides it), font_dir,
 *       figures.
 *   pdf.write(name, markdown_text, opts) -> true | nil, errmsg
 *       stages `name` (as output.write) with pdf.render's bytes.  With
 *       -j 1 typeset at once; else staged to be made later
 *       (atomic_set_write_later), which pipeline.c does beside the render
 *       plugins after this one; a typesetting failure is then reported as
 *       the plugin's, at the line of the call, when they are done.
 */
int luaopen_cb_pdf(lua_State *L);

/* log (lua_log.c): see diag.h for how messages are printed.
 *   log.warn(msg [, where]), log.info(msg [, where]), log.debug(...)
 *       where = {file = path, line = n}; defaults to the document being
 *       processed.  The current plugin's name is prefixed by the host.
 */
int luaopen_cb_log(lua_State *L);

/* output (lua_output.c): staged, atomic files in the output directory.
 *   output.write_json(name, value, opts, ...) -> true | nil, errmsg
 *       json.encode(value, opts) and the strings after it, written to the
 *       staged file as it is encoded; json.encode's errors are raised.
 *   output.write(name, data, ...) -> true | nil, errmsg
 *       name is a plain file name (no "/" or ".."), data a string; more
 *       strings (at most 16 in all) are written after it, so a big text and
 *       its last line need not be joined first.  The file
 *       goes to a temporary in the output directory, is fsync'ed, and is
 *       renamed into place only when the whole run commits.
 */
int luaopen_cb_output(lua_State *L);

/* The run's output set, when the plugin running in L may stage the file
 * named by argument `arg` (render stage, a plain name, not one callbrief
 * keeps, not another plugin's); raises output.write's errors otherwise. */
struct atomic_set *cb_output_claim(lua_State *L, int arg);

/* What output.write returns after staging with result rc (0 or -1 with
 * err): true, or nil and err, the run's output then marked failed (no
 * file of the briefing is changed).  Pushes them; returns their count. */
int cb_output_result(lua_State *L, int rc, const char *err);

#endif
