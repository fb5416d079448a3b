/* Lowering of classes and attributes: the class statement, attribute
 * load/store/del, method calls, and zero-argument super().
 *
 * A class body is code, as in CPython: it becomes a function of its own
 * (an IrFunc taking the namespace, closing over the enclosing function's
 * cells) whose names live in that namespace mapping. A store is
 * `rt ns_store`, a del `rt ns_del`, a read `load_name` (the namespace, then
 * the module's globals, then builtins: CPython's LOAD_NAME), a free
 * variable's read `rt ns_load_free` (the namespace, then the cell:
 * LOAD_CLASSDEREF); `global` and `nonlocal` names go to the global or the
 * cell. The class statement calls builtins.__build_class__(body, name,
 * *bases, **keywords), which picks the metaclass, runs the body on the
 * namespace __prepare__ made, and calls the metaclass
 * (runtime/core/classbody.c). The body returns the `__class__` cell its
 * methods use for super(), after storing it as `__classcell__` for
 * type.__new__ to fill.
 */
#include "lower_int.h"

#include "cname.h"

#include <string.h>

/* The IR name of a class body's parameter: the namespace. Not a Python
 * identifier, so no variable of the body can share it. */
#define NS_LOCAL "\xc2\xa7ns"

struct ClassBody {
    Scope *scope;
};

int lower_in_class_body(Lower *l) { return l->cls && l->cls->scope == l->scope; }

static IrOpd ns_opd(void) { return ir_local_opd(0); }

int lower_class_load(Lower *l, const char *name, int line, int col, IrOpd *out)
{
    Symbol *s = sym_lookup(l->scope, name);
    (void)col;
    if (s && s->scope == SYM_GLOBAL_EXPLICIT)
        return 0;
    if (s && s->scope == SYM_FREE) {
        /* the body function's local of that name holds the cell */
        IrOpd args[3] = { ns_opd(), name_const(l, name), ir_local_opd(ir_local(l->m, l->f, name)) };
        *out = emit_rt(l, RT_NS_LOAD_FREE, line, args, 3);
        return 1;
    }
    IrInstr *in = emit(l, IR_LOAD_NAME, line);
    in->dst = ir_temp(l->f);
    in->a = ns_opd();
    in->b = name_const(l, name);
    in->name = name;
    *out = in->dst;
    return 1;
}

int lower_class_store(Lower *l, const char *name, IrOpd value, int line, int col)
{
    Symbol *s = sym_lookup(l->scope, name);
    (void)col;
    if (s && s->scope == SYM_GLOBAL_EXPLICIT)
        return 0;
    if (s && s->scope == SYM_FREE) { /* nonlocal */
        store_cell(l, name, value, line);
        return 1;
    }
    IrOpd args[3] = { ns_opd(), name_const(l, name), value };
    emit_rt(l, RT_NS_STORE, line, args, 3);
    return 1;
}

int lower_class_del(Lower *l, const char *name, int line)
{
    Symbol *s = sym_lookup(l->scope, name);
    if (s && s->scope == SYM_GLOBAL_EXPLICIT)
        return 0;
    if (s && s->scope == SYM_FREE) {
        del_cell(l, name, NAME_FREE, line);
        return 1;
    }
    IrOpd args[2] = { ns_opd(), name_const(l, name) };
    emit_rt(l, RT_NS_DEL, line, args, 2);
    return 1;
}

/* ---- attributes ---- */

const char *lower_private_name(Lower *l)
{
    return l->scope->type == SYM_BLOCK_CLASS ? l->scope->name : l->scope->private_name;
}

static const char *attr_name(Lower *l, const char *name)
{
    return sym_mangle(l->arena, lower_private_name(l), name);
}

IrOpd lower_attribute(Lower *l, expr_ty e)
{
    const char *name = attr_name(l, e->v.Attribute.attr);
    IrOpd obj = lower_expr(l, e->v.Attribute.value);
    if (failed(l))
        return NO_OPD;
    IrOpd args[2] = { obj, name_const(l, name) };
    return emit_rt(l, RT_LOAD_ATTR, e->lineno, args, 2);
}

void lower_store_attribute(Lower *l, expr_ty target, IrOpd value)
{
    const char *name = attr_name(l, target->v.Attribute.attr);
    IrOpd obj = lower_expr(l, target->v.Attribute.value);
    if (failed(l))
        return;
    IrOpd args[3] = { obj, name_const(l, name), value };
    emit_rt(l, RT_STORE_ATTR, target->lineno, args, 3);
}

void lower_del_attribute(Lower *l, expr_ty target)
{
    const char *name = attr_name(l, target->v.Attribute.attr);
    IrOpd obj = lower_expr(l, target->v.Attribute.value);
    if (failed(l))
        return;
    IrOpd args[2] = { obj, name_const(l, name) };
    emit_rt(l, RT_DEL_ATTR, target->lineno, args, 2);
}

/* o.x op= v: o evaluated once. */
void lower_augassign_attribute(Lower *l, stmt_ty s)
{
    expr_ty target = s->v.AugAssign.target;
    const char *name = attr_name(l, target->v.Attribute.attr);
    IrOpd obj = lower_expr(l, target->v.Attribute.value);
    if (failed(l))
        return;
    IrOpd args[3] = { obj, name_const(l, name), NO_OPD };
    IrOpd cur = emit_rt(l, RT_LOAD_ATTR, target->lineno, args, 2);
    IrOpd v = lower_expr(l, s->v.AugAssign.value);
    if (failed(l))
        return;
    IrOpd t = ir_temp(l->f);
    IrInstr *in = emit(l, IR_INPLACE, s->lineno);
    in->sub = binop_code(s->v.AugAssign.op);
    in->dst = t;
    in->a = cur;
    in->b = v;
    args[2] = t;
    emit_rt(l, RT_STORE_ATTR, s->lineno, args, 3);
}

/* ---- calls: o.m(args) and super() ---- */

/* super() in a method: super(__class__, <first parameter>), with
 * __class__ the cell the class statement fills (CPython's __class__
 * cell: the class as created, before decorators). */
static IrOpd lower_super0(Lower *l, expr_ty e)
{
    Scope *fs = l->scope;
    Symbol *cls = fs->is_function ? sym_lookup(fs, "__class__") : NULL;
    if (!cls || cls->scope != SYM_FREE || l->f->nparams < 1)
        return unsupported(
            l, e->lineno, e->col_offset, "zero-argument super() outside a method (use super(C, obj))");
    const char *first = l->f->locals[0];
    Symbol *fsym = sym_lookup(fs, first);
    IrOpd args[2];
    args[0] = load_cell(l, "__class__", NAME_FREE, e->lineno);
    args[1] = fsym && fsym->scope == SYM_CELL ? load_cell(l, first, NAME_CELL, e->lineno) : ir_local_opd(0);
    return emit_rt(l, RT_SUPER0, e->lineno, args, 2);
}

/* A call lower.c hands over: o.m(...) and super(). Returns 0 to let the
 * generic call lowering handle it. */
int lower_special_call(Lower *l, expr_ty e, IrOpd *out)
{
    expr_ty fn = e->v.Call.func;
    asdl_seq *args = e->v.Call.args, *kws = e->v.Call.keywords;
    int nargs = asdl_seq_LEN(args), nkw = asdl_seq_LEN(kws);
    if (fn->kind == Name_kind && strcmp(fn->v.Name.id, "super") == 0 && nargs == 0 && nkw == 0
        && resolve_name(l, "super") == NAME_BUILTIN) {
        *out = lower_super0(l, e);
        return 1;
    }
    /* locals() (and vars()): the namespace of a class body; a snapshot of
     * a function's variables (what CPython 3.11 returns too) */
    if (fn->kind == Name_kind && nargs == 0 && nkw == 0
        && (strcmp(fn->v.Name.id, "locals") == 0 || strcmp(fn->v.Name.id, "vars") == 0)
        && resolve_name(l, fn->v.Name.id) == NAME_BUILTIN) {
        if (lower_in_class_body(l)) {
            *out = ns_opd();
            return 1;
        }
        if (l->scope->is_function && l->scope->comp == SYM_COMP_NONE) {
            *out = lower_locals(l, e->lineno);
            return 1;
        }
    }
    /* the namespaces as dicts: module globals live in the module struct,
     * which is not a dict */
    if (fn->kind == Name_kind && nargs == 0 && nkw == 0 && resolve_name(l, fn->v.Name.id) == NAME_BUILTIN
        && (strcmp(fn->v.Name.id, "vars") == 0 || strcmp(fn->v.Name.id, "dir") == 0
            || strcmp(fn->v.Name.id, "locals") == 0 || strcmp(fn->v.Name.id, "globals") == 0)) {
        const char *id = fn->v.Name.id;
        *out = unsupported(l, e->lineno, e->col_offset,
            strcmp(id, "vars") == 0 || strcmp(id, "dir") == 0
                ? arena_printf(l->arena, "%s() without an argument", id)
                : arena_printf(l->arena, "%s()", id));
        return 1;
    }
    if (fn->kind != Attribute_kind)
        return 0;
    for (int i = 0; i < nargs; i++)
        if (((expr_ty)asdl_seq_GET(args, i))->kind == Starred_kind)
            return 0;
    for (int i = 0; i < nkw; i++)
        if (!((keyword_ty)asdl_seq_GET(kws, i))->arg)
            return 0;
    const char *name = attr_name(l, fn->v.Attribute.attr);
    int extra = nkw ? 3 : 2;
    IrOpd *vals = arena_alloc(l->arena, sizeof *vals * (size_t)(extra + nargs + nkw));
    vals[0] = lower_expr(l, fn->v.Attribute.value);
    vals[1] = name_const(l, name);
    for (int i = 0; i < nargs && !failed(l); i++)
        vals[extra + i] = lower_expr(l, asdl_seq_GET(args, i));
    const char **names = nkw ? arena_alloc(l->arena, sizeof *names * (size_t)nkw) : NULL;
    for (int i = 0; i < nkw && !failed(l); i++) {
        keyword_ty k = asdl_seq_GET(kws, i);
        names[i] = k->arg;
        vals[extra + nargs + i] = lower_expr(l, k->value);
    }
    if (failed(l)) {
        *out = NO_OPD;
        return 1;
    }
    if (nkw)
        vals[2] = ir_const_kwnames(l->m, names, nkw);
    *out = emit_rt(l, nkw ? RT_CALL_METHOD_KW : RT_CALL_METHOD, e->lineno, vals, extra + nargs + nkw);
    return 1;
}

/* ---- the class statement ---- */

static const char *builtin_base_refusal(Lower *l, expr_ty b)
{
    static const char *const bad[]
        = { "bytes", "bytearray", "complex", "range", "property", "staticmethod", "classmethod", "super" };
    if (b->kind != Name_kind || resolve_name(l, b->v.Name.id) != NAME_BUILTIN)
        return NULL;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (strcmp(b->v.Name.id, bad[i]) == 0)
            return "subclassing this builtin type";
    return NULL;
}

/* A C name for the body function of class `name` defined in l->f: the
 * prefix its methods get (collect_defs), made unique in the module. */
static const char *body_cname(Lower *l, const char *name)
{
    const char *prefix = l->f == l->m->funcs[0] ? arena_printf(l->arena, "m_%s", l->m->cname) : l->f->cname;
    const char *c = arena_printf(l->arena, "%s__%s", prefix, cname_of(l->arena, name));
    for (int i = 0; i < l->m->nfuncs; i++)
        if (strcmp(l->m->funcs[i]->cname, c) == 0)
            return arena_printf(l->arena, "%s_%d", c, l->m->nfuncs);
    return c;
}

/* The body of class statement s as a function of the namespace; its
 * index in the module. */
static int lower_class_body(Lower *l, stmt_ty s, Scope *scope)
{
    IrModule *m = l->m;
    asdl_seq *body = s->v.ClassDef.body;
    const char *cname = body_cname(l, s->v.ClassDef.name);
    IrFunc *fn = ir_func_new(m, s->v.ClassDef.name, scope->qualname, s->lineno);
    int func = m->nfuncs - 1, freecap = 0;
    fn->cname = cname;
    ClassBody cb = { scope };
    Lower inner = *l;
    inner.f = fn;
    inner.scope = scope;
    inner.cur = -1;
    inner.loop = NULL;
    inner.handler = 0;
    inner.unwind = NULL;
    inner.comp = NULL;
    inner.cls = &cb;
    start(&inner, ir_block_new(m, fn));
    ir_local(m, fn, NS_LOCAL);
    fn->nparams = 1;
    /* Closure: the enclosing functions' variables the body reads or
     * declares nonlocal (SYM_FREE), and those its methods use that the
     * body itself also binds (DEF_FREE_CLASS: the name is the class's,
     * the methods' variable the enclosing function's). */
    for (int i = 0; i < scope->nsyms; i++) {
        Symbol *sym = &scope->syms[i];
        if (sym->scope != SYM_FREE && !(sym->flags & SYM_DEF_FREE_CLASS))
            continue;
        ir_local(m, fn, sym->name);
        fn->free = arena_grow(l->arena, fn->free, fn->nfree, &freecap, sizeof *fn->free);
        fn->free[fn->nfree++] = sym->name;
    }
    IrOpd cell = NO_OPD;
    if (scope->needs_class_closure) {
        /* __class__ for the methods' super(), filled by type.__new__ */
        cell = emit_rt(&inner, RT_CELL_NEW_EMPTY, s->lineno, NULL, 0);
        IrInstr *mv = emit(&inner, IR_MOVE, s->lineno);
        mv->dst = ir_local_opd(ir_local(m, fn, "__class__"));
        mv->a = cell;
    }
    store_name(&inner, "__module__", load_name(&inner, "__name__", s->lineno, s->col_offset), s->lineno,
        s->col_offset);
    store_name(&inner, "__qualname__", name_const(l, scope->qualname), s->lineno, s->col_offset);
    if (asdl_seq_LEN(body)) {
        stmt_ty first = asdl_seq_GET(body, 0);
        if (first->kind == Expr_kind && first->v.Expr.value->kind == Constant_kind
            && first->v.Expr.value->v.Constant.value->kind == CONST_STR) {
            constant c = first->v.Expr.value->v.Constant.value;
            store_name(&inner, "__doc__", ir_const_str(m, c->s, c->len), first->lineno, first->col_offset);
        }
    }
    lower_setup_annotations(&inner, body, s->lineno);
    lower_body(&inner, body);
    if (failed(l))
        return -1;
    if (inner.cur >= 0) {
        stmt_ty last = asdl_seq_GET(body, asdl_seq_LEN(body) - 1);
        int line = last->end_lineno ? last->end_lineno : last->lineno;
        IrOpd ret = ir_const_simple(m, IRC_NONE);
        if (scope->needs_class_closure) {
            ret = ir_local_opd(ir_local(m, fn, "__class__"));
            IrOpd args[3] = { ns_opd(), name_const(l, "__classcell__"), ret };
            emit_rt(&inner, RT_NS_STORE, line, args, 3);
        }
        emit(&inner, IR_RETURN, line)->a = ret;
    }
    return func;
}

void lower_classdef(Lower *l, stmt_ty s)
{
    asdl_seq *decos = s->v.ClassDef.decorator_list;
    int ndeco = asdl_seq_LEN(decos);
    Scope *scope = sym_scope_of(l->st, s);
    for (int i = 0; i < asdl_seq_LEN(s->v.ClassDef.bases); i++) {
        expr_ty b = asdl_seq_GET(s->v.ClassDef.bases, i);
        const char *why = builtin_base_refusal(l, b);
        if (why) {
            unsupported(l, b->lineno, b->col_offset, why);
            return;
        }
    }
    IrOpd *deco = arena_alloc(l->arena, sizeof *deco * (size_t)(ndeco + 1));
    for (int i = 0; i < ndeco; i++)
        deco[i] = lower_expr(l, asdl_seq_GET(decos, i));
    if (failed(l))
        return;
    /* CPython's order: LOAD_BUILD_CLASS, the body function, the name,
     * the bases and keywords, then the call */
    IrOpd build = ir_temp(l->f);
    IrInstr *ld = emit(l, IR_LOAD_BUILTIN, s->lineno);
    ld->dst = build;
    ld->name = "__build_class__";
    int func = lower_class_body(l, s, scope);
    if (func < 0)
        return;
    IrOpd lead[2] = { lower_make_function(l, func, NULL, 0, s->lineno),
        ir_const_str(l->m, s->v.ClassDef.name, strlen(s->v.ClassDef.name)) };
    IrOpd cls = lower_call_with(l, build, lead, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords, s->lineno);
    if (failed(l))
        return;
    for (int i = ndeco - 1; i >= 0; i--) {
        IrOpd t = ir_temp(l->f);
        IrInstr *call = emit(l, IR_CALL, s->lineno);
        call->dst = t;
        call->a = deco[i];
        call->args = copy_opds(l, &cls, 1);
        call->nargs = 1;
        call->func = -1;
        cls = t;
    }
    store_name(l, s->v.ClassDef.name, cls, s->lineno, s->col_offset);
}
