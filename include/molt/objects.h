/* Constructors and conversions for the builtin value types that generated
 * code and C users need: int, float, complex, str, tuple. The object layouts are
 * private to libmolt (runtime/internal/).
 */
#ifndef MOLT_OBJECTS_H
#define MOLT_OBJECTS_H

#include "object.h"

/* An int from a C integer: small when it fits 48 bits, else a bigint. */
MOLT_API MoltValue molt_int_from_i64(int64_t i);
/* Parse an int literal's digits (no sign, no underscores, no prefix) in
 * base 2, 8, 10 or 16. MOLT_NULL with ValueError on bad digits. */
MOLT_API MoltValue molt_int_from_digits(const char *digits, int base);

/* The imaginary literal `<imag>j`: complex(0.0, imag) for a float imag.
 * Never fails. */
MOLT_API MoltValue molt_complex_imag_literal(MoltValue imag);

/* A str from UTF-8 bytes (copied). Invalid UTF-8 is not checked here: the
 * translator only emits valid UTF-8. Never fails. */
MOLT_API MoltValue molt_str_from_utf8(const char *s, size_t len);
MOLT_API MoltValue molt_str_from_cstr(const char *s);
/* The UTF-8 bytes and byte length of a str (not NUL-terminated in
 * general). Precondition: v is a str. */
MOLT_API const char *molt_str_utf8(MoltValue v, size_t *len);

/* A bytes of the n bytes at p (copied): bytes constants of generated
 * code. Never fails. */
MOLT_API MoltValue molt_bytes_from_data(const char *p, size_t n);

/* str(v) and repr(v): a new str, or MOLT_NULL with an exception. */
MOLT_API MoltValue molt_str(MoltValue v);
MOLT_API MoltValue molt_repr(MoltValue v);
/* ascii(v): repr(v) with non-ASCII escaped (\xe9, \u20ac, \U0001f600). */
MOLT_API MoltValue molt_ascii(MoltValue v);

/* ---- formatting (runtime/objects/format.c) ---- */
/* format(v, spec), spec a str: type(v).__format__(spec), which must
 * return a str ("__format__ must return a str, not int"). */
MOLT_API MoltValue molt_format(MoltValue v, MoltValue spec);
/* An f-string's replacement field (CPython's FORMAT_VALUE): molt_format,
 * except that a str with an empty spec is itself. */
MOLT_API MoltValue molt_format_value(MoltValue v, MoltValue spec);
/* The concatenation of the n strs parts[] (an f-string's BUILD_STRING):
 * one allocation. Never fails. */
MOLT_API MoltValue molt_str_build(size_t n, const MoltValue *parts);

/* A tuple of n values (copied). Never fails. */
MOLT_API MoltValue molt_tuple_new(size_t n, const MoltValue *items);
MOLT_API size_t molt_tuple_len(MoltValue t);
MOLT_API MoltValue molt_tuple_item(MoltValue t, size_t i);

#endif /* MOLT_OBJECTS_H */
