/* Molt IR: per-function control-flow graphs of basic blocks over numbered
 * temporaries and named locals, with explicit exception edges (docs/ir.md).
 *
 * A module holds a constant pool, the module-global names, and functions;
 * the module body is function 0, named "<module>". Locals are not SSA: a
 * local or temporary may be assigned in several blocks. Every instruction
 * that can fail carries its Python line, and on failure control goes to
 * its block's exception target (the function's error exit when -1).
 */
#ifndef MOLT_IR_H
#define MOLT_IR_H

#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "strmap.h"
#include "diag.h"
#include "intrinsics.h"

/* ---- operands ---- */

typedef enum {
    OPD_NONE,
    OPD_TEMP, /* t<index> */
    OPD_LOCAL, /* a local variable of the function: locals[index] */
    OPD_CONST, /* module constant pool entry: consts[index] */
} IrOpdKind;

typedef struct IrOpd {
    IrOpdKind kind;
    int index;
} IrOpd;

/* ---- constants ---- */

typedef enum {
    IRC_NONE,
    IRC_TRUE,
    IRC_FALSE,
    IRC_ELLIPSIS,
    IRC_INT, /* small int: i */
    IRC_BIGINT, /* decimal digits in s (with a leading '-' if negative) */
    IRC_FLOAT, /* d */
    IRC_STR, /* UTF-8 s[0..len) */
    IRC_BYTES, /* bytes s[0..len) */
    IRC_KWNAMES, /* tuple of str: names[0..n) */
} IrConstKind;

typedef struct IrConst {
    IrConstKind kind;
    int64_t i;
    double d;
    const char *s;
    size_t len;
    const char **names;
    int n;
} IrConst;

/* ---- instructions ---- */

typedef enum {
    IR_MOVE, /* dst = a */
    IR_BINOP, /* dst = a <op> b; op is MOLT_OP_* */
    IR_INPLACE, /* dst = a <op>= b (falls back to the binary operator) */
    IR_UNARY, /* dst = <op> a; op is IRU_* */
    IR_COMPARE, /* dst = a <op> b; op is MOLT_LT..MOLT_GE */
    IR_IS, /* dst = a is b; op 1 for `is not` */
    IR_NOT, /* dst = not a */
    IR_CHECK_BOUND, /* UnboundLocalError if local a is unbound */
    IR_DEL_LOCAL, /* unbind local a (UnboundLocalError if unbound) */
    IR_LOAD_GLOBAL, /* dst = module global `name` or builtin (NameError) */
    IR_LOAD_BUILTIN, /* dst = builtin `name` (NameError) */
    IR_LOAD_NAME, /* dst = entry `name` (str constant b) of namespace a, else
                     module global or builtin (NameError): a class body's read */
    IR_STORE_GLOBAL, /* module global `name` = a */
    IR_DEL_GLOBAL, /* del module global `name` (NameError) */
    IR_CALL, /* dst = a(args...), kwnames constant in b (or OPD_NONE) */
    IR_MAKE_FUNCTION, /* dst = new function for functions[func]; args: its positional
                         defaults, keyword-only defaults, then the cells of its free variables */
    IR_RAISE, /* raise a (an exception instance or class) */
    IR_RERAISE, /* bare `raise` */
    IR_RANGE_INIT, /* range loop `slot` = range(args...) */
    IR_RANGE_NEXT, /* dst = next value of range loop `slot`, or jump to target when exhausted */
    IR_FOR_NEXT, /* dst = next item of iterator a, or jump to target when exhausted */
    IR_RT, /* [dst =] runtime intrinsic `sub` (intrinsics.h) applied to args */
    /* terminators */
    IR_JUMP, /* goto target */
    IR_BRANCH, /* if truth(a) goto target else target2 */
    IR_RETURN, /* return a */
} IrOpcode;

enum { IRU_NEG, IRU_POS, IRU_INVERT };

typedef struct IrInstr {
    IrOpcode op;
    int sub; /* operator for BINOP/UNARY/COMPARE/IS; intrinsic (RtId) for RT */
    IrOpd dst, a, b;
    IrOpd *args;
    int nargs;
    const char *name; /* global name for LOAD/STORE_GLOBAL... */
    int func; /* MAKE_FUNCTION: function index; CALL: direct target or -1 */
    int slot; /* range loop slot */
    int target, target2; /* block indices */
    int line; /* Python source line */
} IrInstr;

typedef struct IrBlock {
    IrInstr *instrs;
    int ninstrs, cap;
    int exc_target; /* block handling exceptions raised here, -1 = error exit */
    int seq; /* position in source order (the order blocks were opened), 0 = never opened */
} IrBlock;

/* Unboxed types of the specialisation pass (specialize.c). */
typedef enum {
    VT_UNKNOWN,
    VT_INT, /* small int, held as int64_t */
    VT_FLOAT, /* float, held as double */
    VT_CBOOL, /* a comparison's truth, held as int; never a Python value */
    VT_CALLEE, /* a global loaded only to be called directly */
    VT_BAD, /* not representable unboxed */
} ValType;

/* The plan for a function's unboxed clone: the type of every temporary
 * and local, and of the result. Parameters are speculated to be ints. */
typedef struct IrSpec {
    ValType ret;
    ValType *temps;
    ValType *locals;
    /* The clones this one may call, directly or not, each reached through
     * a module global. Checked once when boxed code enters the clone
     * (globals cannot change while clones run: they have no effects). */
    struct IrGuard {
        const char *name; /* the global... */
        int func; /* ...that must hold this function's object */
    } * guards;
    int nguards, guardcap;
} IrSpec;

typedef struct IrFunc {
    const char *name; /* Python name, "<module>" for the body */
    const char *qualname;
    const char *cname; /* C identifier of the direct entry */
    int lineno;
    int nparams; /* the first nparams locals are the parameters, in
                    CPython's order: positional (posonly of them
                    positional-only), keyword-only, *args, **kwargs */
    int ndefaults; /* defaults of the last positional parameters */
    int posonly, kwonly; /* positional-only and keyword-only parameters */
    int flags; /* IRF_VARARGS | IRF_VARKW */
    char *kwdefault; /* per keyword-only parameter: 1 if it has a default */
    int nkwdefaults; /* how many have one */
    const char **free; /* free variables: locals holding the closure's cells */
    int nfree;
    int doc; /* constant index of the docstring, or -1 */
    const char **locals;
    int nlocals, localcap;
    StrMap local_index; /* name -> position in locals */
    int ntemps;
    int nranges; /* range loop slots */
    IrBlock *blocks;
    int nblocks, blockcap;
    int nopened; /* blocks opened so far, for IrBlock.seq */
    IrSpec *spec; /* unboxed clone plan, or NULL (specialize.c) */
} IrFunc;

typedef struct IrModule {
    Arena *arena;
    const char *name; /* Python module name, e.g. "__main__" */
    const char *cname; /* C identifier stem, e.g. "prog" */
    const char *file; /* source path as given */
    IrConst *consts;
    int nconsts, constcap;
    int *const_index; /* open-addressed hash of consts: index + 1, 0 = empty */
    int const_index_cap; /* a power of two, at least twice nconsts */
    const char **globals; /* module-global names with a slot */
    int nglobals, globalcap;
    StrMap global_index; /* name -> position in globals */
    IrFunc **funcs; /* funcs[0] is the module body */
    int nfuncs, funccap;
} IrModule;

/* IrFunc.flags (the values of CPython's CO_VARARGS, CO_VARKEYWORDS). */
#define IRF_VARARGS 0x4
#define IRF_VARKW 0x8

/* Positional parameters (positional-only included). */
static inline int ir_argcount(const IrFunc *f)
{
    return f->nparams - f->kwonly - ((f->flags & IRF_VARARGS) != 0) - ((f->flags & IRF_VARKW) != 0);
}
/* Plain positional parameters only: the direct entry takes exactly them. */
static inline int ir_simple_params(const IrFunc *f) { return f->kwonly == 0 && f->flags == 0; }

/* ---- building ---- */

IrModule *ir_module_new(Arena *a, const char *name, const char *cname, const char *file);
IrFunc *ir_func_new(IrModule *m, const char *name, const char *qualname, int lineno);
int ir_func_index(IrModule *m, IrFunc *f);
/* Index of local `name`, added if new. */
int ir_local(IrModule *m, IrFunc *f, const char *name);
/* Index of global slot `name`, added if new. */
int ir_global(IrModule *m, const char *name);
int ir_global_find(const IrModule *m, const char *name);
IrOpd ir_temp(IrFunc *f);
IrOpd ir_local_opd(int index);
/* Constant operands, interned: equal constants share one pool entry. */
IrOpd ir_const_simple(IrModule *m, IrConstKind kind);
IrOpd ir_const_int(IrModule *m, int64_t i);
IrOpd ir_const_bigint(IrModule *m, const char *digits);
IrOpd ir_const_float(IrModule *m, double d);
IrOpd ir_const_str(IrModule *m, const char *s, size_t len);
IrOpd ir_const_bytes(IrModule *m, const char *s, size_t len);
IrOpd ir_const_kwnames(IrModule *m, const char **names, int n);
/* Append constant c to the pool as is, without interning (the reader keeps
 * the pool exactly as the text numbers it). */
IrOpd ir_const_add(IrModule *m, IrConst c);
int ir_block_new(IrModule *m, IrFunc *f);
/* Append an instruction to block b; returns it for filling in. */
IrInstr *ir_emit(IrModule *m, IrFunc *f, int b, IrOpcode op, int line);
/* Mark block b as opened now: emitters lay blocks out in this order. */
void ir_block_open(IrFunc *f, int b);
/* The blocks of f in source order; unopened blocks are left out. Returns
 * the count; order must hold f->nblocks entries. */
int ir_block_order(const IrFunc *f, int *order);
int ir_is_terminator(IrOpcode op);

/* ---- text form (ir_print.c) ---- */

void ir_print(FILE *out, const IrModule *m);
/* Text names of operators: binop MOLT_OP_ADD..MOLT_OP_MATMUL, compare
 * MOLT_LT..MOLT_GE, unary IRU_NEG..IRU_INVERT. */
const char *ir_binop_name(int op);
const char *ir_compare_name(int op);
const char *ir_unary_name(int op);
/* The last dotted component of a qualname ("f.<locals>.g" -> "g"): a
 * function's name unless the text says otherwise. */
const char *ir_qualname_tail(const char *qualname);

/* ---- text form, reading (ir_read.c) ---- */

/* The module written in text[0..len) (the form ir_print writes; `file` is
 * its path, for messages). Everything the back end relies on is checked;
 * the result lives in arena a. On malformed text returns NULL with a
 * DIAG_IR error in diag naming the text line. */
IrModule *ir_read(Arena *a, const char *file, const char *text, size_t len, Diag *diag);

#endif /* MOLT_IR_H */
