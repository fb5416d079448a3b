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
 * The builtin types also expose their slots as attributes here (slot
 * wrappers, CPython's wrapper_descriptor): int.__new__, list.__init__,
 * dict.__getitem__, int.__add__... which is what super().__new__(cls, v),
 * super().__init__(...) and super().__getitem__(k) in subclasses call. */
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
static MoltValue unbox_as(MoltValue v, const MoltType *base)
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
    return base->binop[op](unbox_as(a, base), unbox_as(b, base));
}
static MoltValue box_compare(const MoltType *base, MoltValue a, MoltValue b, int op)
{
    return base->richcompare(unbox_as(a, base), unbox_as(b, base), op);
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

/* ---- slot wrappers: the builtin types' dunder methods as attributes ---- */

enum {
    SW_NEW,
    SW_INIT,
    SW_REPR,
    SW_STR,
    SW_HASH,
    SW_BOOL,
    SW_LEN,
    SW_ITER,
    SW_GETITEM,
    SW_SETITEM,
    SW_DELITEM,
    SW_CONTAINS,
    SW_NEG,
    SW_POS,
    SW_INVERT,
    SW_ABS,
    SW_COMPARE, /* op: MOLT_LT.. */
    SW_BINOP, /* op: MOLT_OP_* */
    SW_RBINOP,
    SW_INPLACE,
};

typedef struct SlotDef {
    const char *name;
    int kind, op;
} SlotDef;

static const SlotDef slot_defs[] = {
    { "__new__", SW_NEW, 0 },
    { "__init__", SW_INIT, 0 },
    { "__repr__", SW_REPR, 0 },
    { "__str__", SW_STR, 0 },
    { "__hash__", SW_HASH, 0 },
    { "__bool__", SW_BOOL, 0 },
    { "__len__", SW_LEN, 0 },
    { "__iter__", SW_ITER, 0 },
    { "__getitem__", SW_GETITEM, 0 },
    { "__setitem__", SW_SETITEM, 0 },
    { "__delitem__", SW_DELITEM, 0 },
    { "__contains__", SW_CONTAINS, 0 },
    { "__neg__", SW_NEG, 0 },
    { "__pos__", SW_POS, 0 },
    { "__invert__", SW_INVERT, 0 },
    { "__abs__", SW_ABS, 0 },
    { "__lt__", SW_COMPARE, MOLT_LT },
    { "__le__", SW_COMPARE, MOLT_LE },
    { "__eq__", SW_COMPARE, MOLT_EQ },
    { "__ne__", SW_COMPARE, MOLT_NE },
    { "__gt__", SW_COMPARE, MOLT_GT },
    { "__ge__", SW_COMPARE, MOLT_GE },
    { "__add__", SW_BINOP, MOLT_OP_ADD },
    { "__sub__", SW_BINOP, MOLT_OP_SUB },
    { "__mul__", SW_BINOP, MOLT_OP_MUL },
    { "__truediv__", SW_BINOP, MOLT_OP_TRUEDIV },
    { "__floordiv__", SW_BINOP, MOLT_OP_FLOORDIV },
    { "__mod__", SW_BINOP, MOLT_OP_MOD },
    { "__pow__", SW_BINOP, MOLT_OP_POW },
    { "__lshift__", SW_BINOP, MOLT_OP_LSHIFT },
    { "__rshift__", SW_BINOP, MOLT_OP_RSHIFT },
    { "__and__", SW_BINOP, MOLT_OP_AND },
    { "__or__", SW_BINOP, MOLT_OP_OR },
    { "__xor__", SW_BINOP, MOLT_OP_XOR },
    { "__radd__", SW_RBINOP, MOLT_OP_ADD },
    { "__rsub__", SW_RBINOP, MOLT_OP_SUB },
    { "__rmul__", SW_RBINOP, MOLT_OP_MUL },
    { "__rtruediv__", SW_RBINOP, MOLT_OP_TRUEDIV },
    { "__rfloordiv__", SW_RBINOP, MOLT_OP_FLOORDIV },
    { "__rmod__", SW_RBINOP, MOLT_OP_MOD },
    { "__rpow__", SW_RBINOP, MOLT_OP_POW },
    { "__rlshift__", SW_RBINOP, MOLT_OP_LSHIFT },
    { "__rrshift__", SW_RBINOP, MOLT_OP_RSHIFT },
    { "__rand__", SW_RBINOP, MOLT_OP_AND },
    { "__ror__", SW_RBINOP, MOLT_OP_OR },
    { "__rxor__", SW_RBINOP, MOLT_OP_XOR },
    { "__iadd__", SW_INPLACE, MOLT_OP_ADD },
    { "__isub__", SW_INPLACE, MOLT_OP_SUB },
    { "__imul__", SW_INPLACE, MOLT_OP_MUL },
    { "__iand__", SW_INPLACE, MOLT_OP_AND },
    { "__ior__", SW_INPLACE, MOLT_OP_OR },
    { "__ixor__", SW_INPLACE, MOLT_OP_XOR },
};
#define NSLOTDEFS (sizeof slot_defs / sizeof slot_defs[0])

typedef struct SlotWrapper {
    MoltObject ob;
    MoltType *owner;
    const SlotDef *def;
} SlotWrapper;

/* Whether builtin base t has the attribute def names (CPython's: str,
 * tuple and list have no reflected operators but __rmul__; only int and
 * float have __bool__; list, dict and set hash to None). */
static int has_slot(const MoltType *t, const SlotDef *d)
{
    int seq = t == &MoltStr_Type || t == &MoltTuple_Type || t == &MoltList_Type;
    switch (d->kind) {
    case SW_NEW:
    case SW_HASH:
        return 1;
    case SW_INIT:
        return t == &MoltList_Type || t == &MoltDict_Type || t == &MoltSet_Type;
    case SW_REPR:
        return t->repr != NULL;
    case SW_STR:
        return t->str != NULL;
    case SW_BOOL:
        return t == &MoltInt_Type || t == &MoltFloat_Type;
    case SW_LEN:
        return t->len != NULL;
    case SW_ITER:
        return t->iter != NULL;
    case SW_GETITEM:
        return t->getitem != NULL;
    case SW_SETITEM:
    case SW_DELITEM:
        return t->setitem != NULL;
    case SW_CONTAINS:
        return t->contains != NULL;
    case SW_NEG:
        return t->neg != NULL;
    case SW_POS:
        return t->pos != NULL;
    case SW_INVERT:
        return t->invert != NULL;
    case SW_ABS:
        return t->abs != NULL;
    case SW_COMPARE:
        return t->richcompare != NULL;
    case SW_BINOP:
        return t->binop[d->op] != NULL;
    case SW_RBINOP:
        return t->binop[d->op] != NULL && (!seq || d->op == MOLT_OP_MUL);
    default:
        return t->inplace[d->op] != NULL;
    }
}

static SlotWrapper *wrapper_cache[8][NSLOTDEFS];

static int base_index(const MoltType *t)
{
    static const MoltType *const bases[8] = { &MoltInt_Type, &MoltFloat_Type, &MoltStr_Type, &MoltTuple_Type,
        &MoltList_Type, &MoltDict_Type, &MoltSet_Type, &MoltFrozenSet_Type };
    int i;
    for (i = 0; i < 8; i++)
        if (bases[i] == t)
            return i;
    return -1;
}

MoltValue molt_builtin_slot_attr(MoltType *t, MoltValue name)
{
    const char *k = molt_str_cstr(name);
    int b = base_index(t);
    size_t i;
    if (b < 0 || k[0] != '_' || k[1] != '_')
        return MOLT_NULL;
    for (i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slot_defs[i];
        SlotWrapper *w;
        if (strcmp(d->name, k) != 0)
            continue;
        if (!has_slot(t, d))
            return MOLT_NULL;
        if (d->kind == SW_HASH && t->hash == molt_hash_unhashable)
            return MOLT_NONE;
        w = wrapper_cache[b][i];
        if (!w) {
            w = molt_alloc(sizeof *w);
            w->ob.type = &MoltSlotWrapper_Type;
            w->owner = t;
            w->def = d;
            wrapper_cache[b][i] = w;
        }
        return molt_from_ptr(w);
    }
    return MOLT_NULL;
}

/* type.__new__(cls, ...) for builtin base t. */
static MoltValue slot_new(MoltType *t, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltType *cls;
    MoltValue v;
    if (nargs == 0)
        return molt_raise(&MoltExc_TypeError, "%s.__new__(): not enough arguments", t->name);
    if (!molt_is_type(args[0]))
        return molt_raise(&MoltExc_TypeError, "%s.__new__(X): X is not a type object (%s)", t->name,
            molt_type_name(args[0]));
    cls = molt_ptr(args[0]);
    if (!molt_type_is_subtype(cls, t))
        return molt_raise(&MoltExc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name, cls->name,
            cls->name, t->name);
    if (cls != t && (!molt_is_heaptype(cls) || ((MoltClass *)cls)->solid != t))
        return molt_raise(&MoltExc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t->name,
            cls->name, cls->name);
    if (cls == t)
        return molt_type_constructor(t)(args[0], args + 1, nargs - 1, kwnames);
    switch (molt_builtin_base_kind(t)) {
    case 2:
        v = molt_type_constructor(t)(molt_from_ptr(t), args + 1, nargs - 1, kwnames);
        return v ? molt_boxed_new(cls, v) : MOLT_NULL;
    default:
        /* list, dict and set ignore the arguments (their __init__ takes
         * them); frozenset is immutable and builds from them */
        if (t == &MoltFrozenSet_Type)
            return molt_frozenset_construct(args[0], args + 1, nargs - 1, kwnames);
        return molt_type_constructor(t)(args[0], NULL, 0, MOLT_NULL);
    }
}

/* list.__init__ / dict.__init__ / set.__init__ on self (an instance). */
static MoltValue slot_init(
    MoltType *t, MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue clear;
    if (t == &MoltDict_Type)
        return molt_dict_update_args("dict", self, args, nargs, kwnames) < 0 ? MOLT_NULL : MOLT_NONE;
    if (molt_no_kwargs(t->name, kwnames) < 0)
        return MOLT_NULL;
    if (nargs > 1)
        return molt_raise(&MoltExc_TypeError, "%s expected at most 1 argument, got %zu", t->name, nargs);
    clear = molt_method_bind(t, self, "clear");
    if (!clear || !molt_call(clear, NULL, 0, MOLT_NULL))
        return MOLT_NULL;
    if (nargs == 0)
        return MOLT_NONE;
    if (t == &MoltList_Type)
        return molt_list_extend(self, args[0]) < 0 ? MOLT_NULL : MOLT_NONE;
    return molt_set_update(self, args[0]) < 0 ? MOLT_NULL : MOLT_NONE;
}

static MoltValue expect_args(const SlotDef *d, size_t got, size_t want)
{
    if (got != want)
        return molt_raise(
            &MoltExc_TypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s", got);
    (void)d;
    return MOLT_NONE;
}

static MoltValue int_result(int64_t n) { return n < 0 ? MOLT_NULL : molt_int_from_i64(n); }
static MoltValue bool_result(int r) { return r < 0 ? MOLT_NULL : molt_bool(r); }

static MoltValue slot_wrapper_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    SlotWrapper *w = molt_ptr(callable);
    const SlotDef *d = w->def;
    MoltType *t = w->owner;
    MoltValue self, other;
    size_t want = 0;
    if (d->kind == SW_NEW)
        return slot_new(t, args, nargs, kwnames);
    if (nargs == 0)
        return molt_raise(
            &MoltExc_TypeError, "descriptor '%s' of '%s' object needs an argument", d->name, t->name);
    if (!molt_isinstance(args[0], t))
        return molt_raise(&MoltExc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
            d->name, t->name, molt_type_name(args[0]));
    self = unbox_as(args[0], t);
    if (d->kind == SW_INIT)
        return slot_init(t, self, args + 1, nargs - 1, kwnames);
    if (molt_kw_count(kwnames))
        return molt_raise(&MoltExc_TypeError, "wrapper %s() takes no keyword arguments", d->name);
    switch (d->kind) {
    case SW_GETITEM:
    case SW_DELITEM:
    case SW_CONTAINS:
    case SW_COMPARE:
    case SW_BINOP:
    case SW_RBINOP:
    case SW_INPLACE:
        want = 1;
        break;
    case SW_SETITEM:
        want = 2;
        break;
    }
    if (!expect_args(d, nargs - 1, want))
        return MOLT_NULL;
    other = want ? unbox_as(args[1], t) : MOLT_NULL;
    /* int's own operators take no floats (the float's reflected ones do) */
    if (t == &MoltInt_Type && other && molt_is_double(other)
        && (d->kind == SW_COMPARE || d->kind == SW_BINOP || d->kind == SW_RBINOP))
        return MOLT_NOTIMPLEMENTED;
    switch (d->kind) {
    case SW_REPR: /* the base's own: self's type may override __repr__ */
        return t->repr(self);
    case SW_STR:
        return t->str(self);
    case SW_HASH: {
        int64_t h = t->hash ? t->hash(self) : molt_hash(self); /* self is exact for int, str */
        return h == -1 ? MOLT_NULL : molt_int_from_i64(h);
    }
    case SW_BOOL:
        return bool_result(molt_truth(self));
    case SW_LEN:
        return int_result(t->len(self));
    case SW_ITER:
        return t->iter(self);
    case SW_GETITEM:
        return t->getitem(self, args[1]);
    case SW_SETITEM:
        return t->setitem(self, args[1], args[2]) < 0 ? MOLT_NULL : MOLT_NONE;
    case SW_DELITEM:
        return t->setitem(self, args[1], MOLT_NULL) < 0 ? MOLT_NULL : MOLT_NONE;
    case SW_CONTAINS:
        return bool_result(t->contains(self, args[1]));
    case SW_NEG:
        return t->neg(self);
    case SW_POS:
        return t->pos(self);
    case SW_INVERT:
        return t->invert(self);
    case SW_ABS:
        return t->abs(self);
    case SW_COMPARE:
        return t->richcompare(self, other, d->op);
    case SW_BINOP:
        return t->binop[d->op](self, other);
    case SW_RBINOP:
        return t->binop[d->op](other, self);
    default:
        return t->inplace[d->op](self, other);
    }
}

static MoltValue slot_wrapper_get(MoltValue descr, MoltValue obj, MoltValue type)
{
    SlotWrapper *w = molt_ptr(descr);
    (void)type;
    if (!obj || w->def->kind == SW_NEW)
        return descr;
    return molt_method_new(descr, obj);
}

static MoltValue slot_wrapper_repr(MoltValue v)
{
    SlotWrapper *w = molt_ptr(v);
    MoltStrBuf sb;
    molt_sb_init(&sb);
    if (w->def->kind == SW_NEW)
        molt_sb_printf(&sb, "<built-in method __new__ of type object at %p>", (void *)w->owner);
    else
        molt_sb_printf(&sb, "<slot wrapper '%s' of '%s' objects>", w->def->name, w->owner->name);
    return molt_sb_finish(&sb);
}

MoltType MoltSlotWrapper_Type = {
    .type = &MoltType_Type,
    .name = "wrapper_descriptor",
    .base = &MoltObject_Type,
    .basicsize = sizeof(SlotWrapper),
    .repr = slot_wrapper_repr,
    .descr_get = slot_wrapper_get,
    .call = slot_wrapper_call,
};
