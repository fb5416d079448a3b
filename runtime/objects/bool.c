/* bool: the True and False singletons. bool is an int subclass; int
 * arithmetic on bools is handled by the int layer (internal/int.h). */
#include "internal/int.h"
#include "internal/str.h"

static MoltValue bool_repr(MoltValue v)
{
    return v == MOLT_TRUE ? molt_str_from_utf8("True", 4) : molt_str_from_utf8("False", 5);
}

static int bool_truth(MoltValue v) { return v == MOLT_TRUE; }

static MoltValue bool_richcompare(MoltValue a, MoltValue b, int op)
{
    return MoltInt_Type.richcompare(a, b, op);
}

static MoltValue bool_binop_int(int op, MoltValue a, MoltValue b)
{
    if (!molt_is_intlike(a) || !molt_is_intlike(b))
        return MOLT_NOTIMPLEMENTED;
    return molt_int_binop(op, a, b);
}

#define BOOL_BINOP(name, OP) \
    static MoltValue name(MoltValue a, MoltValue b) { return bool_binop_int(OP, a, b); }
BOOL_BINOP(bool_and, MOLT_OP_AND)
BOOL_BINOP(bool_or, MOLT_OP_OR)
BOOL_BINOP(bool_xor, MOLT_OP_XOR)
#undef BOOL_BINOP

MOLT_API MoltType MoltBool_Type = {
    .type = &MoltType_Type,
    .name = "bool",
    .base = &MoltInt_Type,
    .flags = MOLT_TYPE_MATCH_SELF,
    .basicsize = sizeof(MoltObject),
    .repr = bool_repr,
    .truth = bool_truth,
    .richcompare = bool_richcompare,
    .binop = { [MOLT_OP_AND] = bool_and, [MOLT_OP_OR] = bool_or, [MOLT_OP_XOR] = bool_xor },
};

MOLT_API MoltObject molt_True_obj = { &MoltBool_Type };
MOLT_API MoltObject molt_False_obj = { &MoltBool_Type };
