/* The methods bytes and bytearray share (CPython's Objects/bytes_methods.c
 * and stringlib): searching, splitting, joining, stripping, padding, the
 * ASCII case methods and predicates, hex()/fromhex(), translate,
 * maketrans and decode. Each works on the bytes of self through a
 * MoltBuffer and builds results of self's type, so one implementation
 * serves both types. */
#include <string.h>

#include "internal/alloc.h"
#include "internal/builtins.h"
#include "internal/bytes.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/int.h"
#include "internal/list.h"
#include "internal/tuple.h"
#include "internal/type.h"

/* ------------------------------------------------------------------ */
/* argument helpers */

static const char *tname(MoltValue self)
{
    return molt_isinstance(self, &MoltByteArray_Type) ? "bytearray" : "bytes";
}

/* The bytes of self (a bytes or bytearray; never fails). */
static MoltBuffer self_buf(MoltValue self)
{
    MoltBuffer b;
    molt_buffer_get(self, &b);
    return b;
}

/* METH_NOARGS: "bytes.lower() takes no arguments (1 given)". */
static int noargs(MoltValue self, const char *name, size_t nargs, MoltValue kwnames)
{
    if (molt_kw_count(kwnames)) {
        molt_raise(&MoltExc_TypeError, "%s.%s() takes no keyword arguments", tname(self), name);
        return -1;
    }
    if (nargs != 1) {
        molt_raise(
            &MoltExc_TypeError, "%s.%s() takes no arguments (%zu given)", tname(self), name, nargs - 1);
        return -1;
    }
    return 0;
}

/* METH_O: "bytes.join() takes exactly one argument (0 given)". */
static int onearg(MoltValue self, const char *name, size_t nargs, MoltValue kwnames)
{
    if (molt_kw_count(kwnames)) {
        molt_raise(&MoltExc_TypeError, "%s.%s() takes no keyword arguments", tname(self), name);
        return -1;
    }
    if (nargs != 2) {
        molt_raise(&MoltExc_TypeError, "%s.%s() takes exactly one argument (%zu given)", tname(self), name,
            nargs - 1);
        return -1;
    }
    return 0;
}

/* Argument Clinic, positional-only: "center expected at least 1
 * argument, got 0", "maketrans expected 2 arguments, got 0". */
static int posargs(MoltValue self, const char *name, size_t nargs, size_t lo, size_t hi, MoltValue kwnames)
{
    size_t given = nargs - 1;
    if (molt_kw_count(kwnames)) {
        molt_raise(&MoltExc_TypeError, "%s.%s() takes no keyword arguments", tname(self), name);
        return -1;
    }
    if (given >= lo && given <= hi)
        return 0;
    if (lo == hi)
        molt_raise(
            &MoltExc_TypeError, "%s expected %zu argument%s, got %zu", name, lo, lo == 1 ? "" : "s", given);
    else if (given < lo)
        molt_raise(&MoltExc_TypeError, "%s expected at least %zu argument%s, got %zu", name, lo,
            lo == 1 ? "" : "s", given);
    else
        molt_raise(&MoltExc_TypeError, "%s expected at most %zu argument%s, got %zu", name, hi,
            hi == 1 ? "" : "s", given);
    return -1;
}

/* METH_VARARGS with PyArg_ParseTuple: "count() takes at least 1 argument
 * (0 given)", "bytes.find() takes no keyword arguments". */
static int varargs(MoltValue self, const char *name, size_t nargs, size_t lo, size_t hi, MoltValue kwnames)
{
    size_t given = nargs - 1;
    if (molt_kw_count(kwnames)) {
        /* the method descriptor's wording (a call through the type) */
        molt_raise(&MoltExc_TypeError, "%s.%s() takes no keyword arguments", tname(self), name);
        return -1;
    }
    if (given < lo) {
        molt_raise(&MoltExc_TypeError, "%s() takes at least %zu argument%s (%zu given)", name, lo,
            lo == 1 ? "" : "s", given);
        return -1;
    }
    if (given > hi) {
        molt_raise(&MoltExc_TypeError, "%s() takes at most %zu argument%s (%zu given)", name, hi,
            hi == 1 ? "" : "s", given);
        return -1;
    }
    return 0;
}

/* CPython's ADJUST_INDICES. */
static void adjust_indices(int64_t *start, int64_t *end, int64_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

static MoltValue like(MoltValue self, const void *p, size_t n) { return molt_bytes_like(self, p, n); }

static int is_space(unsigned c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static int is_lower(unsigned c) { return c >= 'a' && c <= 'z'; }
static int is_upper(unsigned c) { return c >= 'A' && c <= 'Z'; }
static int is_alpha(unsigned c) { return is_lower(c) || is_upper(c); }
static int is_digit(unsigned c) { return c >= '0' && c <= '9'; }
static int is_alnum(unsigned c) { return is_alpha(c) || is_digit(c); }
static unsigned to_lower(unsigned c) { return is_upper(c) ? c + 32 : c; }
static unsigned to_upper(unsigned c) { return is_lower(c) ? c - 32 : c; }

/* ------------------------------------------------------------------ */
/* searching: count, find, rfind, index, rindex */

/* Position of needle in hay[start:end) searching forwards (dir > 0) or
 * backwards, or -1. Preconditions: indices adjusted. */
static int64_t search(
    const unsigned char *hay, int64_t start, int64_t end, const unsigned char *needle, int64_t m, int dir)
{
    int64_t i;
    if (end - start < m)
        return -1;
    if (m == 0)
        return dir > 0 ? start : end;
    if (dir > 0) {
        for (i = start; i + m <= end; i++)
            if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)m) == 0)
                return i;
    } else {
        for (i = end - m; i >= start; i--)
            if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)m) == 0)
                return i;
    }
    return -1;
}

/* The (sub[, start[, end]]) arguments of the find family: sub is a byte
 * value or a bytes-like. */
typedef struct FindArgs {
    unsigned char byte;
    MoltBuffer sub;
    int64_t start, end;
} FindArgs;

static int find_args(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames, FindArgs *fa)
{
    MoltBuffer self;
    int r;
    if (varargs(args[0], name, nargs, 1, 3, kwnames) < 0)
        return -1;
    self = self_buf(args[0]);
    fa->start = 0;
    fa->end = INT64_MAX;
    if ((nargs > 2 && molt_slice_index(args[2], &fa->start) < 0)
        || (nargs > 3 && molt_slice_index(args[3], &fa->end) < 0))
        return -1;
    if (molt_is_intlike(args[1])) {
        int c;
        if (molt_byte_value(args[1], &c) < 0)
            return -1;
        fa->byte = (unsigned char)c;
        fa->sub.p = &fa->byte;
        fa->sub.n = 1;
    } else {
        r = molt_buffer_get(args[1], &fa->sub);
        if (r <= 0) {
            if (r == 0)
                molt_raise(&MoltExc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                    molt_type_name(args[1]));
            return -1;
        }
    }
    adjust_indices(&fa->start, &fa->end, (int64_t)self.n);
    return 0;
}

static MoltValue find_common(
    const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames, int dir, int raise)
{
    FindArgs fa;
    int64_t i;
    if (find_args(name, args, nargs, kwnames, &fa) < 0)
        return MOLT_NULL;
    i = search(self_buf(args[0]).p, fa.start, fa.end, fa.sub.p, (int64_t)fa.sub.n, dir);
    if (i < 0 && raise)
        return molt_raise(&MoltExc_ValueError, "subsection not found");
    return molt_from_int(i);
}

MoltValue molt_bytes_m_find(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return find_common("find", args, nargs, kwnames, 1, 0);
}

MoltValue molt_bytes_m_rfind(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return find_common("rfind", args, nargs, kwnames, -1, 0);
}

MoltValue molt_bytes_m_index(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return find_common("index", args, nargs, kwnames, 1, 1);
}

MoltValue molt_bytes_m_rindex(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return find_common("rindex", args, nargs, kwnames, -1, 1);
}

/* Non-overlapping occurrences of needle in hay[start:end). */
static int64_t count_in(
    const unsigned char *hay, int64_t start, int64_t end, const unsigned char *needle, int64_t m)
{
    int64_t i, c = 0;
    if (end - start < m)
        return 0;
    if (m == 0)
        return end - start + 1;
    for (i = start; i + m <= end;) {
        if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)m) == 0) {
            c++;
            i += m;
        } else {
            i++;
        }
    }
    return c;
}

MoltValue molt_bytes_m_count(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    FindArgs fa;
    if (find_args("count", args, nargs, kwnames, &fa) < 0)
        return MOLT_NULL;
    return molt_from_int(count_in(self_buf(args[0]).p, fa.start, fa.end, fa.sub.p, (int64_t)fa.sub.n));
}

/* startswith / endswith: (prefix[, start[, end]]), prefix a bytes-like or
 * a tuple of them. */
static MoltValue tailmatch_method(
    const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames, int end)
{
    MoltBuffer self, sub;
    int64_t start = 0, stop = INT64_MAX;
    MoltValue *items;
    size_t n, i;
    if (varargs(args[0], name, nargs, 1, 3, kwnames) < 0)
        return MOLT_NULL;
    self = self_buf(args[0]);
    if ((nargs > 2 && molt_slice_index(args[2], &start) < 0)
        || (nargs > 3 && molt_slice_index(args[3], &stop) < 0))
        return MOLT_NULL;
    if (molt_is_tuple(args[1])) {
        items = molt_tuple_obj(args[1])->items;
        n = molt_tuple_obj(args[1])->n;
    } else {
        int r = molt_buffer_get(args[1], &sub);
        if (r <= 0) {
            if (r == 0)
                molt_raise(&MoltExc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                    molt_type_name(args[1]));
            return MOLT_NULL;
        }
        items = (MoltValue *)&args[1];
        n = 1;
    }
    adjust_indices(&start, &stop, (int64_t)self.n);
    for (i = 0; i < n; i++) {
        int64_t s = start, e = stop;
        if (molt_buffer_need(items[i], &sub) < 0)
            return MOLT_NULL;
        e -= (int64_t)sub.n;
        if (e < s)
            continue;
        if (end)
            s = e;
        if (sub.n == 0 || memcmp(self.p + s, sub.p, sub.n) == 0)
            return MOLT_TRUE;
    }
    return MOLT_FALSE;
}

MoltValue molt_bytes_m_startswith(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return tailmatch_method("startswith", args, nargs, kwnames, 0);
}

MoltValue molt_bytes_m_endswith(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return tailmatch_method("endswith", args, nargs, kwnames, 1);
}

/* ------------------------------------------------------------------ */
/* splitting and joining */

/* (sep=None, maxsplit=-1) of split and rsplit; sep->p NULL for None. */
static int split_args(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames,
    MoltBuffer *sep, int64_t *maxsplit)
{
    static const char *const names[] = { "sep", "maxsplit" };
    MoltValue a[2];
    if (molt_bind_builtin(name, names, 2, 0, 0, args + 1, nargs - 1, kwnames, a) < 0)
        return -1;
    sep->p = NULL;
    sep->n = 0;
    *maxsplit = -1;
    if (a[0] && a[0] != MOLT_NONE) {
        if (molt_buffer_need(a[0], sep) < 0)
            return -1;
        if (sep->n == 0) {
            molt_raise(&MoltExc_ValueError, "empty separator");
            return -1;
        }
    }
    if (a[1] && molt_ssize_arg(a[1], maxsplit) < 0)
        return -1;
    if (*maxsplit < 0)
        *maxsplit = INT64_MAX;
    return 0;
}

MoltValue molt_bytes_m_split(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltBuffer s, sep;
    int64_t maxsplit, i, j, n;
    MoltValue list;
    if (split_args("split", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return MOLT_NULL;
    s = self_buf(args[0]);
    n = (int64_t)s.n;
    list = molt_list_new(0, NULL);
    if (!sep.p) {
        for (i = 0;;) {
            while (i < n && is_space(s.p[i]))
                i++;
            if (i == n)
                break;
            if (maxsplit-- == 0) { /* the rest, trailing whitespace kept */
                molt_list_append(list, like(args[0], s.p + i, (size_t)(n - i)));
                break;
            }
            j = i;
            while (j < n && !is_space(s.p[j]))
                j++;
            molt_list_append(list, like(args[0], s.p + i, (size_t)(j - i)));
            i = j;
        }
        return list;
    }
    for (i = 0; maxsplit > 0; maxsplit--) {
        j = search(s.p, i, n, sep.p, (int64_t)sep.n, 1);
        if (j < 0)
            break;
        molt_list_append(list, like(args[0], s.p + i, (size_t)(j - i)));
        i = j + (int64_t)sep.n;
    }
    molt_list_append(list, like(args[0], s.p + i, (size_t)(n - i)));
    return list;
}

/* A list reversed in place (rsplit collects from the right). */
static MoltValue reverse_list(MoltValue list)
{
    MoltList *l = molt_list_obj(list);
    size_t i;
    for (i = 0; i < l->n / 2; i++) {
        MoltValue t = l->items[i];
        l->items[i] = l->items[l->n - 1 - i];
        l->items[l->n - 1 - i] = t;
    }
    return list;
}

MoltValue molt_bytes_m_rsplit(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltBuffer s, sep;
    int64_t maxsplit, i, j, n;
    MoltValue list;
    if (split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return MOLT_NULL;
    s = self_buf(args[0]);
    n = (int64_t)s.n;
    list = molt_list_new(0, NULL);
    if (!sep.p) {
        /* j is the end of the next token, scanning leftwards */
        for (j = n;;) {
            while (j > 0 && is_space(s.p[j - 1]))
                j--;
            if (j == 0)
                break;
            if (maxsplit-- == 0) { /* the rest, leading whitespace kept */
                molt_list_append(list, like(args[0], s.p, (size_t)j));
                break;
            }
            i = j;
            while (i > 0 && !is_space(s.p[i - 1]))
                i--;
            molt_list_append(list, like(args[0], s.p + i, (size_t)(j - i)));
            j = i;
        }
        return reverse_list(list);
    }
    for (j = n; maxsplit > 0; maxsplit--) {
        i = search(s.p, 0, j, sep.p, (int64_t)sep.n, -1);
        if (i < 0)
            break;
        molt_list_append(list, like(args[0], s.p + i + sep.n, (size_t)(j - i - (int64_t)sep.n)));
        j = i;
    }
    molt_list_append(list, like(args[0], s.p, (size_t)j));
    return reverse_list(list);
}

MoltValue molt_bytes_m_splitlines(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "keepends" };
    MoltValue a[1], list;
    MoltBuffer s;
    int64_t keep = 0;
    size_t i = 0, j, eol;
    if (molt_bind_builtin("splitlines", names, 1, 0, 0, args + 1, nargs - 1, kwnames, a) < 0)
        return MOLT_NULL;
    if (a[0] && molt_ssize_arg(a[0], &keep) < 0)
        return MOLT_NULL;
    s = self_buf(args[0]);
    list = molt_list_new(0, NULL);
    while (i < s.n) {
        for (j = i; j < s.n && s.p[j] != '\n' && s.p[j] != '\r'; j++)
            ;
        eol = j;
        if (j < s.n) {
            if (s.p[j] == '\r' && j + 1 < s.n && s.p[j + 1] == '\n')
                j += 2;
            else
                j++;
            if (keep)
                eol = j;
        }
        molt_list_append(list, like(args[0], s.p + i, eol - i));
        i = j;
    }
    return list;
}

static MoltValue partition(const MoltValue *args, size_t nargs, MoltValue kwnames, const char *name, int dir)
{
    MoltBuffer s, sep;
    int64_t i;
    MoltValue parts[3];
    if (onearg(args[0], name, nargs, kwnames) < 0 || molt_buffer_need(args[1], &sep) < 0)
        return MOLT_NULL;
    if (sep.n == 0)
        return molt_raise(&MoltExc_ValueError, "empty separator");
    s = self_buf(args[0]);
    i = search(s.p, 0, (int64_t)s.n, sep.p, (int64_t)sep.n, dir);
    if (i < 0) {
        MoltValue empty = like(args[0], NULL, 0);
        if (dir > 0) {
            parts[0] = like(args[0], s.p, s.n);
            parts[1] = empty;
            parts[2] = molt_is_bytes(args[0]) ? empty : like(args[0], NULL, 0);
        } else {
            parts[0] = empty;
            parts[1] = molt_is_bytes(args[0]) ? empty : like(args[0], NULL, 0);
            parts[2] = like(args[0], s.p, s.n);
        }
    } else {
        parts[0] = like(args[0], s.p, (size_t)i);
        /* bytes hands back the separator object itself, as CPython */
        parts[1] = molt_is_bytes(args[0]) ? args[1] : like(args[0], sep.p, sep.n);
        parts[2] = like(args[0], s.p + i + sep.n, s.n - (size_t)i - sep.n);
    }
    return molt_tuple_new(3, parts);
}

MoltValue molt_bytes_m_partition(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return partition(args, nargs, kwnames, "partition", 1);
}

MoltValue molt_bytes_m_rpartition(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return partition(args, nargs, kwnames, "rpartition", -1);
}

MoltValue molt_bytes_m_join(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltBuffer sep, item;
    MoltValue *items;
    int64_t n, i;
    MoltStrBuf sb;
    if (onearg(args[0], "join", nargs, kwnames) < 0)
        return MOLT_NULL;
    if (!molt_is_iterable(args[1]))
        return molt_raise(&MoltExc_TypeError, "can only join an iterable");
    n = molt_collect(args[1], &items);
    if (n < 0)
        return MOLT_NULL;
    molt_sb_init(&sb);
    for (i = 0; i < n; i++) {
        int r = molt_buffer_get(items[i], &item);
        if (r <= 0) {
            if (r == 0)
                molt_raise(&MoltExc_TypeError, "sequence item %lld: expected a bytes-like object, %s found",
                    (long long)i, molt_type_name(items[i]));
            return MOLT_NULL;
        }
        if (i) {
            sep = self_buf(args[0]);
            molt_sb_append(&sb, (const char *)sep.p, sep.n);
        }
        molt_sb_append(&sb, (const char *)item.p, item.n);
    }
    return like(args[0], sb.buf, sb.len);
}

/* ------------------------------------------------------------------ */
/* replace, strip, removeprefix/suffix */

MoltValue molt_bytes_m_replace(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltBuffer s, old, new;
    int64_t count = -1, i, j, n;
    MoltStrBuf sb;
    if (posargs(args[0], "replace", nargs, 2, 3, kwnames) < 0 || molt_buffer_need(args[1], &old) < 0
        || molt_buffer_need(args[2], &new) < 0 || (nargs > 3 && molt_ssize_arg(args[3], &count) < 0))
        return MOLT_NULL;
    if (count < 0)
        count = INT64_MAX;
    s = self_buf(args[0]);
    n = (int64_t)s.n;
    molt_sb_init(&sb);
    if (old.n == 0) {
        /* new before every byte and at the end, count times at most */
        for (i = 0; i <= n; i++) {
            if (count > 0) {
                molt_sb_append(&sb, (const char *)new.p, new.n);
                count--;
            }
            if (i < n)
                molt_sb_putc(&sb, (char)s.p[i]);
        }
        return like(args[0], sb.buf, sb.len);
    }
    for (i = 0; count > 0; count--) {
        j = search(s.p, i, n, old.p, (int64_t)old.n, 1);
        if (j < 0)
            break;
        molt_sb_append(&sb, (const char *)s.p + i, (size_t)(j - i));
        molt_sb_append(&sb, (const char *)new.p, new.n);
        i = j + (int64_t)old.n;
    }
    molt_sb_append(&sb, (const char *)s.p + i, (size_t)(n - i));
    return like(args[0], sb.buf, sb.len);
}

/* strip (both), lstrip (left) and rstrip (right) with optional chars. */
static MoltValue strip(
    const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames, int left, int right)
{
    MoltBuffer s, chars;
    size_t i = 0, j;
    int have = 0;
    if (posargs(args[0], name, nargs, 0, 1, kwnames) < 0)
        return MOLT_NULL;
    if (nargs > 1 && args[1] != MOLT_NONE) {
        if (molt_buffer_need(args[1], &chars) < 0)
            return MOLT_NULL;
        have = 1;
    }
    s = self_buf(args[0]);
    j = s.n;
#define STRIPPED(c) (have ? chars.n && memchr(chars.p, (c), chars.n) != NULL : is_space(c))
    if (left)
        while (i < j && STRIPPED(s.p[i]))
            i++;
    if (right)
        while (j > i && STRIPPED(s.p[j - 1]))
            j--;
#undef STRIPPED
    if (i == 0 && j == s.n && molt_is_bytes(args[0]))
        return args[0];
    return like(args[0], s.p + i, j - i);
}

MoltValue molt_bytes_m_strip(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return strip("strip", args, nargs, kwnames, 1, 1);
}

MoltValue molt_bytes_m_lstrip(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return strip("lstrip", args, nargs, kwnames, 1, 0);
}

MoltValue molt_bytes_m_rstrip(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return strip("rstrip", args, nargs, kwnames, 0, 1);
}

static MoltValue remove_affix(
    const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames, int suffix)
{
    MoltBuffer s, a;
    if (onearg(args[0], name, nargs, kwnames) < 0 || molt_buffer_need(args[1], &a) < 0)
        return MOLT_NULL;
    s = self_buf(args[0]);
    if (a.n && a.n <= s.n && memcmp(suffix ? s.p + s.n - a.n : s.p, a.p, a.n) == 0)
        return like(args[0], suffix ? s.p : s.p + a.n, s.n - a.n);
    if (molt_is_bytes(args[0]))
        return args[0];
    return like(args[0], s.p, s.n);
}

MoltValue molt_bytes_m_removeprefix(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return remove_affix("removeprefix", args, nargs, kwnames, 0);
}

MoltValue molt_bytes_m_removesuffix(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return remove_affix("removesuffix", args, nargs, kwnames, 1);
}

/* ------------------------------------------------------------------ */
/* padding: center, ljust, rjust, zfill, expandtabs */

/* self padded to width with left bytes of fill before it and the rest
 * after. */
static MoltValue pad(MoltValue self, int64_t width, int64_t left, unsigned char fill)
{
    MoltBuffer s = self_buf(self);
    MoltStrBuf sb;
    int64_t i, right;
    if (width <= (int64_t)s.n)
        return molt_is_bytes(self) ? self : like(self, s.p, s.n);
    if ((uint64_t)width > MOLT_MAX_ALLOC)
        return molt_raise_args(&MoltExc_MemoryError, NULL, 0);
    right = width - (int64_t)s.n - left;
    molt_sb_init(&sb);
    for (i = 0; i < left; i++)
        molt_sb_putc(&sb, (char)fill);
    molt_sb_append(&sb, (const char *)s.p, s.n);
    for (i = 0; i < right; i++)
        molt_sb_putc(&sb, (char)fill);
    return like(self, sb.buf, sb.len);
}

/* (width[, fillchar]) of center/ljust/rjust. */
static int pad_args(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames, int64_t *width,
    unsigned char *fill)
{
    MoltBuffer f;
    if (posargs(args[0], name, nargs, 1, 2, kwnames) < 0 || molt_ssize_arg(args[1], width) < 0)
        return -1;
    *fill = ' ';
    if (nargs > 2) {
        if (!(molt_isinstance(args[2], &MoltBytes_Type) || molt_isinstance(args[2], &MoltByteArray_Type))
            || (molt_buffer_get(args[2], &f), f.n != 1)) {
            molt_raise(&MoltExc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                molt_type_name(args[2]));
            return -1;
        }
        *fill = f.p[0];
    }
    return 0;
}

MoltValue molt_bytes_m_center(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    int64_t width, marg, left;
    unsigned char fill;
    if (pad_args("center", args, nargs, kwnames, &width, &fill) < 0)
        return MOLT_NULL;
    marg = width - (int64_t)self_buf(args[0]).n;
    left = marg / 2 + (marg & width & 1);
    return pad(args[0], width, marg > 0 ? left : 0, fill);
}

MoltValue molt_bytes_m_ljust(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    int64_t width;
    unsigned char fill;
    if (pad_args("ljust", args, nargs, kwnames, &width, &fill) < 0)
        return MOLT_NULL;
    return pad(args[0], width, 0, fill);
}

MoltValue molt_bytes_m_rjust(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    int64_t width;
    unsigned char fill;
    if (pad_args("rjust", args, nargs, kwnames, &width, &fill) < 0)
        return MOLT_NULL;
    return pad(args[0], width, width - (int64_t)self_buf(args[0]).n, fill);
}

MoltValue molt_bytes_m_zfill(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    int64_t width, fill;
    MoltValue r;
    MoltBuffer s;
    unsigned char *p;
    if (onearg(args[0], "zfill", nargs, kwnames) < 0 || molt_ssize_arg(args[1], &width) < 0)
        return MOLT_NULL;
    s = self_buf(args[0]);
    fill = width - (int64_t)s.n;
    r = pad(args[0], width, fill > 0 ? fill : 0, '0');
    if (!r || fill <= 0)
        return r;
    p = molt_is_bytes(r) ? molt_bytes_obj(r)->data : molt_bytearray_obj(r)->data;
    if (p[fill] == '+' || p[fill] == '-') {
        p[0] = p[fill];
        p[fill] = '0';
    }
    return r;
}

MoltValue molt_bytes_m_expandtabs(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "tabsize" };
    MoltValue a[1];
    MoltBuffer s;
    int64_t tabsize = 8, col = 0, k;
    MoltStrBuf sb;
    size_t i;
    if (molt_bind_builtin("expandtabs", names, 1, 0, 0, args + 1, nargs - 1, kwnames, a) < 0)
        return MOLT_NULL;
    if (a[0] && molt_ssize_arg(a[0], &tabsize) < 0)
        return MOLT_NULL;
    s = self_buf(args[0]);
    molt_sb_init(&sb);
    for (i = 0; i < s.n; i++) {
        unsigned char c = s.p[i];
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - col % tabsize;
                if ((uint64_t)(sb.len + incr) > MOLT_MAX_ALLOC)
                    return molt_raise(&MoltExc_OverflowError, "result too long");
                col += incr;
                for (k = 0; k < incr; k++)
                    molt_sb_putc(&sb, ' ');
            }
        } else {
            col++;
            molt_sb_putc(&sb, (char)c);
            if (c == '\n' || c == '\r')
                col = 0;
        }
    }
    return like(args[0], sb.buf, sb.len);
}

/* ------------------------------------------------------------------ */
/* ASCII case methods and predicates */

enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE };

static MoltValue change_case(
    const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames, int how)
{
    MoltBuffer s;
    MoltStrBuf sb;
    size_t i;
    int prev_cased = 0;
    if (noargs(args[0], name, nargs, kwnames) < 0)
        return MOLT_NULL;
    s = self_buf(args[0]);
    molt_sb_init(&sb);
    for (i = 0; i < s.n; i++) {
        unsigned c = s.p[i];
        switch (how) {
        case CASE_LOWER:
            c = to_lower(c);
            break;
        case CASE_UPPER:
            c = to_upper(c);
            break;
        case CASE_SWAP:
            c = is_upper(c) ? to_lower(c) : to_upper(c);
            break;
        case CASE_CAPITALIZE:
            c = i == 0 ? to_upper(c) : to_lower(c);
            break;
        default:
            if (is_lower(c)) {
                if (!prev_cased)
                    c = to_upper(c);
                prev_cased = 1;
            } else if (is_upper(c)) {
                if (prev_cased)
                    c = to_lower(c);
                prev_cased = 1;
            } else {
                prev_cased = 0;
            }
        }
        molt_sb_putc(&sb, (char)c);
    }
    return like(args[0], sb.buf, sb.len);
}

MoltValue molt_bytes_m_lower(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return change_case("lower", args, nargs, kwnames, CASE_LOWER);
}

MoltValue molt_bytes_m_upper(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return change_case("upper", args, nargs, kwnames, CASE_UPPER);
}

MoltValue molt_bytes_m_swapcase(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return change_case("swapcase", args, nargs, kwnames, CASE_SWAP);
}

MoltValue molt_bytes_m_capitalize(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return change_case("capitalize", args, nargs, kwnames, CASE_CAPITALIZE);
}

MoltValue molt_bytes_m_title(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return change_case("title", args, nargs, kwnames, CASE_TITLE);
}

/* True when s is non-empty and every byte satisfies pred. */
static MoltValue all_bytes(
    const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames, int (*pred)(unsigned))
{
    MoltBuffer s;
    size_t i;
    if (noargs(args[0], name, nargs, kwnames) < 0)
        return MOLT_NULL;
    s = self_buf(args[0]);
    if (s.n == 0)
        return MOLT_FALSE;
    for (i = 0; i < s.n; i++)
        if (!pred(s.p[i]))
            return MOLT_FALSE;
    return MOLT_TRUE;
}

MoltValue molt_bytes_m_isalnum(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return all_bytes("isalnum", args, nargs, kwnames, is_alnum);
}

MoltValue molt_bytes_m_isalpha(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return all_bytes("isalpha", args, nargs, kwnames, is_alpha);
}

MoltValue molt_bytes_m_isdigit(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return all_bytes("isdigit", args, nargs, kwnames, is_digit);
}

MoltValue molt_bytes_m_isspace(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return all_bytes("isspace", args, nargs, kwnames, is_space);
}

MoltValue molt_bytes_m_isascii(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltBuffer s;
    size_t i;
    if (noargs(args[0], "isascii", nargs, kwnames) < 0)
        return MOLT_NULL;
    s = self_buf(args[0]);
    for (i = 0; i < s.n; i++)
        if (s.p[i] >= 0x80)
            return MOLT_FALSE;
    return MOLT_TRUE;
}

/* islower (want_lower) / isupper: some cased byte, none of the other
 * case. */
static MoltValue cased(
    const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames, int want_lower)
{
    MoltBuffer s;
    size_t i;
    int any = 0;
    if (noargs(args[0], name, nargs, kwnames) < 0)
        return MOLT_NULL;
    s = self_buf(args[0]);
    for (i = 0; i < s.n; i++) {
        if (want_lower ? is_upper(s.p[i]) : is_lower(s.p[i]))
            return MOLT_FALSE;
        any |= want_lower ? is_lower(s.p[i]) : is_upper(s.p[i]);
    }
    return molt_bool(any);
}

MoltValue molt_bytes_m_islower(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return cased("islower", args, nargs, kwnames, 1);
}

MoltValue molt_bytes_m_isupper(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return cased("isupper", args, nargs, kwnames, 0);
}

MoltValue molt_bytes_m_istitle(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltBuffer s;
    size_t i;
    int any = 0, prev = 0;
    if (noargs(args[0], "istitle", nargs, kwnames) < 0)
        return MOLT_NULL;
    s = self_buf(args[0]);
    for (i = 0; i < s.n; i++) {
        unsigned c = s.p[i];
        if (is_upper(c)) {
            if (prev)
                return MOLT_FALSE;
            prev = any = 1;
        } else if (is_lower(c)) {
            if (!prev)
                return MOLT_FALSE;
            prev = any = 1;
        } else {
            prev = 0;
        }
    }
    return molt_bool(any);
}

/* ------------------------------------------------------------------ */
/* hex, fromhex, translate, maketrans, decode */

/* As CPython's _Py_strhex_impl. */
MoltValue molt_bytes_hex_buf(const unsigned char *p, size_t n, int sep, int64_t per_sep)
{
    static const char digits[] = "0123456789abcdef";
    uint64_t k = per_sep < 0 ? (uint64_t)-per_sep : (uint64_t)per_sep;
    MoltStrBuf sb;
    size_t i;
    molt_sb_init(&sb);
    for (i = 0; i < n; i++) {
        molt_sb_putc(&sb, digits[p[i] >> 4]);
        molt_sb_putc(&sb, digits[p[i] & 15]);
        if (sep >= 0 && k && i + 1 < n && (per_sep < 0 ? (i + 1) % k : (n - 1 - i) % k) == 0)
            molt_sb_putc(&sb, (char)sep);
    }
    return molt_sb_finish(&sb);
}

int molt_bytes_hex_args(const MoltValue *a, int *sep, int64_t *per_sep)
{
    *sep = -1;
    *per_sep = 1;
    if (a[0]) {
        MoltBuffer b;
        if (molt_is_str(a[0])) {
            MoltStr *s = molt_str_obj(a[0]);
            if (s->nchars != 1) {
                molt_raise(&MoltExc_ValueError, "sep must be length 1.");
                return -1;
            }
            if ((unsigned char)s->data[0] >= 0x80) {
                molt_raise(&MoltExc_ValueError, "sep must be ASCII.");
                return -1;
            }
            *sep = s->data[0];
        } else if (molt_buffer_get(a[0], &b) > 0) {
            if (b.n != 1) {
                molt_raise(&MoltExc_ValueError, "sep must be length 1.");
                return -1;
            }
            if (b.p[0] >= 0x80) {
                molt_raise(&MoltExc_ValueError, "sep must be ASCII.");
                return -1;
            }
            *sep = b.p[0];
        } else {
            molt_raise(&MoltExc_TypeError, "object of type '%s' has no len()", molt_type_name(a[0]));
            return -1;
        }
    }
    if (a[1]) {
        if (!molt_is_intlike(a[1])) {
            molt_raise(
                &MoltExc_TypeError, "'%s' object cannot be interpreted as an integer", molt_type_name(a[1]));
            return -1;
        }
        if (molt_int_as_i64(molt_int_unbool(a[1]), per_sep) < 0 || *per_sep > INT32_MAX
            || *per_sep < INT32_MIN) {
            molt_raise(&MoltExc_OverflowError, "Python int too large to convert to C int");
            return -1;
        }
    }
    return 0;
}

MoltValue molt_bytes_m_hex(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "sep", "bytes_per_sep" };
    MoltValue a[2];
    MoltBuffer s;
    int sep;
    int64_t per_sep;
    if (molt_bind_builtin("hex", names, 2, 0, 0, args + 1, nargs - 1, kwnames, a) < 0
        || molt_bytes_hex_args(a, &sep, &per_sep) < 0)
        return MOLT_NULL;
    s = self_buf(args[0]);
    return molt_bytes_hex_buf(s.p, s.n, sep, per_sep);
}

static int hexval(unsigned c)
{
    if (c >= '0' && c <= '9')
        return (int)c - '0';
    if (c >= 'a' && c <= 'f')
        return (int)c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return (int)c - 'A' + 10;
    return -1;
}

/* Code points of UTF-8 text s before byte offset i. */
static size_t cp_index(const char *s, size_t i)
{
    size_t k, n = 0;
    for (k = 0; k < i; k++)
        n += ((unsigned char)s[k] & 0xC0) != 0x80;
    return n;
}

/* bytes.fromhex(string) / bytearray.fromhex: args[0] is the class. */
MoltValue molt_bytes_m_fromhex(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    const char *cls = args[0] == molt_from_ptr(&MoltByteArray_Type) ? "bytearray" : "bytes";
    MoltStr *s;
    MoltStrBuf sb;
    size_t i = 0;
    if (molt_kw_count(kwnames))
        return molt_raise(&MoltExc_TypeError, "%s.fromhex() takes no keyword arguments", cls);
    if (nargs != 2)
        return molt_raise(
            &MoltExc_TypeError, "%s.fromhex() takes exactly one argument (%zu given)", cls, nargs - 1);
    if (!molt_is_str(args[1]))
        return molt_raise(
            &MoltExc_TypeError, "fromhex() argument must be str, not %s", molt_type_name(args[1]));
    s = molt_str_obj(args[1]);
    molt_sb_init(&sb);
    for (;;) {
        int hi, lo;
        while (i < s->len && is_space((unsigned char)s->data[i]))
            i++;
        if (i >= s->len)
            break;
        hi = hexval((unsigned char)s->data[i]);
        if (hi < 0)
            goto bad;
        i++;
        lo = i < s->len ? hexval((unsigned char)s->data[i]) : -1;
        if (lo < 0)
            goto bad;
        i++;
        molt_sb_putc(&sb, (char)(hi * 16 + lo));
    }
    if (args[0] == molt_from_ptr(&MoltByteArray_Type))
        return molt_bytearray_new(sb.buf, sb.len);
    return molt_bytes_new(sb.buf, sb.len);
bad:
    return molt_raise(&MoltExc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
        cp_index(s->data, i));
}

MoltValue molt_bytes_m_translate(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "table", "delete" };
    MoltValue a[2];
    MoltBuffer s, table, del;
    MoltStrBuf sb;
    int have_table = 0;
    unsigned char gone[256];
    size_t i;
    if (nargs < 2)
        return molt_raise(&MoltExc_TypeError, "translate() takes at least 1 positional argument (0 given)");
    if (molt_bind_builtin("translate", names, 2, 1, 1, args + 1, nargs - 1, kwnames, a) < 0)
        return MOLT_NULL;
    if (a[0] != MOLT_NONE) {
        if (molt_buffer_need(a[0], &table) < 0)
            return MOLT_NULL;
        if (table.n != 256)
            return molt_raise(&MoltExc_ValueError, "translation table must be 256 characters long");
        have_table = 1;
    }
    memset(gone, 0, sizeof gone);
    if (a[1]) {
        if (molt_buffer_need(a[1], &del) < 0)
            return MOLT_NULL;
        for (i = 0; i < del.n; i++)
            gone[del.p[i]] = 1;
    }
    s = self_buf(args[0]);
    molt_sb_init(&sb);
    for (i = 0; i < s.n; i++)
        if (!gone[s.p[i]])
            molt_sb_putc(&sb, (char)(have_table ? table.p[s.p[i]] : s.p[i]));
    return like(args[0], sb.buf, sb.len);
}

/* bytes.maketrans(frm, to): a static method (args[0] is the class). */
MoltValue molt_bytes_m_maketrans(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltBuffer frm, to;
    unsigned char table[256];
    size_t i;
    if (molt_kw_count(kwnames))
        return molt_raise(&MoltExc_TypeError, "%s.maketrans() takes no keyword arguments",
            args[0] == molt_from_ptr(&MoltByteArray_Type) ? "bytearray" : "bytes");
    if (nargs != 3)
        return molt_raise(&MoltExc_TypeError, "maketrans expected 2 arguments, got %zu", nargs - 1);
    if (molt_buffer_need(args[1], &frm) < 0 || molt_buffer_need(args[2], &to) < 0)
        return MOLT_NULL;
    if (frm.n != to.n)
        return molt_raise(&MoltExc_ValueError, "maketrans arguments must have same length");
    for (i = 0; i < 256; i++)
        table[i] = (unsigned char)i;
    for (i = 0; i < frm.n; i++)
        table[frm.p[i]] = to.p[i];
    return molt_bytes_new(table, 256);
}

MoltValue molt_bytes_m_decode(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "encoding", "errors" };
    MoltValue a[2];
    MoltBuffer s;
    if (molt_bind_builtin("decode", names, 2, 0, 0, args + 1, nargs - 1, kwnames, a) < 0)
        return MOLT_NULL;
    if (a[0] && !molt_is_str(a[0]))
        return molt_raise(
            &MoltExc_TypeError, "decode() argument 'encoding' must be str, not %s", molt_type_name(a[0]));
    if (a[1] && !molt_is_str(a[1]))
        return molt_raise(
            &MoltExc_TypeError, "decode() argument 'errors' must be str, not %s", molt_type_name(a[1]));
    s = self_buf(args[0]);
    return molt_codec_decode(s.p, s.n, a[0] ? molt_str_cstr(a[0]) : NULL, a[1] ? molt_str_cstr(a[1]) : NULL);
}
