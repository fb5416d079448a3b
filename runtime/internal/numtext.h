/* Private: the text of int(), float() and complex() arguments in the
 * ASCII form their parsers read (CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII). */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_NUMTEXT_H
#define MOLT_INTERNAL_NUMTEXT_H

#include <stddef.h>
#include <stdint.h>

/* The decimal value 0..9 of code point c (Unicode 14.0.0's
 * Numeric_Type=Decimal, ASCII digits included), or -1. */
int molt_uni_decimal(uint32_t c);

/* The len bytes of UTF-8 text at s with each non-ASCII code point
 * replaced by one ASCII byte: Unicode whitespace by ' ', a decimal digit
 * by its ASCII digit, anything else by '?' (which no number parser
 * accepts). ASCII bytes are kept, so pure ASCII text is returned as is
 * (s itself); otherwise a new NUL-terminated buffer. *outlen receives the
 * length. Never fails. */
const char *molt_number_text_ascii(const char *s, size_t len, size_t *outlen);

#endif /* MOLT_INTERNAL_NUMTEXT_H */
