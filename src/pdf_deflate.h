/*
 * pdf_deflate.h — the pages' content streams compressed on several
 * threads before the document is saved.
 *
 * libharu deflates every stream while it writes the document, one after
 * the other: on 7,000 pages that is a third of the typesetting.  Done
 * here first, a page at a time on `threads` threads, each stream is
 * replaced by its compressed bytes and written as libharu would have
 * written it (the same zlib settings, the same /Filter entry), so the
 * saved document is the same bytes.  Streams the library does not lay
 * out that way (another filter, a dictionary of its own) are left to it.
 */
#ifndef CB_PDF_DEFLATE_H
#define CB_PDF_DEFLATE_H

#include "pdf_layout.h"

/* Compresses the content streams of ctx's pages, using up to `threads`
 * threads (the caller's among them).  A failure (out of memory) leaves a
 * page's stream to be compressed by libharu; a libharu error longjmps
 * (pdf_layout_fail). */
void pdf_deflate_pages(pdf_ctx *ctx, int threads);

/* Frees what pdf_deflate_pages left when a libharu error cut it short
 * (ctx->deflated); nothing otherwise. */
void pdf_deflate_free(pdf_ctx *ctx);

#endif
