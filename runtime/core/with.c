/* The with statement's protocol: __enter__ and __exit__ looked up on the
 * type of the manager (CPython's _PyObject_LookupSpecial), the exception
 * handed to __exit__, and its answer. */
#include "internal/class.h"
#include "internal/exceptions.h"
#include "internal/tuple.h"
#include "internal/type.h"

/* name in the namespace of type(obj) or a base (along the MRO), or
 * MOLT_NULL (nothing pending) when absent. */
static MoltValue lookup_special(MoltValue obj, const char *name)
{
    return molt_type_lookup_cstr(molt_type_of(obj), name, NULL);
}

/* Call attr (found on type(obj)) as a method of obj. */
static MoltValue call_method(MoltValue attr, MoltValue obj, const MoltValue *args, size_t nargs)
{
    MoltValue argv[4];
    MoltType *at = molt_type_of(attr);
    if (at == &MoltFunction_Type) {
        argv[0] = obj;
        for (size_t i = 0; i < nargs; i++)
            argv[i + 1] = args[i];
        return molt_call(attr, argv, nargs + 1, MOLT_NULL);
    }
    if (at->descr_get) {
        attr = at->descr_get(attr, obj, molt_from_ptr(molt_type_of(obj)));
        if (!attr)
            return MOLT_NULL;
    }
    return molt_call(attr, args, nargs, MOLT_NULL);
}

/* type(mgr).__exit__, after checking that __enter__ exists too. */
MOLT_API MoltValue molt_with_lookup(MoltValue mgr)
{
    MoltValue exit;
    if (!lookup_special(mgr, "__enter__"))
        return molt_raise(&MoltExc_TypeError, "'%s' object does not support the context manager protocol",
            molt_type_name(mgr));
    exit = lookup_special(mgr, "__exit__");
    if (!exit)
        return molt_raise(&MoltExc_TypeError,
            "'%s' object does not support the context manager protocol (missed __exit__ method)",
            molt_type_name(mgr));
    return exit;
}

/* mgr.__enter__(). */
MOLT_API MoltValue molt_with_enter(MoltValue mgr)
{
    MoltValue enter = lookup_special(mgr, "__enter__");
    if (!enter)
        return molt_raise(&MoltExc_TypeError, "'%s' object does not support the context manager protocol",
            molt_type_name(mgr));
    return call_method(enter, mgr, NULL, 0);
}

/* mgr.__exit__(type, exc, tb) for an exception exc, or (None, None, None)
 * when exc is None: the truth of the result (0 after a normal exit), or
 * -1 on error. */
MOLT_API int molt_with_exit(MoltValue exit, MoltValue mgr, MoltValue exc)
{
    MoltValue args[3], r;
    if (exc == MOLT_NONE) {
        args[0] = args[1] = args[2] = MOLT_NONE;
        return call_method(exit, mgr, args, 3) ? 0 : -1;
    }
    args[0] = molt_from_ptr(molt_type_of(exc));
    args[1] = exc;
    args[2] = molt_exc_obj(exc)->tb ? molt_from_ptr(molt_exc_obj(exc)->tb) : MOLT_NONE;
    r = call_method(exit, mgr, args, 3);
    return r ? molt_truth(r) : -1;
}
