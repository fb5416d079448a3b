/* Internals shared by compile_check.c and compile_check_match.c: the state
 * of the walk that finds CPython's code-generation SyntaxErrors. */
#ifndef MOLT_COMPILE_CHECK_INT_H
#define MOLT_COMPILE_CHECK_INT_H

#include "compile_check.h"

/* The code units of compile.c (COMPILER_SCOPE_*). */
typedef enum {
    UNIT_MODULE,
    UNIT_CLASS,
    UNIT_FUNCTION,
    UNIT_ASYNC_FUNCTION,
    UNIT_LAMBDA,
    UNIT_COMPREHENSION,
} UnitType;

/* Frame blocks that matter for errors; the others only count towards the
 * nesting limit. */
typedef enum {
    FB_LOOP, /* the body of a for or while loop */
    FB_EXCEPT_STAR, /* the handlers of try/except* */
    FB_FINALLY_TRY, /* the body of try/finally: leaving it runs the finally */
    FB_WITH, /* the body of with: leaving it calls __exit__ */
    FB_OTHER,
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    asdl_seq *finalbody; /* FB_FINALLY_TRY */
} FBlock;

#define MAX_BLOCKS 20 /* CPython's CO_MAXBLOCKS */

typedef struct Unit {
    UnitType type;
    Scope *ste; /* its symbol table block */
    FBlock fblocks[MAX_BLOCKS];
    int nfblocks;
} Unit;

/* A source range: where an error points. */
typedef struct Loc {
    int lineno, col_offset, end_lineno, end_col_offset;
} Loc;

#define LOC(n) ((Loc) { (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset })

typedef struct Checker {
    SymTable *st;
    Diag *diag;
    Unit *u; /* the unit being compiled */
} Checker;

static inline int failed(const Checker *c) { return c->diag->kind != DIAG_NONE; }

/* Set the SyntaxError fmt (whose one %s, if any, is arg) at loc; -1. */
int check_error(Checker *c, Loc loc, const char *fmt, const char *arg);
/* compile.c's forbidden_name: __debug__ cannot be bound (ctx Store) or
 * deleted (Del). -1 after the error. */
int check_forbidden_name(Checker *c, Loc loc, const char *name, expr_context_ty ctx);
void check_expr(Checker *c, expr_ty e);
void check_exprs(Checker *c, asdl_seq *seq);
void check_stmts(Checker *c, asdl_seq *body);
/* A match statement: subject, patterns, guards, bodies. */
void check_match(Checker *c, stmt_ty s);

#endif /* MOLT_COMPILE_CHECK_INT_H */
