/* tuple: an immutable array of values; repr with CPython's (1,) rule,
 * comparison, concatenation and repetition. */
#include <string.h>

#include "internal/alloc.h"
#include "internal/builtins.h"
#include "internal/exceptions.h"
#include "internal/int.h"
#include "internal/str.h"
#include "internal/tuple.h"

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

/* tuple() and tuple(t) for a tuple t; other iterables need the iteration
 * protocol, which does not exist yet. */
MoltValue molt_tuple_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    (void)type;
    if (molt_no_kwargs("tuple", kwnames) < 0)
        return MOLT_NULL;
    if (nargs > 1)
        return molt_raise(&MoltExc_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
    if (nargs == 0)
        return molt_from_ptr(&molt_empty_tuple);
    if (molt_is_tuple(args[0]))
        return args[0];
    return molt_raise(&MoltExc_TypeError, "'%s' object is not iterable", molt_type_of(args[0])->name);
}

static MoltValue tuple_repr(MoltValue v)
{
    MoltTuple *t = molt_tuple_obj(v);
    MoltStrBuf sb;
    size_t i;
    if (t->n == 0)
        return molt_str_from_utf8("()", 2);
    if (molt_enter() < 0)
        return MOLT_NULL;
    molt_sb_init(&sb);
    molt_sb_putc(&sb, '(');
    for (i = 0; i < t->n; i++) {
        if (i)
            molt_sb_append(&sb, ", ", 2);
        if (molt_sb_append_repr(&sb, t->items[i]) < 0) {
            molt_leave();
            return MOLT_NULL;
        }
    }
    if (t->n == 1)
        molt_sb_putc(&sb, ',');
    molt_sb_putc(&sb, ')');
    molt_leave();
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
        switch (op) {
        case MOLT_LT:
            return molt_bool(p < q);
        case MOLT_LE:
            return molt_bool(p <= q);
        case MOLT_EQ:
            return molt_bool(p == q);
        case MOLT_NE:
            return molt_bool(p != q);
        case MOLT_GT:
            return molt_bool(p > q);
        default:
            return molt_bool(p >= q);
        }
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
};
