/* The object protocols on any value: subscripts, len, `in`, iteration,
 * dispatching on the type slots (inherited along the base chain) with
 * CPython's TypeErrors; element equality, index conversion and the repr
 * recursion guard shared by the containers. */
#include <string.h>

#include "internal/class.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/int.h"
#include "internal/type.h"

/* Each finder returns the first non-NULL slot along the base chain. */
#define DEFINE_FINDER(fname, ftype, field) \
    static ftype fname(const MoltType *t)  \
    {                                      \
        for (; t; t = t->base)             \
            if (t->field)                  \
                return t->field;           \
        return NULL;                       \
    }

typedef MoltValue (*GetItemFn)(MoltValue, MoltValue);
typedef int (*SetItemFn)(MoltValue, MoltValue, MoltValue);
typedef int64_t (*LenFn)(MoltValue);
typedef int (*ContainsFn)(MoltValue, MoltValue);

DEFINE_FINDER(find_getitem, GetItemFn, getitem)
DEFINE_FINDER(find_setitem, SetItemFn, setitem)
DEFINE_FINDER(find_len, LenFn, len)
DEFINE_FINDER(find_contains, ContainsFn, contains)
DEFINE_FINDER(find_iter, MoltUnaryFn, iter)
DEFINE_FINDER(find_iternext, MoltUnaryFn, iternext)

/* o[key] */
MOLT_API MoltValue molt_getitem(MoltValue o, MoltValue key)
{
    GetItemFn f = find_getitem(molt_type_of(o));
    if (f)
        return f(o, key);
    if (molt_is_type(o))
        return molt_raise(
            &MoltExc_TypeError, "type '%s' is not subscriptable", ((MoltType *)molt_ptr(o))->name);
    return molt_raise(&MoltExc_TypeError, "'%s' object is not subscriptable", molt_type_name(o));
}

/* o[key] = value */
MOLT_API int molt_setitem(MoltValue o, MoltValue key, MoltValue value)
{
    SetItemFn f = find_setitem(molt_type_of(o));
    if (f)
        return f(o, key, value);
    molt_raise(&MoltExc_TypeError, "'%s' object does not support item assignment", molt_type_name(o));
    return -1;
}

/* del o[key] */
MOLT_API int molt_delitem(MoltValue o, MoltValue key)
{
    SetItemFn f = find_setitem(molt_type_of(o));
    if (f)
        return f(o, key, MOLT_NULL);
    if (find_getitem(molt_type_of(o)))
        molt_raise(&MoltExc_TypeError, "'%s' object doesn't support item deletion", molt_type_name(o));
    else
        molt_raise(&MoltExc_TypeError, "'%s' object does not support item deletion", molt_type_name(o));
    return -1;
}

/* len(o) */
MOLT_API int64_t molt_len(MoltValue o)
{
    LenFn f = find_len(molt_type_of(o));
    if (f)
        return f(o);
    molt_raise(&MoltExc_TypeError, "object of type '%s' has no len()", molt_type_name(o));
    return -1;
}

/* A user class with __getitem__ but no __iter__ iterates by index, as
 * CPython's PySequence_Check + PySeqIter_New. */
static int getitem_iterable(const MoltType *t)
{
    return molt_is_heaptype(t) && find_getitem(t)
        && molt_type_lookup_cstr((MoltType *)t, "__getitem__", NULL);
}

/* item in container: the contains slot, else a linear search through the
 * iterator, as CPython's PySequence_Contains. */
MOLT_API int molt_contains(MoltValue container, MoltValue item)
{
    const MoltType *t = molt_type_of(container);
    ContainsFn f = find_contains(t);
    MoltValue it, x;
    if (f)
        return f(container, item);
    if (!find_iter(t) && !getitem_iterable(t)) {
        molt_raise(&MoltExc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    it = molt_iter(container);
    if (!it)
        return -1;
    while ((x = molt_next(it)) != MOLT_STOP) {
        int r;
        if (!x)
            return -1;
        r = molt_equal(x, item);
        if (r)
            return r;
    }
    return 0;
}

/* iter(o) */
MOLT_API MoltValue molt_iter(MoltValue o)
{
    MoltUnaryFn f = find_iter(molt_type_of(o));
    MoltValue it;
    if (!f && getitem_iterable(molt_type_of(o)))
        return molt_getitem_iter_new(o);
    if (!f)
        return molt_raise(&MoltExc_TypeError, "'%s' object is not iterable", molt_type_name(o));
    it = f(o);
    if (it && !find_iternext(molt_type_of(it)))
        return molt_raise(
            &MoltExc_TypeError, "iter() returned non-iterator of type '%s'", molt_type_name(it));
    return it;
}

/* next(it): item, MOLT_STOP, or MOLT_NULL. */
MOLT_API MoltValue molt_next(MoltValue it)
{
    MoltUnaryFn f = find_iternext(molt_type_of(it));
    if (!f)
        return molt_raise(&MoltExc_TypeError, "'%s' object is not an iterator", molt_type_name(it));
    return f(it);
}

/* ---- shared helpers (internal/containers.h) ---- */

int molt_is_iterable(MoltValue v) { return find_iter(molt_type_of(v)) != NULL; }

int molt_equal(MoltValue a, MoltValue b)
{
    MoltValue r;
    if (a == b)
        return 1;
    if (molt_both_int(a, b))
        return 0;
    r = molt_eq(a, b);
    if (!r)
        return -1;
    return molt_truth(r);
}

int molt_index_i64(MoltValue v, int64_t *out)
{
    if (molt_is_int(v)) {
        *out = molt_int_value(v);
        return 0;
    }
    if (molt_int_as_i64(molt_int_unbool(v), out) < 0) {
        molt_raise(&MoltExc_IndexError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return 0;
}

int molt_index_try(MoltValue *v)
{
    MoltValue r;
    int found;
    if (molt_is_intlike(*v))
        return 1;
    /* an int subclass's instance is its value, __index__ or not (CPython's
     * PyLong_Check comes first) */
    if (molt_unbox(*v) != *v && molt_is_intlike(molt_unbox(*v))) {
        *v = molt_unbox(*v);
        return 1;
    }
    /* only user classes can define __index__ (int itself is int-like) */
    if (!molt_is_ptr(*v) || !molt_is_heaptype(molt_type_of(*v)))
        return 0;
    r = molt_call_special(*v, "__index__", NULL, 0, &found);
    if (!found)
        return 0;
    if (!r)
        return -1;
    if (!molt_is_intlike(r)) {
        molt_raise(&MoltExc_TypeError, "__index__ returned non-int (type %s)", molt_type_name(r));
        return -1;
    }
    *v = molt_int_unbool(r);
    return 1;
}

MoltValue molt_number_index(MoltValue v)
{
    int r = molt_index_try(&v);
    if (r < 0)
        return MOLT_NULL;
    if (r == 0)
        return molt_raise(
            &MoltExc_TypeError, "'%s' object cannot be interpreted as an integer", molt_type_name(v));
    return v;
}

int molt_ssize_arg(MoltValue v, int64_t *out)
{
    v = molt_number_index(v);
    if (!v)
        return -1;
    if (molt_int_as_i64(molt_int_unbool(v), out) < 0) {
        molt_raise(&MoltExc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

int molt_index_key(MoltValue *key)
{
    MoltValue k = *key;
    int64_t i;
    int r;
    if (molt_is_intlike(k) || molt_is_slice(k))
        return 0;
    if ((r = molt_index_try(key)) < 0)
        return -1;
    if (r > 0 && molt_int_as_i64(*key, &i) < 0) {
        molt_raise(&MoltExc_IndexError, "cannot fit '%s' into an index-sized integer", molt_type_name(k));
        return -1;
    }
    return 0;
}

/* Objects whose repr is in progress, innermost last. */
static MoltValue *repr_stack;
static size_t repr_depth, repr_cap;

int molt_repr_enter(MoltValue o)
{
    size_t i;
    for (i = 0; i < repr_depth; i++)
        if (repr_stack[i] == o)
            return 1;
    if (repr_depth == repr_cap) {
        size_t cap = repr_cap ? repr_cap * 2 : 16;
        MoltValue *s = molt_alloc(cap * sizeof(MoltValue));
        if (repr_depth)
            memcpy(s, repr_stack, repr_depth * sizeof(MoltValue));
        repr_stack = s;
        repr_cap = cap;
    }
    repr_stack[repr_depth++] = o;
    return 0;
}

void molt_repr_leave(MoltValue o)
{
    size_t i = repr_depth;
    while (i > 0 && repr_stack[i - 1] != o)
        i--;
    if (i > 0) {
        memmove(repr_stack + i - 1, repr_stack + i, (repr_depth - i) * sizeof(MoltValue));
        repr_depth--;
    }
}
