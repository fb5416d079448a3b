/* dir(obj): the sorted attribute names of an object, as CPython's
 * object.__dir__ and type.__dir__ collect them, or the sorted result of
 * a user class's __dir__. */
#include <string.h>

#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/dict.h"
#include "internal/exceptions.h"
#include "internal/list.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

/* The names of t's attributes and of its bases' (its MRO's) into the
 * dict names (as keys). 0, or -1 on error. */
static int add_type_names(MoltType *t, MoltValue names)
{
    MoltValue mro = molt_getattr(molt_from_ptr(t), molt_str_from_cstr("__mro__"));
    MoltTuple *m;
    size_t i, j;
    if (!mro)
        return -1;
    m = molt_tuple_obj(mro);
    for (i = 0; i < m->n; i++) {
        MoltType *b = molt_ptr(m->items[i]);
        if (!molt_is_heaptype(b)) {
            if (molt_builtin_type_attr_names(b, names) < 0)
                return -1;
            continue;
        }
        for (j = 0; j < ((MoltClass *)b)->nattrs; j++)
            if (molt_dict_setitem(names, ((MoltClass *)b)->keys[j], MOLT_NONE) < 0)
                return -1;
    }
    return 0;
}

/* The keys of dict d into names. */
static int add_keys(MoltValue names, MoltValue d)
{
    MoltValue it = molt_iter(d), k;
    if (!it)
        return -1;
    while ((k = molt_next(it)) != MOLT_STOP) {
        if (!k || molt_dict_setitem(names, k, MOLT_NONE) < 0)
            return -1;
    }
    return 0;
}

static MoltValue sorted_list(MoltValue iterable)
{
    MoltValue list = molt_list_new(0, NULL);
    if (molt_list_extend(list, iterable) < 0 || molt_list_sort(list, MOLT_NONE, 0) < 0)
        return MOLT_NULL;
    return list;
}

MoltValue molt_object_dir(MoltValue obj)
{
    MoltType *t = molt_type_of(obj);
    MoltValue names = molt_dict_new(), d;
    if (molt_is_type(obj)) {
        /* type.__dir__: the class's and its bases' attributes */
        if (add_type_names(molt_ptr(obj), names) < 0)
            return MOLT_NULL;
    } else {
        /* object.__dir__: the instance's __dict__, then its class's */
        if (t->attrs_offset) {
            d = molt_getattr(obj, molt_str_from_cstr("__dict__"));
            if (!d) {
                if (!molt_err_occurred_is(&MoltExc_AttributeError))
                    return MOLT_NULL;
                molt_err_clear();
            } else if (molt_is_dict(d) && add_keys(names, d) < 0) {
                return MOLT_NULL;
            }
        }
        if (add_type_names(t, names) < 0)
            return MOLT_NULL;
    }
    return sorted_list(names);
}

MoltValue molt_builtin_dir(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue obj, f;
    MoltType *t, *owner = NULL;
    if (molt_no_kwargs("dir", kwnames) < 0)
        return MOLT_NULL;
    if (nargs > 1)
        return molt_raise(&MoltExc_TypeError, "dir expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) /* the translator refuses a direct dir(): locals are C variables */
        return molt_raise(&MoltExc_NotImplementedError, "molt2c does not support dir() without an argument");
    obj = args[0];
    t = molt_type_of(obj);
    /* a __dir__ of a user class (or metaclass, for dir(cls)) */
    f = molt_type_lookup_cstr(t, "__dir__", &owner);
    if (f && owner && molt_is_heaptype(owner)) {
        MoltValue r = molt_call_with_self(f, obj, NULL, 0, MOLT_NULL);
        return r ? sorted_list(r) : MOLT_NULL;
    }
    return molt_object_dir(obj);
}
