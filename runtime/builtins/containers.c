/* Container and iteration builtins: len, iter, next, hash, sorted, sum,
 * any, all. (The container types and enumerate, zip... are types.) */
#include "internal/builtins.h"
#include "internal/bytes.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/int.h"
#include "internal/list.h"
#include "internal/str.h"
#include "internal/type.h"

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

/* sorted(iterable, /, *, key=None, reverse=False) */
MoltValue molt_builtin_sorted(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "key", "reverse" };
    MoltValue a[2], l;
    int rev = 0;
    if (nargs != 1)
        return molt_raise(&MoltExc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    if (molt_bind_builtin("sort", names, 2, 0, 0, args + 1, 0, kwnames, a) < 0)
        return MOLT_NULL;
    l = molt_list_from_iterable(args[0]);
    if (!l)
        return MOLT_NULL;
    if (a[1]) {
        if (!molt_is_intlike(a[1]))
            return molt_raise(
                &MoltExc_TypeError, "'%s' object cannot be interpreted as an integer", molt_type_name(a[1]));
        rev = molt_int_sign(molt_int_unbool(a[1])) != 0;
    }
    if (molt_list_sort(l, a[0], rev) < 0)
        return MOLT_NULL;
    return l;
}

/* sum(iterable, /, start=0) */
MoltValue molt_builtin_sum(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "iterable", "start" };
    MoltValue a[2], it, x, acc;
    if (nargs == 0) /* Argument Clinic's message for the positional-only iterable */
        return molt_raise(&MoltExc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (molt_bind_builtin("sum", names, 2, 1, 1, args, nargs, kwnames, a) < 0)
        return MOLT_NULL;
    acc = a[1] ? a[1] : MOLT_INT(0);
    if (molt_isinstance(acc, &MoltStr_Type))
        return molt_raise(&MoltExc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (molt_isinstance(acc, &MoltBytes_Type))
        return molt_raise(&MoltExc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (molt_isinstance(acc, &MoltByteArray_Type))
        return molt_raise(&MoltExc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    it = molt_iter(a[0]);
    if (!it)
        return MOLT_NULL;
    while ((x = molt_next(it)) != MOLT_STOP) {
        if (!x || !(acc = molt_add(acc, x)))
            return MOLT_NULL;
    }
    return acc;
}

/* any(iterable) / all(iterable) */
static MoltValue any_all(const char *fname, int want, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue it, x;
    if (exactly_one(fname, nargs, kwnames) < 0)
        return MOLT_NULL;
    it = molt_iter(args[0]);
    if (!it)
        return MOLT_NULL;
    while ((x = molt_next(it)) != MOLT_STOP) {
        int t;
        if (!x || (t = molt_truth(x)) < 0)
            return MOLT_NULL;
        if (t == want)
            return molt_bool(want);
    }
    return molt_bool(!want);
}

MoltValue molt_builtin_any(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return any_all("any", 1, args, nargs, kwnames);
}

MoltValue molt_builtin_all(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return any_all("all", 0, args, nargs, kwnames);
}
