/*
 * test_markdown.c — unit tests for src/lua_markdown.c (callbrief.markdown).
 */
#include <stdlib.h>

#include "unit.h"

/* dump(v): a canonical one-line text for an AST (sorted keys, children
 * last), so a whole tree is compared with one golden string.  Positions
 * are left out unless `pos` is true. */
static const char HELPERS[] =
    "function dump(v, pos)\n"
    "  if type(v) == 'string' then return string.format('%q', v) end\n"
    "  if type(v) ~= 'table' then return tostring(v) end\n"
    "  local keys = {}\n"
    "  for k in pairs(v) do\n"
    "    if k ~= 'children' and k ~= 'type' and (pos or not k:find('_line$') and\n"
    "       not k:find('_column$')) then keys[#keys + 1] = k end\n"
    "  end\n"
    "  table.sort(keys)\n"
    "  local out = {v.type}\n"
    "  for _, k in ipairs(keys) do\n"
    "    local x = v[k]\n"
    "    if type(x) == 'table' then x = table.concat(x, ',') end\n"
    "    out[#out + 1] = k .. '=' .. (type(x) == 'string' and string.format('%q', x) or tostring(x))\n"
    "  end\n"
    "  if v.children then\n"
    "    local c = {}\n"
    "    for i, ch in ipairs(v.children) do c[i] = dump(ch, pos) end\n"
    "    out[#out + 1] = '[' .. table.concat(c, ' ') .. ']'\n"
    "  end\n"
    "  return '(' .. table.concat(out, ' ') .. ')'\n"
    "end\n"
    "function parse(s, pos) return dump(markdown.parse(s), pos) end\n"
    "function html(s) return (s:gsub('[&<>\"]', {['&'] = '&amp;', ['<'] = '&lt;',\n"
    "  ['>'] = '&gt;', ['\"'] = '&quot;'})) end\n";

static int setup(void **state)
{
    *state = unit_state_with("markdown", luaopen_cb_markdown, HELPERS);
    return 0;
}

static void parse_blocks_and_inlines(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return parse('')", "(document [])");
    assert_lua_eq(L, "return parse('# Call *with* Erdoğan\\n\\nText  \\nnext\\nline `x`\\n')",
                  "(document [(heading level=1 [(text literal=\"Call \") "
                  "(emph [(text literal=\"with\")]) (text literal=\" Erdoğan\")]) "
                  "(paragraph [(text literal=\"Text\") (linebreak) (text literal=\"next\") "
                  "(softbreak) (text literal=\"line \") (code literal=\"x\")])])");
    assert_lua_eq(L, "return parse('[a](/u \"T\") ![i](p.png) <b>x</b>\\n\\n<div>\\nhi\\n</div>\\n')",
                  "(document [(paragraph [(link title=\"T\" url=\"/u\" [(text literal=\"a\")]) "
                  "(text literal=\" \") (image title=\"\" url=\"p.png\" [(text literal=\"i\")]) "
                  "(text literal=\" \") (html_inline literal=\"<b>\") (text literal=\"x\") "
                  "(html_inline literal=\"</b>\")]) (html_block literal=\"<div>\\\nhi\\\n</div>\\\n\")])");
    assert_lua_eq(L, "return parse('```lua x\\nprint(1)\\n```\\n\\n    indented\\n\\n---\\n\\n> q\\n')",
                  "(document [(code_block info=\"lua x\" literal=\"print(1)\\\n\") "
                  "(code_block info=\"\" literal=\"indented\\\n\") (thematic_break) "
                  "(block_quote [(paragraph [(text literal=\"q\")])])])");
}

static void parse_lists(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return parse('3) a\\n4) b\\n')",
                  "(document [(list delim=\"paren\" list_type=\"ordered\" start=3 tight=true "
                  "[(item [(paragraph [(text literal=\"a\")])]) "
                  "(item [(paragraph [(text literal=\"b\")])])])])");
    assert_lua_eq(L, "return parse('- a\\n\\n- b\\n')",
                  "(document [(list list_type=\"bullet\" tight=false "
                  "[(item [(paragraph [(text literal=\"a\")])]) "
                  "(item [(paragraph [(text literal=\"b\")])])])])");
    assert_lua_eq(L, "return parse('1. x\\n')",
                  "(document [(list delim=\"period\" list_type=\"ordered\" start=1 tight=true "
                  "[(item [(paragraph [(text literal=\"x\")])])])])");
}

static void parse_gfm(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return parse('| a | b | c |\\n|:--|:-:|--:|\\n| 1 | ~~2~~ |\\n')",
                  "(document [(table alignments=\"left,center,right\" ["
                  "(table_row header=true [(table_cell [(text literal=\"a\")]) "
                  "(table_cell [(text literal=\"b\")]) (table_cell [(text literal=\"c\")])]) "
                  "(table_row [(table_cell [(text literal=\"1\")]) "
                  "(table_cell [(strikethrough [(text literal=\"2\")])]) (table_cell [])])])])");
    assert_lua_eq(L, "return parse('| a |\\n|---|\\n')",
                  "(document [(table alignments=\"none\" [(table_row header=true "
                  "[(table_cell [(text literal=\"a\")])])])])");
    assert_lua_eq(L, "return parse('see www.kremlin.ru and https://x.org/a.')",
                  "(document [(paragraph [(text literal=\"see \") "
                  "(link title=\"\" url=\"http://www.kremlin.ru\" [(text literal=\"www.kremlin.ru\")]) "
                  "(text literal=\" and \") "
                  "(link title=\"\" url=\"https://x.org/a\" [(text literal=\"https://x.org/a\")]) "
                  "(text literal=\".\")])])");
    /* smart punctuation is off */
    assert_lua_eq(L, "return parse('\"Yes\" -- it\\'s...')",
                  "(document [(paragraph [(text literal=\"\\\"Yes\\\" -- it's...\")])])");
}

static void parse_positions(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return parse('# T\\n\\npara one\\ntwo\\n', true)",
                  "(document end_column=3 end_line=4 start_column=1 start_line=1 ["
                  "(heading end_column=3 end_line=1 level=1 start_column=1 start_line=1 "
                  "[(text end_column=3 end_line=1 literal=\"T\" start_column=3 start_line=1)]) "
                  "(paragraph end_column=3 end_line=4 start_column=1 start_line=3 "
                  "[(text end_column=8 end_line=3 literal=\"para one\" start_column=1 start_line=3) "
                  "(softbreak) "
                  "(text end_column=3 end_line=4 literal=\"two\" start_column=1 start_line=4)])])");
}

static void parse_bad_bytes(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L, "return markdown.parse('a\\xffb\\0c').children[1].children[1].literal",
                  "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
    assert_lua_raises(L, "return markdown.parse(nil)",
                      "bad argument #1 to 'parse' (string expected, got nil)");
}

static const char DOC[] =
    "doc = '# Call with *Erdoğan*\\n\\n'\n"
    " .. 'On 2018-12-24 the leaders spoke about \"Syria\" -- see <https://x.org> and a long line '\n"
    " .. 'that goes well past eighty columns without being wrapped by the renderer at all.\\n\\n'\n"
    " .. '| who | when |\\n|:---|---:|\\n| Trump | 24 Dec |\\n| ~~Putin~~ | |\\n\\n'\n"
    " .. '1. one\\n2. two\\n\\n> quote\\n\\n```\\ncode\\n```\\n\\n<script>alert(1)</script>\\n\\n'\n"
    " .. '[x](javascript:alert(1)) <i>raw</i>\\n'\n";

static void render_html(void **state)
{
    lua_State *L = *state;
    if (luaL_dostring(L, DOC) != LUA_OK)
        fail_msg("%s", lua_tostring(L, -1));
    assert_lua_eq(L, "return markdown.render(doc, 'html')",
                  "<h1>Call with <em>Erdoğan</em></h1>\n"
                  "<p>On 2018-12-24 the leaders spoke about &quot;Syria&quot; -- see "
                  "<a href=\"https://x.org\">https://x.org</a> and a long line that goes well past "
                  "eighty columns without being wrapped by the renderer at all.</p>\n"
                  "<table>\n<thead>\n<tr>\n<th align=\"left\">who</th>\n"
                  "<th align=\"right\">when</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
                  "<td align=\"left\">Trump</td>\n<td align=\"right\">24 Dec</td>\n</tr>\n<tr>\n"
                  "<td align=\"left\"><del>Putin</del></td>\n<td align=\"right\"></td>\n</tr>\n"
                  "</tbody>\n</table>\n"
                  "<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n"
                  "<blockquote>\n<p>quote</p>\n</blockquote>\n"
                  "<pre><code>code\n</code></pre>\n"
                  "<!-- raw HTML omitted -->\n"
                  "<p><a href=\"\">x</a> <!-- raw HTML omitted -->raw<!-- raw HTML omitted --></p>\n");
    assert_lua_eq(L, "return markdown.render('', 'html')", "");
}

static void render_commonmark_and_text(void **state)
{
    lua_State *L = *state;
    if (luaL_dostring(L, DOC) != LUA_OK)
        fail_msg("%s", lua_tostring(L, -1));
    assert_lua_eq(L, "return markdown.render(doc, 'commonmark')",
                  "# Call with *Erdoğan*\n\n"
                  "On 2018-12-24 the leaders spoke about \"Syria\" -- see <https://x.org> and a long "
                  "line that goes well past eighty columns without being wrapped by the renderer at "
                  "all.\n\n"
                  "| who | when |\n| :-- | --: |\n| Trump | 24 Dec |\n| ~~Putin~~ |  |\n\n"
                  "1.  one\n2.  two\n\n> quote\n\n    code\n\n"
                  "<script>alert(1)</script>\n\n"
                  "[x](javascript:alert\\(1\\)) <i>raw</i>\n");
    assert_lua_eq(L, "return markdown.render('# T\\n\\n*a* **b** [c](/d)\\n\\n- e\\n', 'text')",
                  "T\n\na b c\n\n  - e\n");
}

static void render_round_trips_through_ast(void **state)
{
    lua_State *L = *state;
    if (luaL_dostring(L, DOC) != LUA_OK)
        fail_msg("%s", lua_tostring(L, -1));
    assert_lua_eq(L,
        "local docs = {doc, '', 'x', '1) a\\n   b\\n\\n   c\\n7) d', '- [ ] task\\n- [x] done',\n"
        "  '| a |\\n|---|', '***\\n\\n    code\\n', 'a  \\nb\\\\\\nc', '<div>\\n*x*\\n</div>',\n"
        "  '![alt *e*](/p.png \"t\")', '> - a\\n>   > b', 'www.example.com/x?y=1'}\n"
        "for i, d in ipairs(docs) do\n"
        "  local ast = markdown.parse(d)\n"
        "  for _, f in ipairs{'html', 'commonmark', 'text'} do\n"
        "    if markdown.render(ast, f) ~= markdown.render(d, f) then return i .. ' ' .. f end\n"
        "  end\n"
        "end return 'ok'", "ok");
}

static void render_hand_built_ast(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L,
        "return markdown.render({type = 'document', children = {\n"
        "  {type = 'heading', level = 2, children = {{type = 'text', literal = 'Calls'}}},\n"
        "  {type = 'paragraph', children = {{type = 'text', literal = 'a < b'},\n"
        "    {type = 'softbreak'}, {type = 'strong', children = {{type = 'text', literal = 'c'}}}}},\n"
        "  {type = 'list', list_type = 'ordered', start = 5, delim = 'paren', tight = true,\n"
        "   children = {{type = 'item', children = {{type = 'paragraph',\n"
        "     children = {{type = 'text', literal = 'x'}}}}}}},\n"
        "  {type = 'code_block', info = 'json', literal = '{}\\n'},\n"
        "}}, 'commonmark')",
        "## Calls\n\na \\< b\n**c**\n\n5)  x\n\n<!-- end list -->\n\n``` json\n{}\n```\n");
    /* ragged rows: the table gets as many columns as its widest row */
    assert_lua_eq(L,
        "local function cell(s) return {type = 'table_cell', children = {{type = 'text', literal = s}}} end\n"
        "return markdown.render({type = 'document', children = {{type = 'table',\n"
        "  alignments = {'right'}, children = {\n"
        "    {type = 'table_row', header = true, children = {cell('h')}},\n"
        "    {type = 'table_row', children = {cell('1'), cell('2'), cell('3')}}}}}}, 'html')",
        "<table>\n<thead>\n<tr>\n<th align=\"right\">h</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
        "<td align=\"right\">1</td>\n<td>2</td>\n<td>3</td>\n</tr>\n</tbody>\n</table>\n");
    assert_lua_eq(L, "return markdown.render({type = 'document'}, 'html')", "");
}

static void render_ast_errors(void **state)
{
    lua_State *L = *state;
    assert_lua_raises(L,
        "return markdown.render({type = 'document', children = {{type = 'paragraph',\n"
        "  children = {{type = 'text', literal = 'a'}, {type = 'blink'}}}}}, 'html')",
        "markdown.render: ast.children[1].children[2]: unknown node type 'blink'");
    assert_lua_raises(L, "return markdown.render({type = 'paragraph'}, 'html')",
                      "markdown.render: ast: the root must be a 'document'");
    assert_lua_raises(L, "return markdown.render({children = {}}, 'html')",
                      "markdown.render: ast: unknown node type 'nil'");
    assert_lua_raises(L,
        "return markdown.render({type = 'document', children = {{type = 'text', literal = 'x'}}}, 'html')",
        "markdown.render: ast.children[1]: 'document' cannot contain 'text'");
    assert_lua_raises(L,
        "return markdown.render({type = 'document', children = {{type = 'paragraph',\n"
        "  children = {{type = 'paragraph'}}}}}, 'html')",
        "markdown.render: ast.children[1].children[1]: 'paragraph' cannot contain 'paragraph'");
    /* rows only in tables, cells only in rows (the renderers rely on it) */
    assert_lua_raises(L,
        "return markdown.render({type = 'document', children = {{type = 'table_row',\n"
        "  children = {{type = 'table_cell'}}}}}, 'html')",
        "markdown.render: ast.children[1]: 'document' cannot contain 'table_row'");
    assert_lua_raises(L,
        "return markdown.render({type = 'document', children = {{type = 'block_quote',\n"
        "  children = {{type = 'table_cell'}}}}}, 'html')",
        "markdown.render: ast.children[1].children[1]: 'block_quote' cannot contain 'table_cell'");
    assert_lua_raises(L,
        "return markdown.render({type = 'document', children = {{type = 'table',\n"
        "  children = {{type = 'table_cell'}}}}}, 'html')",
        "'table' cannot contain 'table_cell'");
    assert_lua_raises(L,
        "return markdown.render({type = 'document', children = {{type = 'code_block', literal = {}}}}, 'html')",
        "markdown.render: ast.children[1]: 'literal' must be a string");
    assert_lua_raises(L,
        "return markdown.render({type = 'document', children = {{type = 'heading', level = 7}}}, 'html')",
        "markdown.render: ast.children[1]: invalid heading level");
    assert_lua_raises(L,
        "return markdown.render({type = 'document', children = {{type = 'list', list_type = 'x'}}}, 'html')",
        "markdown.render: ast.children[1]: invalid list_type");
    assert_lua_raises(L,
        "local q = {type = 'block_quote', children = {}} q.children[1] = q\n"
        "return markdown.render({type = 'document', children = {q}}, 'html')",
        "markdown.render: ast.children[1].children[1]: cycle: node contains itself");
    /* a shared subtree is not a cycle */
    assert_lua_eq(L,
        "local p = {type = 'paragraph', children = {{type = 'text', literal = 'x'}}}\n"
        "return markdown.render({type = 'document', children = {p, p}}, 'html')",
        "<p>x</p>\n<p>x</p>\n");
    assert_lua_raises(L, "return markdown.render({type = 'document', children = 'x'}, 'html')",
                      "markdown.render: ast: 'children' must be a table");
    assert_lua_raises(L, "return markdown.render({type = 'document', children = {42}}, 'html')",
                      "markdown.render: ast.children[1]: node must be a table, got number");
    assert_lua_raises(L, "return markdown.render(nil, 'html')",
                      "bad argument #1 to 'render' (string or table expected, got nil)");
    assert_lua_raises(L, "return markdown.render('x', 'pdf')",
                      "bad argument #2 to 'render' (invalid option 'pdf')");
    assert_lua_raises(L, "return markdown.render('x')", "bad argument #2 to 'render'");
}

static void deep_nesting(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L,
        "local src = string.rep('> ', 100000) .. 'deep'\n"
        "local ast = markdown.parse(src)\n"
        "local d, n = 0, ast\n"
        "while n.children and n.children[1] do d = d + 1 n = n.children[1] end\n"
        "local h = markdown.render(src, 'html')\n"
        "return table.concat({d, n.literal, #h, tostring(markdown.render(ast, 'html') == h)}, ' ')",
        "100002 deep 2700012 true");
}

static void escape_golden(void **state)
{
    lua_State *L = *state;
    static const struct { const char *in, *out; } cases[] = {
        { "1. a", "1\\. a" }, { "2) b", "2\\) b" }, { "# x", "\\# x" }, { "a|b", "a\\|b" },
        { "*x*", "\\*x\\*" }, { "[l](u)", "\\[l\\](u)" }, { "<b>", "\\<b>" },
        { "2020-10-14 docs/a_b.txt", "2020-10-14 docs/a_b.txt" }, { "_a_ x_", "\\_a\\_ x\\_" },
        { "AT&T &amp", "AT&T &amp" }, { "a - b + c > d", "a - b + c > d" },
        { "&amp;", "\\&amp;" }, { "a.b 1.5", "a.b 1.5" }, { "x 1. y", "x 1. y" },
        { "  a  ", "&#32;&#32;a&#32;&#32;" }, { "a\r\nb\nc", "a b c" },
        { "www.x.org", "&#119;ww.x.org" }, { "http://x.org", "http\\://x.org" },
        { "Erdoğan: 10:30", "Erdoğan: 10:30" }, { "", "" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        lua_pushstring(L, cases[i].in);
        lua_setglobal(L, "s");
        assert_lua_eq(L, "return markdown.escape(s)", cases[i].out);
    }
    assert_lua_raises(L, "return markdown.escape({})",
                      "bad argument #1 to 'escape' (string expected, got table)");
}

/* escape(s) renders to exactly s (newlines as spaces), in a paragraph and
 * in a table cell.  Not covered: e-mail addresses (the GFM autolink
 * extension links them whatever the escaping) and NUL (cmark: U+FFFD). */
static void escape_renders_literally(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L,
        "local nasty = {'1. a', '# x', 'a|b', '*x*', '[l](u)', '<b>', '&amp;', '  lead',\n"
        "  'trail  ', '\\ttab', '    code', 'a\\nb', '\\\\', '`code`', '~~del~~', '~x~',\n"
        "  'www.example.com', 'see www.x.org', 'http://example.com', 'HTTPS://x.y/z',\n"
        "  '<http://a.b>', '_a_', '__init__', '***', '---', '- item', '+ item', '> quote',\n"
        "  '[x]: /url', '![img](x.png)', '&#42;', 'a  \\nb', '1) a', '123456789. x', '{b}',\n"
        "  '| a | b |', '\\\\*', '<!-- c -->', '\"q\" \\'s\\'', '1.5 million', 'a\\\\', '=',\n"
        "  '===', '#tag', '*', '_', '[', ']', '!', '<', '&', ' ', '\\r\\n', 'x\\ry', 'a\\r\\n\\r\\nb',\n"
        "  '~~~', '```', '1.', '2)', '* * *', '[^1]', '$x$', 'a@b', '\\\\\\\\|', '| x\\\\|y |',\n"
        "  '&copy;', '&#x41;', '\\f\\v', 'line\\\\\\nbreak', '  \\n  ', 'a\\tb', 'ftp://x.y',\n"
        "  'Çavuşoğlu: \"OK\"', '<script>alert(1)</script>', '[a]\\n\\n[a]: /b', ''}\n"
        "for i, s in ipairs(nasty) do\n"
        "  local flat = s:gsub('\\r\\n', ' '):gsub('[\\r\\n]', ' ')\n"
        "  local e = markdown.escape(s)\n"
        "  local want = flat == '' and '' or '<p>' .. html(flat) .. '</p>\\n'\n"
        "  if markdown.render(e, 'html') ~= want then return 'paragraph ' .. i end\n"
        "  local t = markdown.render('| h |\\n|---|\\n| ' .. e .. ' |\\n', 'html')\n"
        "  if not t:find('<td>' .. html(flat) .. '</td>', 1, true) then return 'cell ' .. i end\n"
        "end return 'ok'", "ok");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(parse_blocks_and_inlines, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(parse_lists, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(parse_gfm, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(parse_positions, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(parse_bad_bytes, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(render_html, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(render_commonmark_and_text, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(render_round_trips_through_ast, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(render_hand_built_ast, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(render_ast_errors, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(deep_nesting, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(escape_golden, setup, unit_teardown),
        cmocka_unit_test_setup_teardown(escape_renders_literally, setup, unit_teardown),
    };
    cmocka_set_message_output(CM_OUTPUT_TAP);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
