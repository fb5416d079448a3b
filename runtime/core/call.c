/* Calls: molt_call's dispatch on the callee type's call slot, and argument
 * binding for compiled Python functions. */
#include <string.h>

#include "internal/builtins.h"
#include "internal/call.h"
#include "internal/dict.h"
#include "internal/exceptions.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

/* Call any callable; see call.h. */
MOLT_API MoltValue molt_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    const MoltType *t;
    for (t = molt_type_of(callable); t; t = t->base)
        if (t->call)
            return t->call(callable, args, nargs, kwnames);
    return molt_raise(&MoltExc_TypeError, "'%s' object is not callable", molt_type_name(callable));
}

/* ---- keyword helpers shared with the builtins ---- */

size_t molt_kw_count(MoltValue kwnames) { return kwnames ? molt_tuple_len(kwnames) : 0; }

const char *molt_kw_name(MoltValue kwnames, size_t i) { return molt_str_cstr(molt_tuple_item(kwnames, i)); }

int molt_no_kwargs(const char *fname, MoltValue kwnames)
{
    if (molt_kw_count(kwnames) == 0)
        return 0;
    molt_raise(&MoltExc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
}

static MoltValue find_keyword(MoltValue kwnames, const MoltValue *kwvalues, const char *name)
{
    size_t i, n = molt_kw_count(kwnames);
    for (i = 0; i < n; i++)
        if (molt_str_equal_cstr(molt_tuple_item(kwnames, i), name))
            return kwvalues[i];
    return MOLT_NULL;
}

int molt_method_nargs(
    const char *tname, const char *name, size_t nargs, size_t lo, size_t hi, MoltValue kwnames)
{
    size_t given = nargs - 1;
    if (molt_kw_count(kwnames)) {
        molt_raise(&MoltExc_TypeError, "%s.%s() takes no keyword arguments", tname, name);
        return -1;
    }
    if (given >= lo && given <= hi)
        return 0;
    if (lo == hi && lo == 1)
        molt_raise(&MoltExc_TypeError, "%s.%s() takes exactly one argument (%zu given)", tname, name, given);
    else if (lo == hi && lo == 0)
        molt_raise(&MoltExc_TypeError, "%s.%s() takes no arguments (%zu given)", tname, name, given);
    else if (lo == hi)
        molt_raise(&MoltExc_TypeError, "%s expected %zu arguments, got %zu", name, lo, given);
    else if (given < lo)
        molt_raise(&MoltExc_TypeError, "%s expected at least %zu argument%s, got %zu", name, lo,
            lo == 1 ? "" : "s", given);
    else
        molt_raise(&MoltExc_TypeError, "%s expected at most %zu argument%s, got %zu", name, hi,
            hi == 1 ? "" : "s", given);
    return -1;
}

int molt_method_noargs(const char *tname, const char *name, size_t nargs, MoltValue kwnames)
{
    return molt_method_nargs(tname, name, nargs, 0, 0, kwnames);
}

/* Mirrors _PyArg_UnpackKeywords' checks and their order. */
int molt_bind_builtin(const char *fname, const char *const *names, size_t nparams, size_t posonly,
    size_t nrequired, const MoltValue *args, size_t nargs, MoltValue kwnames, MoltValue *out)
{
    size_t nkw = molt_kw_count(kwnames), i, j;
    const MoltValue *kwvalues = args + nargs;
    if (nargs + nkw > nparams) {
        molt_raise(&MoltExc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname, nparams,
            nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    for (i = 0; i < nargs; i++)
        out[i] = args[i];
    for (i = nargs; i < nparams; i++) {
        out[i] = i >= posonly && nkw ? find_keyword(kwnames, kwvalues, names[i]) : MOLT_NULL;
        if (!out[i] && i < nrequired) {
            molt_raise(
                &MoltExc_TypeError, "%s() missing required argument '%s' (pos %zu)", fname, names[i], i + 1);
            return -1;
        }
    }
    if (nkw) {
        for (i = posonly; i < nargs; i++) {
            if (find_keyword(kwnames, kwvalues, names[i])) {
                molt_raise(&MoltExc_TypeError, "argument for %s() given by name ('%s') and position (%zu)",
                    fname, names[i], i + 1);
                return -1;
            }
        }
        for (j = 0; j < nkw; j++) {
            const char *k = molt_kw_name(kwnames, j);
            for (i = posonly; i < nparams; i++)
                if (strcmp(k, names[i]) == 0)
                    break;
            if (i == nparams) {
                molt_raise(&MoltExc_TypeError, "'%s' is an invalid keyword argument for %s()", k, fname);
                return -1;
            }
        }
    }
    return 0;
}

/* ---- binding for compiled functions (CPython's initialize_locals) ---- */

static MoltValue too_many_positional(const MoltFunction *fn, size_t given, const MoltValue *bound)
{
    const MoltFuncDef *def = fn->def;
    size_t ndefaults = fn->defaults ? molt_tuple_len(fn->defaults) : 0, kwonly_given = 0, i;
    size_t argcount = (size_t)def->argcount;
    MoltStrBuf sig, kwsig;
    int plural;
    for (i = argcount; i < argcount + (size_t)def->kwonlyargcount; i++)
        kwonly_given += bound[i] != MOLT_NULL;
    molt_sb_init(&sig);
    if (ndefaults) {
        molt_sb_printf(&sig, "from %lld to %zu", (long long)argcount - (long long)ndefaults, argcount);
        plural = 1;
    } else {
        molt_sb_printf(&sig, "%zu", argcount);
        plural = argcount != 1;
    }
    molt_sb_init(&kwsig);
    if (kwonly_given)
        molt_sb_printf(&kwsig, " positional argument%s (and %zu keyword-only argument%s)",
            given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    return molt_raise(&MoltExc_TypeError, "%V() takes %V positional argument%s but %zu%V %s given",
        molt_function_qualname(fn), molt_sb_finish(&sig), plural ? "s" : "", given, molt_sb_finish(&kwsig),
        given == 1 && !kwonly_given ? "was" : "were");
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" as CPython's format_missing;
 * kind is "positional" or "keyword-only". */
static MoltValue missing_arguments(
    const MoltFunction *fn, const MoltValue *bound, size_t from, size_t to, const char *kind)
{
    MoltStrBuf names;
    size_t j, count = 0, k = 0;
    for (j = from; j < to; j++)
        count += bound[j] == MOLT_NULL;
    molt_sb_init(&names);
    for (j = from; j < to; j++) {
        if (bound[j] != MOLT_NULL)
            continue;
        if (k > 0)
            molt_sb_puts(&names, count == 2 ? " and " : k == count - 1 ? ", and " : ", ");
        molt_sb_printf(&names, "'%s'", fn->def->params[j]);
        k++;
    }
    return molt_raise(&MoltExc_TypeError, "%V() missing %zu required %s argument%s: %V",
        molt_function_qualname(fn), count, kind, count == 1 ? "" : "s", molt_sb_finish(&names));
}

/* Keywords that name positional-only parameters, when the function has no
 * **kwargs to take them: CPython's positional_only_passed_as_keyword. */
static MoltValue posonly_as_keyword(const MoltFunction *fn, MoltValue kwnames)
{
    const MoltFuncDef *def = fn->def;
    size_t nkw = molt_kw_count(kwnames), j;
    int k, n = 0;
    MoltStrBuf names;
    molt_sb_init(&names);
    for (k = 0; k < def->posonlyargcount; k++)
        for (j = 0; j < nkw; j++)
            if (molt_str_equal_cstr(molt_tuple_item(kwnames, j), def->params[k])) {
                molt_sb_printf(&names, "%s%s", n++ ? ", " : "", def->params[k]);
                break;
            }
    if (n == 0)
        return MOLT_NONE;
    return molt_raise(&MoltExc_TypeError,
        "%V() got some positional-only arguments passed as keyword arguments: '%V'",
        molt_function_qualname(fn), molt_sb_finish(&names));
}

MoltValue molt_function_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    const MoltFunction *fn = molt_ptr(callable);
    const MoltFuncDef *def = fn->def;
    size_t argcount = (size_t)def->argcount, nkw = molt_kw_count(kwnames);
    size_t total = argcount + (size_t)def->kwonlyargcount, np = (size_t)molt_func_nparams(def);
    size_t i, j, n;
    MoltValue stackbuf[8], *bound, kwdict = MOLT_NULL;

    /* exact positional call of plain parameters: no copying */
    if (nargs == argcount && nkw == 0 && np == argcount)
        return def->entry(callable, args);
    bound = np <= 8 ? stackbuf : molt_alloc(np * sizeof(MoltValue));
    memset(bound, 0, np * sizeof(MoltValue));
    if (def->flags & MOLT_CO_VARKEYWORDS) {
        kwdict = molt_dict_new();
        bound[np - 1] = kwdict;
    }
    n = nargs < argcount ? nargs : argcount;
    memcpy(bound, args, n * sizeof(MoltValue));
    if (def->flags & MOLT_CO_VARARGS)
        bound[total] = molt_tuple_new(nargs - n, args + n);
    for (i = 0; i < nkw; i++) {
        MoltValue name = molt_tuple_item(kwnames, i);
        for (j = (size_t)def->posonlyargcount; j < total; j++)
            if (molt_str_equal_cstr(name, def->params[j]))
                break;
        if (j == total) {
            if (kwdict == MOLT_NULL) {
                if (def->posonlyargcount && posonly_as_keyword(fn, kwnames) == MOLT_NULL)
                    return MOLT_NULL;
                return molt_raise(&MoltExc_TypeError, "%V() got an unexpected keyword argument '%V'",
                    molt_function_qualname(fn), name);
            }
            if (molt_dict_setitem(kwdict, name, args[nargs + i]) < 0)
                return MOLT_NULL;
            continue;
        }
        if (bound[j] != MOLT_NULL)
            return molt_raise(&MoltExc_TypeError, "%V() got multiple values for argument '%V'",
                molt_function_qualname(fn), name);
        bound[j] = args[nargs + i];
    }
    if (nargs > argcount && !(def->flags & MOLT_CO_VARARGS))
        return too_many_positional(fn, nargs, bound);
    if (nargs < argcount) {
        /* __defaults__ may be assigned more values than parameters: the
         * last argcount of them apply, as in CPython */
        size_t ndefaults = fn->defaults ? molt_tuple_len(fn->defaults) : 0;
        size_t required = ndefaults < argcount ? argcount - ndefaults : 0;
        size_t skip = ndefaults > argcount ? ndefaults - argcount : 0;
        for (j = nargs; j < required; j++)
            if (bound[j] == MOLT_NULL)
                return missing_arguments(fn, bound, 0, required, "positional");
        for (j = required; j < argcount; j++)
            if (bound[j] == MOLT_NULL)
                bound[j] = molt_tuple_item(fn->defaults, j - required + skip);
    }
    if (def->kwonlyargcount) {
        int missing = 0;
        for (j = argcount; j < total; j++) {
            if (bound[j] != MOLT_NULL)
                continue;
            if (fn->kwdict) {
                MoltValue v;
                int r = fn->kwdict == MOLT_NONE
                    ? 0
                    : molt_dict_lookup(fn->kwdict, molt_str_from_cstr(def->params[j]), &v);
                if (r < 0)
                    return MOLT_NULL;
                if (r > 0)
                    bound[j] = v;
                else
                    missing = 1;
            } else if (fn->kwdefaults && fn->kwdefaults[j - argcount] != MOLT_NULL) {
                bound[j] = fn->kwdefaults[j - argcount];
            } else {
                missing = 1;
            }
        }
        if (missing)
            return missing_arguments(fn, bound, argcount, total, "keyword-only");
    }
    return def->entry(callable, bound);
}

/* ---- calls with *args and **kwargs (CALL_FUNCTION_EX) ---- */

/* "print()", "__main__.f()": how CPython's _PyObject_FunctionStr names a
 * callable in call errors. */
static MoltValue function_str(MoltValue callable)
{
    MoltStrBuf sb;
    const MoltType *t = molt_type_of(callable);
    molt_sb_init(&sb);
    if (t == &MoltFunction_Type) {
        molt_sb_puts(&sb, "__main__.");
        molt_sb_append_str(&sb, molt_function_qualname(molt_ptr(callable)));
        molt_sb_puts(&sb, "()");
    } else if (t == &MoltBuiltin_Type)
        molt_sb_printf(&sb, "%s()", ((const MoltBuiltin *)molt_ptr(callable))->def->name);
    else if (molt_is_type(callable))
        molt_sb_printf(&sb, "%s%s()",
            (((const MoltType *)molt_ptr(callable))->flags & MOLT_TYPE_HEAPTYPE) ? "__main__." : "",
            ((const MoltType *)molt_ptr(callable))->name);
    else
        molt_sb_printf(&sb, "%s object", t->name);
    return molt_sb_finish(&sb);
}

static int is_iterable(MoltValue v)
{
    const MoltType *t = molt_type_of(v);
    if (t == &MoltTuple_Type || t == &MoltList_Type)
        return 1;
    for (; t; t = t->base)
        if (t->iter || t->getitem)
            return 1;
    return 0;
}

/* list.extend for `*x` among other positional arguments. */
MOLT_API int molt_callargs_extend(MoltValue list, MoltValue iterable)
{
    if (!is_iterable(iterable)) {
        molt_raise(&MoltExc_TypeError, "Value after * must be an iterable, not %s", molt_type_name(iterable));
        return -1;
    }
    return molt_list_extend(list, iterable);
}

/* kw[name] = value for `name=value` in a call with `**`. */
MOLT_API int molt_callkw_set(MoltValue callable, MoltValue kw, MoltValue name, MoltValue value)
{
    MoltValue old;
    if (molt_dict_lookup(kw, name, &old) > 0) {
        molt_raise(&MoltExc_TypeError, "%V got multiple values for keyword argument '%V'",
            function_str(callable), name);
        return -1;
    }
    return molt_dict_setitem(kw, name, value);
}

/* kw.update(mapping) for `**mapping` in a call (DICT_MERGE). */
MOLT_API int molt_callkw_merge(MoltValue callable, MoltValue kw, MoltValue mapping)
{
    size_t pos = 0;
    MoltValue key, value;
    if (molt_type_of(mapping) != &MoltDict_Type) {
        /* any other mapping (keys() and __getitem__) is copied first */
        MoltValue copy;
        const MoltType *t = molt_type_of(mapping);
        while (t && !t->getitem)
            t = t->base;
        if (!t || molt_type_of(mapping) == &MoltTuple_Type || molt_type_of(mapping) == &MoltStr_Type
            || molt_type_of(mapping) == &MoltList_Type) {
            molt_raise(&MoltExc_TypeError, "%V argument after ** must be a mapping, not %s",
                function_str(callable), molt_type_name(mapping));
            return -1;
        }
        copy = molt_dict_new();
        if (molt_dict_update(copy, mapping) < 0)
            return -1;
        mapping = copy;
    }
    while (molt_dict_next(mapping, &pos, &key, &value)) {
        MoltValue old;
        if (molt_dict_lookup(kw, key, &old) > 0) {
            if (molt_type_of(key) != &MoltStr_Type) {
                molt_raise(&MoltExc_TypeError, "%V keywords must be strings", function_str(callable));
                return -1;
            }
            molt_raise(&MoltExc_TypeError, "%V got multiple values for keyword argument '%V'",
                function_str(callable), key);
            return -1;
        }
        if (molt_dict_setitem(kw, key, value) < 0)
            return -1;
    }
    return 0;
}

/* callable(*args, **kw): args is a tuple, a list or (for a lone `*x`) any
 * iterable; kw a dict of str keys or None. */
MOLT_API MoltValue molt_call_ex(MoltValue callable, MoltValue args, MoltValue kw)
{
    MoltValue *argv, kwnames = MOLT_NULL, item;
    size_t n, nkw = 0, i, pos = 0;
    const MoltType *t = molt_type_of(args);
    if (t == &MoltTuple_Type) {
        n = molt_tuple_len(args);
    } else if (t == &MoltList_Type) {
        n = molt_list_len(args);
    } else {
        MoltValue list;
        if (!is_iterable(args))
            return molt_raise(&MoltExc_TypeError, "%V argument after * must be an iterable, not %s",
                function_str(callable), molt_type_name(args));
        list = molt_list_new(0, NULL);
        if (molt_list_extend(list, args) < 0)
            return MOLT_NULL;
        args = list;
        t = &MoltList_Type;
        n = molt_list_len(args);
    }
    if (kw != MOLT_NONE)
        nkw = molt_dict_len(kw);
    argv = molt_alloc((n + nkw + 1) * sizeof(MoltValue));
    for (i = 0; i < n; i++)
        argv[i] = t == &MoltTuple_Type ? molt_tuple_item(args, i) : molt_list_item(args, i);
    if (nkw) {
        MoltValue *names = molt_alloc(nkw * sizeof(MoltValue));
        for (i = 0; molt_dict_next(kw, &pos, &names[i], &item); i++) {
            if (molt_type_of(names[i]) != &MoltStr_Type)
                return molt_raise(&MoltExc_TypeError, "keywords must be strings");
            argv[n + i] = item;
        }
        kwnames = molt_tuple_new(nkw, names);
    }
    return molt_call(callable, argv, n, kwnames);
}
