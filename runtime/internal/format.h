/* Private formatting layer: the format mini-language (format.c), shared
 * by format(), __format__, str.format (str_format.c), f-strings and
 * printf-style `%` (str_percent.c). */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_FORMAT_H
#define MOLT_INTERNAL_FORMAT_H

#include <molt/molt.h>

#include "str.h"

/* Decode the code point at s[*i] (valid UTF-8), advancing *i. */
static inline uint32_t molt_utf8_next(const char *str, size_t len, size_t *i)
{
    const unsigned char *s = (const unsigned char *)str;
    uint32_t c = s[*i];
    size_t extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (extra)
        c &= 0x3Fu >> extra;
    (*i)++;
    while (extra-- && *i < len)
        c = (c << 6) | (s[(*i)++] & 0x3F);
    return c;
}

/* Append code point c as UTF-8, n times. */
void molt_sb_put_cp_n(MoltStrBuf *sb, uint32_t c, int64_t n);

/* format(v, spec) into sb (spec a str): 0, or -1 with the exception
 * pending. Calls type(v).__format__ for user classes. */
int molt_format_into(MoltStrBuf *sb, MoltValue v, MoltValue spec);

/* The bound `__format__` methods of int, float, str and object
 * (MoltCFunction rows: args[0] is self, args[1] the spec). */
MoltValue molt_int___format__(const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_float___format__(const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_str___format__(const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_object___format__(const MoltValue *args, size_t nargs, MoltValue kwnames);

/* str.format(*args, **kwargs) and str.format_map(mapping) (str_format.c). */
MoltValue molt_str_format_method(const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_str_format_map(const MoltValue *args, size_t nargs, MoltValue kwnames);

/* fmt % args for a str fmt: printf-style formatting (str_percent.c). */
MoltValue molt_str_percent(MoltValue fmt, MoltValue args);

#endif /* MOLT_INTERNAL_FORMAT_H */
