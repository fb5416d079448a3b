/* Operators: inline fast paths for small ints and doubles, with the slow
 * path (bigints, mixed types, errors, user types) out of line in
 * runtime/core/ops.c. Every function returns a new value, or MOLT_NULL with
 * an exception set.
 */
#ifndef MOLT_OPS_H
#define MOLT_OPS_H

#include "object.h"

/* ---- slow paths (runtime/core/ops.c) ---- */

/* op is a MOLT_OP_* constant. Implements CPython's binary operator
 * dispatch: int/float/bool/bigint arithmetic, then type slots with
 * NotImplemented and reflected operands, then TypeError
 * "unsupported operand type(s) for +: 'int' and 'str'". */
MOLT_API MoltValue molt_binop_slow(int op, MoltValue a, MoltValue b);
/* a op= b for a heap object a: its type's in-place slot (list +=), else
 * molt_binop_slow. Generated code calls it through molt_inplace. */
MOLT_API MoltValue molt_inplace_slow(int op, MoltValue a, MoltValue b);
/* op is MOLT_LT..MOLT_GE. Exact int/float comparisons. */
MOLT_API MoltValue molt_compare_slow(MoltValue a, MoltValue b, int op);
MOLT_API MoltValue molt_neg_slow(MoltValue v);
MOLT_API MoltValue molt_pos(MoltValue v);
MOLT_API MoltValue molt_invert_slow(MoltValue v);
/* Truth of a non-trivial value: 1, 0, or -1 with an exception set. */
MOLT_API int molt_truth_slow(MoltValue v);
/* `a is b` */
static inline MoltValue molt_is(MoltValue a, MoltValue b) { return molt_bool(a == b); }
static inline MoltValue molt_is_not(MoltValue a, MoltValue b) { return molt_bool(a != b); }
/* `not v` for a value whose truth needs a call: MOLT_NULL on error. */
MOLT_API MoltValue molt_not_slow(MoltValue v);

/* ---- truth ---- */

static inline int molt_truth(MoltValue v)
{
    if (v == MOLT_TRUE)
        return 1;
    if (v == MOLT_FALSE || v == MOLT_NONE)
        return 0;
    if (molt_is_int(v))
        return v != MOLT_INT(0);
    return molt_truth_slow(v);
}

/* `not v`: MOLT_NULL on error. */
static inline MoltValue molt_not(MoltValue v)
{
    if (v == MOLT_TRUE)
        return MOLT_FALSE;
    if (v == MOLT_FALSE || v == MOLT_NONE)
        return MOLT_TRUE;
    return molt_not_slow(v);
}

/* ---- int64 arithmetic on small-int values (|x| < 2^47) ----
 * Shared by the boxed fast paths below and by unboxed clones. */

/* Python's x // y and x % y (rounding towards negative infinity); y != 0. */
static inline int64_t molt_i64_floordiv(int64_t x, int64_t y)
{
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0)))
        q--;
    return q;
}
static inline int64_t molt_i64_mod(int64_t x, int64_t y)
{
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0)))
        r += y;
    return r;
}
/* *r = x * y; 1 if the product is a small int, 0 if it is not. The double
 * product tells whether the int64 product can overflow. */
static inline int molt_i64_mul(int64_t x, int64_t y, int64_t *r)
{
    double d = (double)x * (double)y;
    if (!(d > -4.6e18 && d < 4.6e18))
        return 0;
    *r = x * y;
    return molt_int_fits(*r);
}
/* *r = x << s for s >= 0; 1 if the result is a small int. */
static inline int molt_i64_lshift(int64_t x, int64_t s, int64_t *r)
{
    if (x == 0) {
        *r = 0;
        return 1;
    }
    if (s >= 48)
        return 0;
    *r = (int64_t)((uint64_t)x << s);
    return (*r >> s) == x && molt_int_fits(*r);
}
/* x >> s for s >= 0 (arithmetic: rounds towards negative infinity). */
static inline int64_t molt_i64_rshift(int64_t x, int64_t s) { return s > 62 ? (x < 0 ? -1 : 0) : x >> s; }

/* ---- arithmetic ---- */

static inline MoltValue molt_add(MoltValue a, MoltValue b)
{
    if (MOLT_LIKELY(molt_both_int(a, b))) {
        int64_t r = molt_int_value(a) + molt_int_value(b);
        if (MOLT_LIKELY(molt_int_fits(r)))
            return molt_from_int(r);
    } else if (molt_both_double(a, b)) {
        return molt_from_double(molt_double_value(a) + molt_double_value(b));
    }
    return molt_binop_slow(MOLT_OP_ADD, a, b);
}

static inline MoltValue molt_sub(MoltValue a, MoltValue b)
{
    if (MOLT_LIKELY(molt_both_int(a, b))) {
        int64_t r = molt_int_value(a) - molt_int_value(b);
        if (MOLT_LIKELY(molt_int_fits(r)))
            return molt_from_int(r);
    } else if (molt_both_double(a, b)) {
        return molt_from_double(molt_double_value(a) - molt_double_value(b));
    }
    return molt_binop_slow(MOLT_OP_SUB, a, b);
}

static inline MoltValue molt_mul(MoltValue a, MoltValue b)
{
    int64_t r;
    if (MOLT_LIKELY(molt_both_int(a, b))) {
        if (MOLT_LIKELY(molt_i64_mul(molt_int_value(a), molt_int_value(b), &r)))
            return molt_from_int(r);
    } else if (molt_both_double(a, b)) {
        return molt_from_double(molt_double_value(a) * molt_double_value(b));
    }
    return molt_binop_slow(MOLT_OP_MUL, a, b);
}

/* int / int is exact here: small ints have at most 48 bits, so both convert
 * to double exactly and the quotient is correctly rounded. */
static inline MoltValue molt_truediv(MoltValue a, MoltValue b)
{
    if (MOLT_LIKELY(molt_both_int(a, b)) && b != MOLT_INT(0))
        return molt_from_double((double)molt_int_value(a) / (double)molt_int_value(b));
    if (molt_both_double(a, b) && molt_double_value(b) != 0.0)
        return molt_from_double(molt_double_value(a) / molt_double_value(b));
    return molt_binop_slow(MOLT_OP_TRUEDIV, a, b);
}

static inline MoltValue molt_floordiv(MoltValue a, MoltValue b)
{
    if (MOLT_LIKELY(molt_both_int(a, b)) && b != MOLT_INT(0)) {
        int64_t q = molt_i64_floordiv(molt_int_value(a), molt_int_value(b));
        if (MOLT_LIKELY(molt_int_fits(q)))
            return molt_from_int(q);
    }
    return molt_binop_slow(MOLT_OP_FLOORDIV, a, b);
}

static inline MoltValue molt_mod(MoltValue a, MoltValue b)
{
    if (MOLT_LIKELY(molt_both_int(a, b)) && b != MOLT_INT(0))
        return molt_from_int(molt_i64_mod(molt_int_value(a), molt_int_value(b)));
    return molt_binop_slow(MOLT_OP_MOD, a, b);
}

static inline MoltValue molt_pow(MoltValue a, MoltValue b) { return molt_binop_slow(MOLT_OP_POW, a, b); }
static inline MoltValue molt_matmul(MoltValue a, MoltValue b)
{
    return molt_binop_slow(MOLT_OP_MATMUL, a, b);
}

static inline MoltValue molt_lshift(MoltValue a, MoltValue b)
{
    int64_t r;
    if (MOLT_LIKELY(molt_both_int(a, b)) && molt_int_value(b) >= 0
        && molt_i64_lshift(molt_int_value(a), molt_int_value(b), &r))
        return molt_from_int(r);
    return molt_binop_slow(MOLT_OP_LSHIFT, a, b);
}

static inline MoltValue molt_rshift(MoltValue a, MoltValue b)
{
    if (MOLT_LIKELY(molt_both_int(a, b)) && molt_int_value(b) >= 0)
        return molt_from_int(molt_i64_rshift(molt_int_value(a), molt_int_value(b)));
    return molt_binop_slow(MOLT_OP_RSHIFT, a, b);
}

/* For small ints the tag bits are all ones, so and/or/xor of the words keep
 * the tag for & and |; ^ needs it put back. */
static inline MoltValue molt_and(MoltValue a, MoltValue b)
{
    if (MOLT_LIKELY(molt_both_int(a, b)))
        return a & b;
    return molt_binop_slow(MOLT_OP_AND, a, b);
}
static inline MoltValue molt_or(MoltValue a, MoltValue b)
{
    if (MOLT_LIKELY(molt_both_int(a, b)))
        return a | b;
    return molt_binop_slow(MOLT_OP_OR, a, b);
}
static inline MoltValue molt_xor(MoltValue a, MoltValue b)
{
    if (MOLT_LIKELY(molt_both_int(a, b)))
        return (a ^ b) | MOLT_INT_TAG;
    return molt_binop_slow(MOLT_OP_XOR, a, b);
}

static inline MoltValue molt_neg(MoltValue v)
{
    if (MOLT_LIKELY(molt_is_int(v)) && v != MOLT_INT(MOLT_SMALL_MIN))
        return molt_from_int(-molt_int_value(v));
    if (molt_is_double(v))
        return molt_from_double(-molt_double_value(v));
    return molt_neg_slow(v);
}

static inline MoltValue molt_invert(MoltValue v)
{
    if (MOLT_LIKELY(molt_is_int(v)))
        return molt_from_int(~molt_int_value(v));
    return molt_invert_slow(v);
}

/* a op= b: fn is the binary operator's inline function (molt_add...).
 * Only heap objects have in-place slots; operands are evaluated twice. */
/* Two immediates (numbers) take the binary operator's inline path; the
 * rest goes out of line, where a failure names the in-place operator
 * ("unsupported operand type(s) for +=: 'int' and 'str'"). */
#define molt_inplace(fn, op, a, b) (molt_is_ptr(a) || molt_is_ptr(b) ? molt_inplace_slow(op, a, b) : fn(a, b))

/* ---- comparisons ----
 * molt_lt(a, b) returns True/False (or whatever a user __lt__ returns);
 * molt_lt_truth(a, b) returns the truth of that as 1/0, or -1 with an
 * exception pending: what `if a < b:` needs, with no bool in between. */

/* Truth of a result that may be MOLT_NULL (error): 1, 0 or -1. */
static inline int molt_truth_checked(MoltValue v) { return v == MOLT_NULL ? -1 : molt_truth(v); }

#define MOLT_DEFINE_COMPARE(name, cop, OP)                                   \
    static inline MoltValue name(MoltValue a, MoltValue b)                   \
    {                                                                        \
        if (MOLT_LIKELY(molt_both_int(a, b)))                                \
            return molt_bool(molt_int_value(a) cop molt_int_value(b));       \
        if (molt_both_double(a, b))                                          \
            return molt_bool(molt_double_value(a) cop molt_double_value(b)); \
        return molt_compare_slow(a, b, OP);                                  \
    }                                                                        \
    static inline int name##_truth(MoltValue a, MoltValue b)                 \
    {                                                                        \
        if (MOLT_LIKELY(molt_both_int(a, b)))                                \
            return molt_int_value(a) cop molt_int_value(b);                  \
        if (molt_both_double(a, b))                                          \
            return molt_double_value(a) cop molt_double_value(b);            \
        return molt_truth_checked(molt_compare_slow(a, b, OP));              \
    }
MOLT_DEFINE_COMPARE(molt_lt, <, MOLT_LT)
MOLT_DEFINE_COMPARE(molt_le, <=, MOLT_LE)
MOLT_DEFINE_COMPARE(molt_gt, >, MOLT_GT)
MOLT_DEFINE_COMPARE(molt_ge, >=, MOLT_GE)
MOLT_DEFINE_COMPARE(molt_eq, ==, MOLT_EQ)
MOLT_DEFINE_COMPARE(molt_ne, !=, MOLT_NE)
#undef MOLT_DEFINE_COMPARE

#endif /* MOLT_OPS_H */
