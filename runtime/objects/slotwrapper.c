/* Slot wrappers: the C slots of builtin types as attributes (CPython's
 * wrapper_descriptor): int.__add__, range.__len__, enumerate.__next__,
 * complex.__neg__, list.__init__, int.__new__...
 *
 * Every builtin type exposes the slots it has of its own; a slot it shares
 * with its base is found on the base by the MRO walk, as in CPython
 * (bool.__add__ is int's). Calling one checks the instance's type with
 * CPython's message and calls the slot, so super().__new__(cls, v) and
 * super().__getitem__(k) in subclasses, and explicit calls such as
 * range.__len__(r) or (3).__divmod__(2), behave as CPython's. */
#include <string.h>

#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/complex.h"
#include "internal/containers.h"
#include "internal/bytes.h"
#include "internal/dict.h"
#include "internal/exceptions.h"
#include "internal/float.h"
#include "internal/int.h"
#include "internal/list.h"
#include "internal/set.h"
#include "internal/str.h"
#include "internal/type.h"

enum {
    SW_NEW,
    SW_INIT,
    SW_REPR,
    SW_STR,
    SW_HASH,
    SW_BOOL,
    SW_LEN,
    SW_ITER,
    SW_NEXT,
    SW_GETITEM,
    SW_SETITEM,
    SW_DELITEM,
    SW_CONTAINS,
    SW_NEG,
    SW_POS,
    SW_INVERT,
    SW_ABS,
    SW_INT, /* int and float: __int__, __float__, __index__ */
    SW_FLOAT,
    SW_INDEX,
    SW_COMPARE, /* op: MOLT_LT.. */
    SW_BINOP, /* op: MOLT_OP_* */
    SW_RBINOP,
    SW_DIVMOD, /* int and float */
    SW_RDIVMOD,
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
    { "__next__", SW_NEXT, 0 },
    { "__getitem__", SW_GETITEM, 0 },
    { "__setitem__", SW_SETITEM, 0 },
    { "__delitem__", SW_DELITEM, 0 },
    { "__contains__", SW_CONTAINS, 0 },
    { "__neg__", SW_NEG, 0 },
    { "__pos__", SW_POS, 0 },
    { "__invert__", SW_INVERT, 0 },
    { "__abs__", SW_ABS, 0 },
    { "__int__", SW_INT, 0 },
    { "__float__", SW_FLOAT, 0 },
    { "__index__", SW_INDEX, 0 },
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
    { "__divmod__", SW_DIVMOD, 0 },
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
    { "__rdivmod__", SW_RDIVMOD, 0 },
    { "__rpow__", SW_RBINOP, MOLT_OP_POW },
    { "__rlshift__", SW_RBINOP, MOLT_OP_LSHIFT },
    { "__rrshift__", SW_RBINOP, MOLT_OP_RSHIFT },
    { "__rand__", SW_RBINOP, MOLT_OP_AND },
    { "__ror__", SW_RBINOP, MOLT_OP_OR },
    { "__rxor__", SW_RBINOP, MOLT_OP_XOR },
    { "__iadd__", SW_INPLACE, MOLT_OP_ADD },
    { "__isub__", SW_INPLACE, MOLT_OP_SUB },
    { "__imul__", SW_INPLACE, MOLT_OP_MUL },
    { "__itruediv__", SW_INPLACE, MOLT_OP_TRUEDIV },
    { "__ifloordiv__", SW_INPLACE, MOLT_OP_FLOORDIV },
    { "__imod__", SW_INPLACE, MOLT_OP_MOD },
    { "__ipow__", SW_INPLACE, MOLT_OP_POW },
    { "__ilshift__", SW_INPLACE, MOLT_OP_LSHIFT },
    { "__irshift__", SW_INPLACE, MOLT_OP_RSHIFT },
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

static int is_number(const MoltType *t) { return t == &MoltInt_Type || t == &MoltFloat_Type; }
static int is_sequence(const MoltType *t)
{
    return t == &MoltStr_Type || t == &MoltTuple_Type || t == &MoltList_Type || t == &MoltBytes_Type
        || t == &MoltByteArray_Type;
}

/* Whether builtin type t has the attribute d names of its own. A slot
 * equal to the base's is the base's attribute. CPython's exceptions to
 * "a slot makes a wrapper": sequences (str, bytes, bytearray, tuple, list)
 * reflect only `*` and `%`; a type with __len__ has no __bool__ unless it
 * is a number-like range; list, dict, set and the other unhashable types
 * show __hash__ as None (molt_builtin_slot_attr). */
static int has_slot(const MoltType *t, const SlotDef *d)
{
#define OWN(f) (t->f && (!t->base || t->base->f != t->f))
    int seq = is_sequence(t);
    int base_kind = molt_builtin_base_kind(t);
    switch (d->kind) {
    case SW_NEW:
        return base_kind != 0;
    case SW_INIT:
        return t == &MoltList_Type || t == &MoltDict_Type || t == &MoltSet_Type;
    case SW_HASH:
        return base_kind || OWN(hash);
    case SW_REPR:
        return OWN(repr);
    case SW_STR:
        return OWN(str);
    case SW_BOOL:
        return is_number(t) || (!base_kind && OWN(truth) && (!t->len || t == &MoltRangeObj_Type));
    case SW_LEN:
        return OWN(len);
    case SW_ITER:
        return OWN(iter);
    case SW_NEXT:
        return OWN(iternext);
    case SW_GETITEM:
        return OWN(getitem);
    case SW_SETITEM:
    case SW_DELITEM:
        return OWN(setitem);
    case SW_CONTAINS:
        return OWN(contains);
    case SW_NEG:
        return OWN(neg);
    case SW_POS:
        return OWN(pos);
    case SW_INVERT:
        return OWN(invert);
    case SW_ABS:
        return OWN(abs);
    case SW_INT:
    case SW_FLOAT:
    case SW_DIVMOD:
    case SW_RDIVMOD:
        return is_number(t);
    case SW_INDEX:
        return t == &MoltInt_Type;
    case SW_COMPARE:
        return OWN(richcompare);
    case SW_BINOP:
        return OWN(binop[d->op]);
    case SW_RBINOP:
        return OWN(binop[d->op]) && (!seq || d->op == MOLT_OP_MUL || d->op == MOLT_OP_MOD);
    default:
        return OWN(inplace[d->op]);
    }
#undef OWN
}

/* The wrappers made so far, per type: a small chained hash table (there
 * are a few dozen builtin types). Static, so the collector scans it. */
typedef struct WrapperSet {
    const MoltType *type;
    struct WrapperSet *next;
    SlotWrapper *w[NSLOTDEFS];
} WrapperSet;
static WrapperSet *wrapper_sets[64];

static SlotWrapper **wrappers_of(const MoltType *t)
{
    WrapperSet **head = &wrapper_sets[((uintptr_t)t >> 4) % 64], *s;
    for (s = *head; s; s = s->next)
        if (s->type == t)
            return s->w;
    s = molt_alloc(sizeof *s);
    s->type = t;
    s->next = *head;
    *head = s;
    return s->w;
}

MoltValue molt_builtin_slot_attr(MoltType *t, MoltValue name)
{
    const char *k = molt_str_cstr(name);
    size_t i;
    if (k[0] != '_' || k[1] != '_' || molt_is_heaptype(t))
        return MOLT_NULL;
    for (i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slot_defs[i];
        SlotWrapper **cache, *w;
        if (strcmp(d->name, k) != 0)
            continue;
        if (!has_slot(t, d))
            return MOLT_NULL;
        if (d->kind == SW_HASH && t->hash == molt_hash_unhashable)
            return MOLT_NONE;
        cache = wrappers_of(t);
        w = cache[i];
        if (!w) {
            w = molt_alloc(sizeof *w);
            w->ob.type = &MoltSlotWrapper_Type;
            w->owner = t;
            w->def = d;
            cache[i] = w;
        }
        return molt_from_ptr(w);
    }
    return MOLT_NULL;
}

int molt_builtin_slot_names(MoltType *t, MoltValue names)
{
    size_t i;
    for (i = 0; i < NSLOTDEFS; i++)
        if (has_slot(t, &slot_defs[i])
            && molt_dict_setitem(names, molt_str_from_cstr(slot_defs[i].name), MOLT_NONE) < 0)
            return -1;
    return 0;
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

static MoltValue expect_args(size_t got, size_t want)
{
    if (got != want)
        return molt_raise(
            &MoltExc_TypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s", got);
    return MOLT_NONE;
}

static MoltValue int_result(int64_t n) { return n < 0 ? MOLT_NULL : molt_int_from_i64(n); }
static MoltValue bool_result(int r) { return r < 0 ? MOLT_NULL : molt_bool(r); }

/* int(x) / float(x) of an exact int or float. */
static MoltValue convert(MoltType *to, MoltValue x)
{
    return molt_type_constructor(to)(molt_from_ptr(to), &x, 1, MOLT_NULL);
}

/* int.__divmod__ / float.__divmod__ of a and b (already unboxed):
 * NotImplemented where the number slot does not take the other operand
 * (int's take ints; float's take ints and floats). */
static MoltValue number_divmod(const MoltType *t, MoltValue a, MoltValue b)
{
    double x, y;
    if (molt_is_intlike(a) && molt_is_intlike(b))
        return molt_int_divmod(a, b);
    if (t == &MoltInt_Type || !(molt_is_double(a) || molt_is_intlike(a))
        || !(molt_is_double(b) || molt_is_intlike(b)))
        return MOLT_NOTIMPLEMENTED;
    if (molt_float_coerce(a, &x) < 0 || molt_float_coerce(b, &y) < 0)
        return MOLT_NULL;
    return molt_float_divmod(x, y);
}

static MoltValue slot_wrapper_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    SlotWrapper *w = molt_ptr(callable);
    const SlotDef *d = w->def;
    MoltType *t = w->owner;
    MoltValue self, other, r;
    size_t want = 0;
    if (d->kind == SW_NEW)
        return slot_new(t, args, nargs, kwnames);
    if (nargs == 0)
        return molt_raise(
            &MoltExc_TypeError, "descriptor '%s' of '%s' object needs an argument", d->name, t->name);
    if (!molt_isinstance(args[0], t))
        return molt_raise(&MoltExc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
            d->name, t->name, molt_type_name(args[0]));
    self = molt_unbox_as(args[0], t);
    if (d->kind == SW_INIT)
        return slot_init(t, self, args + 1, nargs - 1, kwnames);
    /* list.__getitem__, dict.__getitem__ and dict.__contains__ are methods
     * in CPython (METH_COEXIST), with a method's argument errors */
    if ((t == &MoltList_Type && d->kind == SW_GETITEM)
        || (t == &MoltDict_Type && (d->kind == SW_GETITEM || d->kind == SW_CONTAINS))) {
        if (molt_method_nargs(t->name, d->name, nargs, 1, 1, kwnames) < 0)
            return MOLT_NULL;
    }
    if (molt_kw_count(kwnames))
        return molt_raise(&MoltExc_TypeError, "wrapper %s() takes no keyword arguments", d->name);
    switch (d->kind) {
    case SW_GETITEM:
    case SW_DELITEM:
    case SW_CONTAINS:
    case SW_COMPARE:
    case SW_BINOP:
    case SW_RBINOP:
    case SW_DIVMOD:
    case SW_RDIVMOD:
    case SW_INPLACE:
        want = 1;
        break;
    case SW_SETITEM:
        want = 2;
        break;
    }
    /* __pow__ takes an optional modulus (pow(self, other, mod)) */
    if ((d->kind == SW_BINOP || d->kind == SW_RBINOP) && d->op == MOLT_OP_POW && nargs == 3
        && (is_number(t) || t == &MoltComplex_Type)) {
        MoltValue a[3] = { self, molt_unbox_as(args[1], t), args[2] };
        if (d->kind == SW_RBINOP)
            a[0] = a[1], a[1] = self;
        return molt_builtin_pow(a, 3, MOLT_NULL);
    }
    if (!expect_args(nargs - 1, want))
        return MOLT_NULL;
    other = want ? molt_unbox_as(args[1], t) : MOLT_NULL;
    /* int's own operators take no floats (the float's reflected ones do) */
    if (t == &MoltInt_Type && other && molt_is_double(other)
        && (d->kind == SW_COMPARE || d->kind == SW_BINOP || d->kind == SW_RBINOP))
        return MOLT_NOTIMPLEMENTED;
    switch (d->kind) {
    case SW_REPR: /* the type's own: self's type may override __repr__ */
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
    case SW_NEXT:
        r = t->iternext(self);
        return r == MOLT_STOP ? molt_raise_args(&MoltExc_StopIteration, NULL, 0) : r;
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
    case SW_INT:
    case SW_INDEX:
        return convert(&MoltInt_Type, molt_int_unbool(self));
    case SW_FLOAT:
        return convert(&MoltFloat_Type, self);
    case SW_COMPARE:
        return t->richcompare(self, other, d->op);
    case SW_BINOP:
    case SW_RBINOP:
        /* a sequence's + and * are CPython's sq_concat / sq_repeat
         * wrappers: they raise rather than return NotImplemented */
        if (is_sequence(t) && d->op == MOLT_OP_MUL && !molt_is_intlike(other)
            && !(other = molt_number_index(other)))
            return MOLT_NULL;
        r = d->kind == SW_BINOP ? t->binop[d->op](self, other) : t->binop[d->op](other, self);
        if (r == MOLT_NOTIMPLEMENTED && is_sequence(t) && d->op == MOLT_OP_ADD)
            return t == &MoltBytes_Type || t == &MoltByteArray_Type
                ? molt_raise(&MoltExc_TypeError, "can't concat %s to %s", molt_type_name(other), t->name)
                : molt_raise(&MoltExc_TypeError, "can only concatenate %s (not \"%s\") to %s", t->name,
                    molt_type_name(other), t->name);
        return r;
    case SW_DIVMOD:
        return number_divmod(t, self, other);
    case SW_RDIVMOD:
        return number_divmod(t, other, self);
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
