/* Class bodies as code: the namespace operations of a class body
 * (CPython's LOAD_NAME, STORE_NAME, DELETE_NAME and LOAD_CLASSDEREF) and
 * builtins.__build_class__, which the class statement calls: it picks the
 * metaclass, asks it for the namespace (__prepare__), runs the body
 * function on it, calls the metaclass, and checks the __class__ cell.
 *
 * The namespace is usually a dict (type.__prepare__'s); a metaclass's
 * __prepare__ may return any mapping, reached through the item protocol. */
#include <string.h>

#include "internal/builtins.h"
#include "internal/call.h"
#include "internal/class.h"
#include "internal/dict.h"
#include "internal/exceptions.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

/* ns[name]: 1 found (*out set), 0 missing (no exception), -1 error. */
static int ns_get(MoltValue ns, MoltValue name, MoltValue *out)
{
    if (molt_type_of(ns) == &MoltDict_Type)
        return molt_dict_lookup(ns, name, out);
    *out = molt_getitem(ns, name);
    if (*out)
        return 1;
    if (!molt_err_occurred_is(&MoltExc_KeyError))
        return -1;
    molt_err_clear();
    return 0;
}

MOLT_API MoltValue molt_load_name(
    MoltValue ns, MoltValue name, MoltValue global, MoltValue builtin, const char *cname)
{
    MoltValue v;
    int r = ns_get(ns, name, &v);
    if (r)
        return r > 0 ? v : MOLT_NULL;
    return molt_load_global(global, builtin, cname);
}

MOLT_API int molt_ns_store(MoltValue ns, MoltValue name, MoltValue v)
{
    if (molt_type_of(ns) == &MoltDict_Type)
        return molt_dict_setitem(ns, name, v);
    return molt_setitem(ns, name, v);
}

MOLT_API int molt_ns_del(MoltValue ns, MoltValue name)
{
    int r = molt_type_of(ns) == &MoltDict_Type ? molt_dict_delitem(ns, name) : molt_delitem(ns, name);
    if (r < 0 && molt_err_occurred_is(&MoltExc_KeyError)) {
        molt_err_clear();
        molt_raise(&MoltExc_NameError, "name '%V' is not defined", name);
    }
    return r;
}

MOLT_API MoltValue molt_ns_load_free(MoltValue ns, MoltValue name, MoltValue cell)
{
    MoltValue v;
    int r = ns_get(ns, name, &v);
    if (r)
        return r > 0 ? v : MOLT_NULL;
    return molt_cell_get_free(cell, name);
}

/* ---- __build_class__ ---- */

/* PEP 560: a base that is not a class but has __mro_entries__(bases) is
 * replaced by the tuple that returns. The new bases, or MOLT_NULL. */
static MoltValue update_bases(MoltValue bases)
{
    size_t n = molt_tuple_len(bases), i, j;
    MoltValue list = MOLT_NULL;
    for (i = 0; i < n; i++) {
        MoltValue b = molt_tuple_item(bases, i), meth, entries;
        if (molt_is_type(b) || !molt_is_ptr(b)
            || !(meth = molt_type_lookup_cstr(molt_type_of(b), "__mro_entries__", NULL))) {
            if (list && molt_list_append(list, b) < 0)
                return MOLT_NULL;
            continue;
        }
        entries = molt_call_with_self(meth, b, &bases, 1, MOLT_NULL);
        if (!entries)
            return MOLT_NULL;
        if (!molt_is_tuple(entries))
            return molt_raise(&MoltExc_TypeError, "__mro_entries__ must return a tuple");
        if (!list)
            list = molt_list_new(i, molt_tuple_obj(bases)->items);
        for (j = 0; j < molt_tuple_len(entries); j++)
            if (molt_list_append(list, molt_tuple_item(entries, j)) < 0)
                return MOLT_NULL;
    }
    return list ? molt_list_to_tuple(list) : bases;
}

/* The keywords of a call as a tuple of names and their values, without
 * `metaclass`; *meta receives it (MOLT_NULL when absent). */
static MoltValue split_keywords(
    const MoltValue *kwvals, MoltValue kwnames, MoltValue *meta, MoltValue **vals_out)
{
    size_t nkw = molt_kw_count(kwnames), i, n = 0;
    MoltValue *names, *vals;
    *meta = MOLT_NULL;
    *vals_out = NULL;
    if (!nkw)
        return MOLT_NULL;
    names = molt_alloc(nkw * sizeof *names);
    vals = molt_alloc(nkw * sizeof *vals);
    for (i = 0; i < nkw; i++) {
        if (molt_str_equal_cstr(molt_tuple_item(kwnames, i), "metaclass")) {
            *meta = kwvals[i];
            continue;
        }
        names[n] = molt_tuple_item(kwnames, i);
        vals[n++] = kwvals[i];
    }
    *vals_out = vals;
    return n ? molt_tuple_new(n, names) : MOLT_NULL;
}

static int is_mapping(MoltValue v)
{
    const MoltType *t;
    for (t = molt_type_of(v); t; t = t->base)
        if (t->getitem)
            return 1;
    return 0;
}

/* meta.__prepare__(name, bases, **kw), or a new dict when meta has none. */
static MoltValue prepare(
    MoltValue meta, int isclass, MoltValue name, MoltValue bases, const MoltValue *kwvals, MoltValue kwnames)
{
    MoltValue prep, ns, *args;
    size_t nkw = molt_kw_count(kwnames);
    prep = molt_getattr(meta, molt_str_from_cstr("__prepare__"));
    if (!prep) {
        if (!molt_err_occurred_is(&MoltExc_AttributeError))
            return MOLT_NULL;
        molt_err_clear();
        return molt_dict_new();
    }
    args = molt_alloc((2 + nkw) * sizeof *args);
    args[0] = name;
    args[1] = bases;
    if (nkw)
        memcpy(args + 2, kwvals, nkw * sizeof *args);
    ns = molt_call(prep, args, 2, kwnames);
    if (!ns)
        return MOLT_NULL;
    if (!is_mapping(ns))
        return molt_raise(&MoltExc_TypeError, "%s.__prepare__() must return a mapping, not %s",
            isclass ? ((MoltType *)molt_ptr(meta))->name : "<metaclass>", molt_type_name(ns));
    return ns;
}

/* __build_class__(func, name, *bases, metaclass=None, **kw): CPython's
 * builtin___build_class__. func is the class body, a function of the
 * namespace returning the __class__ cell (or None). */
MoltValue molt_builtin___build_class__(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue func, name, orig_bases, bases, meta, kw, *kwvals, ns, cell, cls, *margs;
    size_t nkw, i;
    int isclass = 1;
    if (nargs < 2)
        return molt_raise(&MoltExc_TypeError, "__build_class__: not enough arguments");
    func = args[0];
    name = args[1];
    if (molt_type_of(func) != &MoltFunction_Type)
        return molt_raise(&MoltExc_TypeError, "__build_class__: func must be a function");
    if (!molt_is_str(name))
        return molt_raise(&MoltExc_TypeError, "__build_class__: name is not a string");
    orig_bases = molt_tuple_new(nargs - 2, args + 2);
    bases = update_bases(orig_bases);
    if (!bases)
        return MOLT_NULL;
    kw = split_keywords(args + nargs, kwnames, &meta, &kwvals);
    nkw = molt_kw_count(kw);
    if (!meta) {
        /* the type of the first base, else type; then the most derived */
        meta = molt_tuple_len(bases) ? molt_from_ptr(molt_type_of(molt_tuple_item(bases, 0)))
                                     : molt_from_ptr(&MoltType_Type);
    } else {
        isclass = molt_is_type(meta);
    }
    if (isclass) {
        MoltType *winner = molt_calculate_metaclass(molt_ptr(meta), bases);
        if (!winner)
            return MOLT_NULL;
        meta = molt_from_ptr(winner);
    }
    ns = prepare(meta, isclass, name, bases, kwvals, kw);
    if (!ns)
        return MOLT_NULL;
    cell = molt_call(func, &ns, 1, MOLT_NULL);
    if (!cell)
        return MOLT_NULL;
    if (bases != orig_bases && molt_ns_store(ns, molt_str_from_cstr("__orig_bases__"), orig_bases) < 0)
        return MOLT_NULL;
    margs = molt_alloc((3 + nkw) * sizeof *margs);
    margs[0] = name;
    margs[1] = bases;
    margs[2] = ns;
    for (i = 0; i < nkw; i++)
        margs[3 + i] = kwvals[i];
    cls = molt_call(meta, margs, 3, kw);
    if (!cls)
        return MOLT_NULL;
    if (molt_is_type(cls) && molt_type_of(cell) == &MoltCell_Type) {
        MoltValue got = ((MoltCell *)molt_ptr(cell))->value;
        if (got != cls) {
            if (!got)
                return molt_raise(&MoltExc_RuntimeError,
                    "__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?",
                    name, cls);
            return molt_raise(&MoltExc_TypeError, "__class__ set to %R defining %R as %R", got, name, cls);
        }
    }
    return cls;
}
