/* int: 48-bit small ints and GMP bigints, with CPython's semantics for
 * every operator (floor rounding, two's-complement bitwise ops, correctly
 * rounded true division and float conversion, exact float comparison). */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "internal/builtins.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/float.h"
#include "internal/format.h"
#include "internal/int.h"
#include "internal/numtext.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

#if LONG_MAX < INT64_MAX || GMP_NUMB_BITS != 64
#error "libmolt assumes 64-bit long and 64-bit GMP limbs"
#endif

/* mpz sizes are ints counting limbs; stay well inside so GMP never aborts. */
#define MAX_BITS ((uint64_t)1 << 36)

/* ------------------------------------------------------------------ */
/* representation helpers */

/* A bigint that takes over z's limbs (z must not be used afterwards), or
 * the small int when z fits. */
static MoltValue int_from_mpz_move(mpz_ptr z)
{
    MoltBigInt *b;
    /* 48 bits: -2**47 is still small */
    if (mpz_sizeinbase(z, 2) <= 48) {
        int64_t v = (int64_t)mpz_get_si(z);
        if (molt_int_fits(v))
            return molt_from_int(v);
    }
    b = molt_alloc(sizeof *b);
    b->ob.type = &MoltInt_Type;
    *b->z = *z;
    return molt_from_ptr(b);
}

/* Normalised int from z (copied). */
MoltValue molt_int_from_mpz(mpz_srcptr z)
{
    mpz_t c;
    if (mpz_sizeinbase(z, 2) <= 48 && molt_int_fits((int64_t)mpz_get_si(z)))
        return molt_from_int((int64_t)mpz_get_si(z));
    mpz_init_set(c, z);
    return int_from_mpz_move(c);
}

/* A medium int (one limb) is one allocation: the limb follows the header
 * and the mpz points at it. Bigints are never written after creation, so
 * GMP never reallocates that limb; nothing in the block points into the
 * heap (the type is static), so the collector need not scan it. */
typedef struct MediumInt {
    MoltBigInt b;
    mp_limb_t limb;
} MediumInt;

/* Small when it fits 48 bits, else a bigint. Never fails. */
MOLT_API MoltValue molt_int_from_i64(int64_t i)
{
    MediumInt *m;
    if (molt_int_fits(i))
        return molt_from_int(i);
    m = molt_alloc_atomic(sizeof *m);
    m->b.ob.type = &MoltInt_Type;
    m->limb = i < 0 ? -(uint64_t)i : (uint64_t)i;
    m->b.z->_mp_alloc = 1;
    m->b.z->_mp_size = i < 0 ? -1 : 1;
    m->b.z->_mp_d = &m->limb;
    return molt_from_ptr(m);
}

/* int64 value of an int that is small, a bool or a one-limb bigint in
 * range: 1, else 0. The medium-value fast path of the operators. */
static inline int medium_value(MoltValue v, int64_t *out)
{
    const MoltBigInt *b;
    if (molt_is_int(v)) {
        *out = molt_int_value(v);
        return 1;
    }
    if (!molt_is_bigint(v))
        return 0;
    b = molt_bigint_obj(v);
    if (b->z->_mp_size == 1 && b->z->_mp_d[0] <= (mp_limb_t)INT64_MAX) {
        *out = (int64_t)b->z->_mp_d[0];
        return 1;
    }
    if (b->z->_mp_size == -1 && b->z->_mp_d[0] <= (mp_limb_t)INT64_MAX + 1) {
        *out = (int64_t)(0 - b->z->_mp_d[0]);
        return 1;
    }
    return 0;
}

/* Read-only mpz view of an int-like value, with storage for small ones. */
typedef struct IntView {
    mpz_t z;
    mp_limb_t limb;
} IntView;

static mpz_srcptr int_view(MoltValue v, IntView *t)
{
    int64_t i;
    v = molt_int_unbool(v);
    if (!molt_is_int(v))
        return molt_bigint_obj(v)->z;
    i = molt_int_value(v);
    t->limb = (mp_limb_t)(i < 0 ? -(uint64_t)i : (uint64_t)i);
    return mpz_roinit_n(t->z, &t->limb, i < 0 ? -1 : i > 0);
}

void molt_int_get_mpz(MoltValue v, mpz_ptr out)
{
    IntView t;
    mpz_set(out, int_view(v, &t));
}

int molt_int_as_i64(MoltValue v, int64_t *out)
{
    v = molt_int_unbool(v);
    if (molt_is_int(v)) {
        *out = molt_int_value(v);
        return 0;
    }
    if (!mpz_fits_slong_p(molt_bigint_obj(v)->z))
        return -1;
    *out = (int64_t)mpz_get_si(molt_bigint_obj(v)->z);
    return 0;
}

int molt_int_sign(MoltValue v)
{
    v = molt_int_unbool(v);
    if (molt_is_int(v)) {
        int64_t i = molt_int_value(v);
        return (i > 0) - (i < 0);
    }
    return mpz_sgn(molt_bigint_obj(v)->z);
}

static MoltValue memory_error(void) { return molt_raise_args(&MoltExc_MemoryError, NULL, 0); }

/* ------------------------------------------------------------------ */
/* conversions to and from double */

/* Round-half-even conversion, as CPython's PyLong_AsDouble: keep 55 top
 * bits plus a sticky bit, and let the (correctly rounded) uint64 -> double
 * conversion do the rounding. */
int molt_int_to_double(MoltValue v, double *out)
{
    mpz_srcptr z;
    IntView t;
    size_t n;
    v = molt_int_unbool(v);
    if (molt_is_int(v)) {
        *out = (double)molt_int_value(v);
        return 0;
    }
    z = int_view(v, &t);
    n = mpz_sizeinbase(z, 2);
    if (n <= 64) {
        /* the uint64 -> double conversion rounds correctly */
        double d = (double)(uint64_t)mpz_getlimbn(z, 0);
        *out = mpz_sgn(z) < 0 ? -d : d;
        return 0;
    }
    if (n <= 1024) {
        mpz_t q;
        size_t s = n - 55;
        uint64_t m;
        double d;
        mpz_init(q);
        mpz_tdiv_q_2exp(q, z, s);
        m = (uint64_t)mpz_getlimbn(q, 0);
        if (mpz_scan1(z, 0) < s)
            m |= 1;
        d = ldexp((double)m, (int)s);
        if (!isinf(d)) {
            *out = mpz_sgn(z) < 0 ? -d : d;
            return 0;
        }
    }
    molt_raise(&MoltExc_OverflowError, "int too large to convert to float");
    return -1;
}

/* Exact comparison: small ints convert to double exactly; GMP compares
 * bigints with doubles (infinities included) exactly. */
int molt_int_cmp_double(MoltValue a, double d)
{
    IntView t;
    int c;
    if (isnan(d))
        return 2;
    a = molt_int_unbool(a);
    if (molt_is_int(a)) {
        double x = (double)molt_int_value(a);
        return (x > d) - (x < d);
    }
    c = mpz_cmp_d(int_view(a, &t), d);
    return (c > 0) - (c < 0);
}

MoltValue molt_int_from_double(double d)
{
    mpz_t z;
    if (isnan(d))
        return molt_raise(&MoltExc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        return molt_raise(&MoltExc_OverflowError, "cannot convert float infinity to integer");
    d = trunc(d);
    if (fabs(d) < 140737488355328.0) /* 2^47 */
        return molt_from_int((int64_t)d);
    mpz_init_set_d(z, d);
    return int_from_mpz_move(z);
}

/* ------------------------------------------------------------------ */
/* arithmetic */

static MoltValue int_truediv_big(mpz_srcptr a, mpz_srcptr b);
static MoltValue int_pow(MoltValue a, MoltValue b);

static MoltValue zero_div_floor(void)
{
    return molt_raise(&MoltExc_ZeroDivisionError, "integer division or modulo by zero");
}

/* Small-int arithmetic. Sets *big and returns MOLT_NULL (no exception)
 * when the result needs the GMP path. */
static MoltValue small_binop(int op, int64_t x, int64_t y, int *big)
{
    int64_t r;
    switch (op) {
    case MOLT_OP_ADD:
        return molt_int_from_i64(x + y);
    case MOLT_OP_SUB:
        return molt_int_from_i64(x - y);
    case MOLT_OP_MUL:
        if (!__builtin_mul_overflow(x, y, &r))
            return molt_int_from_i64(r);
        *big = 1;
        return MOLT_NULL;
    case MOLT_OP_FLOORDIV:
        if (y == 0)
            return zero_div_floor();
        r = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0)))
            r--;
        return molt_int_from_i64(r);
    case MOLT_OP_MOD:
        if (y == 0)
            return molt_raise(&MoltExc_ZeroDivisionError, "integer modulo by zero");
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0)))
            r += y;
        return molt_from_int(r);
    case MOLT_OP_TRUEDIV:
        if (y == 0)
            return molt_raise(&MoltExc_ZeroDivisionError, "division by zero");
        return molt_from_double((double)x / (double)y);
    case MOLT_OP_LSHIFT:
        if (y < 0)
            return molt_raise(&MoltExc_ValueError, "negative shift count");
        if (x == 0)
            return MOLT_INT(0);
        if (y < 16 || (y < 63 && (x < 0 ? ~x : x) < ((int64_t)1 << (62 - y))))
            return molt_int_from_i64((int64_t)((uint64_t)x << y));
        *big = 1;
        return MOLT_NULL;
    case MOLT_OP_RSHIFT:
        if (y < 0)
            return molt_raise(&MoltExc_ValueError, "negative shift count");
        return molt_from_int(y > 62 ? (x < 0 ? -1 : 0) : x >> y);
    case MOLT_OP_AND:
        return molt_from_int(x & y);
    case MOLT_OP_OR:
        return molt_from_int(x | y);
    case MOLT_OP_XOR:
        return molt_from_int(x ^ y);
    default:
        return MOLT_NOTIMPLEMENTED;
    }
}

/* Fits int64: the int; otherwise MOLT_STOP. */
static MoltValue from_i128(__int128 r)
{
    if (r < INT64_MIN || r > INT64_MAX)
        return MOLT_STOP;
    return molt_int_from_i64((int64_t)r);
}

/* x <op> y on int64 values through 128-bit arithmetic, for operands and
 * results that fit int64 (LCG-style values between 2**47 and 2**63 would
 * otherwise take GMP and two allocations per operation). MOLT_STOP (no
 * exception) leaves the operation to GMP: other operators, a zero
 * divisor, a result outside int64. */
static MoltValue medium_binop(int op, int64_t x, int64_t y)
{
    int64_t q, r;
    switch (op) {
    case MOLT_OP_ADD:
        return from_i128((__int128)x + y);
    case MOLT_OP_SUB:
        return from_i128((__int128)x - y);
    case MOLT_OP_MUL:
        return from_i128((__int128)x * y);
    case MOLT_OP_FLOORDIV:
    case MOLT_OP_MOD:
        if (y == 0)
            return MOLT_STOP;
        if (y == -1) /* INT64_MIN / -1 overflows int64 */
            return op == MOLT_OP_MOD ? MOLT_INT(0) : from_i128(-(__int128)x);
        q = x / y; /* int64 division: __int128's is a library call */
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            q--;
            r += y;
        }
        return from_i128(op == MOLT_OP_MOD ? r : q);
    case MOLT_OP_AND:
        return molt_int_from_i64(x & y);
    case MOLT_OP_OR:
        return molt_int_from_i64(x | y);
    case MOLT_OP_XOR:
        return molt_int_from_i64(x ^ y);
    default:
        return MOLT_STOP;
    }
}

MoltValue molt_int_binop(int op, MoltValue a, MoltValue b)
{
    IntView ta, tb;
    mpz_srcptr x, y;
    mpz_t r;
    int64_t i, j;
    if (molt_is_bool(a) && molt_is_bool(b) && (op == MOLT_OP_AND || op == MOLT_OP_OR || op == MOLT_OP_XOR)) {
        int p = a == MOLT_TRUE, q = b == MOLT_TRUE;
        return molt_bool(op == MOLT_OP_AND ? p & q : op == MOLT_OP_OR ? p | q : p ^ q);
    }
    a = molt_int_unbool(a);
    b = molt_int_unbool(b);
    if (op == MOLT_OP_POW)
        return int_pow(a, b);
    if (op == MOLT_OP_MATMUL)
        return MOLT_NOTIMPLEMENTED;
    if (molt_both_int(a, b)) {
        int big = 0;
        MoltValue res = small_binop(op, molt_int_value(a), molt_int_value(b), &big);
        if (!big)
            return res;
    }
    if (medium_value(a, &i) && medium_value(b, &j)) {
        MoltValue res = medium_binop(op, i, j);
        if (res != MOLT_STOP)
            return res;
    }
    x = int_view(a, &ta);
    y = int_view(b, &tb);
    mpz_init(r);
    switch (op) {
    case MOLT_OP_ADD:
        mpz_add(r, x, y);
        break;
    case MOLT_OP_SUB:
        mpz_sub(r, x, y);
        break;
    case MOLT_OP_MUL:
        if (mpz_sizeinbase(x, 2) + mpz_sizeinbase(y, 2) > MAX_BITS)
            return memory_error();
        mpz_mul(r, x, y);
        break;
    case MOLT_OP_FLOORDIV:
        if (!mpz_sgn(y))
            return zero_div_floor();
        mpz_fdiv_q(r, x, y);
        break;
    case MOLT_OP_MOD:
        if (!mpz_sgn(y))
            return molt_raise(&MoltExc_ZeroDivisionError, "integer modulo by zero");
        mpz_fdiv_r(r, x, y);
        break;
    case MOLT_OP_TRUEDIV:
        if (!mpz_sgn(y))
            return molt_raise(&MoltExc_ZeroDivisionError, "division by zero");
        return int_truediv_big(x, y);
    case MOLT_OP_LSHIFT:
    case MOLT_OP_RSHIFT:
        if (mpz_sgn(y) < 0)
            return molt_raise(&MoltExc_ValueError, "negative shift count");
        if (op == MOLT_OP_RSHIFT) {
            if (!mpz_fits_ulong_p(y) || mpz_get_ui(y) >= mpz_sizeinbase(x, 2))
                return MOLT_INT(mpz_sgn(x) < 0 ? -1 : 0);
            mpz_fdiv_q_2exp(r, x, mpz_get_ui(y));
        } else {
            if (!mpz_sgn(x))
                return MOLT_INT(0);
            if (!mpz_fits_ulong_p(y) || mpz_get_ui(y) + mpz_sizeinbase(x, 2) > MAX_BITS)
                return memory_error();
            mpz_mul_2exp(r, x, mpz_get_ui(y));
        }
        break;
    case MOLT_OP_AND:
        mpz_and(r, x, y);
        break;
    case MOLT_OP_OR:
        mpz_ior(r, x, y);
        break;
    case MOLT_OP_XOR:
        mpz_xor(r, x, y);
        break;
    default:
        return MOLT_NOTIMPLEMENTED;
    }
    return int_from_mpz_move(r);
}

/* CPython's long_true_divide for operands that are not both exactly
 * representable: scale a/b to a 55- or 56-bit quotient plus a sticky bit,
 * round half to even by hand at the precision the result's exponent
 * allows (subnormals included), then ldexp exactly. */
static MoltValue int_truediv_big(mpz_srcptr a, mpz_srcptr b)
{
    const int MANT = 53, MIN_EXP = -1021, MAX_EXP = 1024;
    size_t na = mpz_sizeinbase(a, 2), nb = mpz_sizeinbase(b, 2);
    int negate = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    long diff, shift, x_bits, extra;
    int inexact = 0;
    uint64_t q64, mask, low;
    double dx, result;
    mpz_t x, q, rem;

    if (!mpz_sgn(a))
        return molt_from_double(negate ? -0.0 : 0.0);
    if (na <= (size_t)MANT && nb <= (size_t)MANT) {
        result = mpz_get_d(a) / mpz_get_d(b);
        return molt_from_double(result);
    }
    diff = (long)na - (long)nb;
    if (diff > MAX_EXP)
        goto overflow;
    if (diff < MIN_EXP - MANT - 1)
        return molt_from_double(negate ? -0.0 : 0.0);
    /* the top bits of a/b: an exact comparison of the shifted operands
     * decides whether the quotient's bit length is diff or diff+1 */
    shift = (diff > MIN_EXP ? diff : MIN_EXP) - MANT - 2;
    mpz_init(x);
    mpz_abs(x, a);
    if (shift < 0) {
        mpz_mul_2exp(x, x, (mp_bitcnt_t)-shift);
    } else if (shift > 0) {
        if (mpz_scan1(x, 0) < (mp_bitcnt_t)shift)
            inexact = 1;
        mpz_fdiv_q_2exp(x, x, (mp_bitcnt_t)shift);
    }
    mpz_init(q);
    mpz_init(rem);
    {
        mpz_t bb;
        mpz_init(bb);
        mpz_abs(bb, b);
        mpz_tdiv_qr(q, rem, x, bb);
    }
    if (mpz_sgn(rem))
        inexact = 1;
    x_bits = (long)mpz_sizeinbase(q, 2);
    q64 = (uint64_t)mpz_getlimbn(q, 0);
    extra = (x_bits > MIN_EXP - shift ? x_bits : MIN_EXP - shift) - MANT;
    mask = (uint64_t)1 << (extra - 1);
    low = q64 | (uint64_t)inexact;
    if ((low & mask) && (low & (3 * mask - 1)))
        low += mask;
    q64 = low & ~(2 * mask - 1);
    dx = (double)q64; /* exact: at most 54 significant bits after rounding */
    if (shift + x_bits >= MAX_EXP && (shift + x_bits > MAX_EXP || dx == ldexp(1.0, (int)x_bits)))
        goto overflow;
    result = ldexp(dx, (int)shift);
    return molt_from_double(negate ? -result : result);
overflow:
    return molt_raise(&MoltExc_OverflowError, "integer division result too large for a float");
}

/* a ** b: float pow for negative b, else exact. */
static MoltValue int_pow(MoltValue a, MoltValue b)
{
    IntView ta, tb;
    mpz_srcptr x, y;
    unsigned long e;
    mpz_t r;
    if (molt_int_sign(b) < 0) {
        double da, db;
        if (molt_int_to_double(a, &da) < 0 || molt_int_to_double(b, &db) < 0)
            return MOLT_NULL;
        return molt_float_binop(MOLT_OP_POW, da, db);
    }
    if (molt_both_int(a, b)) {
        int64_t base = molt_int_value(a), ex = molt_int_value(b), acc = 1;
        int ok = 1;
        while (ex > 0 && ok) {
            if (ex & 1)
                ok = !__builtin_mul_overflow(acc, base, &acc);
            ex >>= 1;
            if (ex > 0 && ok)
                ok = !__builtin_mul_overflow(base, base, &base);
        }
        if (ok)
            return molt_int_from_i64(acc);
    }
    x = int_view(a, &ta);
    y = int_view(b, &tb);
    if (mpz_cmpabs_ui(x, 1) <= 0) {
        /* 0, 1, -1: the exponent's parity is all that matters */
        if (!mpz_sgn(y))
            return MOLT_INT(1);
        if (mpz_sgn(x) >= 0)
            return molt_int_from_mpz(x);
        return MOLT_INT(mpz_odd_p(y) ? -1 : 1);
    }
    if (!mpz_fits_ulong_p(y))
        return memory_error();
    e = mpz_get_ui(y);
    if ((uint64_t)e > MAX_BITS || (uint64_t)(mpz_sizeinbase(x, 2) - 1) * e > MAX_BITS)
        return memory_error();
    mpz_init(r);
    mpz_pow_ui(r, x, e);
    return int_from_mpz_move(r);
}

MoltValue molt_int_divmod(MoltValue a, MoltValue b)
{
    IntView ta, tb;
    mpz_srcptr x, y;
    mpz_t q, r;
    MoltValue items[2];
    a = molt_int_unbool(a);
    b = molt_int_unbool(b);
    if (molt_both_int(a, b)) {
        items[0] = molt_int_binop(MOLT_OP_FLOORDIV, a, b);
        if (!items[0])
            return MOLT_NULL;
        items[1] = molt_int_binop(MOLT_OP_MOD, a, b);
        return molt_tuple_new(2, items);
    }
    x = int_view(a, &ta);
    y = int_view(b, &tb);
    if (!mpz_sgn(y))
        return zero_div_floor();
    mpz_init(q);
    mpz_init(r);
    mpz_fdiv_qr(q, r, x, y);
    items[0] = int_from_mpz_move(q);
    items[1] = int_from_mpz_move(r);
    return molt_tuple_new(2, items);
}

/* pow(a, b, m), CPython 3.8+: negative b means the modular inverse. */
MoltValue molt_int_powmod(MoltValue a, MoltValue b, MoltValue m)
{
    IntView ta, tb, tm;
    mpz_srcptr x, y, md;
    mpz_t am, base, r, e;
    x = int_view(a, &ta);
    y = int_view(b, &tb);
    md = int_view(m, &tm);
    if (!mpz_sgn(md))
        return molt_raise(&MoltExc_ValueError, "pow() 3rd argument cannot be 0");
    mpz_init(am);
    mpz_abs(am, md);
    mpz_init(base);
    mpz_init(r);
    mpz_init(e);
    mpz_mod(base, x, am);
    if (mpz_sgn(y) < 0) {
        if (!mpz_invert(base, base, am) && mpz_cmp_ui(am, 1) != 0)
            return molt_raise(&MoltExc_ValueError, "base is not invertible for the given modulus");
        mpz_neg(e, y);
    } else {
        mpz_set(e, y);
    }
    if (mpz_cmp_ui(am, 1) == 0)
        return MOLT_INT(0);
    mpz_powm(r, base, e, am);
    if (mpz_sgn(md) < 0 && mpz_sgn(r))
        mpz_sub(r, r, am);
    return int_from_mpz_move(r);
}

MoltValue molt_int_round(MoltValue v, int64_t ndigits)
{
    IntView t;
    mpz_srcptr x;
    mpz_t p, q, r;
    int c;
    v = molt_int_unbool(v);
    if (ndigits >= 0)
        return v;
    x = int_view(v, &t);
    if (-(uint64_t)ndigits > mpz_sizeinbase(x, 10) + 1)
        return MOLT_INT(0); /* 10**-ndigits exceeds 2|v| */
    mpz_init(p);
    mpz_init(q);
    mpz_init(r);
    mpz_ui_pow_ui(p, 10, (unsigned long)-ndigits);
    mpz_fdiv_qr(q, r, x, p);
    mpz_mul_2exp(r, r, 1);
    c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    return int_from_mpz_move(q);
}

MoltValue molt_int_neg(MoltValue v)
{
    mpz_t r;
    v = molt_int_unbool(v);
    if (molt_is_int(v))
        return molt_int_from_i64(-molt_int_value(v));
    mpz_init(r);
    mpz_neg(r, molt_bigint_obj(v)->z);
    return int_from_mpz_move(r);
}

MoltValue molt_int_invert(MoltValue v)
{
    mpz_t r;
    v = molt_int_unbool(v);
    if (molt_is_int(v))
        return molt_from_int(~molt_int_value(v));
    mpz_init(r);
    mpz_com(r, molt_bigint_obj(v)->z);
    return int_from_mpz_move(r);
}

MoltValue molt_int_abs(MoltValue v)
{
    v = molt_int_unbool(v);
    if (molt_int_sign(v) < 0)
        return molt_int_neg(v);
    return v;
}

int molt_int_cmp(MoltValue a, MoltValue b)
{
    IntView ta, tb;
    int64_t x, y;
    int c;
    a = molt_int_unbool(a);
    b = molt_int_unbool(b);
    if (medium_value(a, &x) && medium_value(b, &y))
        return (x > y) - (x < y);
    c = mpz_cmp(int_view(a, &ta), int_view(b, &tb));
    return (c > 0) - (c < 0);
}

/* ------------------------------------------------------------------ */
/* text */

static MoltValue limit_error_to_str(void)
{
    return molt_raise(&MoltExc_ValueError,
        "Exceeds the limit (%d digits) for integer string conversion; "
        "use sys.set_int_max_str_digits() to increase the limit",
        MOLT_INT_MAX_STR_DIGITS);
}

MoltValue molt_int_repr(MoltValue v)
{
    char buf[32];
    mpz_srcptr z;
    size_t est, n;
    char *out;
    v = molt_int_unbool(v);
    if (molt_is_int(v)) {
        /* digits backwards from the end of buf: str() of ints is hot
         * (keys, output) and snprintf's format parsing costs more */
        int64_t i = molt_int_value(v);
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        char *p = buf + sizeof buf;
        do {
            *--p = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (i < 0)
            *--p = '-';
        return molt_str_from_utf8(p, (size_t)(buf + sizeof buf - p));
    }
    z = molt_bigint_obj(v)->z;
    est = mpz_sizeinbase(z, 10); /* exact or one too big */
    if (est > MOLT_INT_MAX_STR_DIGITS + 1)
        return limit_error_to_str();
    out = molt_alloc_atomic(est + 2);
    mpz_get_str(out, 10, z);
    n = strlen(out);
    if (n - (out[0] == '-') > MOLT_INT_MAX_STR_DIGITS)
        return limit_error_to_str();
    return molt_str_from_utf8(out, n);
}

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* Digits (already validated, no underscores) in base to an int. */
static MoltValue int_from_clean_digits(const char *d, size_t n, int base, int negative)
{
    mpz_t z;
    if (n <= 10 || (base == 16 && n <= 11) || (base == 2 && n <= 47) || (base == 8 && n <= 15)) {
        int64_t acc = 0;
        size_t i;
        for (i = 0; i < n; i++)
            acc = acc * base + digit_value((unsigned char)d[i]);
        return molt_int_from_i64(negative ? -acc : acc);
    }
    {
        char *tmp = molt_alloc_atomic(n + 1);
        memcpy(tmp, d, n);
        tmp[n] = '\0';
        mpz_init(z);
        mpz_set_str(z, tmp, base);
    }
    if (negative)
        mpz_neg(z, z);
    return int_from_mpz_move(z);
}

/* Literal digits from the translator. */
MOLT_API MoltValue molt_int_from_digits(const char *digits, int base)
{
    size_t n = strlen(digits), i;
    if (n == 0)
        goto bad;
    for (i = 0; i < n; i++)
        if (digit_value((unsigned char)digits[i]) >= base)
            goto bad;
    return int_from_clean_digits(digits, n, base, 0);
bad:
    return molt_raise(
        &MoltExc_ValueError, "invalid literal for int() with base %d: %R", base, molt_str_from_cstr(digits));
}

/* Py_ISSPACE: ASCII whitespace only (not \x1c-\x1f, which str.isspace
 * accepts); Unicode spaces were made ' ' by molt_number_text_ascii. */
static int is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static MoltValue invalid_literal(int base, MoltValue orig)
{
    MoltValue r = molt_repr(orig);
    size_t len;
    const char *s;
    if (!r)
        return MOLT_NULL;
    s = molt_str_utf8(r, &len);
    if (molt_str_obj(r)->nchars > 200) {
        /* %.200R: the repr cut to 200 code points */
        size_t i = 0, k = 0;
        while (i < len && k < 200) {
            i++;
            while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
                i++;
            k++;
        }
        r = molt_str_from_utf8(s, i);
    }
    return molt_raise(&MoltExc_ValueError, "invalid literal for int() with base %d: %V", base, r);
}

/* int(text, base) with CPython's syntax: Unicode digits and whitespace
 * read as their ASCII forms, surrounding whitespace, a sign,
 * an optional prefix matching base (any prefix for base 0), single
 * underscores between digits, and the 4300-digit limit for bases that are
 * not powers of two. */
MoltValue molt_int_from_text(const char *s, size_t len, int base, MoltValue orig)
{
    const char *p, *end;
    int negative = 0, orig_base = base, last_underscore, leading_zero_only = 1;
    size_t ndigits = 0;
    char *digits;
    s = molt_number_text_ascii(s, len, &len);
    p = s;
    end = s + len;
    while (p < end && is_space((unsigned char)*p))
        p++;
    while (end > p && is_space((unsigned char)end[-1]))
        end--;
    if (p < end && (*p == '+' || *p == '-'))
        negative = *p++ == '-';
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)tolower((unsigned char)p[1]);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            if (p < end && *p == '_')
                p++; /* "0x_1f" */
        }
    }
    if (base == 0)
        base = 10;
    if (p >= end || *p == '_')
        return invalid_literal(orig_base, orig);
    digits = molt_alloc_atomic((size_t)(end - p) + 1);
    last_underscore = 0;
    for (; p < end; p++) {
        if (*p == '_') {
            if (last_underscore)
                return invalid_literal(orig_base, orig);
            last_underscore = 1;
            continue;
        }
        if (digit_value((unsigned char)*p) >= base)
            break;
        if (*p != '0')
            leading_zero_only = 0;
        digits[ndigits++] = *p;
        last_underscore = 0;
    }
    if ((base & (base - 1)) != 0 && ndigits > MOLT_INT_MAX_STR_DIGITS)
        return molt_raise(&MoltExc_ValueError,
            "Exceeds the limit (%d digits) for integer string conversion: value has %zu "
            "digits; use sys.set_int_max_str_digits() to increase the limit",
            MOLT_INT_MAX_STR_DIGITS, ndigits);
    if (p != end || last_underscore || ndigits == 0)
        return invalid_literal(orig_base, orig);
    /* base 0 forbids leading zeros on a nonzero decimal ("010") */
    if (orig_base == 0 && base == 10 && digits[0] == '0' && !leading_zero_only)
        return invalid_literal(orig_base, orig);
    return int_from_clean_digits(digits, ndigits, base, negative);
}

/* ------------------------------------------------------------------ */
/* type slots */

static MoltValue int_richcompare(MoltValue a, MoltValue b, int op)
{
    int c;
    if (molt_is_intlike(a) && molt_is_intlike(b))
        c = molt_int_cmp(a, b);
    else if (molt_is_intlike(a) && molt_is_double(b))
        c = molt_int_cmp_double(a, molt_double_value(b));
    else if (molt_is_double(a) && molt_is_intlike(b)) {
        c = molt_int_cmp_double(b, molt_double_value(a));
        if (c != 2)
            c = -c;
    } else
        return MOLT_NOTIMPLEMENTED;
    if (c == 2) /* NaN */
        return molt_bool(op == MOLT_NE);
    return molt_cmp_result(op, c);
}

static int int_truth(MoltValue v) { return molt_int_sign(v) != 0; }
static MoltValue int_pos(MoltValue v) { return molt_int_unbool(v); }

#define INT_SLOT(name, OP)                              \
    static MoltValue name(MoltValue a, MoltValue b)     \
    {                                                   \
        if (!molt_is_intlike(a) || !molt_is_intlike(b)) \
            return MOLT_NOTIMPLEMENTED;                 \
        return molt_int_binop(OP, a, b);                \
    }
INT_SLOT(int_add, MOLT_OP_ADD)
INT_SLOT(int_sub, MOLT_OP_SUB)
INT_SLOT(int_mul, MOLT_OP_MUL)
INT_SLOT(int_truediv, MOLT_OP_TRUEDIV)
INT_SLOT(int_floordiv, MOLT_OP_FLOORDIV)
INT_SLOT(int_mod, MOLT_OP_MOD)
INT_SLOT(int_pow_slot, MOLT_OP_POW)
INT_SLOT(int_lshift, MOLT_OP_LSHIFT)
INT_SLOT(int_rshift, MOLT_OP_RSHIFT)
INT_SLOT(int_and, MOLT_OP_AND)
INT_SLOT(int_or, MOLT_OP_OR)
INT_SLOT(int_xor, MOLT_OP_XOR)
#undef INT_SLOT

/* ------------------------------------------------------------------ */
/* bytes conversion (int.to_bytes, int.from_bytes) */

int molt_int_to_bytes_buf(MoltValue v, unsigned char *out, size_t length, int little, int is_signed)
{
    IntView t;
    mpz_srcptr z = int_view(v, &t);
    mpz_t u;
    size_t count = 0, i;
    if (mpz_sgn(z) < 0 && !is_signed) {
        molt_raise(&MoltExc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    /* fits: unsigned below 2**(8*length); signed in [-2**(8*length-1),
     * 2**(8*length-1)) */
    if (mpz_sgn(z)) {
        size_t bits = mpz_sizeinbase(z, 2);
        int fits;
        if (!is_signed)
            fits = bits <= 8 * length;
        else if (mpz_sgn(z) > 0)
            fits = bits < 8 * length;
        else /* -2**k needs k+1 bits, other negatives bits+1; CPython
              * also lets -1 fit in 0 bytes */
            fits = bits < 8 * length || (bits == 8 * length && mpz_scan1(z, 0) == bits - 1)
                || (length == 0 && bits == 1);
        if (!fits) {
            molt_raise(&MoltExc_OverflowError, "int too big to convert");
            return -1;
        }
    }
    memset(out, 0, length);
    if (!mpz_sgn(z) || length == 0)
        return 0; /* length 0 here: CPython stores -1 in no bytes (all sign) */
    mpz_init(u);
    if (mpz_sgn(z) < 0) {
        /* two's complement: 2**(8*length) + z */
        mpz_ui_pow_ui(u, 2, 8 * length);
        mpz_add(u, u, z);
    } else {
        mpz_set(u, z);
    }
    /* big-endian into the end of the buffer, then reversed if little */
    {
        size_t nbytes = (mpz_sizeinbase(u, 2) + 7) / 8;
        mpz_export(out + (length - nbytes), &count, 1, 1, 1, 0, u);
    }
    mpz_clear(u);
    if (little)
        for (i = 0; i < length / 2; i++) {
            unsigned char c = out[i];
            out[i] = out[length - 1 - i];
            out[length - 1 - i] = c;
        }
    return 0;
}

MoltValue molt_int_from_bytes_buf(const unsigned char *p, size_t n, int little, int is_signed)
{
    mpz_t z;
    mpz_init(z);
    if (n)
        mpz_import(z, n, little ? -1 : 1, 1, 1, 0, p);
    if (is_signed && n && ((little ? p[n - 1] : p[0]) & 0x80)) {
        mpz_t m;
        mpz_init(m);
        mpz_ui_pow_ui(m, 2, 8 * n);
        mpz_sub(z, z, m);
        mpz_clear(m);
    }
    return int_from_mpz_move(z);
}

/* ------------------------------------------------------------------ */
/* methods and attributes */

/* v as an int for an argument CPython passes through PyNumber_Index
 * (__index__ of user classes included). */
static MoltValue index_arg(MoltValue v)
{
    v = molt_number_index(v);
    return v ? molt_int_unbool(v) : MOLT_NULL;
}

/* The value of int-like self as a plain int (a bool becomes 0 or 1). */
static MoltValue int_self(const MoltValue *args, size_t nargs, MoltValue kwnames, const char *name)
{
    if (molt_method_noargs("int", name, nargs, kwnames) < 0)
        return MOLT_NULL;
    return molt_int_unbool(args[0]);
}

static MoltValue m_conjugate(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return int_self(args, nargs, kwnames, "conjugate");
}

static MoltValue m_trunc(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return int_self(args, nargs, kwnames, "__trunc__");
}

static MoltValue m_floor(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return int_self(args, nargs, kwnames, "__floor__");
}

static MoltValue m_ceil(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return int_self(args, nargs, kwnames, "__ceil__");
}

static MoltValue m_getnewargs(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue v = int_self(args, nargs, kwnames, "__getnewargs__");
    return v ? molt_tuple_new(1, &v) : MOLT_NULL;
}

/* Number of bits in |v| (0 for 0). */
static uint64_t bit_length(MoltValue v)
{
    IntView t;
    mpz_srcptr z = int_view(v, &t);
    return mpz_sgn(z) ? (uint64_t)mpz_sizeinbase(z, 2) : 0;
}

/* int.bit_length(): bits needed for abs(self), sign excluded. */
static MoltValue m_bit_length(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (molt_method_noargs("int", "bit_length", nargs, kwnames) < 0)
        return MOLT_NULL;
    return molt_int_from_i64((int64_t)bit_length(args[0]));
}

/* int.bit_count(): ones in the binary form of abs(self). */
static MoltValue m_bit_count(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    IntView t;
    mpz_t a;
    uint64_t n;
    if (molt_method_noargs("int", "bit_count", nargs, kwnames) < 0)
        return MOLT_NULL;
    mpz_init(a);
    mpz_abs(a, int_view(args[0], &t));
    n = (uint64_t)mpz_popcount(a);
    mpz_clear(a);
    return molt_int_from_i64((int64_t)n);
}

/* int.as_integer_ratio(): (int(self), 1). */
static MoltValue m_as_integer_ratio(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue items[2];
    if (molt_method_noargs("int", "as_integer_ratio", nargs, kwnames) < 0)
        return MOLT_NULL;
    items[0] = molt_int_unbool(args[0]);
    items[1] = MOLT_INT(1);
    return molt_tuple_new(2, items);
}

/* int.__round__(ndigits=<absent>, /): int(self), or rounded half to even
 * to 10**-ndigits; ndigits goes through __index__ (None is an error). */
static MoltValue m_round(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue nd;
    int64_t n;
    if (molt_kw_count(kwnames))
        return molt_raise(&MoltExc_TypeError, "int.__round__() takes no keyword arguments");
    if (nargs > 2)
        return molt_raise(&MoltExc_TypeError, "__round__ expected at most 1 argument, got %zu", nargs - 1);
    if (nargs == 1)
        return molt_int_unbool(args[0]);
    if (!(nd = index_arg(args[1])))
        return MOLT_NULL;
    if (molt_int_as_i64(nd, &n) < 0)
        n = molt_int_sign(nd) < 0 ? INT64_MIN : 0;
    return molt_int_round(args[0], n);
}

static const MoltMethodDef int_methods[] = {
    { "conjugate", m_conjugate, 0 },
    { "bit_length", m_bit_length, 0 },
    { "bit_count", m_bit_count, 0 },
    { "as_integer_ratio", m_as_integer_ratio, 0 },
    { "__trunc__", m_trunc, 0 },
    { "__floor__", m_floor, 0 },
    { "__ceil__", m_ceil, 0 },
    { "__round__", m_round, 0 },
    { "__getnewargs__", m_getnewargs, 0 },
    { "__format__", molt_int___format__, 0 },
    { "to_bytes", molt_int_to_bytes_method, 0 },
    { "from_bytes", molt_int_from_bytes_method, MOLT_METH_CLASS },
    { NULL, NULL, 0 },
};

static MoltValue get_self(MoltValue v) { return molt_int_unbool(v); }
static MoltValue get_zero(MoltValue v)
{
    (void)v;
    return MOLT_INT(0);
}
static MoltValue get_one(MoltValue v)
{
    (void)v;
    return MOLT_INT(1);
}

static const MoltGetSetDef int_getset[] = {
    { "real", get_self, NULL, 0 },
    { "imag", get_zero, NULL, 0 },
    { "numerator", get_self, NULL, 0 },
    { "denominator", get_one, NULL, 0 },
    { NULL, NULL, NULL, 0 },
};

MOLT_API MoltType MoltInt_Type = {
    .type = &MoltType_Type,
    .name = "int",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_BASETYPE | MOLT_TYPE_MATCH_SELF,
    .basicsize = sizeof(MoltBigInt),
    .repr = molt_int_repr,
    .truth = int_truth,
    .richcompare = int_richcompare,
    .binop =
        {
            [MOLT_OP_ADD] = int_add,
            [MOLT_OP_SUB] = int_sub,
            [MOLT_OP_MUL] = int_mul,
            [MOLT_OP_TRUEDIV] = int_truediv,
            [MOLT_OP_FLOORDIV] = int_floordiv,
            [MOLT_OP_MOD] = int_mod,
            [MOLT_OP_POW] = int_pow_slot,
            [MOLT_OP_LSHIFT] = int_lshift,
            [MOLT_OP_RSHIFT] = int_rshift,
            [MOLT_OP_AND] = int_and,
            [MOLT_OP_OR] = int_or,
            [MOLT_OP_XOR] = int_xor,
        },
    .neg = molt_int_neg,
    .pos = int_pos,
    .invert = molt_int_invert,
    .abs = molt_int_abs,
    .methods = int_methods,
    .getset = int_getset,
};
