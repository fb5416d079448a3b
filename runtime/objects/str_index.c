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

/* The code point index of an out-of-line non-ASCII str: index[j] is the
 * byte offset of code point j * INDEX_STEP, for j <= nchars / INDEX_STEP.
 * Built on first use in one pass and kept (strs are immutable); with it
 * s[i] scans at most INDEX_STEP code points. Inline strs (under
 * MOLT_STR_OOL_MIN bytes) are scanned: they are short. */
#define INDEX_STEP 64

static const size_t *cp_index(MoltStr *s)
{
    if (!s->index) {
        size_t n = s->nchars / INDEX_STEP + 1, j, i = 0;
        size_t *idx = molt_alloc_atomic(n * sizeof *idx);
        for (j = 0; j < n; j++) {
            idx[j] = i;
            if (j + 1 < n)
                i = skip_forward(s, i, INDEX_STEP);
        }
        s->index = idx;
    }
    return s->index;
}

size_t molt_str_cp_offset(MoltStr *s, size_t k)
{
    if (s->nchars == s->len)
        return k;
    if (k >= s->nchars)
        return s->len;
    if (molt_str_is_inline(s))
        return skip_forward(s, 0, k);
    return skip_forward(s, cp_index(s)[k / INDEX_STEP], k % INDEX_STEP);
}

size_t molt_str_cp_index(MoltStr *s, size_t b)
{
    const size_t *idx;
    size_t lo, hi;
    if (s->nchars == s->len)
        return b;
    if (molt_str_is_inline(s))
        return molt_utf8_count(s->data, b);
    /* the last index entry at or before b */
    idx = cp_index(s);
    lo = 0;
    hi = s->nchars / INDEX_STEP + 1;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (idx[mid] <= b)
            lo = mid;
        else
            hi = mid;
    }
    return lo * INDEX_STEP + molt_utf8_count(s->data + idx[lo], b - idx[lo]);
}

MoltValue molt_str_sub(MoltValue v, size_t a, size_t b)
{
    MoltStr *s = molt_str_obj(v);
    if (a == 0 && b == s->len && molt_is_str(v))
        return v;
    return molt_str_new_n(
        s->data + a, b - a, s->nchars == s->len ? b - a : molt_utf8_count(s->data + a, b - a));
}
