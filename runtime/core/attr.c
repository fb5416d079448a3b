/* Attribute access on any value: the generic object protocol (data
 * descriptors on the type, then the instance's slots, then other class
 * attributes), the inline-cache slow paths of generated attribute and
 * method-call sites, and isinstance/issubclass. */
#include <string.h>

#include "internal/class.h"
#include "internal/exceptions.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

typedef MoltValue (*GetattrFn)(MoltValue, MoltValue);
typedef int (*SetattrFn)(MoltValue, MoltValue, MoltValue);

static GetattrFn getattr_of(const MoltType *t)
{
    for (; t; t = t->base)
        if (t->getattr)
            return t->getattr;
    return NULL;
}

static SetattrFn setattr_of(const MoltType *t)
{
    for (; t; t = t->base)
        if (t->setattr)
            return t->setattr;
    return NULL;
}

int molt_is_data_descr(MoltValue v)
{
    const MoltType *t;
    if (!molt_is_ptr(v))
        return 0;
    for (t = molt_type_of(v); t; t = t->base)
        if (t->descr_set)
            return 1;
    return 0;
}

static int has_descr_get(MoltValue v)
{
    const MoltType *t;
    if (!molt_is_ptr(v))
        return 0;
    if (molt_type_of(v) == &MoltFunction_Type)
        return 1;
    for (t = molt_type_of(v); t; t = t->base)
        if (t->descr_get)
            return 1;
    return 0;
}

MoltValue molt_err_no_attr(MoltValue o, MoltValue name)
{
    if (molt_is_type(o))
        return molt_raise(&MoltExc_AttributeError, "type object '%s' has no attribute '%V'",
            ((MoltType *)molt_ptr(o))->name, name);
    return molt_raise(&MoltExc_AttributeError, "'%s' object has no attribute '%V'", molt_type_name(o), name);
}

static MoltValue check_name(MoltValue name)
{
    if (!molt_is_str(name))
        return molt_raise(
            &MoltExc_TypeError, "attribute name must be string, not '%s'", molt_type_name(name));
    return name;
}

/* __dict__ of instances is CPython's getset on the class, which molt
 * does not store: it is served here when nothing else is found (an
 * instance can have no attribute of that name, see generic setattr). */
static int is_dict_name(MoltValue name) { return strcmp(molt_str_cstr(name), "__dict__") == 0; }
static int refuse_dict_with_slots(MoltType *t);

MoltValue molt_generic_getattr(MoltValue o, MoltValue name)
{
    MoltType *t = molt_type_of(o);
    MoltValue d = molt_type_lookup(t, name, NULL), v;
    if (d && molt_is_data_descr(d))
        return molt_descr_get(d, o, molt_from_ptr(t));
    if (t->attrs_offset && molt_is_ptr(o)) {
        v = molt_inst_get(o, name);
        if (v)
            return v;
    }
    if (d)
        return molt_descr_get(d, o, molt_from_ptr(t));
    if (is_dict_name(name) && t->attrs_offset && molt_is_ptr(o) && molt_class_has_dict(t))
        return refuse_dict_with_slots(t) ? MOLT_NULL : molt_inst_dict(o);
    return molt_err_no_attr(o, name);
}

static int slots_allow(MoltType *t, MoltValue name)
{
    MoltTuple *mro = molt_tuple_obj(t->mro);
    size_t i, j;
    for (i = 0; i < mro->n; i++) {
        MoltType *b = molt_ptr(mro->items[i]);
        MoltClass *c;
        if (!molt_is_heaptype(b))
            continue;
        c = (MoltClass *)b;
        if (!c->slots)
            return 1; /* a class without __slots__ gives instances a dict */
        for (j = 0; j < molt_tuple_len(c->slots); j++)
            if (molt_str_equal(molt_tuple_item(c->slots, j), name)
                || is_dict_name(molt_tuple_item(c->slots, j))) /* "__dict__" in __slots__ */
                return 1;
    }
    return 0;
}

int molt_class_has_dict(MoltType *t) { return slots_allow(t, molt_str_from_cstr("__dict__")); }

/* Instances keep __slots__ attributes in the same storage as the others,
 * so a __dict__ that must leave them out is refused: 1 (with the
 * exception) if t has a __dict__ and also __slots__ names. */
static int refuse_dict_with_slots(MoltType *t)
{
    MoltTuple *mro = molt_tuple_obj(t->mro);
    size_t i, j;
    for (i = 0; i < mro->n; i++) {
        MoltType *b = molt_ptr(mro->items[i]);
        MoltValue s = molt_is_heaptype(b) ? ((MoltClass *)b)->slots : MOLT_NULL;
        for (j = 0; s && j < molt_tuple_len(s); j++)
            if (!is_dict_name(molt_tuple_item(s, j))) {
                molt_raise(&MoltExc_NotImplementedError,
                    "molt2c does not support __dict__ of instances that also have __slots__ yet");
                return 1;
            }
    }
    return 0;
}

int molt_generic_setattr(MoltValue o, MoltValue name, MoltValue v)
{
    MoltType *t = molt_type_of(o);
    MoltValue d = molt_type_lookup(t, name, NULL);
    if (molt_is_class_name(name) && d == molt_builtin_type_attr(&MoltObject_Type, name))
        return molt_inst_set_class(o, v);
    if (!d && t->attrs_offset && molt_is_ptr(o) && is_dict_name(name) && molt_class_has_dict(t))
        return refuse_dict_with_slots(t) ? -1 : molt_inst_set_dict(o, v);
    if (d && molt_is_data_descr(d)) {
        const MoltType *dt;
        for (dt = molt_type_of(d); dt; dt = dt->base)
            if (dt->descr_set)
                return dt->descr_set(d, o, v);
    }
    if (!t->attrs_offset || !molt_is_ptr(o)) {
        if (d)
            molt_raise(&MoltExc_AttributeError, "'%s' object attribute '%V' is read-only", t->name, name);
        else
            molt_raise(&MoltExc_AttributeError, "'%s' object has no attribute '%V'", t->name, name);
        return -1;
    }
    if (!v) {
        if (!molt_inst_del(o, name)) {
            molt_err_no_attr(o, name);
            return -1;
        }
        return 0;
    }
    if (!slots_allow(t, name)) {
        if (d)
            molt_raise(&MoltExc_AttributeError, "'%s' object attribute '%V' is read-only", t->name, name);
        else
            molt_raise(&MoltExc_AttributeError, "'%s' object has no attribute '%V'", t->name, name);
        return -1;
    }
    molt_inst_set(o, name, v);
    return 0;
}

MOLT_API MoltValue molt_getattr(MoltValue o, MoltValue name)
{
    MoltType *t = molt_type_of(o);
    GetattrFn f;
    if (!check_name(name))
        return MOLT_NULL;
    f = getattr_of(t); /* type's (molt_type_getattr) for classes, unless a metaclass has its own */
    return f ? f(o, name) : molt_generic_getattr(o, name);
}

MOLT_API int molt_setattr(MoltValue o, MoltValue name, MoltValue v)
{
    SetattrFn f;
    if (!check_name(name))
        return -1;
    f = setattr_of(molt_type_of(o));
    return f ? f(o, name, v) : molt_generic_setattr(o, name, v);
}

MOLT_API int molt_delattr(MoltValue o, MoltValue name) { return molt_setattr(o, name, MOLT_NULL); }

MOLT_API int molt_del_attr(MoltValue o, MoltValue name) { return molt_setattr(o, name, MOLT_NULL); }

/* ---- inline-cache slow paths ----
 * A site caches only what the generic protocol would find without running
 * user code: user classes with the default getattr/setattr slots. An
 * entry is keyed by (type, version, shape); the version moves whenever an
 * attribute of the class or of a base changes, and a shape names the
 * instance's own attributes, so an entry stays right until one of them
 * moves on. What the version does not cover is the type of a class
 * attribute: an instance of a user class found on the type could gain
 * __get__ or __set__ later without its owner's version moving, so a site
 * whose lookup met such an attribute is not cached (as CPython's
 * specializer declines non-builtin descriptors). */

static int cacheable(const MoltType *t) { return molt_is_heaptype(t) && !getattr_of(t) && !setattr_of(t); }

/* 1 if what class attribute d is (descriptor or not) cannot change while
 * its owner's version stays: absent, an immediate, or of a builtin type. */
static int stable_kind(MoltValue d) { return !d || !molt_is_ptr(d) || !molt_is_heaptype(molt_type_of(d)); }

static const void *shape_of(MoltValue o, const MoltType *t)
{
    return t->attrs_offset ? molt_attrs_of(o, t)->shape : NULL;
}

/* Entries keyed by shape alone. Sites in the methods of a base class see
 * instances of several subclasses, built by the same __init__ and so of
 * one shape: where the attribute is an instance slot, the answer is that
 * slot for every class whose instances' attributes always live in their
 * slots. Such a class is plain: cacheable, its solid base is object (so
 * the slots are where they are for every plain class), no class on its
 * MRO has __slots__, and no class attribute on it is a data descriptor
 * or something that could become one (an instance of a user class). A
 * name's slot then cannot be overridden by the class, as CPython's
 * lookup would only let a data descriptor do. Such an entry has type
 * ANY_PLAIN and is valid for any plain class; plainness is worked out
 * again whenever the class's version moves (MoltType.plain_mark lets the
 * inline paths in attr.h test it). */
MOLT_API const char molt_cache_any_plain;
#define ANY_PLAIN ((const void *)&molt_cache_any_plain)

static int compute_plain(MoltType *t)
{
    MoltTuple *mro;
    size_t i, j;
    if (!cacheable(t) || ((MoltClass *)t)->solid != &MoltObject_Type || !t->mro)
        return 0;
    mro = molt_tuple_obj(t->mro);
    for (i = 0; i < mro->n; i++) {
        const MoltType *b = molt_ptr(mro->items[i]);
        const MoltClass *bc = (const MoltClass *)b;
        if (!molt_is_heaptype(b))
            continue;
        if (bc->slots)
            return 0;
        for (j = 0; j < bc->nattrs; j++)
            if (!stable_kind(bc->values[j]) || molt_is_data_descr(bc->values[j]))
                return 0;
    }
    return 1;
}

static int plain_class(const MoltType *t)
{
    MoltClass *c = (MoltClass *)t;
    if (!molt_is_heaptype(t))
        return 0;
    if (c->plain_version != t->version) {
        c->plain = compute_plain(&c->t);
        c->plain_version = t->version;
        c->t.plain_mark = c->plain ? ~t->version : 0;
    }
    return c->plain;
}

/* The entry of c's `more` valid for (t, shape) now, or NULL: the
 * polymorphic hit path, after the inline one tested the primary. */
static inline const MoltCache *probe_more(const MoltCache *c, const MoltType *t, const void *shape)
{
    const MoltCache *e = c->more;
    size_t i;
    if (e)
        for (i = 0; i < MOLT_CACHE_MORE; i++, e++)
            if (e->type == t && e->version == t->version && e->shape == shape)
                return e;
    return NULL;
}

/* The entry to fill for (t, shape), keyed and emptied: the primary while
 * it is free or holds (t, shape) at an older version, else such an entry
 * of `more` (made when the site meets its second key), else one of `more`
 * in turn, so a megamorphic site keeps its first key on the fast path. */
static MoltCache *refill(MoltCache *c, const MoltType *t, const void *shape)
{
    static unsigned turn;
    MoltCache *e = c;
    size_t i;
    if (c->type && (c->type != t || c->shape != shape)) {
        if (!c->more)
            c->more = molt_alloc(MOLT_CACHE_MORE * sizeof *c->more);
        e = &c->more[turn++ % MOLT_CACHE_MORE];
        for (i = 0; i < MOLT_CACHE_MORE; i++)
            if (!c->more[i].type || (c->more[i].type == t && c->more[i].shape == shape)) {
                e = &c->more[i];
                break;
            }
    }
    e->type = t;
    e->version = t->version;
    e->shape = shape;
    e->index = 0;
    e->value = MOLT_NULL;
    return e;
}

/* A slot entry (shape, index i, transition value) found for plain class
 * t: when the primary entry holds the same for another plain class (or
 * already for any), it becomes (or stays) an ANY_PLAIN entry; 1 then. */
static int widen_to_plain(MoltCache *c, const MoltType *t, const void *shape, intptr_t i, MoltValue value)
{
    if (c->shape != shape || c->index != i || c->value != value || !c->type || !plain_class(t))
        return 0;
    if (c->type == ANY_PLAIN)
        return 1;
    if (c->type == t || c->version != ((const MoltType *)c->type)->version || !plain_class(c->type))
        return 0;
    c->type = ANY_PLAIN;
    c->version = 0;
    return 1;
}

/* A miss of every entry: the full lookup, then (when what it found may be
 * cached) an entry for the next time. */
static MoltValue load_attr_miss(MoltCache *c, MoltValue o, MoltValue name)
{
    MoltType *t;
    MoltCache *e;
    const void *shape;
    MoltValue d;
    intptr_t i;
    if (!molt_is_ptr(o) || molt_is_type(o) || !cacheable(t = molt_type_of(o)))
        return molt_getattr(o, name);
    if (molt_inst_dict_mode(molt_attrs_of(o, t)))
        return molt_generic_getattr(o, name);
    shape = shape_of(o, t);
    d = molt_type_lookup(t, name, NULL);
    if (d && molt_is_data_descr(d))
        return molt_descr_get(d, o, molt_from_ptr(t));
    i = molt_shape_find(shape, name);
    if (i >= 0) {
        if (stable_kind(d) && !widen_to_plain(c, t, shape, i, MOLT_NULL))
            refill(c, t, shape)->index = i;
        return molt_attrs_of(o, t)->slots[i];
    }
    if (d && !has_descr_get(d)) {
        if (stable_kind(d)) {
            e = refill(c, t, shape);
            e->index = -1;
            e->value = d;
        }
        return d;
    }
    if (d)
        return molt_descr_get(d, o, molt_from_ptr(t));
    return molt_generic_getattr(o, name);
}

MOLT_API MoltValue molt_load_attr_slow(MoltCache *c, MoltValue o, MoltValue name)
{
    if (c->type == ANY_PLAIN && molt_is_ptr(o)) {
        const MoltType *t = ((MoltObject *)molt_ptr(o))->type;
        if (t->attrs_offset && molt_attrs_of(o, t)->shape == c->shape && plain_class(t))
            return molt_attrs_of(o, t)->slots[c->index];
    }
    if (c->more && molt_is_ptr(o)) {
        const MoltType *t = ((MoltObject *)molt_ptr(o))->type;
        const MoltCache *e = probe_more(c, t, shape_of(o, t));
        if (e && e->index >= 0)
            return molt_attrs_of(o, t)->slots[e->index];
        if (e && e->index == -1)
            return e->value;
    }
    return load_attr_miss(c, o, name);
}

static int store_attr_miss(MoltCache *c, MoltValue o, MoltValue name, MoltValue v)
{
    MoltType *t;
    MoltCache *e;
    MoltAttrs *a;
    MoltValue d;
    const void *old;
    intptr_t i;
    if (!molt_is_ptr(o) || molt_is_type(o) || !cacheable(t = molt_type_of(o)))
        return molt_setattr(o, name, v);
    a = molt_attrs_of(o, t);
    if (molt_inst_dict_mode(a))
        return molt_generic_setattr(o, name, v);
    d = molt_type_lookup(t, name, NULL);
    if ((d && molt_is_data_descr(d)) || !slots_allow(t, name) || molt_is_class_name(name)
        || is_dict_name(name))
        return molt_generic_setattr(o, name, v);
    i = molt_shape_find(a->shape, name);
    if (i >= 0) {
        if (stable_kind(d) && !widen_to_plain(c, t, a->shape, i, MOLT_NULL))
            refill(c, t, a->shape)->index = i;
        a->slots[i] = v;
        return 0;
    }
    old = a->shape;
    molt_inst_set(o, name, v);
    i = (intptr_t)((const MoltShape *)old)->n;
    if (stable_kind(d) && !widen_to_plain(c, t, old, i, molt_from_ptr(a->shape))) {
        e = refill(c, t, old);
        e->index = i;
        e->value = molt_from_ptr(a->shape);
    }
    return 0;
}

/* Also the inline path's primary entry when a cached transition finds the
 * slot array full. */
MOLT_API int molt_store_attr_slow(MoltCache *c, MoltValue o, MoltValue name, MoltValue v)
{
    if (molt_is_ptr(o)) {
        const MoltType *t = ((MoltObject *)molt_ptr(o))->type;
        if (t->attrs_offset) {
            MoltAttrs *a = molt_attrs_of(o, t);
            const MoltCache *e = c;
            if (!(c->type == t && c->version == t->version && c->shape == a->shape)
                && !(c->type == ANY_PLAIN && c->shape == a->shape && plain_class(t)))
                e = probe_more(c, t, a->shape);
            if (e && e->index >= 0) {
                if (e->value == MOLT_NULL)
                    a->slots[e->index] = v;
                else /* a cached transition: the attribute goes to slot e->index */
                    molt_inst_append(a, (MoltShape *)molt_ptr(e->value), v);
                return 0;
            }
        }
    }
    return store_attr_miss(c, o, name, v);
}

/* ---- method calls ---- */

/* 1 if f's direct entry takes exactly nargs positional arguments. */
static int direct_entry(MoltValue f, size_t nargs)
{
    const MoltFuncDef *def = ((const MoltFunction *)molt_ptr(f))->def;
    return (size_t)def->argcount == nargs && def->kwonlyargcount == 0
        && (def->flags & (MOLT_CO_VARARGS | MOLT_CO_VARKEYWORDS)) == 0;
}

/* A cached method entry e (index -2, -3 or -4) called with o first. */
static MoltValue call_entry(const MoltCache *e, MoltValue *v, size_t nargs, MoltValue kwnames)
{
    if (e->index == -4)
        return ((const MoltMethodDescr *)molt_ptr(e->value))->def->fn(v, nargs, kwnames);
    if (e->index == -3)
        return ((const MoltFunction *)molt_ptr(e->value))->def->entry(e->value, v);
    if (!kwnames)
        return molt_call_fast(e->value, v, nargs, MOLT_NULL);
    return molt_call(e->value, v, nargs, kwnames);
}

static MoltValue call_method(MoltCache *c, MoltValue *v, size_t nargs, MoltValue kwnames, size_t self_at)
{
    MoltValue o = v[0], name = v[1], m;
    MoltType *t;
    if (molt_is_ptr(o) && !molt_is_type(o)) {
        const void *shape;
        const MoltCache *e;
        t = molt_type_of(o);
        shape = shape_of(o, t);
        e = c->type == t && c->version == t->version && c->shape == shape ? c : probe_more(c, t, shape);
        if (e && e->index <= -2) {
            v[self_at] = o;
            return call_entry(e, v + self_at, nargs + 1, kwnames);
        }
        if (!molt_is_heaptype(t) && !getattr_of(t) && !t->attrs_offset) {
            /* builtin types never change: a plain method found once is the
             * method for good, called without a bound-method object */
            MoltValue f = molt_type_lookup(t, name, NULL);
            if (f && molt_type_of(f) == &MoltMethodDescr_Type
                && !(((const MoltMethodDescr *)molt_ptr(f))->def->flags & MOLT_METH_CLASS)) {
                MoltCache *r = refill(c, t, NULL);
                r->index = -4;
                r->value = f;
                v[self_at] = o;
                return call_entry(r, v + self_at, nargs + 1, kwnames);
            }
        }
        if (cacheable(t) || (!molt_is_heaptype(t) && !getattr_of(t))) {
            MoltValue f = molt_type_lookup(t, name, NULL);
            if (f && molt_type_of(f) == &MoltFunction_Type
                && (!t->attrs_offset
                    || (!molt_inst_dict_mode(molt_attrs_of(o, t)) && molt_shape_find(shape, name) < 0))) {
                MoltCache *r = refill(c, t, shape);
                r->index = !kwnames && direct_entry(f, nargs + 1) ? -3 : -2;
                r->value = f;
                v[self_at] = o;
                return molt_call(f, v + self_at, nargs + 1, kwnames);
            }
        }
    }
    m = molt_getattr(o, name);
    if (!m)
        return MOLT_NULL;
    return molt_call(m, v + self_at + 1, nargs, kwnames);
}

/* The inline path (attr.h) tested the primary entry for a compiled
 * function; builtin methods (index -4) and polymorphic sites land here. */
MOLT_API MoltValue molt_call_method_slow(MoltCache *c, size_t n, MoltValue *v)
{
    MoltValue o = v[0];
    if (molt_is_ptr(o)) {
        const MoltType *t = ((MoltObject *)molt_ptr(o))->type;
        const void *shape = shape_of(o, t);
        const MoltCache *e
            = c->type == t && c->version == t->version && c->shape == shape ? c : probe_more(c, t, shape);
        if (e && e->index <= -2) {
            v[1] = o;
            return call_entry(e, v + 1, n - 1, MOLT_NULL);
        }
    }
    return call_method(c, v, n - 2, MOLT_NULL, 1);
}

MOLT_API MoltValue molt_call_method_kw(MoltCache *c, size_t n, MoltValue *v)
{
    MoltValue kwnames = v[2];
    size_t nkw = molt_tuple_len(kwnames);
    return call_method(c, v, n - 3 - nkw, kwnames, 2);
}

/* ---- isinstance / issubclass ----
 * CPython's PyObject_IsInstance / PyObject_IsSubclass: an exact type
 * answers by its MRO; anything else (a class with a metaclass, or any
 * object) is asked through __instancecheck__ / __subclasscheck__ on its
 * type; failing that, objects with a __bases__ tuple take part as
 * "abstract" classes (abstract_issubclass walks __bases__). */

static int is_exact_type(MoltValue v) { return molt_is_ptr(v) && molt_type_of(v) == &MoltType_Type; }

/* cls.__bases__ when it is a tuple, else MOLT_NULL (no exception unless
 * getting it raised something other than AttributeError: -1). */
static int get_bases(MoltValue cls, MoltValue *bases)
{
    *bases = molt_getattr(cls, molt_str_from_cstr("__bases__"));
    if (!*bases) {
        if (!molt_err_occurred_is(&MoltExc_AttributeError))
            return -1;
        molt_err_clear();
        return 0;
    }
    if (!molt_is_tuple(*bases))
        *bases = MOLT_NULL;
    return 0;
}

/* 1 if derived reaches cls through __bases__ (abstract_issubclass). */
static int abstract_issubclass(MoltValue derived, MoltValue cls)
{
    MoltValue bases;
    size_t i;
    for (;;) {
        if (derived == cls)
            return 1;
        if (get_bases(derived, &bases) < 0)
            return -1;
        if (!bases || molt_tuple_len(bases) == 0)
            return 0;
        if (molt_tuple_len(bases) == 1) {
            derived = molt_tuple_item(bases, 0);
            continue;
        }
        for (i = 0; i < molt_tuple_len(bases); i++) {
            int r = abstract_issubclass(molt_tuple_item(bases, i), cls);
            if (r)
                return r;
        }
        return 0;
    }
}

/* 0, or -1 with TypeError msg unless v is a class (a type or an object
 * with a __bases__ tuple). */
static int check_class(MoltValue v, const char *msg)
{
    MoltValue bases;
    if (molt_is_type(v))
        return 0;
    if (get_bases(v, &bases) < 0)
        return -1;
    if (!bases) {
        molt_raise(&MoltExc_TypeError, "%s", msg);
        return -1;
    }
    return 0;
}

/* type(cls).name(cls, arg) when type(cls) is not exactly type: 1/0 from
 * its truth, -1 on error, or 2 when there is no such method. */
static int ask_special(MoltValue cls, const char *name, MoltValue arg)
{
    MoltValue r;
    int found = 0;
    if (is_exact_type(cls) || !molt_is_ptr(cls) || !molt_is_heaptype(molt_type_of(cls)))
        return 2;
    r = molt_call_special(cls, name, &arg, 1, &found);
    if (!found)
        return 2;
    return r ? molt_truth(r) : -1;
}

static int recursive_issubclass(MoltValue sub, MoltValue cls)
{
    if (molt_is_type(cls) && molt_is_type(sub))
        return molt_type_is_subtype(molt_ptr(sub), molt_ptr(cls));
    if (check_class(sub, "issubclass() arg 1 must be a class") < 0)
        return -1;
    if (check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union") < 0)
        return -1;
    return abstract_issubclass(sub, cls);
}

int molt_issubclass_full(MoltValue sub, MoltValue cls)
{
    size_t i;
    int r;
    if (is_exact_type(cls)) {
        if (is_exact_type(sub))
            return molt_type_is_subtype(molt_ptr(sub), molt_ptr(cls));
        return recursive_issubclass(sub, cls);
    }
    if (molt_is_tuple(cls)) {
        for (i = 0; i < molt_tuple_len(cls); i++) {
            r = molt_issubclass_full(sub, molt_tuple_item(cls, i));
            if (r)
                return r;
        }
        return 0;
    }
    r = ask_special(cls, "__subclasscheck__", sub);
    return r != 2 ? r : recursive_issubclass(sub, cls);
}

/* v.__class__ when an instance of a user class may report a class other
 * than its type (a `__class__` property, or __getattribute__): that
 * class, MOLT_NULL when it is the type itself (no exception), or -1. */
static int reported_class(MoltValue v, MoltValue *icls)
{
    MoltType *t = molt_type_of(v);
    MoltValue name;
    *icls = MOLT_NULL;
    if (!molt_is_ptr(v) || !molt_is_heaptype(t))
        return 0;
    name = molt_str_from_cstr("__class__");
    if (!getattr_of(t) && molt_type_lookup(t, name, NULL) == molt_builtin_type_attr(&MoltObject_Type, name))
        return 0;
    *icls = molt_getattr(v, name);
    if (!*icls) {
        if (!molt_err_occurred_is(&MoltExc_AttributeError))
            return -1;
        molt_err_clear();
    }
    if (*icls == molt_from_ptr(t))
        *icls = MOLT_NULL;
    return 0;
}

static int recursive_isinstance(MoltValue v, MoltValue cls)
{
    MoltValue icls;
    if (molt_is_type(cls)) {
        /* CPython's object_isinstance: the type, then a different
         * __class__ the instance reports */
        if (molt_isinstance(v, molt_ptr(cls)))
            return 1;
        if (reported_class(v, &icls) < 0)
            return -1;
        return icls && molt_is_type(icls) && molt_type_is_subtype(molt_ptr(icls), molt_ptr(cls));
    }
    if (check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union") < 0)
        return -1;
    icls = molt_getattr(v, molt_str_from_cstr("__class__"));
    if (!icls) {
        if (!molt_err_occurred_is(&MoltExc_AttributeError))
            return -1;
        molt_err_clear();
        return 0;
    }
    return abstract_issubclass(icls, cls);
}

int molt_isinstance_full(MoltValue v, MoltValue cls)
{
    size_t i;
    int r;
    if (molt_is_ptr(cls) && molt_type_of(v) == (MoltType *)molt_ptr(cls))
        return 1;
    if (is_exact_type(cls))
        return recursive_isinstance(v, cls);
    if (molt_is_tuple(cls)) {
        for (i = 0; i < molt_tuple_len(cls); i++) {
            r = molt_isinstance_full(v, molt_tuple_item(cls, i));
            if (r)
                return r;
        }
        return 0;
    }
    r = ask_special(cls, "__instancecheck__", v);
    return r != 2 ? r : recursive_isinstance(v, cls);
}

int molt_real_isinstance(MoltValue v, MoltValue cls) { return recursive_isinstance(v, cls); }

int molt_real_issubclass(MoltValue sub, MoltValue cls) { return recursive_issubclass(sub, cls); }
