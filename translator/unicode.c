/* Unicode services of the front end: \N{...} character names and NFKC
 * identifiers. The name lookup mirrors CPython 3.11's unicodedata
 * (_getcode in Modules/unicodedata.c) rule for rule. */
#include "unicode.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "unicode_names.h"

#define HANGUL_BASE 0xAC00
#define V_COUNT 21
#define T_COUNT 28

/* The longest jamo short name of tab[0..count) at s[0..n): its index, or
 * -1; *len gets its length (0 when none matches). Longest match, no
 * backtracking, as CPython's find_syllable. */
static int find_syllable(const char *s, size_t n, const char *const *tab, int count, size_t *len)
{
    int pos = -1;
    *len = 0;
    for (int i = 0; i < count; i++) {
        size_t l = strlen(tab[i]);
        if (pos >= 0 && l <= *len)
            continue;
        if (l <= n && memcmp(s, tab[i], l) == 0) {
            *len = l;
            pos = i;
        }
    }
    return pos;
}

static int hangul_syllable(const char *s, size_t n, unsigned *cp)
{
    size_t l1, l2, l3;
    int l = find_syllable(s, n, uni_jamo_l, 19, &l1);
    int v = find_syllable(s + l1, n - l1, uni_jamo_v, V_COUNT, &l2);
    int t = find_syllable(s + l1 + l2, n - l1 - l2, uni_jamo_t, T_COUNT, &l3);
    if (l < 0 || v < 0 || t < 0 || l1 + l2 + l3 != n)
        return 0;
    *cp = HANGUL_BASE + (unsigned)((l * V_COUNT + v) * T_COUNT + t);
    return 1;
}

/* Hex digits s[0..n), upper case only; -1 if any is not one. */
static long parse_hex(const char *s, size_t n)
{
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)s[i];
        if (c >= '0' && c <= '9')
            v = v * 16 + (c - '0');
        else if (c >= 'A' && c <= 'F')
            v = v * 16 + (c - 'A' + 10);
        else
            return -1;
    }
    return v;
}

static int cjk_unified(const char *s, size_t n, unsigned *cp)
{
    long v = n == 4 || n == 5 ? parse_hex(s, n) : -1;
    for (int i = 0; v >= 0 && i < uni_ncjk_unified; i++)
        if (uni_cjk_unified[i].first <= (unsigned long)v && (unsigned long)v <= uni_cjk_unified[i].last) {
            *cp = (unsigned)v;
            return 1;
        }
    return 0;
}

/* PREFIX-XXXX names (upper-cased name q[0..n)): the hex part must be the
 * code point exactly as "%04X" spells it. */
static int hex_named(const char *q, size_t n, unsigned *cp)
{
    for (int i = 0; i < uni_nhex_named; i++) {
        const UniHexRange *r = &uni_hex_named[i];
        size_t pl = strlen(r->prefix);
        if (n <= pl || n - pl > 6 || memcmp(q, r->prefix, pl) != 0)
            continue;
        long v = parse_hex(q + pl, n - pl);
        if (v < (long)r->first || v > (long)r->last)
            continue;
        char digits[16];
        snprintf(digits, sizeof digits, "%04lX", (unsigned long)v);
        if (strlen(digits) == n - pl && memcmp(digits, q + pl, n - pl) == 0) {
            *cp = (unsigned)v;
            return 1;
        }
    }
    return 0;
}

static int is_name_char(int c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '-';
}

/* Scan the front-coded names (see unicode_names.h) for q[0..n). m is the
 * length of the common prefix of q and the previous name: an entry that
 * shares more than m characters with the previous name differs from q at
 * position m too, so only entries sharing at most m are compared. */
static int listed_name(const char *q, size_t n, unsigned *cp)
{
    unsigned c = 0;
    size_t m = 0;
    for (int k = 0; k < uni_name_nchunks; k++) {
        const char *s = uni_name_chunks[k];
        while (*s) {
            if (*s == UNI_NAME_JUMP) {
                c = (unsigned)parse_hex(s + 1, 6);
                s += 7;
            } else {
                c++;
            }
            size_t pl = (size_t)uni_name_prefix[(unsigned char)*s++];
            if (pl <= m) {
                size_t i = pl;
                while (i < n && *s == q[i] && is_name_char((unsigned char)*s)) {
                    i++;
                    s++;
                }
                if (i == n && !is_name_char((unsigned char)*s)) {
                    *cp = c;
                    return 1;
                }
                m = i;
            }
            while (is_name_char((unsigned char)*s))
                s++;
        }
    }
    return 0;
}

int uni_lookup_name(const char *name, size_t len, unsigned *cp)
{
    static const char hangul[] = "HANGUL SYLLABLE ", cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (len >= sizeof hangul - 1 && memcmp(name, hangul, sizeof hangul - 1) == 0)
        return hangul_syllable(name + sizeof hangul - 1, len - (sizeof hangul - 1), cp);
    if (len >= sizeof cjk - 1 && memcmp(name, cjk, sizeof cjk - 1) == 0)
        return cjk_unified(name + sizeof cjk - 1, len - (sizeof cjk - 1), cp);
    if (len == 0 || len > UNI_NAME_MAXLEN)
        return 0;
    char q[UNI_NAME_MAXLEN];
    for (size_t i = 0; i < len; i++) {
        char ch = name[i];
        q[i] = ch >= 'a' && ch <= 'z' ? (char)(ch - 'a' + 'A') : ch;
    }
    return hex_named(q, len, cp) || listed_name(q, len, cp);
}

char *uni_identifier(Arena *a, const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && (unsigned char)s[i] < 0x80)
        i++;
    if (i == len)
        return arena_strndup(a, s, len);
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &out,
        UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
    if (n < 0) {
        /* Only out of memory: the lexer lets through valid UTF-8 only. */
        fprintf(stderr, "molt2c: %s\n", utf8proc_errmsg(n));
        abort();
    }
    char *id = arena_strndup(a, (const char *)out, (size_t)n);
    free(out);
    return id;
}
