/* Private int layer: the GMP-backed bigint layout and the arithmetic that
 * ops.c and the builtins dispatch to. "Int-like" means a small int, a
 * bigint or a bool (bool is an int subclass). */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_INT_H
#define MOLT_INTERNAL_INT_H

#include <gmp.h>

#include <molt/molt.h>

/* An int outside the 48-bit small range. Never holds a small value. */
typedef struct MoltBigInt {
    MoltObject ob;
    mpz_t z;
} MoltBigInt;

static inline int molt_is_bigint(MoltValue v)
{
    return molt_is_ptr(v) && ((MoltObject *)molt_ptr(v))->type == &MoltInt_Type;
}
static inline MoltBigInt *molt_bigint_obj(MoltValue v) { return (MoltBigInt *)molt_ptr(v); }
static inline int molt_is_bool(MoltValue v) { return v == MOLT_TRUE || v == MOLT_FALSE; }
static inline int molt_is_intlike(MoltValue v)
{
    return molt_is_int(v) || molt_is_bool(v) || molt_is_bigint(v);
}
/* A bool as the small int 0 or 1; other values unchanged. */
static inline MoltValue molt_int_unbool(MoltValue v)
{
    if (v == MOLT_TRUE)
        return MOLT_INT(1);
    if (v == MOLT_FALSE)
        return MOLT_INT(0);
    return v;
}

/* The int with value z (copied), small when it fits. Never fails. */
MoltValue molt_int_from_mpz(mpz_srcptr z);
/* Set the initialised out to int-like v's value. */
void molt_int_get_mpz(MoltValue v, mpz_ptr out);
/* int64 value of int-like v: 0, or -1 (no exception) if it does not fit. */
int molt_int_as_i64(MoltValue v, int64_t *out);
/* -1, 0 or 1. Precondition: int-like. */
int molt_int_sign(MoltValue v);

/* a <op> b for int-like a and b (op is MOLT_OP_*); MOLT_NOTIMPLEMENTED for
 * MOLT_OP_MATMUL. Results are normalised to small ints; bool & | ^ bool
 * gives a bool. MOLT_NULL on ZeroDivisionError, ValueError, OverflowError. */
MoltValue molt_int_binop(int op, MoltValue a, MoltValue b);
/* divmod(a, b) as a tuple. */
MoltValue molt_int_divmod(MoltValue a, MoltValue b);
/* pow(a, b, m) for ints (CPython's modular pow, negative b = inverse). */
MoltValue molt_int_powmod(MoltValue a, MoltValue b, MoltValue m);
/* round(v, ndigits) for an int: v itself for ndigits >= 0, else rounded
 * half to even to a multiple of 10**-ndigits. Never fails. */
MoltValue molt_int_round(MoltValue v, int64_t ndigits);
MoltValue molt_int_neg(MoltValue v);
MoltValue molt_int_invert(MoltValue v);
MoltValue molt_int_abs(MoltValue v);

/* -1, 0, 1 comparing int-like a and b. */
int molt_int_cmp(MoltValue a, MoltValue b);
/* Exact comparison of int-like a with d: -1, 0, 1, or 2 if d is NaN. */
int molt_int_cmp_double(MoltValue a, double d);
/* float(v), correctly rounded: 0, or -1 with OverflowError
 * "int too large to convert to float". */
int molt_int_to_double(MoltValue v, double *out);
/* int(d): ValueError for NaN, OverflowError for infinities. */
MoltValue molt_int_from_double(double d);
/* int(s, base) on a str's text; orig is the str for the error message. */
MoltValue molt_int_from_text(const char *s, size_t len, int base, MoltValue orig);
/* Decimal repr; ValueError beyond CPython's 4300-digit limit. */
MoltValue molt_int_repr(MoltValue v);

/* int.to_bytes: int-like v as length bytes at out, two's complement
 * when is_signed; 0, or -1 with OverflowError "int too big to convert" /
 * "can't convert negative int to unsigned". */
int molt_int_to_bytes_buf(MoltValue v, unsigned char *out, size_t length, int little, int is_signed);
/* int.from_bytes of the n bytes at p. Never fails. */
MoltValue molt_int_from_bytes_buf(const unsigned char *p, size_t n, int little, int is_signed);
/* The method rows int.to_bytes and int.from_bytes (int_bytes.c). */
MoltValue molt_int_to_bytes_method(const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_int_from_bytes_method(const MoltValue *args, size_t nargs, MoltValue kwnames);

/* CPython's sys.int_info str-digits limit (sys.get_int_max_str_digits). */
#define MOLT_INT_MAX_STR_DIGITS 4300

#endif /* MOLT_INTERNAL_INT_H */
