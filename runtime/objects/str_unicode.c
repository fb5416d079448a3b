/* The Unicode character properties str's methods need. */
#include <utf8proc.h>

#include "internal/str_methods.h"
#include "internal/str_unidata.h"

/* CPython's Py_UNICODE_ISSPACE: bidirectional class WS, B or S, or
 * category Zs (the set has not changed since Unicode 6.3). */
int molt_uni_isspace(uint32_t c)
{
    if (c < 0x80)
        return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    switch (c) {
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return 1;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

/* CPython's Py_UNICODE_ISLINEBREAK */
int molt_uni_islinebreak(uint32_t c)
{
    return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* ------------------------------------------------------------------ */
/* properties from utf8proc and the generated tables
 *
 * utf8proc knows a later Unicode version than CPython 3.11 (14.0.0):
 * code points CPython has as unassigned are answered as unassigned
 * (category Cn, no case mapping) before utf8proc is asked, so that the
 * answers are CPython's. */

static int in_ranges(const uint32_t (*r)[2], size_t n, uint32_t c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid][0])
            hi = mid;
        else if (c > r[mid][1])
            lo = mid + 1;
        else
            return 1;
    }
    return 0;
}

#define IN(table, c) in_ranges(molt_uni_##table, molt_uni_##table##_n, c)

static int unassigned(uint32_t c) { return c >= 0x110000 || IN(unassigned, c); }

static utf8proc_category_t category(uint32_t c)
{
    return unassigned(c) ? UTF8PROC_CATEGORY_CN : utf8proc_category((utf8proc_int32_t)c);
}

int molt_uni_isalpha(uint32_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    switch (category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
        return 1;
    default:
        return 0;
    }
}

int molt_uni_isdecimal(uint32_t c)
{
    if (c < 0x80)
        return c >= '0' && c <= '9';
    return category(c) == UTF8PROC_CATEGORY_ND;
}

int molt_uni_isdigit(uint32_t c) { return molt_uni_isdecimal(c) || (c >= 0x80 && IN(digit, c)); }

int molt_uni_isnumeric(uint32_t c) { return molt_uni_isdigit(c) || (c >= 0x80 && IN(numeric, c)); }

int molt_uni_islower(uint32_t c)
{
    if (c < 0x80)
        return c >= 'a' && c <= 'z';
    return IN(lowercase, c);
}

int molt_uni_isupper(uint32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    return IN(uppercase, c);
}

int molt_uni_istitle(uint32_t c) { return c >= 0x80 && category(c) == UTF8PROC_CATEGORY_LT; }

int molt_uni_iscased(uint32_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return IN(cased, c);
}

int molt_uni_iscaseignorable(uint32_t c) { return IN(case_ignorable, c); }

/* Not Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs, except the space itself. */
int molt_uni_isprintable(uint32_t c)
{
    if (c < 0x80)
        return c >= 0x20 && c < 0x7F;
    switch (category(c)) {
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_ZS:
        return 0;
    default:
        return 1;
    }
}

int molt_uni_isxidstart(uint32_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return IN(xid_start, c);
}

int molt_uni_isxidcontinue(uint32_t c)
{
    if (c < 0x80)
        return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '_';
    return IN(xid_continue, c);
}

/* ------------------------------------------------------------------ */
/* case mappings */

static const MoltUniSpecial *special(uint32_t c, int kind)
{
    size_t lo = 0, hi = molt_uni_special_n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const MoltUniSpecial *s = &molt_uni_special[mid];
        if (c < s->cp || (c == s->cp && kind < s->kind))
            hi = mid;
        else if (c > s->cp || kind > s->kind)
            lo = mid + 1;
        else
            return s;
    }
    return NULL;
}

static int mapped(const MoltUniSpecial *s, uint32_t *out)
{
    int i;
    for (i = 0; i < s->n; i++)
        out[i] = s->out[i];
    return s->n;
}

int molt_uni_lower_full(uint32_t c, uint32_t *out)
{
    const MoltUniSpecial *s;
    if (c < 0x80) {
        out[0] = c >= 'A' && c <= 'Z' ? c + 32 : c;
        return 1;
    }
    if ((s = special(c, MOLT_UNI_LOWER)))
        return mapped(s, out);
    out[0] = unassigned(c) ? c : (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
    return 1;
}

int molt_uni_upper_full(uint32_t c, uint32_t *out)
{
    const MoltUniSpecial *s;
    if (c < 0x80) {
        out[0] = c >= 'a' && c <= 'z' ? c - 32 : c;
        return 1;
    }
    if ((s = special(c, MOLT_UNI_UPPER)))
        return mapped(s, out);
    out[0] = unassigned(c) ? c : (uint32_t)utf8proc_toupper((utf8proc_int32_t)c);
    return 1;
}

int molt_uni_title_full(uint32_t c, uint32_t *out)
{
    const MoltUniSpecial *s;
    if (c < 0x80)
        return molt_uni_upper_full(c, out);
    if ((s = special(c, MOLT_UNI_TITLE)))
        return mapped(s, out);
    out[0] = unassigned(c) ? c : (uint32_t)utf8proc_totitle((utf8proc_int32_t)c);
    return 1;
}

int molt_uni_fold_full(uint32_t c, uint32_t *out)
{
    const MoltUniSpecial *s;
    if (c >= 0x80 && (s = special(c, MOLT_UNI_FOLD)))
        return mapped(s, out);
    return molt_uni_lower_full(c, out);
}
