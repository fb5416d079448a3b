/* tuple: an immutable array of values; repr with CPython's (1,) rule,
 * comparison, concatenation and repetition. */
#include <string.h>

#include "internal/alloc.h"
#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/int.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

MoltTuple molt_empty_tuple = { { &MoltTuple_Type }, 0 };

static MoltTuple *tuple_alloc(size_t n)
{
    MoltTuple *t = molt_alloc(sizeof(MoltTuple) + n * sizeof(MoltValue));
    t->ob.type = &MoltTuple_Type;
    t->n = n;
    return t;
}

/* A tuple of copies of items[0..n); the empty tuple is shared. */
MOLT_API MoltValue molt_tuple_new(size_t n, const MoltValue *items)
{
    MoltTuple *t;
    if (n == 0)
        return molt_from_ptr(&molt_empty_tuple);
    t = tuple_alloc(n);
    memcpy(t->items, items, n * sizeof(MoltValue));
    return molt_from_ptr(t);
}

/* Length of tuple t. */
MOLT_API size_t molt_tuple_len(MoltValue t) { return molt_tuple_obj(t)->n; }

/* Item i of tuple t. Precondition: i < len. */
MOLT_API MoltValue molt_tuple_item(MoltValue t, size_t i) { return molt_tuple_obj(t)->items[i]; }

/* tuple() / tuple(iterable) */
MoltValue molt_tuple_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (molt_no_kwargs("tuple", kwnames) < 0)
        return MOLT_NULL;
    if (nargs > 1)
        return molt_raise(&MoltExc_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
    if (nargs == 0)
        return molt_from_ptr(&molt_empty_tuple);
    if (molt_is_tuple(args[0]) && type == molt_from_ptr(&MoltTuple_Type))
        return args[0];
    {
        MoltValue *items, r;
        int64_t n = molt_collect(args[0], &items);
        if (n < 0)
            return MOLT_NULL;
        if (type == molt_from_ptr(&MoltTuple_Type))
            return molt_tuple_new((size_t)n, items);
        r = molt_from_ptr(tuple_alloc((size_t)n));
        memcpy(molt_tuple_obj(r)->items, items, (size_t)n * sizeof(MoltValue));
        molt_tuple_obj(r)->ob.type = molt_ptr(type);
        return r;
    }
}

static MoltValue tuple_repr(MoltValue v)
{
    MoltTuple *t = molt_tuple_obj(v);
    MoltStrBuf sb;
    size_t i;
    if (t->n == 0)
        return molt_str_from_utf8("()", 2);
    /* a tuple reached again through a list inside it prints as (...) */
    if (molt_repr_enter(v))
        return molt_str_from_utf8("(...)", 5);
    if (molt_enter() < 0) {
        molt_repr_leave(v);
        return MOLT_NULL;
    }
    molt_sb_init(&sb);
    molt_sb_putc(&sb, '(');
    for (i = 0; i < t->n; i++) {
        if (i)
            molt_sb_append(&sb, ", ", 2);
        if (molt_sb_append_repr(&sb, t->items[i]) < 0) {
            molt_leave();
            molt_repr_leave(v);
            return MOLT_NULL;
        }
    }
    if (t->n == 1)
        molt_sb_putc(&sb, ',');
    molt_sb_putc(&sb, ')');
    molt_leave();
    molt_repr_leave(v);
    return molt_sb_finish(&sb);
}

static int tuple_truth(MoltValue v) { return molt_tuple_obj(v)->n != 0; }

/* Lexicographic, as CPython: first differing item decides (== first). */
static MoltValue tuple_richcompare(MoltValue a, MoltValue b, int op)
{
    MoltTuple *x, *y;
    size_t i;
    if (!molt_is_tuple(a) || !molt_is_tuple(b))
        return MOLT_NOTIMPLEMENTED;
    x = molt_tuple_obj(a);
    y = molt_tuple_obj(b);
    if ((op == MOLT_EQ || op == MOLT_NE) && x->n != y->n)
        return molt_bool(op == MOLT_NE);
    for (i = 0; i < x->n && i < y->n; i++) {
        MoltValue e;
        int k;
        if (x->items[i] == y->items[i])
            continue;
        e = molt_eq(x->items[i], y->items[i]);
        if (!e)
            return MOLT_NULL;
        k = molt_truth(e);
        if (k < 0)
            return MOLT_NULL;
        if (!k)
            break;
    }
    if (i >= x->n || i >= y->n) {
        size_t p = x->n, q = y->n;
        return molt_cmp_result(op, (p > q) - (p < q));
    }
    if (op == MOLT_EQ)
        return MOLT_FALSE;
    if (op == MOLT_NE)
        return MOLT_TRUE;
    return molt_compare_slow(x->items[i], y->items[i], op);
}

static MoltValue tuple_concat(MoltValue a, MoltValue b)
{
    MoltTuple *x, *y, *r;
    if (!molt_is_tuple(a) || !molt_is_tuple(b))
        return MOLT_NOTIMPLEMENTED;
    x = molt_tuple_obj(a);
    y = molt_tuple_obj(b);
    if (y->n == 0)
        return a;
    if (x->n == 0)
        return b;
    r = tuple_alloc(x->n + y->n);
    memcpy(r->items, x->items, x->n * sizeof(MoltValue));
    memcpy(r->items + x->n, y->items, y->n * sizeof(MoltValue));
    return molt_from_ptr(r);
}

static MoltValue tuple_repeat(MoltValue a, MoltValue b)
{
    MoltValue t, n;
    MoltTuple *x, *r;
    int64_t count;
    size_t i;
    if (molt_is_tuple(a) && molt_is_intlike(b)) {
        t = a;
        n = b;
    } else if (molt_is_tuple(b) && molt_is_intlike(a)) {
        t = b;
        n = a;
    } else {
        return MOLT_NOTIMPLEMENTED;
    }
    x = molt_tuple_obj(t);
    if (molt_int_as_i64(molt_int_unbool(n), &count) < 0)
        return molt_raise(&MoltExc_OverflowError, "cannot fit 'int' into an index-sized integer");
    if (count <= 0 || x->n == 0)
        return molt_from_ptr(&molt_empty_tuple);
    if (count == 1)
        return t;
    if (x->n > (MOLT_MAX_ALLOC / sizeof(MoltValue)) / (uint64_t)count)
        return molt_raise_args(&MoltExc_MemoryError, NULL, 0);
    r = tuple_alloc(x->n * (size_t)count);
    for (i = 0; i < (size_t)count; i++)
        memcpy(r->items + i * x->n, x->items, x->n * sizeof(MoltValue));
    return molt_from_ptr(r);
}

/* ---- subscripts, len, `in`, iteration ---- */

static MoltValue tuple_getitem(MoltValue self, MoltValue key)
{
    MoltTuple *t = molt_tuple_obj(self);
    int64_t i, start, stop, step, n;
    if (!molt_is_intlike(key) && molt_index_key(&key) < 0)
        return MOLT_NULL;
    if (molt_is_intlike(key)) {
        if (molt_index_i64(key, &i) < 0)
            return MOLT_NULL;
        if (i < 0)
            i += (int64_t)t->n;
        if (i < 0 || i >= (int64_t)t->n)
            return molt_raise(&MoltExc_IndexError, "tuple index out of range");
        return t->items[i];
    }
    if (molt_unbox(key) != key) /* an int subclass */
        return tuple_getitem(self, molt_unbox(key));
    if (!molt_is_slice(key))
        return molt_raise(
            &MoltExc_TypeError, "tuple indices must be integers or slices, not %s", molt_type_name(key));
    n = molt_slice_indices(key, (int64_t)t->n, &start, &stop, &step);
    if (n < 0)
        return MOLT_NULL;
    if (n == (int64_t)t->n && step == 1 && molt_is_tuple(self))
        return self;
    if (step == 1)
        return molt_tuple_new((size_t)n, t->items + start);
    {
        MoltTuple *r;
        if (n == 0)
            return molt_from_ptr(&molt_empty_tuple);
        r = tuple_alloc((size_t)n);
        for (i = 0; i < n; i++)
            r->items[i] = t->items[start + i * step];
        return molt_from_ptr(r);
    }
}

static int64_t tuple_len(MoltValue self) { return (int64_t)molt_tuple_obj(self)->n; }

static int tuple_contains(MoltValue self, MoltValue item)
{
    MoltTuple *t = molt_tuple_obj(self);
    size_t i;
    for (i = 0; i < t->n; i++) {
        int r = molt_equal(t->items[i], item);
        if (r)
            return r;
    }
    return 0;
}

static MoltValue tuple_iter(MoltValue self) { return molt_seq_iter_new(self); }

/* ---- methods: args[0] is self ---- */

static MoltValue m_count(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltTuple *t = molt_tuple_obj(args[0]);
    size_t i;
    int64_t c = 0;
    if (molt_no_kwargs("tuple.count", kwnames) < 0)
        return MOLT_NULL;
    if (nargs != 2)
        return molt_raise(
            &MoltExc_TypeError, "tuple.count() takes exactly one argument (%zu given)", nargs - 1);
    for (i = 0; i < t->n; i++) {
        int r = molt_equal(t->items[i], args[1]);
        if (r < 0)
            return MOLT_NULL;
        c += r;
    }
    return molt_from_int(c);
}

static int clamp_arg(MoltValue v, int64_t len, int64_t *out)
{
    if (!molt_is_intlike(v) && molt_index_try(&v) < 0)
        return -1;
    if (!molt_is_intlike(v)) {
        molt_raise(&MoltExc_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    if (molt_int_as_i64(molt_int_unbool(v), out) < 0)
        *out = molt_int_sign(v) < 0 ? -INT64_MAX : INT64_MAX;
    if (*out < 0) {
        *out += len;
        if (*out < 0)
            *out = 0;
    }
    return 0;
}

static MoltValue m_index(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltTuple *t = molt_tuple_obj(args[0]);
    int64_t start = 0, stop = INT64_MAX, i;
    if (molt_no_kwargs("tuple.index", kwnames) < 0)
        return MOLT_NULL;
    if (nargs < 2)
        return molt_raise(&MoltExc_TypeError, "index expected at least 1 argument, got %zu", nargs - 1);
    if (nargs > 4)
        return molt_raise(&MoltExc_TypeError, "index expected at most 3 arguments, got %zu", nargs - 1);
    if (nargs > 2 && clamp_arg(args[2], (int64_t)t->n, &start) < 0)
        return MOLT_NULL;
    if (nargs > 3 && clamp_arg(args[3], (int64_t)t->n, &stop) < 0)
        return MOLT_NULL;
    for (i = start; i < stop && i < (int64_t)t->n; i++) {
        int r = molt_equal(t->items[i], args[1]);
        if (r < 0)
            return MOLT_NULL;
        if (r)
            return molt_from_int(i);
    }
    return molt_raise(&MoltExc_ValueError, "tuple.index(x): x not in tuple");
}

/* tuple.__getnewargs__(): (a tuple equal to self,), pickle's protocol. */
static MoltValue m_getnewargs(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (molt_method_noargs("tuple", "__getnewargs__", nargs, kwnames) < 0)
        return MOLT_NULL;
    return molt_tuple_new(1, args);
}

static const MoltMethodDef tuple_methods[] = {
    { "count", m_count, 0 },
    { "index", m_index, 0 },
    { "__getnewargs__", m_getnewargs, 0 },
    { NULL, NULL, 0 },
};

MOLT_API MoltType MoltTuple_Type = {
    .type = &MoltType_Type,
    .name = "tuple",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_BASETYPE | MOLT_TYPE_SEQUENCE | MOLT_TYPE_MATCH_SELF,
    .basicsize = sizeof(MoltTuple),
    .repr = tuple_repr,
    .truth = tuple_truth,
    .richcompare = tuple_richcompare,
    .binop = { [MOLT_OP_ADD] = tuple_concat, [MOLT_OP_MUL] = tuple_repeat },
    .getitem = tuple_getitem,
    .len = tuple_len,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .methods = tuple_methods,
};
