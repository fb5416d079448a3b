/* Builtins of the object model: isinstance, issubclass, getattr, setattr,
 * hasattr, delattr, callable, id. */
#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/exceptions.h"
#include "internal/str.h"
#include "internal/type.h"

static int exact_args(const char *fname, size_t want, size_t nargs, MoltValue kwnames)
{
    if (molt_no_kwargs(fname, kwnames) < 0)
        return -1;
    if (nargs != want) {
        molt_raise(&MoltExc_TypeError, "%s expected %zu argument%s, got %zu", fname, want,
            want == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

MoltValue molt_builtin_isinstance(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    int r;
    if (exact_args("isinstance", 2, nargs, kwnames) < 0)
        return MOLT_NULL;
    r = molt_isinstance_full(args[0], args[1]);
    return r < 0 ? MOLT_NULL : molt_bool(r);
}

MoltValue molt_builtin_issubclass(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    int r;
    if (exact_args("issubclass", 2, nargs, kwnames) < 0)
        return MOLT_NULL;
    r = molt_issubclass_full(args[0], args[1]);
    return r < 0 ? MOLT_NULL : molt_bool(r);
}

/* vars(object): object.__dict__. Without an argument it is locals(),
 * which the translator refuses where it sees it; a call it cannot see
 * (`v = vars; v()`) raises. */
MoltValue molt_builtin_vars(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue d;
    if (molt_no_kwargs("vars", kwnames) < 0)
        return MOLT_NULL;
    if (nargs > 1)
        return molt_raise(&MoltExc_TypeError, "vars expected at most 1 argument, got %zu", nargs);
    if (nargs == 0)
        return molt_raise(&MoltExc_NotImplementedError, "molt2c does not support vars() without an argument");
    d = molt_getattr(args[0], molt_str_from_cstr("__dict__"));
    if (!d && molt_err_occurred_is(&MoltExc_AttributeError)) {
        molt_err_clear();
        return molt_raise(&MoltExc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

static int name_arg(const char *fname, MoltValue name)
{
    if (!molt_is_str(name)) {
        (void)fname; /* 3.11 names the type, not the function */
        molt_raise(&MoltExc_TypeError, "attribute name must be string, not '%s'", molt_type_name(name));
        return -1;
    }
    return 0;
}

MoltValue molt_builtin_getattr(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue r;
    if (molt_no_kwargs("getattr", kwnames) < 0)
        return MOLT_NULL;
    if (nargs < 2 || nargs > 3)
        return molt_raise(&MoltExc_TypeError, "getattr expected at least 2 arguments, got %zu", nargs);
    if (nargs > 3)
        return molt_raise(&MoltExc_TypeError, "getattr expected at most 3 arguments, got %zu", nargs);
    if (name_arg("getattr", args[1]) < 0)
        return MOLT_NULL;
    r = molt_getattr(args[0], args[1]);
    if (!r && nargs == 3 && molt_err_occurred_is(&MoltExc_AttributeError)) {
        molt_err_clear();
        return args[2];
    }
    return r;
}

MoltValue molt_builtin_hasattr(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue r;
    if (exact_args("hasattr", 2, nargs, kwnames) < 0 || name_arg("hasattr", args[1]) < 0)
        return MOLT_NULL;
    r = molt_getattr(args[0], args[1]);
    if (!r && molt_err_occurred_is(&MoltExc_AttributeError)) {
        molt_err_clear();
        return MOLT_FALSE;
    }
    return r ? MOLT_TRUE : MOLT_NULL;
}

MoltValue molt_builtin_setattr(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (exact_args("setattr", 3, nargs, kwnames) < 0 || name_arg("setattr", args[1]) < 0)
        return MOLT_NULL;
    return molt_setattr(args[0], args[1], args[2]) < 0 ? MOLT_NULL : MOLT_NONE;
}

MoltValue molt_builtin_delattr(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (exact_args("delattr", 2, nargs, kwnames) < 0 || name_arg("delattr", args[1]) < 0)
        return MOLT_NULL;
    return molt_delattr(args[0], args[1]) < 0 ? MOLT_NULL : MOLT_NONE;
}

MoltValue molt_builtin_callable(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    const MoltType *t;
    if (exact_args("callable", 1, nargs, kwnames) < 0)
        return MOLT_NULL;
    for (t = molt_type_of(args[0]); t; t = t->base)
        if (t->call)
            return MOLT_TRUE;
    return MOLT_FALSE;
}

MoltValue molt_builtin_id(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (exact_args("id", 1, nargs, kwnames) < 0)
        return MOLT_NULL;
    return molt_int_from_i64((int64_t)(args[0] & 0x7FFFFFFFFFFFFFFFULL));
}
