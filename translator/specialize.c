/* Specialisation: plans unboxed clones of pure numeric functions.
 *
 * A function qualifies when, assuming its parameters are small ints, every
 * value it computes is a small int, a float or a comparison result, and it
 * has no effect anyone could observe: it only reads and writes its locals,
 * does arithmetic and comparisons, loops, branches, returns a number, and
 * calls functions that qualify too. The emitter then writes a clone over
 * int64_t and double. The generic (boxed) version tries the clone first
 * when its arguments are small ints; the clone gives up ("bails") on
 * anything it cannot finish exactly -- an int leaving 48 bits, a division
 * by zero, the recursion limit, a callee name rebound -- and the generic
 * version then runs the call from the start. Because the clone had no
 * effects, running again is invisible: results, exceptions and tracebacks
 * are CPython's.
 *
 * Types are found by iterating to a fixed point, first within each
 * function (locals are assigned in several blocks), then across the module
 * (a call's type is its callee's result type).
 */
#include "specialize.h"

#include <string.h>

#include <molt/object.h>

#include "ir.h"

typedef struct Infer {
    const IrModule *m;
    IrFunc *f;
    IrSpec *s;
    int changed, bad;
} Infer;

ValType spec_opd_type(const IrModule *m, const IrSpec *s, IrOpd o)
{
    switch (o.kind) {
    case OPD_TEMP:
        return s->temps[o.index];
    case OPD_LOCAL:
        return s->locals[o.index];
    case OPD_CONST: {
        const IrConst *c = &m->consts[o.index];
        return c->kind == IRC_INT ? VT_INT : c->kind == IRC_FLOAT ? VT_FLOAT : VT_BAD;
    }
    default:
        return VT_BAD;
    }
}

static ValType opd_type(Infer *in, IrOpd o) { return spec_opd_type(in->m, in->s, o); }

/* Record that o is assigned a value of type t. */
static void assign(Infer *in, IrOpd o, ValType t)
{
    ValType *slot = o.kind == OPD_TEMP ? &in->s->temps[o.index]
        : o.kind == OPD_LOCAL          ? &in->s->locals[o.index]
                                       : NULL;
    if (!slot || t == VT_BAD) {
        in->bad = 1;
        return;
    }
    if (t == VT_UNKNOWN || *slot == t)
        return;
    if (*slot != VT_UNKNOWN) {
        in->bad = 1; /* int here, float there: keep it boxed */
        return;
    }
    *slot = t;
    in->changed = 1;
}

static int numeric(ValType t) { return t == VT_INT || t == VT_FLOAT; }

static ValType binop_type(int op, ValType a, ValType b)
{
    if (a == VT_UNKNOWN || b == VT_UNKNOWN)
        return VT_UNKNOWN;
    if (!numeric(a) || !numeric(b))
        return VT_BAD;
    int both_int = a == VT_INT && b == VT_INT;
    switch (op) {
    case MOLT_OP_ADD:
    case MOLT_OP_SUB:
    case MOLT_OP_MUL:
        return both_int ? VT_INT : VT_FLOAT;
    case MOLT_OP_TRUEDIV:
        return VT_FLOAT;
    case MOLT_OP_FLOORDIV:
    case MOLT_OP_MOD:
    case MOLT_OP_LSHIFT:
    case MOLT_OP_RSHIFT:
    case MOLT_OP_AND:
    case MOLT_OP_OR:
    case MOLT_OP_XOR:
        return both_int ? VT_INT : VT_BAD;
    default: /* pow, matmul */
        return VT_BAD;
    }
}

static void infer_instr(Infer *in, const IrInstr *ins)
{
    const IrModule *m = in->m;
    switch (ins->op) {
    case IR_MOVE:
        assign(in, ins->dst, opd_type(in, ins->a));
        break;
    case IR_BINOP:
    case IR_INPLACE:
        assign(in, ins->dst, binop_type(ins->sub, opd_type(in, ins->a), opd_type(in, ins->b)));
        break;
    case IR_UNARY: {
        ValType a = opd_type(in, ins->a);
        assign(in, ins->dst,
            a == VT_UNKNOWN                                              ? VT_UNKNOWN
                : !numeric(a) || (ins->sub == IRU_INVERT && a != VT_INT) ? VT_BAD
                                                                         : a);
        break;
    }
    case IR_COMPARE: {
        ValType a = opd_type(in, ins->a), b = opd_type(in, ins->b);
        assign(in, ins->dst,
            a == VT_UNKNOWN || b == VT_UNKNOWN ? VT_UNKNOWN
                : numeric(a) && numeric(b)     ? VT_CBOOL
                                               : VT_BAD);
        break;
    }
    case IR_NOT: {
        ValType a = opd_type(in, ins->a);
        assign(in, ins->dst,
            a == VT_UNKNOWN                     ? VT_UNKNOWN
                : a == VT_BAD || a == VT_CALLEE ? VT_BAD
                                                : VT_CBOOL);
        break;
    }
    case IR_CHECK_BOUND:
        break;
    case IR_LOAD_GLOBAL:
        /* Only as the callee of a direct call (checked at the call). */
        assign(in, ins->dst, VT_CALLEE);
        break;
    case IR_CALL: {
        if (ins->func < 0 || ins->b.kind != OPD_NONE || opd_type(in, ins->a) != VT_CALLEE) {
            in->bad = 1;
            break;
        }
        const IrFunc *callee = m->funcs[ins->func];
        if (!callee->spec || ins->nargs != callee->nparams) {
            in->bad = 1;
            break;
        }
        for (int i = 0; i < ins->nargs; i++) {
            ValType t = opd_type(in, ins->args[i]);
            if (t != VT_INT && t != VT_UNKNOWN)
                in->bad = 1;
        }
        assign(in, ins->dst, callee->spec->ret);
        break;
    }
    case IR_RANGE_INIT:
        for (int i = 0; i < ins->nargs; i++) {
            ValType t = opd_type(in, ins->args[i]);
            if (t != VT_INT && t != VT_UNKNOWN)
                in->bad = 1;
        }
        break;
    case IR_RANGE_NEXT:
        assign(in, ins->dst, VT_INT);
        break;
    case IR_JUMP:
        break;
    case IR_BRANCH: {
        ValType t = opd_type(in, ins->a);
        if (t == VT_BAD && ins->a.kind == OPD_CONST) {
            IrConstKind k = m->consts[ins->a.index].kind;
            if (k == IRC_TRUE || k == IRC_FALSE || k == IRC_NONE)
                break; /* `while True:` */
        }
        if (t == VT_BAD || t == VT_CALLEE)
            in->bad = 1;
        break;
    }
    case IR_RETURN: {
        ValType t = opd_type(in, ins->a);
        if (t == VT_UNKNOWN)
            break;
        if (!numeric(t) || (in->s->ret != VT_UNKNOWN && in->s->ret != t)) {
            in->bad = 1;
            break;
        }
        if (in->s->ret != t) {
            in->s->ret = t;
            in->changed = 1;
        }
        break;
    }
    default: /* anything with effects: globals, builtins, raise, del... */
        in->bad = 1;
        break;
    }
}

/* Every loaded global must be used as a direct callee and nothing else. */
static int callees_only_called(const IrFunc *f, const IrSpec *s)
{
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].ninstrs; i++) {
            const IrInstr *ins = &f->blocks[b].instrs[i];
            const IrOpd *uses[2] = { &ins->a, &ins->b };
            for (int u = 0; u < 2; u++)
                if (uses[u]->kind == OPD_TEMP && s->temps[uses[u]->index] == VT_CALLEE
                    && !(ins->op == IR_CALL && u == 0))
                    return 0;
            for (int a = 0; a < ins->nargs; a++)
                if (ins->args[a].kind == OPD_TEMP && s->temps[ins->args[a].index] == VT_CALLEE)
                    return 0;
        }
    return 1;
}

/* Infer f's types with the module's current plans. 1 if f qualifies.
 * Until the module's plans settle, values may stay unknown (a call to a
 * function whose result type is not known yet); `strict` demands that
 * every value computed has a type. */
/* Clones never raise, so a function that catches exceptions has none. */
static int has_handlers(const IrFunc *f)
{
    for (int b = 0; b < f->nblocks; b++)
        if (f->blocks[b].exc_target >= 0)
            return 1;
    return 0;
}

static int infer_function(const IrModule *m, IrFunc *f, IrSpec *s, int strict)
{
    Infer in = { m, f, s, 1, 0 };
    for (int i = 0; i < f->nparams; i++)
        s->locals[i] = VT_INT;
    while (in.changed && !in.bad) {
        in.changed = 0;
        for (int b = 0; b < f->nblocks && !in.bad; b++)
            for (int i = 0; i < f->blocks[b].ninstrs && !in.bad; i++)
                infer_instr(&in, &f->blocks[b].instrs[i]);
    }
    if (in.bad || !callees_only_called(f, s))
        return 0;
    if (!strict)
        return 1;
    if (s->ret != VT_INT && s->ret != VT_FLOAT)
        return 0;
    /* Every value computed must have a type by now. */
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].ninstrs; i++) {
            IrOpd d = f->blocks[b].instrs[i].dst;
            if ((d.kind == OPD_TEMP || d.kind == OPD_LOCAL) && opd_type(&in, d) == VT_UNKNOWN)
                return 0;
        }
    return 1;
}

/* The global a callee temp of f was loaded from. */
static const char *callee_name(const IrFunc *f, IrOpd callee)
{
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].ninstrs; i++) {
            const IrInstr *in = &f->blocks[b].instrs[i];
            if (in->op == IR_LOAD_GLOBAL && in->dst.kind == OPD_TEMP && in->dst.index == callee.index)
                return in->name;
        }
    return NULL;
}

/* f's guards: every (global name, function) call edge of the clones
 * reachable from f's clone, found by a worklist over the call graph. */
static void collect_guards(IrModule *m, IrFunc *f)
{
    IrSpec *s = f->spec;
    char *visited = arena_alloc(m->arena, (size_t)m->nfuncs);
    int *work = arena_alloc(m->arena, sizeof *work * (size_t)m->nfuncs);
    int nwork = 0;
    work[nwork++] = ir_func_index(m, f);
    visited[work[0]] = 1;
    while (nwork > 0) {
        const IrFunc *g = m->funcs[work[--nwork]];
        for (int b = 0; b < g->nblocks; b++)
            for (int i = 0; i < g->blocks[b].ninstrs; i++) {
                const IrInstr *in = &g->blocks[b].instrs[i];
                if (in->op != IR_CALL)
                    continue;
                const char *name = callee_name(g, in->a);
                int dup = 0;
                for (int k = 0; k < s->nguards && !dup; k++)
                    dup = s->guards[k].func == in->func && strcmp(s->guards[k].name, name) == 0;
                if (!dup) {
                    s->guards = arena_grow(m->arena, s->guards, s->nguards, &s->guardcap, sizeof *s->guards);
                    s->guards[s->nguards++] = (struct IrGuard) { name, in->func };
                }
                if (!visited[in->func]) {
                    visited[in->func] = 1;
                    work[nwork++] = in->func;
                }
            }
    }
}

void spec_module(IrModule *m)
{
    /* Optimistic start: every function (but the module body) may qualify;
     * drop the ones that do not until nothing changes. */
    for (int i = 1; i < m->nfuncs; i++) {
        IrFunc *f = m->funcs[i];
        if (f->nparams == 0 || f->ndefaults > 0 || !ir_simple_params(f) || f->nfree || has_handlers(f))
            continue;
        f->spec = arena_alloc(m->arena, sizeof *f->spec);
    }
    /* Settle the result types, then check strictly; dropping a function
     * can unsettle its callers, so repeat until both passes agree. */
    for (int strict = 0; strict < 2;) {
        int changed = 0;
        for (int i = 1; i < m->nfuncs; i++) {
            IrFunc *f = m->funcs[i];
            if (!f->spec)
                continue;
            IrSpec trial = { 0 };
            trial.ret = f->spec->ret;
            trial.temps = arena_alloc(m->arena, sizeof(ValType) * ((size_t)f->ntemps + 1));
            trial.locals = arena_alloc(m->arena, sizeof(ValType) * ((size_t)f->nlocals + 1));
            if (!infer_function(m, f, &trial, strict)) {
                f->spec = NULL;
                changed = 1;
            } else {
                if (trial.ret != f->spec->ret)
                    changed = 1;
                *f->spec = trial;
            }
        }
        strict = changed ? 0 : strict + 1;
    }
    for (int i = 1; i < m->nfuncs; i++)
        if (m->funcs[i]->spec)
            collect_guards(m, m->funcs[i]);
}
