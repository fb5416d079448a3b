/* Objects and types: the header every heap object starts with, the type
 * struct with its C slots, and the static singletons (None, True, False,
 * NotImplemented, Ellipsis).
 */
#ifndef MOLT_OBJECT_H
#define MOLT_OBJECT_H

#include "value.h"

typedef struct MoltType MoltType;
/* A builtin method row (call.h); a type's `methods` table ends with a
 * row whose name is NULL. */
typedef struct MoltMethodDef MoltMethodDef;
/* A builtin attribute row (call.h): `(1).real`; a type's `getset` table
 * ends with a row whose name is NULL. */
typedef struct MoltGetSetDef MoltGetSetDef;

/* Every heap or static object starts with its type. */
typedef struct MoltObject {
    MoltType *type;
} MoltObject;

typedef MoltValue (*MoltUnaryFn)(MoltValue v);
typedef MoltValue (*MoltBinaryFn)(MoltValue a, MoltValue b);
/* Vectorcall-like: args[0..nargs) positional, then one value per entry of
 * kwnames (a tuple of str, or MOLT_NULL for none). */
typedef MoltValue (*MoltCallFn)(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames);

/* Rich comparison operators, in CPython's order. */
enum { MOLT_LT, MOLT_LE, MOLT_EQ, MOLT_NE, MOLT_GT, MOLT_GE };

/* Binary number operators; index into MoltType.binop. */
enum {
    MOLT_OP_ADD,
    MOLT_OP_SUB,
    MOLT_OP_MUL,
    MOLT_OP_TRUEDIV,
    MOLT_OP_FLOORDIV,
    MOLT_OP_MOD,
    MOLT_OP_POW,
    MOLT_OP_LSHIFT,
    MOLT_OP_RSHIFT,
    MOLT_OP_AND,
    MOLT_OP_OR,
    MOLT_OP_XOR,
    MOLT_OP_MATMUL,
    MOLT_NUM_BINOPS
};

/* Type flags. */
#define MOLT_TYPE_BASETYPE 0x1u /* may be subclassed */
#define MOLT_TYPE_EXCEPTION 0x2u /* BaseException or a subclass */
#define MOLT_TYPE_HEAPTYPE 0x4u /* created at run time (a class statement) */
/* For match statements (CPython's Py_TPFLAGS_SEQUENCE, _MAPPING and
 * _Py_TPFLAGS_MATCH_SELF); subclasses inherit them. */
#define MOLT_TYPE_SEQUENCE 0x8u /* list, tuple, range...: sequence patterns */
#define MOLT_TYPE_MAPPING 0x10u /* dict...: mapping patterns */
#define MOLT_TYPE_MATCH_SELF 0x20u /* int, str...: C(x) matches the subject itself */
/* type and its subclasses (metaclasses): their instances are types
 * (CPython's Py_TPFLAGS_TYPE_SUBCLASS). */
#define MOLT_TYPE_TYPE_SUBCLASS 0x40u
/* A user class whose instances box a value of an immutable builtin base
 * (int, float, str, tuple): runtime/internal/class.h, MoltBoxed. */
#define MOLT_TYPE_BOXED 0x80u

/* An inline cache: one per attribute (or method) site in generated code,
 * kept in the module state (a GC root). Zeroed means empty. Its meaning
 * is private to the runtime function the site calls (runtime/core/attr.c);
 * typically (type, type version, shape) -> where the attribute lives.
 *
 * The fields are the site's primary entry, the one the inline hit paths
 * in attr.h test. A site that meets a second (type, shape) gets
 * MOLT_CACHE_MORE further entries in `more` (allocated then, so
 * monomorphic sites stay small); the out-of-line paths search them before
 * doing a full lookup, as CPython's and V8's polymorphic caches do. Their
 * own `more` is unused. */
#define MOLT_CACHE_MORE 3
typedef struct MoltCache {
    const void *type; /* the type the entry is valid for, NULL if empty */
    uint64_t version; /* that type's version tag when filled */
    const void *shape; /* instance shape, or NULL */
    intptr_t index; /* slot index within the shape, or -1 */
    MoltValue value; /* e.g. the function found on the type */
    struct MoltCache *more; /* MOLT_CACHE_MORE entries, or NULL */
} MoltCache;

/* A type. Builtin types are static structs; NULL slots mean "not supported"
 * and make the generic operation raise CPython's TypeError. A binary slot
 * returns MOLT_NOTIMPLEMENTED when it does not handle the operand pair, so
 * the reflected operand gets its turn, as in CPython. */
struct MoltType {
    MoltType *type; /* the metatype: &MoltType_Type or a user metaclass */
    const char *name; /* __name__ as CPython prints it, e.g. "int" */
    MoltType *base; /* single base (NULL for object) */
    unsigned flags;
    size_t basicsize; /* bytes of an instance, 0 for immediates */

    MoltUnaryFn repr; /* -> str */
    MoltUnaryFn str; /* -> str; NULL means use repr */
    int (*truth)(MoltValue v); /* 1, 0, or -1 on error; NULL means true */
    MoltValue (*richcompare)(MoltValue a, MoltValue b, int op);
    MoltBinaryFn binop[MOLT_NUM_BINOPS];
    MoltUnaryFn neg, pos, invert, abs;
    MoltCallFn call;

    /* ---- object protocols; NULL means "not supported" unless noted ---- */
    /* -1 on error. NULL inherits the base's slot (object hashes by
     * identity); molt_hash_unhashable marks an unhashable type. */
    int64_t (*hash)(MoltValue v);
    /* Attribute access. NULL getattr/setattr means the generic object
     * protocol (runtime/core/attr.c): data descriptors on the type, then
     * the instance's attributes, then non-data descriptors and class
     * attributes. setattr with value MOLT_NULL deletes. */
    MoltValue (*getattr)(MoltValue obj, MoltValue name);
    int (*setattr)(MoltValue obj, MoltValue name, MoltValue value);
    /* Descriptor protocol (functions, property, classmethod...): get
     * with obj MOLT_NULL for access through the class; set with value
     * MOLT_NULL deletes. A non-NULL descr_set makes a data descriptor. */
    MoltValue (*descr_get)(MoltValue descr, MoltValue obj, MoltValue type);
    int (*descr_set)(MoltValue descr, MoltValue obj, MoltValue value);
    /* Containers. setitem with value MOLT_NULL deletes. len returns -1 on
     * error; contains 1/0/-1. */
    MoltValue (*getitem)(MoltValue obj, MoltValue key);
    int (*setitem)(MoltValue obj, MoltValue key, MoltValue value);
    int64_t (*len)(MoltValue obj);
    int (*contains)(MoltValue obj, MoltValue item);
    /* Iteration: iter returns an iterator; iternext returns the next item,
     * MOLT_STOP when exhausted, MOLT_NULL on error. */
    MoltUnaryFn iter;
    MoltUnaryFn iternext;
    /* In-place operators (`+=`...); NULL falls back to binop. */
    MoltBinaryFn inplace[MOLT_NUM_BINOPS];

    /* ---- the type as an object ---- */
    /* Builtin methods (list.append...): materialised into `dict` as method
     * descriptors on first use by molt_type_dict (runtime/internal/type.h). */
    const MoltMethodDef *methods;
    /* Computed attributes (int.real, float.imag...): materialised into
     * `dict` as getset descriptors alongside the methods. */
    const MoltGetSetDef *getset;
    MoltValue dict; /* __dict__: a dict of the type's own attributes, or
                       MOLT_NULL for builtin types not yet materialised */
    MoltValue mro; /* tuple: __mro__, or MOLT_NULL (computed on demand) */
    MoltValue bases; /* tuple: __bases__, or MOLT_NULL (from base) */
    uint64_t version; /* bumped whenever an attribute of the type or of a
                         base changes; inline caches compare it */
    size_t attrs_offset; /* offset of the instance attribute storage
                            (shape + slots), 0 if instances have none */
    /* ~version while the runtime knows the class to be plain (its
     * instances keep every attribute in their slots: runtime/core/attr.c),
     * so that attribute sites keyed by shape alone can test it inline;
     * anything else otherwise */
    uint64_t plain_mark;
};

/* The hash slot of unhashable types (list, dict, set): raises TypeError
 * "unhashable type: 'list'" and returns -1. */
MOLT_API int64_t molt_hash_unhashable(MoltValue v);

/* The type of any value, immediates included. Never fails. Inline for
 * heap objects; molt_type_of_imm answers for ints, floats (and, never a
 * value, MOLT_NULL). */
MOLT_API MoltType *molt_type_of_imm(MoltValue v);
static inline MoltType *molt_type_of(MoltValue v)
{
    if (MOLT_LIKELY(molt_is_ptr(v)))
        return ((MoltObject *)molt_ptr(v))->type;
    return molt_type_of_imm(v);
}

/* ---- static singletons ---- */

extern MOLT_API MoltObject molt_None_obj;
extern MOLT_API MoltObject molt_True_obj;
extern MOLT_API MoltObject molt_False_obj;
extern MOLT_API MoltObject molt_NotImplemented_obj;
extern MOLT_API MoltObject molt_Ellipsis_obj;

#define MOLT_NONE molt_from_ptr(&molt_None_obj)
#define MOLT_TRUE molt_from_ptr(&molt_True_obj)
#define MOLT_FALSE molt_from_ptr(&molt_False_obj)
#define MOLT_NOTIMPLEMENTED molt_from_ptr(&molt_NotImplemented_obj)
#define MOLT_ELLIPSIS molt_from_ptr(&molt_Ellipsis_obj)

static inline MoltValue molt_bool(int b) { return b ? MOLT_TRUE : MOLT_FALSE; }

/* ---- builtin types (defined in runtime/objects/) ---- */

extern MOLT_API MoltType MoltType_Type; /* type */
extern MOLT_API MoltType MoltObject_Type; /* object */
extern MOLT_API MoltType MoltInt_Type; /* int: small and big */
extern MOLT_API MoltType MoltBool_Type;
extern MOLT_API MoltType MoltFloat_Type;
extern MOLT_API MoltType MoltNone_Type;
extern MOLT_API MoltType MoltNotImplemented_Type;
extern MOLT_API MoltType MoltEllipsis_Type;
extern MOLT_API MoltType MoltStr_Type;
extern MOLT_API MoltType MoltTuple_Type;
extern MOLT_API MoltType MoltFunction_Type;
extern MOLT_API MoltType MoltBuiltin_Type; /* builtin_function_or_method */

/* ---- allocation (Boehm GC) ---- */

/* Zeroed, GC-scanned memory. Never returns NULL: out of memory aborts with
 * a message, as CPython's MemoryError path cannot run without memory. */
MOLT_API void *molt_alloc(size_t size);
/* Memory the GC does not scan for pointers (string bytes, limbs). */
MOLT_API void *molt_alloc_atomic(size_t size);

#endif /* MOLT_OBJECT_H */
