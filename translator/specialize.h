/* Specialisation: plans unboxed clones of pure numeric functions. */
#ifndef MOLT_SPECIALIZE_H
#define MOLT_SPECIALIZE_H

#include "ir.h"

/* Set f->spec for every function of m that can run unboxed when its
 * arguments are small ints (see specialize.c for the rules). */
void spec_module(IrModule *m);

/* The unboxed type of operand o under plan s (VT_BAD for constants that
 * are not numbers). */
ValType spec_opd_type(const IrModule *m, const IrSpec *s, IrOpd o);

#endif /* MOLT_SPECIALIZE_H */
