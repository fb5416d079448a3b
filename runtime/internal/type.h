/* Private type helpers: subtype tests, type names, construction. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_TYPE_H
#define MOLT_INTERNAL_TYPE_H

#include <molt/molt.h>

/* 1 if t is base or derives from it (single inheritance chain). */
static inline int molt_type_is_subtype(const MoltType *t, const MoltType *base)
{
    for (; t; t = t->base)
        if (t == base)
            return 1;
    return 0;
}

/* 1 if v is an instance of exactly type t or a subclass. */
static inline int molt_isinstance(MoltValue v, const MoltType *t)
{
    return molt_type_is_subtype(molt_type_of(v), t);
}

/* 1 if v is a type object. */
static inline int molt_is_type(MoltValue v)
{
    return molt_is_ptr(v) && ((MoltObject *)molt_ptr(v))->type == &MoltType_Type;
}

/* type(v).__name__ as a C string. Never fails. */
static inline const char *molt_type_name(MoltValue v) { return molt_type_of(v)->name; }

/* Constructor of a builtin type: called with the type itself as callable.
 * Same contract as molt_call. */
typedef MoltCallFn MoltConstructFn;

/* The constructor of t, searched along its base chain; NULL if instances
 * of t cannot be created by calling it. */
MoltConstructFn molt_type_constructor(const MoltType *t);

#endif /* MOLT_INTERNAL_TYPE_H */
