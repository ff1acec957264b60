/*
 * fuzz_markdown_pdf.c — pdf_render_markdown on arbitrary Markdown.  Keep
 * -max_len small (make fuzz uses 4096): a page of PDF per input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pdf_render.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pdf_render_opts o;
    pdf_render_opts_init(&o);
    o.date = 1700000000;
    o.paper = size && (data[0] & 1) ? PDF_PAPER_LETTER : PDF_PAPER_A4;
    unsigned char *out = NULL;
    size_t len = 0;
    char err[512];
    int rc = pdf_render_markdown((const char *)data, size, &o, &out, &len, err, sizeof err);
    if (rc == 0 && (!out || len < 8 || memcmp(out, "%PDF-", 5) != 0))
        abort(); /* success must give a PDF */
    if (rc != 0 && out)
        abort(); /* failure must leave *out NULL */
    free(out);
    return 0;
}
