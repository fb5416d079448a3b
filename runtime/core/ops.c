/* Operator slow paths: CPython's binary-operator dispatch (numeric tower
 * first, then type slots with NotImplemented and reflected operands),
 * rich comparison, unary operators and truth. */
#include "internal/class.h"
#include "internal/containers.h"
#include "internal/bytes.h"
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

static int is_bytestring(MoltValue v)
{
    return molt_isinstance(v, &MoltBytes_Type) || molt_isinstance(v, &MoltByteArray_Type);
}

/* The type name in CPython's concat / repeat messages ("can only
 * concatenate str ..."): the builtin's, also for subclass instances. */
static const char *sequence_name(MoltValue v)
{
    v = molt_unbox(v);
    if (is_bytestring(v))
        return molt_type_of(v)->name;
    return molt_is_str(v) ? "str" : molt_is_tuple(v) ? "tuple" : molt_is_list(v) ? "list" : NULL;
}

/* The type slots' part of a <op> b: the result, or NotImplemented. */
static MoltValue slots_binop(int op, MoltValue a, MoltValue b)
{
    MoltType *ta, *tb;
    MoltBinaryFn fa, fb;
    MoltValue r;
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
    if (fb)
        return fb(a, b);
    return MOLT_NOTIMPLEMENTED;
}

static MoltValue binop(int op, MoltValue a, MoltValue b, int inplace);

/* a <op> b for everything the inline fast paths leave over. */
MOLT_API MoltValue molt_binop_slow(int op, MoltValue a, MoltValue b) { return binop(op, a, b, 0); }

/* a <op> b, for `a <op>= b` when inplace (the error message says so). */
static MoltValue binop(int op, MoltValue a, MoltValue b, int inplace)
{
    const char *seq;
    MoltValue r;
    /* two instances of one user class: its method, at the direct entry */
    if (molt_is_ptr(a) && molt_is_ptr(b) && molt_type_of(a) == molt_type_of(b)
        && molt_is_heaptype(molt_type_of(a))) {
        r = molt_slots_binop_same(molt_type_of(a), op, a, b);
        if (r != MOLT_STOP) {
            if (r != MOLT_NOTIMPLEMENTED)
                return r;
            goto not_slots;
        }
    }
    r = numeric_binop(op, a, b);
    if (r != MOLT_STOP) {
        if (r != MOLT_NOTIMPLEMENTED)
            return r;
        goto unsupported;
    }
    r = slots_binop(op, a, b);
    if (r != MOLT_NOTIMPLEMENTED)
        return r;
not_slots:
    /* the builtins' own operators accept instances of their subclasses
     * (S("a") + "b" when S overrides __add__; "a" + S("b")) */
    if (molt_unbox(a) != a || molt_unbox(b) != b) {
        r = numeric_binop(op, molt_unbox(a), molt_unbox(b));
        if (r == MOLT_STOP)
            r = slots_binop(op, molt_unbox(a), molt_unbox(b));
        if (r != MOLT_NOTIMPLEMENTED)
            return r;
    }
    /* the messages of CPython's sequence concat / repeat fallbacks */
    seq = sequence_name(a);
    if (op == MOLT_OP_ADD && seq && is_bytestring(a))
        return molt_raise(&MoltExc_TypeError, "can't concat %s to %s", molt_type_name(b), seq);
    if (op == MOLT_OP_ADD && seq)
        return molt_raise(
            &MoltExc_TypeError, "can only concatenate %s (not \"%s\") to %s", seq, molt_type_name(b), seq);
    /* CPython's sequence_repeat: a count with __index__ */
    if (op == MOLT_OP_MUL && (seq || sequence_name(b))) {
        MoltValue n = seq ? b : a;
        int k = molt_index_try(&n);
        if (k < 0)
            return MOLT_NULL;
        if (k > 0)
            return seq ? molt_binop_slow(op, a, n) : molt_binop_slow(op, n, b);
    }
    if (op == MOLT_OP_MUL && seq)
        return molt_raise(
            &MoltExc_TypeError, "can't multiply sequence by non-int of type '%s'", molt_type_name(b));
    if (op == MOLT_OP_MUL && sequence_name(b))
        return molt_raise(
            &MoltExc_TypeError, "can't multiply sequence by non-int of type '%s'", molt_type_name(a));
unsupported:
    return molt_raise(&MoltExc_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
        binop_symbol[op], inplace ? "=" : "", molt_type_name(a), molt_type_name(b));
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
    return binop(op, a, b, 1);
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

/* The numbers' and the type slots' part of a <op> b, CPython's
 * do_richcompare: the reflected operation goes first when the right
 * operand's type is a proper subclass with a comparison slot. The
 * result, or NotImplemented. */
static MoltValue slots_compare(MoltValue a, MoltValue b, int op)
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
    if (!swapped_first && fb)
        return fb(b, a, swapped_op[op]);
    return MOLT_NOTIMPLEMENTED;
}

MOLT_API MoltValue molt_compare_slow(MoltValue a, MoltValue b, int op)
{
    MoltValue r = slots_compare(a, b, op);
    if (r != MOLT_NOTIMPLEMENTED)
        return r;
    /* the builtins' comparisons accept their subclasses' instances */
    if (molt_unbox(a) != a || molt_unbox(b) != b) {
        r = slots_compare(molt_unbox(a), molt_unbox(b), op);
        if (r != MOLT_NOTIMPLEMENTED)
            return r;
    }
    if (op == MOLT_EQ)
        return molt_bool(a == b);
    if (op == MOLT_NE)
        return molt_bool(a != b);
    return molt_raise(&MoltExc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
        compare_symbol[op], molt_type_name(a), molt_type_name(b));
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
    /* no __bool__: the length decides (CPython's nb_bool, then sq_length) */
    for (t = molt_type_of(v); t; t = t->base)
        if (t->len) {
            int64_t n = t->len(v);
            return n < 0 ? -1 : n != 0;
        }
    return 1;
}

/* not v */
MOLT_API MoltValue molt_not_slow(MoltValue v)
{
    int t = molt_truth(v);
    if (t < 0)
        return MOLT_NULL;
    return molt_bool(!t);
}
