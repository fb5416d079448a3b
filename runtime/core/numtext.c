/* The ASCII form of the text int(), float() and complex() parse: Unicode
 * decimal digits ('١٢٣') and Unicode whitespace ('\u3000') become their
 * ASCII counterparts first, as CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII does. */
#include <molt/molt.h>

#include "internal/numtext.h"

/* First code point of each run of ten decimal digits outside ASCII, in
 * Unicode 14.0.0 (CPython 3.11's database), from
 * tools/gen_unicode_digits.py. */
/* clang-format off */
static const uint32_t digit_runs[] = {
    /* Unicode 14.0.0: 65 runs */
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0,
    0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0,
    0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE,
    0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
};
/* clang-format on */

int molt_uni_decimal(uint32_t c)
{
    size_t lo = 0, hi = sizeof digit_runs / sizeof digit_runs[0];
    if (c < 0x80)
        return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
    /* the last run starting at or below c */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (digit_runs[mid] <= c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0 || c - digit_runs[lo - 1] >= 10)
        return -1;
    return (int)(c - digit_runs[lo - 1]);
}

/* Non-ASCII whitespace as str.isspace() sees it (bidirectional class WS,
 * B or S, or category Zs). */
static int uni_space(uint32_t c)
{
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
        || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Decode one code point of valid UTF-8 at *p (str objects hold valid
 * UTF-8), advancing *p. */
static uint32_t next_cp(const unsigned char **p)
{
    const unsigned char *s = *p;
    uint32_t c = s[0];
    int n = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    c &= n == 1 ? 0x1F : n == 2 ? 0x0F : 0x07;
    for (int i = 1; i <= n; i++)
        c = (c << 6) | (s[i] & 0x3F);
    *p = s + n + 1;
    return c;
}

const char *molt_number_text_ascii(const char *s, size_t len, size_t *outlen)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    char *out, *o;
    size_t i;
    for (i = 0; i < len && p[i] < 0x80; i++)
        ;
    if (i == len) {
        *outlen = len;
        return s;
    }
    o = out = molt_alloc_atomic(len + 1);
    while (p < end) {
        uint32_t c;
        int d;
        if (*p < 0x80) {
            *o++ = (char)*p++;
            continue;
        }
        c = next_cp(&p);
        if (uni_space(c))
            *o++ = ' ';
        else if ((d = molt_uni_decimal(c)) >= 0)
            *o++ = (char)('0' + d);
        else
            *o++ = '?';
    }
    *o = '\0';
    *outlen = (size_t)(o - out);
    return out;
}
