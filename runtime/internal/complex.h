/* Private complex layer: the layout of complex numbers and the arithmetic
 * float ** float needs when CPython's answer is complex. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_COMPLEX_H
#define MOLT_INTERNAL_COMPLEX_H

#include <molt/molt.h>

/* A complex number (immutable). */
typedef struct MoltComplex {
    MoltObject ob;
    double real, imag;
} MoltComplex;

extern MoltType MoltComplex_Type;

static inline int molt_is_complex(MoltValue v)
{
    return molt_is_ptr(v) && ((MoltObject *)molt_ptr(v))->type == &MoltComplex_Type;
}
static inline MoltComplex *molt_complex_obj(MoltValue v) { return (MoltComplex *)molt_ptr(v); }

/* A new complex. Never fails. */
MoltValue molt_complex_new(double real, double imag);
/* complex(ar, ai) ** complex(br, bi) with CPython's complex_pow (integer
 * exponents up to 100 by repeated multiplication), ZeroDivisionError "0.0
 * to a negative or complex power" and OverflowError "complex
 * exponentiation". */
MoltValue molt_complex_pow(double ar, double ai, double br, double bi);
/* complex(real=0, imag=0) */
MoltValue molt_complex_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);

#endif /* MOLT_INTERNAL_COMPLEX_H */
