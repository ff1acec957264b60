/*
 * utf8.c — see utf8.h.
 */
#include "utf8.h"

int32_t utf8_decode(const unsigned char *s, size_t n, size_t *len)
{
    unsigned c = s[0];
    *len = 1;
    if (c < 0x80)
        return (int32_t)c;
    if (c < 0xC2 || c > 0xF4)
        return -1;
    size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    int32_t cp = (int32_t)(c & (0x7F >> need));
    for (size_t i = 1; i < need; i++, lo = 0x80, hi = 0xBF) {
        if (i >= n || s[i] < lo || s[i] > hi)
            return -1;
        cp = (cp << 6) | (s[i] & 0x3F);
        *len = i + 1;
    }
    return cp;
}
