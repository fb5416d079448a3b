/* mappingproxy: what `C.__dict__` returns for a user class, a read-only
 * live view of the class's own attributes.
 *
 * A class keeps its attributes in an ordered name/value array (MoltClass),
 * not in a dict, so each operation reads a fresh dict made from that array
 * (O(n), and always current, as CPython's proxy of the live type dict).
 * The dict is laid out as CPython 3.11's type dict: the class body's
 * names in order without __qualname__, then what type() adds: a member
 * descriptor per __slots__ name, the `__dict__` and `__weakref__`
 * descriptors when the class is the first to give its instances those,
 * then `__doc__` (None) and `__hash__` (None, for __eq__ without
 * __hash__) unless the body defined them. The descriptors are shown as
 * CPython prints them; they cannot be used to get values. */
#include <string.h>

#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/dict.h"
#include "internal/exceptions.h"
#include "internal/str.h"
#include "internal/tuple.h"

typedef struct Proxy {
    MoltObject ob;
    MoltClass *cls;
} Proxy;

/* The placeholder shown for a descriptor type() made. */
typedef struct Placeholder {
    MoltObject ob;
    const char *kind; /* "attribute" or "member" */
    MoltValue name;
    MoltType *owner;
} Placeholder;

static MoltValue placeholder_repr(MoltValue v)
{
    Placeholder *p = molt_ptr(v);
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_printf(&sb, "<%s '%s' of '%s' objects>", p->kind, molt_str_cstr(p->name), p->owner->name);
    return molt_sb_finish(&sb);
}

/* Each snapshot makes new placeholders: equal when they stand for the
 * same descriptor, so that C.__dict__ == C.__dict__. */
static MoltValue placeholder_richcompare(MoltValue a, MoltValue b, int op)
{
    Placeholder *x = molt_ptr(a), *y;
    int same;
    if ((op != MOLT_EQ && op != MOLT_NE) || molt_type_of(a) != molt_type_of(b))
        return MOLT_NOTIMPLEMENTED;
    y = molt_ptr(b);
    same = x->owner == y->owner && molt_str_equal(x->name, y->name);
    return molt_bool(op == MOLT_EQ ? same : !same);
}

static MoltType GetSetDescr_Type = {
    .type = &MoltType_Type,
    .name = "getset_descriptor",
    .base = &MoltObject_Type,
    .basicsize = sizeof(Placeholder),
    .repr = placeholder_repr,
    .richcompare = placeholder_richcompare,
};

static MoltType MemberDescr_Type = {
    .type = &MoltType_Type,
    .name = "member_descriptor",
    .base = &MoltObject_Type,
    .basicsize = sizeof(Placeholder),
    .repr = placeholder_repr,
    .richcompare = placeholder_richcompare,
};

static int put_placeholder(MoltValue d, MoltType *t, MoltType *owner, const char *kind, MoltValue name)
{
    Placeholder *p = molt_alloc(sizeof *p);
    p->ob.type = t;
    p->kind = kind;
    p->name = name;
    p->owner = owner;
    return molt_dict_setitem(d, name, molt_from_ptr(p));
}

static int is_key(MoltValue k, const char *s) { return strcmp(molt_str_cstr(k), s) == 0; }

/* 1 if c's __slots__ name s. */
static int slots_name(MoltClass *c, const char *s)
{
    size_t i;
    for (i = 0; i < molt_tuple_len(c->slots); i++)
        if (is_key(molt_tuple_item(c->slots, i), s))
            return 1;
    return 0;
}

/* 1 if a class after the first on c's MRO already gives instances the
 * `what` ("__dict__" or "__weakref__") descriptor. */
static int inherited(MoltClass *c, const char *what)
{
    MoltTuple *mro = molt_tuple_obj(c->t.mro);
    size_t i;
    for (i = 1; i < mro->n; i++) {
        MoltType *b = molt_ptr(mro->items[i]);
        if (!molt_is_heaptype(b)) {
            /* BaseException's instances have a __dict__ */
            if (what[2] == 'd' && (b->flags & MOLT_TYPE_EXCEPTION))
                return 1;
            continue;
        }
        if (!((MoltClass *)b)->slots || slots_name((MoltClass *)b, what))
            return 1;
    }
    return 0;
}

static int gives(MoltClass *c, const char *what)
{
    return (!c->slots || slots_name(c, what)) && !inherited(c, what);
}

/* The class's attributes as a fresh dict, in CPython's order. */
static MoltValue snapshot(MoltValue pv)
{
    MoltClass *c = ((Proxy *)molt_ptr(pv))->cls;
    MoltValue d = molt_dict_new(), doc = MOLT_NULL, hash = MOLT_NULL;
    size_t n = c->nattrs, i;
    /* the defaults create_class appends after the body's names */
    if (n && is_key(c->keys[n - 1], "__doc__") && c->values[n - 1] == MOLT_NONE)
        doc = c->keys[--n];
    if (n && is_key(c->keys[n - 1], "__hash__") && c->values[n - 1] == MOLT_NONE)
        hash = c->keys[--n];
    for (i = 0; i < n; i++)
        if (!is_key(c->keys[i], "__qualname__") && molt_dict_setitem(d, c->keys[i], c->values[i]) < 0)
            return MOLT_NULL;
    for (i = 0; c->slots && i < molt_tuple_len(c->slots); i++) {
        MoltValue s = molt_tuple_item(c->slots, i);
        if (!is_key(s, "__dict__") && !is_key(s, "__weakref__")
            && put_placeholder(d, &MemberDescr_Type, &c->t, "member", s) < 0)
            return MOLT_NULL;
    }
    if (gives(c, "__dict__")
        && put_placeholder(d, &GetSetDescr_Type, &c->t, "attribute", molt_str_from_cstr("__dict__")) < 0)
        return MOLT_NULL;
    if (gives(c, "__weakref__")
        && put_placeholder(d, &GetSetDescr_Type, &c->t, "attribute", molt_str_from_cstr("__weakref__")) < 0)
        return MOLT_NULL;
    if (doc && molt_dict_setitem(d, doc, MOLT_NONE) < 0)
        return MOLT_NULL;
    if (hash && molt_dict_setitem(d, hash, MOLT_NONE) < 0)
        return MOLT_NULL;
    return d;
}

static int is_proxy(MoltValue v);

static MoltValue proxy_repr(MoltValue v)
{
    MoltValue d = snapshot(v);
    MoltStrBuf sb;
    if (!d)
        return MOLT_NULL;
    molt_sb_init(&sb);
    molt_sb_puts(&sb, "mappingproxy(");
    if (molt_sb_append_repr(&sb, d) < 0)
        return MOLT_NULL;
    molt_sb_putc(&sb, ')');
    return molt_sb_finish(&sb);
}

static MoltValue proxy_str(MoltValue v)
{
    MoltValue d = snapshot(v);
    return d ? molt_str(d) : MOLT_NULL;
}

static MoltValue proxy_getitem(MoltValue v, MoltValue key)
{
    MoltValue d = snapshot(v);
    return d ? molt_getitem(d, key) : MOLT_NULL;
}

/* read-only, with the messages of CPython's PyObject_SetItem/DelItem for
 * a mapping without mp_ass_subscript */
static int proxy_setitem(MoltValue v, MoltValue key, MoltValue value)
{
    (void)key;
    molt_raise(&MoltExc_TypeError, "'%s' object does not support item %s", molt_type_name(v),
        value ? "assignment" : "deletion");
    return -1;
}

static int64_t proxy_len(MoltValue v)
{
    MoltValue d = snapshot(v);
    return d ? molt_len(d) : -1;
}

static int proxy_truth(MoltValue v)
{
    int64_t n = proxy_len(v);
    return n < 0 ? -1 : n != 0;
}

static int proxy_contains(MoltValue v, MoltValue key)
{
    MoltValue d = snapshot(v);
    return d ? molt_contains(d, key) : -1;
}

static MoltValue proxy_iter(MoltValue v)
{
    MoltValue d = snapshot(v);
    return d ? molt_iter(d) : MOLT_NULL;
}

static MoltValue unproxy(MoltValue v) { return is_proxy(v) ? snapshot(v) : v; }

static MoltValue proxy_richcompare(MoltValue a, MoltValue b, int op)
{
    MoltValue x = unproxy(a), y;
    if (!x || !(y = unproxy(b)))
        return MOLT_NULL;
    return molt_compare_slow(x, y, op);
}

static MoltValue proxy_or(MoltValue a, MoltValue b)
{
    MoltValue x = unproxy(a), y;
    if (!x || !(y = unproxy(b)))
        return MOLT_NULL;
    if (!molt_is_dict(x) || !molt_is_dict(y))
        return MOLT_NOTIMPLEMENTED;
    return molt_binop_slow(MOLT_OP_OR, x, y);
}

static MoltValue proxy_ior(MoltValue a, MoltValue b)
{
    (void)b;
    return molt_raise(&MoltExc_TypeError, "'|=' is not supported by %s; use '|' instead", molt_type_name(a));
}

/* keys(), values(), items(), get(), copy(): the dict's method on a fresh
 * snapshot (copy() is then that dict itself), with mappingproxy's name in
 * argument errors. */
static MoltValue delegate(const char *name, int maxargs, const MoltValue *args, size_t nargs, MoltValue kw)
{
    MoltValue d, m;
    if (molt_no_kwargs(name, kw) < 0)
        return MOLT_NULL;
    if (nargs - 1 > (size_t)maxargs) {
        if (maxargs == 0)
            return molt_raise(
                &MoltExc_TypeError, "mappingproxy.%s() takes no arguments (%zu given)", name, nargs - 1);
        return molt_raise(&MoltExc_TypeError, "get expected at most 2 arguments, got %zu", nargs - 1);
    }
    if (!(d = snapshot(args[0])))
        return MOLT_NULL;
    if (strcmp(name, "copy") == 0)
        return d;
    if (!(m = molt_getattr(d, molt_str_from_cstr(name))))
        return MOLT_NULL;
    return molt_call(m, args + 1, nargs - 1, MOLT_NULL);
}

static MoltValue m_keys(const MoltValue *a, size_t n, MoltValue k) { return delegate("keys", 0, a, n, k); }
static MoltValue m_values(const MoltValue *a, size_t n, MoltValue k)
{
    return delegate("values", 0, a, n, k);
}
static MoltValue m_items(const MoltValue *a, size_t n, MoltValue k) { return delegate("items", 0, a, n, k); }
static MoltValue m_copy(const MoltValue *a, size_t n, MoltValue k) { return delegate("copy", 0, a, n, k); }
static MoltValue m_reversed(const MoltValue *a, size_t n, MoltValue k)
{
    return delegate("__reversed__", 0, a, n, k);
}
static MoltValue m_get(const MoltValue *a, size_t n, MoltValue k)
{
    if (n < 2)
        return molt_raise(&MoltExc_TypeError, "get expected at least 1 argument, got 0");
    return delegate("get", 2, a, n, k);
}

static const MoltMethodDef proxy_methods[] = {
    { "keys", m_keys, 0 },
    { "values", m_values, 0 },
    { "items", m_items, 0 },
    { "get", m_get, 0 },
    { "__reversed__", m_reversed, 0 },
    { "copy", m_copy, 0 },
    { NULL, NULL, 0 },
};

static MoltType MappingProxy_Type = {
    .type = &MoltType_Type,
    .name = "mappingproxy",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_MAPPING,
    .basicsize = sizeof(Proxy),
    .repr = proxy_repr,
    .str = proxy_str,
    .truth = proxy_truth,
    .richcompare = proxy_richcompare,
    .binop = { [MOLT_OP_OR] = proxy_or },
    .inplace = { [MOLT_OP_OR] = proxy_ior },
    .hash = molt_hash_unhashable,
    .getitem = proxy_getitem,
    .setitem = proxy_setitem,
    .len = proxy_len,
    .contains = proxy_contains,
    .iter = proxy_iter,
    .methods = proxy_methods,
};

static int is_proxy(MoltValue v) { return molt_is_ptr(v) && molt_type_of(v) == &MappingProxy_Type; }

MoltValue molt_class_dict_proxy(MoltType *t)
{
    Proxy *p;
    if (!molt_is_heaptype(t))
        return molt_raise(&MoltExc_NotImplementedError,
            "molt2c does not support __dict__ of the builtin type '%s' yet", t->name);
    p = molt_alloc(sizeof *p);
    p->ob.type = &MappingProxy_Type;
    p->cls = (MoltClass *)t;
    return molt_from_ptr(p);
}
