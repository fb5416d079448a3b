/* Iterator objects: over the builtin sequences (list, tuple, str by code
 * point), iter(callable, sentinel), and the iterator types enumerate,
 * zip, reversed, map and filter. Each is its own iterator. */
#include <string.h>

#include "internal/builtins.h"
#include "internal/bytes.h"
#include "internal/class.h"
#include "internal/containers.h"
#include "internal/dict.h"
#include "internal/int.h"
#include "internal/type.h"
#include "internal/exceptions.h"
#include "internal/list.h"
#include "internal/str.h"
#include "internal/tuple.h"

typedef struct SeqIter {
    MoltObject ob;
    MoltValue seq; /* MOLT_NULL once exhausted */
    size_t index; /* item index; byte offset for str */
} SeqIter;

static MoltType ListIter_Type, TupleIter_Type, StrIter_Type, StrAsciiIter_Type;

MoltValue molt_seq_iter_new(MoltValue seq)
{
    SeqIter *it = molt_alloc(sizeof *it);
    if (molt_is_str(seq)) /* CPython 3.11 names the iterator of ASCII text apart */
        it->ob.type
            = molt_str_obj(seq)->nchars == molt_str_obj(seq)->len ? &StrAsciiIter_Type : &StrIter_Type;
    else
        it->ob.type = molt_is_tuple(seq) ? &TupleIter_Type : &ListIter_Type;
    it->seq = seq;
    return molt_from_ptr(it);
}

static MoltValue iter_self(MoltValue v) { return v; }

static MoltValue listiter_next(MoltValue v)
{
    SeqIter *it = molt_ptr(v);
    MoltList *l;
    if (!it->seq)
        return MOLT_STOP;
    l = molt_list_obj(it->seq);
    if (it->index < l->n)
        return l->items[it->index++];
    it->seq = MOLT_NULL;
    return MOLT_STOP;
}

static MoltValue tupleiter_next(MoltValue v)
{
    SeqIter *it = molt_ptr(v);
    MoltTuple *t;
    if (!it->seq)
        return MOLT_STOP;
    t = molt_tuple_obj(it->seq);
    if (it->index < t->n)
        return t->items[it->index++];
    it->seq = MOLT_NULL;
    return MOLT_STOP;
}

static MoltValue striter_next(MoltValue v)
{
    SeqIter *it = molt_ptr(v);
    MoltStr *s;
    size_t i, j;
    if (!it->seq)
        return MOLT_STOP;
    s = molt_str_obj(it->seq);
    i = it->index;
    if (i >= s->len) {
        it->seq = MOLT_NULL;
        return MOLT_STOP;
    }
    j = i + 1;
    while (j < s->len && ((unsigned char)s->data[j] & 0xC0) == 0x80)
        j++;
    it->index = j;
    return molt_str_from_utf8(s->data + i, j - i);
}

#define SEQ_ITER_TYPE(var, pyname, next) \
    static MoltType var = {              \
        .type = &MoltType_Type,          \
        .name = pyname,                  \
        .base = &MoltObject_Type,        \
        .basicsize = sizeof(SeqIter),    \
        .iter = iter_self,               \
        .iternext = next,                \
    }
SEQ_ITER_TYPE(ListIter_Type, "list_iterator", listiter_next);
SEQ_ITER_TYPE(TupleIter_Type, "tuple_iterator", tupleiter_next);
SEQ_ITER_TYPE(StrIter_Type, "str_iterator", striter_next);
SEQ_ITER_TYPE(StrAsciiIter_Type, "str_ascii_iterator", striter_next);

/* ---- iterator: iter() of a class with __getitem__ and no __iter__ ----
 * CPython's sequence iterator: o[0], o[1]... until IndexError (or
 * StopIteration). */

typedef struct GetItemIter {
    MoltObject ob;
    MoltValue seq; /* MOLT_NULL once exhausted */
    MoltValue index;
} GetItemIter;

static MoltType GetItemIter_Type;

MoltValue molt_getitem_iter_new(MoltValue seq)
{
    GetItemIter *it = molt_alloc(sizeof *it);
    it->ob.type = &GetItemIter_Type;
    it->seq = seq;
    it->index = MOLT_INT(0);
    return molt_from_ptr(it);
}

static MoltValue getitemiter_next(MoltValue v)
{
    GetItemIter *it = molt_ptr(v);
    MoltValue r;
    if (!it->seq)
        return MOLT_STOP;
    r = molt_getitem(it->seq, it->index);
    if (!r) {
        if (molt_err_occurred_is(&MoltExc_IndexError) || molt_err_occurred_is(&MoltExc_StopIteration)) {
            molt_err_clear();
            it->seq = MOLT_NULL;
            return MOLT_STOP;
        }
        return MOLT_NULL;
    }
    it->index = molt_int_binop(MOLT_OP_ADD, it->index, MOLT_INT(1));
    return it->index ? r : MOLT_NULL;
}

static MoltType GetItemIter_Type = {
    .type = &MoltType_Type,
    .name = "iterator",
    .base = &MoltObject_Type,
    .basicsize = sizeof(GetItemIter),
    .iter = iter_self,
    .iternext = getitemiter_next,
};

/* ---- callable_iterator: iter(callable, sentinel) ---- */

typedef struct CallIter {
    MoltObject ob;
    MoltValue callable; /* MOLT_NULL once exhausted */
    MoltValue sentinel;
} CallIter;

static MoltType CallIter_Type;

static int is_callable(MoltValue v)
{
    const MoltType *t;
    for (t = molt_type_of(v); t; t = t->base)
        if (t->call)
            return 1;
    return 0;
}

MoltValue molt_callable_iter_new(MoltValue callable, MoltValue sentinel)
{
    CallIter *it;
    if (!is_callable(callable))
        return molt_raise(&MoltExc_TypeError, "iter(v, w): v must be callable");
    it = molt_alloc(sizeof *it);
    it->ob.type = &CallIter_Type;
    it->callable = callable;
    it->sentinel = sentinel;
    return molt_from_ptr(it);
}

static MoltValue calliter_next(MoltValue v)
{
    CallIter *it = molt_ptr(v);
    MoltValue r;
    int eq;
    if (!it->callable)
        return MOLT_STOP;
    r = molt_call(it->callable, NULL, 0, MOLT_NULL);
    if (!r) {
        if (molt_err_occurred_is(&MoltExc_StopIteration)) {
            molt_err_clear();
            it->callable = MOLT_NULL;
            return MOLT_STOP;
        }
        return MOLT_NULL;
    }
    eq = molt_equal(it->sentinel, r);
    if (eq < 0)
        return MOLT_NULL;
    if (eq) {
        it->callable = MOLT_NULL;
        return MOLT_STOP;
    }
    return r;
}

static MoltType CallIter_Type = {
    .type = &MoltType_Type,
    .name = "callable_iterator",
    .base = &MoltObject_Type,
    .basicsize = sizeof(CallIter),
    .iter = iter_self,
    .iternext = calliter_next,
};

/* ------------------------------------------------------------------ */
/* enumerate, zip, reversed, map, filter: types whose instances are
 * iterators, constructed by calling the type */

static MoltValue iter_or_null(MoltValue v) { return molt_iter(v); }

/* An instance of type (the iterator type or a subclass of it: those may
 * be larger) of at least size bytes. */
static void *alloc_of(MoltValue type, size_t size)
{
    MoltType *t = molt_ptr(type);
    MoltObject *o = molt_alloc(t->basicsize > size ? t->basicsize : size);
    o->type = t;
    return o;
}

typedef struct Enumerate {
    MoltObject ob;
    MoltValue it;
    int64_t i; /* small counter while it fits */
    MoltValue big; /* the counter once it is a bigint (else MOLT_NULL) */
} Enumerate;

MoltValue molt_enumerate_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "iterable", "start" };
    MoltValue a[2], it;
    Enumerate *e;
    if (nargs == 0 && !molt_kw_count(kwnames)) /* enumerate_vectorcall's own message */
        return molt_raise(&MoltExc_TypeError, "enumerate() missing required argument 'iterable'");
    if (molt_bind_builtin("enumerate", names, 2, 0, 1, args, nargs, kwnames, a) < 0)
        return MOLT_NULL;
    if (a[1] && !(a[1] = molt_number_index(a[1])))
        return MOLT_NULL;
    it = iter_or_null(a[0]);
    if (!it)
        return MOLT_NULL;
    e = alloc_of(type, sizeof *e);
    e->it = it;
    if (!a[1] || molt_is_int(molt_int_unbool(a[1])))
        e->i = a[1] ? molt_int_value(molt_int_unbool(a[1])) : 0;
    else
        e->big = a[1];
    return molt_from_ptr(e);
}

static MoltValue enumerate_next(MoltValue v)
{
    Enumerate *e = molt_ptr(v);
    MoltValue x = molt_next(e->it), pair[2];
    if (x == MOLT_STOP || !x)
        return x;
    if (e->big) {
        pair[0] = e->big;
        e->big = molt_int_binop(MOLT_OP_ADD, e->big, MOLT_INT(1));
    } else {
        pair[0] = molt_int_from_i64(e->i);
        if (e->i == MOLT_SMALL_MAX)
            e->big = molt_int_binop(MOLT_OP_ADD, pair[0], MOLT_INT(1));
        else
            e->i++;
    }
    pair[1] = x;
    return molt_tuple_new(2, pair);
}

typedef struct Zip {
    MoltObject ob;
    size_t n;
    int strict;
    int done;
    MoltValue *its;
} Zip;

MoltValue molt_zip_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    size_t i, nkw = molt_kw_count(kwnames);
    Zip *z;
    int strict = 0;
    for (i = 0; i < nkw; i++) {
        const char *k = molt_kw_name(kwnames, i);
        int t;
        if (strcmp(k, "strict") != 0)
            return molt_raise(&MoltExc_TypeError, "'%s' is an invalid keyword argument for zip()", k);
        if ((t = molt_truth(args[nargs + i])) < 0)
            return MOLT_NULL;
        strict = t;
    }
    z = alloc_of(type, sizeof *z);
    z->n = nargs;
    z->strict = strict;
    z->its = molt_alloc((nargs + 1) * sizeof(MoltValue));
    for (i = 0; i < nargs; i++)
        if (!(z->its[i] = iter_or_null(args[i])))
            return MOLT_NULL;
    return molt_from_ptr(z);
}

/* zip(strict=True) found iterator i exhausted first (or i > 0 longer). */
static MoltValue zip_mismatch(size_t i, int shorter)
{
    if (i == 1)
        return molt_raise(
            &MoltExc_ValueError, "zip() argument 2 is %s than argument 1", shorter ? "shorter" : "longer");
    return molt_raise(&MoltExc_ValueError, "zip() argument %zu is %s than arguments 1-%zu", i + 1,
        shorter ? "shorter" : "longer", i);
}

static MoltValue zip_next(MoltValue v)
{
    Zip *z = molt_ptr(v);
    MoltValue buf[8], *items, x;
    size_t i, j;
    if (z->n == 0 || z->done)
        return MOLT_STOP;
    items = z->n <= 8 ? buf : molt_alloc(z->n * sizeof(MoltValue));
    for (i = 0; i < z->n; i++) {
        x = molt_next(z->its[i]);
        if (!x)
            return MOLT_NULL;
        if (x == MOLT_STOP) {
            z->done = 1;
            if (!z->strict)
                return MOLT_STOP;
            if (i > 0)
                return zip_mismatch(i, 1);
            for (j = 1; j < z->n; j++) {
                x = molt_next(z->its[j]);
                if (!x)
                    return MOLT_NULL;
                if (x != MOLT_STOP)
                    return zip_mismatch(j, 0);
            }
            return MOLT_STOP;
        }
        items[i] = x;
    }
    return molt_tuple_new(z->n, items);
}

/* reversed(seq): lists and tuples and strs by index, ranges and dicts by
 * their own reverse iterators. */
typedef struct Reversed {
    MoltObject ob;
    MoltValue seq; /* MOLT_NULL once exhausted */
    int64_t index; /* next index to return */
    MoltValue dict; /* reversing a dict or a view: seq is a snapshot of it */
    int64_t used; /* the dict's size then */
} Reversed;

/* CPython's own reverse iterator types of list and dict (reversed(x) of
 * those is not a `reversed` object); the same struct and next function. */
static MoltType ListRevIter_Type, DictRevKeyIter_Type, DictRevValueIter_Type, DictRevItemIter_Type;

static MoltValue reversed_of(MoltValue type, MoltValue seq);

MoltValue molt_reversed_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue seq;
    if (molt_no_kwargs("reversed", kwnames) < 0)
        return MOLT_NULL;
    if (nargs != 1)
        return molt_raise(&MoltExc_TypeError, "reversed expected 1 argument, got %zu", nargs);
    seq = args[0];
    if (molt_is_heaptype(molt_type_of(seq))) { /* type(seq).__reversed__(seq) */
        MoltValue f = molt_type_lookup_cstr(molt_type_of(seq), "__reversed__", NULL);
        if (f == MOLT_NONE)
            return molt_raise(&MoltExc_TypeError, "'%s' object is not reversible", molt_type_name(seq));
        if (f)
            return molt_call_with_self(f, seq, NULL, 0, MOLT_NULL);
    }
    return reversed_of(type, seq);
}

/* The __reversed__ method rows of list, dict and the dict views: the
 * builtin reverse iteration of seq (an instance of one of them). */
MoltValue molt_reversed_method(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (molt_method_noargs(molt_type_name(args[0]), "__reversed__", nargs, kwnames) < 0)
        return MOLT_NULL;
    return reversed_of(molt_from_ptr(&MoltReversed_Type), args[0]);
}

/* CPython's reversed() fallback: a type with __len__ and __getitem__
 * (subclasses of tuple and str, user sequences) but not a mapping. */
static int sequence_like(const MoltType *t)
{
    const MoltType *b;
    int get = 0, len = 0;
    for (b = t; b; b = b->base) {
        if (b->flags & MOLT_TYPE_MAPPING) /* dict, mappingproxy and subclasses */
            return 0;
        get |= b->getitem != NULL;
        len |= b->len != NULL;
    }
    return get && len;
}

static MoltValue reversed_of(MoltValue type, MoltValue seq)
{
    Reversed *r;
    int64_t n;
    MoltValue dict = MOLT_NULL;
    MoltType *own = NULL, *st = molt_type_of(seq);
    if (st == &MoltRangeObj_Type)
        return molt_range_reversed(seq);
    if (molt_is_dict(seq) || st == &MoltDictKeys_Type || st == &MoltDictValues_Type
        || st == &MoltDictItems_Type) {
        MoltValue *keys;
        int64_t k = molt_collect(seq, &keys);
        if (k < 0)
            return MOLT_NULL;
        own = st == &MoltDictValues_Type ? &DictRevValueIter_Type
            : st == &MoltDictItems_Type  ? &DictRevItemIter_Type
                                         : &DictRevKeyIter_Type;
        dict = molt_is_dict(seq) ? seq : molt_dict_view_dict(seq);
        seq = molt_list_new((size_t)k, keys);
    } else if (molt_is_list(seq)) {
        own = &ListRevIter_Type;
    } else if (!molt_is_list(seq) && !molt_is_tuple(seq) && !molt_is_str(seq) && !molt_is_bytes(seq)
        && !molt_is_bytearray(seq) && molt_type_of(seq) != &MoltMemoryView_Type && !sequence_like(st)) {
        /* another builtin type's own __reversed__ (mappingproxy) */
        MoltValue f = molt_type_lookup_cstr(st, "__reversed__", NULL);
        if (f && f != MOLT_NONE)
            return molt_call_with_self(f, seq, NULL, 0, MOLT_NULL);
        return molt_raise(&MoltExc_TypeError, "'%s' object is not reversible", molt_type_name(seq));
    }
    n = molt_len(seq);
    if (n < 0)
        return MOLT_NULL;
    r = alloc_of(type, sizeof *r);
    if (own && molt_ptr(type) == &MoltReversed_Type)
        r->ob.type = own;
    r->seq = seq;
    r->index = n - 1;
    r->dict = dict;
    r->used = dict ? (int64_t)molt_dict_len(dict) : 0;
    return molt_from_ptr(r);
}

static MoltValue reversed_next(MoltValue v)
{
    Reversed *r = molt_ptr(v);
    MoltValue x;
    if (!r->seq)
        return MOLT_STOP;
    if (r->dict && (int64_t)molt_dict_len(r->dict) != r->used) {
        r->seq = MOLT_NULL;
        return molt_raise(&MoltExc_RuntimeError, "dictionary changed size during iteration");
    }
    if (r->index >= 0 && r->index < molt_len(r->seq)) {
        if (molt_is_list(r->seq))
            x = molt_list_obj(r->seq)->items[r->index];
        else
            x = molt_getitem(r->seq, molt_from_int(r->index));
        r->index--;
        return x;
    }
    r->seq = MOLT_NULL;
    return MOLT_STOP;
}

/* reversed.__length_hint__(): how many items are left. */
static MoltValue reversed_length_hint(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    Reversed *r = molt_ptr(args[0]);
    int64_t n;
    if (molt_method_noargs("reversed", "__length_hint__", nargs, kwnames) < 0)
        return MOLT_NULL;
    if (!r->seq)
        return molt_from_int(0);
    n = molt_len(r->seq);
    if (n < 0)
        return MOLT_NULL;
    return molt_from_int(r->index < n ? r->index + 1 : 0);
}

/* reversed.__setstate__(index): resume at index (pickle's protocol),
 * clamped as CPython's reversed_setstate. */
static MoltValue reversed_setstate(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    Reversed *r = molt_ptr(args[0]);
    MoltValue v;
    int64_t i, n;
    if (molt_method_nargs("reversed", "__setstate__", nargs, 1, 1, kwnames) < 0)
        return MOLT_NULL;
    if (!(v = molt_number_index(args[1])))
        return MOLT_NULL;
    if (molt_int_as_i64(molt_int_unbool(v), &i) < 0)
        return MOLT_NULL;
    if (r->seq) {
        if ((n = molt_len(r->seq)) < 0)
            return MOLT_NULL;
        r->index = i < -1 ? -1 : i > n - 1 ? n - 1 : i;
    }
    return MOLT_NONE;
}

static const MoltMethodDef reversed_methods[] = {
    { "__length_hint__", reversed_length_hint, 0 },
    { "__setstate__", reversed_setstate, 0 },
    { NULL, NULL, 0 },
};

/* zip.__setstate__(strict): pickle's protocol sets the strict flag. */
static MoltValue zip_setstate(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    int t;
    if (molt_method_nargs("zip", "__setstate__", nargs, 1, 1, kwnames) < 0)
        return MOLT_NULL;
    if ((t = molt_truth(args[1])) < 0)
        return MOLT_NULL;
    ((Zip *)molt_ptr(args[0]))->strict = t;
    return MOLT_NONE;
}

static const MoltMethodDef zip_methods[] = {
    { "__setstate__", zip_setstate, 0 },
    { NULL, NULL, 0 },
};

typedef struct Map {
    MoltObject ob;
    MoltValue func;
    size_t n;
    MoltValue *its;
} Map;

MoltValue molt_map_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    Map *m;
    size_t i;
    if (molt_no_kwargs("map", kwnames) < 0)
        return MOLT_NULL;
    if (nargs < 2)
        return molt_raise(&MoltExc_TypeError, "map() must have at least two arguments.");
    m = alloc_of(type, sizeof *m);
    m->func = args[0];
    m->n = nargs - 1;
    m->its = molt_alloc(m->n * sizeof(MoltValue));
    for (i = 0; i < m->n; i++)
        if (!(m->its[i] = iter_or_null(args[i + 1])))
            return MOLT_NULL;
    return molt_from_ptr(m);
}

static MoltValue map_next(MoltValue v)
{
    Map *m = molt_ptr(v);
    MoltValue buf[8], *items = m->n <= 8 ? buf : molt_alloc(m->n * sizeof(MoltValue));
    size_t i;
    for (i = 0; i < m->n; i++) {
        items[i] = molt_next(m->its[i]);
        if (items[i] == MOLT_STOP || !items[i])
            return items[i];
    }
    return molt_call(m->func, items, m->n, MOLT_NULL);
}

typedef struct Filter {
    MoltObject ob;
    MoltValue func; /* None: truth of the item */
    MoltValue it;
} Filter;

MoltValue molt_filter_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    Filter *f;
    MoltValue it;
    if (molt_no_kwargs("filter", kwnames) < 0)
        return MOLT_NULL;
    if (nargs != 2)
        return molt_raise(&MoltExc_TypeError, "filter expected 2 arguments, got %zu", nargs);
    it = iter_or_null(args[1]);
    if (!it)
        return MOLT_NULL;
    f = alloc_of(type, sizeof *f);
    f->func = args[0];
    f->it = it;
    return molt_from_ptr(f);
}

static MoltValue filter_next(MoltValue v)
{
    Filter *f = molt_ptr(v);
    for (;;) {
        MoltValue x = molt_next(f->it), t;
        int ok;
        if (x == MOLT_STOP || !x)
            return x;
        if (f->func == MOLT_NONE || f->func == molt_from_ptr(&MoltBool_Type)) {
            t = x;
        } else {
            t = molt_call(f->func, &x, 1, MOLT_NULL);
            if (!t)
                return MOLT_NULL;
        }
        ok = molt_truth(t);
        if (ok < 0)
            return MOLT_NULL;
        if (ok)
            return x;
    }
}

#define ITER_TYPE(var, pyname, size, next, meths) \
    MoltType var = {                              \
        .type = &MoltType_Type,                   \
        .name = pyname,                           \
        .base = &MoltObject_Type,                 \
        .flags = MOLT_TYPE_BASETYPE,              \
        .basicsize = sizeof(size),                \
        .iter = iter_self,                        \
        .iternext = next,                         \
        .methods = meths,                         \
    }
ITER_TYPE(MoltEnumerate_Type, "enumerate", Enumerate, enumerate_next, NULL);
ITER_TYPE(MoltZip_Type, "zip", Zip, zip_next, zip_methods);
ITER_TYPE(MoltReversed_Type, "reversed", Reversed, reversed_next, reversed_methods);
ITER_TYPE(MoltMap_Type, "map", Map, map_next, NULL);
ITER_TYPE(MoltFilter_Type, "filter", Filter, filter_next, NULL);

#define REV_ITER_TYPE(var, pyname)     \
    static MoltType var = {            \
        .type = &MoltType_Type,        \
        .name = pyname,                \
        .base = &MoltObject_Type,      \
        .basicsize = sizeof(Reversed), \
        .iter = iter_self,             \
        .iternext = reversed_next,     \
        .methods = reversed_methods,   \
    }
REV_ITER_TYPE(ListRevIter_Type, "list_reverseiterator");
REV_ITER_TYPE(DictRevKeyIter_Type, "dict_reversekeyiterator");
REV_ITER_TYPE(DictRevValueIter_Type, "dict_reversevalueiterator");
REV_ITER_TYPE(DictRevItemIter_Type, "dict_reverseitemiterator");
