/* Lowering of functions: `def` and `lambda` (parameters of every kind,
 * defaults, decorators, docstrings), closures (cell and free variables),
 * calls with `*args` / `**kwargs`, and the pre-pass that creates an
 * IrFunc for every def before the bodies are lowered.
 *
 * Closures. A variable that nested functions use (SYM_CELL) lives in a
 * cell: its IR local holds the cell, created on entry (`rt cell_new`),
 * and every use goes through `rt cell_get_local` / `cell_set`. A free
 * variable (SYM_FREE) is a local of the inner function that holds the
 * enclosing function's cell; the IrFunc lists them (IrFunc.free) and the
 * emitter loads them from the function object (`self`, which a closure's
 * direct C entry takes first) on entry. `make_function` passes the cells,
 * in the inner function's free order, after the defaults.
 */
#include "lower_int.h"

#include "cname.h"

#include <stdlib.h>
#include <string.h>

/* `rt id(args)` whose result is not used (cell_set). */
static void emit_rt_void(Lower *l, RtId id, int line, const IrOpd *args, int nargs)
{
    emit_rt(l, id, line, args, nargs);
    IrBlock *b = &l->f->blocks[l->cur];
    b->instrs[b->ninstrs - 1].dst = NO_OPD;
}

/* ---- cell and free variables ---- */

IrOpd load_cell(Lower *l, const char *name, NameKind kind, int line)
{
    IrOpd args[2] = { ir_local_opd(ir_local(l->m, l->f, name)), name_const(l, name) };
    return emit_rt(l, kind == NAME_CELL ? RT_CELL_GET_LOCAL : RT_CELL_GET_FREE, line, args, 2);
}

void store_cell(Lower *l, const char *name, IrOpd value, int line)
{
    IrOpd args[2] = { ir_local_opd(ir_local(l->m, l->f, name)), value };
    emit_rt_void(l, RT_CELL_SET, line, args, 2);
}

void del_cell(Lower *l, const char *name, NameKind kind, int line)
{
    IrOpd args[2] = { ir_local_opd(ir_local(l->m, l->f, name)), name_const(l, name) };
    emit_rt(l, kind == NAME_CELL ? RT_CELL_DEL_LOCAL : RT_CELL_DEL_FREE, line, args, 2);
}

/* locals() in a function: a snapshot dict, as CPython 3.11's
 * PyFrame_FastToLocals fills it, in co_localsplusnames order: the
 * parameters and other locals in first-occurrence order, then the other
 * cell variables and the free variables, each group sorted by name.
 * Unbound variables and empty cells are left out. */
static int by_name(const void *a, const void *b)
{
    return strcmp((*(Symbol *const *)a)->name, (*(Symbol *const *)b)->name);
}

IrOpd lower_locals(Lower *l, int line)
{
    Scope *sc = l->scope;
    IrOpd d = emit_rt(l, RT_BUILD_DICT, line, NULL, 0);
    Symbol **group = arena_alloc(l->arena, sizeof *group * (size_t)(sc->nsyms + 1));
    for (int pass = 0; pass < 3; pass++) {
        int n = 0;
        for (int i = 0; i < sc->nsyms; i++) {
            Symbol *s = &sc->syms[i];
            int param = (s->flags & SYM_DEF_PARAM) != 0;
            if (pass == 0       ? (s->scope == SYM_LOCAL || (s->scope == SYM_CELL && param))
                    : pass == 1 ? s->scope == SYM_CELL && !param
                                : s->scope == SYM_FREE)
                group[n++] = s;
        }
        if (pass > 0)
            qsort(group, (size_t)n, sizeof *group, by_name);
        for (int i = 0; i < n; i++) {
            IrOpd args[3]
                = { d, name_const(l, group[i]->name), ir_local_opd(ir_local(l->m, l->f, group[i]->name)) };
            emit_rt_void(l, group[i]->scope == SYM_LOCAL ? RT_LOCALS_ADD : RT_LOCALS_ADD_CELL, line, args, 3);
        }
    }
    return d;
}

/* ---- the pre-pass ---- */

DefInfo *def_info(Lower *l, stmt_ty def)
{
    for (int i = 0; i < l->ndefs; i++)
        if (l->defs[i].def == def)
            return &l->defs[i];
    return NULL;
}

static void collect_def(Lower *l, stmt_ty s, const char *prefix)
{
    Scope *scope = sym_scope_of(l->st, s);
    IrFunc *f = ir_func_new(l->m, s->v.FunctionDef.name, scope->qualname, s->lineno);
    f->cname = arena_printf(l->arena, "%s__%s", prefix, cname_of(l->arena, s->v.FunctionDef.name));
    for (int i = 0; i < l->ndefs; i++) /* two defs of one name in one scope */
        if (strcmp(l->m->funcs[l->defs[i].func]->cname, f->cname) == 0)
            f->cname = arena_printf(l->arena, "%s_%d", f->cname, l->m->nfuncs - 1);
    l->defs = arena_grow(l->arena, l->defs, l->ndefs, &l->defcap, sizeof *l->defs);
    l->defs[l->ndefs++] = (DefInfo) { s, l->m->nfuncs - 1 };
    collect_defs(l, s->v.FunctionDef.body, f->cname);
}

void collect_defs(Lower *l, asdl_seq *body, const char *prefix)
{
    for (int i = 0; i < asdl_seq_LEN(body); i++) {
        stmt_ty s = asdl_seq_GET(body, i);
        switch (s->kind) {
        case FunctionDef_kind:
            collect_def(l, s, prefix);
            break;
        case ClassDef_kind: /* methods: m_prog__Class__method */
            collect_defs(l, s->v.ClassDef.body,
                arena_printf(l->arena, "%s__%s", prefix, cname_of(l->arena, s->v.ClassDef.name)));
            break;
        case If_kind:
            collect_defs(l, s->v.If.body, prefix);
            collect_defs(l, s->v.If.orelse, prefix);
            break;
        case While_kind:
            collect_defs(l, s->v.While.body, prefix);
            collect_defs(l, s->v.While.orelse, prefix);
            break;
        case For_kind:
            collect_defs(l, s->v.For.body, prefix);
            collect_defs(l, s->v.For.orelse, prefix);
            break;
        case Try_kind:
        case TryStar_kind: /* the same fields as Try */
            collect_defs(l, s->v.Try.body, prefix);
            for (int h = 0; h < asdl_seq_LEN(s->v.Try.handlers); h++)
                collect_defs(
                    l, ((excepthandler_ty)asdl_seq_GET(s->v.Try.handlers, h))->v.ExceptHandler.body, prefix);
            collect_defs(l, s->v.Try.orelse, prefix);
            collect_defs(l, s->v.Try.finalbody, prefix);
            break;
        case With_kind:
            collect_defs(l, s->v.With.body, prefix);
            break;
        default:
            break;
        }
    }
}

/* A name declared `global` in any function is a module global even where
 * the module body never binds it, so every scope sees its slot. */
static void register_scope_globals(Lower *l, Scope *s)
{
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == SYM_GLOBAL_EXPLICIT && (s->syms[i].flags & SYM_DEF_BOUND))
            ir_global(l->m, s->syms[i].name);
    for (int i = 0; i < s->nchildren; i++)
        register_scope_globals(l, s->children[i]);
}

void register_globals(Lower *l) { register_scope_globals(l, l->st->module); }

/* ---- direct calls ---- */

/* The function a call may call directly: a module-level def that is the
 * only def of its name anywhere in the module scope, undecorated, with
 * plain positional parameters only, called with exactly them. The emitted
 * call still checks the callee at run time (one pointer compare), so
 * rebinding the name keeps CPython's behaviour. */
int direct_target(Lower *l, expr_ty call, int nargs)
{
    expr_ty fn = call->v.Call.func;
    if (fn->kind != Name_kind || asdl_seq_LEN(call->v.Call.keywords) > 0)
        return -1;
    if (resolve_name(l, fn->v.Name.id) != NAME_GLOBAL)
        return -1;
    int found = -1;
    for (int i = 0; i < l->ndefs; i++) {
        stmt_ty d = l->defs[i].def;
        Scope *s = sym_scope_of(l->st, d);
        if (!s || s->parent != l->st->module || strcmp(d->v.FunctionDef.name, fn->v.Name.id) != 0)
            continue;
        if (found >= 0)
            return -1;
        found = i;
    }
    if (found < 0)
        return -1;
    stmt_ty d = l->defs[found].def;
    arguments_ty a = d->v.FunctionDef.args;
    if (asdl_seq_LEN(d->v.FunctionDef.decorator_list) > 0 || a->vararg || a->kwarg
        || asdl_seq_LEN(a->kwonlyargs) > 0)
        return -1;
    if (asdl_seq_LEN(a->posonlyargs) + asdl_seq_LEN(a->args) != nargs)
        return -1;
    return l->defs[found].func;
}

/* ---- def and lambda ---- */

/* Evaluate an annotation for its side effects (CPython 3.11 evaluates
 * them at def time and can raise NameError). */
static void eval_annotation(Lower *l, expr_ty ann)
{
    if (ann && !failed(l))
        lower_expr(l, ann);
}

static void eval_arg_annotations(Lower *l, asdl_seq *args)
{
    for (int i = 0; i < asdl_seq_LEN(args); i++)
        eval_annotation(l, ((arg_ty)asdl_seq_GET(args, i))->annotation);
}

/* The docstring of a def body: its first statement if a str literal. */
static int docstring(Lower *l, asdl_seq *body)
{
    if (asdl_seq_LEN(body) == 0)
        return -1;
    stmt_ty first = asdl_seq_GET(body, 0);
    if (first->kind != Expr_kind || first->v.Expr.value->kind != Constant_kind)
        return -1;
    constant c = first->v.Expr.value->v.Constant.value;
    if (c->kind != CONST_STR)
        return -1;
    return ir_const_str(l->m, c->s, c->len).index;
}

/* Declare fn's parameters (CPython's order), cells and free variables,
 * and open its entry block with the cells created. */
static void start_body(Lower *l, Lower *inner, IrFunc *fn, Scope *scope, arguments_ty a)
{
    IrModule *m = l->m;
    *inner = *l;
    inner->f = fn;
    inner->scope = scope;
    inner->cur = -1;
    inner->loop = NULL;
    inner->handler = 0;
    inner->unwind = NULL;
    start(inner, ir_block_new(m, fn));
    for (int i = 0; i < asdl_seq_LEN(a->posonlyargs); i++)
        ir_local(m, fn, ((arg_ty)asdl_seq_GET(a->posonlyargs, i))->arg);
    for (int i = 0; i < asdl_seq_LEN(a->args); i++)
        ir_local(m, fn, ((arg_ty)asdl_seq_GET(a->args, i))->arg);
    for (int i = 0; i < asdl_seq_LEN(a->kwonlyargs); i++)
        ir_local(m, fn, ((arg_ty)asdl_seq_GET(a->kwonlyargs, i))->arg);
    if (a->vararg)
        ir_local(m, fn, a->vararg->arg);
    if (a->kwarg)
        ir_local(m, fn, a->kwarg->arg);
    fn->nparams = fn->nlocals;
    fn->posonly = asdl_seq_LEN(a->posonlyargs);
    fn->kwonly = asdl_seq_LEN(a->kwonlyargs);
    fn->flags = (a->vararg ? IRF_VARARGS : 0) | (a->kwarg ? IRF_VARKW : 0);
    int freecap = 0;
    for (int i = 0; i < scope->nsyms; i++) {
        Symbol *sym = &scope->syms[i];
        if (sym->scope == SYM_LOCAL || sym->scope == SYM_CELL || sym->scope == SYM_FREE)
            ir_local(m, fn, sym->name);
        if (sym->scope == SYM_FREE) {
            fn->free = arena_grow(l->arena, fn->free, fn->nfree, &freecap, sizeof *fn->free);
            fn->free[fn->nfree++] = sym->name;
        }
    }
    for (int i = 0; i < scope->nsyms; i++) {
        Symbol *sym = &scope->syms[i];
        if (sym->scope != SYM_CELL)
            continue;
        int idx = ir_local(m, fn, sym->name);
        IrOpd v = idx < fn->nparams ? ir_local_opd(idx) : NO_OPD;
        IrOpd cell = emit_rt(
            inner, idx < fn->nparams ? RT_CELL_NEW : RT_CELL_NEW_EMPTY, fn->lineno, &v, idx < fn->nparams);
        IrInstr *mv = emit(inner, IR_MOVE, fn->lineno);
        mv->dst = ir_local_opd(idx);
        mv->a = cell;
    }
}

/* Evaluate the defaults (positional, then keyword-only) and annotations
 * of a def or lambda in the enclosing scope, into ops; returns how many. */
static int eval_defaults(Lower *l, arguments_ty a, IrFunc *fn, IrOpd **ops)
{
    int ndef = asdl_seq_LEN(a->defaults), nkw = asdl_seq_LEN(a->kwonlyargs), n = 0;
    *ops = arena_alloc(l->arena, sizeof **ops * (size_t)(ndef + nkw + 1));
    for (int i = 0; i < ndef && !failed(l); i++)
        (*ops)[n++] = lower_expr(l, asdl_seq_GET(a->defaults, i));
    fn->ndefaults = ndef;
    fn->kwdefault = arena_alloc(l->arena, (size_t)nkw + 1);
    fn->nkwdefaults = 0;
    for (int i = 0; i < nkw && !failed(l); i++) {
        expr_ty d = asdl_seq_GET(a->kw_defaults, i);
        if (!d)
            continue;
        (*ops)[n++] = lower_expr(l, d);
        fn->kwdefault[i] = 1;
        fn->nkwdefaults++;
    }
    return n;
}

IrOpd lower_make_function(Lower *l, int func, const IrOpd *defaults, int ndefaults, int line)
{
    IrFunc *fn = l->m->funcs[func];
    IrOpd *args = arena_alloc(l->arena, sizeof *args * (size_t)(ndefaults + fn->nfree + 1));
    if (ndefaults)
        memcpy(args, defaults, sizeof *args * (size_t)ndefaults);
    for (int i = 0; i < fn->nfree; i++)
        args[ndefaults + i] = ir_local_opd(ir_local(
            l->m, l->f, l->scope->comp != SYM_COMP_NONE ? comp_cell_local(l, fn->free[i]) : fn->free[i]));
    IrOpd f = ir_temp(l->f);
    IrInstr *mk = emit(l, IR_MAKE_FUNCTION, line);
    mk->dst = f;
    mk->func = func;
    mk->args = args;
    mk->nargs = ndefaults + fn->nfree;
    return f;
}

static void return_none(Lower *inner, asdl_seq *body, stmt_ty s)
{
    if (failed(inner) || inner->cur < 0)
        return;
    stmt_ty last = asdl_seq_LEN(body) ? asdl_seq_GET(body, asdl_seq_LEN(body) - 1) : s;
    emit(inner, IR_RETURN, last->end_lineno ? last->end_lineno : last->lineno)->a
        = ir_const_simple(inner->m, IRC_NONE);
}

/* The `def` statement itself, in the enclosing scope: decorators,
 * defaults, annotations, the function object, decoration, binding; then
 * the body, in its own IrFunc (made by the pre-pass). */
void lower_function(Lower *l, stmt_ty s)
{
    arguments_ty a = s->v.FunctionDef.args;
    Scope *scope = sym_scope_of(l->st, s);
    if (scope->generator) {
        unsupported(l, s->lineno, s->col_offset, "a generator function ('yield')");
        return;
    }
    DefInfo *info = def_info(l, s);
    if (!info) { /* a def the pre-pass does not reach (e.g. in a class body) */
        collect_def(l, s, l->f == l->m->funcs[0] ? arena_printf(l->arena, "m_%s", l->m->cname) : l->f->cname);
        info = def_info(l, s);
    }
    IrFunc *fn = l->m->funcs[info->func];
    asdl_seq *decos = s->v.FunctionDef.decorator_list;
    int ndeco = asdl_seq_LEN(decos);
    IrOpd *deco = arena_alloc(l->arena, sizeof *deco * (size_t)(ndeco + 1));
    for (int i = 0; i < ndeco && !failed(l); i++)
        deco[i] = lower_expr(l, asdl_seq_GET(decos, i));
    IrOpd *defaults;
    int ndef = eval_defaults(l, a, fn, &defaults);
    eval_arg_annotations(l, a->args);
    eval_arg_annotations(l, a->posonlyargs);
    if (a->vararg)
        eval_annotation(l, a->vararg->annotation);
    eval_arg_annotations(l, a->kwonlyargs);
    if (a->kwarg)
        eval_annotation(l, a->kwarg->annotation);
    eval_annotation(l, s->v.FunctionDef.returns);
    if (failed(l))
        return;

    /* The body first, so the free variables are known; once: a def in a
     * finally body is lowered at each of the body's copies (lower_try.c). */
    if (!fn->nblocks) {
        Lower inner;
        fn->doc = docstring(l, s->v.FunctionDef.body);
        start_body(l, &inner, fn, scope, a);
        lower_body(&inner, s->v.FunctionDef.body);
        return_none(&inner, s->v.FunctionDef.body, s);
        if (failed(l))
            return;
    }

    IrOpd f = lower_make_function(l, info->func, defaults, ndef, s->lineno);
    for (int i = ndeco - 1; i >= 0; i--) {
        IrOpd t = ir_temp(l->f);
        IrInstr *call = emit(l, IR_CALL, s->lineno);
        call->dst = t;
        call->a = deco[i];
        call->args = copy_opds(l, &f, 1);
        call->nargs = 1;
        call->func = -1;
        f = t;
    }
    store_name(l, s->v.FunctionDef.name, f, s->lineno, s->col_offset);
}

/* `lambda args: body`: a function named "<lambda>" returning body. */
IrOpd lower_lambda(Lower *l, expr_ty e)
{
    arguments_ty a = e->v.Lambda.args;
    Scope *scope = sym_scope_of(l->st, e);
    if (scope->generator)
        return unsupported(l, e->lineno, e->col_offset, "'yield' in a lambda");
    const char *prefix = l->f == l->m->funcs[0] ? arena_printf(l->arena, "m_%s", l->m->cname) : l->f->cname;
    IrFunc *fn = ir_func_new(l->m, "<lambda>", scope->qualname, e->lineno);
    int func = l->m->nfuncs - 1;
    fn->cname = arena_printf(l->arena, "%s__lambda_%d", prefix, func);
    IrOpd *defaults;
    int ndef = eval_defaults(l, a, fn, &defaults);
    if (failed(l))
        return NO_OPD;
    Lower inner;
    start_body(l, &inner, fn, scope, a);
    IrOpd v = lower_expr(&inner, e->v.Lambda.body);
    if (failed(l))
        return NO_OPD;
    emit(&inner, IR_RETURN, e->v.Lambda.body->lineno)->a = v;
    return lower_make_function(l, func, defaults, ndef, e->lineno);
}

/* ---- calls with *args and **kwargs ---- */

static int has_star(asdl_seq *args, asdl_seq *kws)
{
    for (int i = 0; i < asdl_seq_LEN(args); i++)
        if (((expr_ty)asdl_seq_GET(args, i))->kind == Starred_kind)
            return 1;
    for (int i = 0; i < asdl_seq_LEN(kws); i++)
        if (!((keyword_ty)asdl_seq_GET(kws, i))->arg)
            return 1;
    return 0;
}

int call_needs_ex(expr_ty e) { return has_star(e->v.Call.args, e->v.Call.keywords); }

/* f(a, *b, c=1, **d) as CPython compiles it: a lone `*x` is passed as is
 * (call_ex converts it, after the keywords are built); otherwise a list
 * of the positional arguments; the keywords go into a dict, merged left
 * to right; then call_ex. */
IrOpd lower_call_ex(Lower *l, expr_ty e)
{
    IrOpd fn = lower_expr(l, e->v.Call.func);
    if (failed(l))
        return NO_OPD;
    return lower_call_with(l, fn, NULL, 0, e->v.Call.args, e->v.Call.keywords, e->lineno);
}

/* fn(lead..., args..., k=v...) without `*` or `**`: one call. */
static IrOpd call_plain(
    Lower *l, IrOpd fn, const IrOpd *lead, int nlead, asdl_seq *args, asdl_seq *kws, int line)
{
    int nargs = asdl_seq_LEN(args), nkw = asdl_seq_LEN(kws), n = nlead;
    IrOpd *vals = arena_alloc(l->arena, sizeof *vals * (size_t)(nlead + nargs + nkw + 1));
    const char **names = arena_alloc(l->arena, sizeof *names * (size_t)(nkw + 1));
    for (int i = 0; i < nlead; i++)
        vals[i] = lead[i];
    for (int i = 0; i < nargs && !failed(l); i++)
        vals[n++] = lower_expr(l, asdl_seq_GET(args, i));
    for (int i = 0; i < nkw && !failed(l); i++) {
        keyword_ty k = asdl_seq_GET(kws, i);
        names[i] = k->arg;
        vals[n++] = lower_expr(l, k->value);
    }
    if (failed(l))
        return NO_OPD;
    IrOpd t = ir_temp(l->f);
    IrInstr *in = emit(l, IR_CALL, line);
    in->dst = t;
    in->a = fn;
    in->b = nkw ? ir_const_kwnames(l->m, names, nkw) : NO_OPD;
    in->args = copy_opds(l, vals, n);
    in->nargs = n;
    in->func = -1;
    return t;
}

IrOpd lower_call_with(
    Lower *l, IrOpd fn, const IrOpd *lead, int nlead, asdl_seq *args, asdl_seq *kws, int line)
{
    int nargs = asdl_seq_LEN(args), nkw = asdl_seq_LEN(kws);
    if (!has_star(args, kws))
        return call_plain(l, fn, lead, nlead, args, kws, line);
    IrOpd pos;
    expr_ty a0 = nargs ? asdl_seq_GET(args, 0) : NULL;
    if (nlead == 0 && nargs == 1 && a0->kind == Starred_kind) {
        pos = lower_expr(l, a0->v.Starred.value);
    } else {
        /* the leading plain arguments start the list */
        int lead_n = 0;
        IrOpd *vals = arena_alloc(l->arena, sizeof *vals * (size_t)(nlead + nargs + 1));
        for (int i = 0; i < nlead; i++)
            vals[i] = lead[i];
        while (lead_n < nargs && ((expr_ty)asdl_seq_GET(args, lead_n))->kind != Starred_kind) {
            vals[nlead + lead_n] = lower_expr(l, asdl_seq_GET(args, lead_n));
            lead_n++;
        }
        if (failed(l))
            return NO_OPD;
        pos = emit_rt(l, RT_CALLARGS_NEW, line, vals, nlead + lead_n);
        for (int i = lead_n; i < nargs && !failed(l); i++) {
            expr_ty x = asdl_seq_GET(args, i);
            int star = x->kind == Starred_kind;
            IrOpd v[2] = { pos, lower_expr(l, star ? x->v.Starred.value : x) };
            if (!failed(l))
                emit_rt(l, star ? RT_CALLARGS_EXTEND : RT_CALLARGS_APPEND, line, v, 2);
        }
    }
    IrOpd kw = ir_const_simple(l->m, IRC_NONE);
    if (nkw) {
        kw = emit_rt(l, RT_CALLKW_NEW, line, NULL, 0);
        for (int i = 0; i < nkw && !failed(l); i++) {
            keyword_ty k = asdl_seq_GET(kws, i);
            IrOpd v = lower_expr(l, k->value);
            if (failed(l))
                break;
            if (k->arg) {
                IrOpd ops[4] = { fn, kw, name_const(l, k->arg), v };
                emit_rt(l, RT_CALLKW_SET, k->value->lineno, ops, 4);
            } else {
                IrOpd ops[3] = { fn, kw, v };
                emit_rt(l, RT_CALLKW_MERGE, k->value->lineno, ops, 3);
            }
        }
    }
    if (failed(l))
        return NO_OPD;
    IrOpd ops[3] = { fn, pos, kw };
    return emit_rt(l, RT_CALL_EX, line, ops, 3);
}
