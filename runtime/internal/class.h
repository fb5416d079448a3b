/* Private object model: user classes (MoltClass), instance shapes, the
 * attribute lookup along the MRO, descriptors, and the dunder -> C slot
 * machinery. See include/molt/attr.h for the public side.
 *
 * Instance layout rule (one rule for every class): an instance of a user
 * class is the C struct of its solid base (object: MoltObject; an
 * exception class: MoltException) rounded up to 8 bytes, followed by a
 * MoltAttrs at type->attrs_offset. type->basicsize covers both. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_CLASS_H
#define MOLT_INTERNAL_CLASS_H

#include <molt/molt.h>

#include "str.h"

/* A shape: the ordered attribute names of instances (a node of the
 * transition tree rooted at the empty shape). */
typedef struct MoltShape {
    struct MoltShape *parent;
    size_t n; /* names[0..n) */
    MoltValue *names;
    struct MoltShape **kids; /* transitions: kids[i] adds one name */
    size_t nkids, kidcap;
} MoltShape;

/* The shape of instances without attributes. */
MoltShape *molt_shape_empty(void);
/* 1 if attribute names a and b (strs) are equal: by identity, else by
 * their cached hashes and bytes. */
static inline int molt_name_eq(MoltValue a, MoltValue b, int64_t hb)
{
    return a == b || (molt_str_hash(a) == hb && molt_str_equal(a, b));
}

/* Index of name in the shape, or -1. */
intptr_t molt_shape_find(const MoltShape *s, MoltValue name);
/* The shape s plus name (shared: the transition is remembered). */
MoltShape *molt_shape_add(MoltShape *s, MoltValue name);

/* Instance attributes (instance.c). get: the value or MOLT_NULL (no
 * exception); set: never fails; del: 1 deleted, 0 absent. */
MoltValue molt_inst_get(MoltValue o, MoltValue name);
void molt_inst_set(MoltValue o, MoltValue name, MoltValue v);
int molt_inst_del(MoltValue o, MoltValue name);
/* 1 if the instance's attributes live in its __dict__ (dict mode): the
 * attribute sites must not cache anything about such an instance. */
int molt_inst_dict_mode(const MoltAttrs *a);
/* o.__dict__ for an instance of a user class: the live dict (o switches
 * to dict mode on first use), or MOLT_NULL on error. */
MoltValue molt_inst_dict(MoltValue o);
/* o.__dict__ = d (d MOLT_NULL: del, leaving an empty dict): 0, or -1 with
 * TypeError "__dict__ must be set to a dictionary, not a 'int'". */
int molt_inst_set_dict(MoltValue o, MoltValue d);
/* 1 if instances of user class t have a __dict__: some class on its MRO
 * has no __slots__, or names "__dict__" in them. */
int molt_class_has_dict(MoltType *t);
/* Add the attribute `next` names last (next is a->shape plus one name). */
void molt_inst_append(MoltAttrs *a, MoltShape *next, MoltValue v);
/* o.__class__ = cls (cls MOLT_NULL: del), CPython's object_set_class:
 * 0, or -1 with TypeError ("__class__ must be set to a class, not 'int'
 * object", "__class__ assignment only supported for mutable types or
 * ModuleType subclasses", "__class__ assignment: 'B' object layout
 * differs from 'A'", "can't delete __class__ attribute"). */
int molt_inst_set_class(MoltValue o, MoltValue cls);
/* 1 if name (a str) is "__class__". */
static inline int molt_is_class_name(MoltValue name) { return strcmp(molt_str_cstr(name), "__class__") == 0; }
/* A new instance of user class t with no attributes. */
MoltValue molt_inst_alloc(MoltType *t);

/* Memo of lookups by C-string name (special methods the runtime looks up
 * on every operation), valid while the class's version is memo_version. */
#define MOLT_LOOKUP_MEMO 128
typedef struct MoltLookupMemo {
    const void *key; /* the C string's or the name str's address */
    MoltValue value; /* MOLT_NULL: absent */
    MoltType *owner;
} MoltLookupMemo;

/* A user class: a MoltType followed by what only heap types have. */
typedef struct MoltClass {
    MoltType t;
    MoltValue name, qualname; /* str */
    size_t nattrs, attrcap; /* the class's own attributes, ordered */
    MoltValue *keys, *values;
    struct MoltClass **subclasses; /* direct subclasses */
    size_t nsub, subcap;
    MoltValue slots; /* __slots__ names (tuple) or MOLT_NULL */
    uint64_t memo_version;
    MoltLookupMemo memo[MOLT_LOOKUP_MEMO];
    size_t slot_hint; /* most attributes an instance has had (<= 64) */
    /* calling the class: valid while ctor_version == t.version */
    uint64_t ctor_version;
    int ctor_plain; /* object.__new__ and a plain-function __init__ */
    MoltValue ctor_init;
    int ctor_direct; /* ctor_plain and __init__'s parameters are self and
                        this many plain ones (< 8), else -1 */
    /* binary operators between two instances: the plain Python function
     * a's method is (MOLT_NONE: none such, MOLT_NULL: not looked up yet),
     * valid while binop_version == t.version (molt_slots_binop_same) */
    uint64_t binop_version;
    MoltValue binop_fn[MOLT_NUM_BINOPS];
    /* instances keep every attribute in their shape's slots whatever the
     * name (runtime/core/attr.c, plain_class), valid while plain_version
     * == t.version */
    uint64_t plain_version;
    int plain;
    /* the builtin type whose C struct starts each instance: object,
     * BaseException, or a builtin base (int, str, list, dict...) */
    MoltType *solid;
} MoltClass;

static inline int molt_is_heaptype(const MoltType *t) { return (t->flags & MOLT_TYPE_HEAPTYPE) != 0; }

/* ---- subclasses of builtin types (builtinsub.c) ----
 * int, float, str and tuple values are immediates or variable-sized, so
 * an instance of a subclass boxes one (MOLT_TYPE_BOXED): a MoltBoxed
 * holding the exact base value, then the MoltAttrs. list, dict, set and
 * frozenset instances are the builtin's own struct followed by the
 * MoltAttrs, so their C functions work on subclass instances directly. */
typedef struct MoltBoxed {
    MoltObject ob;
    MoltValue value; /* an exact int, float, str or tuple */
} MoltBoxed;

/* The base value of an instance of a boxed subclass (A(5) -> 5); any
 * other value unchanged. Never fails. */
static inline MoltValue molt_unbox(MoltValue v)
{
    if (molt_is_ptr(v) && (((MoltObject *)molt_ptr(v))->type->flags & MOLT_TYPE_BOXED))
        return ((MoltBoxed *)molt_ptr(v))->value;
    return v;
}
/* 1 if builtin type t can be a solid base of user classes besides object
 * and BaseException (int, float, str, tuple, list, dict, set, frozenset);
 * 2 if its subclasses box their values (int, float, str, tuple). */
int molt_builtin_base_kind(const MoltType *t);
/* v's base value when v is a boxed instance of a subclass of base (for
 * the numbers, of int or float: their slots take both); any other value
 * unchanged. Never fails. */
MoltValue molt_unbox_as(MoltValue v, const MoltType *base);
/* A new instance of boxed class t holding value (exact, of t's solid
 * base). Never fails. */
MoltValue molt_boxed_new(MoltType *t, MoltValue value);
/* A builtin type's slot as an attribute (int.__add__): wrapper_descriptor.
 * Called with the instance first, so molt_call_with_self prepends it. */
extern MoltType MoltSlotWrapper_Type;
/* The attribute `name` (__new__, __init__, __add__, __getitem__,
 * __next__...) that builtin type t defines through its own C slots (not
 * inherited from its base), or MOLT_NULL (slotwrapper.c). */
MoltValue molt_builtin_slot_attr(MoltType *t, MoltValue name);
/* Fill the C slots a class with a builtin solid base does not override
 * with ones that unbox the instance and call the base's slot. */
void molt_builtin_sub_fill_slots(MoltClass *c);

/* type.__subclasses__(): a new list of t's direct subclasses that are
 * user classes, in creation order (builtin subclasses such as bool for
 * int are not listed). MOLT_NULL only if out of memory. */
MoltValue molt_type_subclasses(MoltType *t);
/* a <op> b for a and b of the same user class t, when t's slot for op
 * calls a plain Python function of two parameters: that function's
 * result (NotImplemented included) or MOLT_NULL on error; MOLT_STOP when
 * the operator goes another way (slots_binop in ops.c then decides). */
MoltValue molt_slots_binop_same(MoltType *t, int op, MoltValue a, MoltValue b);

/* Look name up along t's MRO: the attribute or MOLT_NULL (no exception).
 * *owner (if not NULL) receives the type that holds it. */
MoltValue molt_type_lookup(MoltType *t, MoltValue name, MoltType **owner);
MoltValue molt_type_lookup_cstr(MoltType *t, const char *name, MoltType **owner);
/* Set (value MOLT_NULL: delete) an attribute of user class c; bumps the
 * version of c and its subclasses and refreshes their C slots. 0, or -1
 * (AttributeError for a missing attribute on delete). */
int molt_class_set(MoltClass *c, MoltValue name, MoltValue value);
/* A fresh version tag (never 0). */
uint64_t molt_next_version(void);

/* Attributes that builtin types expose (object.__init__, property.setter,
 * ...): MOLT_NULL if t has no such attribute of its own. */
MoltValue molt_builtin_type_attr(MoltType *t, MoltValue name);
/* The names of the attributes builtin type t has of its own (its methods,
 * getsets, slot wrappers and the attributes above) as keys of the dict
 * names, for dir(). 0, or -1 on error. */
int molt_builtin_type_attr_names(MoltType *t, MoltValue names);
/* The slot wrapper names of builtin type t into the dict names
 * (slotwrapper.c). 0, or -1 on error. */
int molt_builtin_slot_names(MoltType *t, MoltValue names);

/* Generic attribute protocol of object (PyObject_GenericGetAttr/SetAttr);
 * setattr with v MOLT_NULL deletes. */
MoltValue molt_generic_getattr(MoltValue o, MoltValue name);
int molt_generic_setattr(MoltValue o, MoltValue name, MoltValue v);
/* type's own getattr/setattr (class attributes, __name__, __mro__...). */
MoltValue molt_type_getattr(MoltValue t, MoltValue name);
int molt_type_setattr(MoltValue t, MoltValue name, MoltValue v);
/* 1 if v is a data descriptor: its type (or a base) has descr_set. */
int molt_is_data_descr(MoltValue v);
/* AttributeError "'P' object has no attribute 'z'". */
MoltValue molt_err_no_attr(MoltValue o, MoltValue name);

/* A new class: type.__new__(meta, name, bases, ns, **kw) once its
 * arguments are checked (name a str, bases a tuple, ns a dict) and meta
 * is the winning metaclass. The namespace's entries become the class's
 * own attributes in their order; __classcell__ is filled with the class;
 * __set_name__ and __init_subclass__(**kw) run. MOLT_NULL on error. */
MoltValue molt_class_create(MoltType *meta, MoltValue name, MoltValue bases, MoltValue ns,
    const MoltValue *kwvals, MoltValue kwnames);
/* The most derived of meta and the types of bases' items (CPython's
 * _PyType_CalculateMetaclass); NULL with "metaclass conflict" TypeError. */
MoltType *molt_calculate_metaclass(MoltType *meta, MoltValue bases);

/* ---- descriptors (descr.c) ---- */
extern MoltType MoltMethod_Type; /* bound method */
extern MoltType MoltStaticMethod_Type;
extern MoltType MoltClassMethod_Type;
extern MoltType MoltProperty_Type;
extern MoltType MoltSuper_Type;
extern MoltType MoltWrapper_Type; /* builtin method of a builtin type */

typedef struct MoltMethod {
    MoltObject ob;
    MoltValue func, self;
} MoltMethod;
typedef struct MoltWrapped {
    MoltObject ob;
    MoltValue func; /* staticmethod / classmethod */
} MoltWrapped;
/* A builtin method: fn gets self as args[0]. */
typedef struct MoltWrapper {
    MoltObject ob;
    const char *name;
    MoltType *owner;
    MoltCFunction fn;
    int kind; /* 0 method, 1 static (__new__), 2 classmethod */
} MoltWrapper;

MoltValue molt_method_new(MoltValue func, MoltValue self);
MoltValue molt_wrapped_new(MoltType *t, MoltValue func);
/* descr.__get__(obj, type) for any attribute found on a type: functions
 * bind, others pass through. MOLT_NULL on error. */
MoltValue molt_descr_get(MoltValue descr, MoltValue obj, MoltValue type);
/* Call func(self, args[0..nargs), kw...) without allocating a bound
 * method when func is a plain function. */
MoltValue molt_call_with_self(
    MoltValue func, MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* func(first, args..., kw...): one argument prepended. */
MoltValue molt_call_prepend(
    MoltValue func, MoltValue first, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* Call the special method `name` found on type(self) (not the instance):
 * *found = 0 and MOLT_NULL without exception when there is none. */
MoltValue molt_call_special(
    MoltValue self, const char *name, const MoltValue *args, size_t nargs, int *found);

/* Name a property after the attribute it is assigned to (__set_name__). */
void molt_property_set_name(MoltValue prop, MoltValue name);
/* Constructor of staticmethod, classmethod, property, super; NULL else. */
MoltCallFn molt_descr_constructor(const MoltType *t);

/* ---- C slots from dunder methods (slots.c) ---- */
/* Fill every C slot of user class c from its MRO's dunder methods. */
void molt_class_fill_slots(MoltClass *c);
/* 1 if name is a dunder that maps to a C slot. */
int molt_is_slot_name(MoltValue name);

/* ---- object, type construction (type.c) ---- */
MoltValue molt_object_new_impl(MoltType *t, const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_object_init_impl(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* type.__new__(meta, name, bases, ns, **kw) after meta is known to be
 * type or a metaclass: CPython's argument checks ("type.__new__() argument
 * 1 must be str, not int"), the winning metaclass (whose own __new__ runs
 * instead if it has one), then molt_class_create. */
MoltValue molt_type_new(MoltType *meta, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* type's methods as builtin method rows (args[0] the type or class). */
MoltValue molt_type_new_method(const MoltValue *a, size_t n, MoltValue k);
MoltValue molt_type_init_method(const MoltValue *a, size_t n, MoltValue k);
MoltValue molt_type_call_method(const MoltValue *a, size_t n, MoltValue k);
MoltValue molt_type_prepare_method(const MoltValue *a, size_t n, MoltValue k);
MoltValue molt_type_getattribute_method(const MoltValue *a, size_t n, MoltValue k);
MoltValue molt_type_setattr_method(const MoltValue *a, size_t n, MoltValue k);
MoltValue molt_type_delattr_method(const MoltValue *a, size_t n, MoltValue k);

/* C.__dict__: a read-only live mappingproxy of user class t's own
 * attributes (mappingproxy.c); NotImplementedError for builtin types. */
MoltValue molt_class_dict_proxy(MoltType *t);

/* isinstance / issubclass with tuples and __instancecheck__ (attr.c). */
int molt_isinstance_full(MoltValue v, MoltValue cls);
int molt_issubclass_full(MoltValue sub, MoltValue cls);
/* The same without asking __instancecheck__/__subclasscheck__ (what
 * type.__instancecheck__ does). */
int molt_real_isinstance(MoltValue v, MoltValue cls);
int molt_real_issubclass(MoltValue sub, MoltValue cls);

#endif /* MOLT_INTERNAL_CLASS_H */
