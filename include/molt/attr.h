/* Attributes and classes: getattr/setattr/delattr on any value, method
 * calls, the inline caches generated code passes to them, and the
 * namespace of class bodies (runtime/core/attr.c, classbody.c,
 * runtime/objects/{class,instance,descr,slots}.c).
 *
 * Instances of user classes keep their attributes in a slot array laid out
 * by a shape (hidden class) shared by instances that gained the same
 * attributes in the same order: MoltAttrs, at type->attrs_offset in the
 * instance. An attribute site caches (type, type->version, shape) -> slot,
 * so `p.x` is a few compares and a load (molt_load_attr below).
 */
#ifndef MOLT_ATTR_H
#define MOLT_ATTR_H

#include "call.h"
#include "object.h"

/* Attribute storage of an instance: slots[i] holds the i-th attribute its
 * shape names. The shape is private to libmolt (runtime/internal/class.h). */
typedef struct MoltAttrs {
    const void *shape;
    MoltValue *slots;
    size_t cap; /* slots has room for cap values */
} MoltAttrs;

/* getattr(o, name), setattr(o, name, v), delattr(o, name); name is a str.
 * CPython's AttributeErrors ("'P' object has no attribute 'z'", "type
 * object 'P' has no attribute 'z'"). setattr/delattr: 0 or -1. */
MOLT_API MoltValue molt_getattr(MoltValue o, MoltValue name);
MOLT_API int molt_setattr(MoltValue o, MoltValue name, MoltValue v);
MOLT_API int molt_delattr(MoltValue o, MoltValue name);

/* ---- attribute sites in generated code (MoltCache per site) ---- */

MOLT_API MoltValue molt_load_attr_slow(MoltCache *c, MoltValue o, MoltValue name);
MOLT_API int molt_store_attr_slow(MoltCache *c, MoltValue o, MoltValue name, MoltValue v);

/* Through an integer: when o is a constant such as None, whose type has
 * no attributes, gcc would otherwise warn (-Warray-bounds) about the
 * attrs_offset branch it cannot prove dead. */
MOLT_ALWAYS_INLINE MoltAttrs *molt_attrs_of(MoltValue o, const MoltType *t)
{
    return (MoltAttrs *)((uintptr_t)molt_ptr(o) + t->attrs_offset);
}

/* The type of a cache entry keyed by the instance's shape alone, valid
 * for every plain class (runtime/core/attr.c): sites in the methods of a
 * base class that meet instances of its subclasses, all of one shape. */
extern MOLT_API const char molt_cache_any_plain;

/* 1 if cache entry c's key admits an instance of type t (the shape is
 * still to be compared): its type at the version it was filled at, or
 * any plain class. */
MOLT_ALWAYS_INLINE int molt_cache_type_hit(const MoltCache *c, const MoltType *t)
{
    if (MOLT_LIKELY(t == c->type))
        return t->version == c->version;
    return c->type == &molt_cache_any_plain && t->plain_mark == ~t->version;
}

/* o.name. The cache holds either a slot index of the instance's shape
 * (index >= 0), or (index -1) a class attribute that is not a descriptor
 * and that the cached shape does not shadow. Attribute sites cache user
 * classes only, whose instances always have a MoltAttrs. */
MOLT_ALWAYS_INLINE MoltValue molt_load_attr(MoltCache *c, MoltValue o, MoltValue name)
{
    if (MOLT_LIKELY(molt_is_ptr(o))) {
        const MoltType *t = ((MoltObject *)molt_ptr(o))->type;
        if (MOLT_LIKELY(molt_cache_type_hit(c, t))) {
            const void *shape = molt_attrs_of(o, t)->shape;
            if (MOLT_LIKELY(shape == c->shape)) {
                if (MOLT_LIKELY(c->index >= 0))
                    return molt_attrs_of(o, t)->slots[c->index];
                if (c->index == -1)
                    return c->value;
            }
        }
    }
    return molt_load_attr_slow(c, o, name);
}

/* o.name = v: 0 or -1. The cache holds the slot of an existing attribute
 * (value MOLT_NULL), or an attribute added by a shape transition (value:
 * the new shape, the attribute going to slot index). */
MOLT_ALWAYS_INLINE int molt_store_attr(MoltCache *c, MoltValue o, MoltValue name, MoltValue v)
{
    if (MOLT_LIKELY(molt_is_ptr(o))) {
        const MoltType *t = ((MoltObject *)molt_ptr(o))->type;
        if (MOLT_LIKELY(molt_cache_type_hit(c, t) && c->index >= 0)) {
            MoltAttrs *a = molt_attrs_of(o, t);
            if (MOLT_LIKELY(a->shape == c->shape)) {
                if (c->value == MOLT_NULL) {
                    a->slots[c->index] = v;
                    return 0;
                }
                if ((size_t)c->index < a->cap) {
                    a->slots[c->index] = v;
                    a->shape = molt_ptr(c->value);
                    return 0;
                }
            }
        }
    }
    return molt_store_attr_slow(c, o, name, v);
}

/* del o.name: 0 or -1. */
MOLT_API int molt_del_attr(MoltValue o, MoltValue name);

/* o.name(args...) without a bound method object when name is a plain
 * function on the type. v[0] = o, v[1] = name (a str), v[2..n) the
 * positional arguments; v is scratch (the call may overwrite v[1]).
 * molt_call_method_kw: v[2] is the kwnames tuple and the keyword values
 * follow the positional ones. The cache holds (index -2) the function
 * found on the type, or (index -3) one whose direct entry takes exactly
 * this site's arguments, or (index -4, builtin types) a builtin method
 * descriptor. */
MOLT_API MoltValue molt_call_method_slow(MoltCache *c, size_t n, MoltValue *v);
MOLT_API MoltValue molt_call_method_kw(MoltCache *c, size_t n, MoltValue *v);

MOLT_ALWAYS_INLINE MoltValue molt_call_method(MoltCache *c, size_t n, MoltValue *v)
{
    MoltValue o = v[0];
    if (MOLT_LIKELY(molt_is_ptr(o))) {
        const MoltType *t = ((MoltObject *)molt_ptr(o))->type;
        if (MOLT_LIKELY(t == c->type && t->version == c->version)) {
            const void *shape = t->attrs_offset ? molt_attrs_of(o, t)->shape : NULL;
            if (MOLT_LIKELY(shape == c->shape)) {
                v[1] = o;
                if (MOLT_LIKELY(c->index == -3))
                    return ((MoltFunction *)molt_ptr(c->value))->def->entry(c->value, v + 1);
                if (c->index == -2)
                    return molt_call_fast(c->value, v + 1, n - 1, MOLT_NULL);
            }
        }
    }
    return molt_call_method_slow(c, n, v);
}

/* ---- class bodies (runtime/core/classbody.c) ----
 * A class body is a function of its namespace (a dict, or the mapping a
 * metaclass's __prepare__ made); the class statement calls
 * builtins.__build_class__ with it.
 * molt_load_name: ns[name], else the module global (global, MOLT_NULL if
 * unbound or absent), else the builtin, else NameError "name 'x' is not
 * defined" (cname: the name as a C string): CPython's LOAD_NAME.
 * molt_ns_store: ns[name] = v. molt_ns_del: del ns[name], NameError when
 * missing. molt_ns_load_free: ns[name], else the free variable's cell
 * (LOAD_CLASSDEREF). All: the value / 0, or MOLT_NULL / -1 on error. */
MOLT_API MoltValue molt_load_name(
    MoltValue ns, MoltValue name, MoltValue global, MoltValue builtin, const char *cname);
MOLT_API int molt_ns_store(MoltValue ns, MoltValue name, MoltValue v);
MOLT_API int molt_ns_del(MoltValue ns, MoltValue name);
MOLT_API MoltValue molt_ns_load_free(MoltValue ns, MoltValue name, MoltValue cell);

/* super(cls, obj) for zero-argument super() in a method: the cell value
 * cls, MOLT_NULL when not set yet ("super(): __class__ cell not found"). */
MOLT_API MoltValue molt_super_new(MoltValue cls, MoltValue obj);

#endif /* MOLT_ATTR_H */
