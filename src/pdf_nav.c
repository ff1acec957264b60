/*
 * pdf_nav.c — navigation in the typeset PDF: which links are clickable,
 * heading anchors with GitHub-style slugs, bookmarks (the outline), and
 * internal links resolved once every heading has a page.
 *
 * Slugs follow github-slugger: lower-case, punctuation dropped, each space
 * a "-", a repeated slug gets "-1", "-2", ...  Lower-casing covers ASCII,
 * Latin-1, Latin Extended-A, Greek and Cyrillic (the names briefings
 * carry); other letters are kept as they are.
 *
 * Ownership: link targets (ctx->link) and anchors are malloc'ed into the
 * ctx; the slug maps are owned by the ctx and freed by pdf_nav_free().
 */
#include "pdf_layout.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define S_MAX_URI 4000      /* longer URIs are left unclickable */
#define S_MAX_TITLE 400     /* bytes of a bookmark title */

/* A string -> int hash map with open addressing (keys are copied). */
typedef struct pdf_map {
    char **key;
    int *val;
    size_t cap, n;
} pdf_map;

static uint64_t S_hash(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static size_t S_slot(const pdf_map *m, const char *k)
{
    size_t i = (size_t)S_hash(k) & (m->cap - 1);
    while (m->key[i] && strcmp(m->key[i], k) != 0)
        i = (i + 1) & (m->cap - 1);
    return i;
}

static int *S_map_find(const pdf_map *m, const char *k)
{
    if (!m || m->cap == 0)
        return NULL;
    size_t i = S_slot(m, k);
    return m->key[i] ? &m->val[i] : NULL;
}

static void S_map_grow(pdf_ctx *ctx, pdf_map *m)
{
    pdf_map old = *m;
    m->cap = old.cap ? old.cap * 2 : 64;
    m->key = calloc(m->cap, sizeof *m->key);
    m->val = calloc(m->cap, sizeof *m->val);
    if (!m->key || !m->val) {
        free(m->key);
        free(m->val);
        *m = old; /* still freeable */
        pdf_layout_fail(ctx, "out of memory");
    }
    for (size_t i = 0; i < old.cap; i++)
        if (old.key[i]) {
            size_t j = S_slot(m, old.key[i]);
            m->key[j] = old.key[i];
            m->val[j] = old.val[i];
        }
    free(old.key);
    free(old.val);
}

static void S_map_put(pdf_ctx *ctx, pdf_map *m, const char *k, int v)
{
    if ((m->n + 1) * 2 > m->cap)
        S_map_grow(ctx, m);
    size_t i = S_slot(m, k);
    if (!m->key[i]) {
        m->key[i] = pdf_layout_strndup(ctx, k, strlen(k));
        m->n++;
    }
    m->val[i] = v;
}

static void S_map_free(pdf_map *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->cap; i++)
        free(m->key[i]);
    free(m->key);
    free(m->val);
    free(m);
}

static pdf_map *S_map(pdf_ctx *ctx, pdf_map **slot)
{
    if (!*slot && !(*slot = calloc(1, sizeof **slot)))
        pdf_layout_fail(ctx, "out of memory");
    return *slot;
}

/* ---- links ------------------------------------------------------------ */

static int S_has_prefix(const char *s, const char *p)
{
    for (; *p; s++, p++)
        if ((*s | 0x20) != *p)
            return 0;
    return 1;
}

static int S_hex(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* s with %XX sequences decoded (malloc'ed). */
static char *S_percent_decode(pdf_ctx *ctx, const char *s)
{
    size_t n = strlen(s), j = 0;
    char *d = pdf_layout_strndup(ctx, s, n);
    for (size_t i = 0; i < n; i++) {
        int hi, lo;
        if (s[i] == '%' && i + 2 < n && (hi = S_hex(s[i + 1])) >= 0 &&
            (lo = S_hex(s[i + 2])) >= 0) {
            d[j++] = (char)(hi * 16 + lo);
            i += 2;
        } else {
            d[j++] = s[i];
        }
    }
    d[j] = '\0';
    return d;
}

/* s with bytes a PDF URI may not hold percent-encoded (malloc'ed). */
static char *S_percent_encode(pdf_ctx *ctx, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = strlen(s), j = 0;
    char *d = malloc(3 * n + 1);
    if (!d)
        pdf_layout_fail(ctx, "out of memory");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= 0x20 || c >= 0x7F || strchr("\"<>\\^`{|}", c)) {
            d[j++] = '%';
            d[j++] = hex[c >> 4];
            d[j++] = hex[c & 15];
        } else {
            d[j++] = (char)c;
        }
    }
    d[j] = '\0';
    return d;
}

int32_t pdf_nav_link(pdf_ctx *ctx, const char *url)
{
    pdf_link l = {NULL, PDF_LINK_NONE};

    if (ctx->nlinks >= INT32_MAX)
        return -1;
    if (url && url[0] == '#') {
        l.target = S_percent_decode(ctx, url + 1);
        l.kind = PDF_LINK_INTERNAL;
    } else if (url && strlen(url) < S_MAX_URI &&
               (S_has_prefix(url, "http://") || S_has_prefix(url, "https://") ||
                S_has_prefix(url, "mailto:"))) {
        l.target = S_percent_encode(ctx, url);
        l.kind = PDF_LINK_URI;
    }
    ctx->link = pdf_layout_grow(ctx, ctx->link, &ctx->cap_links, ctx->nlinks + 1,
                                sizeof *ctx->link);
    ctx->link[ctx->nlinks] = l;
    return (int32_t)ctx->nlinks++;
}

/* ---- slugs ------------------------------------------------------------ */

static uint32_t S_lower_latin(uint32_t c)
{
    if ((c >= 0xC0 && c <= 0xDE && c != 0xD7))
        return c + 0x20;
    if (c == 0x178)
        return 0xFF;
    if ((c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) ||
        (c >= 0x14A && c <= 0x177))
        return c % 2 == 0 ? c + 1 : c;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
        return c % 2 == 1 ? c + 1 : c;
    return c;
}

static uint32_t S_lower_greek_cyrillic(uint32_t c)
{
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2)
        return c + 0x20;
    if (c == 0x386)
        return 0x3AC;
    if (c >= 0x388 && c <= 0x38A)
        return c + 0x25;
    if (c == 0x38C)
        return 0x3CC;
    if (c == 0x38E || c == 0x38F)
        return c + 0x3F;
    if (c >= 0x410 && c <= 0x42F)
        return c + 0x20;
    if (c >= 0x400 && c <= 0x40F)
        return c + 0x50;
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) ||
        (c >= 0x4D0 && c <= 0x52F))
        return c % 2 == 0 ? c + 1 : c;
    if (c >= 0x4C1 && c <= 0x4CE)
        return c % 2 == 1 ? c + 1 : c;
    return c == 0x4C0 ? 0x4CF : c;
}

/* Punctuation and symbols github-slugger removes (outside ASCII). */
static int S_dropped(uint32_t c)
{
    return (c >= 0xA0 && c <= 0xBF) || c == 0xD7 || c == 0xF7 ||
           (c >= 0x2000 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF) ||
           (c >= 0x2100 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
           (c >= 0xFE30 && c <= 0xFE4F) || c == 0xFFFD;
}

/* Appends the slug form of code point c to out (room for 6 bytes). */
static size_t S_slug_cp(uint32_t c, char *out)
{
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            c += 0x20;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
            out[0] = (char)c;
            return 1;
        }
        if (c == ' ') {
            out[0] = '-';
            return 1;
        }
        return 0;
    }
    if (S_dropped(c))
        return 0;
    if (c == 0x130) { /* İ lower-cases to i + combining dot above */
        out[0] = 'i';
        return 1 + pdf_layout_utf8_put(out + 1, 0x307);
    }
    return pdf_layout_utf8_put(out, S_lower_greek_cyrillic(S_lower_latin(c)));
}

/* The slug of s, malloc'ed. */
static char *S_slugify(pdf_ctx *ctx, const char *s)
{
    size_t n = strlen(s), i = 0, j = 0;
    char *d = malloc(2 * n + 8);
    if (!d)
        pdf_layout_fail(ctx, "out of memory");
    while (i < n)
        j += S_slug_cp(pdf_layout_utf8_next(s, n, &i), d + j);
    d[j] = '\0';
    return d;
}

/* ---- headings: anchors and bookmarks ---------------------------------- */

static void S_add_anchor(pdf_ctx *ctx, const char *text)
{
    char num[24];
    pdf_map *base = S_map(ctx, &ctx->slug_base), *slugs = S_map(ctx, &ctx->slugs);

    if (ctx->nanchors >= INT32_MAX)
        return;
    ctx->anchor = pdf_layout_grow(ctx, ctx->anchor, &ctx->cap_anchors,
                                  ctx->nanchors + 1, sizeof *ctx->anchor);
    free(ctx->heading_text);
    ctx->heading_text = S_slugify(ctx, text);
    int *seen = S_map_find(base, ctx->heading_text);
    int count = seen ? *seen : 0;
    S_map_put(ctx, base, ctx->heading_text, count + 1);
    if (count > 0) {
        snprintf(num, sizeof num, "-%d", count);
        size_t n = strlen(ctx->heading_text);
        char *longer = realloc(ctx->heading_text, n + strlen(num) + 1);
        if (!longer)
            pdf_layout_fail(ctx, "out of memory");
        ctx->heading_text = longer;
        memcpy(ctx->heading_text + n, num, strlen(num) + 1);
    }
    if (!S_map_find(slugs, ctx->heading_text))
        S_map_put(ctx, slugs, ctx->heading_text, (int)ctx->nanchors);
    ctx->anchor[ctx->nanchors++] = (pdf_anchor){ctx->first_page, ctx->first_top};
}

/* Cuts s to at most max bytes at a character boundary; returns s. */
static char *S_cut(char *s, size_t max)
{
    size_t n = strlen(s);
    if (n <= max)
        return s;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;
    s[max] = '\0';
    return s;
}

static void S_add_bookmark(pdf_ctx *ctx, int level, const char *title)
{
    if (level > 2 || ctx->noutlines >= PDF_RENDER_MAX_OUTLINE)
        return;
    HPDF_Outline parent = level == 2 ? ctx->last_h1 : NULL;
    HPDF_Outline o = HPDF_CreateOutline(ctx->pdf, parent,
                                        title[0] ? title : "(untitled)", ctx->utf8);
    HPDF_Destination dst = HPDF_Page_CreateDestination(ctx->pages[ctx->first_page]);
    HPDF_Destination_SetFitH(dst, ctx->first_top);
    HPDF_Outline_SetDestination(o, dst);
    if (level == 1) {
        HPDF_Outline_SetOpened(o, HPDF_TRUE);
        ctx->last_h1 = o;
    }
    ctx->noutlines++;
}

void pdf_nav_heading(pdf_ctx *ctx, int level, char *text)
{
    if (level == 1 && !ctx->doc_title)
        ctx->doc_title = S_cut(pdf_layout_strndup(ctx, text, strlen(text)), S_MAX_TITLE);
    S_add_anchor(ctx, text);
    S_add_bookmark(ctx, level, S_cut(text, S_MAX_TITLE));
}

void pdf_nav_resolve(pdf_ctx *ctx)
{
    for (size_t i = 0; i < ctx->npending_links; i++) {
        const pdf_pending_link *p = &ctx->pending_link[i];
        char *key = S_slugify(ctx, ctx->link[p->link].target);
        free(ctx->heading_text);
        ctx->heading_text = key;
        int *a = S_map_find(ctx->slugs, key);
        if (!a) /* the anchor may carry characters a slug drops */
            a = S_map_find(ctx->slugs, ctx->link[p->link].target);
        if (!a)
            continue;
        const pdf_anchor *to = &ctx->anchor[*a];
        HPDF_Destination dst = HPDF_Page_CreateDestination(ctx->pages[to->page]);
        HPDF_Destination_SetFitH(dst, to->top);
        HPDF_Annotation an = HPDF_Page_CreateLinkAnnot(ctx->pages[p->page], p->rect, dst);
        HPDF_LinkAnnot_SetBorderStyle(an, 0, 0, 0);
    }
}

void pdf_nav_free(pdf_ctx *ctx)
{
    S_map_free(ctx->slugs);
    S_map_free(ctx->slug_base);
    ctx->slugs = ctx->slug_base = NULL;
    free(ctx->anchor);
    free(ctx->heading_text);
    free(ctx->doc_title);
}
