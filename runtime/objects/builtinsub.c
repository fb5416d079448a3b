/* Subclasses of builtin types: class A(int), A(str), A(list), A(dict)...
 *
 * Layout (internal/class.h): list, dict, set and frozenset subclass
 * instances are the builtin's struct followed by the attribute storage,
 * so the builtin's C code works on them as is. int, float and str values
 * are immediates or variable-sized (tuples too), so a subclass instance
 * boxes the exact value (MoltBoxed) and the C slots of the class unbox
 * it and call the base's slot: A(5) + 1 is int's add on 5 and 1, a plain
 * int, as in CPython.
 *
 * The builtin types' slots as attributes (int.__add__) are in
 * slotwrapper.c. */
#include <string.h>

#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/dict.h"
#include "internal/exceptions.h"
#include "internal/list.h"
#include "internal/set.h"
#include "internal/str.h"
#include "internal/type.h"

int molt_builtin_base_kind(const MoltType *t)
{
    if (t == &MoltInt_Type || t == &MoltFloat_Type || t == &MoltStr_Type || t == &MoltTuple_Type)
        return 2;
    if (t == &MoltList_Type || t == &MoltDict_Type || t == &MoltSet_Type || t == &MoltFrozenSet_Type)
        return 1;
    return 0;
}

MoltValue molt_boxed_new(MoltType *t, MoltValue value)
{
    MoltValue o = molt_inst_alloc(t);
    ((MoltBoxed *)molt_ptr(o))->value = value;
    return o;
}

/* The solid base of an instance of a boxed class. */
static MoltType *solid_of(MoltValue v) { return ((MoltClass *)molt_type_of(v))->solid; }

/* v's base value when v is a boxed instance of a subclass of base; for
 * the numbers, of int or float (int's and float's slots take both, as
 * CPython's take subclasses of either). */
MoltValue molt_unbox_as(MoltValue v, const MoltType *base)
{
    if (molt_is_ptr(v) && (molt_type_of(v)->flags & MOLT_TYPE_BOXED)) {
        const MoltType *s = solid_of(v);
        int num = s == &MoltInt_Type || s == &MoltFloat_Type;
        if (s == base || (num && (base == &MoltInt_Type || base == &MoltFloat_Type)))
            return ((MoltBoxed *)molt_ptr(v))->value;
    }
    return v;
}

/* ---- C slots of boxed classes: unbox, then the base's slot ---- */

static MoltValue box_repr(MoltValue v) { return solid_of(v)->repr(molt_unbox(v)); }
static MoltValue box_str(MoltValue v) { return solid_of(v)->str(molt_unbox(v)); }
static int box_truth(MoltValue v) { return solid_of(v)->truth(molt_unbox(v)); }
static int64_t box_hash(MoltValue v) { return molt_hash(molt_unbox(v)); }
static MoltValue box_neg(MoltValue v) { return solid_of(v)->neg(molt_unbox(v)); }
static MoltValue box_pos(MoltValue v) { return solid_of(v)->pos(molt_unbox(v)); }
static MoltValue box_invert(MoltValue v) { return solid_of(v)->invert(molt_unbox(v)); }
static MoltValue box_abs(MoltValue v) { return solid_of(v)->abs(molt_unbox(v)); }
static MoltValue box_getitem(MoltValue v, MoltValue k) { return solid_of(v)->getitem(molt_unbox(v), k); }
static int64_t box_len(MoltValue v) { return solid_of(v)->len(molt_unbox(v)); }
static int box_contains(MoltValue v, MoltValue x) { return solid_of(v)->contains(molt_unbox(v), x); }
static MoltValue box_iter(MoltValue v) { return solid_of(v)->iter(molt_unbox(v)); }

/* Binary operators and comparisons: either operand may be the boxed one
 * (the reflected case), and the other may be a boxed instance of another
 * base (A(5) + F(1.5)), so each solid base has its own functions: only
 * operands of that base are unboxed, and the base's slot returns
 * NotImplemented for the rest, as in CPython. */
static MoltValue box_binop(const MoltType *base, int op, MoltValue a, MoltValue b)
{
    return base->binop[op](molt_unbox_as(a, base), molt_unbox_as(b, base));
}
static MoltValue box_compare(const MoltType *base, MoltValue a, MoltValue b, int op)
{
    return base->richcompare(molt_unbox_as(a, base), molt_unbox_as(b, base), op);
}

#define BOX_BINOP(T, OP)                                       \
    static MoltValue box_##T##_##OP(MoltValue a, MoltValue b)  \
    {                                                          \
        return box_binop(&Molt##T##_Type, MOLT_OP_##OP, a, b); \
    }
#define BOX_BASE(T)                                                      \
    BOX_BINOP(T, ADD)                                                    \
    BOX_BINOP(T, SUB)                                                    \
    BOX_BINOP(T, MUL)                                                    \
    BOX_BINOP(T, TRUEDIV)                                                \
    BOX_BINOP(T, FLOORDIV)                                               \
    BOX_BINOP(T, MOD)                                                    \
    BOX_BINOP(T, POW)                                                    \
    BOX_BINOP(T, LSHIFT)                                                 \
    BOX_BINOP(T, RSHIFT)                                                 \
    BOX_BINOP(T, AND)                                                    \
    BOX_BINOP(T, OR)                                                     \
    BOX_BINOP(T, XOR)                                                    \
    static MoltValue box_##T##_compare(MoltValue a, MoltValue b, int op) \
    {                                                                    \
        return box_compare(&Molt##T##_Type, a, b, op);                   \
    }                                                                    \
    static const MoltBinaryFn box_##T##_binops[MOLT_NUM_BINOPS] = {      \
        box_##T##_ADD,                                                   \
        box_##T##_SUB,                                                   \
        box_##T##_MUL,                                                   \
        box_##T##_TRUEDIV,                                               \
        box_##T##_FLOORDIV,                                              \
        box_##T##_MOD,                                                   \
        box_##T##_POW,                                                   \
        box_##T##_LSHIFT,                                                \
        box_##T##_RSHIFT,                                                \
        box_##T##_AND,                                                   \
        box_##T##_OR,                                                    \
        box_##T##_XOR,                                                   \
        NULL,                                                            \
    };
BOX_BASE(Int)
BOX_BASE(Float)
BOX_BASE(Str)
BOX_BASE(Tuple)
#undef BOX_BASE
#undef BOX_BINOP

#define FILL(slot, fn)       \
    if (!t->slot && s->slot) \
    t->slot = (fn)

void molt_builtin_sub_fill_slots(MoltClass *c)
{
    MoltType *t = &c->t, *s = c->solid;
    int i;
    if (!(t->flags & MOLT_TYPE_BOXED)) {
        /* the base's own functions take the instance as it is; copied so
         * that a first base other than the solid one (class A(Mixin,
         * list)) does not hide them from the base-chain slot lookups */
        FILL(repr, s->repr);
        FILL(str, s->str);
        FILL(truth, s->truth);
        FILL(richcompare, s->richcompare);
        FILL(hash, s->hash);
        FILL(getitem, s->getitem);
        FILL(setitem, s->setitem);
        FILL(len, s->len);
        FILL(contains, s->contains);
        FILL(iter, s->iter);
        for (i = 0; i < MOLT_NUM_BINOPS; i++) {
            FILL(binop[i], s->binop[i]);
            FILL(inplace[i], s->inplace[i]);
        }
        return;
    }
    const MoltBinaryFn *binops = s == &MoltInt_Type ? box_Int_binops
        : s == &MoltFloat_Type                      ? box_Float_binops
        : s == &MoltStr_Type                        ? box_Str_binops
                                                    : box_Tuple_binops;
    FILL(repr, box_repr);
    FILL(str, box_str);
    FILL(truth, box_truth);
    FILL(richcompare,
        s == &MoltInt_Type         ? box_Int_compare
            : s == &MoltFloat_Type ? box_Float_compare
            : s == &MoltStr_Type   ? box_Str_compare
                                   : box_Tuple_compare);
    if (!t->hash) /* int and str hash through molt_hash, not a slot */
        t->hash = box_hash;
    FILL(neg, box_neg);
    FILL(pos, box_pos);
    FILL(invert, box_invert);
    FILL(abs, box_abs);
    FILL(getitem, box_getitem);
    FILL(len, box_len);
    FILL(contains, box_contains);
    FILL(iter, box_iter);
    for (i = 0; i < MOLT_NUM_BINOPS; i++)
        FILL(binop[i], binops[i]);
}
#undef FILL
