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
/* CPython's repr(float) into buf (at least 32 bytes); returns length. */
size_t molt_float_repr_buf(double d, char *buf);
MoltValue molt_float_repr(MoltValue v);
/* float(text) with CPython's syntax (whitespace, '_', inf, nan); orig is
 * the str for "could not convert string to float: '...'". */
MoltValue molt_float_from_text(const char *s, size_t len, MoltValue orig);
/* round(x) (ndigits MOLT_NULL or None: an int) and round(x, n). */
MoltValue molt_float_round(double x, MoltValue ndigits);

#endif /* MOLT_INTERNAL_FLOAT_H */
