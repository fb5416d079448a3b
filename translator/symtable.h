/* Symbol tables: which names are local, global or free in each scope.
 *
 * This is the scope analysis the current language subset needs (module and
 * function scopes, `global`, parameters); class and comprehension scopes,
 * `nonlocal` and cells arrive with the full front end. */
#ifndef MOLT_SYMTABLE_H
#define MOLT_SYMTABLE_H

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "strmap.h"

typedef enum {
    SYM_LOCAL, /* assigned in a function (or a parameter) */
    SYM_GLOBAL_EXPLICIT, /* declared `global` */
    SYM_GLOBAL_IMPLICIT, /* not assigned here: module global or builtin */
    SYM_FREE, /* a local of an enclosing function (needs a closure) */
} SymScope;

#define SYM_PARAM 0x1u
#define SYM_ASSIGNED 0x2u
#define SYM_USED 0x4u

typedef struct Symbol {
    const char *name;
    SymScope scope;
    unsigned flags;
    int lineno, col_offset; /* first occurrence */
} Symbol;

typedef struct Scope Scope;
struct Scope {
    const char *name; /* "<module>" or the function's name */
    const char *qualname;
    int is_function;
    int has_namedexpr; /* contains `:=` (locals must be read into temps) */
    Scope *parent;
    stmt_ty def; /* the FunctionDef, NULL for the module */
    Symbol *syms;
    int nsyms, cap;
    StrMap index; /* name -> position in syms */
    Scope **children;
    int nchildren, childcap;
};

typedef struct SymTable {
    Arena *arena;
    Scope *module;
} SymTable;

/* Analyse a module. NULL with diag filled (SyntaxError for misplaced
 * global declarations, as CPython) on error. */
SymTable *sym_build(Arena *arena, mod_ty mod, Diag *diag);
/* The scope created for a FunctionDef node (NULL if none). */
Scope *sym_scope_of(SymTable *st, stmt_ty def);
/* The symbol `name` in scope s, or NULL. */
Symbol *sym_lookup(Scope *s, const char *name);

#endif /* MOLT_SYMTABLE_H */
