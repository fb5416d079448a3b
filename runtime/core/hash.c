/* hash() as CPython 3.11 computes it: ints modulo 2**61 - 1, floats by
 * _Py_HashDouble, tuples by the xxHash-based tuplehash, identity hashes
 * for objects. str hashing (SipHash-1-3, PYTHONHASHSEED=0) is in str.c.
 * NaN differs: molt canonicalises NaNs, so every NaN hashes to 0 (the
 * pre-3.10 value) instead of by identity. */
#include <math.h>

#include "internal/exceptions.h"
#include "internal/int.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

static int64_t fix(int64_t h) { return h == -1 ? -2 : h; }

/* long_hash: the sign times |v| mod 2**61 - 1. */
static int64_t hash_int(MoltValue v)
{
    uint64_t x;
    int neg;
    if (molt_is_int(v)) {
        int64_t i = molt_int_value(v);
        neg = i < 0;
        x = neg ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        x %= HASH_MODULUS;
    } else {
        mpz_srcptr z = molt_bigint_obj(v)->z;
        neg = mpz_sgn(z) < 0;
        x = mpz_tdiv_ui(z, HASH_MODULUS);
    }
    return fix(neg ? -(int64_t)x : (int64_t)x);
}

/* _Py_HashDouble */
static int64_t hash_double(double v)
{
    int e, sign = 1;
    double m;
    uint64_t x = 0, y;
    if (!isfinite(v))
        return isinf(v) ? (v > 0 ? HASH_INF : -HASH_INF) : 0;
    m = frexp(v, &e);
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    return fix((int64_t)x * sign);
}

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

/* tuplehash of 3.11 */
static int64_t hash_tuple(MoltValue v)
{
    MoltTuple *t = molt_tuple_obj(v);
    uint64_t acc = XXPRIME_5;
    size_t i;
    for (i = 0; i < t->n; i++) {
        int64_t lane = molt_hash(t->items[i]);
        if (lane == -1)
            return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += t->n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (int64_t)acc;
}

/* _Py_HashPointer: the address rotated by 4 bits. */
static int64_t hash_pointer(MoltValue v)
{
    uint64_t y = (uint64_t)(uintptr_t)molt_ptr(v);
    y = (y >> 4) | (y << 60);
    return fix((int64_t)y);
}

MOLT_API int64_t molt_hash_unhashable(MoltValue v)
{
    molt_raise(&MoltExc_TypeError, "unhashable type: '%s'", molt_type_name(v));
    return -1;
}

/* hash(v); see containers.h. */
MOLT_API int64_t molt_hash(MoltValue v)
{
    const MoltType *t;
    if (molt_is_int(v))
        return hash_int(v);
    if (molt_is_double(v))
        return hash_double(molt_double_value(v));
    if (molt_is_str(v))
        return molt_str_hash(v);
    if (v == MOLT_TRUE)
        return 1;
    if (v == MOLT_FALSE)
        return 0;
    if (molt_is_bigint(v))
        return hash_int(v);
    if (molt_is_tuple(v))
        return hash_tuple(v);
    for (t = molt_type_of(v); t; t = t->base) {
        if (t->hash)
            return t->hash(v);
        if (t == &MoltStr_Type)
            return molt_str_hash(v);
        if (t == &MoltTuple_Type)
            return hash_tuple(v);
    }
    return hash_pointer(v);
}
