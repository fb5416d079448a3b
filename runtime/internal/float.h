/* Private float layer: CPython's float arithmetic, repr and parsing. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_FLOAT_H
#define MOLT_INTERNAL_FLOAT_H

#include <molt/molt.h>

/* a <op> b in float arithmetic (op is MOLT_OP_ADD..MOLT_OP_POW; others give
 * MOLT_NOTIMPLEMENTED). ZeroDivisionError/OverflowError as CPython. */
MoltValue molt_float_binop(int op, double a, double b);
/* x <op> y for op MOLT_LT..MOLT_GE, as True or False. */
MoltValue molt_float_compare(double x, double y, int op);
/* divmod(a, b) for floats, as a tuple. */
MoltValue molt_float_divmod(double a, double b);
/* The value of a float or int-like v as a double: 1 on success, 0 if v is
 * not a number (no exception), -1 with OverflowError for huge ints. */
int molt_float_coerce(MoltValue v, double *out);
/* The shortest digits that read back as d (finite, > 0): digits[0..n)
 * (at most 17, NUL-terminated, no trailing zeros), d ~ 0.d1d2... * 10**(e+1).
 * What David Gay's dtoa gives in mode 0. */
void molt_float_shortest_digits(double d, char *digits, int *ndigits, int *exp10);
/* ---- float to text (float_format.c): CPython's PyOS_double_to_string ----
 * format_code is one of e E f F g G r (r: repr, precision must be 0).
 * Digits are correctly rounded (round-half-even on the exact binary
 * value), as Gay's dtoa gives them. Returns NUL-terminated ASCII in
 * collector memory, its length in *len. Never fails. */
#define MOLT_DTSF_SIGN 0x01 /* always add the sign */
#define MOLT_DTSF_ADD_DOT_0 0x02 /* integral values keep ".0" */
#define MOLT_DTSF_ALT 0x04 /* '#': keep the point and trailing zeros */
#define MOLT_DTSF_NO_NEG_0 0x08 /* 'z': -0.0 and what rounds to it lose the sign */
char *molt_double_to_string(double val, char format_code, int precision, int flags, size_t *len);
/* CPython's repr(float) into buf (at least 32 bytes); returns length. */
size_t molt_float_repr_buf(double d, char *buf);
MoltValue molt_float_repr(MoltValue v);
/* float(text) with CPython's syntax (whitespace, '_', inf, nan); orig is
 * the str for "could not convert string to float: '...'". */
MoltValue molt_float_from_text(const char *s, size_t len, MoltValue orig);
/* round(x) (ndigits MOLT_NULL or None: an int) and round(x, n). */
MoltValue molt_float_round(double x, MoltValue ndigits);

#endif /* MOLT_INTERNAL_FLOAT_H */
