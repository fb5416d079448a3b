/* Runtime support of the match statement (translator/lower_match.c): the
 * checks CPython 3.11's MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and
 * MATCH_CLASS instructions make, with their error messages. */
#include "internal/class.h"
#include "internal/exceptions.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

/* The flags are inherited by subclasses when they are created (class.c). */
MOLT_API int molt_match_is_sequence(MoltValue v)
{
    return (molt_type_of(v)->flags & MOLT_TYPE_SEQUENCE) != 0;
}

MOLT_API int molt_match_is_mapping(MoltValue v) { return (molt_type_of(v)->flags & MOLT_TYPE_MAPPING) != 0; }

/* len(v) as an int value. */
MOLT_API MoltValue molt_match_len(MoltValue v)
{
    int64_t n = molt_len(v);
    return n < 0 ? MOLT_NULL : molt_int_from_i64(n);
}

/* The list seq[before:len(seq)-after], what a `*name` in a sequence
 * pattern binds. */
MOLT_API MoltValue molt_match_star(MoltValue seq, MoltValue before, MoltValue after)
{
    int64_t n = molt_len(seq), i;
    MoltValue list;
    if (n < 0)
        return MOLT_NULL;
    list = molt_list_new(0, NULL);
    for (i = molt_int_value(before); i < n - molt_int_value(after); i++) {
        MoltValue item = molt_getitem(seq, molt_from_int(i));
        if (item == MOLT_NULL)
            return MOLT_NULL;
        molt_list_append(list, item);
    }
    return list;
}

/* The pending exception is an AttributeError: clear it and return 1. */
static int clear_attribute_error(void)
{
    if (!molt_err_occurred_is(&MoltExc_AttributeError))
        return 0;
    molt_err_clear();
    return 1;
}

/* A tuple of map's values for keys (a tuple), or None when a key is
 * missing. Keys are looked up with map.get(key, <missing>) as CPython
 * does, so mapping subclasses that override get() are honoured. */
MOLT_API MoltValue molt_match_keys(MoltValue map, MoltValue keys)
{
    size_t n = molt_tuple_len(keys), i;
    MoltValue seen = molt_dict_new(), get = MOLT_NULL, missing;
    MoltValue *values = molt_alloc((n + 1) * sizeof *values);
    MoltObject *marker = molt_alloc(sizeof *marker); /* get()'s default: a fresh object */
    marker->type = &MoltObject_Type;
    missing = molt_from_ptr(marker);
    if (molt_type_of(map) != &MoltDict_Type) {
        get = molt_getattr(map, molt_str_from_cstr("get"));
        if (get == MOLT_NULL)
            return MOLT_NULL;
    }
    for (i = 0; i < n; i++) {
        MoltValue key = molt_tuple_item(keys, i), value;
        int found = molt_dict_lookup(seen, key, &value);
        if (found < 0)
            return MOLT_NULL;
        if (found)
            return molt_raise(&MoltExc_ValueError, "mapping pattern checks duplicate key (%R)", key);
        if (molt_dict_setitem(seen, key, MOLT_NONE) < 0)
            return MOLT_NULL;
        if (get == MOLT_NULL) {
            found = molt_dict_lookup(map, key, &value);
            if (found < 0)
                return MOLT_NULL;
            if (!found)
                return MOLT_NONE;
        } else {
            MoltValue args[2] = { key, missing };
            value = molt_call(get, args, 2, MOLT_NULL);
            if (value == MOLT_NULL)
                return MOLT_NULL;
            if (value == missing)
                return MOLT_NONE;
        }
        values[i] = value;
    }
    return molt_tuple_new(n, values);
}

/* dict(map) without keys: what `**rest` binds. */
MOLT_API MoltValue molt_match_rest(MoltValue map, MoltValue keys)
{
    MoltValue rest = molt_dict_new();
    if (molt_dict_update(rest, map) < 0)
        return MOLT_NULL;
    for (size_t i = 0; i < molt_tuple_len(keys); i++)
        if (molt_dict_delitem(rest, molt_tuple_item(keys, i)) < 0)
            return MOLT_NULL;
    return rest;
}

/* Attribute `name` of subject for a class pattern: MOLT_STOP when it is
 * missing (no match), MOLT_NULL on error. `seen` catches an attribute
 * named twice. */
static MoltValue class_attr(MoltValue subject, MoltType *type, MoltValue name, MoltValue seen)
{
    MoltValue value;
    int dup = molt_dict_lookup(seen, name, &value);
    if (dup < 0)
        return MOLT_NULL;
    if (dup)
        return molt_raise(
            &MoltExc_TypeError, "%s() got multiple sub-patterns for attribute %R", type->name, name);
    if (molt_dict_setitem(seen, name, MOLT_NONE) < 0)
        return MOLT_NULL;
    value = molt_getattr(subject, name);
    if (value == MOLT_NULL && clear_attribute_error())
        return MOLT_STOP;
    return value;
}

/* Cls(p0.., kw=..) against subject: a tuple of the npos positional
 * attributes (by __match_args__, or the subject itself for int, str...)
 * followed by the keyword attributes kwnames, or None for no match. */
MOLT_API MoltValue molt_match_class(MoltValue subject, MoltValue cls, MoltValue npos, MoltValue kwnames)
{
    size_t np = (size_t)molt_int_value(npos), nkw = kwnames ? molt_tuple_len(kwnames) : 0, i;
    MoltValue match_args = MOLT_NULL, seen, *result;
    MoltType *type;
    int match_self = 0, r;
    if (!molt_is_type(cls))
        return molt_raise(&MoltExc_TypeError, "called match pattern must be a type");
    type = molt_ptr(cls);
    r = molt_isinstance_full(subject, cls);
    if (r <= 0)
        return r < 0 ? MOLT_NULL : MOLT_NONE;
    seen = molt_dict_new();
    result = molt_alloc((np + nkw + 1) * sizeof *result);
    if (np) {
        size_t allowed;
        match_args = molt_getattr(cls, molt_str_from_cstr("__match_args__"));
        if (match_args == MOLT_NULL) {
            if (!clear_attribute_error())
                return MOLT_NULL;
            match_self = (type->flags & MOLT_TYPE_MATCH_SELF) != 0;
            allowed = match_self ? 1 : 0;
        } else {
            if (!molt_is_tuple(match_args))
                return molt_raise(&MoltExc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                    type->name, molt_type_name(match_args));
            allowed = molt_tuple_len(match_args);
        }
        if (allowed < np)
            return molt_raise(&MoltExc_TypeError, "%s() accepts %zu positional sub-pattern%s (%zu given)",
                type->name, allowed, allowed == 1 ? "" : "s", np);
    }
    for (i = 0; i < np + nkw; i++) {
        MoltValue name, value;
        if (i < np && match_self) {
            result[i] = subject;
            continue;
        }
        name = i < np ? molt_tuple_item(match_args, i) : molt_tuple_item(kwnames, i - np);
        if (!molt_is_str(name))
            return molt_raise(
                &MoltExc_TypeError, "__match_args__ elements must be strings (got %s)", molt_type_name(name));
        value = class_attr(subject, type, name, seen);
        if (value == MOLT_NULL)
            return MOLT_NULL;
        if (value == MOLT_STOP)
            return MOLT_NONE;
        result[i] = value;
    }
    return molt_tuple_new(np + nkw, result);
}
