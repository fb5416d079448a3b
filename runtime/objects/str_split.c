/* str splitting and joining: split, rsplit, splitlines, partition,
 * rpartition and join, with stringlib's algorithms (split.h, partition.h,
 * join.h) so that maxsplit, empty pieces and the identity of the result
 * (a str returned as is when nothing splits) match CPython. */
#include <string.h>

#include "internal/builtins.h"
#include "internal/exceptions.h"
#include "internal/list.h"
#include "internal/str_methods.h"
#include "internal/tuple.h"

/* Whitespace test of the code point at byte i (ASCII inline). */
static int space_at(const unsigned char *p, size_t i)
{
    unsigned c = p[i];
    if (c < 0x80)
        return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    return molt_uni_isspace(molt_utf8_decode(p, &i));
}

/* Byte length of the code point starting at p[i]. */
static size_t cp_len(const unsigned char *p, size_t i)
{
    unsigned c = p[i];
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Start of the code point that ends just before byte i. */
static size_t cp_back(const unsigned char *p, size_t i)
{
    do
        i--;
    while ((p[i] & 0xC0) == 0x80);
    return i;
}

static void add(MoltValue list, MoltValue self, size_t a, size_t b)
{
    molt_list_append(list, molt_str_sub(self, a, b));
}

/* split(sep=None, maxsplit=-1) / rsplit(...): the bound arguments. */
static int split_args(
    const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames, MoltStr **sep, int64_t *max)
{
    static const char *const names[] = { "sep", "maxsplit" };
    MoltValue a[2];
    if (molt_bind_builtin(name, names, 2, 0, 0, args + 1, nargs - 1, kwnames, a) < 0)
        return -1;
    *sep = NULL;
    *max = -1;
    if (a[0] && a[0] != MOLT_NONE) {
        if (!molt_is_str(a[0])) {
            molt_raise(&MoltExc_TypeError, "must be str or None, not %s", molt_type_name(a[0]));
            return -1;
        }
        *sep = molt_str_obj(a[0]);
    }
    if (a[1] && molt_str_ssize_arg(a[1], max) < 0)
        return -1;
    if (*max < 0)
        *max = INT64_MAX;
    if (*sep && (*sep)->len == 0) {
        molt_raise(&MoltExc_ValueError, "empty separator");
        return -1;
    }
    return 0;
}

MoltValue molt_str_m_split(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue self = args[0], list;
    MoltStr *s = molt_str_obj(self), *sep;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t n = s->len, i = 0, j;
    int64_t max;
    if (split_args("split", args, nargs, kwnames, &sep, &max) < 0)
        return MOLT_NULL;
    list = molt_list_new(0, NULL);
    if (!sep) {
        while (max-- > 0) {
            while (i < n && space_at(p, i))
                i += cp_len(p, i);
            if (i == n)
                return list;
            j = i;
            i += cp_len(p, i);
            while (i < n && !space_at(p, i))
                i += cp_len(p, i);
            add(list, self, j, i);
        }
        while (i < n && space_at(p, i))
            i += cp_len(p, i);
        if (i < n)
            add(list, self, i, n);
        return list;
    }
    while (max-- > 0) {
        int64_t r = molt_str_search(s->data + i, n - i, sep->data, sep->len);
        if (r < 0)
            break;
        add(list, self, i, i + (size_t)r);
        i += (size_t)r + sep->len;
    }
    add(list, self, i, n);
    return list;
}

static void reverse(MoltValue list)
{
    MoltList *l = molt_list_obj(list);
    size_t a, b;
    for (a = 0, b = l->n; a + 1 < b; a++, b--) {
        MoltValue t = l->items[a];
        l->items[a] = l->items[b - 1];
        l->items[b - 1] = t;
    }
}

MoltValue molt_str_m_rsplit(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue self = args[0], list;
    MoltStr *s = molt_str_obj(self), *sep;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t i = s->len, j;
    int64_t max;
    if (split_args("rsplit", args, nargs, kwnames, &sep, &max) < 0)
        return MOLT_NULL;
    list = molt_list_new(0, NULL);
    if (!sep) {
        /* i is the end of the unscanned part */
        while (max-- > 0) {
            while (i > 0 && space_at(p, cp_back(p, i)))
                i = cp_back(p, i);
            if (i == 0)
                break;
            j = i;
            i = cp_back(p, i);
            while (i > 0 && !space_at(p, cp_back(p, i)))
                i = cp_back(p, i);
            add(list, self, i, j);
        }
        while (i > 0 && space_at(p, cp_back(p, i)))
            i = cp_back(p, i);
        if (i > 0)
            add(list, self, 0, i);
    } else {
        while (max-- > 0) {
            int64_t r = molt_str_rsearch(s->data, i, sep->data, sep->len);
            if (r < 0)
                break;
            add(list, self, (size_t)r + sep->len, i);
            i = (size_t)r;
        }
        add(list, self, 0, i);
    }
    reverse(list);
    return list;
}

/* Line boundary of the code point at byte i: its byte length, or 0. */
static size_t linebreak_at(const unsigned char *p, size_t i)
{
    unsigned c = p[i];
    size_t j = i;
    if (c < 0x80)
        return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E);
    return molt_uni_islinebreak(molt_utf8_decode(p, &j)) ? j - i : 0;
}

/* splitlines(keepends=False) */
MoltValue molt_str_m_splitlines(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "keepends" };
    MoltValue a[1], self = args[0], list;
    MoltStr *s = molt_str_obj(self);
    const unsigned char *p = (const unsigned char *)s->data;
    size_t n = s->len, i = 0, j = 0, eol;
    int64_t keep = 0;
    if (molt_bind_builtin("splitlines", names, 1, 0, 0, args + 1, nargs - 1, kwnames, a) < 0)
        return MOLT_NULL;
    if (a[0] && molt_str_ssize_arg(a[0], &keep) < 0)
        return MOLT_NULL;
    list = molt_list_new(0, NULL);
    while (i < n) {
        size_t k = 0;
        while (i < n && !(k = linebreak_at(p, i)))
            i += cp_len(p, i);
        eol = i;
        if (i < n) {
            if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n')
                i += 2;
            else
                i += k;
            if (keep)
                eol = i;
        }
        add(list, self, j, eol);
        j = i;
    }
    return list;
}

static MoltValue partition(
    const char *name, int reverse_, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue self = args[0], empty, items[3];
    MoltStr *s = molt_str_obj(self), *sep;
    int64_t r;
    if (molt_str_args_one(name, nargs, kwnames) < 0 || molt_str_check(args[1]) < 0)
        return MOLT_NULL;
    sep = molt_str_obj(args[1]);
    if (sep->len == 0)
        return molt_raise(&MoltExc_ValueError, "empty separator");
    r = reverse_ ? molt_str_rsearch(s->data, s->len, sep->data, sep->len)
                 : molt_str_search(s->data, s->len, sep->data, sep->len);
    empty = molt_str_new_n("", 0, 0);
    if (r < 0) {
        items[0] = reverse_ ? empty : molt_str_sub(self, 0, s->len);
        items[1] = empty;
        items[2] = reverse_ ? molt_str_sub(self, 0, s->len) : empty;
    } else {
        items[0] = molt_str_sub(self, 0, (size_t)r);
        items[1] = args[1];
        items[2] = molt_str_sub(self, (size_t)r + sep->len, s->len);
    }
    return molt_tuple_new(3, items);
}

MoltValue molt_str_m_partition(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return partition("partition", 0, args, nargs, kwnames);
}

MoltValue molt_str_m_rpartition(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return partition("rpartition", 1, args, nargs, kwnames);
}

/* sep.join(iterable): lists and tuples are read in place, anything else is
 * made a list first; the result is sized before it is written. */
MoltValue molt_str_m_join(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *sep = molt_str_obj(args[0]), *r;
    MoltValue seq;
    const MoltValue *items;
    size_t n, i, len, nchars;
    char *out;
    if (molt_str_args_one("join", nargs, kwnames) < 0)
        return MOLT_NULL;
    seq = args[1];
    if (!molt_is_list(seq) && !molt_is_tuple(seq)) {
        MoltValue it = molt_iter(seq);
        if (!it) {
            if (molt_err_occurred_is(&MoltExc_TypeError))
                molt_raise(&MoltExc_TypeError, "can only join an iterable");
            return MOLT_NULL;
        }
        seq = molt_list_from_iterable(it);
        if (!seq)
            return MOLT_NULL;
    }
    if (molt_is_list(seq)) {
        items = molt_list_obj(seq)->items;
        n = molt_list_obj(seq)->n;
    } else {
        n = molt_tuple_len(seq);
        items = molt_tuple_obj(seq)->items;
    }
    if (n == 0)
        return molt_str_new_n("", 0, 0);
    if (n == 1 && molt_is_str(items[0]))
        return items[0];
    len = sep->len * (n - 1);
    nchars = sep->nchars * (n - 1);
    for (i = 0; i < n; i++) {
        if (!molt_is_str(items[i]))
            return molt_raise(&MoltExc_TypeError, "sequence item %zu: expected str instance, %s found", i,
                molt_type_name(items[i]));
        len += molt_str_obj(items[i])->len;
        nchars += molt_str_obj(items[i])->nchars;
    }
    r = molt_str_alloc(len);
    out = r->data;
    for (i = 0; i < n; i++) {
        MoltStr *x = molt_str_obj(items[i]);
        if (i && sep->len) {
            memcpy(out, sep->data, sep->len);
            out += sep->len;
        }
        memcpy(out, x->data, x->len);
        out += x->len;
    }
    r->nchars = nchars;
    return molt_from_ptr(r);
}
