/* `from __future__ import ...` at the top of a module: which features it
 * turns on, and the SyntaxErrors CPython's Python/future.c raises. */
#ifndef MOLT_FUTURE_H
#define MOLT_FUTURE_H

#include "ast.h"
#include "diag.h"

/* Features that change how molt2c reads a module (CPython's CO_FUTURE_*);
 * the others (division, generator_stop...) are always on in Python 3. */
#define FUTURE_ANNOTATIONS 0x1u /* annotations are not evaluated */
#define FUTURE_BARRY_AS_BDFL 0x2u /* `<>` for `!=` */

/* Scan the future imports that open mod (after an optional docstring).
 * Sets *features and *lineno (the line of the last of them, -1 if none).
 * Returns -1 with diag set for an unknown feature, for `braces`, and for a
 * future import after another statement on the same line; a later future
 * import on its own line is the compiler's error (compile_check.c). */
int future_parse(mod_ty mod, Diag *diag, unsigned *features, int *lineno);

#endif /* MOLT_FUTURE_H */
