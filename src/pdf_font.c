/*
 * pdf_font.c — finds the DejaVu TrueType files for the PDF typesetter:
 * in a given directory (option or CB_FONT_DIR) or through fontconfig.
 *
 * A fontconfig match is accepted only when it really is the face asked for
 * (family, slant, weight, normal width, a TrueType file), because
 * FcFontMatch always returns *something*: asked for "DejaVu Sans:oblique"
 * on a system without fonts-dejavu-extra it returns the upright face.
 *
 * Ownership: paths in pdf_font_set are malloc'ed here and freed by
 * pdf_font_set_free.  Fontconfig's own configuration stays loaded (it is
 * process-wide; FcFini is not ours to call).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "pdf_font.h"

#include <fontconfig/fontconfig.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef CB_FONT_DIR
#define CB_FONT_DIR ""
#endif

#define S_NOT_FOUND "DejaVu Sans not found: install the Debian package fonts-dejavu-core"

/* What each face is called on disk (Debian) and to fontconfig. */
static const struct {
    const char *file, *pattern, *label, *package;
    int bold, slanted, mono;
} S_faces[PDF_FONT_COUNT] = {
    [PDF_FONT_REGULAR] = {"DejaVuSans.ttf", "DejaVu Sans", "DejaVu Sans",
                          "fonts-dejavu-core", 0, 0, 0},
    [PDF_FONT_BOLD] = {"DejaVuSans-Bold.ttf", "DejaVu Sans:bold",
                       "DejaVu Sans Bold", "fonts-dejavu-core", 1, 0, 0},
    [PDF_FONT_ITALIC] = {"DejaVuSans-Oblique.ttf", "DejaVu Sans:oblique",
                         "DejaVu Sans Oblique", "fonts-dejavu-extra", 0, 1, 0},
    [PDF_FONT_BOLD_ITALIC] = {"DejaVuSans-BoldOblique.ttf",
                              "DejaVu Sans:bold:oblique",
                              "DejaVu Sans Bold Oblique", "fonts-dejavu-extra",
                              1, 1, 0},
    [PDF_FONT_MONO] = {"DejaVuSansMono.ttf", "DejaVu Sans Mono",
                       "DejaVu Sans Mono", "fonts-dejavu-core", 0, 0, 1},
};

/* Fallback order for a missing face (the first found wins). */
static const pdf_font_face S_fallback[PDF_FONT_COUNT][2] = {
    [PDF_FONT_REGULAR] = {PDF_FONT_REGULAR, PDF_FONT_REGULAR},
    [PDF_FONT_BOLD] = {PDF_FONT_REGULAR, PDF_FONT_REGULAR},
    [PDF_FONT_ITALIC] = {PDF_FONT_REGULAR, PDF_FONT_REGULAR},
    [PDF_FONT_BOLD_ITALIC] = {PDF_FONT_BOLD, PDF_FONT_REGULAR},
    [PDF_FONT_MONO] = {PDF_FONT_REGULAR, PDF_FONT_REGULAR},
};

const char *pdf_font_face_name(pdf_font_face face)
{
    static const char *const names[PDF_FONT_COUNT] = {
        "regular", "bold", "italic", "bold italic", "mono"};
    return (unsigned)face < PDF_FONT_COUNT ? names[face] : "?";
}

static char *S_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

/* dir/file if it is a readable file, as a malloc'ed string; else NULL. */
static char *S_in_dir(const char *dir, const char *file)
{
    size_t n = strlen(dir) + strlen(file) + 2;
    char *p = malloc(n);
    if (!p)
        return NULL;
    snprintf(p, n, "%s%s%s", dir,
             dir[0] && dir[strlen(dir) - 1] == '/' ? "" : "/", file);
    if (access(p, R_OK) != 0) {
        free(p);
        return NULL;
    }
    return p;
}

static int S_has_family(FcPattern *m, const char *family)
{
    FcChar8 *s;
    for (int i = 0; FcPatternGetString(m, FC_FAMILY, i, &s) == FcResultMatch; i++)
        if (strcmp((const char *)s, family) == 0)
            return 1;
    return 0;
}

static int S_int_prop(FcPattern *m, const char *prop, int dflt)
{
    int v;
    return FcPatternGetInteger(m, prop, 0, &v) == FcResultMatch ? v : dflt;
}

/* Does the match m really provide face f? */
static int S_match_ok(FcPattern *m, pdf_font_face f)
{
    FcChar8 *fmt;
    const char *family = S_faces[f].mono ? "DejaVu Sans Mono" : "DejaVu Sans";
    int bold = S_int_prop(m, FC_WEIGHT, FC_WEIGHT_REGULAR) >= FC_WEIGHT_DEMIBOLD;
    int slanted = S_int_prop(m, FC_SLANT, FC_SLANT_ROMAN) != FC_SLANT_ROMAN;
    int width = S_int_prop(m, FC_WIDTH, FC_WIDTH_NORMAL);

    if (!S_has_family(m, family) || bold != S_faces[f].bold ||
        slanted != S_faces[f].slanted || width != FC_WIDTH_NORMAL)
        return 0;
    /* libharu reads TrueType (glyf) outlines only, not CFF. */
    if (FcPatternGetString(m, FC_FONTFORMAT, 0, &fmt) == FcResultMatch &&
        strcmp((const char *)fmt, "TrueType") != 0)
        return 0;
    return 1;
}

static char *S_fontconfig(pdf_font_face f)
{
    FcResult res;
    FcChar8 *file;
    char *path = NULL;
    FcPattern *pat = FcNameParse((const FcChar8 *)S_faces[f].pattern);

    if (!pat)
        return NULL;
    FcConfigSubstitute(NULL, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcPattern *m = FcFontMatch(NULL, pat, &res);
    if (m && res == FcResultMatch && S_match_ok(m, f) &&
        FcPatternGetString(m, FC_FILE, 0, &file) == FcResultMatch &&
        access((const char *)file, R_OK) == 0)
        path = S_strdup((const char *)file);
    if (m)
        FcPatternDestroy(m);
    FcPatternDestroy(pat);
    return path;
}

static void S_note(pdf_font_set *set, pdf_font_face f, pdf_font_face used)
{
    size_t n = strlen(set->info);
    snprintf(set->info + n, sizeof set->info - n,
             "%s%s not found (Debian package %s): %s text uses the %s face",
             n ? "; " : "", S_faces[f].label, S_faces[f].package,
             pdf_font_face_name(f), pdf_font_face_name(used));
}

/* Points a missing face at the first fallback that was found. */
static int S_fill_fallbacks(pdf_font_set *set)
{
    for (int f = 1; f < PDF_FONT_COUNT; f++) {
        if (set->path[f])
            continue;
        pdf_font_face used = S_fallback[f][set->path[S_fallback[f][0]] ? 0 : 1];
        set->path[f] = S_strdup(set->path[used]);
        if (!set->path[f])
            return -1;
        S_note(set, (pdf_font_face)f, used);
    }
    return 0;
}

int pdf_font_find(pdf_font_set *set, const char *font_dir,
                  char *err, size_t errlen)
{
    const char *dir = font_dir && font_dir[0] ? font_dir : CB_FONT_DIR;

    memset(set, 0, sizeof *set);
    for (int f = 0; f < PDF_FONT_COUNT; f++)
        set->path[f] = dir[0] ? S_in_dir(dir, S_faces[f].file) : S_fontconfig(f);
    if (!set->path[PDF_FONT_REGULAR]) {
        if (dir[0])
            snprintf(err, errlen, "%s (looked for %s in %s)", S_NOT_FOUND,
                     S_faces[PDF_FONT_REGULAR].file, dir);
        else
            snprintf(err, errlen, "%s", S_NOT_FOUND);
        pdf_font_set_free(set);
        return -1;
    }
    if (S_fill_fallbacks(set) != 0) {
        snprintf(err, errlen, "out of memory");
        pdf_font_set_free(set);
        return -1;
    }
    return 0;
}

void pdf_font_set_free(pdf_font_set *set)
{
    for (int f = 0; f < PDF_FONT_COUNT; f++) {
        free(set->path[f]);
        set->path[f] = NULL;
    }
}
