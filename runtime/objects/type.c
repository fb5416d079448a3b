/* The `type` and `object` types, molt_type_of, and calling a type
 * (instantiation dispatched to each builtin type's constructor). */
#include <stdio.h>

#include <string.h>

#include "internal/builtins.h"
#include "internal/bytes.h"
#include "internal/dict.h"
#include "internal/containers.h"
#include "internal/list.h"
#include "internal/set.h"
#include "internal/class.h"
#include "internal/complex.h"
#include "internal/exceptions.h"
#include "internal/format.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

/* The type of an immediate (object.h's molt_type_of handles pointers). */
MOLT_API MoltType *molt_type_of_imm(MoltValue v)
{
    if (molt_is_int(v))
        return &MoltInt_Type;
    if (molt_is_ptr(v))
        return ((MoltObject *)molt_ptr(v))->type;
    if (molt_is_double(v))
        return &MoltFloat_Type;
    return &MoltObject_Type; /* MOLT_NULL / MOLT_STOP: not values */
}

/* The constructor of t or of its nearest base that has one; NULL if none. */
MoltConstructFn molt_type_constructor(const MoltType *t)
{
    for (; t; t = t->base) {
        if (t->flags & MOLT_TYPE_EXCEPTION)
            return molt_exc_construct;
        if (t == &MoltInt_Type)
            return molt_int_construct;
        if (t == &MoltBool_Type)
            return molt_bool_construct;
        if (t == &MoltFloat_Type)
            return molt_float_construct;
        if (t == &MoltComplex_Type)
            return molt_complex_construct;
        if (t == &MoltStr_Type)
            return molt_str_construct;
        if (t == &MoltBytes_Type)
            return molt_bytes_construct;
        if (t == &MoltByteArray_Type)
            return molt_bytearray_construct;
        if (t == &MoltMemoryView_Type)
            return molt_memoryview_construct;
        if (t == &MoltTuple_Type)
            return molt_tuple_construct;
        if (t == &MoltList_Type)
            return molt_list_construct;
        if (t == &MoltDict_Type)
            return molt_dict_construct;
        if (t == &MoltSlice_Type)
            return molt_slice_construct;
        if (t == &MoltSet_Type)
            return molt_set_construct;
        if (t == &MoltFrozenSet_Type)
            return molt_frozenset_construct;
        if (t == &MoltRangeObj_Type)
            return molt_range_construct;
        if (t == &MoltEnumerate_Type)
            return molt_enumerate_construct;
        if (t == &MoltZip_Type)
            return molt_zip_construct;
        if (t == &MoltReversed_Type)
            return molt_reversed_construct;
        if (t == &MoltMap_Type)
            return molt_map_construct;
        if (t == &MoltFilter_Type)
            return molt_filter_construct;
        if (molt_descr_constructor(t))
            return molt_descr_constructor(t);
    }
    return NULL;
}

static MoltValue object_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltObject *o;
    (void)type;
    (void)args;
    if (nargs || molt_kw_count(kwnames))
        return molt_raise(&MoltExc_TypeError, "object() takes no arguments");
    o = molt_alloc(sizeof *o);
    o->type = &MoltObject_Type;
    return molt_from_ptr(o);
}

/* ---- instantiating user classes: __new__ then __init__ ---- */

static int excess_args(size_t nargs, MoltValue kwnames) { return nargs || molt_kw_count(kwnames); }

/* The __new__ / __init__ that user class t inherits is object's. */
static int is_object_method(MoltType *t, const char *name)
{
    MoltType *owner = NULL;
    return molt_type_lookup_cstr(t, name, &owner) && owner == &MoltObject_Type;
}

/* object.__new__(t, ...) with CPython's excess-argument rules. */
MoltValue molt_object_new_impl(MoltType *t, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    (void)args;
    if (excess_args(nargs, kwnames)) {
        if (!is_object_method(t, "__new__"))
            return molt_raise(
                &MoltExc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (is_object_method(t, "__init__"))
            return molt_raise(&MoltExc_TypeError, "%s() takes no arguments", t->name);
    }
    if (!molt_is_heaptype(t) || (t->flags & MOLT_TYPE_TYPE_SUBCLASS)) {
        MoltObject *o;
        if (t != &MoltObject_Type)
            return molt_raise(
                &MoltExc_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t->name, t->name);
        o = molt_alloc(sizeof *o);
        o->type = t;
        return molt_from_ptr(o);
    }
    if (molt_builtin_base_kind(((MoltClass *)t)->solid)) {
        /* CPython names the nearest class whose __new__ is a builtin's */
        MoltType *owner = NULL;
        molt_type_lookup_cstr(t, "__new__", &owner);
        return molt_raise(&MoltExc_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t->name,
            owner && molt_is_heaptype(owner) ? ((MoltClass *)t)->solid->name : t->name);
    }
    return molt_inst_alloc(t);
}

MoltValue molt_object_init_impl(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltType *t = molt_type_of(self);
    (void)args;
    if (excess_args(nargs, kwnames)) {
        if (!is_object_method(t, "__init__"))
            return molt_raise(&MoltExc_TypeError,
                "object.__init__() takes exactly one argument (the instance to initialize)");
        if (is_object_method(t, "__new__"))
            return molt_raise(&MoltExc_TypeError,
                "%s.__init__() takes exactly one argument (the instance to initialize)", t->name);
    }
    return MOLT_NONE;
}

/* What __init__ returned, r, for a new instance obj: obj, or MOLT_NULL
 * with its error or CPython's TypeError for a value other than None. */
static MoltValue init_result(MoltValue obj, MoltValue r)
{
    if (MOLT_LIKELY(r == MOLT_NONE))
        return obj;
    if (!r)
        return MOLT_NULL;
    return molt_raise(&MoltExc_TypeError, "__init__() should return None, not '%s'", molt_type_name(r));
}

/* A new instance of c with __init__'s direct entry called on it and the
 * nargs (< 8) arguments, which are exactly its parameters after self. */
static inline MoltValue ctor_direct_call(MoltClass *c, const MoltValue *args, size_t nargs)
{
    MoltValue v[8], obj;
    size_t i;
    v[0] = obj = molt_inst_alloc(&c->t);
    for (i = 0; i < nargs; i++)
        v[i + 1] = args[i];
    return init_result(obj, ((const MoltFunction *)molt_ptr(c->ctor_init))->def->entry(c->ctor_init, v));
}

/* Calling a user class: __new__, then __init__ when __new__ returned an
 * instance. The common case (object's __new__, a Python __init__) is
 * remembered per class version and runs without lookups; when __init__'s
 * parameters are plain (ctor_direct: how many follow self), a call with
 * exactly that many positional arguments goes to its direct entry
 * (type_call tests that first). */
static __attribute__((noinline)) MoltValue heap_type_call(
    MoltType *t, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltClass *c = (MoltClass *)t;
    MoltValue newf, obj, init, r;
    MoltValue tv = molt_from_ptr(t);
    if (c->ctor_version != t->version) {
        MoltValue f = molt_type_lookup_cstr(t, "__init__", NULL);
        c->ctor_plain = is_object_method(t, "__new__") && f && molt_type_of(f) == &MoltFunction_Type;
        c->ctor_init = f;
        c->ctor_direct = -1;
        if (c->ctor_plain) {
            const MoltFuncDef *def = ((const MoltFunction *)molt_ptr(f))->def;
            if (def->argcount >= 1 && def->argcount <= 8 && def->kwonlyargcount == 0
                && (def->flags & (MOLT_CO_VARARGS | MOLT_CO_VARKEYWORDS)) == 0)
                c->ctor_direct = def->argcount - 1;
        }
        c->ctor_version = t->version;
    }
    if (c->ctor_plain) {
        if (!kwnames && (int)nargs == c->ctor_direct)
            return ctor_direct_call(c, args, nargs);
        obj = molt_inst_alloc(t);
        r = molt_call_prepend(c->ctor_init, obj, args, nargs, kwnames);
        if (r == MOLT_NONE)
            return obj;
        goto check_init;
    }
    newf = molt_type_lookup_cstr(t, "__new__", NULL);
    if (newf && molt_type_of(newf) == &MoltStaticMethod_Type)
        newf = ((MoltWrapped *)molt_ptr(newf))->func;
    if (is_object_method(t, "__new__") && !is_object_method(t, "__init__"))
        obj = molt_inst_alloc(t); /* object.__new__ ignores the arguments then */
    else
        obj = molt_call_prepend(newf, tv, args, nargs, kwnames);
    if (!obj)
        return MOLT_NULL;
    if (!molt_isinstance(obj, t))
        return obj;
    init = molt_type_lookup_cstr(molt_type_of(obj), "__init__", NULL);
    r = molt_call_with_self(init, obj, args, nargs, kwnames);
check_init:
    if (!r)
        return MOLT_NULL;
    if (r != MOLT_NONE)
        return molt_raise(&MoltExc_TypeError, "__init__() should return None, not '%s'", molt_type_name(r));
    return obj;
}

static MoltValue type_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltType *t = molt_ptr(callable);
    MoltConstructFn ctor;
    if (MOLT_LIKELY(molt_is_heaptype(t))) {
        MoltClass *c = (MoltClass *)t;
        if (MOLT_LIKELY(c->ctor_version == t->version && (int)nargs == c->ctor_direct && !kwnames))
            return ctor_direct_call(c, args, nargs);
        return heap_type_call(t, args, nargs, kwnames);
    }
    if (t == &MoltType_Type) {
        if (nargs == 1) {
            if (molt_kw_count(kwnames))
                return molt_raise(&MoltExc_TypeError, "type() takes no keyword arguments");
            return molt_from_ptr(molt_type_of(args[0]));
        }
        if (nargs != 3)
            return molt_raise(&MoltExc_TypeError, "type() takes 1 or 3 arguments");
        /* type.__init__ does nothing with three arguments */
        return molt_type_new(t, args, nargs, kwnames);
    }
    if (t == &MoltObject_Type)
        return object_construct(callable, args, nargs, kwnames);
    ctor = molt_type_constructor(t);
    if (!ctor)
        return molt_raise(&MoltExc_TypeError, "cannot create '%s' instances", t->name);
    return ctor(callable, args, nargs, kwnames);
}

/* ---- type's own methods: __new__, __init__, __call__, __prepare__ ---- */

MoltValue molt_type_new(MoltType *meta, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltType *winner, *owner = NULL;
    if (nargs != 3)
        return molt_raise(&MoltExc_TypeError, "type.__new__() takes exactly 3 arguments (%zu given)", nargs);
    if (!molt_is_str(args[0]))
        return molt_raise(
            &MoltExc_TypeError, "type.__new__() argument 1 must be str, not %s", molt_type_name(args[0]));
    if (!molt_is_tuple(args[1]))
        return molt_raise(
            &MoltExc_TypeError, "type.__new__() argument 2 must be tuple, not %s", molt_type_name(args[1]));
    if (!molt_isinstance(args[2], &MoltDict_Type))
        return molt_raise(
            &MoltExc_TypeError, "type.__new__() argument 3 must be dict, not %s", molt_type_name(args[2]));
    winner = molt_calculate_metaclass(meta, args[1]);
    if (!winner)
        return MOLT_NULL;
    if (winner != meta) {
        /* a more derived metaclass with a __new__ of its own makes the class */
        MoltValue f = molt_type_lookup_cstr(winner, "__new__", &owner);
        if (f && owner && molt_is_heaptype(owner)) {
            if (molt_type_of(f) == &MoltStaticMethod_Type)
                f = ((MoltWrapped *)molt_ptr(f))->func;
            return molt_call_prepend(f, molt_from_ptr(winner), args, nargs, kwnames);
        }
    }
    return molt_class_create(winner, args[0], args[1], args[2], args + nargs, kwnames);
}

/* type.__new__(meta, ...) as a method row: meta checked first. */
MoltValue molt_type_new_method(const MoltValue *a, size_t n, MoltValue k)
{
    if (!molt_is_type(a[0]))
        return molt_raise(
            &MoltExc_TypeError, "type.__new__(X): X is not a type object (%s)", molt_type_name(a[0]));
    if (!molt_type_is_subtype(molt_ptr(a[0]), &MoltType_Type))
        return molt_raise(&MoltExc_TypeError, "type.__new__(%s): %s is not a subtype of type",
            ((MoltType *)molt_ptr(a[0]))->name, ((MoltType *)molt_ptr(a[0]))->name);
    return molt_type_new(molt_ptr(a[0]), a + 1, n - 1, k);
}

MoltValue molt_type_init_method(const MoltValue *a, size_t n, MoltValue k)
{
    (void)a;
    if (n == 2 && molt_kw_count(k))
        return molt_raise(&MoltExc_TypeError, "type.__init__() takes no keyword arguments");
    if (n != 2 && n != 4)
        return molt_raise(&MoltExc_TypeError, "type.__init__() takes 1 or 3 arguments");
    return MOLT_NONE;
}

MoltValue molt_type_call_method(const MoltValue *a, size_t n, MoltValue k)
{
    if (!molt_is_type(a[0]))
        return molt_raise(&MoltExc_TypeError,
            "descriptor '__call__' requires a 'type' object but received a '%s'", molt_type_name(a[0]));
    return type_call(a[0], a + 1, n - 1, k); /* not the metaclass's __call__: this is type's */
}

/* type.__getattribute__ / __setattr__ / __delattr__: what a metaclass's
 * own versions reach through super() */
MoltValue molt_type_getattribute_method(const MoltValue *a, size_t n, MoltValue k)
{
    (void)k;
    if (n != 2 || !molt_is_type(a[0]) || !molt_is_str(a[1]))
        return molt_raise(&MoltExc_TypeError, "expected 1 argument, got %zu", n - 1);
    return molt_type_getattr(a[0], a[1]);
}

MoltValue molt_type_setattr_method(const MoltValue *a, size_t n, MoltValue k)
{
    (void)k;
    if (n != 3 || !molt_is_type(a[0]) || !molt_is_str(a[1]))
        return molt_raise(&MoltExc_TypeError, "expected 2 arguments, got %zu", n - 1);
    return molt_type_setattr(a[0], a[1], a[2]) < 0 ? MOLT_NULL : MOLT_NONE;
}

MoltValue molt_type_delattr_method(const MoltValue *a, size_t n, MoltValue k)
{
    (void)k;
    if (n != 2 || !molt_is_type(a[0]) || !molt_is_str(a[1]))
        return molt_raise(&MoltExc_TypeError, "expected 1 argument, got %zu", n - 1);
    return molt_type_setattr(a[0], a[1], MOLT_NULL) < 0 ? MOLT_NULL : MOLT_NONE;
}

MoltValue molt_type_prepare_method(const MoltValue *a, size_t n, MoltValue k)
{
    (void)a, (void)n, (void)k;
    return molt_dict_new();
}

/* "__main__.P" for user classes, "int" for builtin ones. */
static int put_type_name(MoltStrBuf *sb, MoltType *t)
{
    if (molt_is_heaptype(t)) {
        MoltValue mod = molt_type_lookup_cstr(t, "__module__", NULL);
        if (mod && molt_is_str(mod) && strcmp(molt_str_cstr(mod), "builtins") != 0)
            molt_sb_printf(sb, "%s.", molt_str_cstr(mod));
        molt_sb_puts(sb, molt_str_cstr(((MoltClass *)t)->qualname));
        return 0;
    }
    molt_sb_puts(sb, t->name);
    return 0;
}

static int64_t object_hash(MoltValue v)
{
    uint64_t y = (uint64_t)v;
    return (int64_t)(((y >> 4) | (y << 60)) & 0x7FFFFFFFFFFFFFFFULL);
}

static MoltValue type_repr(MoltValue v)
{
    MoltType *t = molt_ptr(v);
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_puts(&sb, "<class '");
    put_type_name(&sb, t);
    molt_sb_puts(&sb, "'>");
    return molt_sb_finish(&sb);
}

static MoltValue object_repr(MoltValue v)
{
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_putc(&sb, '<');
    put_type_name(&sb, molt_type_of(v));
    molt_sb_printf(&sb, " object at %p>", molt_ptr(v));
    return molt_sb_finish(&sb);
}

static MoltValue object_richcompare(MoltValue a, MoltValue b, int op)
{
    if (op == MOLT_EQ)
        return a == b ? MOLT_TRUE : MOLT_NOTIMPLEMENTED;
    if (op == MOLT_NE)
        return a == b ? MOLT_FALSE : MOLT_NOTIMPLEMENTED;
    return MOLT_NOTIMPLEMENTED;
}

/* X | Y of two types (or None): CPython 3.10's types.UnionType, which
 * molt2c does not have yet, so the operation fails loudly instead of
 * raising CPython's TypeError for operands it cannot combine. */
static MoltValue type_or(MoltValue a, MoltValue b)
{
    if ((a != MOLT_NONE && !molt_is_type(a)) || (b != MOLT_NONE && !molt_is_type(b)))
        return MOLT_NOTIMPLEMENTED;
    return molt_raise(
        &MoltExc_NotImplementedError, "molt2c: X | Y type unions (types.UnionType) are not supported yet");
}

MOLT_API MoltType MoltType_Type = {
    .type = &MoltType_Type,
    .name = "type",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_BASETYPE | MOLT_TYPE_TYPE_SUBCLASS,
    .basicsize = sizeof(MoltType),
    .repr = type_repr,
    .richcompare = object_richcompare,
    .binop = { [MOLT_OP_OR] = type_or },
    .call = type_call,
    .hash = object_hash,
    .getattr = molt_type_getattr,
    .setattr = molt_type_setattr,
};

static const MoltMethodDef object_methods[] = {
    { "__format__", molt_object___format__, 0 },
    { NULL, NULL, 0 },
};

MOLT_API MoltType MoltObject_Type = {
    .type = &MoltType_Type,
    .name = "object",
    .base = NULL,
    .flags = MOLT_TYPE_BASETYPE,
    .basicsize = sizeof(MoltObject),
    .repr = object_repr,
    .richcompare = object_richcompare,
    .hash = object_hash,
    .methods = object_methods,
};
