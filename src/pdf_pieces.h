/*
 * pdf_pieces.h — the Markdown of a briefing cut into pieces and parsed one
 * piece at a time (cmark-gfm), so that only a piece's tree is in memory,
 * not the whole document's (about 300 MB for 15 MB of Markdown).  With
 * `ahead`, a thread of its own parses the next pieces (at most two wait)
 * and frees the trees handed back, while the caller typesets.
 */
#ifndef CB_PDF_PIECES_H
#define CB_PDF_PIECES_H

#include <stddef.h>

#include <cmark-gfm.h>

typedef struct pdf_pieces pdf_pieces;

/* Cuts md[0..len) (borrowed until pdf_pieces_close) into pieces of at
 * least min bytes where the text allows it (see pdf_pieces.c).  NULL when
 * out of memory. */
pdf_pieces *pdf_pieces_open(const char *md, size_t len, size_t min, int ahead);

/* The next piece's tree, the caller's until pdf_pieces_done; NULL at the
 * end, or on a parse failure with a message in err (then *failed = 1).
 * The pieces come in text order whether parsed ahead or not. */
cmark_node *pdf_pieces_next(pdf_pieces *p, int *failed, char *err, size_t errlen);

/* Gives back a tree pdf_pieces_next returned, to be freed. */
void pdf_pieces_done(pdf_pieces *p, cmark_node *doc);

/* Stops the parsing thread and frees every tree not handed out.  NULL is
 * fine. */
void pdf_pieces_close(pdf_pieces *p);

#endif
