/*
 * lua_html.c — callbrief.html: saved web pages for Lua plugins, over gumbo
 * (libgumbo 0.10, the WHATWG HTML5 parsing algorithm).
 *
 * html.parse(bytes) reads a page as a browser would and returns plain
 * tables: the <title>, the <meta> values (plus a NewsArticle's JSON-LD),
 * the language, the canonical URL, and the visible text of the page's main
 * content as blocks in document order (the contract is in modules.h).
 *
 * Three steps, none of them recursive in the depth of the input:
 *
 *   1. S_prepare copies the input for gumbo.  The copy has comments and
 *      bogus comments left out, the text of script, style, title, textarea
 *      and the other raw-text elements made tag-free ("<" written as
 *      "&lt;", or "\u003c" in scripts so JSON-LD stays valid), the
 *      formatting tags (<a> <b> <big> <code> <em> <font> <i> <nobr> <s>
 *      <small> <strike> <strong> <tt> <u>) removed (they carry no text of
 *      their own and are what drives gumbo's adoption agency and
 *      formatting reconstruction), and start tags that would nest deeper
 *      than HTML_MAX_DEPTH open elements removed with their end tags
 *      (their text stays).  gumbo's scope checks walk its stack of open
 *      elements, so a document nested 100,000 deep costs minutes to parse;
 *      the depth model here is a simplified tree builder (implied closes of
 *      li/dd/dt/option/headings/cells, scopes, an open <p>, SVG and MathML
 *      content) that keeps such documents within bounds.  It is a
 *      heuristic: a page crafted against gumbo's tree builder may still
 *      nest deeper than the model thinks, which costs parse time, never
 *      the C stack.  The copy is tokenized by gumbo exactly as the
 *      pre-pass tokenized it (same tag and attribute states), so the model
 *      sees the tags gumbo sees.
 *   2. gumbo parses the copy.
 *   3. Two walks over the tree with an explicit stack of frames: the
 *      survey (metadata; text, paragraph text and a density score per
 *      element; the main-content candidates; which "suspect" elements --
 *      forms, hidden or cookie-banner-like boxes -- to drop), then the
 *      extraction of blocks from the chosen root.  The tree is freed leaf
 *      by leaf (S_free_tree), not by gumbo's recursive destructor.
 *
 * Main content: the <article> (or [itemprop~=articleBody]) with the most
 * paragraph text, if it has at least half the paragraph text of the best
 * density candidate and a fifth of the body's text; else <main> or
 * [role=main] by the same test; else the <div>/<section> with the highest
 * density score (the text of its child paragraphs plus half that of its
 * grandchildren), if that is at least HTML_MIN_DENSITY bytes; else <body>.
 *
 * Ownership: everything a call allocates -- the prepared copy of the
 * input, gumbo's output, the frame stack, the text of the block being
 * built, the list of decisions on suspect elements and a JSON-LD document
 * while it is read -- hangs off one "box" userdata whose __gc frees what is
 * left, so a Lua error raised half-way (out of memory) leaks nothing.  On
 * the normal path the box is emptied before returning.  The pre-pass
 * raises nothing (its model stack is a fixed array on the C stack) and
 * reports running out of memory to its caller.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <gumbo.h>
#include <jansson.h>
#include <lauxlib.h>
#include <lua.h>

#include "modules.h"

/* Exported by libgumbo but not declared in gumbo.h: frees one node, its
 * attributes, its text and (recursively) its children. */
void gumbo_destroy_node(GumboOptions *options, GumboNode *node);

#define BOX_MT             "callbrief.html.box"
#define HTML_MAX_DEPTH     512             /* open elements the pre-pass lets through */
#define HTML_SCAN_LIMIT    128             /* entries an end tag looks down through */
#define HTML_MAX_TEXT      (8u << 20)      /* bytes of block text */
#define HTML_MAX_BLOCKS    50000
#define HTML_MAX_META      256             /* meta keys */
#define HTML_MAX_KEY       128             /* bytes of a meta key */
#define HTML_MAX_VALUE     4096            /* bytes of a meta value, the title, the URL */
#define HTML_MAX_LD        (1u << 20)      /* bytes of one JSON-LD script read */
#define HTML_MAX_LD_SCRIPTS 16
#define HTML_MAX_LD_ITEMS  64
#define HTML_MAX_SUSPECTS  256
#define HTML_MIN_DENSITY   140             /* paragraph bytes for a density pick */
#define HTML_KEEP_SUSPECT  500             /* paragraph bytes that keep a suspect */
#define HTML_MAX_TIMES     16              /* plain <time datetime> elements kept */

/* ---- tags ------------------------------------------------------------- */

enum {
    T_FORMAT    = 1 << 0,   /* formatting element: removed by the pre-pass */
    T_UNTRACKED = 1 << 1,   /* not on the pre-pass model's stack */
    T_RAW       = 1 << 2,   /* raw text (script, style, ...) */
    T_RCDATA    = 1 << 3,   /* escapable raw text (title, textarea) */
    T_SPECIAL   = 1 << 4,   /* the parser's "special" category */
    T_BLOCKEND  = 1 << 5,   /* end tag closes it when in scope */
    T_SCOPE     = 1 << 6,   /* bounds a scope (or a mode that ignores end tags) */
    T_HEADING   = 1 << 7,
    T_BLOCK     = 1 << 8,   /* starts and ends a block of text */
    T_DROP      = 1 << 9,   /* never text of the article */
    T_VOID      = 1 << 10
};

#define TG(name, bits) [GUMBO_TAG_##name] = (bits)
#define VOID_TAG (T_VOID | T_UNTRACKED | T_SPECIAL)
#define BLOCK_TAG (T_SPECIAL | T_BLOCKEND | T_BLOCK)

static const unsigned short S_tag[GUMBO_TAG_LAST + 1] = {
    TG(HTML, T_UNTRACKED | T_SPECIAL | T_SCOPE | T_BLOCK),
    TG(HEAD, T_UNTRACKED | T_SPECIAL | T_DROP),
    TG(TITLE, T_RCDATA | T_UNTRACKED | T_SPECIAL | T_DROP),
    TG(BASE, VOID_TAG), TG(LINK, VOID_TAG), TG(META, VOID_TAG),
    TG(STYLE, T_RAW | T_UNTRACKED | T_SPECIAL | T_DROP),
    TG(SCRIPT, T_RAW | T_UNTRACKED | T_SPECIAL | T_DROP),
    TG(NOSCRIPT, T_SPECIAL | T_DROP),
    TG(TEMPLATE, T_SPECIAL | T_SCOPE | T_DROP),
    TG(BODY, T_UNTRACKED | T_SPECIAL | T_BLOCK),
    TG(ARTICLE, BLOCK_TAG), TG(SECTION, BLOCK_TAG),
    TG(NAV, BLOCK_TAG | T_DROP), TG(ASIDE, BLOCK_TAG | T_DROP),
    TG(H1, BLOCK_TAG | T_HEADING), TG(H2, BLOCK_TAG | T_HEADING),
    TG(H3, BLOCK_TAG | T_HEADING), TG(H4, BLOCK_TAG | T_HEADING),
    TG(H5, BLOCK_TAG | T_HEADING), TG(H6, BLOCK_TAG | T_HEADING),
    TG(HGROUP, BLOCK_TAG), TG(HEADER, BLOCK_TAG), TG(FOOTER, BLOCK_TAG | T_DROP),
    TG(ADDRESS, BLOCK_TAG),
    TG(P, T_UNTRACKED | T_SPECIAL | T_BLOCK),
    TG(HR, VOID_TAG | T_BLOCK),
    TG(PRE, BLOCK_TAG), TG(BLOCKQUOTE, BLOCK_TAG),
    TG(OL, BLOCK_TAG), TG(UL, BLOCK_TAG), TG(LI, BLOCK_TAG),
    TG(DL, BLOCK_TAG), TG(DT, BLOCK_TAG), TG(DD, BLOCK_TAG),
    TG(FIGURE, BLOCK_TAG), TG(FIGCAPTION, BLOCK_TAG),
    TG(MAIN, BLOCK_TAG), TG(DIV, BLOCK_TAG),
    TG(A, T_FORMAT), TG(EM, T_FORMAT), TG(STRONG, T_FORMAT), TG(SMALL, T_FORMAT),
    TG(S, T_FORMAT), TG(CODE, T_FORMAT), TG(I, T_FORMAT), TG(B, T_FORMAT),
    TG(U, T_FORMAT), TG(STRIKE, T_FORMAT), TG(BIG, T_FORMAT), TG(NOBR, T_FORMAT),
    TG(TT, T_FORMAT), TG(FONT, T_FORMAT),
    TG(BR, VOID_TAG), TG(WBR, VOID_TAG),
    TG(IMAGE, T_VOID | T_UNTRACKED), TG(IMG, VOID_TAG),
    TG(IFRAME, T_RAW | T_UNTRACKED | T_SPECIAL | T_DROP),
    TG(EMBED, VOID_TAG | T_DROP),
    TG(OBJECT, T_SPECIAL | T_SCOPE | T_BLOCKEND | T_DROP),
    TG(PARAM, VOID_TAG),
    TG(VIDEO, T_DROP), TG(AUDIO, T_DROP), TG(CANVAS, T_DROP),
    TG(SOURCE, VOID_TAG), TG(TRACK, VOID_TAG), TG(AREA, VOID_TAG),
    TG(MAP, T_DROP),
    TG(MATH, T_DROP),
    TG(MI, T_SPECIAL | T_SCOPE), TG(MO, T_SPECIAL | T_SCOPE), TG(MN, T_SPECIAL | T_SCOPE),
    TG(MS, T_SPECIAL | T_SCOPE), TG(MTEXT, T_SPECIAL | T_SCOPE),
    TG(ANNOTATION_XML, T_SPECIAL | T_SCOPE),
    TG(SVG, T_DROP),
    TG(FOREIGNOBJECT, T_SPECIAL | T_SCOPE), TG(DESC, T_SPECIAL | T_SCOPE),
    TG(TABLE, T_SPECIAL | T_SCOPE | T_BLOCK),
    TG(CAPTION, T_UNTRACKED | T_SPECIAL | T_BLOCK),
    TG(COLGROUP, T_UNTRACKED | T_SPECIAL), TG(COL, VOID_TAG),
    TG(TBODY, T_UNTRACKED | T_SPECIAL | T_BLOCK), TG(THEAD, T_UNTRACKED | T_SPECIAL | T_BLOCK),
    TG(TFOOT, T_UNTRACKED | T_SPECIAL | T_BLOCK), TG(TR, T_UNTRACKED | T_SPECIAL | T_BLOCK),
    TG(TD, T_SPECIAL | T_SCOPE | T_BLOCK), TG(TH, T_SPECIAL | T_SCOPE | T_BLOCK),
    TG(FORM, BLOCK_TAG), TG(FIELDSET, BLOCK_TAG), TG(LEGEND, T_BLOCK),
    TG(LABEL, 0),
    TG(INPUT, VOID_TAG | T_DROP),
    TG(BUTTON, T_SPECIAL | T_BLOCKEND | T_DROP),
    TG(SELECT, T_SPECIAL | T_SCOPE | T_DROP),
    TG(DATALIST, T_DROP),
    TG(OPTGROUP, T_BLOCK), TG(OPTION, T_BLOCK),
    TG(TEXTAREA, T_RCDATA | T_UNTRACKED | T_SPECIAL | T_DROP),
    TG(KEYGEN, T_VOID | T_UNTRACKED | T_DROP),
    TG(OUTPUT, 0), TG(PROGRESS, T_DROP), TG(METER, T_DROP),
    TG(DETAILS, BLOCK_TAG), TG(SUMMARY, BLOCK_TAG),
    TG(MENU, BLOCK_TAG), TG(MENUITEM, T_SPECIAL | T_DROP),
    TG(APPLET, T_SPECIAL | T_SCOPE | T_BLOCKEND | T_DROP),
    TG(BASEFONT, VOID_TAG), TG(BGSOUND, VOID_TAG),
    TG(DIR, BLOCK_TAG),
    TG(FRAME, VOID_TAG | T_DROP),
    TG(FRAMESET, T_SPECIAL | T_SCOPE | T_DROP),
    TG(NOFRAMES, T_RAW | T_UNTRACKED | T_SPECIAL | T_DROP),
    TG(ISINDEX, T_SPECIAL | T_DROP),
    TG(LISTING, BLOCK_TAG),
    TG(XMP, T_RAW | T_UNTRACKED | T_SPECIAL | T_BLOCK),
    TG(NOEMBED, T_RAW | T_UNTRACKED | T_SPECIAL | T_DROP),
    TG(PLAINTEXT, T_UNTRACKED | T_SPECIAL | T_BLOCK),
    TG(CENTER, BLOCK_TAG),
    TG(MARQUEE, T_SPECIAL | T_SCOPE | T_BLOCKEND),
};

static unsigned S_bits(GumboTag t)
{
    return (unsigned)t <= GUMBO_TAG_LAST ? S_tag[t] : 0;
}

/* ---- small helpers ---------------------------------------------------- */

typedef struct {
    char *p;
    size_t len, cap;
} hbuf;

static int S_reserve(hbuf *b, size_t more)
{
    if (more <= b->cap - b->len)
        return 0;
    if (more > SIZE_MAX / 2 - b->len)
        return -1;
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->len < more)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p)
        return -1;
    b->p = p;
    b->cap = cap;
    return 0;
}

static int S_add(hbuf *b, const void *s, size_t n)
{
    if (S_reserve(b, n) < 0)
        return -1;
    memcpy(b->p + b->len, s, n);
    b->len += n;
    return 0;
}

static int S_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int S_alpha(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static unsigned char S_lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
}

/* Whether s[i..] starts with lit, ASCII case-insensitively. */
static int S_at(const unsigned char *s, size_t n, size_t i, const char *lit)
{
    size_t k = strlen(lit);
    if (i > n || n - i < k)
        return 0;
    for (size_t j = 0; j < k; j++)
        if (S_lower(s[i + j]) != (unsigned char)lit[j])
            return 0;
    return 1;
}

/* ASCII case-insensitive equality of a (trimmed of white space) and lit. */
static int S_is(const char *a, const char *lit)
{
    if (!a)
        return 0;
    size_t n = strlen(a), i = 0;
    while (i < n && S_ws((unsigned char)a[i]))
        i++;
    while (n > i && S_ws((unsigned char)a[n - 1]))
        n--;
    return n - i == strlen(lit) && S_at((const unsigned char *)a, n, i, lit);
}

enum { W_EXACT, W_PART, W_PREFIX };

/* Whether the white-space separated list holds `word` (ASCII case-
 * insensitively), or (W_PART) a word containing it, or (W_PREFIX) a word
 * starting with it. */
static int S_has_word(const char *list, const char *word, int how)
{
    if (!list)
        return 0;
    const unsigned char *s = (const unsigned char *)list;
    size_t n = strlen(list), k = strlen(word), i = 0;
    while (i < n) {
        while (i < n && S_ws(s[i]))
            i++;
        size_t j = i;
        while (j < n && !S_ws(s[j]))
            j++;
        if (how == W_EXACT && j - i == k && S_at(s, j, i, word))
            return 1;
        if (how == W_PREFIX && S_at(s, j, i, word))
            return 1;
        for (size_t x = i; how == W_PART && x + k <= j; x++)
            if (S_at(s, j, x, word))
                return 1;
        i = j;
    }
    return 0;
}

static const char *S_attr(GumboNode *n, const char *name)
{
    GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : NULL;
}

static GumboVector *S_children(GumboNode *n)
{
    if (n->type == GUMBO_NODE_DOCUMENT)
        return &n->v.document.children;
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE)
        return &n->v.element.children;
    return NULL;
}

static int S_is_element(GumboNode *n, GumboTag t)
{
    return n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == t
        && n->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

/* Length of the UTF-8 "invisible" or space-like character at s (0 if
 * none) and whether it is a space: NBSP, U+2028/9 and the like count as
 * space; soft hyphen, zero-width space, word joiner and BOM vanish. */
static size_t S_special_char(const unsigned char *s, size_t n, int *space)
{
    *space = 0;
    if (n >= 2 && s[0] == 0xC2 && (s[1] == 0xA0 || s[1] == 0xAD)) {
        *space = s[1] == 0xA0;
        return 2;
    }
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x8B || s[2] == 0xA8 || s[2] == 0xA9
                                                   || s[2] == 0xAF)) {
        *space = s[2] != 0x8B;
        return 3;
    }
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0xA0)
        return 3;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        return 3;
    return 0;
}

/* Pushes s with white space collapsed and trimmed, control characters
 * dropped, cut (at a character boundary) to at most max bytes. */
static void S_push_collapsed(lua_State *L, const char *str, size_t n, size_t max)
{
    const unsigned char *s = (const unsigned char *)str;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    size_t out = 0;
    int space = 0;
    for (size_t i = 0; i < n;) {
        int sp;
        size_t k = S_special_char(s + i, n - i, &sp);
        if (k || S_ws(s[i]) || s[i] < 0x20 || s[i] == 0x7F) {
            space |= k ? sp : S_ws(s[i]);
            i += k ? k : 1;
            continue;
        }
        size_t len = 1;
        while (i + len < n && (s[i + len] & 0xC0) == 0x80)
            len++;
        if (out + len + (space && out) > max)
            break;
        if (space && out) {
            luaL_addchar(&b, ' ');
            out++;
        }
        space = 0;
        luaL_addlstring(&b, (const char *)s + i, len);
        out += len;
        i += len;
    }
    luaL_pushresult(&b);
}

/* ---- the box ---------------------------------------------------------- */

/* A main-content candidate: an article, a main, or a density pick. */
typedef struct {
    GumboNode *node;
    size_t ptext, text;     /* for a density pick, ptext is the score */
} cand;

enum { C_ARTICLE, C_MAIN, C_DENSE, C_N };

typedef struct {
    GumboNode *node;
    unsigned next;
    unsigned flags;
    size_t text, ptext, score;
    cand best[C_N];         /* the best candidates in the subtree */
} frame;

typedef struct {
    GumboNode *node;
    int drop;
} suspect;

typedef struct {
    hbuf src;               /* the input as gumbo reads it */
    GumboOutput *out;
    frame *frames;
    size_t depth, cap;
    hbuf text;              /* the block being built */
    suspect *suspects;
    size_t nsuspects;
    json_t *ld;
} hbox;

/* Frees gumbo's tree from the leaves up: every node is freed once its
 * children are, so gumbo_destroy_node never recurses. */
static void S_free_tree(GumboOutput *out)
{
    GumboOptions opts = kGumboDefaultOptions;
    GumboNode *doc = out->document, *n = doc;
    while (n) {
        GumboVector *kids = S_children(n);
        if (kids && kids->length > 0) {
            n = kids->data[kids->length - 1];
            continue;
        }
        if (n == doc)
            break;
        GumboNode *parent = n->parent;
        GumboVector *siblings = parent ? S_children(parent) : NULL;
        if (!siblings || siblings->length == 0 || siblings->data[siblings->length - 1] != n)
            break;          /* not gumbo's tree shape: let gumbo free the rest */
        siblings->length--;
        gumbo_destroy_node(&opts, n);
        n = parent;
    }
    gumbo_destroy_output(&kGumboDefaultOptions, out);
}

static void S_box_clear(hbox *b)
{
    if (b->out)
        S_free_tree(b->out);
    if (b->ld)
        json_decref(b->ld);
    free(b->src.p);
    free(b->frames);
    free(b->text.p);
    free(b->suspects);
    memset(b, 0, sizeof *b);
}

static int S_box_gc(lua_State *L)
{
    S_box_clear(luaL_checkudata(L, 1, BOX_MT));
    return 0;
}

static hbox *S_box_new(lua_State *L)
{
    hbox *b = lua_newuserdatauv(L, sizeof *b, 0);
    memset(b, 0, sizeof *b);
    luaL_setmetatable(L, BOX_MT);
    return b;
}

static frame *S_push_frame(lua_State *L, hbox *b, GumboNode *n, unsigned flags)
{
    if (b->depth == b->cap) {
        size_t cap = b->cap ? 2 * b->cap : 64;
        frame *f = realloc(b->frames, cap * sizeof *f);
        if (!f)
            luaL_error(L, "html.parse: out of memory");
        b->frames = f;
        b->cap = cap;
    }
    frame *f = &b->frames[b->depth++];
    memset(f, 0, sizeof *f);
    f->node = n;
    f->flags = flags;
    return f;
}

/* ---- 1. the pre-pass -------------------------------------------------- */

#define P_FOREIGN 0x8000u   /* stack entry: an element of SVG or MathML */
#define P_NONE    SIZE_MAX

typedef struct {
    const unsigned char *s;
    size_t n, copied;       /* s[copied..] is not in `out` yet */
    hbuf *out;
    uint16_t stack[HTML_MAX_DEPTH];     /* tag | P_FOREIGN */
    size_t depth;
    size_t p_at;            /* an open <p> sits above stack[0, p_at), or P_NONE */
    uint32_t open[GUMBO_TAG_LAST + 1];
    uint32_t stripped[GUMBO_TAG_LAST + 1];
    int flattened, oom;
} prep;

static void P_emit(prep *p, const char *s, size_t n)
{
    if (!p->oom && S_add(p->out, s, n) < 0)
        p->oom = 1;
}

static void P_copy_to(prep *p, size_t i)
{
    if (i > p->copied)
        P_emit(p, (const char *)p->s + p->copied, i - p->copied);
    p->copied = i;
}

/* Leaves s[from, to) out of the copy.  A space takes its place when `sep`
 * asks for one (words stay apart) or when the copy ends in "<", which must
 * not start a tag with what follows. */
static void P_cut(prep *p, size_t from, size_t to, int sep)
{
    P_copy_to(p, from);
    p->copied = to;
    if (sep || (p->out->len > 0 && p->out->p[p->out->len - 1] == '<'))
        P_emit(p, " ", 1);
}

/* Copies s[from, to), the text of a raw-text element, with every "<"
 * written as `lt`. */
static void P_neutralise(prep *p, size_t from, size_t to, const char *lt)
{
    P_copy_to(p, from);
    for (size_t i = from; i < to;) {
        const unsigned char *q = memchr(p->s + i, '<', to - i);
        size_t j = q ? (size_t)(q - p->s) : to;
        P_emit(p, (const char *)p->s + i, j - i);
        if (j < to)
            P_emit(p, lt, strlen(lt));
        i = j + 1;
    }
    p->copied = to;
}

/* Offset just past the first ">" at or after i, or n. */
static size_t P_past_gt(const unsigned char *s, size_t n, size_t i)
{
    const unsigned char *q = i < n ? memchr(s + i, '>', n - i) : NULL;
    return q ? (size_t)(q - s) + 1 : n;
}

/* Offset just past a comment whose "<!--" ends at i: "-->", "--!>", or the
 * abrupt "<!-->" and "<!--->". */
static size_t P_comment_end(const unsigned char *s, size_t n, size_t i)
{
    if (i < n && s[i] == '>')
        return i + 1;
    if (i + 1 < n && s[i] == '-' && s[i + 1] == '>')
        return i + 2;
    for (size_t k = i; k + 2 < n; k++) {
        if (s[k] != '-' || s[k + 1] != '-')
            continue;
        if (s[k + 2] == '>')
            return k + 3;
        if (s[k + 2] == '!' && k + 3 < n && s[k + 3] == '>')
            return k + 4;
    }
    return n;
}

/* Whether s[i..] is "</name" (or "<name" when `end` is 0) followed by
 * white space, "/" or ">". */
static int P_tag_named(const unsigned char *s, size_t n, size_t i, const char *name, int end)
{
    size_t k = strlen(name);
    size_t at = i + 1 + (end != 0);
    if (at > n || s[i] != '<' || (end && s[i + 1] != '/') || !S_at(s, n, at, name))
        return 0;
    at += k;
    return at < n && (S_ws(s[at]) || s[at] == '/' || s[at] == '>');
}

/* Offset of the end tag that closes a raw-text element `name` whose text
 * starts at i (n when there is none). */
static size_t P_raw_end(const unsigned char *s, size_t n, size_t i, const char *name)
{
    while (i < n) {
        const unsigned char *q = memchr(s + i, '<', n - i);
        if (!q)
            return n;
        i = (size_t)(q - s);
        if (P_tag_named(s, n, i, name, 1))
            return i;
        i++;
    }
    return n;
}

/* The same for a script, whose text follows the tokenizer's escaped and
 * double-escaped states: in "<!--<script>...</script>-->" the inner end
 * tag does not end the script. */
static size_t P_script_end(const unsigned char *s, size_t n, size_t i)
{
    enum { DATA, ESCAPED, DOUBLE } st = DATA;
    while (i < n) {
        if (s[i] == '<') {
            if (st != DOUBLE && P_tag_named(s, n, i, "script", 1))
                return i;
            if (st == DATA && S_at(s, n, i, "<!--")) {
                st = ESCAPED;
                i += 4;
                if (i < n && s[i] == '>') {
                    st = DATA;
                    i++;
                }
                continue;
            }
            if (st == ESCAPED && P_tag_named(s, n, i, "script", 0)) {
                st = DOUBLE;
                i += 7;
                continue;
            }
            if (st == DOUBLE && P_tag_named(s, n, i, "script", 1)) {
                st = ESCAPED;
                i += 8;
                continue;
            }
        } else if (st != DATA && s[i] == '-' && S_at(s, n, i, "-->")) {
            st = DATA;
            i += 3;
            continue;
        }
        i++;
    }
    return n;
}

/* Offset just past the ">" closing a tag whose name ends at i, following
 * the tokenizer's attribute states (a quoted ">" does not close it), or
 * SIZE_MAX when the input ends inside the tag (the tokenizer drops it). */
static size_t P_tag_end(const unsigned char *s, size_t n, size_t i, int *self_closing)
{
    enum { BEFORE_NAME, NAME, AFTER_NAME, BEFORE_VALUE, AFTER_QUOTED } st = BEFORE_NAME;
    *self_closing = 0;
    while (i < n) {
        unsigned char c = s[i];
        switch (st) {
        case BEFORE_NAME:
            if (c == '/') {
                if (i + 1 < n && s[i + 1] == '>') {
                    *self_closing = 1;
                    return i + 2;
                }
                i++;
            } else if (c == '>') {
                return i + 1;
            } else {
                if (!S_ws(c))
                    st = NAME;
                i++;
            }
            break;
        case NAME:
            if (S_ws(c)) {
                st = AFTER_NAME;
                i++;
            } else if (c == '/') {
                st = BEFORE_NAME;
            } else if (c == '=') {
                st = BEFORE_VALUE;
                i++;
            } else if (c == '>') {
                return i + 1;
            } else {
                i++;
            }
            break;
        case AFTER_NAME:
            if (S_ws(c)) {
                i++;
            } else if (c == '/') {
                st = BEFORE_NAME;
            } else if (c == '=') {
                st = BEFORE_VALUE;
                i++;
            } else if (c == '>') {
                return i + 1;
            } else {
                st = NAME;
                i++;
            }
            break;
        case BEFORE_VALUE:
            if (S_ws(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                const unsigned char *q = i + 1 < n ? memchr(s + i + 1, c, n - i - 1) : NULL;
                if (!q)
                    return SIZE_MAX;
                i = (size_t)(q - s) + 1;
                st = AFTER_QUOTED;
            } else if (c == '>') {
                return i + 1;
            } else {
                while (i < n && !S_ws(s[i]) && s[i] != '>')
                    i++;
                st = BEFORE_NAME;
            }
            break;
        case AFTER_QUOTED:
            if (S_ws(c))
                i++;
            st = BEFORE_NAME;
            break;
        }
    }
    return SIZE_MAX;
}

static GumboTag P_tag_at(const prep *p, size_t k)
{
    return (GumboTag)(p->stack[k] & ~P_FOREIGN);
}

static void P_pop(prep *p)
{
    p->open[P_tag_at(p, --p->depth)]--;
    if (p->p_at != P_NONE && p->depth < p->p_at)
        p->p_at = P_NONE;           /* popped through the <p> */
}

/* Tags that end SVG and MathML content ("breakout" tags): the parser
 * handles them as HTML wherever they appear. */
static int P_breakout(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR: case GUMBO_TAG_CENTER: case GUMBO_TAG_CODE: case GUMBO_TAG_DD:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_EM:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_HR: case GUMBO_TAG_I: case GUMBO_TAG_IMG: case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING: case GUMBO_TAG_MENU: case GUMBO_TAG_META: case GUMBO_TAG_NOBR:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_RUBY:
    case GUMBO_TAG_S: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_STRIKE: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TT: case GUMBO_TAG_U: case GUMBO_TAG_UL: case GUMBO_TAG_VAR:
    case GUMBO_TAG_FONT:
        return 1;
    default:
        return 0;
    }
}

/* Start tags that close an open <p> (when it is the current node). */
static int P_closes_p(GumboTag t)
{
    unsigned b = S_bits(t);
    return (b & (T_BLOCKEND | T_HEADING)) || t == GUMBO_TAG_LI || t == GUMBO_TAG_DD
        || t == GUMBO_TAG_DT || t == GUMBO_TAG_FORM || t == GUMBO_TAG_TABLE
        || t == GUMBO_TAG_HR || t == GUMBO_TAG_XMP || t == GUMBO_TAG_PLAINTEXT
        || t == GUMBO_TAG_P;
}

/* Pops the model through the open cell of the innermost table, as a
 * <td>, <tr>, <tbody>, </td>, </tr> ... there close it. */
static void P_close_cell(prep *p)
{
    for (size_t k = p->depth, seen = 0; k > 0 && seen < HTML_SCAN_LIMIT; k--, seen++) {
        GumboTag e = P_tag_at(p, k - 1);
        if (e == GUMBO_TAG_TABLE || e == GUMBO_TAG_TEMPLATE)
            return;
        if (e == GUMBO_TAG_TD || e == GUMBO_TAG_TH) {
            while (p->depth >= k)
                P_pop(p);
            return;
        }
    }
}

static int P_table_part(GumboTag t)
{
    return t == GUMBO_TAG_TD || t == GUMBO_TAG_TH || t == GUMBO_TAG_TR || t == GUMBO_TAG_TBODY
        || t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TFOOT;
}

/* A start tag of a tracked element: closes what the tree builder surely
 * closes (an <li> after an <li> ...), then opens it unless the model is
 * HTML_MAX_DEPTH deep.  Returns whether the tag stays. */
static int P_start(prep *p, GumboTag t, int foreign)
{
    if (p->depth > 0 && !foreign) {
        GumboTag top = P_tag_at(p, p->depth - 1);
        unsigned tb = S_bits(top);
        if ((t == GUMBO_TAG_LI && top == GUMBO_TAG_LI)
            || ((t == GUMBO_TAG_DD || t == GUMBO_TAG_DT)
                && (top == GUMBO_TAG_DD || top == GUMBO_TAG_DT))
            || ((t == GUMBO_TAG_OPTION || t == GUMBO_TAG_OPTGROUP) && top == GUMBO_TAG_OPTION)
            || ((S_bits(t) & T_HEADING) && (tb & T_HEADING))
            || (t == top && (t == GUMBO_TAG_SELECT || t == GUMBO_TAG_BUTTON)))
            P_pop(p);
    }
    if (p->depth >= HTML_MAX_DEPTH) {
        p->stripped[t]++;
        p->flattened = 1;
        return 0;
    }
    p->stack[p->depth++] = (uint16_t)(t | (foreign ? P_FOREIGN : 0));
    p->open[t]++;
    return 1;
}

/* End tags that close their element when it is in scope, through
 * whatever is open above it. */
static int P_block_end(GumboTag t)
{
    return (S_bits(t) & (T_BLOCKEND | T_HEADING)) || t == GUMBO_TAG_LI || t == GUMBO_TAG_DD
        || t == GUMBO_TAG_DT || t == GUMBO_TAG_FORM;
}

/* Whether entry `e` stops the search for the element an end tag `t`
 * closes. */
static int P_barrier(uint16_t entry, GumboTag t)
{
    GumboTag e = (GumboTag)(entry & ~P_FOREIGN);
    unsigned eb = S_bits(e);
    /* Of SVG and MathML elements only the integration points (where HTML
     * content goes on) bound scopes and are special. */
    if ((entry & P_FOREIGN) && !(e == GUMBO_TAG_MI || e == GUMBO_TAG_MO || e == GUMBO_TAG_MN
                                 || e == GUMBO_TAG_MS || e == GUMBO_TAG_MTEXT
                                 || e == GUMBO_TAG_ANNOTATION_XML
                                 || e == GUMBO_TAG_FOREIGNOBJECT || e == GUMBO_TAG_DESC))
        eb = 0;
    if (t == GUMBO_TAG_TEMPLATE)
        return 0;
    if (t == GUMBO_TAG_TABLE)
        return e == GUMBO_TAG_TEMPLATE || e == GUMBO_TAG_HTML;
    if (t == GUMBO_TAG_SELECT)
        return e != GUMBO_TAG_OPTION && e != GUMBO_TAG_OPTGROUP;
    if (P_block_end(t))
        return (eb & T_SCOPE) != 0
            || (t == GUMBO_TAG_LI && (e == GUMBO_TAG_OL || e == GUMBO_TAG_UL));
    return (eb & T_SPECIAL) != 0 || (eb & T_SCOPE) != 0;
}

/* An end tag of a tracked element: pops the model through the element it
 * closes, if the parser would find it.  Returns whether the tag stays. */
static int P_end(prep *p, GumboTag t)
{
    int heading = (S_bits(t) & T_HEADING) != 0;
    if (p->stripped[t] > 0) {
        p->stripped[t]--;
        return 0;
    }
    if (!heading && p->open[t] == 0)
        return 1;
    /* An open <p> is special: other end tags cannot close what is below it. */
    size_t floor = p->p_at != P_NONE && !P_block_end(t) ? p->p_at : 0;
    for (size_t k = p->depth, seen = 0; k > floor && seen < HTML_SCAN_LIMIT; k--, seen++) {
        GumboTag e = P_tag_at(p, k - 1);
        if (e == t || (heading && (S_bits(e) & T_HEADING))) {
            while (p->depth >= k)
                P_pop(p);
            return 1;
        }
        if (P_barrier(p->stack[k - 1], t))
            return 1;
    }
    return 1;
}

/* Handles the tag whose "<" is at t; returns where scanning goes on. */
static size_t P_tag(prep *p, size_t t)
{
    const unsigned char *s = p->s;
    size_t n = p->n, name, i;
    int end = s[t + 1] == '/', self_closing;
    name = t + 1 + end;
    i = name;
    while (i < n && !S_ws(s[i]) && s[i] != '/' && s[i] != '>')
        i++;
    GumboTag tag = gumbo_tagn_enum((const char *)s + name, (unsigned)(i - name < 64 ? i - name : 64));
    if (i - name >= 64)
        tag = GUMBO_TAG_UNKNOWN;
    size_t after = P_tag_end(s, n, i, &self_closing);
    if (after == SIZE_MAX) {
        P_cut(p, t, n, 0);              /* the tokenizer drops it too */
        return n;
    }
    unsigned bits = S_bits(tag);
    if (bits & T_FORMAT) {
        P_cut(p, t, after, 0);
        return after;
    }
    /* In SVG and MathML content every tag but the breakout ones opens an
     * element (a <td> or <col> there is a foreign element, which nests). */
    int foreign = p->open[GUMBO_TAG_SVG] + p->open[GUMBO_TAG_MATH] > 0;
    int in_foreign = foreign && !P_breakout(tag);
    int tracked = !(bits & T_UNTRACKED) || (in_foreign && !(bits & (T_RAW | T_RCDATA))
                                            && tag != GUMBO_TAG_PLAINTEXT);
    if (end) {
        if (tag == GUMBO_TAG_P)
            p->p_at = P_NONE;
        if (!in_foreign && P_table_part(tag) && p->stripped[tag] == 0)
            P_close_cell(p);
        else if (tracked && !P_end(p, tag))
            P_cut(p, t, after, 1);
        return after;
    }
    if (tag == GUMBO_TAG_PLAINTEXT && !in_foreign) {
        P_copy_to(p, after);
        P_neutralise(p, after, n, "&lt;");
        return n;
    }
    if ((bits & (T_RAW | T_RCDATA)) && !(self_closing && foreign)) {
        char lname[16];
        size_t k = i - name < sizeof lname - 1 ? i - name : sizeof lname - 1;
        for (size_t j = 0; j < k; j++)
            lname[j] = (char)S_lower(s[name + j]);
        lname[k] = '\0';
        size_t stop = tag == GUMBO_TAG_SCRIPT ? P_script_end(s, n, after)
                                              : P_raw_end(s, n, after, lname);
        P_copy_to(p, after);
        P_neutralise(p, after, stop, tag == GUMBO_TAG_SCRIPT ? "\\u003c" : "&lt;");
        return stop;
    }
    if (!in_foreign && p->p_at == p->depth && P_closes_p(tag))
        p->p_at = P_NONE;
    if (!in_foreign && P_table_part(tag)) {
        /* Cells and rows exist only in a table: elsewhere the parser
         * ignores them.  A new cell or row closes the open cell. */
        if (p->open[GUMBO_TAG_TABLE] + p->open[GUMBO_TAG_TEMPLATE] == 0)
            return after;
        P_close_cell(p);
    }
    if (tracked) {
        if (!P_start(p, tag, in_foreign))
            P_cut(p, t, after, 1);
    } else if (p->depth >= HTML_MAX_DEPTH && !(bits & T_VOID)) {
        P_cut(p, t, after, 1);          /* past the limit nothing opens */
        p->flattened = 1;
    } else if (tag == GUMBO_TAG_P) {
        p->p_at = p->depth;
    }
    return after;
}

/* Writes the copy of s[0, n) that gumbo parses into out (see the top of
 * the file).  Returns 0, or -1 when out of memory. */
static int S_prepare(const unsigned char *s, size_t n, hbuf *out, int *flattened)
{
    prep *p = calloc(1, sizeof *p);
    if (!p)
        return -1;
    p->s = s;
    p->n = n;
    p->out = out;
    p->p_at = P_NONE;
    if (S_reserve(out, n + n / 8 + 16) < 0)
        p->oom = 1;
    size_t i = 0;
    while (i < n && !p->oom) {
        const unsigned char *lt = memchr(s + i, '<', n - i);
        if (!lt)
            break;
        size_t t = (size_t)(lt - s);
        unsigned char c = t + 1 < n ? s[t + 1] : 0;
        if (c == '!') {
            if (S_at(s, n, t, "<!--")) {
                i = P_comment_end(s, n, t + 4);
                P_cut(p, t, i, 0);
            } else if (S_at(s, n, t, "<!doctype")) {
                i = P_past_gt(s, n, t + 2);
            } else {
                i = P_past_gt(s, n, t + 2);
                P_cut(p, t, i, 0);
            }
        } else if (c == '?') {
            i = P_past_gt(s, n, t + 1);
            P_cut(p, t, i, 0);
        } else if (c == '/' && t + 2 < n && S_alpha(s[t + 2])) {
            i = P_tag(p, t);
        } else if (c == '/' && t + 2 < n) {
            i = P_past_gt(s, n, t + 2);       /* "</>" or a bogus comment */
            P_cut(p, t, i, 0);
        } else if (S_alpha(c)) {
            i = P_tag(p, t);
        } else {
            i = t + 1;                        /* "<" as text */
        }
    }
    P_copy_to(p, n);
    int oom = p->oom;
    *flattened = p->flattened;
    free(p);
    return oom ? -1 : 0;
}

/* ---- 3a. the survey --------------------------------------------------- */

enum {
    F_DROP    = 1 << 0,     /* never article text */
    F_SUSPECT = 1 << 1,     /* dropped unless it turns out to hold the article */
    F_CONTENT = 1 << 2,     /* article, main, section, [role=main] */
    F_ARTICLE = 1 << 3,
    F_MAIN    = 1 << 4,
    F_P       = 1 << 5,
    F_DENSE   = 1 << 6,     /* a density candidate */
    F_HOLDS   = 1 << 7,     /* holds an article or main element */
    F_BODY    = 1 << 8,
    F_BLOCK   = 1 << 9,
    F_PRE     = 1 << 10,
    F_KIND    = 1 << 11     /* kind + 1 in the bits from here up */
};

/* Roles of page furniture. */
static int S_furniture_role(const char *role, int in_content)
{
    static const char *const roles[] = {
        "navigation", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar"
    };
    if (!role)
        return 0;
    for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
        if (S_has_word(role, roles[i], W_EXACT))
            return 1;
    return !in_content && S_has_word(role, "banner", W_EXACT);
}

/* Elements that are never the article's text: scripts, navigation, the
 * site's header and footer, asides, forms' controls ... */
static int S_drop_always(GumboNode *n, int in_content)
{
    GumboTag t = n->v.element.tag;
    if (n->v.element.tag_namespace != GUMBO_NAMESPACE_HTML || n->type == GUMBO_NODE_TEMPLATE)
        return 1;
    if (S_bits(t) & T_DROP)
        return 1;
    if (t == GUMBO_TAG_HEADER && !in_content)
        return 1;
    return S_furniture_role(S_attr(n, "role"), in_content);
}

static int S_hidden_style(const char *style)
{
    char buf[256];
    size_t k = 0;
    if (!style)
        return 0;
    for (const char *c = style; *c && k < sizeof buf - 1; c++)
        if (!S_ws((unsigned char)*c))
            buf[k++] = (char)S_lower((unsigned char)*c);
    buf[k] = '\0';
    return strstr(buf, "display:none") || strstr(buf, "visibility:hidden");
}

/* An id or class of a cookie or consent box, or of a share bar. */
static int S_bannerish(const char *list)
{
    return S_has_word(list, "cookie", W_PART) || S_has_word(list, "consent", W_PART)
        || S_has_word(list, "gdpr", W_PART) || S_has_word(list, "onetrust", W_PART)
        || S_has_word(list, "share", W_PREFIX) || S_has_word(list, "social", W_PREFIX);
}

/* Elements dropped unless they turn out to hold the article: forms (some
 * sites wrap the whole page in one), hidden boxes and dialogs, boxes whose
 * id or class speaks of cookies or consent, share bars. */
static int S_suspect(GumboNode *n)
{
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_HTML || t == GUMBO_TAG_BODY)
        return 0;
    if (t == GUMBO_TAG_FORM || S_attr(n, "hidden") || S_is(S_attr(n, "aria-hidden"), "true"))
        return 1;
    const char *role = S_attr(n, "role");
    if (S_has_word(role, "dialog", W_EXACT) || S_has_word(role, "alertdialog", W_EXACT))
        return 1;
    return S_hidden_style(S_attr(n, "style")) || S_bannerish(S_attr(n, "id"))
        || S_bannerish(S_attr(n, "class"));
}

typedef struct {
    lua_State *L;
    hbox *b;
    int page, meta;         /* stack indices of the result and its meta table */
    int nmeta, nld, drop, in_content;
    GumboNode *title, *body;
    size_t body_text;
    cand best[C_N];
    GumboNode *times[HTML_MAX_TIMES];   /* plain <time datetime>, page order */
    int ntimes;
} survey;

/* meta[key] = value unless the key is already there (or too long, or the
 * table is full, or the value is blank). */
static void S_meta_set(survey *sv, const char *key, size_t klen, int lower, const char *value,
                       size_t vlen)
{
    lua_State *L = sv->L;
    char k[HTML_MAX_KEY + 1];
    while (klen > 0 && S_ws((unsigned char)*key)) {
        key++;
        klen--;
    }
    while (klen > 0 && S_ws((unsigned char)key[klen - 1]))
        klen--;
    if (klen == 0 || klen > HTML_MAX_KEY || sv->nmeta >= HTML_MAX_META)
        return;
    for (size_t i = 0; i < klen; i++)
        k[i] = lower ? (char)S_lower((unsigned char)key[i]) : key[i];
    lua_pushlstring(L, k, klen);
    if (lua_rawget(L, sv->meta) != LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    lua_pop(L, 1);
    lua_pushlstring(L, k, klen);
    S_push_collapsed(L, value, vlen, HTML_MAX_VALUE);
    if (lua_rawlen(L, -1) == 0) {
        lua_pop(L, 2);
        return;
    }
    lua_rawset(L, sv->meta);
    sv->nmeta++;
}

static void S_meta_attr(survey *sv, GumboNode *n, const char *attr, int lower, const char *value)
{
    const char *key = S_attr(n, attr);
    if (key && value)
        S_meta_set(sv, key, strlen(key), lower, value, strlen(value));
}

static int S_ld_articleish(json_t *o)
{
    json_t *type = json_object_get(o, "@type");
    size_t n = json_is_array(type) ? json_array_size(type) : 1;
    for (size_t i = 0; i < n && i < 8; i++) {
        json_t *v = json_is_array(type) ? json_array_get(type, i) : type;
        const char *s = json_string_value(v);
        if (s && (strstr(s, "Article") || strstr(s, "Posting")))
            return 1;
    }
    return 0;
}

static void S_ld_field(survey *sv, json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    if (json_is_object(v))
        v = json_object_get(v, "name");
    else if (json_is_array(v) && json_array_size(v) > 0)
        v = json_array_get(v, 0);
    if (json_is_object(v))
        v = json_object_get(v, "name");
    if (json_is_string(v))
        S_meta_set(sv, key, strlen(key), 0, json_string_value(v), json_string_length(v));
}

/* A JSON-LD script: the first article-typed object (or else the first with
 * a datePublished) among the top-level value, its array items and its
 * @graph, gives datePublished, dateModified, headline and publisher. */
static void S_ld_json(survey *sv, GumboNode *script)
{
    hbox *b = sv->b;
    GumboVector *kids = S_children(script);
    if (sv->nld >= HTML_MAX_LD_SCRIPTS || !kids || kids->length != 1)
        return;
    GumboNode *t = kids->data[0];
    if (t->type != GUMBO_NODE_TEXT && t->type != GUMBO_NODE_WHITESPACE)
        return;
    size_t len = strlen(t->v.text.text);
    if (len > HTML_MAX_LD)
        return;
    sv->nld++;
    json_error_t err;
    b->ld = json_loadb(t->v.text.text, len, 0, &err);
    if (!b->ld)
        return;
    json_t *items[HTML_MAX_LD_ITEMS], *pick = NULL;
    size_t n = 0;
    json_t *graph = json_object_get(b->ld, "@graph");
    if (json_is_object(b->ld))
        items[n++] = b->ld;
    json_t *list = json_is_array(b->ld) ? b->ld : json_is_array(graph) ? graph : NULL;
    for (size_t i = 0; list && i < json_array_size(list) && n < HTML_MAX_LD_ITEMS; i++)
        if (json_is_object(json_array_get(list, i)))
            items[n++] = json_array_get(list, i);
    for (size_t i = 0; i < n && !pick; i++)
        if (S_ld_articleish(items[i]))
            pick = items[i];
    for (size_t i = 0; i < n && !pick; i++)
        if (json_is_string(json_object_get(items[i], "datePublished")))
            pick = items[i];
    if (pick) {
        S_ld_field(sv, pick, "datePublished");
        S_ld_field(sv, pick, "dateModified");
        S_ld_field(sv, pick, "headline");
        S_ld_field(sv, pick, "publisher");
    }
    json_decref(b->ld);
    b->ld = NULL;
}

/* Metadata an element gives, wherever it is (head or body). */
static void S_survey_meta(survey *sv, GumboNode *n)
{
    GumboTag t = n->v.element.tag;
    lua_State *L = sv->L;
    if (t == GUMBO_TAG_META) {
        const char *content = S_attr(n, "content");
        S_meta_attr(sv, n, "name", 1, content);
        S_meta_attr(sv, n, "property", 1, content);
        S_meta_attr(sv, n, "itemprop", 0, content);
    } else if (t == GUMBO_TAG_TIME) {
        const char *dt = S_attr(n, "datetime");
        S_meta_attr(sv, n, "itemprop", 0, dt);
        if (dt && S_attr(n, "pubdate"))
            S_meta_set(sv, "pubdate", 7, 0, dt, strlen(dt));
        else if (dt && !S_attr(n, "itemprop") && sv->ntimes < HTML_MAX_TIMES)
            sv->times[sv->ntimes++] = n;
    } else if (t == GUMBO_TAG_LINK && S_has_word(S_attr(n, "rel"), "canonical", W_EXACT)) {
        const char *href = S_attr(n, "href");
        int have = lua_getfield(L, sv->page, "canonical") != LUA_TNIL;
        lua_pop(L, 1);
        if (href && !have) {
            S_push_collapsed(L, href, strlen(href), HTML_MAX_VALUE);
            if (lua_rawlen(L, -1) > 0)
                lua_setfield(L, sv->page, "canonical");
            else
                lua_pop(L, 1);
        }
    } else if (t == GUMBO_TAG_TITLE && !sv->title) {
        sv->title = n;
    } else if (t == GUMBO_TAG_SCRIPT && S_is(S_attr(n, "type"), "application/ld+json")) {
        S_ld_json(sv, n);
    }
}

/* Decides on a suspect element once its subtree is surveyed (dropped
 * unless it holds an article or main element or HTML_KEEP_SUSPECT bytes of
 * paragraphs), and records the decision for the extraction.  Past
 * HTML_MAX_SUSPECTS, suspects are kept. */
static int S_record_suspect(lua_State *L, hbox *b, frame *f)
{
    if (b->nsuspects >= HTML_MAX_SUSPECTS)
        return 0;
    if (!b->suspects) {
        b->suspects = malloc(HTML_MAX_SUSPECTS * sizeof *b->suspects);
        if (!b->suspects)
            luaL_error(L, "html.parse: out of memory");
    }
    int drop = !(f->flags & F_HOLDS) && f->ptext < HTML_KEEP_SUSPECT;
    b->suspects[b->nsuspects++] = (suspect){ f->node, drop };
    return drop;
}

static int S_suspect_dropped(hbox *b, GumboNode *n)
{
    for (size_t i = 0; i < b->nsuspects; i++)
        if (b->suspects[i].node == n)
            return b->suspects[i].drop;
    return 0;
}

static void S_survey_enter(survey *sv, GumboNode *n)
{
    GumboTag t = n->v.element.tag;
    unsigned f = 0;
    if (n->v.element.tag_namespace != GUMBO_NAMESPACE_HTML || n->type == GUMBO_NODE_TEMPLATE
        || t == GUMBO_TAG_SVG || t == GUMBO_TAG_MATH)
        return;
    S_survey_meta(sv, n);
    if (S_bits(t) & (T_RAW | T_RCDATA))
        return;
    if (sv->drop || S_drop_always(n, sv->in_content))
        f |= F_DROP;
    else if (S_suspect(n))
        f |= F_SUSPECT;
    const char *role = S_attr(n, "role");
    if (t == GUMBO_TAG_ARTICLE || S_has_word(S_attr(n, "itemprop"), "articlebody", W_EXACT))
        f |= F_ARTICLE | F_CONTENT;
    if (t == GUMBO_TAG_MAIN || S_has_word(role, "main", W_EXACT))
        f |= F_MAIN | F_CONTENT;
    if (t == GUMBO_TAG_SECTION)
        f |= F_CONTENT;
    if (t == GUMBO_TAG_P)
        f |= F_P;
    if (t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION)
        f |= F_DENSE;
    if (t == GUMBO_TAG_BODY)
        f |= F_BODY;
    S_push_frame(sv->L, sv->b, n, f);
    sv->drop += (f & F_DROP) != 0;
    sv->in_content += (f & F_CONTENT) != 0;
}

/* Whether candidate a beats b: more paragraph text (a density score for
 * density picks), then more text; on a tie the earlier one stays. */
static int S_better(const cand *a, const cand *b)
{
    return a->node && (!b->node || a->ptext > b->ptext
                       || (a->ptext == b->ptext && a->text > b->text));
}

static void S_offer(cand *best, GumboNode *n, size_t ptext, size_t text)
{
    cand c = { n, ptext, text };
    if (S_better(&c, best))
        *best = c;
}

static void S_survey_leave(survey *sv)
{
    hbox *b = sv->b;
    frame *f = &b->frames[b->depth - 1];
    frame *parent = b->depth >= 2 ? f - 1 : NULL, *grand = b->depth >= 3 ? f - 2 : NULL;
    unsigned fl = f->flags;
    sv->drop -= (fl & F_DROP) != 0;
    sv->in_content -= (fl & F_CONTENT) != 0;
    if (fl & F_P) {
        f->ptext = f->text;
        if (parent)
            parent->score += f->text;
        if (grand)
            grand->score += f->text / 2;
    }
    if (!(fl & F_DROP)) {
        if (fl & F_ARTICLE)
            S_offer(&f->best[C_ARTICLE], f->node, f->ptext, f->text);
        if (fl & F_MAIN)
            S_offer(&f->best[C_MAIN], f->node, f->ptext, f->text);
        if ((fl & F_DENSE) && f->score > 0)
            S_offer(&f->best[C_DENSE], f->node, f->score, 0);
        if ((fl & F_BODY) && !sv->body) {
            sv->body = f->node;
            sv->body_text = f->text;
        }
    }
    if ((fl & F_SUSPECT) && S_record_suspect(sv->L, b, f))
        memset(f->best, 0, sizeof f->best);     /* gone with the box */
    for (int k = 0; k < C_N; k++) {
        cand *into = parent ? &parent->best[k] : &sv->best[k];
        if (S_better(&f->best[k], into))
            *into = f->best[k];
    }
    if (parent) {
        parent->text += f->text;
        parent->ptext += f->ptext;
        if (fl & (F_ARTICLE | F_MAIN | F_HOLDS))
            parent->flags |= F_HOLDS;
    }
    b->depth--;
}

static void S_survey(survey *sv)
{
    hbox *b = sv->b;
    b->depth = 0;
    S_push_frame(sv->L, b, b->out->document, 0);
    while (b->depth > 0) {
        frame *f = &b->frames[b->depth - 1];
        GumboVector *kids = S_children(f->node);
        if (kids && f->next < kids->length) {
            GumboNode *c = kids->data[f->next++];
            if (c->type == GUMBO_NODE_ELEMENT || c->type == GUMBO_NODE_TEMPLATE)
                S_survey_enter(sv, c);
            else if ((c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) && !sv->drop)
                f->text += strlen(c->v.text.text);
        } else {
            S_survey_leave(sv);
        }
    }
}

/* ---- 3b. the blocks --------------------------------------------------- */

enum { K_H1, K_H2, K_H3, K_H4, K_H5, K_H6, K_PRE, K_FIG, K_LI, K_TD, K_BQ, K_N };

static const char *const S_kind_names[K_N + 1] = {
    "h1", "h2", "h3", "h4", "h5", "h6", "pre", "figcaption", "li", "td", "blockquote", "p"
};

static int S_kind_of(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_H1: return K_H1;
    case GUMBO_TAG_H2: return K_H2;
    case GUMBO_TAG_H3: return K_H3;
    case GUMBO_TAG_H4: return K_H4;
    case GUMBO_TAG_H5: return K_H5;
    case GUMBO_TAG_H6: return K_H6;
    case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
        return K_PRE;
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION: return K_FIG;
    case GUMBO_TAG_LI: return K_LI;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: return K_TD;
    case GUMBO_TAG_BLOCKQUOTE: return K_BQ;
    default: return -1;
    }
}

typedef struct {
    lua_State *L;
    hbox *b;
    int blocks;             /* stack index of the blocks list */
    lua_Integer n;
    int kinds[K_N];
    int pre, in_content, space, full;
    size_t total;
} extract;

/* The kind of the block being built: the innermost heading, else the
 * outermost of pre, figcaption, li, td, blockquote, else "p". */
static const char *S_kind_now(extract *x)
{
    for (int k = 0; k < K_N; k++)
        if (x->kinds[k] > 0)
            return S_kind_names[k];
    return S_kind_names[K_N];
}

static void S_flush(extract *x)
{
    hbuf *t = &x->b->text;
    lua_State *L = x->L;
    while (t->len > 0 && (t->p[t->len - 1] == '\n' || t->p[t->len - 1] == ' '))
        t->len--;
    x->space = 0;
    if (t->len == 0)
        return;
    if (x->n >= HTML_MAX_BLOCKS) {
        x->full = 1;
        t->len = 0;
        return;
    }
    lua_createtable(L, 0, 2);
    lua_pushstring(L, S_kind_now(x));
    lua_setfield(L, -2, "kind");
    lua_pushlstring(L, t->p, t->len);
    lua_setfield(L, -2, "text");
    lua_rawseti(L, x->blocks, ++x->n);
    x->total += t->len;
    t->len = 0;
}

/* A line break (<br>, or a newline inside <pre>): at most one empty line. */
static void S_newline(extract *x)
{
    hbuf *t = &x->b->text;
    x->space = 0;
    if (t->len == 0 || (t->len >= 2 && t->p[t->len - 1] == '\n' && t->p[t->len - 2] == '\n'))
        return;
    if (S_add(t, "\n", 1) < 0)
        luaL_error(x->L, "html.parse: out of memory");
}

/* Appends a text node's text with white space collapsed. */
static void S_add_text(extract *x, const char *str)
{
    hbuf *t = &x->b->text;
    const unsigned char *s = (const unsigned char *)str;
    size_t n = strlen(str);
    if (x->full)
        return;
    if (S_reserve(t, 2 * n + 2) < 0)
        luaL_error(x->L, "html.parse: out of memory");
    for (size_t i = 0; i < n;) {
        int sp;
        size_t k = S_special_char(s + i, n - i, &sp);
        if (x->pre && s[i] == '\n') {
            S_newline(x);
            i++;
            continue;
        }
        if (k || S_ws(s[i]) || s[i] < 0x20 || s[i] == 0x7F) {
            x->space |= k ? sp : S_ws(s[i]);
            i += k ? k : 1;
            continue;
        }
        if (x->total + t->len + 4 > HTML_MAX_TEXT) {
            x->full = 1;
            return;
        }
        if (x->space && t->len > 0 && t->p[t->len - 1] != '\n')
            t->p[t->len++] = ' ';
        x->space = 0;
        do
            t->p[t->len++] = (char)s[i++];
        while (i < n && (s[i] & 0xC0) == 0x80);
    }
}

static unsigned S_extract_flags(GumboTag t)
{
    int k = S_kind_of(t);
    unsigned f = (S_bits(t) & T_BLOCK) ? F_BLOCK : 0;
    if (k >= 0)
        f |= (unsigned)(k + 1) * F_KIND;
    if (k == K_PRE)
        f |= F_PRE;
    if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_SECTION)
        f |= F_CONTENT;
    return f;
}

static void S_count(extract *x, unsigned f, int d)
{
    if (f >= F_KIND)
        x->kinds[f / F_KIND - 1] += d;
    x->pre += (f & F_PRE) ? d : 0;
    x->in_content += (f & F_CONTENT) ? d : 0;
}

static void S_extract_enter(extract *x, GumboNode *n)
{
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_BR && n->v.element.tag_namespace == GUMBO_NAMESPACE_HTML) {
        S_newline(x);
        return;
    }
    if (S_drop_always(n, x->in_content) || (S_bits(t) & (T_RAW | T_RCDATA))
        || S_suspect_dropped(x->b, n))
        return;
    const char *role = S_attr(n, "role");
    unsigned f = S_extract_flags(t);
    if (S_has_word(role, "main", W_EXACT))
        f |= F_CONTENT;
    if (f & F_BLOCK)
        S_flush(x);
    S_count(x, f, 1);
    S_push_frame(x->L, x->b, n, f);
}

static void S_extract_leave(extract *x)
{
    frame *f = &x->b->frames[x->b->depth - 1];
    if (f->flags & F_BLOCK)
        S_flush(x);
    S_count(x, f->flags, -1);
    x->b->depth--;
}

static void S_extract(extract *x, GumboNode *root, int in_content)
{
    hbox *b = x->b;
    x->in_content = in_content;
    for (GumboNode *a = root->parent; a; a = a->parent)
        if (a->type == GUMBO_NODE_ELEMENT
            && (S_extract_flags(a->v.element.tag) & F_CONTENT || S_has_word(S_attr(a, "role"), "main", W_EXACT)))
            x->in_content++;
    b->depth = 0;
    unsigned f = S_extract_flags(root->v.element.tag) | F_BLOCK;
    S_count(x, f, 1);
    S_push_frame(x->L, b, root, f);
    while (b->depth > 0 && !x->full) {
        frame *fr = &b->frames[b->depth - 1];
        GumboVector *kids = S_children(fr->node);
        if (kids && fr->next < kids->length) {
            GumboNode *c = kids->data[fr->next++];
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA
                || c->type == GUMBO_NODE_WHITESPACE)
                S_add_text(x, c->v.text.text);
            else if (c->type == GUMBO_NODE_ELEMENT)
                S_extract_enter(x, c);
        } else {
            S_extract_leave(x);
        }
    }
    S_flush(x);
    b->depth = 0;
}

/* ---- parse ------------------------------------------------------------ */

/* Pushes the text of an element (the <title>), collapsed. */
static void S_push_text_of(lua_State *L, GumboNode *n)
{
    luaL_Buffer buf;
    luaL_buffinit(L, &buf);
    GumboVector *kids = S_children(n);
    for (unsigned i = 0; kids && i < kids->length; i++) {
        GumboNode *c = kids->data[i];
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE
            || c->type == GUMBO_NODE_CDATA)
            luaL_addstring(&buf, c->v.text.text);
    }
    luaL_pushresult(&buf);
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    S_push_collapsed(L, s, len, HTML_MAX_VALUE);
    lua_remove(L, -2);
}

/* An id or class of furniture that lists other pages or readers' words. */
static int S_elsewhere(const char *list)
{
    static const char *const words[] = {
        "comment", "related", "recommend", "more-stories", "morestories", "teaser",
        "sidebar", "footer", "widget", "popular", "trending", "most-read", "mostread"
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (S_has_word(list, words[i], W_PART))
            return 1;
    return 0;
}

/* An id or class of an article's header or byline. */
static int S_headerish(const char *list)
{
    return S_has_word(list, "byline", W_PART) || S_has_word(list, "header", W_PART)
        || S_has_word(list, "dateline", W_PART) || S_has_word(list, "author", W_PART)
        || S_has_word(list, "meta", W_PART) || S_has_word(list, "timestamp", W_PART);
}

/* page.times: the plain <time datetime> elements (no itemprop, no
 * pubdate) that are not in a list, a comment, a related-links box, a
 * footer, an aside or the navigation, each as { datetime, text, main =
 * inside the main content, prose = inside a paragraph, quote, caption or
 * table cell, header = inside a <header> or an element whose id or class
 * speaks of a header or byline }.  05-html decides. */
static void S_push_times(lua_State *L, survey *sv, GumboNode *root)
{
    lua_createtable(L, 0, 0);
    int k = 0;
    for (int i = 0; i < sv->ntimes; i++) {
        GumboNode *t = sv->times[i];
        int in_main = 0, header = 0, prose = 0, away = 0;
        for (GumboNode *a = t->parent; a && a->type == GUMBO_NODE_ELEMENT && !away; a = a->parent) {
            GumboTag tag = a->v.element.tag;
            const char *id = S_attr(a, "id"), *cls = S_attr(a, "class");
            if (a == root)
                in_main = 1;
            if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_FIGCAPTION
                || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
                prose = 1;
            if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE
                || tag == GUMBO_TAG_FOOTER || S_furniture_role(S_attr(a, "role"), 1)
                || S_elsewhere(id) || S_elsewhere(cls))
                away = 1;
            if (tag == GUMBO_TAG_HEADER || S_headerish(id) || S_headerish(cls))
                header = 1;
        }
        if (away)
            continue;
        lua_createtable(L, 0, 4);
        const char *dt = S_attr(t, "datetime");
        S_push_collapsed(L, dt, strlen(dt), HTML_MAX_KEY);
        lua_setfield(L, -2, "datetime");
        S_push_text_of(L, t);
        lua_setfield(L, -2, "text");
        lua_pushboolean(L, in_main);
        lua_setfield(L, -2, "main");
        lua_pushboolean(L, prose);
        lua_setfield(L, -2, "prose");
        lua_pushboolean(L, header);
        lua_setfield(L, -2, "header");
        lua_rawseti(L, -2, ++k);
    }
}

/* The main content: see the top of the file.  Sets *how. */
static GumboNode *S_choose(survey *sv, GumboNode *body, const char **how)
{
    static const char *const names[] = { "article", "main" };
    size_t dense = sv->best[C_DENSE].ptext;
    for (int k = C_ARTICLE; k <= C_MAIN; k++) {
        const cand *c = &sv->best[k];
        if (c->node && c->text > 0 && 2 * c->ptext >= dense && 5 * c->text >= sv->body_text) {
            *how = names[k];
            return c->node;
        }
    }
    if (sv->best[C_DENSE].node && dense >= HTML_MIN_DENSITY) {
        *how = "density";
        return sv->best[C_DENSE].node;
    }
    *how = "body";
    return body;
}

static GumboNode *S_find_body(GumboOutput *out)
{
    GumboVector *kids = S_children(out->root);
    for (unsigned i = 0; kids && i < kids->length; i++)
        if (S_is_element(kids->data[i], GUMBO_TAG_BODY))
            return kids->data[i];
    return out->root;
}

static int S_parse(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    lua_settop(L, 1);
    hbox *b = S_box_new(L);                                   /* 2 */
    int flattened = 0;
    if (S_prepare((const unsigned char *)s, n, &b->src, &flattened) < 0)
        return luaL_error(L, "html.parse: out of memory");
    GumboOptions opts = kGumboDefaultOptions;
    opts.max_errors = 0;
    b->out = gumbo_parse_with_options(&opts, b->src.p ? b->src.p : "", b->src.len);
    if (!b->out)
        return luaL_error(L, "html.parse: out of memory");
    free(b->src.p);
    b->src = (hbuf){ 0 };

    lua_createtable(L, 0, 8);                                 /* 3: the page */
    lua_newtable(L);                                          /* 4: meta */
    survey sv = { 0 };
    sv.L = L;
    sv.b = b;
    sv.page = 3;
    sv.meta = 4;
    S_survey(&sv);

    if (sv.title) {
        S_push_text_of(L, sv.title);
        if (lua_rawlen(L, -1) > 0)
            lua_setfield(L, 3, "title");
        else
            lua_pop(L, 1);
    }
    const char *lang = S_attr(b->out->root, "lang");
    if (lang) {
        S_push_collapsed(L, lang, strlen(lang), HTML_MAX_KEY);
        lua_setfield(L, 3, "lang");
    }

    GumboNode *body = sv.body ? sv.body : S_find_body(b->out);
    const char *how;
    GumboNode *root = S_choose(&sv, body, &how);
    lua_pushstring(L, how);
    lua_setfield(L, 3, "main");
    S_push_times(L, &sv, root);
    lua_setfield(L, 3, "times");

    lua_newtable(L);                                          /* 5: blocks */
    extract x = { 0 };
    x.L = L;
    x.b = b;
    x.blocks = 5;
    S_extract(&x, root, root != body);
    lua_setfield(L, 3, "blocks");
    lua_setfield(L, 3, "meta");
    if (x.full) {
        lua_pushboolean(L, 1);
        lua_setfield(L, 3, "truncated");
    }
    if (flattened) {
        lua_pushboolean(L, 1);
        lua_setfield(L, 3, "flattened");
    }
    S_box_clear(b);
    return 1;
}

/* ---- module ----------------------------------------------------------- */

static const luaL_Reg html_funcs[] = {
    {"parse", S_parse},
    {NULL, NULL}
};

int luaopen_cb_html(lua_State *L)
{
    if (luaL_newmetatable(L, BOX_MT)) {
        lua_pushcfunction(L, S_box_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_pop(L, 1);
    luaL_newlib(L, html_funcs);
    return 1;
}
