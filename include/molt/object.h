/* Objects and types: the header every heap object starts with, the type
 * struct with its C slots, and the static singletons (None, True, False,
 * NotImplemented, Ellipsis).
 */
#ifndef MOLT_OBJECT_H
#define MOLT_OBJECT_H

#include "value.h"

typedef struct MoltType MoltType;

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

/* A type. Builtin types are static structs; NULL slots mean "not supported"
 * and make the generic operation raise CPython's TypeError. A binary slot
 * returns MOLT_NOTIMPLEMENTED when it does not handle the operand pair, so
 * the reflected operand gets its turn, as in CPython. */
struct MoltType {
    MoltType *type; /* the metatype: &MoltType_Type */
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
};

/* The type of any value, immediates included. Never fails. */
MOLT_API MoltType *molt_type_of(MoltValue v);

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
