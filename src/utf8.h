/*
 * utf8.h — decoding one UTF-8 sequence, by Unicode's table of well-formed
 * sequences: no overlongs, no surrogates, nothing past U+10FFFF.  The text
 * module's validation and repair and the JSON writer's check of strings
 * both read UTF-8 this way (jansson's own check agrees on every input).
 */
#ifndef CB_UTF8_H
#define CB_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* The code point at s[0..n) (n >= 1), with *len its length; or -1 with
 * *len the length of the maximal ill-formed subpart (at least 1). */
int32_t utf8_decode(const unsigned char *s, size_t n, size_t *len);

#endif
