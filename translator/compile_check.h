/* The SyntaxErrors CPython's compiler (Python/compile.c) raises while it
 * generates code, found before molt2c lowers a module. */
#ifndef MOLT_COMPILE_CHECK_H
#define MOLT_COMPILE_CHECK_H

#include "ast.h"
#include "diag.h"
#include "symtable.h"

/* Check mod (already through sym_build into st) for the errors CPython
 * only finds while compiling: 'return' outside function, 'break' outside
 * loop, 'await' outside async function, ... Returns -1 with diag set to
 * the first, in CPython's compilation order; 0 if there is none. */
int compile_check(SymTable *st, mod_ty mod, Diag *diag);

#endif /* MOLT_COMPILE_CHECK_H */
