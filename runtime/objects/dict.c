/* dict: CPython's compact insertion-ordered hash table (an index table
 * probed with the perturbation scheme, pointing into an entries array),
 * with cached hashes and a str-key fast path; the dict methods, `|`,
 * `|=`, ==, and repr with recursion. Views and iterators: dictview.c. */
#include <string.h>

#include "internal/alloc.h"
#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/containers.h"
#include "internal/dict.h"
#include "internal/exceptions.h"
#include "internal/list.h"
#include "internal/str.h"
#include "internal/tuple.h"

#define MIN_SIZE 8
#define PERTURB_SHIFT 5

/* ------------------------------------------------------------------ */
/* table */

static void alloc_table(MoltDict *d, size_t size)
{
    size_t i;
    d->mask = size - 1;
    d->usable = size * 2 / 3;
    d->indices = molt_alloc_atomic(size * sizeof(int32_t));
    for (i = 0; i < size; i++)
        d->indices[i] = MOLT_DICT_EMPTY;
    d->entries = molt_alloc(d->usable * sizeof(MoltDictEntry));
    d->nentries = 0;
}

MOLT_API MoltValue molt_dict_new(void)
{
    MoltDict *d = molt_alloc(sizeof(MoltDict));
    d->ob.type = &MoltDict_Type;
    alloc_table(d, MIN_SIZE);
    return molt_from_ptr(d);
}

/* The first EMPTY index slot in key's probe sequence. */
static size_t find_empty(const MoltDict *d, int64_t hash)
{
    size_t i = (size_t)hash & d->mask, perturb = (size_t)hash;
    while (d->indices[i] != MOLT_DICT_EMPTY) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & d->mask;
    }
    return i;
}

/* Rebuild for at least `need` live entries, dropping deleted ones. */
static void resize(MoltDict *d, size_t need)
{
    MoltDictEntry *old = d->entries;
    size_t n = d->nentries, size = MIN_SIZE, i, j = 0;
    while (size * 2 / 3 < need + 1)
        size <<= 1;
    if (size > MOLT_MAX_ALLOC / sizeof(MoltDictEntry) || size > INT32_MAX)
        molt_fatal_oom("dict");
    alloc_table(d, size);
    for (i = 0; i < n; i++) {
        if (!old[i].key)
            continue;
        d->entries[j] = old[i];
        d->indices[find_empty(d, old[i].hash)] = (int32_t)j;
        j++;
    }
    d->nentries = j;
}

/* The entry position of key, -1 if absent, -2 on error; *slot is its
 * index slot. */
static int64_t lookup(MoltDict *d, MoltValue key, int64_t hash, size_t *slot)
{
    size_t i = (size_t)hash & d->mask, perturb = (size_t)hash;
    int is_str = molt_is_str(key);
    for (;;) {
        int64_t ix = d->indices[i];
        if (ix == MOLT_DICT_EMPTY)
            return -1;
        if (ix >= 0) {
            MoltDictEntry *e = &d->entries[ix];
            if (e->key == key) {
                *slot = i;
                return ix;
            }
            if (e->hash == hash) {
                int r;
                if (is_str && molt_is_str(e->key)) {
                    r = molt_str_equal(e->key, key);
                } else {
                    MoltDictEntry *entries = d->entries;
                    MoltValue k = e->key;
                    r = molt_equal(k, key);
                    if (r < 0)
                        return -2;
                    if (entries != d->entries || d->entries[ix].key != k) {
                        molt_raise(&MoltExc_RuntimeError, "dictionary changed size during iteration");
                        return -2;
                    }
                }
                if (r) {
                    *slot = i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & d->mask;
    }
}

int molt_dict_lookup_hash(MoltValue dv, MoltValue key, int64_t hash, MoltValue *value)
{
    MoltDict *d = molt_dict_obj(dv);
    size_t slot;
    int64_t ix = lookup(d, key, hash, &slot);
    if (ix == -2)
        return -1;
    if (ix < 0)
        return 0;
    *value = d->entries[ix].value;
    return 1;
}

MOLT_API int molt_dict_lookup(MoltValue d, MoltValue key, MoltValue *value)
{
    int64_t h = molt_hash(key);
    if (h == -1)
        return -1;
    return molt_dict_lookup_hash(d, key, h, value);
}

MOLT_API int molt_dict_lookup_cstr(MoltValue dv, const char *key, MoltValue *value)
{
    MoltDict *d = molt_dict_obj(dv);
    size_t i, n = strlen(key);
    /* hash as a str only when the table is large; else compare directly */
    if (d->used > 8) {
        MoltValue k = molt_str_from_utf8(key, n);
        return molt_dict_lookup_hash(dv, k, molt_str_hash(k), value) > 0;
    }
    for (i = 0; i < d->nentries; i++) {
        MoltValue k = d->entries[i].key;
        if (k && molt_is_str(k) && molt_str_equal_cstr(k, key)) {
            *value = d->entries[i].value;
            return 1;
        }
    }
    return 0;
}

int molt_dict_setitem_hash(MoltValue dv, MoltValue key, int64_t hash, MoltValue value)
{
    MoltDict *d = molt_dict_obj(dv);
    size_t slot;
    int64_t ix = lookup(d, key, hash, &slot);
    MoltDictEntry *e;
    if (ix == -2)
        return -1;
    if (ix >= 0) {
        d->entries[ix].value = value;
        return 0;
    }
    if (d->nentries >= d->usable)
        resize(d, d->used * 3);
    e = &d->entries[d->nentries];
    e->hash = hash;
    e->key = key;
    e->value = value;
    d->indices[find_empty(d, hash)] = (int32_t)d->nentries;
    d->nentries++;
    d->used++;
    return 0;
}

MOLT_API int molt_dict_setitem(MoltValue d, MoltValue key, MoltValue value)
{
    int64_t h = molt_hash(key);
    if (h == -1)
        return -1;
    return molt_dict_setitem_hash(d, key, h, value);
}

/* Remove the entry found at (slot, ix). */
static void del_entry(MoltDict *d, size_t slot, int64_t ix)
{
    d->indices[slot] = MOLT_DICT_DUMMY;
    d->entries[ix].key = MOLT_NULL;
    d->entries[ix].value = MOLT_NULL;
    d->used--;
}

/* Pop key: 1 with *value, 0 absent, -1 error. */
static int pop_key(MoltValue dv, MoltValue key, MoltValue *value)
{
    MoltDict *d = molt_dict_obj(dv);
    int64_t h = molt_hash(key), ix;
    size_t slot;
    if (h == -1)
        return -1;
    ix = lookup(d, key, h, &slot);
    if (ix == -2)
        return -1;
    if (ix < 0)
        return 0;
    *value = d->entries[ix].value;
    del_entry(d, slot, ix);
    return 1;
}

MOLT_API int molt_dict_delitem(MoltValue d, MoltValue key)
{
    MoltValue v;
    int r = pop_key(d, key, &v);
    if (r == 0) {
        molt_raise_args(&MoltExc_KeyError, &key, 1);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

MOLT_API size_t molt_dict_len(MoltValue d) { return molt_dict_obj(d)->used; }

MOLT_API int molt_dict_next(MoltValue dv, size_t *pos, MoltValue *key, MoltValue *value)
{
    MoltDict *d = molt_dict_obj(dv);
    while (*pos < d->nentries) {
        MoltDictEntry *e = &d->entries[(*pos)++];
        if (e->key) {
            if (key)
                *key = e->key;
            if (value)
                *value = e->value;
            return 1;
        }
    }
    return 0;
}

static void clear(MoltDict *d)
{
    alloc_table(d, MIN_SIZE);
    d->used = 0;
}

MoltValue molt_dict_copy(MoltValue dv)
{
    MoltDict *d = molt_dict_obj(dv), *r;
    MoltValue rv = molt_dict_new();
    size_t i;
    r = molt_dict_obj(rv);
    if (d->used == 0)
        return rv;
    if (d->used >= r->usable)
        resize(r, d->used);
    for (i = 0; i < d->nentries; i++) {
        MoltDictEntry *e = &d->entries[i];
        if (e->key) {
            r->entries[r->nentries] = *e;
            r->indices[find_empty(r, e->hash)] = (int32_t)r->nentries;
            r->nentries++;
        }
    }
    r->used = d->used;
    return rv;
}

/* Merge a dict into d: 0 or -1. */
static int merge_dict(MoltValue d, MoltValue other)
{
    MoltDict *o = molt_dict_obj(other);
    size_t i, n = o->nentries;
    MoltDictEntry *entries = o->entries;
    for (i = 0; i < n; i++) {
        MoltDictEntry e = entries[i];
        if (e.key && molt_dict_setitem_hash(d, e.key, e.hash, e.value) < 0)
            return -1;
        if (o->entries != entries) {
            molt_raise(&MoltExc_RuntimeError, "dictionary changed size during iteration");
            return -1;
        }
    }
    return 0;
}

/* other.keys as a bound method, looked up on its type's MRO (user
 * classes included), or MOLT_NULL without an exception. */
static MoltValue keys_method(MoltValue other)
{
    MoltValue f = molt_type_lookup_cstr(molt_type_of(other), "keys", NULL);
    return f ? molt_descr_get(f, other, molt_from_ptr(molt_type_of(other))) : MOLT_NULL;
}

/* d.update(mapping) for a non-dict mapping: keys(), then mapping[key]. */
static int merge_mapping(MoltValue d, MoltValue other, MoltValue keys)
{
    MoltValue ks = molt_call(keys, NULL, 0, MOLT_NULL), it, k;
    if (!ks || !(it = molt_iter(ks)))
        return -1;
    while ((k = molt_next(it)) != MOLT_STOP) {
        MoltValue v;
        if (!k || !(v = molt_getitem(other, k)) || molt_dict_setitem(d, k, v) < 0)
            return -1;
    }
    return 0;
}

MOLT_API int molt_dict_update(MoltValue d, MoltValue other)
{
    MoltValue keys;
    if (molt_is_dict(other))
        return merge_dict(d, other);
    keys = keys_method(other);
    if (keys)
        return merge_mapping(d, other, keys);
    if (!molt_err_pending())
        molt_raise(&MoltExc_TypeError, "'%s' object is not a mapping", molt_type_name(other));
    return -1;
}

/* d.update(iterable of pairs), dict_merge_from_seq2's messages. */
static int merge_pairs(MoltValue d, MoltValue seq)
{
    MoltValue it = molt_iter(seq), x;
    size_t i;
    if (!it)
        return -1;
    for (i = 0; (x = molt_next(it)) != MOLT_STOP; i++) {
        MoltValue *kv;
        int64_t n;
        if (!x)
            return -1;
        if (molt_is_tuple(x) && molt_tuple_len(x) == 2) {
            if (molt_dict_setitem(d, molt_tuple_item(x, 0), molt_tuple_item(x, 1)) < 0)
                return -1;
            continue;
        }
        if (!molt_is_iterable(x)) {
            molt_raise(&MoltExc_TypeError,
                "cannot convert dictionary update sequence element #%zu to a sequence", i);
            return -1;
        }
        n = molt_collect(x, &kv);
        if (n < 0)
            return -1;
        if (n != 2) {
            molt_raise(&MoltExc_ValueError,
                "dictionary update sequence element #%zu has length %lld; 2 is required", i, (long long)n);
            return -1;
        }
        if (molt_dict_setitem(d, kv[0], kv[1]) < 0)
            return -1;
    }
    return 0;
}

/* update(arg, **kwargs) shared by dict(), dict.__init__ and dict.update. */
int molt_dict_update_args(
    const char *fname, MoltValue d, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    size_t i, nkw = molt_kw_count(kwnames);
    if (nargs > 1) {
        molt_raise(&MoltExc_TypeError, "%s expected at most 1 argument, got %zu", fname, nargs);
        return -1;
    }
    if (nargs == 1) {
        MoltValue keys;
        if (molt_is_dict(args[0])) {
            if (merge_dict(d, args[0]) < 0)
                return -1;
        } else if ((keys = keys_method(args[0]))) {
            if (merge_mapping(d, args[0], keys) < 0)
                return -1;
        } else if (molt_err_pending() || merge_pairs(d, args[0]) < 0) {
            return -1;
        }
    }
    for (i = 0; i < nkw; i++)
        if (molt_dict_setitem(d, molt_tuple_item(kwnames, i), args[nargs + i]) < 0)
            return -1;
    return 0;
}

/* dict(), dict(mapping or pairs, **kwargs) */
MoltValue molt_dict_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue d;
    if (type == molt_from_ptr(&MoltDict_Type)) {
        d = molt_dict_new();
    } else {
        /* a subclass: its instances have attribute storage */
        MoltDict *o = molt_ptr(molt_inst_alloc(molt_ptr(type)));
        alloc_table(o, MIN_SIZE);
        d = molt_from_ptr(o);
    }
    if (molt_dict_update_args("dict", d, args, nargs, kwnames) < 0)
        return MOLT_NULL;
    return d;
}

/* ------------------------------------------------------------------ */
/* slots */

static MoltValue dict_getitem(MoltValue d, MoltValue key)
{
    MoltValue v;
    int r = molt_dict_lookup(d, key, &v);
    if (r < 0)
        return MOLT_NULL;
    if (!r) {
        /* subclasses may define __missing__ (CPython's dict_subscript) */
        if (molt_type_of(d) != &MoltDict_Type) {
            int found;
            v = molt_call_special(d, "__missing__", &key, 1, &found);
            if (found)
                return v;
        }
        return molt_raise_args(&MoltExc_KeyError, &key, 1);
    }
    return v;
}

static int dict_setitem(MoltValue d, MoltValue key, MoltValue value)
{
    if (!value)
        return molt_dict_delitem(d, key);
    return molt_dict_setitem(d, key, value);
}

static int64_t dict_len(MoltValue d) { return (int64_t)molt_dict_obj(d)->used; }

static int dict_contains(MoltValue d, MoltValue key)
{
    MoltValue v;
    return molt_dict_lookup(d, key, &v);
}

static int dict_truth(MoltValue d) { return molt_dict_obj(d)->used != 0; }

static MoltValue dict_iter(MoltValue d) { return molt_dict_iter_new(d, 0); }

static MoltValue dict_repr(MoltValue dv)
{
    MoltDict *d = molt_dict_obj(dv);
    MoltStrBuf sb;
    size_t i;
    int first = 1;
    if (d->used == 0)
        return molt_str_from_utf8("{}", 2);
    if (molt_repr_enter(dv))
        return molt_str_from_utf8("{...}", 5);
    if (molt_enter() < 0) {
        molt_repr_leave(dv);
        return MOLT_NULL;
    }
    molt_sb_init(&sb);
    molt_sb_putc(&sb, '{');
    for (i = 0; i < d->nentries; i++) {
        MoltDictEntry e = d->entries[i];
        if (!e.key)
            continue;
        if (!first)
            molt_sb_append(&sb, ", ", 2);
        first = 0;
        if (molt_sb_append_repr(&sb, e.key) < 0)
            goto error;
        molt_sb_append(&sb, ": ", 2);
        if (molt_sb_append_repr(&sb, e.value) < 0)
            goto error;
    }
    molt_sb_putc(&sb, '}');
    molt_leave();
    molt_repr_leave(dv);
    return molt_sb_finish(&sb);
error:
    molt_leave();
    molt_repr_leave(dv);
    return MOLT_NULL;
}

/* 1 if a and b have the same items, 0 if not, -1 on error. */
static int dict_equal(MoltValue a, MoltValue b)
{
    MoltDict *x = molt_dict_obj(a), *y = molt_dict_obj(b);
    size_t i;
    if (x->used != y->used)
        return 0;
    for (i = 0; i < x->nentries; i++) {
        MoltDictEntry e = x->entries[i];
        MoltValue v;
        int r;
        if (!e.key)
            continue;
        r = molt_dict_lookup_hash(b, e.key, e.hash, &v);
        if (r <= 0)
            return r;
        r = molt_equal(e.value, v);
        if (r <= 0)
            return r;
    }
    return 1;
}

static MoltValue dict_richcompare(MoltValue a, MoltValue b, int op)
{
    int r;
    if (!molt_is_dict(a) || !molt_is_dict(b) || (op != MOLT_EQ && op != MOLT_NE))
        return MOLT_NOTIMPLEMENTED;
    r = dict_equal(a, b);
    if (r < 0)
        return MOLT_NULL;
    return molt_bool(r == (op == MOLT_EQ));
}

static MoltValue dict_or(MoltValue a, MoltValue b)
{
    MoltValue r;
    if (!molt_is_dict(a) || !molt_is_dict(b))
        return MOLT_NOTIMPLEMENTED;
    r = molt_dict_copy(a);
    if (merge_dict(r, b) < 0)
        return MOLT_NULL;
    return r;
}

static MoltValue dict_ior(MoltValue a, MoltValue b)
{
    if (!molt_is_dict(a))
        return MOLT_NOTIMPLEMENTED;
    if (molt_dict_update_args("update", a, &b, 1, MOLT_NULL) < 0)
        return MOLT_NULL;
    return a;
}

/* ------------------------------------------------------------------ */
/* methods: args[0] is self */

static int check_args(const char *name, size_t nargs, size_t lo, size_t hi, MoltValue kwnames)
{
    return molt_method_nargs("dict", name, nargs, lo, hi, kwnames);
}

static MoltValue m_get(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue v;
    int r;
    if (check_args("get", nargs, 1, 2, kwnames) < 0)
        return MOLT_NULL;
    r = molt_dict_lookup(args[0], args[1], &v);
    if (r < 0)
        return MOLT_NULL;
    return r ? v : nargs > 2 ? args[2] : MOLT_NONE;
}

static MoltValue m_setdefault(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue v, dflt;
    int64_t h;
    int r;
    if (check_args("setdefault", nargs, 1, 2, kwnames) < 0)
        return MOLT_NULL;
    dflt = nargs > 2 ? args[2] : MOLT_NONE;
    h = molt_hash(args[1]);
    if (h == -1)
        return MOLT_NULL;
    r = molt_dict_lookup_hash(args[0], args[1], h, &v);
    if (r < 0)
        return MOLT_NULL;
    if (r)
        return v;
    if (molt_dict_setitem_hash(args[0], args[1], h, dflt) < 0)
        return MOLT_NULL;
    return dflt;
}

static MoltValue m_pop(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue v;
    int r;
    if (check_args("pop", nargs, 1, 2, kwnames) < 0)
        return MOLT_NULL;
    r = pop_key(args[0], args[1], &v);
    if (r < 0)
        return MOLT_NULL;
    if (r)
        return v;
    if (nargs > 2)
        return args[2];
    return molt_raise_args(&MoltExc_KeyError, &args[1], 1);
}

static MoltValue m_popitem(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltDict *d;
    MoltValue kv[2];
    size_t i;
    if (check_args("popitem", nargs, 0, 0, kwnames) < 0)
        return MOLT_NULL;
    d = molt_dict_obj(args[0]);
    if (d->used == 0)
        return molt_raise(&MoltExc_KeyError, "popitem(): dictionary is empty");
    i = d->nentries;
    while (!d->entries[i - 1].key)
        i--;
    i--;
    kv[0] = d->entries[i].key;
    kv[1] = d->entries[i].value;
    {
        size_t slot;
        int64_t ix = lookup(d, kv[0], d->entries[i].hash, &slot);
        if (ix < 0)
            return MOLT_NULL;
        del_entry(d, slot, ix);
    }
    d->nentries = i;
    return molt_tuple_new(2, kv);
}

static MoltValue m_view(const char *name, int kind, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (check_args(name, nargs, 0, 0, kwnames) < 0)
        return MOLT_NULL;
    return molt_dict_view_new(args[0], kind);
}

static MoltValue m_keys(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return m_view("keys", 0, args, nargs, kwnames);
}

static MoltValue m_values(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return m_view("values", 1, args, nargs, kwnames);
}

static MoltValue m_items(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return m_view("items", 2, args, nargs, kwnames);
}

static MoltValue m_update(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (molt_dict_update_args("update", args[0], args + 1, nargs - 1, kwnames) < 0)
        return MOLT_NULL;
    return MOLT_NONE;
}

static MoltValue m_clear(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (check_args("clear", nargs, 0, 0, kwnames) < 0)
        return MOLT_NULL;
    clear(molt_dict_obj(args[0]));
    return MOLT_NONE;
}

static MoltValue m_copy(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (check_args("copy", nargs, 0, 0, kwnames) < 0)
        return MOLT_NULL;
    return molt_dict_copy(args[0]);
}

/* dict.fromkeys(iterable, value=None): args[0] is the class. */
static MoltValue m_fromkeys(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue d, it, x, v;
    if (check_args("fromkeys", nargs, 1, 2, kwnames) < 0)
        return MOLT_NULL;
    v = nargs > 2 ? args[2] : MOLT_NONE;
    d = molt_call(args[0], NULL, 0, MOLT_NULL);
    if (!d)
        return MOLT_NULL;
    it = molt_iter(args[1]);
    if (!it)
        return MOLT_NULL;
    while ((x = molt_next(it)) != MOLT_STOP) {
        if (!x || molt_setitem(d, x, v) < 0)
            return MOLT_NULL;
    }
    return d;
}

static const MoltMethodDef dict_methods[] = {
    { "get", m_get, 0 },
    { "setdefault", m_setdefault, 0 },
    { "pop", m_pop, 0 },
    { "popitem", m_popitem, 0 },
    { "keys", m_keys, 0 },
    { "values", m_values, 0 },
    { "items", m_items, 0 },
    { "update", m_update, 0 },
    { "clear", m_clear, 0 },
    { "copy", m_copy, 0 },
    { "fromkeys", m_fromkeys, MOLT_METH_CLASS },
    { "__reversed__", molt_reversed_method, 0 },
    { NULL, NULL, 0 },
};

MOLT_API MoltType MoltDict_Type = {
    .type = &MoltType_Type,
    .name = "dict",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_BASETYPE | MOLT_TYPE_MAPPING | MOLT_TYPE_MATCH_SELF,
    .basicsize = sizeof(MoltDict),
    .repr = dict_repr,
    .truth = dict_truth,
    .richcompare = dict_richcompare,
    .binop = { [MOLT_OP_OR] = dict_or },
    .hash = molt_hash_unhashable,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .len = dict_len,
    .contains = dict_contains,
    .iter = dict_iter,
    .inplace = { [MOLT_OP_OR] = dict_ior },
    .methods = dict_methods,
};
