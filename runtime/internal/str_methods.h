/* Private interface of str's methods (runtime/objects/str_*.c): the
 * method implementations the table in str_methods.c lists, the argument
 * helpers they share, and code-point <-> byte offset conversion. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_STR_METHODS_H
#define MOLT_INTERNAL_STR_METHODS_H

#include "internal/containers.h"
#include "internal/str.h"
#include "internal/type.h"

/* ---- argument helpers (str_methods.c) ----
 * nargs counts self (args[0]), as every method row receives it. Each
 * returns 0, or -1 with CPython's TypeError for the method. */

/* "str.upper() takes no arguments (1 given)" */
int molt_str_args_none(const char *name, size_t nargs, MoltValue kwnames);
/* "str.partition() takes exactly one argument (0 given)" */
int molt_str_args_one(const char *name, size_t nargs, MoltValue kwnames);
/* lo..hi arguments, positional only: "replace expected at least 2
 * arguments, got 1", "str.replace() takes no keyword arguments" */
int molt_str_args_range(const char *name, size_t nargs, size_t lo, size_t hi, MoltValue kwnames);
/* The type name Argument Clinic's errors show: "None" for None. */
static inline const char *molt_str_argtype(MoltValue v)
{
    return v == MOLT_NONE ? "None" : molt_type_name(v);
}
/* v must be a str: "must be str, not int" */
int molt_str_check(MoltValue v);
/* The (sub, start, end) arguments of find/count/startswith...:
 * "find() takes at least 1 argument (0 given)", keywords refused; start
 * and end converted as _PyEval_SliceIndex (None, ints clamped), then
 * adjusted to 0 <= start, end <= nchars as CPython's ADJUST_INDICES (start
 * may still exceed end or nchars). */
int molt_str_args_finds(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames,
    size_t nchars, int64_t *start, int64_t *end);

/* ---- creation (str.c) ---- */

/* An uninitialised str of len bytes (NUL placed): the caller fills data
 * and sets nchars before anyone else sees it. */
MoltStr *molt_str_alloc(size_t len);
/* A str of the UTF-8 bytes p[0..len) holding nchars code points. */
MoltValue molt_str_new_n(const char *p, size_t len, size_t nchars);
/* Bytes [a, b) of str v, which must be code point boundaries: v itself
 * when that is all of it. */
MoltValue molt_str_sub(MoltValue v, size_t a, size_t b);

/* ---- code points (str_index.c) ---- */

/* Byte offset of code point k (k <= s->nchars): O(1) for ASCII text,
 * through the lazily built index for long non-ASCII text, else a scan. */
size_t molt_str_cp_offset(MoltStr *s, size_t k);
/* Code point index of byte offset b (a code point boundary, b <= len). */
size_t molt_str_cp_index(MoltStr *s, size_t b);
/* Number of code points in UTF-8 bytes p[0..n). */
size_t molt_utf8_count(const char *p, size_t n);
/* Decode the code point at p[*i] (valid UTF-8), advancing *i. */
static inline uint32_t molt_utf8_decode(const unsigned char *p, size_t *i)
{
    uint32_t c = p[*i];
    if (c < 0x80) {
        (*i)++;
        return c;
    }
    if (c < 0xE0) {
        c = ((c & 0x1F) << 6) | (p[*i + 1] & 0x3F);
        *i += 2;
    } else if (c < 0xF0) {
        c = ((c & 0x0F) << 12) | ((uint32_t)(p[*i + 1] & 0x3F) << 6) | (p[*i + 2] & 0x3F);
        *i += 3;
    } else {
        c = ((c & 0x07) << 18) | ((uint32_t)(p[*i + 1] & 0x3F) << 12) | ((uint32_t)(p[*i + 2] & 0x3F) << 6)
            | (p[*i + 3] & 0x3F);
        *i += 4;
    }
    return c;
}
/* Decode the code point that ends at p[*i - 1], moving *i back to its start. */
uint32_t molt_utf8_decode_back(const unsigned char *p, size_t *i);
/* Encode c into out (4 bytes room): the number of bytes written. */
size_t molt_utf8_encode(uint32_t c, char *out);
/* Append code point c to a builder. */
void molt_sb_put_cp(MoltStrBuf *sb, uint32_t c);

/* ---- searching (str_find.c) ---- */

/* Byte offset of the first occurrence of needle[0..m) in hay[0..n), or -1. */
int64_t molt_str_search(const char *hay, size_t n, const char *needle, size_t m);
/* Byte offset of the last occurrence, or -1. */
int64_t molt_str_rsearch(const char *hay, size_t n, const char *needle, size_t m);

/* ---- Unicode character database (str_unicode.c) ---- */

/* CPython 3.11's Py_UNICODE_IS* predicates (Unicode 14.0.0). */
int molt_uni_isspace(uint32_t c);
/* Line boundaries of str.splitlines: \n \r \v \f \x1c-\x1e \x85 \u2028 \u2029 */
int molt_uni_islinebreak(uint32_t c);
int molt_uni_isalpha(uint32_t c);
int molt_uni_isdecimal(uint32_t c);
int molt_uni_isdigit(uint32_t c);
int molt_uni_isnumeric(uint32_t c);
int molt_uni_islower(uint32_t c);
int molt_uni_isupper(uint32_t c);
int molt_uni_istitle(uint32_t c);
int molt_uni_iscased(uint32_t c);
int molt_uni_iscaseignorable(uint32_t c);
int molt_uni_isprintable(uint32_t c);
int molt_uni_isxidstart(uint32_t c);
int molt_uni_isxidcontinue(uint32_t c);
/* Full case mappings (CPython's _PyUnicode_To*Full): the number of code
 * points (1..3) written to out. */
int molt_uni_lower_full(uint32_t c, uint32_t *out);
int molt_uni_upper_full(uint32_t c, uint32_t *out);
int molt_uni_title_full(uint32_t c, uint32_t *out);
int molt_uni_fold_full(uint32_t c, uint32_t *out);

/* str's method table (str_methods.c) */
extern const MoltMethodDef molt_str_methods[];

/* ---- method implementations (MoltCFunction, self in args[0]) ---- */
#define MOLT_STR_METHOD(name) \
    MoltValue molt_str_m_##name(const MoltValue *args, size_t nargs, MoltValue kwnames);
/* str_find.c */
MOLT_STR_METHOD(find)
MOLT_STR_METHOD(rfind)
MOLT_STR_METHOD(index)
MOLT_STR_METHOD(rindex)
MOLT_STR_METHOD(count)
MOLT_STR_METHOD(startswith)
MOLT_STR_METHOD(endswith)
MOLT_STR_METHOD(replace)
/* str_split.c */
MOLT_STR_METHOD(split)
MOLT_STR_METHOD(rsplit)
MOLT_STR_METHOD(splitlines)
MOLT_STR_METHOD(partition)
MOLT_STR_METHOD(rpartition)
MOLT_STR_METHOD(join)
/* str_pad.c */
MOLT_STR_METHOD(strip)
MOLT_STR_METHOD(lstrip)
MOLT_STR_METHOD(rstrip)
MOLT_STR_METHOD(center)
MOLT_STR_METHOD(ljust)
MOLT_STR_METHOD(rjust)
MOLT_STR_METHOD(zfill)
MOLT_STR_METHOD(expandtabs)
MOLT_STR_METHOD(removeprefix)
MOLT_STR_METHOD(removesuffix)
/* str_case.c */
MOLT_STR_METHOD(lower)
MOLT_STR_METHOD(upper)
MOLT_STR_METHOD(title)
MOLT_STR_METHOD(capitalize)
MOLT_STR_METHOD(swapcase)
MOLT_STR_METHOD(casefold)
/* str_ctype.c */
MOLT_STR_METHOD(isalpha)
MOLT_STR_METHOD(isdecimal)
MOLT_STR_METHOD(isdigit)
MOLT_STR_METHOD(isnumeric)
MOLT_STR_METHOD(isalnum)
MOLT_STR_METHOD(isspace)
MOLT_STR_METHOD(islower)
MOLT_STR_METHOD(isupper)
MOLT_STR_METHOD(istitle)
MOLT_STR_METHOD(isprintable)
MOLT_STR_METHOD(isascii)
MOLT_STR_METHOD(isidentifier)
/* str_translate.c */
MOLT_STR_METHOD(translate)
MOLT_STR_METHOD(maketrans)
#undef MOLT_STR_METHOD

#endif /* MOLT_INTERNAL_STR_METHODS_H */
