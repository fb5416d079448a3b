/* str's method table and the argument checks its methods share (CPython's
 * Argument Clinic and stringlib messages). The methods live in the
 * str_*.c files named after their concept. */
#include <stdint.h>

#include "internal/builtins.h"
#include "internal/bytes.h"
#include "internal/class.h"
#include "internal/exceptions.h"
#include "internal/format.h"
#include "internal/int.h"
#include "internal/str_methods.h"

/* ------------------------------------------------------------------ */
/* argument helpers */

int molt_str_args_none(const char *name, size_t nargs, MoltValue kwnames)
{
    if (molt_kw_count(kwnames)) {
        molt_raise(&MoltExc_TypeError, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        molt_raise(&MoltExc_TypeError, "str.%s() takes no arguments (%zu given)", name, nargs - 1);
        return -1;
    }
    return 0;
}

int molt_str_args_one(const char *name, size_t nargs, MoltValue kwnames)
{
    if (molt_kw_count(kwnames)) {
        molt_raise(&MoltExc_TypeError, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 2) {
        molt_raise(&MoltExc_TypeError, "str.%s() takes exactly one argument (%zu given)", name, nargs - 1);
        return -1;
    }
    return 0;
}

int molt_str_args_range(const char *name, size_t nargs, size_t lo, size_t hi, MoltValue kwnames)
{
    size_t given = nargs - 1;
    if (molt_kw_count(kwnames)) {
        molt_raise(&MoltExc_TypeError, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    if (given < lo) {
        molt_raise(&MoltExc_TypeError, "%s expected at least %zu argument%s, got %zu", name, lo,
            lo == 1 ? "" : "s", given);
        return -1;
    }
    if (given > hi) {
        molt_raise(&MoltExc_TypeError, "%s expected at most %zu argument%s, got %zu", name, hi,
            hi == 1 ? "" : "s", given);
        return -1;
    }
    return 0;
}

int molt_str_check(MoltValue v)
{
    if (molt_is_str(molt_unbox(v))) /* callers read molt_str_obj(molt_unbox(v)) */
        return 0;
    molt_raise(&MoltExc_TypeError, "must be str, not %s", molt_type_name(v));
    return -1;
}

int molt_str_args_finds(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames,
    size_t nchars, int64_t *start, int64_t *end)
{
    int64_t len = (int64_t)nchars;
    if (molt_kw_count(kwnames)) {
        molt_raise(&MoltExc_TypeError, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs < 2) {
        molt_raise(&MoltExc_TypeError, "%s() takes at least 1 argument (0 given)", name);
        return -1;
    }
    if (nargs > 4) {
        molt_raise(&MoltExc_TypeError, "%s() takes at most 3 arguments (%zu given)", name, nargs - 1);
        return -1;
    }
    *start = 0;
    *end = INT64_MAX;
    if ((nargs > 2 && molt_slice_index(args[2], start) < 0)
        || (nargs > 3 && molt_slice_index(args[3], end) < 0))
        return -1;
    /* ADJUST_INDICES */
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
    return 0;
}

/* str.__getnewargs__(): (the str value,), pickle's protocol. */
static MoltValue m_getnewargs(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (molt_method_noargs("str", "__getnewargs__", nargs, kwnames) < 0)
        return MOLT_NULL;
    return molt_tuple_new(1, args);
}

/* ------------------------------------------------------------------ */
/* str's method table.
 *
 * One row per method, grouped by the file that implements it. */

const MoltMethodDef molt_str_methods[] = {
    /* str_find.c: searching */
    { "find", molt_str_m_find, 0 },
    { "rfind", molt_str_m_rfind, 0 },
    { "index", molt_str_m_index, 0 },
    { "rindex", molt_str_m_rindex, 0 },
    { "count", molt_str_m_count, 0 },
    { "startswith", molt_str_m_startswith, 0 },
    { "endswith", molt_str_m_endswith, 0 },
    { "replace", molt_str_m_replace, 0 },
    /* str_split.c: splitting and joining */
    { "split", molt_str_m_split, 0 },
    { "rsplit", molt_str_m_rsplit, 0 },
    { "splitlines", molt_str_m_splitlines, 0 },
    { "partition", molt_str_m_partition, 0 },
    { "rpartition", molt_str_m_rpartition, 0 },
    { "join", molt_str_m_join, 0 },
    /* str_pad.c: stripping and padding */
    { "strip", molt_str_m_strip, 0 },
    { "lstrip", molt_str_m_lstrip, 0 },
    { "rstrip", molt_str_m_rstrip, 0 },
    { "center", molt_str_m_center, 0 },
    { "ljust", molt_str_m_ljust, 0 },
    { "rjust", molt_str_m_rjust, 0 },
    { "zfill", molt_str_m_zfill, 0 },
    { "expandtabs", molt_str_m_expandtabs, 0 },
    { "removeprefix", molt_str_m_removeprefix, 0 },
    { "removesuffix", molt_str_m_removesuffix, 0 },
    /* str_case.c: case mapping */
    { "lower", molt_str_m_lower, 0 },
    { "upper", molt_str_m_upper, 0 },
    { "title", molt_str_m_title, 0 },
    { "capitalize", molt_str_m_capitalize, 0 },
    { "swapcase", molt_str_m_swapcase, 0 },
    { "casefold", molt_str_m_casefold, 0 },
    /* str_ctype.c: predicates */
    { "isalpha", molt_str_m_isalpha, 0 },
    { "isdecimal", molt_str_m_isdecimal, 0 },
    { "isdigit", molt_str_m_isdigit, 0 },
    { "isnumeric", molt_str_m_isnumeric, 0 },
    { "isalnum", molt_str_m_isalnum, 0 },
    { "isspace", molt_str_m_isspace, 0 },
    { "islower", molt_str_m_islower, 0 },
    { "isupper", molt_str_m_isupper, 0 },
    { "istitle", molt_str_m_istitle, 0 },
    { "isprintable", molt_str_m_isprintable, 0 },
    { "isascii", molt_str_m_isascii, 0 },
    { "isidentifier", molt_str_m_isidentifier, 0 },
    /* str_translate.c */
    { "translate", molt_str_m_translate, 0 },
    { "maketrans", molt_str_m_maketrans, MOLT_METH_CLASS },
    /* formatting (format.c, str_format.c; % is str.c's binop slot) */
    { "format", molt_str_format_method, 0 },
    { "format_map", molt_str_format_map, 0 },
    { "__format__", molt_str___format__, 0 },
    /* codecs.c: encoding */
    { "encode", molt_str_m_encode, 0 },
    { "__getnewargs__", m_getnewargs, 0 },
    { NULL, NULL, 0 },
};
