/* Builtin methods and attributes as objects: method descriptors
 * (list.append), bound builtin methods ([].append), getset descriptors
 * (int.real), and molt_type_dict, which materialises a builtin type's
 * method and getset tables into its __dict__. */
#include <string.h>

#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/exceptions.h"
#include "internal/str.h"
#include "internal/type.h"

/* Build t->dict from t->methods on first use; see type.h. */
MoltValue molt_type_dict(MoltType *t)
{
    const MoltMethodDef *m;
    const MoltGetSetDef *g;
    MoltValue d;
    if (t->dict)
        return t->dict;
    d = molt_dict_new();
    for (g = t->getset; g && g->name; g++) {
        MoltGetSetDescr *descr = molt_alloc(sizeof *descr);
        descr->ob.type = (g->flags & MOLT_GETSET_MEMBER) ? &MoltMemberDescr_Type : &MoltGetSetDescr_Type;
        descr->def = g;
        descr->owner = t;
        molt_dict_setitem(d, molt_str_from_cstr(g->name), molt_from_ptr(descr));
    }
    for (m = t->methods; m && m->name; m++) {
        MoltMethodDescr *descr = molt_alloc(sizeof *descr);
        descr->ob.type = &MoltMethodDescr_Type;
        descr->def = m;
        descr->owner = t;
        /* str keys are always hashable: this cannot fail */
        molt_dict_setitem(d, molt_str_from_cstr(m->name), molt_from_ptr(descr));
    }
    t->dict = d;
    return d;
}

static MoltValue cmethod_new(const MoltMethodDef *def, MoltValue self)
{
    MoltCMethod *m = molt_alloc(sizeof *m);
    m->ob.type = &MoltCMethod_Type;
    m->def = def;
    m->self = self;
    return molt_from_ptr(m);
}

/* Bound method `name` of t (or a base) for self, or MOLT_NULL. */
MoltValue molt_method_bind(MoltType *t, MoltValue self, const char *name)
{
    const MoltMethodDef *m;
    for (; t; t = t->base)
        for (m = t->methods; m && m->name; m++)
            if (strcmp(m->name, name) == 0)
                return cmethod_new(m, (m->flags & MOLT_METH_CLASS) ? molt_from_ptr(t) : self);
    return MOLT_NULL;
}

/* ---- method_descriptor ---- */

static MoltValue descr_get(MoltValue descr, MoltValue obj, MoltValue type)
{
    MoltMethodDescr *d = molt_ptr(descr);
    if (d->def->flags & MOLT_METH_CLASS)
        return cmethod_new(d->def, type ? type : molt_from_ptr(molt_type_of(obj)));
    if (!obj)
        return descr;
    if (!molt_isinstance(obj, d->owner))
        return molt_raise(&MoltExc_TypeError,
            "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name, d->owner->name,
            molt_type_name(obj));
    /* methods of str, tuple... see the base value of a subclass instance */
    return cmethod_new(d->def, molt_unbox(obj));
}

static MoltValue descr_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltMethodDescr *d = molt_ptr(callable);
    if (d->def->flags & MOLT_METH_CLASS) {
        MoltValue m = cmethod_new(d->def, molt_from_ptr(d->owner));
        return molt_call(m, args, nargs, kwnames);
    }
    if (nargs < 1)
        return molt_raise(
            &MoltExc_TypeError, "unbound method %s.%s() needs an argument", d->owner->name, d->def->name);
    if (!molt_isinstance(args[0], d->owner))
        return molt_raise(&MoltExc_TypeError,
            "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name, d->owner->name,
            molt_type_name(args[0]));
    if (molt_unbox(args[0]) != args[0]) {
        MoltValue m = cmethod_new(d->def, molt_unbox(args[0]));
        return molt_call(m, args + 1, nargs - 1, kwnames);
    }
    return d->def->fn(args, nargs, kwnames);
}

static MoltValue descr_repr(MoltValue v)
{
    MoltMethodDescr *d = molt_ptr(v);
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_printf(&sb, "<method '%s' of '%s' objects>", d->def->name, d->owner->name);
    return molt_sb_finish(&sb);
}

MoltType MoltMethodDescr_Type = {
    .type = &MoltType_Type,
    .name = "method_descriptor",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MoltMethodDescr),
    .repr = descr_repr,
    .call = descr_call,
    .descr_get = descr_get,
};

/* ---- getset_descriptor ---- */

static MoltValue getset_get(MoltValue descr, MoltValue obj, MoltValue type)
{
    MoltGetSetDescr *d = molt_ptr(descr);
    (void)type;
    if (!obj)
        return descr;
    if (!molt_isinstance(obj, d->owner))
        return molt_raise(&MoltExc_TypeError,
            "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name, d->owner->name,
            molt_type_name(obj));
    return d->def->get(obj);
}

static int getset_set(MoltValue descr, MoltValue obj, MoltValue value)
{
    MoltGetSetDescr *d = molt_ptr(descr);
    if (!molt_isinstance(obj, d->owner)) {
        molt_raise(&MoltExc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
            d->def->name, d->owner->name, molt_type_name(obj));
        return -1;
    }
    if (!d->def->set) {
        if (d->def->flags & MOLT_GETSET_MEMBER)
            molt_raise(&MoltExc_AttributeError, "readonly attribute");
        else
            molt_raise(&MoltExc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                d->def->name, d->owner->name);
        return -1;
    }
    return d->def->set(obj, value);
}

static MoltValue getset_repr(MoltValue v)
{
    MoltGetSetDescr *d = molt_ptr(v);
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_printf(&sb, "<%s '%s' of '%s' objects>",
        (d->def->flags & MOLT_GETSET_MEMBER) ? "member" : "attribute", d->def->name, d->owner->name);
    return molt_sb_finish(&sb);
}

MoltType MoltGetSetDescr_Type = {
    .type = &MoltType_Type,
    .name = "getset_descriptor",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MoltGetSetDescr),
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
};

/* The same for rows flagged MOLT_GETSET_MEMBER. */
MoltType MoltMemberDescr_Type = {
    .type = &MoltType_Type,
    .name = "member_descriptor",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MoltGetSetDescr),
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
};

/* ---- bound builtin methods ---- */

static MoltValue cmethod_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltCMethod *m = molt_ptr(callable);
    MoltValue buf[8], *all;
    size_t total = nargs + molt_kw_count(kwnames);
    all = total + 1 <= 8 ? buf : molt_alloc((total + 1) * sizeof(MoltValue));
    all[0] = m->self;
    memcpy(all + 1, args, total * sizeof(MoltValue));
    return m->def->fn(all, nargs + 1, kwnames);
}

static MoltValue cmethod_repr(MoltValue v)
{
    MoltCMethod *m = molt_ptr(v);
    MoltStrBuf sb;
    molt_sb_init(&sb);
    if (m->def->flags & MOLT_METH_CLASS)
        molt_sb_printf(&sb, "<built-in method %s of type object at %p>", m->def->name, molt_ptr(m->self));
    else
        molt_sb_printf(&sb, "<built-in method %s of %s object at %p>", m->def->name, molt_type_name(m->self),
            molt_ptr(m->self));
    return molt_sb_finish(&sb);
}

MoltType MoltCMethod_Type = {
    .type = &MoltType_Type,
    .name = "builtin_function_or_method",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MoltCMethod),
    .repr = cmethod_repr,
    .call = cmethod_call,
};
