/* str splitting and joining: split, rsplit, splitlines, partition,
 * rpartition and join, with stringlib's algorithms (split.h, partition.h,
 * join.h) so that maxsplit, empty pieces and the identity of the result
 * (a str returned as is when nothing splits) match CPython. */
#include <string.h>

#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/exceptions.h"
#include "internal/list.h"
#include "internal/str_methods.h"
#include "internal/tuple.h"

/* ASCII whitespace: \t \n \v \f \r \x1c-\x1f and space. */
static const unsigned char ascii_space[128] = {
    [0x09] = 1,
    [0x0A] = 1,
    [0x0B] = 1,
    [0x0C] = 1,
    [0x0D] = 1,
    [0x1C] = 1,
    [0x1D] = 1,
    [0x1E] = 1,
    [0x1F] = 1,
    [' '] = 1,
};

/* Whitespace test of the code point at byte i (ASCII inline). */
static inline int space_at(const unsigned char *p, size_t i)
{
    unsigned c = p[i];
    if (c < 0x80)
        return ascii_space[c];
    return molt_uni_isspace(molt_utf8_decode(p, &i));
}

/* Byte length of the code point starting at p[i]. */
static inline size_t cp_len(const unsigned char *p, size_t i)
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

/* The pieces of a split. Each split runs twice: first counting the
 * pieces (items NULL), then storing them into a list allocated at its
 * final size, so that splitting a large text allocates no intermediate
 * arrays (every one of which the collector would have to scan). rsplit
 * stores from the end. */
typedef struct Pieces {
    MoltValue self;
    MoltValue *items; /* NULL while counting */
    size_t n; /* pieces so far */
    size_t total; /* pieces in all (rsplit's second pass) */
    int backwards;
} Pieces;

static inline void add(Pieces *ps, size_t a, size_t b)
{
    if (ps->items)
        ps->items[ps->backwards ? ps->total - 1 - ps->n : ps->n] = molt_str_sub(ps->self, a, b);
    ps->n++;
}

/* Run fn twice as above and return the list. */
static MoltValue run_split(MoltValue self, int backwards, void (*fn)(Pieces *, void *), void *arg)
{
    Pieces ps = { self, NULL, 0, 0, backwards };
    MoltValue list;
    fn(&ps, arg);
    list = molt_list_new_unfilled(ps.n);
    ps.total = ps.n;
    ps.n = 0;
    ps.items = molt_list_obj(list)->items;
    fn(&ps, arg);
    return list;
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
    if (a[1] && molt_ssize_arg(a[1], max) < 0)
        return -1;
    if (*max < 0)
        *max = INT64_MAX;
    if (*sep && (*sep)->len == 0) {
        molt_raise(&MoltExc_ValueError, "empty separator");
        return -1;
    }
    return 0;
}

/* What a split worker needs besides the pieces. */
typedef struct SplitArgs {
    MoltStr *s, *sep; /* sep NULL: whitespace */
    int64_t max; /* maxsplit, INT64_MAX for no limit */
    int keepends; /* splitlines */
} SplitArgs;

static void split_worker(Pieces *ps, void *arg)
{
    SplitArgs *a = arg;
    const unsigned char *p = (const unsigned char *)a->s->data;
    size_t n = a->s->len, i = 0, j;
    int64_t max = a->max;
    if (!a->sep && a->s->nchars == n) {
        /* ASCII text: one byte per code point */
        while (max-- > 0) {
            while (i < n && ascii_space[p[i]])
                i++;
            if (i == n)
                return;
            j = i++;
            while (i < n && !ascii_space[p[i]])
                i++;
            add(ps, j, i);
        }
        while (i < n && ascii_space[p[i]])
            i++;
        if (i < n)
            add(ps, i, n);
        return;
    }
    if (!a->sep) {
        while (max-- > 0) {
            while (i < n && space_at(p, i))
                i += cp_len(p, i);
            if (i == n)
                return;
            j = i;
            i += cp_len(p, i);
            while (i < n && !space_at(p, i))
                i += cp_len(p, i);
            add(ps, j, i);
        }
        while (i < n && space_at(p, i))
            i += cp_len(p, i);
        if (i < n)
            add(ps, i, n);
        return;
    }
    while (max-- > 0) {
        int64_t r = molt_str_search(a->s->data + i, n - i, a->sep->data, a->sep->len);
        if (r < 0)
            break;
        add(ps, i, i + (size_t)r);
        i += (size_t)r + a->sep->len;
    }
    add(ps, i, n);
}

MoltValue molt_str_m_split(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    SplitArgs a = { molt_str_obj(args[0]), NULL, 0, 0 };
    if (split_args("split", args, nargs, kwnames, &a.sep, &a.max) < 0)
        return MOLT_NULL;
    return run_split(args[0], 0, split_worker, &a);
}

/* rsplit: i is the end of the part not split yet. */
static void rsplit_worker(Pieces *ps, void *arg)
{
    SplitArgs *a = arg;
    const unsigned char *p = (const unsigned char *)a->s->data;
    size_t i = a->s->len, j;
    int64_t max = a->max;
    if (!a->sep) {
        while (max-- > 0) {
            while (i > 0 && space_at(p, cp_back(p, i)))
                i = cp_back(p, i);
            if (i == 0)
                return;
            j = i;
            i = cp_back(p, i);
            while (i > 0 && !space_at(p, cp_back(p, i)))
                i = cp_back(p, i);
            add(ps, i, j);
        }
        while (i > 0 && space_at(p, cp_back(p, i)))
            i = cp_back(p, i);
        if (i > 0)
            add(ps, 0, i);
        return;
    }
    while (max-- > 0) {
        int64_t r = molt_str_rsearch(a->s->data, i, a->sep->data, a->sep->len);
        if (r < 0)
            break;
        add(ps, (size_t)r + a->sep->len, i);
        i = (size_t)r;
    }
    add(ps, 0, i);
}

MoltValue molt_str_m_rsplit(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    SplitArgs a = { molt_str_obj(args[0]), NULL, 0, 0 };
    if (split_args("rsplit", args, nargs, kwnames, &a.sep, &a.max) < 0)
        return MOLT_NULL;
    return run_split(args[0], 1, rsplit_worker, &a);
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

static void splitlines_worker(Pieces *ps, void *arg)
{
    SplitArgs *a = arg;
    const unsigned char *p = (const unsigned char *)a->s->data;
    size_t n = a->s->len, i = 0, j = 0, eol;
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
            if (a->keepends)
                eol = i;
        }
        add(ps, j, eol);
        j = i;
    }
}

/* splitlines(keepends=False) */
MoltValue molt_str_m_splitlines(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "keepends" };
    SplitArgs a = { molt_str_obj(args[0]), NULL, 0, 0 };
    MoltValue v[1];
    int64_t keep = 0;
    if (molt_bind_builtin("splitlines", names, 1, 0, 0, args + 1, nargs - 1, kwnames, v) < 0)
        return MOLT_NULL;
    if (v[0] && molt_ssize_arg(v[0], &keep) < 0)
        return MOLT_NULL;
    a.keepends = keep != 0;
    return run_split(args[0], 0, splitlines_worker, &a);
}

static MoltValue partition(
    const char *name, int reverse_, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue self = args[0], empty, items[3];
    MoltStr *s = molt_str_obj(self), *sep;
    int64_t r;
    if (molt_str_args_one(name, nargs, kwnames) < 0 || molt_str_check(args[1]) < 0)
        return MOLT_NULL;
    sep = molt_str_obj(molt_unbox(args[1]));
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
        MoltValue x = molt_unbox(items[i]); /* str subclasses join as their value */
        if (!molt_is_str(x))
            return molt_raise(&MoltExc_TypeError, "sequence item %zu: expected str instance, %s found", i,
                molt_type_name(items[i]));
        len += molt_str_obj(x)->len;
        nchars += molt_str_obj(x)->nchars;
    }
    r = molt_str_alloc(len);
    out = r->data;
    for (i = 0; i < n; i++) {
        MoltStr *x = molt_str_obj(molt_unbox(items[i]));
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
