/* slice objects and CPython's index arithmetic for slicing a sequence
 * (PySlice_Unpack and PySlice_AdjustIndices). */
#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/int.h"
#include "internal/str.h"
#include "internal/tuple.h"

/* slice(start, stop, step); MOLT_NULL parts are None. Never fails. */
MOLT_API MoltValue molt_slice_new(MoltValue start, MoltValue stop, MoltValue step)
{
    MoltSlice *s = molt_alloc(sizeof *s);
    s->ob.type = &MoltSlice_Type;
    s->start = start ? start : MOLT_NONE;
    s->stop = stop ? stop : MOLT_NONE;
    s->step = step ? step : MOLT_NONE;
    return molt_from_ptr(s);
}

int molt_slice_index(MoltValue v, int64_t *out)
{
    if (v == MOLT_NONE)
        return 0;
    if (!molt_is_intlike(v) && molt_index_try(&v) < 0)
        return -1;
    if (!molt_is_intlike(v)) {
        molt_raise(&MoltExc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    if (molt_int_as_i64(molt_int_unbool(v), out) < 0)
        *out = molt_int_sign(v) < 0 ? -INT64_MAX : INT64_MAX;
    else if (*out == INT64_MIN)
        *out = -INT64_MAX;
    return 0;
}

int64_t molt_slice_indices(MoltValue slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step)
{
    MoltSlice *s = molt_ptr(slice);
    int64_t lo, hi, st;
    if (s->step == MOLT_NONE) {
        st = 1;
    } else {
        if (molt_slice_index(s->step, &st) < 0)
            return -1;
        if (st == 0) {
            molt_raise(&MoltExc_ValueError, "slice step cannot be zero");
            return -1;
        }
    }
    if (s->start == MOLT_NONE)
        lo = st < 0 ? INT64_MAX : 0;
    else if (molt_slice_index(s->start, &lo) < 0)
        return -1;
    if (s->stop == MOLT_NONE)
        hi = st < 0 ? -INT64_MAX : INT64_MAX;
    else if (molt_slice_index(s->stop, &hi) < 0)
        return -1;
    /* PySlice_AdjustIndices */
    if (lo < 0) {
        lo += len;
        if (lo < 0)
            lo = st < 0 ? -1 : 0;
    } else if (lo >= len) {
        lo = st < 0 ? len - 1 : len;
    }
    if (hi < 0) {
        hi += len;
        if (hi < 0)
            hi = st < 0 ? -1 : 0;
    } else if (hi >= len) {
        hi = st < 0 ? len - 1 : len;
    }
    *start = lo;
    *stop = hi;
    *step = st;
    if (st < 0)
        return hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
    return lo < hi ? (hi - lo - 1) / st + 1 : 0;
}

static MoltValue slice_repr(MoltValue v)
{
    MoltSlice *s = molt_ptr(v);
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_puts(&sb, "slice(");
    if (molt_sb_append_repr(&sb, s->start) < 0)
        return MOLT_NULL;
    molt_sb_puts(&sb, ", ");
    if (molt_sb_append_repr(&sb, s->stop) < 0)
        return MOLT_NULL;
    molt_sb_puts(&sb, ", ");
    if (molt_sb_append_repr(&sb, s->step) < 0)
        return MOLT_NULL;
    molt_sb_putc(&sb, ')');
    return molt_sb_finish(&sb);
}

static MoltValue slice_richcompare(MoltValue a, MoltValue b, int op)
{
    MoltSlice *x, *y;
    MoltValue ta[3], tb[3];
    if (!molt_is_slice(a) || !molt_is_slice(b))
        return MOLT_NOTIMPLEMENTED;
    x = molt_ptr(a);
    y = molt_ptr(b);
    ta[0] = x->start;
    ta[1] = x->stop;
    ta[2] = x->step;
    tb[0] = y->start;
    tb[1] = y->stop;
    tb[2] = y->step;
    return molt_compare_slow(molt_tuple_new(3, ta), molt_tuple_new(3, tb), op);
}

/* slice(stop) / slice(start, stop[, step]) */
MoltValue molt_slice_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    (void)type;
    if (molt_no_kwargs("slice", kwnames) < 0)
        return MOLT_NULL;
    if (nargs == 0)
        return molt_raise(&MoltExc_TypeError, "slice expected at least 1 argument, got 0");
    if (nargs > 3)
        return molt_raise(&MoltExc_TypeError, "slice expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1)
        return molt_slice_new(MOLT_NONE, args[0], MOLT_NONE);
    return molt_slice_new(args[0], args[1], nargs == 3 ? args[2] : MOLT_NONE);
}

/* A slice bound or step as an int (__index__ honoured). */
static MoltValue big_bound(MoltValue v)
{
    if (!molt_is_intlike(v) && molt_index_try(&v) < 0)
        return MOLT_NULL;
    if (!molt_is_intlike(v))
        return molt_raise(
            &MoltExc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return molt_int_unbool(v);
}

/* bound (None: dflt) adjusted to a sequence of length len and clamped to
 * [lower, upper]. */
static MoltValue big_clamp(MoltValue v, MoltValue dflt, MoltValue len, MoltValue lower, MoltValue upper)
{
    if (v == MOLT_NONE)
        return dflt;
    if (!(v = big_bound(v)))
        return MOLT_NULL;
    if (molt_int_sign(v) < 0) {
        v = molt_int_binop(MOLT_OP_ADD, v, len);
        if (v && molt_int_cmp(v, lower) < 0)
            v = lower;
    } else if (molt_int_cmp(v, upper) > 0) {
        v = upper;
    }
    return v;
}

int molt_slice_indices_big(MoltValue slice, MoltValue len, MoltValue *start, MoltValue *stop, MoltValue *step)
{
    MoltSlice *s = molt_ptr(slice);
    MoltValue st = MOLT_INT(1), lower, upper;
    int neg;
    if (s->step != MOLT_NONE) {
        if (!(st = big_bound(s->step)))
            return -1;
        if (molt_int_sign(st) == 0) {
            molt_raise(&MoltExc_ValueError, "slice step cannot be zero");
            return -1;
        }
    }
    neg = molt_int_sign(st) < 0;
    lower = neg ? MOLT_INT(-1) : MOLT_INT(0);
    upper = neg ? molt_int_binop(MOLT_OP_ADD, len, lower) : len;
    if (!upper)
        return -1;
    *start = big_clamp(s->start, neg ? upper : lower, len, lower, upper);
    if (!*start)
        return -1;
    *stop = big_clamp(s->stop, neg ? lower : upper, len, lower, upper);
    if (!*stop)
        return -1;
    *step = st;
    return 0;
}

/* slice.indices(length): (start, stop, step) clamped to a sequence of
 * that length, as CPython computes them. */
static MoltValue m_indices(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue len, out[3];
    if (molt_method_nargs("slice", "indices", nargs, 1, 1, kwnames) < 0)
        return MOLT_NULL;
    len = molt_number_index(args[1]);
    if (!len)
        return MOLT_NULL;
    if (molt_int_sign(len) < 0)
        return molt_raise(&MoltExc_ValueError, "length should not be negative");
    if (molt_slice_indices_big(args[0], molt_int_unbool(len), &out[0], &out[1], &out[2]) < 0)
        return MOLT_NULL;
    return molt_tuple_new(3, out);
}

static const MoltMethodDef slice_methods[] = {
    { "indices", m_indices, 0 },
    { NULL, NULL, 0 },
};

static MoltValue get_start(MoltValue v) { return ((MoltSlice *)molt_ptr(v))->start; }
static MoltValue get_stop(MoltValue v) { return ((MoltSlice *)molt_ptr(v))->stop; }
static MoltValue get_step(MoltValue v) { return ((MoltSlice *)molt_ptr(v))->step; }

static const MoltGetSetDef slice_getset[] = {
    { "start", get_start, NULL, MOLT_GETSET_MEMBER },
    { "stop", get_stop, NULL, MOLT_GETSET_MEMBER },
    { "step", get_step, NULL, MOLT_GETSET_MEMBER },
    { NULL, NULL, NULL, 0 },
};

MOLT_API MoltType MoltSlice_Type = {
    .type = &MoltType_Type,
    .name = "slice",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MoltSlice),
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .hash = molt_hash_unhashable,
    .methods = slice_methods,
    .getset = slice_getset,
};
