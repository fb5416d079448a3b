/* The C slots of user classes: a dunder method defined in a class (or in
 * a user class on its MRO) puts a trampoline in the matching MoltType slot
 * that calls it, so the generic operations (ops.c, calls, truth...) reach
 * Python methods the way they reach builtin C functions. Slots a user
 * class does not override stay NULL, so lookups along the base chain find
 * the builtin slot. Assigning a dunder on the class later refills them
 * (molt_class_set). */
#include <string.h>

#include "internal/class.h"
#include "internal/exceptions.h"
#include "internal/int.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

/* The method `name` as a user class on t's MRO defines it, or MOLT_NULL
 * (also when the nearest definition is a builtin's). */
static MoltValue user_method(MoltType *t, const char *name)
{
    MoltType *owner = NULL;
    MoltValue f = molt_type_lookup_cstr(t, name, &owner);
    return f && molt_is_heaptype(owner) ? f : MOLT_NULL;
}

/* Call type(self).name(self, args...); NotImplemented when undefined. A
 * plain function taking exactly those arguments is called at its direct
 * entry: operators on user classes cost a memo lookup and a call. */
static MoltValue call1(MoltValue self, const char *name, const MoltValue *args, size_t n)
{
    MoltValue f = molt_type_lookup_cstr(molt_type_of(self), name, NULL);
    if (!f)
        return MOLT_NOTIMPLEMENTED;
    if (f == MOLT_NONE)
        return molt_raise(&MoltExc_TypeError, "'%s' object is not callable", "NoneType");
    if (n <= 2 && molt_is_ptr(f) && molt_type_of(f) == &MoltFunction_Type) {
        const MoltFuncDef *def = ((const MoltFunction *)molt_ptr(f))->def;
        if ((size_t)def->argcount == n + 1 && def->kwonlyargcount == 0
            && (def->flags & (MOLT_CO_VARARGS | MOLT_CO_VARKEYWORDS)) == 0) {
            MoltValue v[3] = { self, n > 0 ? args[0] : MOLT_NULL, n > 1 ? args[1] : MOLT_NULL };
            return def->entry(f, v);
        }
    }
    return molt_call_with_self(f, self, args, n, MOLT_NULL);
}

/* ---- binary operators (CPython's SLOT1BINFULL) ---- */

static const char *const binop_names[MOLT_NUM_BINOPS][2] = {
    { "__add__", "__radd__" },
    { "__sub__", "__rsub__" },
    { "__mul__", "__rmul__" },
    { "__truediv__", "__rtruediv__" },
    { "__floordiv__", "__rfloordiv__" },
    { "__mod__", "__rmod__" },
    { "__pow__", "__rpow__" },
    { "__lshift__", "__rlshift__" },
    { "__rshift__", "__rrshift__" },
    { "__and__", "__rand__" },
    { "__or__", "__ror__" },
    { "__xor__", "__rxor__" },
    { "__matmul__", "__rmatmul__" },
};

static MoltBinaryFn binop_of(const MoltType *t, int op)
{
    for (; t; t = t->base)
        if (t->binop[op])
            return t->binop[op];
    return NULL;
}

static MoltValue slot_binop(int op, MoltBinaryFn self_fn, MoltValue a, MoltValue b)
{
    MoltType *ta = molt_type_of(a), *tb = molt_type_of(b);
    int do_other;
    MoltValue r;
    /* Operands of one type: only a's method, whatever it returns (this
     * slot is that type's, as molt_binop_slow calls no other then). */
    if (ta == tb)
        return call1(a, binop_names[op][0], &b, 1);
    do_other = binop_of(tb, op) == self_fn;
    if (binop_of(ta, op) == self_fn) {
        if (do_other && molt_type_is_subtype(tb, ta)) {
            r = call1(b, binop_names[op][1], &a, 1);
            if (r != MOLT_NOTIMPLEMENTED)
                return r;
            do_other = 0;
        }
        r = call1(a, binop_names[op][0], &b, 1);
        if (r != MOLT_NOTIMPLEMENTED || ta == tb)
            return r;
    }
    if (do_other)
        return call1(b, binop_names[op][1], &a, 1);
    return MOLT_NOTIMPLEMENTED;
}

#define BINOP_TRAMPOLINE(OP) \
    static MoltValue slot_##OP(MoltValue a, MoltValue b) { return slot_binop(MOLT_OP_##OP, slot_##OP, a, b); }
BINOP_TRAMPOLINE(ADD)
BINOP_TRAMPOLINE(SUB)
BINOP_TRAMPOLINE(MUL)
BINOP_TRAMPOLINE(TRUEDIV)
BINOP_TRAMPOLINE(FLOORDIV)
BINOP_TRAMPOLINE(MOD)
BINOP_TRAMPOLINE(POW)
BINOP_TRAMPOLINE(LSHIFT)
BINOP_TRAMPOLINE(RSHIFT)
BINOP_TRAMPOLINE(AND)
BINOP_TRAMPOLINE(OR)
BINOP_TRAMPOLINE(XOR)
BINOP_TRAMPOLINE(MATMUL)
#undef BINOP_TRAMPOLINE

static const MoltBinaryFn binop_slots[MOLT_NUM_BINOPS] = {
    slot_ADD,
    slot_SUB,
    slot_MUL,
    slot_TRUEDIV,
    slot_FLOORDIV,
    slot_MOD,
    slot_POW,
    slot_LSHIFT,
    slot_RSHIFT,
    slot_AND,
    slot_OR,
    slot_XOR,
    slot_MATMUL,
};

/* Two instances of one class whose slot is the trampoline: slot_binop
 * would call call1(a, "__op__", b), which for a plain function of two
 * parameters is its direct entry; the function is remembered per class
 * version, so this costs no lookup. */
MoltValue molt_slots_binop_same(MoltType *t, int op, MoltValue a, MoltValue b)
{
    MoltClass *c = (MoltClass *)t;
    MoltValue f, v[2];
    if (c->binop_version != t->version) {
        memset(c->binop_fn, 0, sizeof c->binop_fn);
        c->binop_version = t->version;
    }
    f = c->binop_fn[op];
    if (!f) {
        MoltType *owner = NULL;
        f = binop_of(t, op) == binop_slots[op] ? molt_type_lookup_cstr(t, binop_names[op][0], &owner)
                                               : MOLT_NULL;
        if (!f || !owner || !molt_is_heaptype(owner) || !molt_is_ptr(f)
            || molt_type_of(f) != &MoltFunction_Type)
            f = MOLT_NONE;
        else {
            const MoltFuncDef *def = ((const MoltFunction *)molt_ptr(f))->def;
            if (def->argcount != 2 || def->kwonlyargcount != 0
                || (def->flags & (MOLT_CO_VARARGS | MOLT_CO_VARKEYWORDS)) != 0)
                f = MOLT_NONE;
        }
        c->binop_fn[op] = f;
    }
    if (f == MOLT_NONE)
        return MOLT_STOP;
    v[0] = a;
    v[1] = b;
    return ((const MoltFunction *)molt_ptr(f))->def->entry(f, v);
}

/* ---- in-place operators: `a += b` calls type(a).__iadd__(a, b); when it
 * is missing or returns NotImplemented, molt_inplace_slow falls back to
 * the binary operator (CPython's binary_iop1) ---- */

static const char *const inplace_names[MOLT_NUM_BINOPS] = {
    "__iadd__",
    "__isub__",
    "__imul__",
    "__itruediv__",
    "__ifloordiv__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ior__",
    "__ixor__",
    "__imatmul__",
};

#define INPLACE_TRAMPOLINE(OP)                               \
    static MoltValue islot_##OP(MoltValue a, MoltValue b)    \
    {                                                        \
        return call1(a, inplace_names[MOLT_OP_##OP], &b, 1); \
    }
INPLACE_TRAMPOLINE(ADD)
INPLACE_TRAMPOLINE(SUB)
INPLACE_TRAMPOLINE(MUL)
INPLACE_TRAMPOLINE(TRUEDIV)
INPLACE_TRAMPOLINE(FLOORDIV)
INPLACE_TRAMPOLINE(MOD)
INPLACE_TRAMPOLINE(POW)
INPLACE_TRAMPOLINE(LSHIFT)
INPLACE_TRAMPOLINE(RSHIFT)
INPLACE_TRAMPOLINE(AND)
INPLACE_TRAMPOLINE(OR)
INPLACE_TRAMPOLINE(XOR)
INPLACE_TRAMPOLINE(MATMUL)
#undef INPLACE_TRAMPOLINE

static const MoltBinaryFn inplace_slots[MOLT_NUM_BINOPS] = {
    islot_ADD,
    islot_SUB,
    islot_MUL,
    islot_TRUEDIV,
    islot_FLOORDIV,
    islot_MOD,
    islot_POW,
    islot_LSHIFT,
    islot_RSHIFT,
    islot_AND,
    islot_OR,
    islot_XOR,
    islot_MATMUL,
};

/* ---- comparisons, unary operators, conversions ---- */

static const char *const compare_names[] = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };

static MoltValue slot_richcompare(MoltValue a, MoltValue b, int op)
{
    return call1(a, compare_names[op], &b, 1);
}

static MoltValue unary_call(MoltValue v, const char *name) { return call1(v, name, NULL, 0); }
static MoltValue slot_neg(MoltValue v) { return unary_call(v, "__neg__"); }
static MoltValue slot_pos(MoltValue v) { return unary_call(v, "__pos__"); }
static MoltValue slot_invert(MoltValue v) { return unary_call(v, "__invert__"); }
static MoltValue slot_abs(MoltValue v) { return unary_call(v, "__abs__"); }

static MoltValue str_result(MoltValue r, const char *name)
{
    if (r && !molt_is_str(r))
        return molt_raise(&MoltExc_TypeError, "%s returned non-string (type %s)", name, molt_type_name(r));
    return r;
}
static MoltValue slot_repr(MoltValue v) { return str_result(unary_call(v, "__repr__"), "__repr__"); }
static MoltValue slot_str(MoltValue v) { return str_result(unary_call(v, "__str__"), "__str__"); }

static int64_t slot_len(MoltValue v)
{
    MoltValue r = unary_call(v, "__len__");
    int64_t n;
    if (!r)
        return -1;
    if (!molt_is_int(r)) {
        if (molt_is_intlike(r) && r != MOLT_TRUE && r != MOLT_FALSE) {
            molt_raise(&MoltExc_OverflowError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
        if (r == MOLT_TRUE || r == MOLT_FALSE)
            return r == MOLT_TRUE;
        molt_raise(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer", molt_type_name(r));
        return -1;
    }
    n = molt_int_value(r);
    if (n < 0) {
        molt_raise(&MoltExc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static int slot_bool(MoltValue v)
{
    MoltValue r = unary_call(v, "__bool__");
    if (!r)
        return -1;
    if (r != MOLT_TRUE && r != MOLT_FALSE) {
        molt_raise(&MoltExc_TypeError, "__bool__ should return bool, returned %s", molt_type_name(r));
        return -1;
    }
    return r == MOLT_TRUE;
}

static int slot_truth_len(MoltValue v)
{
    int64_t n = slot_len(v);
    return n < 0 ? -1 : n != 0;
}

static int64_t slot_hash(MoltValue v)
{
    MoltValue r = unary_call(v, "__hash__");
    int64_t h;
    if (!r)
        return -1;
    if (!molt_is_intlike(r)) {
        molt_raise(&MoltExc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    if (!molt_is_int(r)) /* bool or bigint: CPython reduces it by hash(int) */
        return molt_hash(r);
    h = molt_int_value(r);
    return h == -1 ? -2 : h;
}

static int64_t slot_hash_none(MoltValue v)
{
    molt_raise(&MoltExc_TypeError, "unhashable type: '%s'", molt_type_name(v));
    return -1;
}

static MoltValue slot_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue f = molt_type_lookup_cstr(molt_type_of(callable), "__call__", NULL);
    if (!f)
        return molt_raise(&MoltExc_TypeError, "'%s' object is not callable", molt_type_name(callable));
    return molt_call_with_self(f, callable, args, nargs, kwnames);
}

/* ---- attribute access ---- */

/* What a user __getattr__ / __setattr__ extends: type's protocol for
 * classes (the instances of a metaclass), object's for the rest. */
static MoltValue base_getattr(MoltValue o, MoltValue name)
{
    return molt_is_type(o) ? molt_type_getattr(o, name) : molt_generic_getattr(o, name);
}

static int base_setattr(MoltValue o, MoltValue name, MoltValue v)
{
    return molt_is_type(o) ? molt_type_setattr(o, name, v) : molt_generic_setattr(o, name, v);
}

static MoltValue slot_getattr(MoltValue o, MoltValue name)
{
    MoltType *t = molt_type_of(o);
    MoltValue r
        = user_method(t, "__getattribute__") ? call1(o, "__getattribute__", &name, 1) : base_getattr(o, name);
    if (!r && user_method(t, "__getattr__") && molt_err_occurred_is(&MoltExc_AttributeError)) {
        molt_err_clear();
        r = call1(o, "__getattr__", &name, 1);
    }
    return r;
}

static int slot_setattr(MoltValue o, MoltValue name, MoltValue v)
{
    MoltValue args[2] = { name, v }, r;
    if (v)
        r = user_method(molt_type_of(o), "__setattr__") ? call1(o, "__setattr__", args, 2)
            : base_setattr(o, name, v) < 0              ? MOLT_NULL
                                                        : MOLT_NONE;
    else
        r = user_method(molt_type_of(o), "__delattr__") ? call1(o, "__delattr__", args, 1)
            : base_setattr(o, name, v) < 0              ? MOLT_NULL
                                                        : MOLT_NONE;
    return r ? 0 : -1;
}

static MoltValue slot_descr_get(MoltValue d, MoltValue obj, MoltValue type)
{
    MoltValue args[2] = { obj ? obj : MOLT_NONE, type ? type : molt_from_ptr(molt_type_of(obj)) };
    return call1(d, "__get__", args, 2);
}

static int slot_descr_set(MoltValue d, MoltValue obj, MoltValue v)
{
    MoltValue args[2] = { obj, v }, r;
    if (v) {
        if (!user_method(molt_type_of(d), "__set__"))
            return molt_raise(&MoltExc_AttributeError, "__set__"), -1;
        r = call1(d, "__set__", args, 2);
    } else {
        if (!user_method(molt_type_of(d), "__delete__"))
            return molt_raise(&MoltExc_AttributeError, "__delete__"), -1;
        r = call1(d, "__delete__", args, 1);
    }
    return r ? 0 : -1;
}

/* ---- containers and iteration ---- */

static MoltValue slot_getitem(MoltValue o, MoltValue key) { return call1(o, "__getitem__", &key, 1); }

static int slot_setitem(MoltValue o, MoltValue key, MoltValue v)
{
    MoltValue args[2] = { key, v }, r;
    const char *name = v ? "__setitem__" : "__delitem__";
    if (!user_method(molt_type_of(o), name)) {
        molt_raise(&MoltExc_TypeError,
            v ? "'%s' object does not support item assignment" : "'%s' object does not support item deletion",
            molt_type_name(o));
        return -1;
    }
    r = call1(o, name, args, v ? 2 : 1);
    return r ? 0 : -1;
}

static int slot_contains(MoltValue o, MoltValue item)
{
    MoltValue r = call1(o, "__contains__", &item, 1);
    return r ? molt_truth(r) : -1;
}

static MoltValue slot_iter(MoltValue o)
{
    MoltValue r = unary_call(o, "__iter__");
    if (r && !molt_type_lookup_cstr(molt_type_of(r), "__next__", NULL) && !molt_type_of(r)->iternext)
        return molt_raise(&MoltExc_TypeError, "iter() returned non-iterator of type '%s'", molt_type_name(r));
    return r;
}

static MoltValue slot_iternext(MoltValue o)
{
    MoltValue r = unary_call(o, "__next__");
    if (!r && molt_err_occurred_is(&MoltExc_StopIteration)) {
        molt_err_clear();
        return MOLT_STOP;
    }
    return r;
}

/* Exception classes: instance attributes first, then what BaseException's
 * own getattr/setattr know (args, __traceback__, __cause__...). */
static MoltValue exc_base_getattr(MoltValue o, MoltValue name)
{
    MoltValue v = molt_inst_get(o, name);
    return v                            ? v
        : MoltExc_BaseException.getattr ? MoltExc_BaseException.getattr(o, name)
                                        : molt_generic_getattr(o, name);
}

static int exc_base_setattr(MoltValue o, MoltValue name, MoltValue v)
{
    const char *k = molt_str_cstr(name);
    if (MoltExc_BaseException.setattr && k[0] == '_' && k[1] == '_')
        return MoltExc_BaseException.setattr(o, name, v);
    if (MoltExc_BaseException.setattr && strcmp(k, "args") == 0)
        return MoltExc_BaseException.setattr(o, name, v);
    return molt_generic_setattr(o, name, v);
}

/* ---- filling ---- */

static const char *const slot_names[] = {
    "__repr__",
    "__str__",
    "__bool__",
    "__len__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__neg__",
    "__pos__",
    "__invert__",
    "__abs__",
    "__call__",
    "__hash__",
    "__getattribute__",
    "__getattr__",
    "__setattr__",
    "__delattr__",
    "__get__",
    "__set__",
    "__delete__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__iter__",
    "__next__",
};

int molt_is_slot_name(MoltValue name)
{
    const char *k = molt_str_cstr(name);
    size_t i, n = strlen(k);
    if (n < 5 || k[0] != '_' || k[1] != '_' || k[n - 1] != '_' || k[n - 2] != '_')
        return 0;
    for (i = 0; i < sizeof slot_names / sizeof slot_names[0]; i++)
        if (strcmp(k, slot_names[i]) == 0)
            return 1;
    for (i = 0; i < MOLT_NUM_BINOPS; i++)
        if (strcmp(k, binop_names[i][0]) == 0 || strcmp(k, binop_names[i][1]) == 0
            || strcmp(k, inplace_names[i]) == 0)
            return 1;
    return 0;
}

#define HAS(name) (user_method(t, name) != MOLT_NULL)

void molt_class_fill_slots(MoltClass *c)
{
    MoltType *t = &c->t;
    MoltValue h;
    int i;
    t->repr = HAS("__repr__") ? slot_repr : NULL;
    t->str = HAS("__str__") ? slot_str : NULL;
    t->truth = HAS("__bool__") ? slot_bool : HAS("__len__") ? slot_truth_len : NULL;
    t->richcompare = NULL;
    for (i = 0; i < 6; i++)
        if (HAS(compare_names[i]))
            t->richcompare = slot_richcompare;
    for (i = 0; i < MOLT_NUM_BINOPS; i++) {
        t->binop[i] = HAS(binop_names[i][0]) || HAS(binop_names[i][1]) ? binop_slots[i] : NULL;
        t->inplace[i] = HAS(inplace_names[i]) ? inplace_slots[i] : NULL;
    }
    t->neg = HAS("__neg__") ? slot_neg : NULL;
    t->pos = HAS("__pos__") ? slot_pos : NULL;
    t->invert = HAS("__invert__") ? slot_invert : NULL;
    t->abs = HAS("__abs__") ? slot_abs : NULL;
    t->call = HAS("__call__") ? slot_call : NULL;
    h = user_method(t, "__hash__");
    t->hash = h == MOLT_NONE ? slot_hash_none : h ? slot_hash : NULL;
    t->getattr = HAS("__getattribute__") || HAS("__getattr__") ? slot_getattr : NULL;
    t->setattr = HAS("__setattr__") || HAS("__delattr__") ? slot_setattr : NULL;
    if ((t->flags & MOLT_TYPE_EXCEPTION) && !t->getattr)
        t->getattr = exc_base_getattr;
    if ((t->flags & MOLT_TYPE_EXCEPTION) && !t->setattr)
        t->setattr = exc_base_setattr;
    t->descr_get = HAS("__get__") ? slot_descr_get : NULL;
    t->descr_set = HAS("__set__") || HAS("__delete__") ? slot_descr_set : NULL;
    t->getitem = HAS("__getitem__") ? slot_getitem : NULL;
    t->setitem = HAS("__setitem__") || HAS("__delitem__") ? slot_setitem : NULL;
    t->len = HAS("__len__") ? slot_len : NULL;
    t->contains = HAS("__contains__") ? slot_contains : NULL;
    t->iter = HAS("__iter__") ? slot_iter : NULL;
    t->iternext = HAS("__next__") ? slot_iternext : NULL;
    if (c->solid && molt_builtin_base_kind(c->solid))
        molt_builtin_sub_fill_slots(c);
}
#undef HAS
