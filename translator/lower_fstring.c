/* Lowering of f-strings (JoinedStr and its FormattedValue fields).
 *
 * Each replacement field becomes, as CPython's FORMAT_VALUE: the value,
 * then its format spec (itself an f-string, so `{x:{w}.{p}f}` nests),
 * then the conversion (`rt repr`, `rt str`, `rt ascii` for !r !s !a), then
 * `rt format_value(v, spec)`, which is format(v, spec) except that a str
 * with an empty spec is used as is. The pieces are joined by one
 * `rt build_string(...)` (CPython's BUILD_STRING): one allocation, not a
 * chain of concatenations. `f"{x=}"` needs nothing here: the parser
 * already made it the text "x=" and a field with conversion !r.
 */
#include "lower_int.h"

/* One replacement field: its str. */
static IrOpd lower_field(Lower *l, expr_ty e)
{
    IrOpd v = lower_expr(l, e->v.FormattedValue.value), spec;
    if (failed(l))
        return NO_OPD;
    if (e->v.FormattedValue.format_spec) {
        spec = lower_expr(l, e->v.FormattedValue.format_spec);
        if (failed(l))
            return NO_OPD;
    } else {
        spec = ir_const_str(l->m, "", 0);
    }
    switch (e->v.FormattedValue.conversion) {
    case 'r':
        v = emit_rt(l, RT_REPR, e->lineno, &v, 1);
        break;
    case 's':
        v = emit_rt(l, RT_STR, e->lineno, &v, 1);
        break;
    case 'a':
        v = emit_rt(l, RT_ASCII, e->lineno, &v, 1);
        break;
    default:
        break;
    }
    return emit_rt2(l, RT_FORMAT_VALUE, e->lineno, v, spec);
}

IrOpd lower_joined_str(Lower *l, expr_ty e)
{
    asdl_seq *values = e->v.JoinedStr.values;
    int n = asdl_seq_LEN(values);
    IrOpd *parts;
    if (n == 0)
        return ir_const_str(l->m, "", 0);
    parts = arena_alloc(l->arena, sizeof *parts * (size_t)n);
    for (int i = 0; i < n; i++) {
        expr_ty v = asdl_seq_GET(values, i);
        parts[i] = v->kind == FormattedValue_kind ? lower_field(l, v) : lower_expr(l, v);
        if (failed(l))
            return NO_OPD;
    }
    if (n == 1)
        return parts[0];
    return emit_rt(l, RT_BUILD_STRING, e->lineno, parts, n);
}
