/* Operator slow paths: CPython's binary-operator dispatch (numeric tower
 * first, then type slots with NotImplemented and reflected operands),
 * rich comparison, unary operators and truth. */
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/float.h"
#include "internal/int.h"
#include "internal/list.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

static const char *const binop_symbol[MOLT_NUM_BINOPS] = {
    "+",
    "-",
    "*",
    "/",
    "//",
    "%",
    "** or pow()",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "@",
};

static MoltBinaryFn find_binop(const MoltType *t, int op)
{
    for (; t; t = t->base)
        if (t->binop[op])
            return t->binop[op];
    return NULL;
}

/* int-like and float operands never reach the type slots. */
static MoltValue numeric_binop(int op, MoltValue a, MoltValue b)
{
    double x, y;
    if (molt_is_intlike(a) && molt_is_intlike(b))
        return molt_int_binop(op, a, b);
    if ((molt_is_double(a) && (molt_is_double(b) || molt_is_intlike(b)))
        || (molt_is_double(b) && molt_is_intlike(a))) {
        if (op > MOLT_OP_POW)
            return MOLT_NOTIMPLEMENTED;
        if (molt_float_coerce(a, &x) < 0 || molt_float_coerce(b, &y) < 0)
            return MOLT_NULL;
        return molt_float_binop(op, x, y);
    }
    return MOLT_STOP; /* not a numeric pair */
}

static int is_sequence(MoltValue v) { return molt_is_str(v) || molt_is_tuple(v) || molt_is_list(v); }

/* a <op> b for everything the inline fast paths leave over. */
MOLT_API MoltValue molt_binop_slow(int op, MoltValue a, MoltValue b)
{
    MoltType *ta, *tb;
    MoltBinaryFn fa, fb;
    MoltValue r = numeric_binop(op, a, b);
    if (r != MOLT_STOP) {
        if (r != MOLT_NOTIMPLEMENTED)
            return r;
        goto unsupported;
    }
    ta = molt_type_of(a);
    tb = molt_type_of(b);
    fa = find_binop(ta, op);
    fb = tb != ta ? find_binop(tb, op) : NULL;
    if (fb == fa)
        fb = NULL;
    if (fa) {
        if (fb && molt_type_is_subtype(tb, ta)) {
            r = fb(a, b);
            if (r != MOLT_NOTIMPLEMENTED)
                return r;
            fb = NULL;
        }
        r = fa(a, b);
        if (r != MOLT_NOTIMPLEMENTED)
            return r;
    }
    if (fb) {
        r = fb(a, b);
        if (r != MOLT_NOTIMPLEMENTED)
            return r;
    }
    /* the messages of CPython's sequence concat / repeat fallbacks */
    if (op == MOLT_OP_ADD && is_sequence(a))
        return molt_raise(&MoltExc_TypeError, "can only concatenate %s (not \"%s\") to %s", ta->name,
            molt_type_name(b), ta->name);
    /* CPython's sequence_repeat: a count with __index__ */
    if (op == MOLT_OP_MUL && (is_sequence(a) || is_sequence(b))) {
        MoltValue n = is_sequence(a) ? b : a;
        int k = molt_index_try(&n);
        if (k < 0)
            return MOLT_NULL;
        if (k > 0)
            return is_sequence(a) ? molt_binop_slow(op, a, n) : molt_binop_slow(op, n, b);
    }
    if (op == MOLT_OP_MUL && is_sequence(a))
        return molt_raise(
            &MoltExc_TypeError, "can't multiply sequence by non-int of type '%s'", molt_type_name(b));
    if (op == MOLT_OP_MUL && is_sequence(b))
        return molt_raise(
            &MoltExc_TypeError, "can't multiply sequence by non-int of type '%s'", molt_type_name(a));
unsupported:
    return molt_raise(&MoltExc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
        binop_symbol[op], molt_type_name(a), molt_type_name(b));
}

/* a op= b for a heap object a. */
MOLT_API MoltValue molt_inplace_slow(int op, MoltValue a, MoltValue b)
{
    const MoltType *t;
    for (t = molt_type_of(a); t; t = t->base) {
        if (t->inplace[op]) {
            MoltValue r = t->inplace[op](a, b);
            if (r != MOLT_NOTIMPLEMENTED)
                return r;
            break;
        }
    }
    return molt_binop_slow(op, a, b);
}

static const int swapped_op[] = { MOLT_GT, MOLT_GE, MOLT_EQ, MOLT_NE, MOLT_LT, MOLT_LE };
static const char *const compare_symbol[] = { "<", "<=", "==", "!=", ">", ">=" };

typedef MoltValue (*RichFn)(MoltValue, MoltValue, int);

static RichFn find_richcompare(const MoltType *t)
{
    for (; t; t = t->base)
        if (t->richcompare)
            return t->richcompare;
    return NULL;
}

/* CPython's do_richcompare: the reflected operation goes first when the
 * right operand's type is a proper subclass with a comparison slot. */
MOLT_API MoltValue molt_compare_slow(MoltValue a, MoltValue b, int op)
{
    MoltType *ta, *tb;
    RichFn fa, fb;
    MoltValue r;
    int swapped_first = 0;
    if ((molt_is_intlike(a) || molt_is_double(a)) && (molt_is_intlike(b) || molt_is_double(b))) {
        if (molt_both_double(a, b))
            return molt_float_compare(molt_double_value(a), molt_double_value(b), op);
        return MoltInt_Type.richcompare(a, b, op);
    }
    ta = molt_type_of(a);
    tb = molt_type_of(b);
    fa = find_richcompare(ta);
    fb = find_richcompare(tb);
    if (ta != tb && fb && molt_type_is_subtype(tb, ta)) {
        swapped_first = 1;
        r = fb(b, a, swapped_op[op]);
        if (r != MOLT_NOTIMPLEMENTED)
            return r;
    }
    if (fa) {
        r = fa(a, b, op);
        if (r != MOLT_NOTIMPLEMENTED)
            return r;
    }
    if (!swapped_first && fb) {
        r = fb(b, a, swapped_op[op]);
        if (r != MOLT_NOTIMPLEMENTED)
            return r;
    }
    if (op == MOLT_EQ)
        return molt_bool(a == b);
    if (op == MOLT_NE)
        return molt_bool(a != b);
    return molt_raise(&MoltExc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
        compare_symbol[op], ta->name, tb->name);
}

static MoltValue unary(MoltValue v, size_t slot_offset, const char *sym)
{
    const MoltType *t;
    for (t = molt_type_of(v); t; t = t->base) {
        MoltUnaryFn f = *(const MoltUnaryFn *)((const char *)t + slot_offset);
        if (f)
            return f(v);
    }
    return molt_raise(&MoltExc_TypeError, "bad operand type for %s: '%s'", sym, molt_type_name(v));
}

/* -v */
MOLT_API MoltValue molt_neg_slow(MoltValue v) { return unary(v, offsetof(MoltType, neg), "unary -"); }

/* +v */
MOLT_API MoltValue molt_pos(MoltValue v)
{
    if (molt_is_int(v) || molt_is_double(v))
        return v;
    return unary(v, offsetof(MoltType, pos), "unary +");
}

/* ~v */
MOLT_API MoltValue molt_invert_slow(MoltValue v) { return unary(v, offsetof(MoltType, invert), "unary ~"); }

/* Truth of anything molt_truth does not decide inline. */
MOLT_API int molt_truth_slow(MoltValue v)
{
    const MoltType *t;
    if (molt_is_double(v))
        return molt_double_value(v) != 0.0;
    if (molt_is_int(v))
        return v != MOLT_INT(0);
    for (t = molt_type_of(v); t; t = t->base)
        if (t->truth)
            return t->truth(v);
    return 1;
}

/* not v */
MOLT_API MoltValue molt_not(MoltValue v)
{
    int t = molt_truth(v);
    if (t < 0)
        return MOLT_NULL;
    return molt_bool(!t);
}
