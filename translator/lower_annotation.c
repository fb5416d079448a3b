/* Lowering of annotated assignments (`x: int = 0`), as CPython 3.11
 * compiles them: the value is assigned first; in a module or class body
 * the annotation of a simple name is then evaluated and stored in
 * `__annotations__`, which the body creates on entry when it has any
 * such statement (SETUP_ANNOTATIONS). Annotations of other targets are
 * evaluated in modules and classes but not stored, and in functions not
 * evaluated at all. Under `from __future__ import annotations` CPython
 * stores the annotation's source text; molt2c refuses that case.
 */
#include "lower_int.h"

#include "future.h"

/* Whether body holds an annotated assignment at its own level (inside
 * if/for/while/try/with/match, not inside def or class). */
static int has_annotations(asdl_seq *body)
{
    for (int i = 0; i < asdl_seq_LEN(body); i++) {
        stmt_ty s = asdl_seq_GET(body, i);
        switch (s->kind) {
        case AnnAssign_kind:
            return 1;
        case For_kind:
        case AsyncFor_kind:
            if (has_annotations(s->v.For.body) || has_annotations(s->v.For.orelse))
                return 1;
            break;
        case While_kind:
            if (has_annotations(s->v.While.body) || has_annotations(s->v.While.orelse))
                return 1;
            break;
        case If_kind:
            if (has_annotations(s->v.If.body) || has_annotations(s->v.If.orelse))
                return 1;
            break;
        case With_kind:
        case AsyncWith_kind:
            if (has_annotations(s->v.With.body))
                return 1;
            break;
        case Try_kind:
        case TryStar_kind:
            if (has_annotations(s->v.Try.body) || has_annotations(s->v.Try.orelse)
                || has_annotations(s->v.Try.finalbody))
                return 1;
            for (int h = 0; h < asdl_seq_LEN(s->v.Try.handlers); h++) {
                excepthandler_ty eh = asdl_seq_GET(s->v.Try.handlers, h);
                if (has_annotations(eh->v.ExceptHandler.body))
                    return 1;
            }
            break;
        case Match_kind:
            for (int c = 0; c < asdl_seq_LEN(s->v.Match.cases); c++) {
                match_case_ty mc = asdl_seq_GET(s->v.Match.cases, c);
                if (has_annotations(mc->body))
                    return 1;
            }
            break;
        default:
            break;
        }
    }
    return 0;
}

void lower_setup_annotations(Lower *l, asdl_seq *body, int line)
{
    if (!has_annotations(body))
        return;
    IrOpd d = emit_rt(l, RT_BUILD_DICT, line, NULL, 0);
    store_name(l, "__annotations__", d, line, 0);
}

/* A target's subexpressions evaluated for their effects (`a.b: int`
 * evaluates a; `a[i]: int` evaluates a and i). */
static void eval_target_parts(Lower *l, expr_ty t)
{
    if (t->kind == Attribute_kind) {
        lower_expr(l, t->v.Attribute.value);
    } else if (t->kind == Subscript_kind) {
        lower_expr(l, t->v.Subscript.value);
        lower_expr(l, t->v.Subscript.slice);
    }
}

void lower_annassign(Lower *l, stmt_ty s)
{
    expr_ty target = s->v.AnnAssign.target, ann = s->v.AnnAssign.annotation;
    int at_top = !l->scope->is_function;
    if (at_top && (l->st->future & FUTURE_ANNOTATIONS)) {
        unsupported(l, s->lineno, s->col_offset, "an annotation under 'from __future__ import annotations'");
        return;
    }
    if (s->v.AnnAssign.value) {
        IrOpd v = lower_expr(l, s->v.AnnAssign.value);
        if (failed(l))
            return;
        store_target(l, target, v);
    } else if (target->kind != Name_kind) {
        eval_target_parts(l, target);
    }
    if (failed(l) || !at_top)
        return;
    IrOpd a = lower_expr(l, ann);
    if (failed(l) || !(s->v.AnnAssign.simple && target->kind == Name_kind))
        return;
    IrOpd args[3];
    args[0] = load_name(l, "__annotations__", s->lineno, s->col_offset);
    /* the key is the mangled name, as CPython's compiler stores it */
    args[1] = name_const(l, sym_mangle(l->arena, lower_private_name(l), target->v.Name.id));
    args[2] = a;
    emit_rt(l, RT_SETITEM, s->lineno, args, 3);
}
