/*
 * pdf_pieces.c — the Markdown in pieces, parsed in turn or ahead on a
 * thread of its own (see pdf_pieces.h).
 *
 * Ownership: the set owns the trees it has parsed and not handed out (the
 * queue) and those handed back (the garbage, freed by the parsing thread
 * as it goes, or at close).  A tree handed out is the caller's until it is
 * given back.
 */
#include "pdf_pieces.h"

#include <cmark-gfm-core-extensions.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define S_AHEAD 2   /* parsed pieces waiting at most */

struct pdf_pieces {
    const char *md;
    size_t len, min;
    int cut;                    /* the text may be cut (S_may_cut) */
    size_t start;               /* where the next piece to parse begins */
    int parsed;                 /* pieces parsed (an empty text is one) */
    int threaded;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t ready;       /* a piece parsed, or the end */
    pthread_cond_t room;        /* a slot free, garbage to free, or stop */
    cmark_node *queue[S_AHEAD];
    size_t qhead, qn;
    cmark_node *garbage[S_AHEAD + 1];
    size_t ngarbage;
    int finished;               /* the parsing thread has stopped */
    int stop;                   /* the caller asked it to stop */
    int failed;
    char err[256];
};

/* ---- where a piece may end --------------------------------------------
 * Each piece ends before an ATX heading ("## ...") that follows a blank
 * line: a block boundary whatever came before, so the pieces give the
 * blocks one parse of the whole would.  No cut inside a fenced code block,
 * nor right after a heading (the heading keeps its next block on its
 * page); none at all when the text holds link reference definitions or
 * HTML blocks that may span blank lines (comments, <pre>, <script>...),
 * which can reach from one piece into another. */

static size_t S_indent(const char *l, const char *end)
{
    size_t n = 0;
    while (l + n < end && l[n] == ' ' && n < 4)
        n++;
    return n;
}

static int S_blank(const char *l, const char *end)
{
    for (; l < end; l++)
        if (*l != ' ' && *l != '\t' && *l != '\r')
            return 0;
    return 1;
}

/* "#" to "######" then a space, a tab or the end of the line */
static int S_atx(const char *l, const char *end)
{
    size_t n = 0;
    while (l + n < end && l[n] == '#' && n < 7)
        n++;
    return n >= 1 && n <= 6 && (l + n == end || l[n] == ' ' || l[n] == '\t' || l[n] == '\r');
}

static int S_starts_ci(const char *l, const char *end, const char *prefix)
{
    size_t n = strlen(prefix);
    if ((size_t)(end - l) < n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((l[i] | 0x20) != prefix[i] && l[i] != prefix[i])
            return 0;
    return 1;
}

/* Whether the line (past its indent) may open a link reference definition
 * or an HTML block of the kinds 1-5 of CommonMark. */
static int S_reaches_across(const char *l, const char *end)
{
    if (l < end && *l == '[') {
        const char *close = memchr(l, ']', (size_t)(end - l));
        return close && close + 1 < end && close[1] == ':';
    }
    static const char *const html[] = {"<script", "<pre", "<style", "<textarea", "<!", "<?"};
    for (size_t i = 0; i < sizeof html / sizeof *html; i++)
        if (S_starts_ci(l, end, html[i]))
            return 1;
    return 0;
}

static int S_may_cut(const char *md, size_t len)
{
    const char *p = md, *end = md + len;
    while (p < end) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e)
            e = end;
        size_t ind = S_indent(p, e);
        if (ind < 4 && S_reaches_across(p + ind, e))
            return 0;
        p = e + 1;
    }
    return 1;
}

/* The end of the piece starting at md[start]: the start of the first line
 * at least min bytes on where a cut is allowed, else len. */
static size_t S_piece_end(const char *md, size_t len, size_t start, size_t min)
{
    const char *p = md + start, *end = md + len;
    int prev_blank = 0, prev_heading = 0;
    char fence = 0;
    size_t fence_len = 0;
    while (p < end) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e)
            e = end;
        size_t ind = S_indent(p, e);
        const char *l = p + ind;
        int blank = S_blank(p, e);
        int heading = !fence && ind < 4 && S_atx(l, e);
        if (heading && prev_blank && !prev_heading && (size_t)(p - md) - start >= min)
            return (size_t)(p - md);
        if (ind < 4 && l < e && (*l == '`' || *l == '~')) {
            size_t run = 0;
            while (l + run < e && l[run] == *l)
                run++;
            if (!fence && run >= 3) {
                fence = *l;
                fence_len = run;
            } else if (fence == *l && run >= fence_len && S_blank(l + run, e)) {
                fence = 0;
            }
        }
        if (!blank)
            prev_heading = heading;
        prev_blank = blank;
        p = e + 1;
    }
    return len;
}

static cmark_node *S_parse(const char *md, size_t len, char *err, size_t errlen)
{
    static const char *const ext[] = {"table", "strikethrough", "autolink"};
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *p = cmark_parser_new(CMARK_OPT_VALIDATE_UTF8);
    if (!p) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    for (size_t i = 0; i < sizeof ext / sizeof *ext; i++) {
        cmark_syntax_extension *e = cmark_find_syntax_extension(ext[i]);
        if (!e) {
            snprintf(err, errlen, "cmark-gfm extension '%s' is missing", ext[i]);
            cmark_parser_free(p);
            return NULL;
        }
        cmark_parser_attach_syntax_extension(p, e);
    }
    cmark_parser_feed(p, md, len);
    cmark_node *doc = cmark_parser_finish(p);
    cmark_parser_free(p);
    if (!doc)
        snprintf(err, errlen, "cannot parse the Markdown");
    return doc;
}

/* Parses the next piece (advancing p->start); NULL with p->err set on a
 * failure. */
static cmark_node *S_parse_next(pdf_pieces *p)
{
    size_t end = p->cut ? S_piece_end(p->md, p->len, p->start, p->min) : p->len;
    cmark_node *doc = S_parse(p->md + p->start, end - p->start, p->err, sizeof p->err);
    p->start = end;
    p->parsed++;
    return doc;
}

static int S_more(const pdf_pieces *p)
{
    return p->start < p->len || p->parsed == 0;
}

/* The parsing thread: keeps up to S_AHEAD pieces parsed, frees what is
 * given back. */
static void *S_ahead(void *arg)
{
    pdf_pieces *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->ngarbage > 0) {
            cmark_node *doc = p->garbage[--p->ngarbage];
            pthread_mutex_unlock(&p->mu);
            cmark_node_free(doc);
            pthread_mutex_lock(&p->mu);
        }
        if (p->stop || !S_more(p))
            break;
        if (p->qn == S_AHEAD) {
            pthread_cond_wait(&p->room, &p->mu);
            continue;
        }
        pthread_mutex_unlock(&p->mu);
        cmark_node *doc = S_parse_next(p);     /* p->start is this thread's */
        pthread_mutex_lock(&p->mu);
        if (!doc) {
            p->failed = 1;
            break;
        }
        p->queue[(p->qhead + p->qn++) % S_AHEAD] = doc;
        pthread_cond_signal(&p->ready);
    }
    p->finished = 1;
    pthread_cond_signal(&p->ready);
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

pdf_pieces *pdf_pieces_open(const char *md, size_t len, size_t min, int ahead)
{
    pdf_pieces *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->md = md;
    p->len = len;
    p->min = min;
    p->cut = S_may_cut(md, len);
    cmark_gfm_core_extensions_ensure_registered();  /* before any thread parses */
    if (ahead && p->cut) {
        pthread_mutex_init(&p->mu, NULL);
        pthread_cond_init(&p->ready, NULL);
        pthread_cond_init(&p->room, NULL);
        p->threaded = pthread_create(&p->thread, NULL, S_ahead, p) == 0;
        if (!p->threaded) {
            pthread_cond_destroy(&p->room);
            pthread_cond_destroy(&p->ready);
            pthread_mutex_destroy(&p->mu);
        }
    }
    return p;
}

cmark_node *pdf_pieces_next(pdf_pieces *p, int *failed, char *err, size_t errlen)
{
    *failed = 0;
    cmark_node *doc = NULL;
    if (!p->threaded) {
        if (!S_more(p))
            return NULL;
        if (!(doc = S_parse_next(p))) {
            *failed = 1;
            snprintf(err, errlen, "%s", p->err);
        }
        return doc;
    }
    pthread_mutex_lock(&p->mu);
    while (p->qn == 0 && !p->finished)
        pthread_cond_wait(&p->ready, &p->mu);
    if (p->qn > 0) {
        doc = p->queue[p->qhead];
        p->qhead = (p->qhead + 1) % S_AHEAD;
        p->qn--;
        pthread_cond_signal(&p->room);
    } else if (p->failed) {
        *failed = 1;
        snprintf(err, errlen, "%s", p->err);
    }
    pthread_mutex_unlock(&p->mu);
    return doc;
}

void pdf_pieces_done(pdf_pieces *p, cmark_node *doc)
{
    if (p->threaded) {
        pthread_mutex_lock(&p->mu);
        if (!p->finished && p->ngarbage < S_AHEAD + 1) {
            p->garbage[p->ngarbage++] = doc;
            doc = NULL;
            pthread_cond_signal(&p->room);
        }
        pthread_mutex_unlock(&p->mu);
    }
    if (doc)
        cmark_node_free(doc);
}

void pdf_pieces_close(pdf_pieces *p)
{
    if (!p)
        return;
    if (p->threaded) {
        pthread_mutex_lock(&p->mu);
        p->stop = 1;
        pthread_cond_signal(&p->room);
        pthread_mutex_unlock(&p->mu);
        pthread_join(p->thread, NULL);
        pthread_cond_destroy(&p->room);
        pthread_cond_destroy(&p->ready);
        pthread_mutex_destroy(&p->mu);
    }
    for (size_t i = 0; i < p->qn; i++)
        cmark_node_free(p->queue[(p->qhead + i) % S_AHEAD]);
    for (size_t i = 0; i < p->ngarbage; i++)
        cmark_node_free(p->garbage[i]);
    free(p);
}
