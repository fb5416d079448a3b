/* Symbol tables: the scope of every name in every block, as CPython 3.11
 * computes it (Python/symtable.c).
 *
 * A block (Scope) is the module, a class body, a function (def, async def,
 * lambda) or a comprehension (listcomp, setcomp, dictcomp, genexpr, which
 * are functions too). Under `from __future__ import annotations` each
 * annotation is an annotation block that holds its names and is then
 * dropped, as CPython drops it: it is in no block's children.
 *
 * Pass 1 (symtable.c) records what each block does with each name (the
 * SYM_DEF_* and SYM_USE flags); pass 2 (symtable_analyze.c) resolves each
 * name to a scope (SymScope). Names are stored mangled (`__x` in class C is
 * `_C__x`), as CPython stores them. */
#ifndef MOLT_SYMTABLE_H
#define MOLT_SYMTABLE_H

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "strmap.h"

typedef enum {
    SYM_BLOCK_FUNCTION, /* CPython's numbering: symtable.py's TYPE_* */
    SYM_BLOCK_CLASS,
    SYM_BLOCK_MODULE,
    SYM_BLOCK_ANNOTATION,
} SymBlockType;

typedef enum {
    SYM_COMP_NONE,
    SYM_COMP_LIST,
    SYM_COMP_DICT,
    SYM_COMP_SET,
    SYM_COMP_GENEXP,
} SymCompKind;

/* What a block does with a name (CPython's DEF_* flags, same values). */
#define SYM_DEF_GLOBAL 0x1u /* `global` statement */
#define SYM_DEF_LOCAL 0x2u /* assignment, def, class, for/with/except target, del */
#define SYM_DEF_PARAM 0x4u /* formal parameter */
#define SYM_DEF_NONLOCAL 0x8u /* `nonlocal` statement */
#define SYM_USE 0x10u /* the name is read */
#define SYM_DEF_FREE 0x20u /* (never set, as in CPython 3.11) */
#define SYM_DEF_FREE_CLASS 0x40u /* a class binds a name its methods use free */
#define SYM_DEF_IMPORT 0x80u /* bound by import */
#define SYM_DEF_ANNOT 0x100u /* annotated (`x: int`) */
#define SYM_DEF_COMP_ITER 0x200u /* a comprehension's iteration variable */
#define SYM_DEF_BOUND (SYM_DEF_LOCAL | SYM_DEF_PARAM | SYM_DEF_IMPORT)

/* Where a name lives, once resolved (CPython's numbering). */
typedef enum {
    SYM_LOCAL = 1, /* bound in this block */
    SYM_GLOBAL_EXPLICIT, /* declared `global` */
    SYM_GLOBAL_IMPLICIT, /* not bound here nor in an enclosing function */
    SYM_FREE, /* bound in an enclosing function (a closure) */
    SYM_CELL, /* bound here and used free by a nested block */
} SymScope;

typedef struct Symbol {
    const char *name; /* mangled */
    unsigned flags; /* SYM_DEF_* | SYM_USE; 0 for a free name passed through */
    SymScope scope;
    int lineno, col_offset; /* first occurrence */
} Symbol;

/* A `global` or `nonlocal` declaration, for errors found in pass 2. */
typedef struct SymDirective {
    const char *name; /* mangled */
    int lineno, col_offset, end_lineno, end_col_offset;
} SymDirective;

typedef struct Scope Scope;
struct Scope {
    SymBlockType type;
    SymCompKind comp;
    const char *name; /* CPython's block name: "top", "C", "f", "lambda", "listcomp"... */
    const char *qualname; /* __qualname__ of the function or class: "C.f.<locals>.<lambda>" */
    const void *node; /* the FunctionDef, ClassDef, Lambda, comprehension; NULL for the module */
    int lineno, col_offset;
    int is_function; /* type == SYM_BLOCK_FUNCTION */
    int nested; /* inside a function (at any depth) */
    int generator, coroutine; /* contains yield / is async or awaits */
    int returns_value;
    int needs_class_closure; /* a class whose methods use __class__ or super() */
    int has_namedexpr; /* `:=` is evaluated in this block */
    Scope *parent;
    Symbol *syms; /* in first-occurrence order, as CPython's dict */
    int nsyms, cap;
    StrMap index; /* name -> position in syms */
    Scope **children; /* in source order */
    int nchildren, childcap;
    SymDirective *directives;
    int ndirectives, dircap;
    const char *private_name; /* class name for mangling, or NULL */
    int comp_iter_target; /* pass 1: visiting a comprehension's target */
    int comp_iter_expr; /* pass 1: depth inside a comprehension's iterable */
};

typedef struct SymTable {
    Arena *arena;
    Scope *module;
    unsigned future; /* FUTURE_* features of the module (future.h) */
    int future_lineno; /* line of the last leading future import, or -1 */
    struct {
        const void **keys; /* open addressing on the node's address */
        Scope **vals;
        int cap, n;
    } by_node; /* AST node -> its scope */
} SymTable;

/* Analyse a module: the future imports, then both passes. NULL with diag
 * set (a SyntaxError with CPython's message and location) on error. */
SymTable *sym_build(Arena *arena, mod_ty mod, Diag *diag);
/* The scope created for an AST node (FunctionDef, AsyncFunctionDef,
 * ClassDef, Lambda, ListComp, SetComp, DictComp, GeneratorExp), or NULL. */
Scope *sym_scope_of(SymTable *st, const void *node);
/* The symbol `name` (already mangled) in scope s, or NULL. */
Symbol *sym_lookup(Scope *s, const char *name);
/* name mangled as in class `private_name` (CPython's _Py_Mangle): `__x`
 * becomes `_C__x`; dunder names, dotted names and names outside a class
 * (private_name NULL) are returned unchanged. */
const char *sym_mangle(Arena *a, const char *private_name, const char *name);
/* Print every block and every name as docs/symtable.md describes. */
void sym_dump(FILE *out, const SymTable *st);

/* Pass 2, for sym_build: resolve every name's scope. -1 with diag set on
 * a SyntaxError. */
int sym_analyze(SymTable *st, Diag *diag);

#endif /* MOLT_SYMTABLE_H */
