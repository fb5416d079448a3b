/* Lowering of classes and attributes: the class statement, attribute
 * load/store/del, method calls, and zero-argument super().
 *
 * A class body runs inline in the enclosing function, straight-line: each
 * name the body binds lives in a hidden local of the enclosing function
 * until the body ends, and `rt class_new` then builds the class from the
 * names in first-binding order. Because the body has no control flow,
 * "bound before this read" is known while lowering: a read of a class
 * name bound earlier in the body uses the hidden local, any other read
 * goes to the globals and builtins, as CPython's LOAD_NAME would. Bodies
 * with control flow (if, for, while, try, with, del) are refused.
 */
#include "lower_int.h"

#include "cname.h"

#include <string.h>

struct ClassBody {
    Scope *scope;
    Scope *outer; /* the scope the class statement is in */
    const char *prefix; /* hidden locals are named "<prefix>.<name>" */
    const char **names; /* bound so far, in first-binding order */
    int *locals;
    int n, cap;
};

static int class_slot(Lower *l, const char *name, int create)
{
    ClassBody *c = l->cls;
    for (int i = 0; i < c->n; i++)
        if (strcmp(c->names[i], name) == 0)
            return c->locals[i];
    if (!create)
        return -1;
    if (c->n == c->cap) {
        int cap = c->cap ? 2 * c->cap : 8;
        const char **names = arena_alloc(l->arena, sizeof *names * (size_t)cap);
        int *locals = arena_alloc(l->arena, sizeof *locals * (size_t)cap);
        if (c->n) {
            memcpy(names, c->names, sizeof *names * (size_t)c->n);
            memcpy(locals, c->locals, sizeof *locals * (size_t)c->n);
        }
        c->names = names;
        c->locals = locals;
        c->cap = cap;
    }
    c->names[c->n] = name;
    c->locals[c->n] = ir_local(l->m, l->f, arena_printf(l->arena, "%s\xc2\xa7%s", c->prefix, name));
    return c->locals[c->n++];
}

int lower_in_class_body(Lower *l) { return l->cls && l->cls->scope == l->scope; }

IrOpd lower_class_namespace_slot(Lower *l, const char *name) { return ir_local_opd(class_slot(l, name, 1)); }

int lower_class_load(Lower *l, const char *name, int line, int col, IrOpd *out)
{
    Symbol *s = sym_lookup(l->scope, name);
    if (s && s->scope == SYM_FREE) {
        /* the body runs inline: the enclosing function's local is the cell */
        Symbol *o = sym_lookup(l->cls->outer, name);
        *out = load_cell(l, name, o && o->scope == SYM_CELL ? NAME_CELL : NAME_FREE, line);
        (void)col;
        return 1;
    }
    if (!s || s->scope != SYM_LOCAL)
        return 0;
    int idx = class_slot(l, name, 0);
    if (idx < 0)
        return 0; /* not bound yet: globals, then builtins */
    emit(l, IR_CHECK_BOUND, line)->a = ir_local_opd(idx);
    *out = ir_local_opd(idx);
    return 1;
}

int lower_class_store(Lower *l, const char *name, IrOpd value, int line, int col)
{
    Symbol *s = sym_lookup(l->scope, name);
    if (s && s->scope == SYM_FREE) {
        unsupported(l, line, col, "a class body assigning a variable of an enclosing function");
        return 1;
    }
    if (!s || s->scope != SYM_LOCAL)
        return 0;
    IrInstr *in = emit(l, IR_MOVE, line);
    in->dst = ir_local_opd(class_slot(l, name, 1));
    in->a = value;
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
    /* the namespaces as dicts: locals live in C variables and globals in
     * the module struct, neither of which is a dict */
    if (fn->kind == Name_kind && nargs == 0 && nkw == 0 && resolve_name(l, fn->v.Name.id) == NAME_BUILTIN
        && (strcmp(fn->v.Name.id, "vars") == 0 || strcmp(fn->v.Name.id, "locals") == 0
            || strcmp(fn->v.Name.id, "globals") == 0)) {
        *out = unsupported(l, e->lineno, e->col_offset,
            strcmp(fn->v.Name.id, "vars") == 0 ? "vars() without an argument"
                                               : arena_printf(l->arena, "%s()", fn->v.Name.id));
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

static const char *class_stmt_refusal(stmt_ty s)
{
    switch (s->kind) {
    case If_kind:
    case For_kind:
    case While_kind:
    case Try_kind:
    case TryStar_kind:
    case With_kind:
    case Match_kind:
    case AsyncFor_kind:
    case AsyncWith_kind:
        return "control flow in a class body";
    case Delete_kind:
        return "'del' in a class body";
    default:
        return NULL;
    }
}

static const char *builtin_base_refusal(Lower *l, expr_ty b)
{
    static const char *const bad[]
        = { "int", "str", "float", "bool", "tuple", "list", "dict", "set", "frozenset", "bytes", "bytearray",
              "type", "complex", "range", "property", "staticmethod", "classmethod", "super" };
    if (b->kind != Name_kind || resolve_name(l, b->v.Name.id) != NAME_BUILTIN)
        return NULL;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (strcmp(b->v.Name.id, bad[i]) == 0)
            return "subclassing this builtin type";
    return NULL;
}

void lower_classdef(Lower *l, stmt_ty s)
{
    asdl_seq *decos = s->v.ClassDef.decorator_list, *bases = s->v.ClassDef.bases;
    asdl_seq *kws = s->v.ClassDef.keywords, *body = s->v.ClassDef.body;
    int ndeco = asdl_seq_LEN(decos), nbases = asdl_seq_LEN(bases), nkw = asdl_seq_LEN(kws);
    Scope *scope = sym_scope_of(l->st, s);
    for (int i = 0; i < asdl_seq_LEN(body); i++) {
        stmt_ty b = asdl_seq_GET(body, i);
        const char *why = class_stmt_refusal(b);
        if (why) {
            unsupported(l, b->lineno, b->col_offset, why);
            return;
        }
    }
    for (int i = 0; i < nbases; i++) {
        expr_ty b = asdl_seq_GET(bases, i);
        const char *why = b->kind == Starred_kind ? "starred class bases" : builtin_base_refusal(l, b);
        if (why) {
            unsupported(l, b->lineno, b->col_offset, why);
            return;
        }
    }
    for (int i = 0; i < nkw; i++) {
        keyword_ty k = asdl_seq_GET(kws, i);
        if (!k->arg || strcmp(k->arg, "metaclass") == 0) {
            unsupported(l, k->lineno, k->col_offset, k->arg ? "a metaclass" : "'**' in class keywords");
            return;
        }
    }
    IrOpd *deco = arena_alloc(l->arena, sizeof *deco * (size_t)(ndeco + 1));
    for (int i = 0; i < ndeco; i++)
        deco[i] = lower_expr(l, asdl_seq_GET(decos, i));
    IrOpd *bv = arena_alloc(l->arena, sizeof *bv * (size_t)(nbases + 1));
    for (int i = 0; i < nbases; i++)
        bv[i] = lower_expr(l, asdl_seq_GET(bases, i));
    IrOpd *kv = arena_alloc(l->arena, sizeof *kv * (size_t)(nkw + 1));
    const char **kn = arena_alloc(l->arena, sizeof *kn * (size_t)(nkw + 1));
    for (int i = 0; i < nkw; i++) {
        keyword_ty k = asdl_seq_GET(kws, i);
        kn[i] = k->arg;
        kv[i] = lower_expr(l, k->value);
    }
    if (failed(l))
        return;
    IrOpd base_tuple = emit_rt(l, RT_BUILD_TUPLE, s->lineno, bv, nbases);

    /* the body */
    ClassBody cb = { 0 };
    cb.scope = scope;
    cb.prefix = arena_printf(l->arena, "%s\xc2\xa7%d", s->v.ClassDef.name, s->lineno);
    ClassBody *outer_cls = l->cls;
    Scope *outer_scope = l->scope;
    cb.outer = outer_scope;
    /* __class__ for the methods' super(): a fresh cell in the enclosing
     * function's local of that name while the body runs (methods capture
     * it at def time), the enclosing class's cell again afterwards. */
    IrOpd cell = NO_OPD, saved_cell = NO_OPD;
    int cell_local = -1;
    if (scope->needs_class_closure) {
        cell_local = ir_local(l->m, l->f, "__class__");
        saved_cell = ir_temp(l->f);
        IrInstr *sv = emit(l, IR_MOVE, s->lineno);
        sv->dst = saved_cell;
        sv->a = ir_local_opd(cell_local);
        cell = emit_rt(l, RT_CELL_NEW_EMPTY, s->lineno, NULL, 0);
        IrInstr *mvc = emit(l, IR_MOVE, s->lineno);
        mvc->dst = ir_local_opd(cell_local);
        mvc->a = cell;
    }
    IrOpd modname = ir_temp(l->f);
    IrInstr *ld = emit(l, IR_LOAD_GLOBAL, s->lineno);
    ld->dst = modname;
    ld->name = "__name__";
    l->cls = &cb;
    l->scope = scope;
    IrInstr *mv = emit(l, IR_MOVE, s->lineno);
    mv->dst = ir_local_opd(class_slot(l, "__module__", 1));
    mv->a = modname;
    if (asdl_seq_LEN(body)) {
        stmt_ty first = asdl_seq_GET(body, 0);
        if (first->kind == Expr_kind && first->v.Expr.value->kind == Constant_kind
            && first->v.Expr.value->v.Constant.value->kind == CONST_STR) {
            constant c = first->v.Expr.value->v.Constant.value;
            mv = emit(l, IR_MOVE, first->lineno);
            mv->dst = ir_local_opd(class_slot(l, "__doc__", 1));
            mv->a = ir_const_str(l->m, c->s, c->len);
        }
    }
    lower_setup_annotations(l, body, s->lineno);
    lower_body(l, body);
    l->cls = outer_cls;
    l->scope = outer_scope;
    if (failed(l))
        return;

    int nns = cb.n;
    int nv = 5 + nns + nkw;
    IrOpd *v = arena_alloc(l->arena, sizeof *v * (size_t)nv);
    v[0] = ir_const_str(l->m, s->v.ClassDef.name, strlen(s->v.ClassDef.name));
    v[1] = name_const(l, scope->qualname);
    v[2] = base_tuple;
    v[3] = ir_const_kwnames(l->m, cb.names, nns);
    v[4] = ir_const_kwnames(l->m, kn, nkw);
    for (int i = 0; i < nns; i++)
        v[5 + i] = ir_local_opd(cb.locals[i]);
    for (int i = 0; i < nkw; i++)
        v[5 + nns + i] = kv[i];
    IrOpd cls = emit_rt(l, RT_CLASS_NEW, s->lineno, v, nv);
    if (cell_local >= 0) {
        IrOpd ca[2] = { cell, cls };
        emit_rt(l, RT_CELL_SET, s->lineno, ca, 2);
        IrInstr *rs = emit(l, IR_MOVE, s->lineno);
        rs->dst = ir_local_opd(cell_local);
        rs->a = saved_cell;
    }
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
