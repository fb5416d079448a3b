/* Lowering internals: the state of the AST -> IR lowering and the helpers
 * shared by its files (lower.c: names, expressions, statements, functions;
 * lower_*.c: one construct family each). Not an interface outside lower*.c.
 */
#ifndef MOLT_LOWER_INT_H
#define MOLT_LOWER_INT_H

#include "lower.h"

#define LOWER_INTERNAL __attribute__((visibility("hidden")))

struct Unwind;

typedef struct Loop {
    int brk, cont; /* target blocks of break and continue */
    struct Loop *outer;
    struct Unwind *unwind; /* the cleanups active where the loop starts */
} Loop;

/* A comprehension being lowered (lower_comp.c). */
typedef struct CompFrame CompFrame;

/* One FunctionDef found by the pre-pass. */
typedef struct DefInfo {
    stmt_ty def;
    int func; /* index in the module's functions */
} DefInfo;

/* A class body being lowered (lower_class.c). */
typedef struct ClassBody ClassBody;

typedef struct Lower {
    Arena *arena;
    Diag *diag;
    SymTable *st;
    IrModule *m;
    IrFunc *f; /* function being lowered */
    Scope *scope; /* its scope */
    int cur; /* current block; -1 after a terminator */
    Loop *loop;
    /* Exceptions raised in blocks opened now go to this block; 0 means
     * the function's error exit (block 0, the entry, is never a handler). */
    int handler;
    /* What leaving the current statements early (return, break,
     * continue) must run first, innermost first: finally bodies, the
     * end of an except clause, __exit__ calls (lower_try.c). */
    struct Unwind *unwind;
    CompFrame *comp; /* innermost comprehension being lowered, or NULL */
    DefInfo *defs;
    int ndefs, defcap;
    ClassBody *cls; /* innermost class body being lowered, or NULL */
} Lower;

static const IrOpd NO_OPD = { OPD_NONE, 0 };

/* How a name is reached from the current scope. */
typedef enum {
    NAME_LOCAL,
    NAME_GLOBAL,
    NAME_BUILTIN,
    NAME_FREE, /* a free variable: a cell of an enclosing function */
    NAME_CELL, /* a local that nested functions share: in a cell */
} NameKind;

/* ---- errors ---- */

/* Refuse a construct: DIAG_UNSUPPORTED "<what> is not supported by molt2c
 * yet" at (lineno, col). Returns NO_OPD. */
LOWER_INTERNAL IrOpd unsupported(Lower *l, int lineno, int col, const char *what);
/* A diagnostic is set: stop lowering. */
LOWER_INTERNAL int failed(Lower *l);

/* ---- emission ---- */

/* The block to append to (a fresh unreachable one after a terminator). */
LOWER_INTERNAL int cur_block(Lower *l);
/* Append an instruction to the current block. */
LOWER_INTERNAL IrInstr *emit(Lower *l, IrOpcode op, int line);
/* `jump target` unless the current block already ended. */
LOWER_INTERNAL void jump(Lower *l, int target, int line);
/* Continue in block b (opening it: blocks are laid out in opening order). */
LOWER_INTERNAL void start(Lower *l, int b);
/* An arena copy of n operands (NULL for none). */
LOWER_INTERNAL IrOpd *copy_opds(Lower *l, const IrOpd *src, int n);
/* `dst = rt id(args)`: a fresh temporary holding the result, or NO_OPD
 * for intrinsics without one (RTK_STATUS). */
LOWER_INTERNAL IrOpd emit_rt(Lower *l, RtId id, int line, const IrOpd *args, int nargs);
/* The same for the common two-operand intrinsics. */
LOWER_INTERNAL IrOpd emit_rt2(Lower *l, RtId id, int line, IrOpd a, IrOpd b);
/* A str constant holding name (attribute names, keys). */
LOWER_INTERNAL IrOpd name_const(Lower *l, const char *name);

/* ---- names, expressions, statements ---- */

LOWER_INTERNAL NameKind resolve_name(Lower *l, const char *name);
LOWER_INTERNAL IrOpd load_name(Lower *l, const char *name, int line, int col);
LOWER_INTERNAL void store_name(Lower *l, const char *name, IrOpd value, int line, int col);
/* MOLT_OP_* of an AST operator. */
LOWER_INTERNAL int binop_code(operator_ty op);
/* The value of e in an operand (constant, local or fresh temporary). */
LOWER_INTERNAL IrOpd lower_expr(Lower *l, expr_ty e);
/* Assign value to an assignment target (name, attribute, subscript,
 * tuple/list with starred and nested targets). */
LOWER_INTERNAL void store_target(Lower *l, expr_ty target, IrOpd value);
/* Evaluate test and branch to yes or no on its truth. */
LOWER_INTERNAL void branch_on(Lower *l, expr_ty test, int yes, int no);
LOWER_INTERNAL void lower_body(Lower *l, asdl_seq *body);
/* A loop body: break goes to `after`, continue to `head`. */
LOWER_INTERNAL void lower_loop_body(Lower *l, asdl_seq *body, int head, int after);
/* A for statement's loop once its iteration is set up: next_op is
 * IR_RANGE_NEXT (range slot `slot`) or IR_FOR_NEXT (iterator `it`). */
LOWER_INTERNAL void lower_for_loop(Lower *l, stmt_ty s, IrOpcode next_op, IrOpd it, int slot);

/* ---- containers (lower_container.c) ---- */

/* A tuple, list, set or dict display, with starred items. */
LOWER_INTERNAL IrOpd lower_display(Lower *l, expr_ty e);
LOWER_INTERNAL IrOpd lower_subscript(Lower *l, expr_ty e);
LOWER_INTERNAL IrOpd lower_slice(Lower *l, expr_ty e);
/* `item in container` (`not in` when negate). */
LOWER_INTERNAL IrOpd lower_contains(Lower *l, int negate, IrOpd item, IrOpd container, int line);
/* Store into a tuple/list (unpacking) or subscript target: 1, or 0 when
 * target is of another kind. */
LOWER_INTERNAL int store_container_target(Lower *l, expr_ty target, IrOpd value);
LOWER_INTERNAL void lower_augassign_subscript(Lower *l, stmt_ty s);
LOWER_INTERNAL void lower_del_subscript(Lower *l, expr_ty target);
/* For `range(...)` with range the builtin: evaluate the bounds and start
 * a range loop slot; its number, or -1 (nothing emitted) for any other
 * iterable. */
LOWER_INTERNAL int lower_range_init(Lower *l, expr_ty it);
/* `for` over any iterable (iter, then for_next). */
LOWER_INTERNAL void lower_for_iter(Lower *l, stmt_ty s);

/* ---- f-strings (lower_fstring.c) ---- */

/* An f-string: its fields formatted and joined into one str. */
LOWER_INTERNAL IrOpd lower_joined_str(Lower *l, expr_ty e);

/* ---- comprehensions (lower_comp.c) ---- */

LOWER_INTERNAL IrOpd lower_comprehension(Lower *l, expr_ty e);
/* resolve_name, load_name and store_name while l->scope is a
 * comprehension's. */
LOWER_INTERNAL NameKind comp_resolve_name(Lower *l, const char *name);
LOWER_INTERNAL IrOpd comp_load_name(Lower *l, const char *name, int line, int col);
LOWER_INTERNAL void comp_store_name(Lower *l, const char *name, IrOpd value, int line, int col);
/* The IR local holding the cell of `name` for a function made inside a
 * comprehension: a comprehension variable's fresh local, else name. */
LOWER_INTERNAL const char *comp_cell_local(Lower *l, const char *name);

/* ---- functions and closures (lower_function.c) ---- */

/* The pre-pass: an IrFunc for every def in body (recursively). */
LOWER_INTERNAL void collect_defs(Lower *l, asdl_seq *body, const char *prefix);
LOWER_INTERNAL DefInfo *def_info(Lower *l, stmt_ty def);
/* Give a global slot to every name some function declares `global`. */
LOWER_INTERNAL void register_globals(Lower *l);
LOWER_INTERNAL void lower_function(Lower *l, stmt_ty s);
LOWER_INTERNAL IrOpd lower_lambda(Lower *l, expr_ty e);
/* The function index a call may call directly, or -1. */
LOWER_INTERNAL int direct_target(Lower *l, expr_ty call, int nargs);
/* A call with `*x` or `**m` arguments, lowered by lower_call_ex. */
LOWER_INTERNAL int call_needs_ex(expr_ty call);
LOWER_INTERNAL IrOpd lower_call_ex(Lower *l, expr_ty call);
/* fn(lead..., args..., keywords...) with the lead operands already
 * evaluated: a plain call, or with `*x` / `**m` CPython's CALL_FUNCTION_EX
 * sequence (the class statement's call of __build_class__). */
LOWER_INTERNAL IrOpd lower_call_with(
    Lower *l, IrOpd fn, const IrOpd *lead, int nlead, asdl_seq *args, asdl_seq *kws, int line);
/* `make_function` for function index func: the defaults, then the cells
 * of its free variables (the current function's locals of those names). */
LOWER_INTERNAL IrOpd lower_make_function(Lower *l, int func, const IrOpd *defaults, int ndefaults, int line);
/* Read, assign, delete a NAME_CELL or NAME_FREE variable. */
LOWER_INTERNAL IrOpd load_cell(Lower *l, const char *name, NameKind kind, int line);
/* locals() in the function being lowered: a new dict of its bound
 * variables (lower_function.c). */
LOWER_INTERNAL IrOpd lower_locals(Lower *l, int line);
LOWER_INTERNAL void store_cell(Lower *l, const char *name, IrOpd value, int line);
LOWER_INTERNAL void del_cell(Lower *l, const char *name, NameKind kind, int line);
/* ---- classes and attributes (lower_class.c) ---- */

LOWER_INTERNAL void lower_classdef(Lower *l, stmt_ty s);
/* The class name that mangles `__x` in the current scope, or NULL. */
LOWER_INTERNAL const char *lower_private_name(Lower *l);
/* 1 while lowering the statements of a class body. */
LOWER_INTERNAL int lower_in_class_body(Lower *l);
/* Names in a class body (the namespace, or a cell for free variables):
 * 1 if handled (*out set for loads), 0 for a name declared `global`,
 * which takes the ordinary path. */
LOWER_INTERNAL int lower_class_load(Lower *l, const char *name, int line, int col, IrOpd *out);
LOWER_INTERNAL int lower_class_store(Lower *l, const char *name, IrOpd value, int line, int col);
LOWER_INTERNAL int lower_class_del(Lower *l, const char *name, int line);
LOWER_INTERNAL IrOpd lower_attribute(Lower *l, expr_ty e);
LOWER_INTERNAL void lower_store_attribute(Lower *l, expr_ty target, IrOpd value);
LOWER_INTERNAL void lower_del_attribute(Lower *l, expr_ty target);
LOWER_INTERNAL void lower_augassign_attribute(Lower *l, stmt_ty s);
/* o.m(...) and super(): 1 with *out set if handled, 0 for a plain call. */
LOWER_INTERNAL int lower_special_call(Lower *l, expr_ty e, IrOpd *out);

/* ---- exceptions (lower_try.c) ---- */

/* Run the cleanups between the current point and `stop` (an outer entry
 * of l->unwind, or NULL for all: a return) before control leaves. */
LOWER_INTERNAL void lower_unwind(Lower *l, struct Unwind *stop, int line);
/* try/except/else/finally; except*; with; raise [from]. */
LOWER_INTERNAL void lower_try(Lower *l, stmt_ty s);
LOWER_INTERNAL void lower_try_star(Lower *l, stmt_ty s);
LOWER_INTERNAL void lower_with(Lower *l, stmt_ty s);
LOWER_INTERNAL void lower_raise(Lower *l, stmt_ty s);

/* ---- statements lowered in their own files ---- */

LOWER_INTERNAL void lower_match(Lower *l, stmt_ty s); /* lower_match.c */
LOWER_INTERNAL void lower_annassign(Lower *l, stmt_ty s); /* lower_annotation.c */
/* `__annotations__ = {}` at the start of a module or class body that has
 * annotated assignments of its own. */
LOWER_INTERNAL void lower_setup_annotations(Lower *l, asdl_seq *body, int line);

#endif /* MOLT_LOWER_INT_H */
