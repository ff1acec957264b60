/*
 * pdf_deflate.c — page contents compressed before saving (pdf_deflate.h).
 *
 * The threads read the pages' memory streams directly (their buffers, in
 * libharu's public structures) and call nothing of libharu, whose errors
 * longjmp on the typesetting thread; the streams are swapped on the
 * caller's thread afterwards.  deflate's output depends on the bytes and
 * the settings only, not on how the input is handed to it, so compressing
 * a stream whole gives the bytes libharu's 4 KB pieces give.
 */
#include "pdf_deflate.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include <hpdf_conf.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

enum { S_MAX_THREADS = 8 };

typedef struct {
    HPDF_Dict dict;         /* the page's contents */
    unsigned char *out;     /* its bytes deflated, or NULL */
    size_t len;
} zpage;

typedef struct {
    zpage *v;
    size_t n;
    atomic_size_t next;
} zwork;

/* Deflates z's stream as libharu does (HPDF_Stream_WriteToStreamWithDeflate:
 * zlib's default level, window and memory); z->out stays NULL on failure. */
static void S_deflate(zpage *z)
{
    HPDF_Stream s = z->dict->stream;
    HPDF_MemStreamAttr a = s->attr;
    z_stream strm;
    memset(&strm, 0, sizeof strm);
    if (deflateInit(&strm, Z_DEFAULT_COMPRESSION) != Z_OK)
        return;
    size_t left = s->size;
    uLong bound = deflateBound(&strm, (uLong)left);
    unsigned char *out = malloc(bound ? bound : 1);
    int rc = out ? Z_OK : Z_MEM_ERROR;
    strm.next_out = out;
    strm.avail_out = (uInt)bound;
    for (HPDF_UINT i = 0; rc == Z_OK && i < a->buf->count && left > 0; i++) {
        size_t n = left < a->buf_siz ? left : a->buf_siz;
        left -= n;
        strm.next_in = a->buf->obj[i];
        strm.avail_in = (uInt)n;
        rc = deflate(&strm, left > 0 ? Z_NO_FLUSH : Z_FINISH);
    }
    if (rc == Z_OK && left == 0 && s->size == 0)
        rc = deflate(&strm, Z_FINISH);
    if (rc == Z_STREAM_END && left == 0) {
        /* deflateBound is more than the raw size: give the rest back */
        unsigned char *fit = realloc(out, strm.total_out ? strm.total_out : 1);
        z->out = fit ? fit : out;
        z->len = strm.total_out;
    } else {
        free(out);
    }
    deflateEnd(&strm);
}

static void *S_work(void *arg)
{
    zwork *w = arg;
    for (size_t i; (i = atomic_fetch_add(&w->next, 1)) < w->n;)
        S_deflate(&w->v[i]);
    return NULL;
}

/* What libharu writes for a stream it compressed itself (HPDF_Dict_Write
 * adds the entry after the others). */
static HPDF_STATUS S_write_filter(HPDF_Dict dict, HPDF_Stream stream)
{
    (void)dict;
    return HPDF_Stream_WriteStr(stream, "/Filter [ /FlateDecode ]\012");
}

/* A contents stream libharu would deflate, and in the layout this file
 * knows. */
static int S_eligible(HPDF_Dict d)
{
    return d && d->stream && d->stream->type == HPDF_STREAM_MEMORY && d->stream->attr &&
           d->filter == HPDF_STREAM_FILTER_FLATE_DECODE && !d->before_write_fn &&
           !d->write_fn && !d->after_write_fn && !d->filterParams;
}

/* Puts z's compressed bytes in place of its stream; frees them. */
static void S_swap(zpage *z)
{
    HPDF_Dict d = z->dict;
    HPDF_Stream s = HPDF_MemStream_New(d->mmgr, HPDF_STREAM_BUF_SIZ);
    if (s && HPDF_Stream_Write(s, z->out, (HPDF_UINT)z->len) == HPDF_OK) {
        HPDF_Stream_Free(d->stream);
        d->stream = s;
        d->filter = HPDF_STREAM_FILTER_NONE;
        d->write_fn = S_write_filter;
    } else if (s) {
        HPDF_Stream_Free(s);
    }
    free(z->out);
    z->out = NULL;
}

void pdf_deflate_free(pdf_ctx *ctx)
{
    zwork *w = ctx->deflated;
    if (!w)
        return;
    for (size_t i = 0; i < w->n; i++)
        free(w->v[i].out);
    free(w->v);
    free(w);
    ctx->deflated = NULL;
}

/* Pages compressed at a time before their streams are swapped: the raw
 * and the compressed bytes of only so many pages are held together. */
enum { S_BATCH = 256 };

void pdf_deflate_pages(pdf_ctx *ctx, int threads)
{
    zwork *w = calloc(1, sizeof *w);
    if (!w || !(w->v = calloc(ctx->npages ? ctx->npages : 1, sizeof *w->v))) {
        free(w);
        return;
    }
    ctx->deflated = w;      /* freed by pdf_deflate_free, after a longjmp too */
    size_t n = 0;
    for (size_t i = 0; i < ctx->npages; i++) {
        HPDF_PageAttr attr = ctx->pages[i] ? ctx->pages[i]->attr : NULL;
        if (attr && S_eligible(attr->contents))
            w->v[n++].dict = attr->contents;
    }
    if (threads > S_MAX_THREADS)
        threads = S_MAX_THREADS;
    w->n = n;
    for (size_t from = 0; from < n; from += S_BATCH) {
        zwork batch = { w->v + from, n - from < S_BATCH ? n - from : S_BATCH, 0 };
        pthread_t t[S_MAX_THREADS];
        int helpers = 0;
        while (helpers + 1 < threads && (size_t)helpers + 1 < batch.n &&
               pthread_create(&t[helpers], NULL, S_work, &batch) == 0)
            helpers++;
        S_work(&batch);
        for (int i = 0; i < helpers; i++)
            pthread_join(t[i], NULL);
        for (size_t i = 0; i < batch.n; i++)
            if (batch.v[i].out)
                S_swap(&batch.v[i]);
    }
    pdf_deflate_free(ctx);
}
