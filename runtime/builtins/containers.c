/* Container and iteration builtins: len, iter, next, hash. */
#include "internal/builtins.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/int.h"

static int exactly_one(const char *fname, size_t nargs, MoltValue kwnames)
{
    if (molt_no_kwargs(fname, kwnames) < 0)
        return -1;
    if (nargs != 1) {
        molt_raise(&MoltExc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        return -1;
    }
    return 0;
}

/* len(obj) */
MoltValue molt_builtin_len(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    int64_t n;
    if (exactly_one("len", nargs, kwnames) < 0)
        return MOLT_NULL;
    n = molt_len(args[0]);
    return n < 0 ? MOLT_NULL : molt_int_from_i64(n);
}

/* hash(obj) */
MoltValue molt_builtin_hash(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    int64_t h;
    if (exactly_one("hash", nargs, kwnames) < 0)
        return MOLT_NULL;
    h = molt_hash(args[0]);
    return h == -1 ? MOLT_NULL : molt_int_from_i64(h);
}

/* iter(obj) / iter(callable, sentinel) */
MoltValue molt_builtin_iter(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (molt_no_kwargs("iter", kwnames) < 0)
        return MOLT_NULL;
    if (nargs == 0)
        return molt_raise(&MoltExc_TypeError, "iter expected at least 1 argument, got 0");
    if (nargs > 2)
        return molt_raise(&MoltExc_TypeError, "iter expected at most 2 arguments, got %zu", nargs);
    if (nargs == 2)
        return molt_callable_iter_new(args[0], args[1]);
    return molt_iter(args[0]);
}

/* next(iterator[, default]) */
MoltValue molt_builtin_next(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue r;
    if (molt_no_kwargs("next", kwnames) < 0)
        return MOLT_NULL;
    if (nargs == 0 || nargs > 2)
        return molt_raise(&MoltExc_TypeError, "next expected %s, got %zu",
            nargs == 0 ? "at least 1 argument" : "at most 2 arguments", nargs);
    r = molt_next(args[0]);
    if (r != MOLT_STOP)
        return r;
    if (nargs == 2)
        return args[1];
    return molt_raise_args(&MoltExc_StopIteration, NULL, 0);
}
