/* Private str layout and the string builder used by repr/str/formatting. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_STR_H
#define MOLT_INTERNAL_STR_H

#include <stdarg.h>

#include <molt/molt.h>

/* An immutable str (DESIGN.md §6), in one of two layouts:
 * - inline (under MOLT_STR_OOL_MIN bytes): one atomic (unscanned) block,
 *   the bytes right after the header; data points at them and index is
 *   NULL (the block is not scanned, so it can own nothing);
 * - out of line: a scanned header and an atomic MoltStrStore holding the
 *   bytes, with spare capacity when the str came from `+`; index is the
 *   code point index of non-ASCII text, built on first use (str_index.c).
 * Several strs may share one store: each is a prefix of its bytes, and
 * only the str whose end is the store's `used` may append (str_concat), so
 * s += x in a loop is amortised linear. data[len] is NUL except for a str
 * that was appended to; molt_str_cstr copies in that case. */
typedef struct MoltStr {
    MoltObject ob;
    size_t len; /* bytes of UTF-8 */
    size_t nchars; /* code points; == len for ASCII */
    int64_t hash; /* -1 until computed */
    char *data;
    size_t *index; /* out-of-line non-ASCII strs: see str_index.c */
} MoltStr;

/* Strs of at least this many bytes are out of line. */
#define MOLT_STR_OOL_MIN 256

/* The bytes of an out-of-line str: cap bytes of room (plus a NUL), the
 * first used of them written. */
typedef struct MoltStrStore {
    size_t cap, used;
    char bytes[];
} MoltStrStore;

static inline int molt_str_is_inline(const MoltStr *s) { return s->data == (const char *)(s + 1); }

static inline int molt_is_str(MoltValue v)
{
    return molt_is_ptr(v) && ((MoltObject *)molt_ptr(v))->type == &MoltStr_Type;
}
static inline MoltStr *molt_str_obj(MoltValue v) { return (MoltStr *)molt_ptr(v); }
/* NUL-terminated copy of the bytes of s (for molt_str_cstr). */
const char *molt_str_cstr_copy(const MoltStr *s);
/* NUL-terminated bytes of a str. Precondition: molt_is_str(v). */
static inline const char *molt_str_cstr(MoltValue v)
{
    MoltStr *s = molt_str_obj(v);
    return MOLT_LIKELY(s->data[s->len] == '\0') ? s->data : molt_str_cstr_copy(s);
}

/* 1 if a and b are equal strs. Preconditions: both are strs. */
int molt_str_equal(MoltValue a, MoltValue b);
/* 1 if str v equals the C string s. */
int molt_str_equal_cstr(MoltValue v, const char *s);
/* CPython's str hash with PYTHONHASHSEED=0 (SipHash-1-3 over the UCS
 * representation). Precondition: molt_is_str(v). */
int64_t molt_str_hash(MoltValue v);
/* CPython's siphash13 with PYTHONHASHSEED=0's key over n bytes (the str
 * and bytes hashes). */
uint64_t molt_siphash13(const void *p, size_t n);
/* CPython's repr() of a str. Never fails. */
MoltValue molt_str_repr(MoltValue v);

/* ---- string builder ----
 * Grows in collector memory, so abandoning a builder (on an error path)
 * needs no cleanup. */
typedef struct MoltStrBuf {
    char *buf;
    size_t len, cap;
    char small[120];
} MoltStrBuf;

void molt_sb_init(MoltStrBuf *sb);
void molt_sb_append(MoltStrBuf *sb, const char *s, size_t n);
void molt_sb_puts(MoltStrBuf *sb, const char *s);
void molt_sb_putc(MoltStrBuf *sb, char c);
void molt_sb_printf(MoltStrBuf *sb, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Append str(v) / repr(v): 0, or -1 with an exception pending. */
int molt_sb_append_str(MoltStrBuf *sb, MoltValue v);
int molt_sb_append_repr(MoltStrBuf *sb, MoltValue v);
/* The built str. The builder must not be used afterwards. Never fails. */
MoltValue molt_sb_finish(MoltStrBuf *sb);

#endif /* MOLT_INTERNAL_STR_H */
