/* str searching: find, rfind, index, rindex, count, startswith, endswith
 * and replace. UTF-8 is self-synchronising, so a byte match of a whole
 * str is a code point match: the searches run on bytes (memchr/memmem)
 * and only the answers are converted to code point indices. */
#define _GNU_SOURCE /* memmem, memrchr */
#include <string.h>

#include "internal/class.h"
#include "internal/exceptions.h"
#include "internal/str_methods.h"
#include "internal/tuple.h"

int64_t molt_str_search(const char *hay, size_t n, const char *needle, size_t m)
{
    const char *p;
    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    p = m == 1 ? memchr(hay, needle[0], n) : memmem(hay, n, needle, m);
    return p ? p - hay : -1;
}

int64_t molt_str_rsearch(const char *hay, size_t n, const char *needle, size_t m)
{
    size_t end;
    if (m == 0)
        return (int64_t)n;
    if (m > n)
        return -1;
    /* candidates are the positions <= n - m whose first byte matches */
    end = n - m + 1;
    while (end > 0) {
        const char *p = memrchr(hay, needle[0], end);
        if (!p)
            return -1;
        if (memcmp(p, needle, m) == 0)
            return p - hay;
        end = (size_t)(p - hay);
    }
    return -1;
}

/* find/rfind/index/rindex: the code point index, -1 if absent, -2 on
 * error. */
static int64_t find_impl(
    const char *name, int reverse, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s = molt_str_obj(args[0]), *t;
    int64_t start, end, r;
    size_t bs, be;
    if (molt_str_args_finds(name, args, nargs, kwnames, s->nchars, &start, &end) < 0
        || molt_str_check(args[1]) < 0)
        return -2;
    t = molt_str_obj(molt_unbox(args[1]));
    if (end - start < (int64_t)t->nchars)
        return -1;
    bs = molt_str_cp_offset(s, (size_t)start);
    be = molt_str_cp_offset(s, (size_t)end);
    r = reverse ? molt_str_rsearch(s->data + bs, be - bs, t->data, t->len)
                : molt_str_search(s->data + bs, be - bs, t->data, t->len);
    return r < 0 ? -1 : (int64_t)molt_str_cp_index(s, bs + (size_t)r);
}

MoltValue molt_str_m_find(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    int64_t r = find_impl("find", 0, args, nargs, kwnames);
    return r == -2 ? MOLT_NULL : molt_from_int(r);
}

MoltValue molt_str_m_rfind(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    int64_t r = find_impl("rfind", 1, args, nargs, kwnames);
    return r == -2 ? MOLT_NULL : molt_from_int(r);
}

MoltValue molt_str_m_index(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    int64_t r = find_impl("index", 0, args, nargs, kwnames);
    if (r == -1)
        return molt_raise(&MoltExc_ValueError, "substring not found");
    return r == -2 ? MOLT_NULL : molt_from_int(r);
}

MoltValue molt_str_m_rindex(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    int64_t r = find_impl("rindex", 1, args, nargs, kwnames);
    if (r == -1)
        return molt_raise(&MoltExc_ValueError, "substring not found");
    return r == -2 ? MOLT_NULL : molt_from_int(r);
}

/* Non-overlapping occurrences of needle in hay[0..n), at most max. */
static int64_t count_bytes(const char *hay, size_t n, const char *needle, size_t m, int64_t max)
{
    int64_t c = 0;
    size_t i = 0;
    while (c < max) {
        int64_t r = molt_str_search(hay + i, n - i, needle, m);
        if (r < 0)
            break;
        c++;
        i += (size_t)r + m;
    }
    return c;
}

MoltValue molt_str_m_count(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s = molt_str_obj(args[0]), *t;
    int64_t start, end;
    size_t bs, be;
    if (molt_str_args_finds("count", args, nargs, kwnames, s->nchars, &start, &end) < 0
        || molt_str_check(args[1]) < 0)
        return MOLT_NULL;
    t = molt_str_obj(molt_unbox(args[1]));
    if (end - start < (int64_t)t->nchars)
        return molt_from_int(0);
    if (t->len == 0)
        return molt_from_int(end - start + 1);
    bs = molt_str_cp_offset(s, (size_t)start);
    be = molt_str_cp_offset(s, (size_t)end);
    return molt_from_int(count_bytes(s->data + bs, be - bs, t->data, t->len, INT64_MAX));
}

/* CPython's tailmatch: does s[start:end] start (dir < 0) or end (dir > 0)
 * with t? */
static int tailmatch(MoltStr *s, MoltStr *t, int64_t start, int64_t end, int dir)
{
    size_t off;
    end -= (int64_t)t->nchars;
    if (end < start)
        return 0;
    if (t->len == 0)
        return 1;
    off = molt_str_cp_offset(s, (size_t)(dir < 0 ? start : end));
    return off + t->len <= s->len && memcmp(s->data + off, t->data, t->len) == 0;
}

static MoltValue startend(const char *name, int dir, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s = molt_str_obj(args[0]);
    int64_t start, end;
    MoltValue sub;
    if (molt_str_args_finds(name, args, nargs, kwnames, s->nchars, &start, &end) < 0)
        return MOLT_NULL;
    sub = molt_unbox(args[1]);
    if (molt_is_tuple(sub)) {
        size_t i, n = molt_tuple_len(sub);
        for (i = 0; i < n; i++) {
            MoltValue x = molt_unbox(molt_tuple_item(sub, i));
            if (!molt_is_str(x))
                return molt_raise(&MoltExc_TypeError, "tuple for %s must only contain str, not %s", name,
                    molt_type_name(molt_tuple_item(sub, i)));
            if (tailmatch(s, molt_str_obj(x), start, end, dir))
                return MOLT_TRUE;
        }
        return MOLT_FALSE;
    }
    if (!molt_is_str(sub))
        return molt_raise(&MoltExc_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
            molt_type_name(args[1]));
    return molt_bool(tailmatch(s, molt_str_obj(sub), start, end, dir));
}

MoltValue molt_str_m_startswith(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return startend("startswith", -1, args, nargs, kwnames);
}

MoltValue molt_str_m_endswith(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return startend("endswith", 1, args, nargs, kwnames);
}

/* replace(old, new, count=-1, /) */
MoltValue molt_str_m_replace(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s, *o, *n;
    int64_t max = -1, c;
    MoltStrBuf sb;
    size_t i, nchars;
    if (molt_str_args_range("replace", nargs, 2, 3, kwnames) < 0)
        return MOLT_NULL;
    if (!molt_is_str(args[1]))
        return molt_raise(
            &MoltExc_TypeError, "replace() argument 1 must be str, not %s", molt_str_argtype(args[1]));
    if (!molt_is_str(args[2]))
        return molt_raise(
            &MoltExc_TypeError, "replace() argument 2 must be str, not %s", molt_str_argtype(args[2]));
    if (nargs > 3 && molt_ssize_arg(args[3], &max) < 0)
        return MOLT_NULL;
    if (max < 0)
        max = INT64_MAX;
    s = molt_str_obj(args[0]);
    o = molt_str_obj(args[1]);
    n = molt_str_obj(args[2]);
    molt_sb_init(&sb);
    if (o->len == 0) {
        /* new goes before every code point and at the end */
        const unsigned char *p = (const unsigned char *)s->data;
        if (max > (int64_t)s->nchars + 1)
            max = (int64_t)s->nchars + 1;
        if (max == 0)
            return molt_str_sub(args[0], 0, s->len);
        for (i = 0, c = 0; c < max; c++) {
            size_t j = i;
            molt_sb_append(&sb, n->data, n->len);
            if (j < s->len) {
                molt_utf8_decode(p, &j);
                molt_sb_append(&sb, s->data + i, j - i);
            }
            i = j;
        }
        molt_sb_append(&sb, s->data + i, s->len - i);
        nchars = s->nchars + (size_t)max * n->nchars;
    } else {
        c = 0;
        for (i = 0; c < max; c++) {
            int64_t r = molt_str_search(s->data + i, s->len - i, o->data, o->len);
            if (r < 0)
                break;
            molt_sb_append(&sb, s->data + i, (size_t)r);
            molt_sb_append(&sb, n->data, n->len);
            i += (size_t)r + o->len;
        }
        if (c == 0)
            return molt_str_sub(args[0], 0, s->len);
        molt_sb_append(&sb, s->data + i, s->len - i);
        nchars = s->nchars - (size_t)c * o->nchars + (size_t)c * n->nchars;
    }
    return molt_str_new_n(sb.buf, sb.len, nchars);
}
