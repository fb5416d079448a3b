/* MoltValue: the 64-bit word every Python value lives in (NaN-boxing).
 *
 * The encoding is private to this header; everything else uses the inline
 * functions below, so the encoding can change in one place.
 *
 *   top 16 bits       meaning
 *   0x0000            pointer to an object (raw, so the Boehm GC sees it);
 *                     the all-zero word MOLT_NULL is the error sentinel
 *   0x0001..0xFFF9    a double: its IEEE bits + 2^48, NaNs canonicalised
 *   0xFFFA..0xFFFE    reserved (MOLT_STOP lives here)
 *   0xFFFF            a 48-bit signed small int in the low 48 bits
 *
 * An int that fits 48 bits is always small: bigints never hold such values.
 */
#ifndef MOLT_VALUE_H
#define MOLT_VALUE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__GNUC__) || defined(__clang__) || defined(__TINYC__)
#define MOLT_LIKELY(x) __builtin_expect(!!(x), 1)
#define MOLT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define MOLT_LIKELY(x) (x)
#define MOLT_UNLIKELY(x) (x)
#endif

/* For the hit paths of inline caches: a guard and a load belong inside the
 * generated function, even where gcc would rather call one shared copy. */
#if defined(__GNUC__) || defined(__clang__)
#define MOLT_ALWAYS_INLINE static inline __attribute__((always_inline))
#else
#define MOLT_ALWAYS_INLINE static inline
#endif

/* MOLT_ASSUME(c): tell the optimiser c holds (it is never checked). */
#if (defined(__GNUC__) || defined(__clang__)) && !defined(__TINYC__)
#define MOLT_ASSUME(c)               \
    do {                             \
        if (!(c))                    \
            __builtin_unreachable(); \
    } while (0)
#else
#define MOLT_ASSUME(c) ((void)0)
#endif

#if defined(__GNUC__) || defined(__clang__)
#define MOLT_API __attribute__((visibility("default")))
#define MOLT_NORETURN __attribute__((noreturn))
#else
#define MOLT_API
#define MOLT_NORETURN
#endif

typedef uint64_t MoltValue;

#define MOLT_NULL ((MoltValue)0)
/* Returned by iteration primitives when an iterator is exhausted. */
#define MOLT_STOP ((MoltValue)0xFFFA000000000000ULL)

#define MOLT_INT_TAG 0xFFFF000000000000ULL
#define MOLT_INT_MASK 0x0000FFFFFFFFFFFFULL
#define MOLT_DOUBLE_OFFSET 0x0001000000000000ULL
#define MOLT_CANONICAL_NAN 0x7FF8000000000000ULL

/* Range of small ints: [MOLT_SMALL_MIN, MOLT_SMALL_MAX]. */
#define MOLT_SMALL_MAX ((int64_t)0x00007FFFFFFFFFFFLL)
#define MOLT_SMALL_MIN (-MOLT_SMALL_MAX - 1)

/* A small-int constant, usable in constant expressions. */
#define MOLT_INT(i) ((MoltValue)(MOLT_INT_TAG | ((uint64_t)(int64_t)(i)&MOLT_INT_MASK)))

/* ---- pointers ---- */

static inline int molt_is_ptr(MoltValue v) { return (v >> 48) == 0 && v != 0; }
static inline void *molt_ptr(MoltValue v) { return (void *)(uintptr_t)v; }
static inline MoltValue molt_from_ptr(const void *p) { return (MoltValue)(uintptr_t)p; }

/* ---- small ints ---- */

static inline int molt_is_int(MoltValue v) { return (v >> 48) == 0xFFFF; }
static inline int molt_both_int(MoltValue a, MoltValue b) { return ((a & b) >> 48) == 0xFFFF; }
static inline int64_t molt_int_value(MoltValue v) { return (int64_t)(v << 16) >> 16; }
static inline int molt_int_fits(int64_t i) { return i >= MOLT_SMALL_MIN && i <= MOLT_SMALL_MAX; }
/* Precondition: molt_int_fits(i). Use molt_int_from_i64 otherwise. */
static inline MoltValue molt_from_int(int64_t i) { return MOLT_INT_TAG | ((uint64_t)i & MOLT_INT_MASK); }

/* ---- doubles ---- */

static inline int molt_is_double(MoltValue v) { return v - MOLT_DOUBLE_OFFSET < (0xFFF9ULL << 48); }
static inline int molt_both_double(MoltValue a, MoltValue b)
{
    return molt_is_double(a) && molt_is_double(b);
}
static inline double molt_double_value(MoltValue v)
{
    uint64_t bits = v - MOLT_DOUBLE_OFFSET;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}
static inline MoltValue molt_from_double(double d)
{
    uint64_t bits;
    if (MOLT_UNLIKELY(d != d))
        return MOLT_CANONICAL_NAN + MOLT_DOUBLE_OFFSET;
    memcpy(&bits, &d, sizeof bits);
    return bits + MOLT_DOUBLE_OFFSET;
}
/* A double given by its IEEE bits (how the emitter writes inf and nan). */
#define MOLT_FLOAT_BITS(bits) ((MoltValue)((uint64_t)(bits) + MOLT_DOUBLE_OFFSET))

#endif /* MOLT_VALUE_H */
