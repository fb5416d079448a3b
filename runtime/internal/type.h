/* Private type helpers: subtype tests, type names, construction. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_TYPE_H
#define MOLT_INTERNAL_TYPE_H

#include <molt/molt.h>

#include "tuple.h"

/* The result of rich comparison op (MOLT_LT...MOLT_GE) for operands
 * that compare as c: negative, zero or positive (a three-way compare). */
static inline MoltValue molt_cmp_result(int op, int c)
{
    switch (op) {
    case MOLT_LT:
        return molt_bool(c < 0);
    case MOLT_LE:
        return molt_bool(c <= 0);
    case MOLT_EQ:
        return molt_bool(c == 0);
    case MOLT_NE:
        return molt_bool(c != 0);
    case MOLT_GT:
        return molt_bool(c > 0);
    default:
        return molt_bool(c >= 0);
    }
}

/* 1 if t is base or derives from it (along t's MRO once known, else its
 * single-inheritance base chain). */
static inline int molt_type_is_subtype(const MoltType *t, const MoltType *base)
{
    if (t->mro) {
        const MoltTuple *mro = (const MoltTuple *)molt_ptr(t->mro);
        size_t i;
        for (i = 0; i < mro->n; i++)
            if (molt_ptr(mro->items[i]) == base)
                return 1;
        return 0;
    }
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

/* 1 if v is a type object (an instance of type or of a metaclass). */
static inline int molt_is_type(MoltValue v)
{
    return molt_is_ptr(v) && (((MoltObject *)molt_ptr(v))->type->flags & MOLT_TYPE_TYPE_SUBCLASS);
}

/* type(v).__name__ as a C string. Never fails. */
static inline const char *molt_type_name(MoltValue v) { return molt_type_of(v)->name; }

/* Constructor of a builtin type: called with the type itself as callable.
 * Same contract as molt_call. */
typedef MoltCallFn MoltConstructFn;

/* The constructor of t, searched along its base chain; NULL if instances
 * of t cannot be created by calling it. */
MoltConstructFn molt_type_constructor(const MoltType *t);

/* ---- builtin methods as objects (runtime/objects/descr.c) ---- */

/* t->dict, materialised on first use from t->methods (one method
 * descriptor per row) and t->getset (one getset descriptor per row) for builtin types; heap types already
 * have theirs. The dict holds t's own attributes only (bases are not merged). Never fails. The generic
 * attribute lookup (attr.c) walks the MRO over it. */
MoltValue molt_type_dict(MoltType *t);

/* A method descriptor (list.append): `method_descriptor` in CPython.
 * Binding it to an instance (descr_get) gives a builtin method; calling it
 * directly checks that args[0] is an instance of owner. */
typedef struct MoltMethodDescr {
    MoltObject ob;
    const MoltMethodDef *def;
    MoltType *owner;
} MoltMethodDescr;

/* A bound builtin method (`[].append`): builtin_function_or_method. */
typedef struct MoltCMethod {
    MoltObject ob;
    const MoltMethodDef *def;
    MoltValue self; /* the instance, or the type for MOLT_METH_CLASS */
} MoltCMethod;

/* A getset descriptor (int.real): `getset_descriptor` in CPython, a
 * data descriptor calling def->get / def->set on instances of owner;
 * `member_descriptor` (MoltMemberDescr_Type) for MOLT_GETSET_MEMBER rows. */
typedef struct MoltGetSetDescr {
    MoltObject ob;
    const MoltGetSetDef *def;
    MoltType *owner;
} MoltGetSetDescr;

extern MoltType MoltMethodDescr_Type, MoltCMethod_Type, MoltGetSetDescr_Type, MoltMemberDescr_Type;

/* The method `name` of a builtin type bound to self, or MOLT_NULL (no
 * exception) when t and its bases have no such method row. */
MoltValue molt_method_bind(MoltType *t, MoltValue self, const char *name);

#endif /* MOLT_INTERNAL_TYPE_H */
