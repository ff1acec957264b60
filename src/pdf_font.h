/*
 * pdf_font.h — finding the DejaVu TrueType files the PDF typesetter embeds.
 *
 * Five faces are looked up: DejaVu Sans regular, bold, oblique (italic),
 * bold oblique, and DejaVu Sans Mono.  Only the regular face is required;
 * a missing face falls back to a related one that was found (oblique ->
 * regular, bold oblique -> bold -> regular, mono -> regular) and the
 * fallback is described in pdf_font_set.info.
 *
 * Where: the directory given (an option, or the CB_FONT_DIR configure
 * setting; "" or NULL means unset) holding the Debian file names
 * (DejaVuSans.ttf, DejaVuSans-Bold.ttf, ...), else fontconfig.
 *
 * Ownership: every path in a pdf_font_set is malloc'ed and owned by the set;
 * pdf_font_set_free releases them (it is safe on a zeroed or freed set).
 */
#ifndef CB_PDF_FONT_H
#define CB_PDF_FONT_H

#include <stddef.h>

typedef enum {
    PDF_FONT_REGULAR,
    PDF_FONT_BOLD,
    PDF_FONT_ITALIC,
    PDF_FONT_BOLD_ITALIC,
    PDF_FONT_MONO,
    PDF_FONT_COUNT
} pdf_font_face;

typedef struct {
    char *path[PDF_FONT_COUNT]; /* never NULL after success; may repeat */
    char info[512];             /* fallbacks taken, "" when none */
} pdf_font_set;

/* Fills *set.  font_dir: NULL or "" for the configured default (CB_FONT_DIR,
 * then fontconfig).  Returns 0, or -1 with a message in err, e.g.
 * "DejaVu Sans not found: install the Debian package fonts-dejavu-core". */
int pdf_font_find(pdf_font_set *set, const char *font_dir,
                  char *err, size_t errlen);

void pdf_font_set_free(pdf_font_set *set);

/* "regular", "bold", "italic", "bold italic", "mono". */
const char *pdf_font_face_name(pdf_font_face face);

#endif
