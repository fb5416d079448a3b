/* dict views (keys(), values(), items()) and the dict iterators, which
 * raise RuntimeError when the dict changes size while they run. */
#include "internal/builtins.h"
#include "internal/containers.h"
#include "internal/dict.h"
#include "internal/exceptions.h"
#include "internal/set.h"
#include "internal/str.h"
#include "internal/tuple.h"

typedef struct DictView {
    MoltObject ob;
    MoltValue dict;
} DictView;

typedef struct DictIter {
    MoltObject ob;
    MoltValue dict;
    size_t pos;
    size_t used; /* the dict's size when the iterator was made */
    size_t left; /* entries still expected: finding more means keys changed */
    int kind;
    int broken; /* raised once: keep raising */
} DictIter;

static MoltType DictKeyIter_Type, DictValueIter_Type, DictItemIter_Type;
static MoltType *const iter_types[] = { &DictKeyIter_Type, &DictValueIter_Type, &DictItemIter_Type };
static MoltType *const view_types[] = { &MoltDictKeys_Type, &MoltDictValues_Type, &MoltDictItems_Type };

MoltValue molt_dict_iter_new(MoltValue d, int kind)
{
    DictIter *it = molt_alloc(sizeof *it);
    it->ob.type = iter_types[kind];
    it->dict = d;
    it->used = molt_dict_len(d);
    it->left = it->used;
    it->kind = kind;
    return molt_from_ptr(it);
}

MoltValue molt_dict_view_dict(MoltValue view) { return ((DictView *)molt_ptr(view))->dict; }

MoltValue molt_dict_view_new(MoltValue d, int kind)
{
    DictView *v = molt_alloc(sizeof *v);
    v->ob.type = view_types[kind];
    v->dict = d;
    return molt_from_ptr(v);
}

static MoltValue iter_self(MoltValue v) { return v; }

static MoltValue dictiter_next(MoltValue v)
{
    DictIter *it = molt_ptr(v);
    MoltValue k, val, kv[2];
    if (!it->dict)
        return MOLT_STOP;
    if (it->broken || molt_dict_len(it->dict) != it->used) {
        it->broken = 1;
        return molt_raise(&MoltExc_RuntimeError, "dictionary changed size during iteration");
    }
    if (!molt_dict_next(it->dict, &it->pos, &k, &val)) {
        it->dict = MOLT_NULL;
        return MOLT_STOP;
    }
    /* same size but more entries than there were: keys were deleted and
     * others added (CPython's di_len check) */
    if (it->left == 0) {
        it->dict = MOLT_NULL; /* exhausted from now on, as CPython's */
        return molt_raise(&MoltExc_RuntimeError, "dictionary keys changed during iteration");
    }
    it->left--;
    if (it->kind == 0)
        return k;
    if (it->kind == 1)
        return val;
    kv[0] = k;
    kv[1] = val;
    return molt_tuple_new(2, kv);
}

#define DICT_ITER_TYPE(var, pyname)    \
    static MoltType var = {            \
        .type = &MoltType_Type,        \
        .name = pyname,                \
        .base = &MoltObject_Type,      \
        .basicsize = sizeof(DictIter), \
        .iter = iter_self,             \
        .iternext = dictiter_next,     \
    }
DICT_ITER_TYPE(DictKeyIter_Type, "dict_keyiterator");
DICT_ITER_TYPE(DictValueIter_Type, "dict_valueiterator");
DICT_ITER_TYPE(DictItemIter_Type, "dict_itemiterator");

/* ---- views ---- */

static int view_kind(MoltValue v)
{
    MoltType *t = ((MoltObject *)molt_ptr(v))->type;
    return t == &MoltDictKeys_Type ? 0 : t == &MoltDictValues_Type ? 1 : 2;
}

static int64_t view_len(MoltValue v) { return (int64_t)molt_dict_len(((DictView *)molt_ptr(v))->dict); }

static MoltValue view_iter(MoltValue v)
{
    return molt_dict_iter_new(((DictView *)molt_ptr(v))->dict, view_kind(v));
}

static int keys_contains(MoltValue v, MoltValue key)
{
    MoltValue x;
    return molt_dict_lookup(((DictView *)molt_ptr(v))->dict, key, &x);
}

static int items_contains(MoltValue v, MoltValue item)
{
    MoltValue x;
    int r;
    if (!molt_is_tuple(item) || molt_tuple_len(item) != 2)
        return 0;
    r = molt_dict_lookup(((DictView *)molt_ptr(v))->dict, molt_tuple_item(item, 0), &x);
    if (r <= 0)
        return r;
    return molt_equal(x, molt_tuple_item(item, 1));
}

static MoltValue view_repr(MoltValue v)
{
    static const char *const names[] = { "dict_keys", "dict_values", "dict_items" };
    MoltValue d = ((DictView *)molt_ptr(v))->dict, it, x;
    MoltStrBuf sb;
    int first = 1;
    if (molt_repr_enter(v))
        return molt_str_from_cstr("...");
    molt_sb_init(&sb);
    molt_sb_printf(&sb, "%s([", names[view_kind(v)]);
    it = molt_dict_iter_new(d, view_kind(v));
    while ((x = dictiter_next(it)) != MOLT_STOP) {
        if (!first)
            molt_sb_append(&sb, ", ", 2);
        first = 0;
        if (!x || molt_sb_append_repr(&sb, x) < 0) {
            molt_repr_leave(v);
            return MOLT_NULL;
        }
    }
    molt_sb_puts(&sb, "])");
    molt_repr_leave(v);
    return molt_sb_finish(&sb);
}

/* ---- keys and items views as sets (CPython's dictviews_* order) ---- */

static int is_setview(MoltValue v)
{
    MoltType *t = molt_type_of(v);
    return t == &MoltDictKeys_Type || t == &MoltDictItems_Type;
}

/* set(v): a keys view copies its dict's keys (the dict fast path). */
static MoltValue to_set(MoltValue v)
{
    MoltValue s = molt_set_new();
    if (molt_type_of(v) == &MoltDictKeys_Type)
        v = ((DictView *)molt_ptr(v))->dict;
    if (molt_set_update(s, v) < 0)
        return MOLT_NULL;
    return s;
}

static MoltValue view_or(MoltValue a, MoltValue b)
{
    MoltValue r = to_set(a);
    if (!r || molt_set_update(r, b) < 0)
        return MOLT_NULL;
    return r;
}

static MoltValue view_sub(MoltValue a, MoltValue b)
{
    MoltValue r = to_set(a);
    if (!r || molt_set_difference_update(r, b) < 0)
        return MOLT_NULL;
    return r;
}

static MoltValue view_xor(MoltValue a, MoltValue b)
{
    MoltValue r = to_set(a);
    if (!r || molt_set_symmetric_difference_update(r, b) < 0)
        return MOLT_NULL;
    return r;
}

/* _PyDictView_Intersect */
static MoltValue view_and(MoltValue a, MoltValue b)
{
    MoltValue r, it, x;
    int64_t na, nb;
    if (!is_setview(a)) {
        MoltValue t = a;
        a = b;
        b = t;
    }
    na = molt_len(a);
    if (molt_type_of(b) == &MoltSet_Type) {
        nb = molt_len(b);
        if (na <= nb) {
            MoltValue m = molt_method_bind(&MoltSet_Type, b, "intersection");
            return molt_call(m, &a, 1, MOLT_NULL);
        }
    }
    if (is_setview(b) && molt_len(b) > na) {
        MoltValue t = a;
        a = b;
        b = t;
    }
    r = molt_set_new();
    it = molt_iter(b);
    if (!it)
        return MOLT_NULL;
    while ((x = molt_next(it)) != MOLT_STOP) {
        int c;
        if (!x || (c = molt_contains(a, x)) < 0)
            return MOLT_NULL;
        if (c && molt_set_add(r, x) < 0)
            return MOLT_NULL;
    }
    return r;
}

/* 1 if every item of a is in b. */
static int all_contained_in(MoltValue a, MoltValue b)
{
    MoltValue it = molt_iter(a), x;
    if (!it)
        return -1;
    while ((x = molt_next(it)) != MOLT_STOP) {
        int c;
        if (!x || (c = molt_contains(b, x)) < 0)
            return -1;
        if (!c)
            return 0;
    }
    return 1;
}

static MoltValue view_richcompare(MoltValue a, MoltValue b, int op)
{
    int64_t na, nb;
    int ok = 0;
    if (!is_setview(b) && !molt_isinstance(b, &MoltSet_Type) && !molt_isinstance(b, &MoltFrozenSet_Type))
        return MOLT_NOTIMPLEMENTED;
    if ((na = molt_len(a)) < 0 || (nb = molt_len(b)) < 0)
        return MOLT_NULL;
    switch (op) {
    case MOLT_EQ:
    case MOLT_NE:
        if (na == nb)
            ok = all_contained_in(a, b);
        if (op == MOLT_NE && ok >= 0)
            ok = !ok;
        break;
    case MOLT_LT:
        if (na < nb)
            ok = all_contained_in(a, b);
        break;
    case MOLT_LE:
        if (na <= nb)
            ok = all_contained_in(a, b);
        break;
    case MOLT_GT:
        if (na > nb)
            ok = all_contained_in(b, a);
        break;
    default:
        if (na >= nb)
            ok = all_contained_in(b, a);
        break;
    }
    return ok < 0 ? MOLT_NULL : molt_bool(ok);
}

static MoltValue m_isdisjoint(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue it, x;
    if (molt_no_kwargs("isdisjoint", kwnames) < 0)
        return MOLT_NULL;
    if (nargs != 2)
        return molt_raise(
            &MoltExc_TypeError, "isdisjoint() takes exactly one argument (%zu given)", nargs - 1);
    it = molt_iter(args[1]);
    if (!it)
        return MOLT_NULL;
    while ((x = molt_next(it)) != MOLT_STOP) {
        int c;
        if (!x || (c = molt_contains(args[0], x)) < 0)
            return MOLT_NULL;
        if (c)
            return MOLT_FALSE;
    }
    return MOLT_TRUE;
}

static const MoltMethodDef setview_methods[] = {
    { "isdisjoint", m_isdisjoint, 0 },
    { NULL, NULL, 0 },
};

#define SETVIEW_SLOTS                  \
    .richcompare = view_richcompare,   \
    .binop = { [MOLT_OP_OR] = view_or, \
        [MOLT_OP_AND] = view_and,      \
        [MOLT_OP_SUB] = view_sub,      \
        [MOLT_OP_XOR] = view_xor },    \
    .methods = setview_methods

MoltType MoltDictKeys_Type = {
    .type = &MoltType_Type,
    .name = "dict_keys",
    .base = &MoltObject_Type,
    .basicsize = sizeof(DictView),
    .repr = view_repr,
    .hash = molt_hash_unhashable,
    .len = view_len,
    .contains = keys_contains,
    .iter = view_iter,
    SETVIEW_SLOTS,
};

MoltType MoltDictValues_Type = {
    .type = &MoltType_Type,
    .name = "dict_values",
    .base = &MoltObject_Type,
    .basicsize = sizeof(DictView),
    .repr = view_repr,
    .len = view_len,
    .iter = view_iter,
};

MoltType MoltDictItems_Type = {
    .type = &MoltType_Type,
    .name = "dict_items",
    .base = &MoltObject_Type,
    .basicsize = sizeof(DictView),
    .repr = view_repr,
    .hash = molt_hash_unhashable,
    .len = view_len,
    .contains = items_contains,
    .iter = view_iter,
    SETVIEW_SLOTS,
};
