/* Calls: molt_call's dispatch on the callee type's call slot, and argument
 * binding for compiled Python functions. */
#include <string.h>

#include "internal/builtins.h"
#include "internal/call.h"
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

/* ---- binding for compiled functions ---- */

static MoltValue too_many_positional(const MoltFuncDef *def, size_t ndefaults, size_t given)
{
    MoltStrBuf sig;
    int plural;
    molt_sb_init(&sig);
    if (ndefaults) {
        molt_sb_printf(&sig, "from %d to %d", def->nparams - (int)ndefaults, def->nparams);
        plural = 1;
    } else {
        molt_sb_printf(&sig, "%d", def->nparams);
        plural = def->nparams != 1;
    }
    return molt_raise(&MoltExc_TypeError, "%s() takes %V positional argument%s but %zu %s given",
        def->qualname, molt_sb_finish(&sig), plural ? "s" : "", given, given == 1 ? "was" : "were");
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" as CPython's format_missing. */
static MoltValue missing_arguments(const MoltFuncDef *def, const MoltValue *bound, size_t from, size_t to)
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
        molt_sb_printf(&names, "'%s'", def->params[j]);
        k++;
    }
    return molt_raise(&MoltExc_TypeError, "%s() missing %zu required positional argument%s: %V",
        def->qualname, count, count == 1 ? "" : "s", molt_sb_finish(&names));
}

MoltValue molt_function_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    const MoltFunction *fn = molt_ptr(callable);
    const MoltFuncDef *def = fn->def;
    size_t np = (size_t)def->nparams, nkw = molt_kw_count(kwnames);
    size_t ndefaults = fn->defaults ? molt_tuple_len(fn->defaults) : 0;
    size_t i, j, n, required;
    MoltValue stackbuf[8], *bound;

    /* exact positional call with no defaults to fill: no copying */
    if (nargs == np && nkw == 0)
        return def->entry(callable, args);
    bound = np <= 8 ? stackbuf : molt_alloc(np * sizeof(MoltValue));
    memset(bound, 0, np * sizeof(MoltValue));
    n = nargs < np ? nargs : np;
    memcpy(bound, args, n * sizeof(MoltValue));
    for (i = 0; i < nkw; i++) {
        MoltValue name = molt_tuple_item(kwnames, i);
        for (j = 0; j < np; j++)
            if (molt_str_equal_cstr(name, def->params[j]))
                break;
        if (j == np)
            return molt_raise(
                &MoltExc_TypeError, "%s() got an unexpected keyword argument '%V'", def->qualname, name);
        if (bound[j] != MOLT_NULL)
            return molt_raise(
                &MoltExc_TypeError, "%s() got multiple values for argument '%V'", def->qualname, name);
        bound[j] = args[nargs + i];
    }
    if (nargs > np)
        return too_many_positional(def, ndefaults, nargs);
    required = np - ndefaults;
    if (nargs < required) {
        for (j = nargs; j < required; j++)
            if (bound[j] == MOLT_NULL)
                return missing_arguments(def, bound, nargs, required);
    }
    for (j = required; j < np; j++)
        if (bound[j] == MOLT_NULL)
            bound[j] = molt_tuple_item(fn->defaults, j - required);
    return def->entry(callable, bound);
}
