/* str case mapping: lower, upper, title, capitalize, swapcase and casefold
 * with full Unicode mappings (SpecialCasing: 'ß'.upper() == 'SS'), the
 * final sigma rule of lower(), and CPython 3.11's definitions of word
 * starts (title) and of which characters swap (swapcase). */
#include <string.h>

#include "internal/str_methods.h"

/* ASCII text: one byte in, one byte out. */
static MoltValue ascii_map(MoltStr *s, int op)
{
    MoltStr *r = molt_str_alloc(s->len);
    const unsigned char *p = (const unsigned char *)s->data;
    unsigned char *o = (unsigned char *)r->data;
    size_t i;
    int prev_cased = 0;
    for (i = 0; i < s->len; i++) {
        unsigned c = p[i];
        int lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
        switch (op) {
        case 'l':
            o[i] = (unsigned char)(upper ? c + 32 : c);
            break;
        case 'u':
            o[i] = (unsigned char)(lower ? c - 32 : c);
            break;
        case 's':
            o[i] = (unsigned char)(upper ? c + 32 : lower ? c - 32 : c);
            break;
        case 'c':
            o[i] = (unsigned char)(i == 0 ? (lower ? c - 32 : c) : (upper ? c + 32 : c));
            break;
        default: /* title */
            o[i] = (unsigned char)(prev_cased ? (upper ? c + 32 : c) : (lower ? c - 32 : c));
            prev_cased = lower || upper;
            break;
        }
    }
    r->nchars = s->len;
    return molt_from_ptr(r);
}

/* All code points of s. */
static uint32_t *decode(MoltStr *s)
{
    uint32_t *cps = molt_alloc_atomic((s->nchars + 1) * sizeof *cps);
    size_t i = 0, k = 0;
    while (i < s->len)
        cps[k++] = molt_utf8_decode((const unsigned char *)s->data, &i);
    return cps;
}

/* CPython's handle_capital_sigma: U+03A3 at i is final when a cased
 * letter precedes it and none follows (case-ignorable ones skipped). */
static int final_sigma(const uint32_t *cps, size_t n, size_t i)
{
    size_t j = i;
    while (j > 0 && molt_uni_iscaseignorable(cps[j - 1]))
        j--;
    if (j == 0 || !molt_uni_iscased(cps[j - 1]))
        return 0;
    for (j = i + 1; j < n && molt_uni_iscaseignorable(cps[j]); j++)
        ;
    return j == n || !molt_uni_iscased(cps[j]);
}

/* CPython's lower_ucs4 */
static int lower_at(const uint32_t *cps, size_t n, size_t i, uint32_t *out)
{
    if (cps[i] == 0x3A3) {
        out[0] = final_sigma(cps, n, i) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return molt_uni_lower_full(cps[i], out);
}

static MoltValue case_map(const char *name, int op, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s = molt_str_obj(args[0]);
    uint32_t *cps, out[3];
    size_t n, i, nchars = 0;
    int prev_cased = 0;
    MoltStrBuf sb;
    if (molt_str_args_none(name, nargs, kwnames) < 0)
        return MOLT_NULL;
    if (s->len == s->nchars && op != 'f')
        return ascii_map(s, op);
    cps = decode(s);
    n = s->nchars;
    molt_sb_init(&sb);
    for (i = 0; i < n; i++) {
        uint32_t c = cps[i];
        int k, j;
        switch (op) {
        case 'l':
            k = lower_at(cps, n, i, out);
            break;
        case 'u':
            k = molt_uni_upper_full(c, out);
            break;
        case 'f':
            k = molt_uni_fold_full(c, out);
            break;
        case 's':
            if (molt_uni_isupper(c))
                k = lower_at(cps, n, i, out);
            else if (molt_uni_islower(c))
                k = molt_uni_upper_full(c, out);
            else
                out[0] = c, k = 1;
            break;
        case 'c':
            k = i == 0 ? molt_uni_title_full(c, out) : lower_at(cps, n, i, out);
            break;
        default: /* title */
            k = prev_cased ? lower_at(cps, n, i, out) : molt_uni_title_full(c, out);
            prev_cased = molt_uni_iscased(c);
            break;
        }
        for (j = 0; j < k; j++)
            molt_sb_put_cp(&sb, out[j]);
        nchars += (size_t)k;
    }
    return molt_str_new_n(sb.buf, sb.len, nchars);
}

MoltValue molt_str_m_lower(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return case_map("lower", 'l', args, nargs, kwnames);
}

MoltValue molt_str_m_upper(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return case_map("upper", 'u', args, nargs, kwnames);
}

MoltValue molt_str_m_title(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return case_map("title", 't', args, nargs, kwnames);
}

MoltValue molt_str_m_capitalize(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return case_map("capitalize", 'c', args, nargs, kwnames);
}

MoltValue molt_str_m_swapcase(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return case_map("swapcase", 's', args, nargs, kwnames);
}

MoltValue molt_str_m_casefold(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return case_map("casefold", 'f', args, nargs, kwnames);
}
