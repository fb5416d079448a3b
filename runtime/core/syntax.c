/* Runtime support for unpacking assignments, starred display items and
 * `not in` (include/molt/syntax.h), with CPython 3.11's messages
 * (Python/ceval.c: unpack_iterable, LIST_EXTEND, DICT_UPDATE). */
#include <molt/molt.h>
#include <molt/syntax.h>

/* Whether the pending exception is an instance of t (or a subclass). */
static int pending_is(MoltType *t)
{
    MoltValue e = molt_err_pending();
    if (e == MOLT_NULL)
        return 0;
    for (MoltType *k = molt_type_of(e); k; k = k->base)
        if (k == t)
            return 1;
    return 0;
}

/* The iterator of v for unpacking; TypeError "cannot unpack non-iterable
 * T object" when v has none. */
static MoltValue unpack_iter(MoltValue v)
{
    MoltType *t = molt_type_of(v);
    if (!t->iter && !t->getitem)
        return molt_raise(&MoltExc_TypeError, "cannot unpack non-iterable %s object", t->name);
    return molt_iter(v);
}

/* A count operand as a size; hand-written IR (docs/ir.md) may pass
 * anything, so a bad one is an error rather than a crash. */
static int count_of(MoltValue v, size_t *n)
{
    if (!molt_is_int(v) || molt_int_value(v) < 0 || molt_int_value(v) > 1 << 20) {
        molt_raise(&MoltExc_RuntimeError, "bad unpacking count in compiled code");
        return -1;
    }
    *n = (size_t)molt_int_value(v);
    return 0;
}

MoltValue molt_unpack(MoltValue v, MoltValue nv)
{
    size_t n;
    if (count_of(nv, &n) < 0)
        return MOLT_NULL;
    if (molt_type_of(v) == &MoltTuple_Type && molt_tuple_len(v) == n)
        return v;
    MoltValue it = unpack_iter(v);
    if (it == MOLT_NULL)
        return MOLT_NULL;
    MoltValue small[8];
    MoltValue *items = n <= 8 ? small : molt_alloc(sizeof *items * n);
    for (size_t i = 0; i < n; i++) {
        MoltValue x = molt_next(it);
        if (x == MOLT_NULL)
            return MOLT_NULL;
        if (x == MOLT_STOP)
            return molt_raise(
                &MoltExc_ValueError, "not enough values to unpack (expected %zu, got %zu)", n, i);
        items[i] = x;
    }
    MoltValue extra = molt_next(it);
    if (extra == MOLT_NULL)
        return MOLT_NULL;
    if (extra != MOLT_STOP)
        return molt_raise(&MoltExc_ValueError, "too many values to unpack (expected %zu)", n);
    return molt_tuple_new(n, items);
}

MoltValue molt_unpack_ex(MoltValue v, MoltValue beforev, MoltValue afterv)
{
    size_t before, after;
    if (count_of(beforev, &before) < 0 || count_of(afterv, &after) < 0)
        return MOLT_NULL;
    MoltValue it = unpack_iter(v);
    if (it == MOLT_NULL)
        return MOLT_NULL;
    MoltValue *items = molt_alloc(sizeof *items * (before + 1 + after));
    for (size_t i = 0; i < before; i++) {
        MoltValue x = molt_next(it);
        if (x == MOLT_NULL)
            return MOLT_NULL;
        if (x == MOLT_STOP)
            return molt_raise(&MoltExc_ValueError,
                "not enough values to unpack (expected at least %zu, got %zu)", before + after, i);
        items[i] = x;
    }
    MoltValue rest = molt_list_new(0, NULL);
    for (;;) {
        MoltValue x = molt_next(it);
        if (x == MOLT_NULL)
            return MOLT_NULL;
        if (x == MOLT_STOP)
            break;
        molt_list_append(rest, x);
    }
    size_t got = molt_list_len(rest);
    if (got < after)
        return molt_raise(&MoltExc_ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
            before + after, before + got);
    for (size_t i = 0; i < after; i++)
        items[before + 1 + i] = molt_list_item(rest, got - after + i);
    /* The starred target gets the rest without the trailing `after`. */
    MoltValue *mid = molt_alloc(sizeof *mid * (got - after + 1));
    for (size_t i = 0; i < got - after; i++)
        mid[i] = molt_list_item(rest, i);
    items[before] = molt_list_new(got - after, mid);
    return molt_tuple_new(before + 1 + after, items);
}

MoltValue molt_unpacked_item(MoltValue t, MoltValue i)
{
    if (molt_type_of(t) != &MoltTuple_Type || !molt_is_int(i) || molt_int_value(i) < 0
        || (uint64_t)molt_int_value(i) >= molt_tuple_len(t))
        return MOLT_NONE; /* only hand-written IR gets here */
    return molt_tuple_item(t, (size_t)molt_int_value(i));
}

/* CPython's check after a failed extend by `*v`: a TypeError from a value
 * that is not iterable at all becomes "Value after * must be...". */
static int star_error(MoltValue v)
{
    MoltType *t = molt_type_of(v);
    if (pending_is(&MoltExc_TypeError) && !t->iter && !t->getitem) {
        molt_err_clear();
        molt_raise(&MoltExc_TypeError, "Value after * must be an iterable, not %s", t->name);
    }
    return -1;
}

int molt_list_extend_star(MoltValue list, MoltValue v)
{
    return molt_list_extend(list, v) < 0 ? star_error(v) : 0;
}

int molt_dict_update_star(MoltValue d, MoltValue m)
{
    if (molt_dict_update(d, m) == 0)
        return 0;
    if (pending_is(&MoltExc_AttributeError)
        || (pending_is(&MoltExc_TypeError) && !molt_type_of(m)->getitem)) {
        molt_err_clear();
        molt_raise(&MoltExc_TypeError, "'%s' object is not a mapping", molt_type_of(m)->name);
    }
    return -1;
}

MoltValue molt_list_to_tuple(MoltValue list)
{
    size_t n = molt_list_len(list);
    MoltValue *items = molt_alloc(sizeof *items * (n + 1));
    for (size_t i = 0; i < n; i++)
        items[i] = molt_list_item(list, i);
    return molt_tuple_new(n, items);
}

int molt_not_contains(MoltValue container, MoltValue item)
{
    int r = molt_contains(container, item);
    return r < 0 ? -1 : !r;
}
