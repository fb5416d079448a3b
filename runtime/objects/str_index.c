/* str by code point: UTF-8 decoding and encoding, and the conversion
 * between code point indices and byte offsets that indexing, slicing and
 * the searching methods need. */
#include <string.h>

#include "internal/str_methods.h"

size_t molt_utf8_count(const char *p, size_t n)
{
    size_t i, k = 0;
    for (i = 0; i < n; i++)
        k += ((unsigned char)p[i] & 0xC0) != 0x80;
    return k;
}

uint32_t molt_utf8_decode_back(const unsigned char *p, size_t *i)
{
    size_t j = *i - 1;
    while ((p[j] & 0xC0) == 0x80)
        j--;
    *i = j;
    return molt_utf8_decode(p, &j);
}

size_t molt_utf8_encode(uint32_t c, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (c < 0x80) {
        o[0] = (unsigned char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (unsigned char)(0xC0 | (c >> 6));
        o[1] = (unsigned char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (c >> 12));
        o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (c >> 18));
    o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (c & 0x3F));
    return 4;
}

void molt_sb_put_cp(MoltStrBuf *sb, uint32_t c)
{
    char buf[4];
    if (c < 0x80)
        molt_sb_putc(sb, (char)c);
    else
        molt_sb_append(sb, buf, molt_utf8_encode(c, buf));
}

/* Skip k code points forward from byte offset i. */
static size_t skip_forward(const MoltStr *s, size_t i, size_t k)
{
    const unsigned char *p = (const unsigned char *)s->data;
    while (k) {
        i++;
        while (i < s->len && (p[i] & 0xC0) == 0x80)
            i++;
        k--;
    }
    return i;
}

size_t molt_str_cp_offset(MoltStr *s, size_t k)
{
    if (s->nchars == s->len)
        return k;
    if (k >= s->nchars)
        return s->len;
    return skip_forward(s, 0, k);
}

size_t molt_str_cp_index(MoltStr *s, size_t b)
{
    if (s->nchars == s->len)
        return b;
    return molt_utf8_count(s->data, b);
}

MoltValue molt_str_sub(MoltValue v, size_t a, size_t b)
{
    MoltStr *s = molt_str_obj(v);
    if (a == 0 && b == s->len && molt_is_str(v))
        return v;
    return molt_str_new_n(
        s->data + a, b - a, s->nchars == s->len ? b - a : molt_utf8_count(s->data + a, b - a));
}
