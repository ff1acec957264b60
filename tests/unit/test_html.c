/*
 * test_html.c — unit tests for src/lua_html.c (callbrief.html).
 */
#include <pthread.h>
#include <stdlib.h>

#include "unit.h"

/* blocks(s): the blocks of a page as "kind:text|kind:text"; field(s, k):
 * one field of the result; meta(s): the meta table as sorted "k=v;" pairs. */
static const char HELPERS[] =
    "function blocks(s)\n"
    "  local out = {}\n"
    "  for i, b in ipairs(html.parse(s).blocks) do out[i] = b.kind .. ':' .. b.text end\n"
    "  return table.concat(out, '|')\n"
    "end\n"
    "function field(s, k) return tostring(html.parse(s)[k]) end\n"
    "function meta(s)\n"
    "  local m, keys = html.parse(s).meta, {}\n"
    "  for k in pairs(m) do keys[#keys + 1] = k end\n"
    "  table.sort(keys)\n"
    "  for i, k in ipairs(keys) do keys[i] = k .. '=' .. m[k] end\n"
    "  return table.concat(keys, ';')\n"
    "end\n"
    "function main_of(s) local p = html.parse(s); return p.main .. '>' .. blocks(s) end\n";

static int setup(void **state)
{
    *state = unit_state_with("html", luaopen_cb_html, HELPERS);
    return 0;
}

static void title_meta_and_links(void **state)
{
    lua_State *L = *state;
    static const char page[] =
        "local p = [[<!DOCTYPE html><html lang=' en-GB '><head>"
        "<title>  Putin &amp; Erdo\xc4\x9f" "an\n talk | Example Post </title>"
        "<meta property='OG:Title' content='Putin &amp; Erdogan talk'>"
        "<meta property='og:title' content='second value loses'>"
        "<meta name='Description' content='  two\n\tleaders  '>"
        "<meta property='article:published_time' content='2020-02-21T16:40:00+03:00'>"
        "<meta name='dc.date' content='2020-02-21'>"
        "<meta name='empty' content=''><meta http-equiv='refresh' content='30'>"
        "<link rel='stylesheet' href='/a.css'><link rel='Canonical' href=' https://example.com/a '>"
        "</head><body><p>Text.</p>"
        "<meta itemprop='datePublished' content='2020-02-20'>"
        "<time itemprop='dateModified' datetime='2020-02-22'>Saturday</time>"
        "</body></html>]]\n";
    char chunk[2048];
    snprintf(chunk, sizeof chunk, "%sreturn field(p, 'title')", page);
    assert_lua_eq(L, chunk, "Putin & Erdo\xc4\x9f" "an talk | Example Post");
    snprintf(chunk, sizeof chunk, "%sreturn field(p, 'lang') .. ' ' .. field(p, 'canonical')", page);
    assert_lua_eq(L, chunk, "en-GB https://example.com/a");
    snprintf(chunk, sizeof chunk, "%sreturn meta(p)", page);
    assert_lua_eq(L, chunk,
                  "article:published_time=2020-02-21T16:40:00+03:00;dateModified=2020-02-22;"
                  "datePublished=2020-02-20;dc.date=2020-02-21;description=two leaders;"
                  "og:title=Putin & Erdogan talk");
    assert_lua_eq(L, "return field('<p>x</p>', 'title') .. field('<p>x</p>', 'canonical')",
                  "nilnil");
}

static void json_ld(void **state)
{
    lua_State *L = *state;
    /* @graph: the article-typed object wins over the WebSite before it. */
    assert_lua_eq(L,
        "return meta([[<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
        "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Site\",\"datePublished\":\"1999-01-01\"},"
        "{\"@type\":[\"NewsArticle\"],\"headline\":\"A <b> &amp; B\",\"datePublished\":"
        "\"2021-09-10T08:30:00+08:00\",\"publisher\":{\"@type\":\"Organization\","
        "\"name\":\"Continental Wire\"},\"author\":{\"name\":\"X\"}}]}</script>]])",
        "datePublished=2021-09-10T08:30:00+08:00;headline=A <b> &amp; B;publisher=Continental Wire");
    /* A top-level array; no article type: the first with a datePublished. */
    assert_lua_eq(L,
        "return meta([[<script type=' Application/LD+JSON '>[{\"@type\":\"Thing\"},"
        "{\"@type\":\"Event\",\"datePublished\":\"2020-01-02\",\"publisher\":\"Wire\"}]"
        "</script>]])",
        "datePublished=2020-01-02;publisher=Wire");
    /* Meta tags before it win; broken JSON and other scripts are ignored. */
    assert_lua_eq(L,
        "return meta([[<meta itemprop=datePublished content=2020-05-05>"
        "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":"
        "\"2020-05-06\"}</script><script type=application/ld+json>{oops</script>"
        "<script>{\"@type\":\"NewsArticle\",\"headline\":\"no\"}</script>]])",
        "datePublished=2020-05-05");
}

static void block_kinds_and_whitespace(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L,
        "return blocks([[<body><h1>Head  line</h1><h3>Sub</h3><p>One <b>bold</b><i>ly</i>"
        "\n  spaced&nbsp;&nbsp;text.</p><ul><li>first</li><li><p>second</p></li></ul>"
        "<blockquote><p>Quoted.</p>&mdash; Name (@name)</blockquote>"
        "<table><tr><th>Date</th><td>Call</td></tr></table>"
        "<figure><img src=x alt=y><figcaption>Caption</figcaption></figure>"
        "<pre>line 1\n  line 2</pre><div>loose <span>text</span></div></body>]])",
        "h1:Head line|h3:Sub|p:One boldly spaced text.|li:first|li:second|"
        "blockquote:Quoted.|blockquote:\xe2\x80\x94 Name (@name)|td:Date|td:Call|"
        "figcaption:Caption|pre:line 1\nline 2|p:loose text");
    /* <br> is a newline (two at most), soft hyphens and zero-width spaces
     * vanish, entities are decoded. */
    assert_lua_eq(L,
        "return blocks([[<p>a<br>b<br><br><br><br>c <br> d</p><p>Er\xc2\xad" "do\xe2\x80\x8b"
        "gan &lt;&gt;&quot;&#x41;&#66;&eacute;&bogus;</p><p> \n </p>]])",
        "p:a\nb\n\nc\nd|p:Erdogan <>\"AB\xc3\xa9&bogus;");
}

static void dropped_elements(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L,
        "return blocks([[<head><style>p{}</style><script>var s = '<p>no</p>';</script></head>"
        "<body><header><h1>Site</h1><nav><a>Home</a></nav></header>"
        "<!-- <p>comment</p> --><noscript><p>Enable JS</p></noscript>"
        "<template><p>tpl</p></template><svg><text>svg</text><title>t</title></svg>"
        "<iframe><p>frame</p></iframe><p>Kept one.</p>"
        "<aside><p>Aside</p></aside><form><p>Newsletter</p><button>Go</button></form>"
        "<div role=navigation>Menu</div><div class='cookie-notice'><p>We use cookies.</p></div>"
        "<div hidden>Hidden</div><div aria-hidden=true>Aria</div>"
        "<div style='display: none'>None</div><div class='share-bar'>Facebook Twitter</div>"
        "<select><option>Opt</option></select><p>Kept two.</p>"
        "<script>document.write('</div><p>x')</script>"
        "<footer><p>Footer</p></footer></body>]])",
        "p:Kept one.|p:Kept two.");
    /* An article's own header is kept; a form that wraps the whole page
     * (ASP.NET does that) is not dropped. */
    assert_lua_eq(L,
        "return blocks([[<header>Site</header><article><header><h1>Title</h1>"
        "<p>By X</p></header><p>Body.</p><footer>Tags</footer></article>]])",
        "h1:Title|p:By X|p:Body.");
    assert_lua_eq(L,
        "local long = string.rep('Leaders spoke by phone on Monday. ', 20)\n"
        "return main_of('<body><form id=aspnetForm><div class=main><p>' .. long .. '</p>"
        "<p>Second.</p></div></form></body>'):sub(1, 30)",
        "density>p:Leaders spoke by pho");
}

static void main_content_choice(void **state)
{
    lua_State *L = *state;
    /* The largest article wins over teaser articles and the rest of the page. */
    assert_lua_eq(L,
        "local p = string.rep('Putin and Erdogan spoke by phone. ', 8)\n"
        "return main_of('<body><div><p>Sidebar text that is long enough to count for "
        "something here.</p></div><article><p>Teaser.</p></article>"
        "<article><h1>Story</h1><p>' .. p .. '</p><p>More.</p></article>"
        "<article><p>Other teaser.</p></article></body>'):gsub(' Putin.*', '')",
        "article>h1:Story|p:Putin and Erdogan spoke by phone.");
    /* A teaser article is not the main content when a div holds the story. */
    assert_lua_eq(L,
        "local p = string.rep('Macron and Putin spoke for 90 minutes. ', 8)\n"
        "return (main_of('<body><div class=menu><p>Home</p></div><div class=story><p>' .. p "
        ".. '</p><p>' .. p .. '</p></div><article><p>Teaser about markets.</p></article>"
        "</body>'):gsub('(density>p:Macron).*', '%1'))",
        "density>p:Macron");
    /* <main> and [role=main]; [itemprop=articleBody] counts as an article. */
    assert_lua_eq(L, "return main_of('<div>Menu</div><main><p>In main.</p></main><p>Out.</p>')",
                  "main>p:In main.");
    assert_lua_eq(L, "return main_of('<p>Out.</p><div role=\"main\"><p>In role main.</p></div>')",
                  "main>p:In role main.");
    assert_lua_eq(L,
        "return main_of('<main><div itemprop=articleBody><p>Body.</p></div>"
        "<div><p>Comments.</p></div></main>')",
        "article>p:Body.");
    /* Nothing stands out: the body. */
    assert_lua_eq(L, "return main_of('<div>Just a line.</div><div>Another.</div>')",
                  "body>p:Just a line.|p:Another.");
}

/* Runs chunk in a thread with a 256 KiB stack: deep documents must not
 * need C stack in proportion to their depth. */
typedef struct {
    lua_State *L;
    const char *chunk;
    char *got, *err;
} job;

static void *S_run(void *arg)
{
    job *j = arg;
    j->got = unit_eval(j->L, j->chunk, &j->err);
    return NULL;
}

static char *S_eval_small_stack(lua_State *L, const char *chunk)
{
    pthread_attr_t attr;
    pthread_t t;
    job j = { L, chunk, NULL, NULL };
    assert_int_equal(pthread_attr_init(&attr), 0);
    assert_int_equal(pthread_attr_setstacksize(&attr, 256 * 1024), 0);
    assert_int_equal(pthread_create(&t, &attr, S_run, &j), 0);
    assert_int_equal(pthread_join(t, NULL), 0);
    pthread_attr_destroy(&attr);
    if (j.err)
        fail_msg("%s: raised %s", chunk, j.err);
    return j.got;
}

static void deep_nesting(void **state)
{
    lua_State *L = *state;
    static const char *const cases[][2] = {
        /* closed */
        { "string.rep('<div>', 100000) .. '<p>Deep text.</p>' .. string.rep('</div>', 100000)"
          " .. '<p>After.</p>'", "p:Deep text.|p:After.|true" },
        /* never closed, mixed tags */
        { "string.rep('<div><span><section><blockquote><x-a>', 20000) .. 'Deep text.'",
          "blockquote:Deep text.|true" },
        /* nested tables and lists */
        { "string.rep('<table><tr><td>', 100000) .. 'Cell.'", "td:Cell.|true" },
        { "string.rep('<ul><li>', 100000) .. 'Item.'", "li:Item.|true" },
        /* formatting elements only: removed, nothing nests */
        { "string.rep('<b><i><a href=#>', 100000) .. 'Bold.'", "p:Bold.|nil" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char chunk[512];
        snprintf(chunk, sizeof chunk,
                 "local p = html.parse(%s)\n"
                 "local out = {}\n"
                 "for k, b in ipairs(p.blocks) do out[k] = b.kind .. ':' .. b.text end\n"
                 "return table.concat(out, '|') .. '|' .. tostring(p.flattened)", cases[i][0]);
        char *got = S_eval_small_stack(L, chunk);
        assert_non_null(got);
        assert_string_equal(got, cases[i][1]);
        free(got);
    }
}

static void invalid_utf8_and_nul(void **state)
{
    lua_State *L = *state;
    /* Invalid bytes become U+FFFD (in text, meta and title); a NUL in text
     * is dropped, as the HTML parser does. */
    assert_lua_eq(L,
        "local p = html.parse('<title>T\\xff</title><meta name=d content=\"a\\xc3\">"
        "<p>caf\\xc3 \\xed\\xa0\\x80x\\0y</p>')\n"
        "assert(utf8.len(p.blocks[1].text) and utf8.len(p.meta.d) and utf8.len(p.title))\n"
        "return p.blocks[1].text .. '|' .. p.meta.d .. '|' .. p.title",
        "caf\xef\xbf\xbd \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdxy|a\xef\xbf\xbd|"
        "T\xef\xbf\xbd");
    /* Stray "<" and broken markup are text or dropped, as browsers do. */
    assert_lua_eq(L, "return blocks('<p>a < b <<!-- x -->div> c</p><p>d <</p><p>e</p><div')",
                  "p:a < b < div> c|p:d <|p:e");
}

static void empty_and_limits(void **state)
{
    lua_State *L = *state;
    assert_lua_eq(L,
        "local p = html.parse('')\n"
        "return tostring(#p.blocks) .. p.main .. tostring(p.title) .. tostring(next(p.meta))"
        " .. tostring(p.truncated) .. tostring(p.flattened)",
        "0bodynilnilnilnil");
    assert_lua_eq(L, "return main_of(' \\n\\t ') .. main_of('<!-- only -->')", "body>body>");
    /* Bounded output: at most 50,000 blocks. */
    assert_lua_eq(L,
        "local p = html.parse(string.rep('<p>x</p>', 60000))\n"
        "return #p.blocks .. ' ' .. tostring(p.truncated)",
        "50000 true");
    assert_lua_raises(L, "return html.parse()", "bad argument #1 to 'parse'");
    assert_lua_raises(L, "return html.parse({})", "string expected");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(title_meta_and_links),
        cmocka_unit_test(json_ld),
        cmocka_unit_test(block_kinds_and_whitespace),
        cmocka_unit_test(dropped_elements),
        cmocka_unit_test(main_content_choice),
        cmocka_unit_test(deep_nesting),
        cmocka_unit_test(invalid_utf8_and_nul),
        cmocka_unit_test(empty_and_limits),
    };
    return cmocka_run_group_tests(tests, setup, unit_teardown);
}
