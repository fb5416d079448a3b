/* range objects: len, indexing and slicing, O(1) `in` for ints, ==,
 * count/index, and their iterators (forwards and reversed), on arbitrary
 * ints. The for-range loop helper is runtime/core/range.c. */
#include "internal/builtins.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/int.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

typedef struct RangeObj {
    MoltObject ob;
    MoltValue start, stop, step, len; /* ints */
} RangeObj;

static int is_range(MoltValue v)
{
    return molt_is_ptr(v) && ((MoltObject *)molt_ptr(v))->type == &MoltRangeObj_Type;
}

static MoltValue add(MoltValue a, MoltValue b) { return molt_int_binop(MOLT_OP_ADD, a, b); }
static MoltValue sub(MoltValue a, MoltValue b) { return molt_int_binop(MOLT_OP_SUB, a, b); }
static MoltValue mul(MoltValue a, MoltValue b) { return molt_int_binop(MOLT_OP_MUL, a, b); }

/* compute_range_length */
static MoltValue range_length(MoltValue lo, MoltValue hi, MoltValue step)
{
    if (molt_int_sign(step) < 0) {
        MoltValue t = lo;
        lo = hi;
        hi = t;
        step = molt_int_neg(step);
    }
    if (molt_int_cmp(lo, hi) >= 0)
        return MOLT_INT(0);
    return add(molt_int_binop(MOLT_OP_FLOORDIV, sub(sub(hi, lo), MOLT_INT(1)), step), MOLT_INT(1));
}

static MoltValue range_new(MoltValue start, MoltValue stop, MoltValue step)
{
    RangeObj *r = molt_alloc(sizeof *r);
    r->ob.type = &MoltRangeObj_Type;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_length(start, stop, step);
    return molt_from_ptr(r);
}

MoltValue molt_range_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue v[3] = { MOLT_INT(0), MOLT_NULL, MOLT_INT(1) };
    size_t i;
    (void)type;
    if (molt_no_kwargs("range", kwnames) < 0)
        return MOLT_NULL;
    if (nargs < 1)
        return molt_raise(&MoltExc_TypeError, "range expected at least 1 argument, got %zu", nargs);
    if (nargs > 3)
        return molt_raise(&MoltExc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    for (i = 0; i < nargs; i++)
        if (!(v[nargs == 1 ? 1 : i] = molt_number_index(args[i])))
            return MOLT_NULL;
    for (i = 0; i < 3; i++)
        v[i] = molt_int_unbool(v[i]);
    if (v[2] == MOLT_INT(0))
        return molt_raise(&MoltExc_ValueError, "range() arg 3 must not be zero");
    return range_new(v[0], v[1], v[2]);
}

static int64_t range_len(MoltValue v)
{
    int64_t n;
    if (molt_int_as_i64(((RangeObj *)molt_ptr(v))->len, &n) < 0) {
        molt_raise(&MoltExc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

static int range_truth(MoltValue v) { return ((RangeObj *)molt_ptr(v))->len != MOLT_INT(0); }

static MoltValue range_getitem(MoltValue v, MoltValue key)
{
    RangeObj *r = molt_ptr(v);
    if (!molt_is_intlike(key) && !molt_is_slice(key) && molt_index_try(&key) < 0)
        return MOLT_NULL;
    if (molt_is_intlike(key)) {
        MoltValue i = molt_int_unbool(key);
        if (molt_int_sign(i) < 0)
            i = add(i, r->len);
        if (molt_int_sign(i) < 0 || molt_int_cmp(i, r->len) >= 0)
            return molt_raise(&MoltExc_IndexError, "range object index out of range");
        return add(r->start, mul(i, r->step));
    }
    if (molt_is_slice(key)) {
        MoltValue start, stop, step;
        if (molt_slice_indices_big(key, r->len, &start, &stop, &step) < 0)
            return MOLT_NULL;
        return range_new(
            add(r->start, mul(start, r->step)), add(r->start, mul(stop, r->step)), mul(r->step, step));
    }
    return molt_raise(
        &MoltExc_TypeError, "range indices must be integers or slices, not %s", molt_type_name(key));
}

/* 1 if int x is one of r's values. */
static int int_in_range(RangeObj *r, MoltValue x)
{
    int pos = molt_int_sign(r->step) > 0;
    if (pos ? (molt_int_cmp(x, r->start) < 0 || molt_int_cmp(x, r->stop) >= 0)
            : (molt_int_cmp(x, r->start) > 0 || molt_int_cmp(x, r->stop) <= 0))
        return 0;
    return molt_int_binop(MOLT_OP_MOD, sub(x, r->start), r->step) == MOLT_INT(0);
}

static MoltValue range_iter(MoltValue v);

static int range_contains(MoltValue v, MoltValue x)
{
    MoltValue it, y;
    if (molt_is_intlike(x))
        return int_in_range(molt_ptr(v), molt_int_unbool(x));
    it = range_iter(v);
    while ((y = molt_next(it)) != MOLT_STOP) {
        int r;
        if (!y)
            return -1;
        r = molt_equal(y, x);
        if (r)
            return r;
    }
    return 0;
}

static MoltValue range_repr(MoltValue v)
{
    RangeObj *r = molt_ptr(v);
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_puts(&sb, "range(");
    if (molt_sb_append_repr(&sb, r->start) < 0)
        return MOLT_NULL;
    molt_sb_puts(&sb, ", ");
    if (molt_sb_append_repr(&sb, r->stop) < 0)
        return MOLT_NULL;
    if (r->step != MOLT_INT(1)) {
        molt_sb_puts(&sb, ", ");
        if (molt_sb_append_repr(&sb, r->step) < 0)
            return MOLT_NULL;
    }
    molt_sb_putc(&sb, ')');
    return molt_sb_finish(&sb);
}

/* range_equals: same length, and same start (and step) where they matter. */
static int range_eq(RangeObj *a, RangeObj *b)
{
    if (molt_int_cmp(a->len, b->len) != 0)
        return 0;
    if (a->len == MOLT_INT(0))
        return 1;
    if (molt_int_cmp(a->start, b->start) != 0)
        return 0;
    if (a->len == MOLT_INT(1))
        return 1;
    return molt_int_cmp(a->step, b->step) == 0;
}

static MoltValue range_richcompare(MoltValue a, MoltValue b, int op)
{
    if (!is_range(a) || !is_range(b) || (op != MOLT_EQ && op != MOLT_NE))
        return MOLT_NOTIMPLEMENTED;
    return molt_bool(range_eq(molt_ptr(a), molt_ptr(b)) == (op == MOLT_EQ));
}

static int64_t range_hash(MoltValue v)
{
    RangeObj *r = molt_ptr(v);
    MoltValue t[3] = { r->len, MOLT_NONE, MOLT_NONE };
    if (r->len != MOLT_INT(0)) {
        t[1] = r->start;
        if (r->len != MOLT_INT(1))
            t[2] = r->step;
    }
    return molt_hash(molt_tuple_new(3, t));
}

/* ---- iterator: int64 counters when everything fits, else ints ---- */

typedef struct RangeIter {
    MoltObject ob;
    int small;
    int64_t cur, step, left;
    MoltValue bcur, bstep, bleft;
} RangeIter;

static MoltType RangeIter_Type;

static MoltValue iter_new(MoltValue start, MoltValue step, MoltValue len)
{
    RangeIter *it = molt_alloc(sizeof *it);
    MoltValue last = add(start, mul(sub(len, MOLT_INT(1)), step));
    it->ob.type = &RangeIter_Type;
    it->small = molt_is_int(start) && molt_is_int(step) && molt_is_int(len) && molt_is_int(last)
        && molt_is_int(add(last, step));
    if (it->small) {
        it->cur = molt_int_value(start);
        it->step = molt_int_value(step);
        it->left = molt_int_value(len);
    } else {
        it->bcur = start;
        it->bstep = step;
        it->bleft = len;
    }
    return molt_from_ptr(it);
}

static MoltValue range_iter(MoltValue v)
{
    RangeObj *r = molt_ptr(v);
    return iter_new(r->start, r->step, r->len);
}

MoltValue molt_range_reversed(MoltValue v)
{
    RangeObj *r = molt_ptr(v);
    MoltValue last = add(r->start, mul(sub(r->len, MOLT_INT(1)), r->step));
    return iter_new(last, molt_int_neg(r->step), r->len);
}

static MoltValue rangeiter_next(MoltValue v)
{
    RangeIter *it = molt_ptr(v);
    MoltValue x;
    if (it->small) {
        if (it->left <= 0)
            return MOLT_STOP;
        it->left--;
        x = molt_from_int(it->cur);
        it->cur += it->step;
        return x;
    }
    if (molt_int_sign(it->bleft) <= 0)
        return MOLT_STOP;
    it->bleft = sub(it->bleft, MOLT_INT(1));
    x = it->bcur;
    it->bcur = add(it->bcur, it->bstep);
    return x;
}

static MoltValue iter_self(MoltValue v) { return v; }

static MoltType RangeIter_Type = {
    .type = &MoltType_Type,
    .name = "range_iterator",
    .base = &MoltObject_Type,
    .basicsize = sizeof(RangeIter),
    .iter = iter_self,
    .iternext = rangeiter_next,
};

/* ---- methods ---- */

static MoltValue m_count(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    int r;
    if (molt_no_kwargs("range.count", kwnames) < 0)
        return MOLT_NULL;
    if (nargs != 2)
        return molt_raise(
            &MoltExc_TypeError, "range.count() takes exactly one argument (%zu given)", nargs - 1);
    if (molt_is_intlike(args[1]))
        return MOLT_INT(int_in_range(molt_ptr(args[0]), molt_int_unbool(args[1])));
    {
        MoltValue it = range_iter(args[0]), y;
        int64_t c = 0;
        while ((y = molt_next(it)) != MOLT_STOP) {
            if (!y || (r = molt_equal(y, args[1])) < 0)
                return MOLT_NULL;
            c += r;
        }
        return molt_int_from_i64(c);
    }
}

static MoltValue m_index(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    RangeObj *r = molt_ptr(args[0]);
    if (molt_no_kwargs("range.index", kwnames) < 0)
        return MOLT_NULL;
    if (nargs != 2)
        return molt_raise(
            &MoltExc_TypeError, "range.index() takes exactly one argument (%zu given)", nargs - 1);
    if (molt_is_intlike(args[1])) {
        MoltValue x = molt_int_unbool(args[1]);
        if (int_in_range(r, x))
            return molt_int_binop(MOLT_OP_FLOORDIV, sub(x, r->start), r->step);
    } else {
        MoltValue it = range_iter(args[0]), y;
        int64_t i = 0;
        while ((y = molt_next(it)) != MOLT_STOP) {
            int e = molt_equal(y, args[1]);
            if (e < 0)
                return MOLT_NULL;
            if (e)
                return molt_int_from_i64(i);
            i++;
        }
        /* CPython searches like any sequence for what is not an exact int */
        return molt_raise(&MoltExc_ValueError, "sequence.index(x): x not in sequence");
    }
    return molt_raise(&MoltExc_ValueError, "%R is not in range", args[1]);
}

static MoltValue m_reversed(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (molt_method_noargs("range", "__reversed__", nargs, kwnames) < 0)
        return MOLT_NULL;
    return molt_range_reversed(args[0]);
}

static const MoltMethodDef range_methods[] = {
    { "count", m_count, 0 },
    { "index", m_index, 0 },
    { "__reversed__", m_reversed, 0 },
    { NULL, NULL, 0 },
};

static MoltValue get_start(MoltValue v) { return ((RangeObj *)molt_ptr(v))->start; }
static MoltValue get_stop(MoltValue v) { return ((RangeObj *)molt_ptr(v))->stop; }
static MoltValue get_step(MoltValue v) { return ((RangeObj *)molt_ptr(v))->step; }

static const MoltGetSetDef range_getset[] = {
    { "start", get_start, NULL, MOLT_GETSET_MEMBER },
    { "stop", get_stop, NULL, MOLT_GETSET_MEMBER },
    { "step", get_step, NULL, MOLT_GETSET_MEMBER },
    { NULL, NULL, NULL, 0 },
};

MoltType MoltRangeObj_Type = {
    .type = &MoltType_Type,
    .name = "range",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_SEQUENCE,
    .basicsize = sizeof(RangeObj),
    .repr = range_repr,
    .truth = range_truth,
    .richcompare = range_richcompare,
    .hash = range_hash,
    .getitem = range_getitem,
    .len = range_len,
    .contains = range_contains,
    .iter = range_iter,
    .methods = range_methods,
    .getset = range_getset,
};
