/* Descriptors: bound methods, staticmethod, classmethod, property, super,
 * and the builtin methods of builtin types (object.__init__, ...), with the
 * helpers that bind or call what attribute lookup finds on a type. */
#include <string.h>

#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/exceptions.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

/* ---- binding and calling ---- */

MoltValue molt_method_new(MoltValue func, MoltValue self)
{
    MoltMethod *m = molt_alloc(sizeof *m);
    m->ob.type = &MoltMethod_Type;
    m->func = func;
    m->self = self;
    return molt_from_ptr(m);
}

MoltValue molt_wrapped_new(MoltType *t, MoltValue func)
{
    MoltWrapped *w = molt_alloc(sizeof *w);
    w->ob.type = t;
    w->func = func;
    return molt_from_ptr(w);
}

typedef MoltValue (*DescrGetFn)(MoltValue, MoltValue, MoltValue);

static DescrGetFn descr_get_of(const MoltType *t)
{
    for (; t; t = t->base)
        if (t->descr_get)
            return t->descr_get;
    return NULL;
}

MoltValue molt_descr_get(MoltValue descr, MoltValue obj, MoltValue type)
{
    MoltType *t = molt_type_of(descr);
    DescrGetFn f;
    if (t == &MoltFunction_Type)
        return obj ? molt_method_new(descr, obj) : descr;
    if (!molt_is_ptr(descr))
        return descr;
    f = descr_get_of(t);
    return f ? f(descr, obj, type) : descr;
}

MoltValue molt_call_prepend(
    MoltValue func, MoltValue first, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    size_t total = nargs + (kwnames ? molt_tuple_len(kwnames) : 0);
    MoltValue stackbuf[8], *buf = total + 1 <= 8 ? stackbuf : molt_alloc((total + 1) * sizeof *buf);
    buf[0] = first;
    if (total)
        memcpy(buf + 1, args, total * sizeof *buf);
    if (!kwnames)
        return molt_call_fast(func, buf, nargs + 1, MOLT_NULL);
    return molt_call(func, buf, nargs + 1, kwnames);
}

MoltValue molt_call_with_self(
    MoltValue func, MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltType *ft = molt_type_of(func);
    MoltValue bound;
    if (ft == &MoltFunction_Type || (ft == &MoltWrapper_Type && ((MoltWrapper *)molt_ptr(func))->kind != 3)
        || ft == &MoltSlotWrapper_Type)
        return molt_call_prepend(func, self, args, nargs, kwnames);
    bound = molt_descr_get(func, self, molt_from_ptr(molt_type_of(self)));
    if (!bound)
        return MOLT_NULL;
    return molt_call(bound, args, nargs, kwnames);
}

MoltValue molt_call_special(MoltValue self, const char *name, const MoltValue *args, size_t nargs, int *found)
{
    MoltValue f = molt_type_lookup_cstr(molt_type_of(self), name, NULL);
    *found = f != MOLT_NULL;
    if (!f)
        return MOLT_NULL;
    return molt_call_with_self(f, self, args, nargs, MOLT_NULL);
}

/* ---- bound method ---- */

static MoltValue method_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltMethod *m = molt_ptr(callable);
    return molt_call_with_self(m->func, m->self, args, nargs, kwnames);
}

static MoltValue method_repr(MoltValue v)
{
    MoltMethod *m = molt_ptr(v);
    MoltStrBuf sb;
    MoltValue name = molt_getattr(m->func, molt_str_from_cstr("__qualname__"));
    if (!name)
        return MOLT_NULL;
    molt_sb_init(&sb);
    molt_sb_printf(&sb, "<bound method %s of ", molt_str_cstr(name));
    if (molt_sb_append_repr(&sb, m->self) < 0)
        return MOLT_NULL;
    molt_sb_putc(&sb, '>');
    return molt_sb_finish(&sb);
}

static MoltValue method_richcompare(MoltValue a, MoltValue b, int op)
{
    MoltMethod *x = molt_ptr(a), *y;
    if ((op != MOLT_EQ && op != MOLT_NE) || molt_type_of(b) != &MoltMethod_Type)
        return MOLT_NOTIMPLEMENTED;
    y = molt_ptr(b);
    return molt_bool((x->func == y->func && x->self == y->self) == (op == MOLT_EQ));
}

static int64_t method_hash(MoltValue v)
{
    MoltMethod *m = molt_ptr(v);
    return (int64_t)((m->func >> 4) ^ (m->self >> 4)) & 0x3FFFFFFFFFFFFFFF;
}

MoltType MoltMethod_Type = {
    .type = &MoltType_Type,
    .name = "method",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MoltMethod),
    .repr = method_repr,
    .richcompare = method_richcompare,
    .hash = method_hash,
    .call = method_call,
};

/* ---- staticmethod, classmethod ---- */

static MoltValue static_get(MoltValue descr, MoltValue obj, MoltValue type)
{
    (void)obj;
    (void)type;
    return ((MoltWrapped *)molt_ptr(descr))->func;
}

static MoltValue static_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return molt_call(((MoltWrapped *)molt_ptr(callable))->func, args, nargs, kwnames);
}

static MoltValue class_get(MoltValue descr, MoltValue obj, MoltValue type)
{
    if (!type)
        type = molt_from_ptr(molt_type_of(obj));
    return molt_method_new(((MoltWrapped *)molt_ptr(descr))->func, type);
}

MoltType MoltStaticMethod_Type = {
    .type = &MoltType_Type,
    .name = "staticmethod",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_BASETYPE,
    .basicsize = sizeof(MoltWrapped),
    .descr_get = static_get,
    .call = static_call,
};

MoltType MoltClassMethod_Type = {
    .type = &MoltType_Type,
    .name = "classmethod",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_BASETYPE,
    .basicsize = sizeof(MoltWrapped),
    .descr_get = class_get,
};

/* ---- property ---- */

typedef struct MoltProperty {
    MoltObject ob;
    MoltValue fget, fset, fdel, doc, name; /* MOLT_NULL when absent */
} MoltProperty;

static MoltValue prop_error(MoltProperty *p, MoltValue obj, const char *what)
{
    if (p->name)
        return molt_raise(&MoltExc_AttributeError, "property %R of '%s' object has no %s", p->name,
            molt_type_name(obj), what);
    return molt_raise(
        &MoltExc_AttributeError, "property of '%s' object has no %s", molt_type_name(obj), what);
}

static MoltValue prop_get(MoltValue descr, MoltValue obj, MoltValue type)
{
    MoltProperty *p = molt_ptr(descr);
    (void)type;
    if (!obj)
        return descr;
    if (!p->fget)
        return prop_error(p, obj, "getter");
    return molt_call(p->fget, &obj, 1, MOLT_NULL);
}

static int prop_set(MoltValue descr, MoltValue obj, MoltValue value)
{
    MoltProperty *p = molt_ptr(descr);
    MoltValue args[2] = { obj, value }, r;
    if (value) {
        if (!p->fset)
            return prop_error(p, obj, "setter"), -1;
        r = molt_call(p->fset, args, 2, MOLT_NULL);
    } else {
        if (!p->fdel)
            return prop_error(p, obj, "deleter"), -1;
        r = molt_call(p->fdel, args, 1, MOLT_NULL);
    }
    return r ? 0 : -1;
}

static MoltValue prop_new(MoltValue fget, MoltValue fset, MoltValue fdel, MoltValue doc, MoltValue name)
{
    MoltProperty *p = molt_alloc(sizeof *p);
    p->ob.type = &MoltProperty_Type;
    p->fget = fget == MOLT_NONE ? MOLT_NULL : fget;
    p->fset = fset == MOLT_NONE ? MOLT_NULL : fset;
    p->fdel = fdel == MOLT_NONE ? MOLT_NULL : fdel;
    p->doc = doc;
    p->name = name;
    return molt_from_ptr(p);
}

static MoltValue property_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "fget", "fset", "fdel", "doc" };
    MoltValue a[4];
    (void)type;
    if (molt_bind_builtin("property", names, 4, 0, 0, args, nargs, kwnames, a) < 0)
        return MOLT_NULL;
    return prop_new(a[0], a[1], a[2], a[3], MOLT_NULL);
}

void molt_property_set_name(MoltValue prop, MoltValue name)
{
    MoltProperty *p = molt_ptr(prop);
    if (!p->name)
        p->name = name;
}

/* property.getter/setter/deleter: a copy with one accessor replaced. */
static MoltValue prop_copy(const MoltValue *args, size_t nargs, MoltValue kwnames, int which)
{
    MoltProperty *p;
    MoltValue f[3];
    if (nargs != 2 || molt_kw_count(kwnames))
        return molt_raise(&MoltExc_TypeError, "property accessor takes exactly one argument (%zu given)",
            nargs ? nargs - 1 : 0);
    p = molt_ptr(args[0]);
    f[0] = p->fget;
    f[1] = p->fset;
    f[2] = p->fdel;
    f[which] = args[1];
    return prop_new(f[0], f[1], f[2], p->doc, p->name);
}
static MoltValue prop_getter(const MoltValue *a, size_t n, MoltValue k) { return prop_copy(a, n, k, 0); }
static MoltValue prop_setter(const MoltValue *a, size_t n, MoltValue k) { return prop_copy(a, n, k, 1); }
static MoltValue prop_deleter(const MoltValue *a, size_t n, MoltValue k) { return prop_copy(a, n, k, 2); }
static MoltValue prop_field(MoltValue v) { return v ? v : MOLT_NONE; }
static MoltValue prop_fget(const MoltValue *a, size_t n, MoltValue k)
{
    (void)n, (void)k;
    return prop_field(((MoltProperty *)molt_ptr(a[0]))->fget);
}
static MoltValue prop_fset(const MoltValue *a, size_t n, MoltValue k)
{
    (void)n, (void)k;
    return prop_field(((MoltProperty *)molt_ptr(a[0]))->fset);
}
static MoltValue prop_fdel(const MoltValue *a, size_t n, MoltValue k)
{
    (void)n, (void)k;
    return prop_field(((MoltProperty *)molt_ptr(a[0]))->fdel);
}

MoltType MoltProperty_Type = {
    .type = &MoltType_Type,
    .name = "property",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_BASETYPE,
    .basicsize = sizeof(MoltProperty),
    .descr_get = prop_get,
    .descr_set = prop_set,
};

/* ---- super ---- */

typedef struct MoltSuper {
    MoltObject ob;
    MoltType *type, *obj_type;
    MoltValue obj;
} MoltSuper;

MOLT_API MoltValue molt_super_new(MoltValue cls, MoltValue obj)
{
    MoltSuper *s;
    MoltType *ot;
    if (!cls)
        return molt_raise(&MoltExc_RuntimeError, "super(): __class__ cell not found");
    if (!molt_is_type(cls))
        return molt_raise(
            &MoltExc_TypeError, "super() argument 1 must be a type, not %s", molt_type_name(cls));
    if (molt_is_type(obj) && molt_type_is_subtype(molt_ptr(obj), molt_ptr(cls)))
        ot = molt_ptr(obj);
    else if (molt_isinstance(obj, molt_ptr(cls)))
        ot = molt_type_of(obj);
    else
        return molt_raise(&MoltExc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    s = molt_alloc(sizeof *s);
    s->ob.type = &MoltSuper_Type;
    s->type = molt_ptr(cls);
    s->obj = obj;
    s->obj_type = ot;
    return molt_from_ptr(s);
}

static MoltValue super_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    (void)type;
    if (molt_kw_count(kwnames))
        return molt_raise(&MoltExc_TypeError, "super() takes no keyword arguments");
    if (nargs != 2)
        return molt_raise(&MoltExc_RuntimeError, "super(): no arguments");
    return molt_super_new(args[0], args[1]);
}

static MoltValue super_getattr(MoltValue sv, MoltValue name)
{
    MoltSuper *s = molt_ptr(sv);
    MoltTuple *mro = molt_tuple_obj(s->obj_type->mro
            ? s->obj_type->mro
            : molt_getattr(molt_from_ptr(s->obj_type), molt_str_from_cstr("__mro__")));
    size_t i;
    if (strcmp(molt_str_cstr(name), "__class__") != 0) {
        for (i = 0; i < mro->n; i++)
            if (molt_ptr(mro->items[i]) == s->type)
                break;
        for (i++; i < mro->n; i++) {
            MoltType *b = molt_ptr(mro->items[i]);
            MoltValue v;
            if (molt_is_heaptype(b)) {
                MoltClass *c = (MoltClass *)b;
                size_t j;
                v = MOLT_NULL;
                for (j = 0; j < c->nattrs && !v; j++)
                    if (molt_str_equal(c->keys[j], name))
                        v = c->values[j];
            } else {
                v = molt_builtin_type_attr(b, name);
                if (!v && b->methods && molt_dict_lookup(molt_type_dict(b), name, &v) <= 0)
                    v = MOLT_NULL; /* str keys: the lookup cannot fail */
            }
            if (v)
                return molt_descr_get(
                    v, s->obj == molt_from_ptr(s->obj_type) ? MOLT_NULL : s->obj, molt_from_ptr(s->obj_type));
        }
    }
    return molt_generic_getattr(sv, name);
}

MoltType MoltSuper_Type = {
    .type = &MoltType_Type,
    .name = "super",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_BASETYPE,
    .basicsize = sizeof(MoltSuper),
    .getattr = super_getattr,
};

/* ---- builtin methods of builtin types ---- */

static MoltValue wrapper_get(MoltValue descr, MoltValue obj, MoltValue type)
{
    MoltWrapper *w = molt_ptr(descr);
    switch (w->kind) {
    case 1:
        return descr;
    case 2:
        return molt_method_new(descr, type ? type : molt_from_ptr(molt_type_of(obj)));
    case 3:
        return obj ? w->fn(&obj, 1, MOLT_NULL) : descr;
    default:
        return obj ? molt_method_new(descr, obj) : descr;
    }
}

static MoltValue wrapper_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltWrapper *w = molt_ptr(callable);
    if (nargs == 0)
        return molt_raise(
            &MoltExc_TypeError, "descriptor '%s' of '%s' object needs an argument", w->name, w->owner->name);
    return w->fn(args, nargs, kwnames);
}

static MoltValue wrapper_repr(MoltValue v)
{
    MoltWrapper *w = molt_ptr(v);
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_printf(&sb, "<slot wrapper '%s' of '%s' objects>", w->name, w->owner->name);
    return molt_sb_finish(&sb);
}

MoltType MoltWrapper_Type = {
    .type = &MoltType_Type,
    .name = "wrapper_descriptor",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MoltWrapper),
    .repr = wrapper_repr,
    .descr_get = wrapper_get,
    .call = wrapper_call,
};

/* object's methods, as user classes reach them through super() or
 * object.__init__(self). */
static MoltValue obj_init(const MoltValue *a, size_t n, MoltValue k)
{
    return molt_object_init_impl(a[0], a + 1, n - 1, k);
}
static MoltValue obj_new(const MoltValue *a, size_t n, MoltValue k)
{
    if (!molt_is_type(a[0]))
        return molt_raise(
            &MoltExc_TypeError, "object.__new__(X): X is not a type object (%s)", molt_type_name(a[0]));
    return molt_object_new_impl(molt_ptr(a[0]), a + 1, n - 1, k);
}
static MoltValue obj_repr(const MoltValue *a, size_t n, MoltValue k)
{
    (void)n, (void)k;
    return MoltObject_Type.repr(a[0]);
}
static MoltValue obj_str(const MoltValue *a, size_t n, MoltValue k)
{
    (void)n, (void)k;
    return molt_repr(a[0]);
}
static MoltValue obj_hash(const MoltValue *a, size_t n, MoltValue k)
{
    (void)n, (void)k;
    return molt_int_from_i64(MoltObject_Type.hash(a[0]));
}
static MoltValue obj_eq(const MoltValue *a, size_t n, MoltValue k)
{
    (void)k;
    if (n != 2)
        return molt_raise(&MoltExc_TypeError, "expected 1 argument, got %zu", n - 1);
    return a[0] == a[1] ? MOLT_TRUE : MOLT_NOTIMPLEMENTED;
}
static MoltValue obj_ne(const MoltValue *a, size_t n, MoltValue k)
{
    MoltValue r;
    (void)k;
    if (n != 2)
        return molt_raise(&MoltExc_TypeError, "expected 1 argument, got %zu", n - 1);
    r = molt_eq(a[0], a[1]);
    if (!r || r == MOLT_NOTIMPLEMENTED)
        return r;
    return molt_not(r);
}
static MoltValue obj_getattribute(const MoltValue *a, size_t n, MoltValue k)
{
    (void)k;
    if (n != 2 || !molt_is_str(a[1]))
        return molt_raise(&MoltExc_TypeError, "expected 1 argument, got %zu", n - 1);
    return molt_generic_getattr(a[0], a[1]);
}
static MoltValue obj_setattr(const MoltValue *a, size_t n, MoltValue k)
{
    (void)k;
    if (n != 3 || !molt_is_str(a[1]))
        return molt_raise(&MoltExc_TypeError, "expected 2 arguments, got %zu", n - 1);
    return molt_generic_setattr(a[0], a[1], a[2]) < 0 ? MOLT_NULL : MOLT_NONE;
}
static MoltValue obj_delattr(const MoltValue *a, size_t n, MoltValue k)
{
    (void)k;
    if (n != 2 || !molt_is_str(a[1]))
        return molt_raise(&MoltExc_TypeError, "expected 1 argument, got %zu", n - 1);
    return molt_generic_setattr(a[0], a[1], MOLT_NULL) < 0 ? MOLT_NULL : MOLT_NONE;
}
static MoltValue obj_init_subclass(const MoltValue *a, size_t n, MoltValue k)
{
    (void)a, (void)n, (void)k;
    return MOLT_NONE;
}
static MoltValue obj_dir(const MoltValue *a, size_t n, MoltValue k)
{
    if (molt_no_kwargs("object.__dir__", k) < 0)
        return MOLT_NULL;
    if (n != 1)
        return molt_raise(&MoltExc_TypeError, "object.__dir__() takes no arguments (%zu given)", n - 1);
    return molt_object_dir(a[0]);
}
/* object.__subclasshook__(): NotImplemented, so issubclass() goes on
 * with the normal check (ABCs override it). */
static MoltValue obj_subclasshook(const MoltValue *a, size_t n, MoltValue k)
{
    (void)a, (void)n, (void)k;
    return MOLT_NOTIMPLEMENTED;
}
static MoltValue obj_class(const MoltValue *a, size_t n, MoltValue k)
{
    (void)n, (void)k;
    return molt_from_ptr(molt_type_of(a[0]));
}

/* BaseException's */
static MoltValue exc_new(const MoltValue *a, size_t n, MoltValue k)
{
    MoltType *t = molt_ptr(a[0]);
    MoltValue v;
    (void)k;
    if (!molt_is_heaptype(t))
        return molt_exc_new(t, a + 1, n - 1);
    v = molt_inst_alloc(t);
    molt_exc_obj(v)->args = molt_tuple_new(n - 1, a + 1);
    return v;
}
static MoltValue exc_init(const MoltValue *a, size_t n, MoltValue k)
{
    if (molt_kw_count(k))
        return molt_raise(&MoltExc_TypeError, "%s() takes no keyword arguments", molt_type_name(a[0]));
    molt_exc_obj(a[0])->args = molt_tuple_new(n - 1, a + 1);
    return MOLT_NONE;
}
static MoltValue exc_str(const MoltValue *a, size_t n, MoltValue k)
{
    (void)n, (void)k;
    return MoltExc_BaseException.str(a[0]);
}
static MoltValue exc_repr(const MoltValue *a, size_t n, MoltValue k)
{
    (void)n, (void)k;
    return MoltExc_BaseException.repr(a[0]);
}
static MoltValue exc_args(const MoltValue *a, size_t n, MoltValue k)
{
    (void)n, (void)k;
    return molt_exc_obj(a[0])->args;
}

/* type.__instancecheck__ / __subclasscheck__: the checks without the
 * hooks (CPython's _PyObject_RealIsInstance / _PyObject_RealIsSubclass),
 * what a metaclass's own hook falls back to. */
static MoltValue type_check(const char *name, int sub, const MoltValue *a, size_t n, MoltValue k)
{
    int r;
    if (k && molt_tuple_len(k))
        return molt_raise(&MoltExc_TypeError, "type.%s() takes no keyword arguments", name);
    if (!molt_is_type(a[0]))
        return molt_raise(&MoltExc_TypeError,
            "descriptor '%s' for 'type' objects doesn't apply to a '%s' object", name, molt_type_name(a[0]));
    if (n != 2)
        return molt_raise(
            &MoltExc_TypeError, "type.%s() takes exactly one argument (%zu given)", name, n - 1);
    r = sub ? molt_real_issubclass(a[1], a[0]) : molt_real_isinstance(a[1], a[0]);
    return r < 0 ? MOLT_NULL : molt_bool(r);
}
static MoltValue type_subclasses(const MoltValue *a, size_t n, MoltValue k)
{
    if (molt_no_kwargs("type.__subclasses__", k) < 0)
        return MOLT_NULL;
    if (n != 1)
        return molt_raise(&MoltExc_TypeError, "type.__subclasses__() takes no arguments (%zu given)", n - 1);
    return molt_type_subclasses(molt_ptr(a[0]));
}
static MoltValue type_instancecheck(const MoltValue *a, size_t n, MoltValue k)
{
    return type_check("__instancecheck__", 0, a, n, k);
}
static MoltValue type_subclasscheck(const MoltValue *a, size_t n, MoltValue k)
{
    return type_check("__subclasscheck__", 1, a, n, k);
}

static MoltValue type_mro_method(const MoltValue *a, size_t n, MoltValue k)
{
    MoltValue mro;
    (void)n, (void)k;
    mro = molt_getattr(a[0], molt_str_from_cstr("__mro__"));
    if (!mro)
        return MOLT_NULL;
    if (!molt_builtin("list"))
        return molt_raise(&MoltExc_NotImplementedError, "molt2c: type.mro() needs list");
    return molt_call(molt_builtin("list"), &mro, 1, MOLT_NULL);
}

static MoltValue method_func(const MoltValue *a, size_t n, MoltValue k)
{
    (void)n, (void)k;
    return ((MoltMethod *)molt_ptr(a[0]))->func;
}
static MoltValue method_self(const MoltValue *a, size_t n, MoltValue k)
{
    (void)n, (void)k;
    return ((MoltMethod *)molt_ptr(a[0]))->self;
}
static MoltValue wrapped_func(const MoltValue *a, size_t n, MoltValue k)
{
    (void)n, (void)k;
    return ((MoltWrapped *)molt_ptr(a[0]))->func;
}
static MoltValue func_name(const MoltValue *a, size_t n, MoltValue k)
{
    (void)n, (void)k;
    return molt_str_from_cstr(((MoltFunction *)molt_ptr(a[0]))->def->name);
}
static MoltValue func_qualname(const MoltValue *a, size_t n, MoltValue k)
{
    (void)n, (void)k;
    return molt_str_from_cstr(((MoltFunction *)molt_ptr(a[0]))->def->qualname);
}

#define W(owner, name, fn, kind)                     \
    {                                                \
        { &MoltWrapper_Type }, name, owner, fn, kind \
    }
static MoltWrapper object_attrs[] = {
    W(&MoltObject_Type, "__init__", obj_init, 0),
    W(&MoltObject_Type, "__new__", obj_new, 1),
    W(&MoltObject_Type, "__repr__", obj_repr, 0),
    W(&MoltObject_Type, "__str__", obj_str, 0),
    W(&MoltObject_Type, "__hash__", obj_hash, 0),
    W(&MoltObject_Type, "__eq__", obj_eq, 0),
    W(&MoltObject_Type, "__ne__", obj_ne, 0),
    W(&MoltObject_Type, "__getattribute__", obj_getattribute, 0),
    W(&MoltObject_Type, "__setattr__", obj_setattr, 0),
    W(&MoltObject_Type, "__delattr__", obj_delattr, 0),
    W(&MoltObject_Type, "__init_subclass__", obj_init_subclass, 2),
    W(&MoltObject_Type, "__subclasshook__", obj_subclasshook, 2),
    W(&MoltObject_Type, "__dir__", obj_dir, 0),
    W(&MoltObject_Type, "__class__", obj_class, 3),
};
static MoltWrapper exc_attrs[] = {
    W(&MoltExc_BaseException, "__new__", exc_new, 1),
    W(&MoltExc_BaseException, "__init__", exc_init, 0),
    W(&MoltExc_BaseException, "__str__", exc_str, 0),
    W(&MoltExc_BaseException, "__repr__", exc_repr, 0),
    W(&MoltExc_BaseException, "args", exc_args, 3),
};
static MoltWrapper property_attrs[] = {
    W(&MoltProperty_Type, "getter", prop_getter, 0),
    W(&MoltProperty_Type, "setter", prop_setter, 0),
    W(&MoltProperty_Type, "deleter", prop_deleter, 0),
    W(&MoltProperty_Type, "fget", prop_fget, 3),
    W(&MoltProperty_Type, "fset", prop_fset, 3),
    W(&MoltProperty_Type, "fdel", prop_fdel, 3),
};
static MoltWrapper type_attrs[] = {
    W(&MoltType_Type, "mro", type_mro_method, 0),
    W(&MoltType_Type, "__instancecheck__", type_instancecheck, 0),
    W(&MoltType_Type, "__subclasscheck__", type_subclasscheck, 0),
    W(&MoltType_Type, "__subclasses__", type_subclasses, 0),
    W(&MoltType_Type, "__new__", molt_type_new_method, 1),
    W(&MoltType_Type, "__init__", molt_type_init_method, 0),
    W(&MoltType_Type, "__call__", molt_type_call_method, 0),
    W(&MoltType_Type, "__prepare__", molt_type_prepare_method, 2),
    W(&MoltType_Type, "__getattribute__", molt_type_getattribute_method, 0),
    W(&MoltType_Type, "__setattr__", molt_type_setattr_method, 0),
    W(&MoltType_Type, "__delattr__", molt_type_delattr_method, 0),
};
static MoltWrapper method_attrs[] = {
    W(&MoltMethod_Type, "__func__", method_func, 3),
    W(&MoltMethod_Type, "__self__", method_self, 3),
};
static MoltWrapper wrapped_attrs[] = {
    W(&MoltStaticMethod_Type, "__func__", wrapped_func, 3),
};
static MoltWrapper function_attrs[] = {
    W(&MoltFunction_Type, "__name__", func_name, 3),
    W(&MoltFunction_Type, "__qualname__", func_qualname, 3),
};
#undef W

static MoltWrapper *attr_table(MoltType *t, size_t *count)
{
    MoltWrapper *table = NULL;
    size_t n = 0;
    if (t == &MoltObject_Type)
        table = object_attrs, n = sizeof object_attrs / sizeof object_attrs[0];
    else if (t == &MoltExc_BaseException)
        table = exc_attrs, n = sizeof exc_attrs / sizeof exc_attrs[0];
    else if (t == &MoltProperty_Type)
        table = property_attrs, n = sizeof property_attrs / sizeof property_attrs[0];
    else if (t == &MoltType_Type)
        table = type_attrs, n = sizeof type_attrs / sizeof type_attrs[0];
    else if (t == &MoltMethod_Type)
        table = method_attrs, n = sizeof method_attrs / sizeof method_attrs[0];
    else if (t == &MoltStaticMethod_Type || t == &MoltClassMethod_Type)
        table = wrapped_attrs, n = sizeof wrapped_attrs / sizeof wrapped_attrs[0];
    else if (t == &MoltFunction_Type)
        table = function_attrs, n = sizeof function_attrs / sizeof function_attrs[0];
    *count = n;
    return table;
}

int molt_builtin_type_attr_names(MoltType *t, MoltValue names)
{
    size_t n, i;
    MoltWrapper *table = attr_table(t, &n);
    for (i = 0; i < n; i++)
        if (molt_dict_setitem(names, molt_str_from_cstr(table[i].name), MOLT_NONE) < 0)
            return -1;
    if (molt_builtin_slot_names(t, names) < 0)
        return -1;
    if ((t->methods || t->getset) && molt_dict_update(names, molt_type_dict(t)) < 0)
        return -1;
    return 0;
}

MoltValue molt_builtin_type_attr(MoltType *t, MoltValue name)
{
    size_t n, i;
    const char *k = molt_str_cstr(name);
    MoltWrapper *table = attr_table(t, &n);
    for (i = 0; i < n; i++)
        if (table[i].name[0] == k[0] && table[i].name[1] == k[1] && strcmp(table[i].name, k) == 0)
            return molt_from_ptr(&table[i]);
    return molt_builtin_slot_attr(t, name);
}

/* ---- constructors of the descriptor types ---- */

static MoltValue staticmethod_construct(
    MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltType *t = molt_ptr(type);
    if (molt_kw_count(kwnames))
        return molt_raise(&MoltExc_TypeError, "%s() takes no keyword arguments", t->name);
    if (nargs != 1)
        return molt_raise(&MoltExc_TypeError, "%s expected 1 argument, got %zu", t->name, nargs);
    return molt_wrapped_new(t, args[0]);
}

MoltConstructFn molt_descr_constructor(const MoltType *t)
{
    if (t == &MoltStaticMethod_Type || t == &MoltClassMethod_Type)
        return staticmethod_construct;
    if (t == &MoltProperty_Type)
        return property_construct;
    if (t == &MoltSuper_Type)
        return super_construct;
    return NULL;
}
