/* Private str layout and the string builder used by repr/str/formatting. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_STR_H
#define MOLT_INTERNAL_STR_H

#include <stdarg.h>

#include <molt/molt.h>

/* An immutable str. Allocated as one atomic (unscanned) block: the only
 * pointer inside is the type, which is static. data is NUL-terminated. */
typedef struct MoltStr {
    MoltObject ob;
    size_t len; /* bytes of UTF-8 */
    size_t nchars; /* code points; == len for ASCII */
    int64_t hash; /* -1 until computed */
    char data[];
} MoltStr;

static inline int molt_is_str(MoltValue v)
{
    return molt_is_ptr(v) && ((MoltObject *)molt_ptr(v))->type == &MoltStr_Type;
}
static inline MoltStr *molt_str_obj(MoltValue v) { return (MoltStr *)molt_ptr(v); }
/* NUL-terminated bytes of a str. Precondition: molt_is_str(v). */
static inline const char *molt_str_cstr(MoltValue v) { return molt_str_obj(v)->data; }

/* 1 if a and b are equal strs. Preconditions: both are strs. */
int molt_str_equal(MoltValue a, MoltValue b);
/* 1 if str v equals the C string s. */
int molt_str_equal_cstr(MoltValue v, const char *s);
/* CPython's str hash with PYTHONHASHSEED=0 (SipHash-1-3 over the UCS
 * representation). Precondition: molt_is_str(v). */
int64_t molt_str_hash(MoltValue v);
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
