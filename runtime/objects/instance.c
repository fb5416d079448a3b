/* Instances of user classes: shapes (hidden classes) and slot arrays.
 *
 * Shapes form a transition tree from the empty shape: adding attribute x
 * to an instance of shape S moves it to S's child for x, created once and
 * shared, so instances built by the same __init__ share one shape and an
 * attribute site's cache keyed by shape hits for all of them. Deleting an
 * attribute rebuilds the instance's shape from the empty one.
 *
 * Dict mode: once Python code asks for an instance's __dict__, the
 * attributes move into a real dict (slots[0]) and the instance takes the
 * dict shape, which names nothing and which the attribute sites never
 * cache (runtime/core/attr.c), so every access goes through the dict and
 * sees what code did to it, as CPython's live __dict__. */
#include <string.h>

#include "internal/class.h"
#include "internal/dict.h"
#include "internal/exceptions.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

static MoltShape *empty_shape;
static MoltShape dict_shape; /* instances in dict mode */

/* Slot arrays grow to 4, then powers of two. */
static size_t capacity(size_t n)
{
    size_t cap = 4;
    while (cap < n)
        cap *= 2;
    return cap;
}

MoltShape *molt_shape_empty(void)
{
    if (!empty_shape)
        empty_shape = molt_alloc(sizeof *empty_shape);
    return empty_shape;
}

static int same_name(MoltValue a, MoltValue b) { return a == b || molt_str_equal(a, b); }

intptr_t molt_shape_find(const MoltShape *s, MoltValue name)
{
    size_t i;
    int64_t h;
    for (i = s->n; i-- > 0;)
        if (s->names[i] == name)
            return (intptr_t)i;
    h = molt_str_hash(name);
    for (i = s->n; i-- > 0;)
        if (molt_name_eq(s->names[i], name, h))
            return (intptr_t)i;
    return -1;
}

MoltShape *molt_shape_add(MoltShape *s, MoltValue name)
{
    size_t i;
    MoltShape *k;
    for (i = 0; i < s->nkids; i++)
        if (same_name(s->kids[i]->names[s->n], name))
            return s->kids[i];
    k = molt_alloc(sizeof *k);
    k->parent = s;
    k->n = s->n + 1;
    k->names = molt_alloc(k->n * sizeof(MoltValue));
    if (s->n)
        memcpy(k->names, s->names, s->n * sizeof(MoltValue));
    k->names[s->n] = name;
    if (s->nkids == s->kidcap) {
        size_t cap = s->kidcap ? 2 * s->kidcap : 2;
        MoltShape **kids = molt_alloc(cap * sizeof *kids);
        if (s->nkids)
            memcpy(kids, s->kids, s->nkids * sizeof *kids);
        s->kids = kids;
        s->kidcap = cap;
    }
    s->kids[s->nkids++] = k;
    return k;
}

/* The slot array starts inside the instance, sized by the most
 * attributes an instance of the class has had (slot_hint), exactly: a
 * class whose __init__ sets two attributes makes 48-byte instances. */
MoltValue molt_inst_alloc(MoltType *t)
{
    MoltClass *c = (MoltClass *)t;
    size_t cap = c->slot_hint;
    MoltObject *o = molt_alloc(t->basicsize + cap * sizeof(MoltValue));
    MoltAttrs *a;
    o->type = t;
    a = (MoltAttrs *)((char *)o + t->attrs_offset);
    a->shape = empty_shape ? empty_shape : molt_shape_empty();
    a->cap = cap;
    a->slots = cap ? (MoltValue *)((char *)o + t->basicsize) : NULL;
    return molt_from_ptr(o);
}

static void note_size(MoltValue o, size_t n)
{
    MoltClass *c = (MoltClass *)molt_type_of(o);
    if (n > c->slot_hint && n <= 64)
        c->slot_hint = n;
}

int molt_inst_dict_mode(const MoltAttrs *a) { return a->shape == &dict_shape; }

/* The dict of an instance in dict mode, looked up by a str name: the
 * value or MOLT_NULL (a failing __eq__ of an odd key counts as absent). */
static MoltValue dict_get(const MoltAttrs *a, MoltValue name)
{
    MoltValue v;
    int r = molt_dict_lookup(a->slots[0], name, &v);
    if (r < 0)
        molt_err_clear();
    return r > 0 ? v : MOLT_NULL;
}

static void enter_dict_mode(MoltAttrs *a, MoltValue d)
{
    a->slots = molt_alloc(sizeof(MoltValue));
    a->slots[0] = d;
    a->cap = 1;
    a->shape = &dict_shape;
}

MoltValue molt_inst_dict(MoltValue o)
{
    MoltAttrs *a = molt_attrs_of(o, molt_type_of(o));
    const MoltShape *s = a->shape;
    MoltValue d;
    size_t i;
    if (molt_inst_dict_mode(a))
        return a->slots[0];
    d = molt_dict_new();
    for (i = 0; i < s->n; i++)
        if (molt_dict_setitem(d, s->names[i], a->slots[i]) < 0)
            return MOLT_NULL;
    enter_dict_mode(a, d);
    return d;
}

int molt_inst_set_dict(MoltValue o, MoltValue d)
{
    if (d && !molt_is_dict(d)) {
        molt_raise(&MoltExc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", molt_type_name(d));
        return -1;
    }
    /* del o.__dict__ leaves a fresh empty dict behind, as CPython */
    enter_dict_mode(molt_attrs_of(o, molt_type_of(o)), d ? d : molt_dict_new());
    return 0;
}

MoltValue molt_inst_get(MoltValue o, MoltValue name)
{
    MoltAttrs *a = molt_attrs_of(o, molt_type_of(o));
    intptr_t i;
    if (molt_inst_dict_mode(a))
        return dict_get(a, name);
    i = molt_shape_find(a->shape, name);
    return i < 0 ? MOLT_NULL : a->slots[i];
}

static void ensure_slots(MoltAttrs *a, size_t n)
{
    size_t have = ((const MoltShape *)a->shape)->n;
    MoltValue *slots;
    if (n <= a->cap)
        return;
    a->cap = capacity(n);
    slots = molt_alloc(a->cap * sizeof(MoltValue));
    if (have)
        memcpy(slots, a->slots, have * sizeof(MoltValue));
    a->slots = slots;
}

void molt_inst_set(MoltValue o, MoltValue name, MoltValue v)
{
    MoltAttrs *a = molt_attrs_of(o, molt_type_of(o));
    MoltShape *s = (MoltShape *)a->shape;
    intptr_t i;
    if (molt_inst_dict_mode(a)) {
        if (molt_dict_setitem(a->slots[0], name, v) < 0)
            molt_err_clear(); /* a str key: cannot fail but for memory */
        return;
    }
    i = molt_shape_find(s, name);
    if (i >= 0) {
        a->slots[i] = v;
        return;
    }
    ensure_slots(a, s->n + 1);
    a->slots[s->n] = v;
    a->shape = molt_shape_add(s, name);
    note_size(o, s->n + 1);
}

int molt_inst_del(MoltValue o, MoltValue name)
{
    MoltAttrs *a = molt_attrs_of(o, molt_type_of(o));
    const MoltShape *s = a->shape;
    intptr_t i;
    MoltShape *ns = molt_shape_empty();
    MoltValue *slots;
    size_t j, k = 0;
    if (molt_inst_dict_mode(a)) {
        if (!dict_get(a, name))
            return 0;
        return molt_dict_delitem(a->slots[0], name) < 0 ? (molt_err_clear(), 0) : 1;
    }
    i = molt_shape_find(s, name);
    if (i < 0)
        return 0;
    a->cap = capacity(s->n);
    slots = molt_alloc(a->cap * sizeof(MoltValue));
    for (j = 0; j < s->n; j++) {
        if ((intptr_t)j == i)
            continue;
        slots[k++] = a->slots[j];
        ns = molt_shape_add(ns, s->names[j]);
    }
    a->slots = slots;
    a->shape = ns;
    return 1;
}

void molt_inst_append(MoltAttrs *a, MoltShape *next, MoltValue v)
{
    size_t n = ((const MoltShape *)a->shape)->n;
    ensure_slots(a, n + 1);
    a->slots[n] = v;
    a->shape = next;
}

/* ---- __class__ assignment ---- */

/* What CPython's compatible_for_assignment compares, for user classes
 * whose instances are the same C struct (same solid base and attribute
 * storage): whether instances have a __dict__ and the __slots__ names
 * the classes along the MRO add, in order. 1 if a and b agree. */
static int has_name(MoltValue names, MoltValue name)
{
    size_t i;
    for (i = 0; i < molt_tuple_len(names); i++)
        if (molt_str_equal(molt_tuple_item(names, i), name))
            return 1;
    return 0;
}

static int same_slots_added(MoltType *a, MoltType *b)
{
    MoltTuple *ma = molt_tuple_obj(a->mro), *mb = molt_tuple_obj(b->mro);
    size_t i = 0, j = 0, k;
    int dict_a = 0, dict_b = 0;
    for (;;) {
        MoltClass *ca = NULL, *cb = NULL;
        for (; i < ma->n && !ca; i++) {
            MoltType *t = molt_ptr(ma->items[i]);
            if (molt_is_heaptype(t) && !((MoltClass *)t)->slots)
                dict_a = 1;
            else if (molt_is_heaptype(t) && molt_tuple_len(((MoltClass *)t)->slots))
                ca = (MoltClass *)t;
        }
        for (; j < mb->n && !cb; j++) {
            MoltType *t = molt_ptr(mb->items[j]);
            if (molt_is_heaptype(t) && !((MoltClass *)t)->slots)
                dict_b = 1;
            else if (molt_is_heaptype(t) && molt_tuple_len(((MoltClass *)t)->slots))
                cb = (MoltClass *)t;
        }
        if (!ca || !cb)
            return !ca && !cb && dict_a == dict_b;
        /* CPython compares the sorted names (ht_slots): the same set */
        if (molt_tuple_len(ca->slots) != molt_tuple_len(cb->slots))
            return 0;
        for (k = 0; k < molt_tuple_len(ca->slots); k++)
            if (!has_name(cb->slots, molt_tuple_item(ca->slots, k)))
                return 0;
    }
}

int molt_inst_set_class(MoltValue o, MoltValue cls)
{
    MoltType *old = molt_type_of(o), *new;
    if (!cls) {
        molt_raise(&MoltExc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!molt_is_type(cls)) {
        molt_raise(
            &MoltExc_TypeError, "__class__ must be set to a class, not '%s' object", molt_type_name(cls));
        return -1;
    }
    new = molt_ptr(cls);
    if (!molt_is_heaptype(old) || !molt_is_heaptype(new)) {
        molt_raise(&MoltExc_TypeError,
            "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (new->basicsize != old->basicsize || new->attrs_offset != old->attrs_offset
        || ((MoltClass *)new)->solid != ((MoltClass *)old)->solid
        /* CPython's variable-sized layouts never match */
        || ((MoltClass *)old)->solid == &MoltInt_Type || ((MoltClass *)old)->solid == &MoltTuple_Type
        || (new->flags &MOLT_TYPE_EXCEPTION) != (old->flags & MOLT_TYPE_EXCEPTION)
        || !same_slots_added(old, new)) {
        molt_raise(&MoltExc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
            new->name, old->name);
        return -1;
    }
    /* Inline caches and method caches key on the type in the object's
     * header, so they miss from now on; the shape is class-independent. */
    ((MoltObject *)molt_ptr(o))->type = new;
    note_size(o, ((const MoltShape *)molt_attrs_of(o, new)->shape)->n);
    return 0;
}
