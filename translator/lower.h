/* Lowering: AST + symbol table -> Molt IR. */
#ifndef MOLT_LOWER_H
#define MOLT_LOWER_H

#include "ast.h"
#include "diag.h"
#include "ir.h"
#include "symtable.h"

/* Lower module `mod` (from `file`, C name stem `cname`) to IR. Constructs
 * molt2c does not support yet are refused with DIAG_UNSUPPORTED naming the
 * construct and its position; returns NULL then. */
IrModule *lower_module(
    Arena *arena, mod_ty mod, SymTable *st, const char *file, const char *cname, Diag *diag);

#endif /* MOLT_LOWER_H */
