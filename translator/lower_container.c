/* Lowering of container syntax: list, tuple, set and dict displays (with
 * `*x` and `**m` items), subscripts and slices, `in`, unpacking
 * assignment targets, subscript targets (store, augmented, del) and the
 * generic `for` loop over an iterator.
 *
 * Evaluation order and the points where errors surface follow CPython
 * 3.11's compiler (Python/compile.c: starunpack_helper, compiler_dict):
 * e.g. `{a, b, []}` evaluates every item before the unhashable one fails,
 * but a display of more than 30 items adds each item as it is evaluated.
 */
#include "lower_int.h"

/* CPython's STACK_USE_GUIDELINE: displays larger than this are built
 * item by item. */
#define STACK_USE_GUIDELINE 30

static IrOpd small_int(Lower *l, int i) { return ir_const_int(l->m, i); }

static IrOpd rt3(Lower *l, RtId id, int line, IrOpd a, IrOpd b, IrOpd c)
{
    IrOpd args[3] = { a, b, c };
    return emit_rt(l, id, line, args, 3);
}

/* ---- list, tuple and set displays ---- */

/* Whether x is a constant after CPython's AST optimiser: a literal, a
 * sign or ~ applied to a number literal, or a tuple of such constants
 * (folding of other operators, 2**40, is not reproduced). */
static int is_folded_const(expr_ty x)
{
    if (x->kind == Constant_kind)
        return 1;
    if (x->kind == UnaryOp_kind && x->v.UnaryOp.op != Not && x->v.UnaryOp.operand->kind == Constant_kind) {
        AstConstKind k = x->v.UnaryOp.operand->v.Constant.value->kind;
        return k == CONST_INT || k == CONST_FLOAT || k == CONST_COMPLEX || k == CONST_TRUE
            || k == CONST_FALSE;
    }
    if (x->kind == Tuple_kind) {
        for (int i = 0; i < asdl_seq_LEN(x->v.Tuple.elts); i++)
            if (!is_folded_const(asdl_seq_GET(x->v.Tuple.elts, i)))
                return 0;
        return 1;
    }
    return 0;
}

/* A list, tuple or set display (starunpack_helper): items before the
 * first starred one (all of them when there is none) are evaluated and
 * then form the container; after that each item is added as evaluated. */
static IrOpd lower_sequence(Lower *l, expr_ty e, asdl_seq *elts)
{
    int n = asdl_seq_LEN(elts), line = e->lineno;
    int is_set = e->kind == Set_kind, is_tuple = e->kind == Tuple_kind;
    int seen_star = 0;
    for (int i = 0; i < n; i++)
        if (((expr_ty)asdl_seq_GET(elts, i))->kind == Starred_kind)
            seen_star = 1;
    int big = n > STACK_USE_GUIDELINE;
    IrOpd *items = arena_alloc(l->arena, sizeof *items * (size_t)(n + 1));
    if (!seen_star && !big) {
        for (int i = 0; i < n; i++)
            items[i] = lower_expr(l, asdl_seq_GET(elts, i));
        if (failed(l))
            return NO_OPD;
        if (is_tuple)
            return emit_rt(l, RT_BUILD_TUPLE, line, items, n);
        if (!is_set)
            return emit_rt(l, RT_BUILD_LIST, line, items, n);
        /* CPython 3.11 builds a display of more than two constants from a
         * frozenset constant, which fixes its iteration order */
        int all_const = n > 2;
        for (int i = 0; i < n && all_const; i++)
            all_const = is_folded_const(asdl_seq_GET(elts, i));
        if (all_const)
            return emit_rt(l, RT_SET_DISPLAY_CONST, line, items, n);
        IrOpd s = emit_rt(l, RT_BUILD_SET, line, NULL, 0);
        for (int i = 0; i < n; i++)
            emit_rt2(l, RT_SET_ADD, line, s, items[i]);
        return s;
    }
    IrOpd seq = NO_OPD;
    int pending = 0;
    if (big)
        seq = emit_rt(l, is_set ? RT_BUILD_SET : RT_BUILD_LIST, line, NULL, 0);
    for (int i = 0; i < n && !failed(l); i++) {
        expr_ty x = asdl_seq_GET(elts, i);
        if (x->kind != Starred_kind) {
            IrOpd v = lower_expr(l, x);
            if (seq.kind == OPD_NONE)
                items[pending++] = v;
            else if (!failed(l))
                emit_rt2(l, is_set ? RT_SET_ADD : RT_LIST_APPEND, line, seq, v);
            continue;
        }
        if (seq.kind == OPD_NONE) {
            if (is_set) {
                seq = emit_rt(l, RT_BUILD_SET, line, NULL, 0);
                for (int k = 0; k < pending; k++)
                    emit_rt2(l, RT_SET_ADD, line, seq, items[k]);
            } else {
                seq = emit_rt(l, RT_BUILD_LIST, line, items, pending);
            }
        }
        IrOpd v = lower_expr(l, x->v.Starred.value);
        if (failed(l))
            return NO_OPD;
        emit_rt2(l, is_set ? RT_SET_UPDATE : RT_LIST_EXTEND, line, seq, v);
    }
    if (failed(l))
        return NO_OPD;
    return is_tuple ? emit_rt(l, RT_LIST_TO_TUPLE, line, &seq, 1) : seq;
}

/* ---- dict displays ---- */

/* Pairs [begin, end) into d (compiler_subdict): all keys and values
 * evaluated first, then inserted, unless the run is big. */
static void dict_pairs(Lower *l, expr_ty e, IrOpd d, int begin, int end)
{
    asdl_seq *keys = e->v.Dict.keys, *values = e->v.Dict.values;
    int n = end - begin, big = n * 2 > STACK_USE_GUIDELINE;
    IrOpd *kv = arena_alloc(l->arena, sizeof *kv * (size_t)(2 * n));
    for (int i = 0; i < n && !failed(l); i++) {
        kv[2 * i] = lower_expr(l, asdl_seq_GET(keys, begin + i));
        kv[2 * i + 1] = lower_expr(l, asdl_seq_GET(values, begin + i));
        if (big && !failed(l))
            rt3(l, RT_DICT_SETITEM, e->lineno, d, kv[2 * i], kv[2 * i + 1]);
    }
    for (int i = 0; i < n && !big && !failed(l); i++)
        rt3(l, RT_DICT_SETITEM, e->lineno, d, kv[2 * i], kv[2 * i + 1]);
}

static IrOpd lower_dict(Lower *l, expr_ty e)
{
    asdl_seq *keys = e->v.Dict.keys, *values = e->v.Dict.values;
    int n = asdl_seq_LEN(values), elements = 0;
    IrOpd d = emit_rt(l, RT_BUILD_DICT, e->lineno, NULL, 0);
    for (int i = 0; i < n && !failed(l); i++) {
        if (asdl_seq_GET(keys, i) == NULL) {
            if (elements)
                dict_pairs(l, e, d, i - elements, i);
            elements = 0;
            IrOpd m = lower_expr(l, asdl_seq_GET(values, i));
            if (!failed(l))
                emit_rt2(l, RT_DICT_UPDATE, e->lineno, d, m);
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            dict_pairs(l, e, d, i - elements, i + 1);
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements && !failed(l))
        dict_pairs(l, e, d, n - elements, n);
    return failed(l) ? NO_OPD : d;
}

IrOpd lower_display(Lower *l, expr_ty e)
{
    switch (e->kind) {
    case Tuple_kind:
        return lower_sequence(l, e, e->v.Tuple.elts);
    case List_kind:
        return lower_sequence(l, e, e->v.List.elts);
    case Set_kind:
        return lower_sequence(l, e, e->v.Set.elts);
    default:
        return lower_dict(l, e);
    }
}

/* ---- subscripts and slices ---- */

IrOpd lower_slice(Lower *l, expr_ty e)
{
    expr_ty parts[3] = { e->v.Slice.lower, e->v.Slice.upper, e->v.Slice.step };
    IrOpd v[3];
    for (int i = 0; i < 3; i++)
        v[i] = parts[i] ? lower_expr(l, parts[i]) : ir_const_simple(l->m, IRC_NONE);
    if (failed(l))
        return NO_OPD;
    return emit_rt(l, RT_BUILD_SLICE, e->lineno, v, 3);
}

IrOpd lower_subscript(Lower *l, expr_ty e)
{
    IrOpd o = lower_expr(l, e->v.Subscript.value);
    IrOpd k = lower_expr(l, e->v.Subscript.slice);
    if (failed(l))
        return NO_OPD;
    return emit_rt2(l, RT_GETITEM, e->lineno, o, k);
}

IrOpd lower_contains(Lower *l, int negate, IrOpd item, IrOpd container, int line)
{
    return emit_rt2(l, negate ? RT_NOT_CONTAINS : RT_CONTAINS, line, container, item);
}

/* ---- assignment targets ---- */

/* `a, *b, c = value`: unpack into a tuple of exactly the targets' count
 * (the starred one gets a list), then store left to right. */
static void store_unpack(Lower *l, expr_ty target, IrOpd value)
{
    asdl_seq *elts = target->kind == Tuple_kind ? target->v.Tuple.elts : target->v.List.elts;
    int n = asdl_seq_LEN(elts), star = -1, line = target->lineno;
    for (int i = 0; i < n; i++)
        if (((expr_ty)asdl_seq_GET(elts, i))->kind == Starred_kind)
            star = i;
    IrOpd t = star < 0 ? emit_rt2(l, RT_UNPACK, line, value, small_int(l, n))
                       : rt3(l, RT_UNPACK_EX, line, value, small_int(l, star), small_int(l, n - star - 1));
    for (int i = 0; i < n && !failed(l); i++) {
        expr_ty x = asdl_seq_GET(elts, i);
        IrOpd item = emit_rt2(l, RT_UNPACKED, line, t, small_int(l, i));
        store_target(l, x->kind == Starred_kind ? x->v.Starred.value : x, item);
    }
}

int store_container_target(Lower *l, expr_ty target, IrOpd value)
{
    switch (target->kind) {
    case Tuple_kind:
    case List_kind:
        store_unpack(l, target, value);
        return 1;
    case Subscript_kind: {
        IrOpd o = lower_expr(l, target->v.Subscript.value);
        IrOpd k = lower_expr(l, target->v.Subscript.slice);
        if (!failed(l))
            rt3(l, RT_SETITEM, target->lineno, o, k, value);
        return 1;
    }
    default:
        return 0;
    }
}

/* `o[k] op= v`: o and k evaluated once. */
void lower_augassign_subscript(Lower *l, stmt_ty s)
{
    expr_ty target = s->v.AugAssign.target;
    IrOpd o = lower_expr(l, target->v.Subscript.value);
    IrOpd k = lower_expr(l, target->v.Subscript.slice);
    if (failed(l))
        return;
    IrOpd cur = emit_rt2(l, RT_GETITEM, target->lineno, o, k);
    IrOpd v = lower_expr(l, s->v.AugAssign.value);
    if (failed(l))
        return;
    IrOpd t = ir_temp(l->f);
    IrInstr *in = emit(l, IR_INPLACE, s->lineno);
    in->sub = binop_code(s->v.AugAssign.op);
    in->dst = t;
    in->a = cur;
    in->b = v;
    rt3(l, RT_SETITEM, s->lineno, o, k, t);
}

void lower_del_subscript(Lower *l, expr_ty target)
{
    IrOpd o = lower_expr(l, target->v.Subscript.value);
    IrOpd k = lower_expr(l, target->v.Subscript.slice);
    if (!failed(l))
        emit_rt2(l, RT_DELITEM, target->lineno, o, k);
}

/* ---- for loops ---- */

void lower_for_iter(Lower *l, stmt_ty s)
{
    expr_ty iter = s->v.For.iter;
    IrOpd v = lower_expr(l, iter);
    if (failed(l))
        return;
    IrOpd it = emit_rt(l, RT_ITER, iter->lineno, &v, 1);
    lower_for_loop(l, s, IR_FOR_NEXT, it, 0);
}
