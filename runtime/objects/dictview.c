/* dict views (keys(), values(), items()) and the dict iterators, which
 * raise RuntimeError when the dict changes size while they run. */
#include "internal/builtins.h"
#include "internal/containers.h"
#include "internal/dict.h"
#include "internal/exceptions.h"
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
    it->kind = kind;
    return molt_from_ptr(it);
}

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
};
