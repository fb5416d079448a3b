/* list: a growable array of values. Indexing and slicing (get, set and del
 * with steps), comparison, concatenation and repetition, repr with
 * recursion, the list methods (sort is in listsort.c). */
#include <string.h>

#include "internal/alloc.h"
#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/int.h"
#include "internal/list.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

/* ------------------------------------------------------------------ */
/* storage */

/* Make room for n items (CPython's list_resize over-allocation:
 * n + n/8 + 6, rounded down to a multiple of 4). */
static void list_resize(MoltList *l, size_t n)
{
    size_t cap;
    MoltValue *items;
    if (n <= l->cap && n >= l->cap / 2) {
        l->n = n;
        return;
    }
    if (n > MOLT_MAX_ALLOC / sizeof(MoltValue))
        molt_fatal_oom("list");
    cap = (n + (n >> 3) + 6) & ~(size_t)3;
    if (n == 0)
        cap = 0;
    items = cap ? molt_alloc(cap * sizeof(MoltValue)) : NULL;
    if (l->n && cap)
        memcpy(items, l->items, (l->n < n ? l->n : n) * sizeof(MoltValue));
    l->items = items;
    l->cap = cap;
    l->n = n;
}

/* Too many items for memory: MemoryError, -1. */
static int too_big(size_t a, size_t b)
{
    if (a > (MOLT_MAX_ALLOC / sizeof(MoltValue)) - b) {
        molt_raise_args(&MoltExc_MemoryError, NULL, 0);
        return 1;
    }
    return 0;
}

static MoltList *list_alloc(size_t n)
{
    MoltList *l = molt_alloc(sizeof(MoltList));
    l->ob.type = &MoltList_Type;
    list_resize(l, n);
    return l;
}

/* A list of copies of items[0..n). Never fails. */
MOLT_API MoltValue molt_list_new(size_t n, const MoltValue *items)
{
    MoltList *l = list_alloc(n);
    if (n)
        memcpy(l->items, items, n * sizeof(MoltValue));
    return molt_from_ptr(l);
}

/* A list of n empty (MOLT_NULL) items for the caller to fill before the
 * list is seen by anyone else. Never fails. */
MoltValue molt_list_new_unfilled(size_t n) { return molt_from_ptr(list_alloc(n)); }

MOLT_API int molt_list_append(MoltValue list, MoltValue v)
{
    MoltList *l = molt_list_obj(list);
    size_t n = l->n;
    if (n < l->cap) {
        l->items[n] = v;
        l->n = n + 1;
        return 0;
    }
    list_resize(l, n + 1);
    l->items[n] = v;
    return 0;
}

MOLT_API int molt_list_extend(MoltValue list, MoltValue iterable)
{
    MoltList *l = molt_list_obj(list);
    MoltValue it, x;
    /* a list subclass that overrides __iter__ is iterated (CPython's
     * PyList_CheckExact fast path) */
    if ((molt_is_list(iterable) && molt_type_of(iterable)->iter == MoltList_Type.iter)
        || molt_is_tuple(iterable)) {
        const MoltValue *src;
        size_t m, n = l->n;
        if (molt_is_list(iterable)) {
            src = molt_list_obj(iterable)->items;
            m = molt_list_obj(iterable)->n;
        } else {
            src = molt_tuple_obj(iterable)->items;
            m = molt_tuple_obj(iterable)->n;
        }
        if (m == 0)
            return 0;
        if (too_big(n, m))
            return -1;
        list_resize(l, n + m);
        /* src may be l's old array (xs.extend(xs)): resizing keeps it */
        memmove(l->items + n, src, m * sizeof(MoltValue));
        return 0;
    }
    it = molt_iter(iterable);
    if (!it)
        return -1;
    while ((x = molt_next(it)) != MOLT_STOP) {
        if (!x)
            return -1;
        molt_list_append(list, x);
    }
    return 0;
}

MOLT_API size_t molt_list_len(MoltValue list) { return molt_list_obj(list)->n; }

MOLT_API MoltValue molt_list_item(MoltValue list, size_t i) { return molt_list_obj(list)->items[i]; }

MoltValue molt_list_from_iterable(MoltValue iterable)
{
    MoltValue l = molt_list_new(0, NULL);
    if (molt_list_extend(l, iterable) < 0)
        return MOLT_NULL;
    return l;
}

/* list() / list(iterable) */
MoltValue molt_list_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue l;
    if (molt_no_kwargs("list", kwnames) < 0)
        return MOLT_NULL;
    if (nargs > 1)
        return molt_raise(&MoltExc_TypeError, "list expected at most 1 argument, got %zu", nargs);
    if (type == molt_from_ptr(&MoltList_Type)) {
        l = molt_list_new(0, NULL);
    } else {
        /* a subclass: its instances have attribute storage */
        l = molt_inst_alloc(molt_ptr(type));
    }
    if (nargs == 1 && molt_list_extend(l, args[0]) < 0)
        return MOLT_NULL;
    return l;
}

int64_t molt_collect(MoltValue iterable, MoltValue **items)
{
    MoltValue l;
    if (molt_is_tuple(iterable)) {
        *items = molt_tuple_obj(iterable)->items;
        return (int64_t)molt_tuple_obj(iterable)->n;
    }
    l = molt_list_from_iterable(iterable);
    if (!l)
        return -1;
    *items = molt_list_obj(l)->items;
    return (int64_t)molt_list_obj(l)->n;
}

/* ------------------------------------------------------------------ */
/* subscripts */

/* A normalised index for item access: 0, or -1 with IndexError msg. */
static int list_index(MoltList *l, MoltValue key, int64_t *i, const char *msg)
{
    if (molt_index_i64(key, i) < 0)
        return -1;
    if (*i < 0)
        *i += (int64_t)l->n;
    if (*i < 0 || *i >= (int64_t)l->n) {
        molt_raise(&MoltExc_IndexError, "%s", msg);
        return -1;
    }
    return 0;
}

static MoltValue list_getitem(MoltValue self, MoltValue key)
{
    MoltList *l = molt_list_obj(self), *r;
    int64_t i, start, stop, step, n;
    if (!molt_is_intlike(key) && molt_index_key(&key) < 0)
        return MOLT_NULL;
    if (molt_is_int(key)) {
        i = molt_int_value(key);
        if (i < 0)
            i += (int64_t)l->n;
        if (i < 0 || i >= (int64_t)l->n)
            return molt_raise(&MoltExc_IndexError, "list index out of range");
        return l->items[i];
    }
    if (molt_is_intlike(key)) {
        if (list_index(l, key, &i, "list index out of range") < 0)
            return MOLT_NULL;
        return l->items[i];
    }
    if (molt_unbox(key) != key) /* an int subclass */
        return list_getitem(self, molt_unbox(key));
    if (!molt_is_slice(key))
        return molt_raise(
            &MoltExc_TypeError, "list indices must be integers or slices, not %s", molt_type_name(key));
    n = molt_slice_indices(key, (int64_t)l->n, &start, &stop, &step);
    if (n < 0)
        return MOLT_NULL;
    r = list_alloc((size_t)n);
    if (step == 1)
        memcpy(r->items, l->items + start, (size_t)n * sizeof(MoltValue));
    else
        for (i = 0; i < n; i++)
            r->items[i] = l->items[start + i * step];
    return molt_from_ptr(r);
}

/* del l[start:stop:step] selecting n items. */
static void del_slice(MoltList *l, int64_t start, int64_t step, int64_t n)
{
    int64_t i, j, k;
    if (n <= 0)
        return;
    if (step < 0) {
        start = start + (n - 1) * step;
        step = -step;
    }
    /* compact: keep items not selected */
    for (i = start, j = start, k = 0; i < (int64_t)l->n; i++) {
        if (k < n && i == start + k * step) {
            k++;
            continue;
        }
        l->items[j++] = l->items[i];
    }
    list_resize(l, (size_t)j);
}

static int list_ass_slice(MoltList *l, MoltValue key, MoltValue value)
{
    int64_t start, stop, step, n, i;
    MoltValue *src;
    int64_t m;
    n = molt_slice_indices(key, (int64_t)l->n, &start, &stop, &step);
    if (n < 0)
        return -1;
    if (!value) {
        del_slice(l, start, step, n);
        return 0;
    }
    if (molt_from_ptr(l) == value) {
        m = (int64_t)l->n;
        src = molt_alloc((size_t)m * sizeof(MoltValue) + 1);
        memcpy(src, l->items, (size_t)m * sizeof(MoltValue));
    } else if (!molt_is_iterable(value)) {
        molt_raise(&MoltExc_TypeError,
            step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        return -1;
    } else if ((m = molt_collect(value, &src)) < 0) {
        return -1;
    }
    if (step == 1) {
        size_t old = l->n;
        int64_t hi = stop < start ? start : stop, removed = hi - start;
        size_t newn = old - (size_t)removed + (size_t)m;
        MoltValue *tail;
        size_t ntail = old - (size_t)hi;
        tail = molt_alloc(ntail * sizeof(MoltValue) + 1);
        memcpy(tail, l->items + hi, ntail * sizeof(MoltValue));
        list_resize(l, newn);
        memcpy(l->items + start, src, (size_t)m * sizeof(MoltValue));
        memcpy(l->items + start + m, tail, ntail * sizeof(MoltValue));
        return 0;
    }
    if (m != n) {
        molt_raise(&MoltExc_ValueError,
            "attempt to assign sequence of size %lld to extended slice of size %lld", (long long)m,
            (long long)n);
        return -1;
    }
    for (i = 0; i < n; i++)
        l->items[start + i * step] = src[i];
    return 0;
}

static int list_setitem(MoltValue self, MoltValue key, MoltValue value)
{
    MoltList *l = molt_list_obj(self);
    int64_t i;
    if (!molt_is_intlike(key) && molt_index_key(&key) < 0)
        return -1;
    if (molt_is_intlike(key)) {
        if (list_index(l, key, &i, "list assignment index out of range") < 0)
            return -1;
        if (value) {
            l->items[i] = value;
        } else {
            memmove(l->items + i, l->items + i + 1, (l->n - (size_t)i - 1) * sizeof(MoltValue));
            list_resize(l, l->n - 1);
        }
        return 0;
    }
    if (molt_unbox(key) != key) /* an int subclass */
        return list_setitem(self, molt_unbox(key), value);
    if (!molt_is_slice(key)) {
        molt_raise(
            &MoltExc_TypeError, "list indices must be integers or slices, not %s", molt_type_name(key));
        return -1;
    }
    return list_ass_slice(l, key, value);
}

static int64_t list_len(MoltValue self) { return (int64_t)molt_list_obj(self)->n; }

static int list_contains(MoltValue self, MoltValue item)
{
    MoltList *l = molt_list_obj(self);
    size_t i;
    for (i = 0; i < l->n; i++) {
        int r = molt_equal(l->items[i], item);
        if (r)
            return r;
    }
    return 0;
}

static int list_truth(MoltValue v) { return molt_list_obj(v)->n != 0; }

/* ------------------------------------------------------------------ */
/* repr, comparison, operators */

static MoltValue list_repr(MoltValue v)
{
    MoltList *l = molt_list_obj(v);
    MoltStrBuf sb;
    size_t i;
    if (l->n == 0)
        return molt_str_from_utf8("[]", 2);
    if (molt_repr_enter(v))
        return molt_str_from_utf8("[...]", 5);
    if (molt_enter() < 0) {
        molt_repr_leave(v);
        return MOLT_NULL;
    }
    molt_sb_init(&sb);
    molt_sb_putc(&sb, '[');
    for (i = 0; i < l->n; i++) {
        if (i)
            molt_sb_append(&sb, ", ", 2);
        if (molt_sb_append_repr(&sb, l->items[i]) < 0) {
            molt_leave();
            molt_repr_leave(v);
            return MOLT_NULL;
        }
    }
    molt_sb_putc(&sb, ']');
    molt_leave();
    molt_repr_leave(v);
    return molt_sb_finish(&sb);
}

static MoltValue list_richcompare(MoltValue a, MoltValue b, int op)
{
    MoltList *x, *y;
    size_t i;
    if (!molt_is_list(a) || !molt_is_list(b))
        return MOLT_NOTIMPLEMENTED;
    x = molt_list_obj(a);
    y = molt_list_obj(b);
    if ((op == MOLT_EQ || op == MOLT_NE) && x->n != y->n)
        return molt_bool(op == MOLT_NE);
    for (i = 0; i < x->n && i < y->n; i++) {
        int k = molt_equal(x->items[i], y->items[i]);
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

static MoltValue list_concat(MoltValue a, MoltValue b)
{
    MoltList *x, *y, *r;
    if (!molt_is_list(a) || !molt_is_list(b))
        return MOLT_NOTIMPLEMENTED;
    x = molt_list_obj(a);
    y = molt_list_obj(b);
    if (too_big(x->n, y->n))
        return MOLT_NULL;
    r = list_alloc(x->n + y->n);
    if (x->n)
        memcpy(r->items, x->items, x->n * sizeof(MoltValue));
    if (y->n)
        memcpy(r->items + x->n, y->items, y->n * sizeof(MoltValue));
    return molt_from_ptr(r);
}

static int repeat_count(MoltValue n, int64_t *count)
{
    if (molt_int_as_i64(molt_int_unbool(n), count) < 0) {
        if (molt_int_sign(n) < 0) {
            *count = 0;
            return 0;
        }
        molt_raise(&MoltExc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return 0;
}

static MoltValue list_repeat(MoltValue a, MoltValue b)
{
    MoltValue s, n;
    MoltList *x, *r;
    int64_t count;
    size_t i;
    if (molt_is_list(a) && molt_is_intlike(b)) {
        s = a;
        n = b;
    } else if (molt_is_list(b) && molt_is_intlike(a)) {
        s = b;
        n = a;
    } else {
        return MOLT_NOTIMPLEMENTED;
    }
    x = molt_list_obj(s);
    if (repeat_count(n, &count) < 0)
        return MOLT_NULL;
    if (count <= 0 || x->n == 0)
        return molt_list_new(0, NULL);
    if (x->n > (MOLT_MAX_ALLOC / sizeof(MoltValue)) / (uint64_t)count)
        return molt_raise_args(&MoltExc_MemoryError, NULL, 0);
    r = list_alloc(x->n * (size_t)count);
    for (i = 0; i < (size_t)count; i++)
        memcpy(r->items + i * x->n, x->items, x->n * sizeof(MoltValue));
    return molt_from_ptr(r);
}

static MoltValue list_inplace_concat(MoltValue a, MoltValue b)
{
    if (!molt_is_list(a))
        return MOLT_NOTIMPLEMENTED;
    if (molt_list_extend(a, b) < 0)
        return MOLT_NULL;
    return a;
}

static MoltValue list_inplace_repeat(MoltValue a, MoltValue b)
{
    MoltList *x;
    int64_t count;
    size_t n, i;
    if (!molt_is_list(a))
        return MOLT_NOTIMPLEMENTED;
    /* a count with __index__, unless its type has * of its own */
    if (!molt_is_intlike(b)) {
        int k = molt_type_of(b)->binop[MOLT_OP_MUL] ? 0 : molt_index_try(&b);
        if (k <= 0)
            return k < 0 ? MOLT_NULL : MOLT_NOTIMPLEMENTED;
    }
    x = molt_list_obj(a);
    if (repeat_count(b, &count) < 0)
        return MOLT_NULL;
    n = x->n;
    if (count <= 0 || n == 0) {
        list_resize(x, 0);
        return a;
    }
    if (n > (MOLT_MAX_ALLOC / sizeof(MoltValue)) / (uint64_t)count)
        return molt_raise_args(&MoltExc_MemoryError, NULL, 0);
    list_resize(x, n * (size_t)count);
    for (i = 1; i < (size_t)count; i++)
        memcpy(x->items + i * n, x->items, n * sizeof(MoltValue));
    return a;
}

static MoltValue list_iter(MoltValue v) { return molt_seq_iter_new(v); }

/* ------------------------------------------------------------------ */
/* methods: args[0] is self */

static int check_args(const char *name, size_t nargs, size_t lo, size_t hi, MoltValue kwnames)
{
    return molt_method_nargs("list", name, nargs, lo, hi, kwnames);
}

static MoltValue m_append(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (check_args("append", nargs, 1, 1, kwnames) < 0)
        return MOLT_NULL;
    molt_list_append(args[0], args[1]);
    return MOLT_NONE;
}

static MoltValue m_extend(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (check_args("extend", nargs, 1, 1, kwnames) < 0)
        return MOLT_NULL;
    if (molt_list_extend(args[0], args[1]) < 0)
        return MOLT_NULL;
    return MOLT_NONE;
}

static MoltValue m_insert(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltList *l;
    int64_t i, n;
    if (check_args("insert", nargs, 2, 2, kwnames) < 0 || molt_ssize_arg(args[1], &i) < 0)
        return MOLT_NULL;
    l = molt_list_obj(args[0]);
    n = (int64_t)l->n;
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    list_resize(l, (size_t)n + 1);
    memmove(l->items + i + 1, l->items + i, (size_t)(n - i) * sizeof(MoltValue));
    l->items[i] = args[2];
    return MOLT_NONE;
}

static MoltValue m_pop(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltList *l;
    int64_t i = -1;
    MoltValue v;
    if (check_args("pop", nargs, 0, 1, kwnames) < 0 || (nargs == 2 && molt_ssize_arg(args[1], &i) < 0))
        return MOLT_NULL;
    l = molt_list_obj(args[0]);
    if (l->n == 0)
        return molt_raise(&MoltExc_IndexError, "pop from empty list");
    if (i < 0)
        i += (int64_t)l->n;
    if (i < 0 || i >= (int64_t)l->n)
        return molt_raise(&MoltExc_IndexError, "pop index out of range");
    v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->n - (size_t)i - 1) * sizeof(MoltValue));
    list_resize(l, l->n - 1);
    return v;
}

static MoltValue m_remove(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltList *l;
    size_t i;
    if (check_args("remove", nargs, 1, 1, kwnames) < 0)
        return MOLT_NULL;
    l = molt_list_obj(args[0]);
    for (i = 0; i < l->n; i++) {
        int r = molt_equal(l->items[i], args[1]);
        if (r < 0)
            return MOLT_NULL;
        if (r) {
            if (i < l->n) {
                memmove(l->items + i, l->items + i + 1, (l->n - i - 1) * sizeof(MoltValue));
                list_resize(l, l->n - 1);
            }
            return MOLT_NONE;
        }
    }
    return molt_raise(&MoltExc_ValueError, "list.remove(x): x not in list");
}

/* A start/stop argument of index(): clamped like _PyEval_SliceIndex. */
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
    MoltList *l;
    int64_t start = 0, stop = INT64_MAX, i;
    if (check_args("index", nargs, 1, 3, kwnames) < 0)
        return MOLT_NULL;
    l = molt_list_obj(args[0]);
    if (nargs > 2 && clamp_arg(args[2], (int64_t)l->n, &start) < 0)
        return MOLT_NULL;
    if (nargs > 3 && clamp_arg(args[3], (int64_t)l->n, &stop) < 0)
        return MOLT_NULL;
    for (i = start; i < stop && i < (int64_t)l->n; i++) {
        int r = molt_equal(l->items[i], args[1]);
        if (r < 0)
            return MOLT_NULL;
        if (r)
            return molt_from_int(i);
    }
    return molt_raise(&MoltExc_ValueError, "%R is not in list", args[1]);
}

static MoltValue m_count(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltList *l;
    size_t i;
    int64_t c = 0;
    if (check_args("count", nargs, 1, 1, kwnames) < 0)
        return MOLT_NULL;
    l = molt_list_obj(args[0]);
    for (i = 0; i < l->n; i++) {
        int r = molt_equal(l->items[i], args[1]);
        if (r < 0)
            return MOLT_NULL;
        c += r;
    }
    return molt_from_int(c);
}

static MoltValue m_reverse(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltList *l;
    size_t i;
    if (check_args("reverse", nargs, 0, 0, kwnames) < 0)
        return MOLT_NULL;
    l = molt_list_obj(args[0]);
    for (i = 0; i < l->n / 2; i++) {
        MoltValue t = l->items[i];
        l->items[i] = l->items[l->n - 1 - i];
        l->items[l->n - 1 - i] = t;
    }
    return MOLT_NONE;
}

static MoltValue m_sort(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "key", "reverse" };
    MoltValue a[2];
    int rev = 0;
    if (nargs > 1)
        return molt_raise(&MoltExc_TypeError, "sort() takes no positional arguments");
    if (molt_bind_builtin("sort", names, 2, 0, 0, args + 1, 0, kwnames, a) < 0)
        return MOLT_NULL;
    if (a[1]) {
        if (!molt_is_intlike(a[1]))
            return molt_raise(
                &MoltExc_TypeError, "'%s' object cannot be interpreted as an integer", molt_type_name(a[1]));
        rev = molt_int_sign(molt_int_unbool(a[1])) != 0;
    }
    if (molt_list_sort(args[0], a[0], rev) < 0)
        return MOLT_NULL;
    return MOLT_NONE;
}

static MoltValue m_copy(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltList *l;
    if (check_args("copy", nargs, 0, 0, kwnames) < 0)
        return MOLT_NULL;
    l = molt_list_obj(args[0]);
    return molt_list_new(l->n, l->items);
}

static MoltValue m_clear(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (check_args("clear", nargs, 0, 0, kwnames) < 0)
        return MOLT_NULL;
    list_resize(molt_list_obj(args[0]), 0);
    return MOLT_NONE;
}

static const MoltMethodDef list_methods[] = {
    { "append", m_append, 0 },
    { "extend", m_extend, 0 },
    { "insert", m_insert, 0 },
    { "pop", m_pop, 0 },
    { "remove", m_remove, 0 },
    { "index", m_index, 0 },
    { "count", m_count, 0 },
    { "reverse", m_reverse, 0 },
    { "sort", m_sort, 0 },
    { "copy", m_copy, 0 },
    { "clear", m_clear, 0 },
    { "__reversed__", molt_reversed_method, 0 },
    { NULL, NULL, 0 },
};

MOLT_API MoltType MoltList_Type = {
    .type = &MoltType_Type,
    .name = "list",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_BASETYPE | MOLT_TYPE_SEQUENCE | MOLT_TYPE_MATCH_SELF,
    .basicsize = sizeof(MoltList),
    .repr = list_repr,
    .truth = list_truth,
    .richcompare = list_richcompare,
    .binop = { [MOLT_OP_ADD] = list_concat, [MOLT_OP_MUL] = list_repeat },
    .hash = molt_hash_unhashable,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .len = list_len,
    .contains = list_contains,
    .iter = list_iter,
    .inplace = { [MOLT_OP_ADD] = list_inplace_concat, [MOLT_OP_MUL] = list_inplace_repeat },
    .methods = list_methods,
};
