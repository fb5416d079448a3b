/* User classes: creation from a name, bases and a namespace (type.__new__'s
 * work, molt_class_create), the metaclass of a class statement, C3 MRO,
 * the class's own attributes, version tags and subclass lists, attribute
 * lookup along the MRO, and type's getattr/setattr (__name__, __mro__...,
 * and the metatype's attributes).
 *
 * Layout rule (see internal/class.h): the instance is the solid base's C
 * struct, rounded up to 8 bytes, then a MoltAttrs at attrs_offset. The
 * solid base is object, BaseException for exception classes, type for
 * metaclasses (whose instances are MoltClass, their attributes in the
 * class's own namespace), or a builtin base (builtinsub.c): list, dict,
 * set and frozenset instances extend the builtin's struct, int, float,
 * str and tuple ones box the value (MoltBoxed). Other builtin bases are
 * refused (by the translator where it can see them, here otherwise). */
#include <string.h>

#include "internal/call.h"
#include "internal/class.h"
#include "internal/dict.h"
#include "internal/exceptions.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

static uint64_t version_counter;

uint64_t molt_next_version(void) { return ++version_counter; }

/* ---- MRO ---- */

static MoltValue type_mro(MoltType *t)
{
    MoltValue items[64];
    size_t n = 0;
    const MoltType *b;
    if (t->mro)
        return t->mro;
    for (b = t; b && n < 64; b = b->base)
        items[n++] = molt_from_ptr(b);
    t->mro = molt_tuple_new(n, items);
    return t->mro;
}

static int in_tail(MoltValue x, MoltTuple **seqs, size_t *heads, size_t nseq)
{
    size_t i, j;
    for (i = 0; i < nseq; i++)
        for (j = heads[i] + 1; j < seqs[i]->n; j++)
            if (seqs[i]->items[j] == x)
                return 1;
    return 0;
}

/* C3 linearisation of cls + merge(mro(b) for b in bases, bases). */
static MoltValue c3_mro(MoltType *cls, MoltTuple *bases)
{
    size_t nseq = bases->n + 1, i, n = 0, total = 1;
    MoltTuple **seqs = molt_alloc(nseq * sizeof *seqs);
    size_t *heads = molt_alloc(nseq * sizeof *heads);
    MoltValue *out;
    for (i = 0; i < bases->n; i++) {
        seqs[i] = molt_tuple_obj(type_mro(molt_ptr(bases->items[i])));
        total += seqs[i]->n;
    }
    seqs[bases->n] = bases;
    out = molt_alloc(total * sizeof *out);
    out[n++] = molt_from_ptr(cls);
    for (;;) {
        MoltValue cand = MOLT_NULL;
        int any = 0;
        for (i = 0; i < nseq; i++) {
            if (heads[i] >= seqs[i]->n)
                continue;
            any = 1;
            if (!in_tail(seqs[i]->items[heads[i]], seqs, heads, nseq)) {
                cand = seqs[i]->items[heads[i]];
                break;
            }
        }
        if (!any)
            break;
        if (!cand) {
            MoltStrBuf sb;
            const char *sep = "";
            molt_sb_init(&sb);
            for (i = 0; i < nseq - 1; i++) {
                size_t j;
                int dup = 0;
                if (heads[i] >= seqs[i]->n)
                    continue;
                for (j = 0; j < i; j++)
                    if (heads[j] < seqs[j]->n && seqs[j]->items[heads[j]] == seqs[i]->items[heads[i]])
                        dup = 1;
                if (dup)
                    continue;
                molt_sb_printf(&sb, "%s%s", sep, ((MoltType *)molt_ptr(seqs[i]->items[heads[i]]))->name);
                sep = ", ";
            }
            return molt_raise(&MoltExc_TypeError,
                "Cannot create a consistent method resolution\norder (MRO) for bases %V",
                molt_sb_finish(&sb));
        }
        out[n++] = cand;
        for (i = 0; i < nseq; i++)
            if (heads[i] < seqs[i]->n && seqs[i]->items[heads[i]] == cand)
                heads[i]++;
    }
    return molt_tuple_new(n, out);
}

/* ---- lookup ---- */

static intptr_t own_index(const MoltClass *c, MoltValue name)
{
    size_t i;
    int64_t h;
    for (i = 0; i < c->nattrs; i++)
        if (c->keys[i] == name)
            return (intptr_t)i;
    h = molt_str_hash(name);
    for (i = 0; i < c->nattrs; i++)
        if (molt_name_eq(c->keys[i], name, h))
            return (intptr_t)i;
    return -1;
}

static MoltValue own_attr(MoltType *t, MoltValue name)
{
    MoltValue v;
    if (molt_is_heaptype(t)) {
        MoltClass *c = (MoltClass *)t;
        intptr_t i = own_index(c, name);
        return i < 0 ? MOLT_NULL : c->values[i];
    }
    v = molt_builtin_type_attr(t, name);
    if (!v && t->methods && molt_dict_lookup(molt_type_dict(t), name, &v) <= 0)
        v = MOLT_NULL; /* str keys: the lookup cannot fail */
    return v;
}

static MoltValue lookup_mro(MoltType *t, MoltValue name, MoltType **owner)
{
    MoltTuple *mro = molt_tuple_obj(type_mro(t));
    size_t i;
    for (i = 0; i < mro->n; i++) {
        MoltType *b = molt_ptr(mro->items[i]);
        MoltValue v = own_attr(b, name);
        if (v) {
            if (owner)
                *owner = b;
            return v;
        }
    }
    return MOLT_NULL;
}

/* The memo entry for key in user class c (cleared when c's version moved
 * on); *hit says whether it holds key already. */
static MoltLookupMemo *memo_slot(MoltClass *c, const void *key, int *hit)
{
    MoltLookupMemo *m;
    if (c->memo_version != c->t.version) {
        memset(c->memo, 0, sizeof c->memo);
        c->memo_version = c->t.version;
    }
    size_t h = ((uintptr_t)key >> 4) % MOLT_LOOKUP_MEMO, i;
    /* four ways from the key's home: the first that holds key or is free */
    for (i = 0; i < 4; i++) {
        m = &c->memo[(h + i) % MOLT_LOOKUP_MEMO];
        if (m->key == key || !m->key)
            break;
    }
    if (i == 4)
        m = &c->memo[h];
    *hit = m->key == key;
    return m;
}

/* Memoised per user class by the name object's address: attribute names
 * in generated code are module constants, so polymorphic sites that miss
 * their inline cache still find the answer in one compare. */
MoltValue molt_type_lookup(MoltType *t, MoltValue name, MoltType **owner)
{
    MoltLookupMemo *m;
    MoltType *own = NULL;
    int hit;
    if (!molt_is_heaptype(t))
        return lookup_mro(t, name, owner);
    m = memo_slot((MoltClass *)t, molt_ptr(name), &hit);
    if (!hit) {
        m->value = lookup_mro(t, name, &own);
        m->owner = own;
        m->key = molt_ptr(name);
    }
    if (owner)
        *owner = m->owner;
    return m->value;
}

/* The same by a C string, memoised by its address: the runtime's
 * special-method lookups (__init__, __add__, ...) pass string literals. */
MoltValue molt_type_lookup_cstr(MoltType *t, const char *name, MoltType **owner)
{
    MoltLookupMemo *m;
    MoltType *own = NULL;
    int hit;
    if (!molt_is_heaptype(t))
        return lookup_mro(t, molt_str_from_cstr(name), owner);
    m = memo_slot((MoltClass *)t, name, &hit);
    if (!hit) {
        m->value = lookup_mro(t, molt_str_from_cstr(name), &own);
        m->owner = own;
        m->key = name;
    }
    if (owner)
        *owner = m->owner;
    return m->value;
}

/* ---- versions, subclasses, setting attributes ---- */

static void invalidate(MoltClass *c, int refill)
{
    size_t i;
    c->t.version = molt_next_version();
    if (refill)
        molt_class_fill_slots(c);
    for (i = 0; i < c->nsub; i++)
        invalidate(c->subclasses[i], refill);
}

static void put_own(MoltClass *c, MoltValue name, MoltValue value)
{
    intptr_t i = own_index(c, name);
    if (i >= 0) {
        c->values[i] = value;
        return;
    }
    if (c->nattrs == c->attrcap) {
        size_t cap = c->attrcap ? 2 * c->attrcap : 8;
        MoltValue *k = molt_alloc(cap * sizeof *k), *v = molt_alloc(cap * sizeof *v);
        if (c->nattrs) {
            memcpy(k, c->keys, c->nattrs * sizeof *k);
            memcpy(v, c->values, c->nattrs * sizeof *v);
        }
        c->keys = k;
        c->values = v;
        c->attrcap = cap;
    }
    c->keys[c->nattrs] = name;
    c->values[c->nattrs++] = value;
}

int molt_class_set(MoltClass *c, MoltValue name, MoltValue value)
{
    if (value) {
        put_own(c, name, value);
    } else {
        intptr_t i = own_index(c, name);
        if (i < 0) {
            molt_raise(&MoltExc_AttributeError, "type object '%s' has no attribute '%V'", c->t.name, name);
            return -1;
        }
        memmove(c->keys + i, c->keys + i + 1, (c->nattrs - (size_t)i - 1) * sizeof(MoltValue));
        memmove(c->values + i, c->values + i + 1, (c->nattrs - (size_t)i - 1) * sizeof(MoltValue));
        c->nattrs--;
    }
    invalidate(c, molt_is_slot_name(name));
    return 0;
}

static void push_subclass(MoltClass ***subs, size_t *n, size_t *cap, MoltClass *sub)
{
    if (*n == *cap) {
        size_t c = *cap ? 2 * *cap : 4;
        MoltClass **s = molt_alloc(c * sizeof *s);
        if (*n)
            memcpy(s, *subs, *n * sizeof *s);
        *subs = s;
        *cap = c;
    }
    (*subs)[(*n)++] = sub;
}

/* The user classes deriving directly from a builtin type, which has no
 * room for them in its static struct: a list per such type, for
 * type.__subclasses__ (static, so the collector scans it). */
typedef struct BuiltinSubs {
    const MoltType *base;
    MoltClass **subs;
    size_t n, cap;
    struct BuiltinSubs *next;
} BuiltinSubs;
static BuiltinSubs *builtin_subs;

static BuiltinSubs *builtin_subs_of(const MoltType *base, int create)
{
    BuiltinSubs *b;
    for (b = builtin_subs; b; b = b->next)
        if (b->base == base)
            return b;
    if (!create)
        return NULL;
    b = molt_alloc(sizeof *b);
    b->base = base;
    b->next = builtin_subs;
    builtin_subs = b;
    return b;
}

static void add_subclass(MoltType *base, MoltClass *sub)
{
    MoltClass *b = (MoltClass *)base;
    if (!molt_is_heaptype(base)) {
        BuiltinSubs *s = builtin_subs_of(base, 1);
        push_subclass(&s->subs, &s->n, &s->cap, sub);
        return;
    }
    push_subclass(&b->subclasses, &b->nsub, &b->subcap, sub);
}

MoltValue molt_type_subclasses(MoltType *t)
{
    MoltValue list = molt_list_new(0, NULL);
    MoltClass **subs = NULL;
    size_t n = 0, i;
    if (molt_is_heaptype(t)) {
        subs = ((MoltClass *)t)->subclasses;
        n = ((MoltClass *)t)->nsub;
    } else {
        BuiltinSubs *b = builtin_subs_of(t, 0);
        if (b)
            subs = b->subs, n = b->n;
    }
    for (i = 0; i < n; i++)
        if (molt_list_append(list, molt_from_ptr(subs[i])) < 0)
            return MOLT_NULL;
    return list;
}

/* ---- creation ---- */

/* object, BaseException (for every exception class), type (for
 * metaclasses), a builtin base type (int, str, list...), or NULL for a
 * builtin base whose layout user classes cannot extend yet. */
static MoltType *solid_base(MoltType *t)
{
    if (molt_is_heaptype(t))
        return ((MoltClass *)t)->solid;
    if (t->flags & MOLT_TYPE_EXCEPTION)
        return &MoltExc_BaseException;
    if (t == &MoltObject_Type || t == &MoltType_Type || molt_builtin_base_kind(t))
        return t;
    return NULL;
}

static int is_plain_function(MoltValue v) { return molt_is_ptr(v) && molt_type_of(v) == &MoltFunction_Type; }

static MoltValue call_set_names(MoltClass *c)
{
    size_t i;
    for (i = 0; i < c->nattrs; i++) {
        MoltValue v = c->values[i], args[2];
        int found;
        if (molt_is_ptr(v) && molt_type_of(v) == &MoltProperty_Type)
            molt_property_set_name(v, c->keys[i]);
        if (!molt_is_ptr(v) || !molt_is_heaptype(molt_type_of(v)))
            continue;
        args[0] = molt_from_ptr(c);
        args[1] = c->keys[i];
        if (!molt_call_special(v, "__set_name__", args, 2, &found) && found)
            return MOLT_NULL;
    }
    return MOLT_NONE;
}

/* super(cls, cls).__init_subclass__(**kw) */
static MoltValue call_init_subclass(MoltClass *c, const MoltValue *kwvals, MoltValue kwnames)
{
    MoltTuple *mro = molt_tuple_obj(c->t.mro);
    MoltValue name = molt_str_from_cstr("__init_subclass__"), f = MOLT_NULL, bound;
    size_t i;
    for (i = 1; i < mro->n && !f; i++)
        f = own_attr(molt_ptr(mro->items[i]), name);
    if (!f)
        return MOLT_NONE;
    bound = molt_descr_get(f, MOLT_NULL, molt_from_ptr(c));
    if (!bound)
        return MOLT_NULL;
    /* object's version: no keywords */
    if (molt_is_ptr(f) && molt_type_of(f) == &MoltWrapper_Type) {
        if (kwnames && molt_tuple_len(kwnames))
            return molt_raise(
                &MoltExc_TypeError, "%s.__init_subclass__() takes no keyword arguments", c->t.name);
        return MOLT_NONE;
    }
    return molt_call(bound, kwvals, 0, kwnames && molt_tuple_len(kwnames) ? kwnames : MOLT_NULL);
}

/* The match-statement flags, as CPython's inherit_special and
 * inherit_patma_flags: SEQUENCE or MAPPING from the first type along the
 * MRO that has either, MATCH_SELF from the first base. */
static void inherit_match_flags(MoltType *t, const MoltType *first)
{
    const MoltTuple *mro = molt_tuple_obj(t->mro);
    const unsigned collection = MOLT_TYPE_SEQUENCE | MOLT_TYPE_MAPPING;
    for (size_t i = 1; i < mro->n && !(t->flags & collection); i++)
        t->flags |= ((const MoltType *)molt_ptr(mro->items[i]))->flags & collection;
    t->flags |= first->flags & MOLT_TYPE_MATCH_SELF;
}

/* The most derived of meta and the metaclasses of bases (CPython's
 * _PyType_CalculateMetaclass), or NULL with TypeError on a conflict. */
MoltType *molt_calculate_metaclass(MoltType *meta, MoltValue bases)
{
    MoltType *winner = meta;
    size_t i;
    for (i = 0; i < molt_tuple_len(bases); i++) {
        MoltType *bt = molt_type_of(molt_tuple_item(bases, i));
        if (molt_type_is_subtype(winner, bt))
            continue;
        if (molt_type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        molt_raise(&MoltExc_TypeError,
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
            "metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* Copy the namespace into c's own attributes, in its order, as
 * type_new_set_attrs: __qualname__ and __classcell__ are taken out,
 * __new__ becomes a staticmethod and __init_subclass__ /
 * __class_getitem__ classmethods. *cell receives __classcell__. */
static int take_namespace(MoltClass *c, MoltValue ns, MoltValue *cell)
{
    MoltValue eq = molt_str_from_cstr("__eq__"), hash = molt_str_from_cstr("__hash__"), k, v;
    size_t pos = 0;
    int has_eq = 0, has_hash = 0;
    while (molt_dict_next(ns, &pos, &k, &v)) {
        const char *key;
        if (!molt_is_str(k))
            continue; /* a class's own attributes are named by str */
        key = molt_str_cstr(k);
        if (strcmp(key, "__qualname__") == 0) {
            if (!molt_is_str(v)) {
                molt_raise(&MoltExc_TypeError, "type __qualname__ must be a str, not %s", molt_type_name(v));
                return -1;
            }
            c->qualname = v;
            continue;
        }
        if (strcmp(key, "__classcell__") == 0) {
            if (molt_type_of(v) != &MoltCell_Type) {
                molt_raise(&MoltExc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                    molt_from_ptr(molt_type_of(v)));
                return -1;
            }
            *cell = v;
            continue;
        }
        if (is_plain_function(v) && strcmp(key, "__new__") == 0)
            v = molt_wrapped_new(&MoltStaticMethod_Type, v);
        else if (is_plain_function(v)
            && (strcmp(key, "__init_subclass__") == 0 || strcmp(key, "__class_getitem__") == 0))
            v = molt_wrapped_new(&MoltClassMethod_Type, v);
        if (strcmp(key, "__slots__") == 0) {
            if (molt_is_str(v))
                v = molt_tuple_new(1, &v);
            if (!molt_is_tuple(v)) {
                molt_raise(&MoltExc_TypeError, "molt2c supports __slots__ only as a str or tuple");
                return -1;
            }
            /* CPython's variable-sized bases (int, tuple) take no slots */
            if (molt_tuple_len(v) && (c->solid == &MoltInt_Type || c->solid == &MoltTuple_Type)) {
                molt_raise(&MoltExc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                    c->t.base->name);
                return -1;
            }
            c->slots = v;
        }
        has_eq |= molt_str_equal(k, eq);
        has_hash |= molt_str_equal(k, hash);
        put_own(c, k, v);
    }
    if (has_eq && !has_hash)
        put_own(c, hash, MOLT_NONE);
    if (own_index(c, molt_str_from_cstr("__module__")) < 0)
        put_own(c, molt_str_from_cstr("__module__"), molt_str_from_cstr("__main__"));
    if (own_index(c, molt_str_from_cstr("__doc__")) < 0)
        put_own(c, molt_str_from_cstr("__doc__"), MOLT_NONE);
    return 0;
}

MoltValue molt_class_create(
    MoltType *meta, MoltValue name, MoltValue bases, MoltValue ns, const MoltValue *kwvals, MoltValue kwnames)
{
    MoltTuple *bt = molt_tuple_obj(bases);
    MoltType *solid = NULL, *first;
    MoltClass *c;
    MoltValue mro, cell = MOLT_NULL;
    size_t i, off;
    if (bt->n == 0) {
        MoltValue obj = molt_from_ptr(&MoltObject_Type);
        bases = molt_tuple_new(1, &obj);
        bt = molt_tuple_obj(bases);
    }
    for (i = 0; i < bt->n; i++) {
        MoltType *b, *s;
        size_t j;
        if (!molt_is_type(bt->items[i]))
            return molt_raise(&MoltExc_TypeError, "bases must be types");
        b = molt_ptr(bt->items[i]);
        for (j = 0; j < i; j++)
            if (bt->items[j] == bt->items[i])
                return molt_raise(&MoltExc_TypeError, "duplicate base class %s", b->name);
        if (!(b->flags & MOLT_TYPE_BASETYPE))
            return molt_raise(&MoltExc_TypeError, "type '%s' is not an acceptable base type", b->name);
        s = solid_base(b);
        if (!s)
            return molt_raise(&MoltExc_TypeError,
                "subclassing the builtin type '%s' is not supported by molt2c yet", b->name);
        if (!solid || molt_type_is_subtype(s, solid))
            solid = s;
        else if (!molt_type_is_subtype(solid, s))
            return molt_raise(&MoltExc_TypeError, "multiple bases have instance lay-out conflict");
    }
    first = molt_ptr(bt->items[0]);
    c = molt_alloc(sizeof *c);
    c->t.type = meta;
    c->t.name = molt_str_cstr(name);
    c->t.base = first;
    c->t.flags = MOLT_TYPE_HEAPTYPE | MOLT_TYPE_BASETYPE | (solid->flags & MOLT_TYPE_EXCEPTION);
    c->solid = solid;
    if (solid == &MoltType_Type) {
        /* a metaclass: its instances are classes, attributes in their namespace */
        c->t.flags |= MOLT_TYPE_TYPE_SUBCLASS;
        c->t.attrs_offset = 0;
        c->t.basicsize = sizeof(MoltClass);
    } else {
        if (molt_builtin_base_kind(solid) == 2) {
            c->t.flags |= MOLT_TYPE_BOXED;
            off = sizeof(MoltBoxed);
        } else {
            off = (solid->basicsize + 7) & ~(size_t)7;
        }
        c->t.attrs_offset = off;
        c->t.basicsize = off + sizeof(MoltAttrs);
    }
    c->t.bases = bases;
    c->name = name;
    c->qualname = name;
    mro = c3_mro(&c->t, bt);
    if (!mro)
        return MOLT_NULL;
    c->t.mro = mro;
    inherit_match_flags(&c->t, first);
    if (take_namespace(c, ns, &cell) < 0)
        return MOLT_NULL;
    c->t.version = molt_next_version();
    for (i = 0; i < bt->n; i++)
        add_subclass(molt_ptr(bt->items[i]), c);
    molt_class_fill_slots(c);
    if (cell)
        molt_cell_set(cell, molt_from_ptr(c));
    if (!call_set_names(c) || !call_init_subclass(c, kwvals, kwnames))
        return MOLT_NULL;
    return molt_from_ptr(c);
}

/* ---- type's attribute protocol ---- */

static MoltValue name_of(MoltType *t)
{
    return molt_is_heaptype(t) ? ((MoltClass *)t)->name : molt_str_from_cstr(t->name);
}

/* The attributes `type` defines as data descriptors. */
static MoltValue type_special(MoltType *t, const char *k)
{
    if (strcmp(k, "__name__") == 0)
        return name_of(t);
    if (strcmp(k, "__qualname__") == 0)
        return molt_is_heaptype(t) ? ((MoltClass *)t)->qualname : name_of(t);
    if (strcmp(k, "__mro__") == 0)
        return type_mro(t);
    if (strcmp(k, "__bases__") == 0) {
        MoltValue b;
        if (t->bases)
            return t->bases;
        if (!t->base)
            return molt_tuple_new(0, NULL);
        b = molt_from_ptr(t->base);
        return molt_tuple_new(1, &b);
    }
    if (strcmp(k, "__base__") == 0)
        return t->base ? molt_from_ptr(t->base) : MOLT_NONE;
    if (strcmp(k, "__class__") == 0)
        return molt_from_ptr(t->type);
    if (!molt_is_heaptype(t)) {
        if (strcmp(k, "__module__") == 0)
            return molt_str_from_cstr("builtins");
    }
    return MOLT_NULL;
}

/* An attribute a user metaclass defines (not type's or object's own,
 * which type_special and the lookups below stand for), or MOLT_NULL. */
static MoltValue meta_attr(MoltType *t, MoltValue name)
{
    MoltType *owner = NULL;
    MoltValue v;
    if (!molt_is_heaptype(t->type))
        return MOLT_NULL;
    v = molt_type_lookup(t->type, name, &owner);
    return v && molt_is_heaptype(owner) ? v : MOLT_NULL;
}

/* CPython's type_getattro: data descriptors of the metatype, then the
 * class's MRO, then the metatype's other attributes (methods of a
 * metaclass bind to the class). */
MoltValue molt_type_getattr(MoltValue tv, MoltValue name)
{
    MoltType *t = molt_ptr(tv);
    MoltValue ma = meta_attr(t, name), v;
    if (ma && molt_is_data_descr(ma))
        return molt_descr_get(ma, tv, molt_from_ptr(t->type));
    v = type_special(t, molt_str_cstr(name));
    if (v)
        return v;
    if (strcmp(molt_str_cstr(name), "__dict__") == 0)
        return molt_class_dict_proxy(t);
    v = molt_type_lookup(t, name, NULL);
    if (v)
        return molt_descr_get(v, MOLT_NULL, tv);
    if (ma)
        return molt_descr_get(ma, tv, molt_from_ptr(t->type));
    if (strcmp(molt_str_cstr(name), "__doc__") == 0)
        return MOLT_NONE;
    /* methods of type itself (mro(), __subclasses__ ...) */
    v = molt_builtin_type_attr(&MoltType_Type, name);
    if (v)
        return molt_descr_get(v, tv, molt_from_ptr(&MoltType_Type));
    return molt_raise(&MoltExc_AttributeError, "type object '%s' has no attribute '%V'", t->name, name);
}

int molt_type_setattr(MoltValue tv, MoltValue name, MoltValue v)
{
    MoltType *t = molt_ptr(tv);
    const char *k = molt_str_cstr(name);
    MoltValue ma = meta_attr(t, name);
    if (ma && molt_is_data_descr(ma)) { /* a property of the metaclass */
        const MoltType *dt;
        for (dt = molt_type_of(ma); dt; dt = dt->base)
            if (dt->descr_set)
                return dt->descr_set(ma, tv, v);
    }
    if (!molt_is_heaptype(t)) {
        molt_raise(&MoltExc_TypeError, "cannot set '%s' attribute of immutable type '%s'", k, t->name);
        return -1;
    }
    if (strcmp(k, "__name__") == 0 || strcmp(k, "__qualname__") == 0) {
        MoltClass *c = (MoltClass *)t;
        if (!v) {
            molt_raise(&MoltExc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", k, t->name);
            return -1;
        }
        if (!molt_is_str(v)) {
            molt_raise(&MoltExc_TypeError, "can only assign string to %s.%s, not '%s'", t->name, k,
                molt_type_name(v));
            return -1;
        }
        if (k[2] == 'n') {
            c->name = v;
            t->name = molt_str_cstr(v);
        } else {
            c->qualname = v;
        }
        return 0;
    }
    if (type_special(t, k) || strcmp(k, "__dict__") == 0) {
        molt_raise(&MoltExc_AttributeError, "attribute '%s' of 'type' objects is not writable", k);
        return -1;
    }
    return molt_class_set((MoltClass *)t, name, v);
}
