/* The `type` and `object` types, molt_type_of, and calling a type
 * (instantiation dispatched to each builtin type's constructor). */
#include <stdio.h>

#include "internal/builtins.h"
#include "internal/dict.h"
#include "internal/containers.h"
#include "internal/list.h"
#include "internal/set.h"
#include "internal/exceptions.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

/* The type of any value; never fails. */
MOLT_API MoltType *molt_type_of(MoltValue v)
{
    if (molt_is_int(v))
        return &MoltInt_Type;
    if (molt_is_ptr(v))
        return ((MoltObject *)molt_ptr(v))->type;
    if (molt_is_double(v))
        return &MoltFloat_Type;
    return &MoltObject_Type; /* MOLT_NULL / MOLT_STOP: not values */
}

/* The constructor of t or of its nearest base that has one; NULL if none. */
MoltConstructFn molt_type_constructor(const MoltType *t)
{
    for (; t; t = t->base) {
        if (t->flags & MOLT_TYPE_EXCEPTION)
            return molt_exc_construct;
        if (t == &MoltInt_Type)
            return molt_int_construct;
        if (t == &MoltBool_Type)
            return molt_bool_construct;
        if (t == &MoltFloat_Type)
            return molt_float_construct;
        if (t == &MoltStr_Type)
            return molt_str_construct;
        if (t == &MoltTuple_Type)
            return molt_tuple_construct;
        if (t == &MoltList_Type)
            return molt_list_construct;
        if (t == &MoltDict_Type)
            return molt_dict_construct;
        if (t == &MoltSlice_Type)
            return molt_slice_construct;
        if (t == &MoltSet_Type)
            return molt_set_construct;
        if (t == &MoltFrozenSet_Type)
            return molt_frozenset_construct;
        if (t == &MoltRangeObj_Type)
            return molt_range_construct;
        if (t == &MoltEnumerate_Type)
            return molt_enumerate_construct;
        if (t == &MoltZip_Type)
            return molt_zip_construct;
        if (t == &MoltReversed_Type)
            return molt_reversed_construct;
        if (t == &MoltMap_Type)
            return molt_map_construct;
        if (t == &MoltFilter_Type)
            return molt_filter_construct;
    }
    return NULL;
}

static MoltValue object_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltObject *o;
    (void)type;
    (void)args;
    if (nargs || molt_kw_count(kwnames))
        return molt_raise(&MoltExc_TypeError, "object() takes no arguments");
    o = molt_alloc(sizeof *o);
    o->type = &MoltObject_Type;
    return molt_from_ptr(o);
}

static MoltValue type_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltType *t = molt_ptr(callable);
    MoltConstructFn ctor;
    if (t == &MoltType_Type) {
        if (nargs == 1 && !molt_kw_count(kwnames))
            return molt_from_ptr(molt_type_of(args[0]));
        return molt_raise(&MoltExc_TypeError, "type() takes 1 or 3 arguments");
    }
    if (t == &MoltObject_Type)
        return object_construct(callable, args, nargs, kwnames);
    ctor = molt_type_constructor(t);
    if (!ctor)
        return molt_raise(&MoltExc_TypeError, "cannot create '%s' instances", t->name);
    return ctor(callable, args, nargs, kwnames);
}

static MoltValue type_repr(MoltValue v)
{
    MoltType *t = molt_ptr(v);
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_printf(&sb, "<class '%s'>", t->name);
    return molt_sb_finish(&sb);
}

static MoltValue object_repr(MoltValue v)
{
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_printf(&sb, "<%s object at %p>", molt_type_name(v), molt_ptr(v));
    return molt_sb_finish(&sb);
}

static MoltValue object_richcompare(MoltValue a, MoltValue b, int op)
{
    if (op == MOLT_EQ)
        return a == b ? MOLT_TRUE : MOLT_NOTIMPLEMENTED;
    if (op == MOLT_NE)
        return a == b ? MOLT_FALSE : MOLT_NOTIMPLEMENTED;
    return MOLT_NOTIMPLEMENTED;
}

MOLT_API MoltType MoltType_Type = {
    .type = &MoltType_Type,
    .name = "type",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_BASETYPE,
    .basicsize = sizeof(MoltType),
    .repr = type_repr,
    .richcompare = object_richcompare,
    .call = type_call,
};

MOLT_API MoltType MoltObject_Type = {
    .type = &MoltType_Type,
    .name = "object",
    .base = NULL,
    .flags = MOLT_TYPE_BASETYPE,
    .basicsize = sizeof(MoltObject),
    .repr = object_repr,
    .richcompare = object_richcompare,
};
