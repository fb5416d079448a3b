/* str stripping and padding: strip, lstrip, rstrip, center, ljust, rjust,
 * zfill, expandtabs, removeprefix and removesuffix. Each returns the str
 * itself when there is nothing to change, as CPython does. */
#include <string.h>

#include "internal/alloc.h"
#include "internal/builtins.h"
#include "internal/exceptions.h"
#include "internal/str_methods.h"

/* ------------------------------------------------------------------ */
/* strip */

/* Is code point c in chars (NULL: whitespace)? */
static int strip_member(MoltStr *chars, const unsigned char *ascii, uint32_t c)
{
    size_t i;
    if (!chars)
        return molt_uni_isspace(c);
    if (c < 0x80)
        return ascii[c];
    for (i = 0; i < chars->len;)
        if (molt_utf8_decode((const unsigned char *)chars->data, &i) == c)
            return 1;
    return 0;
}

/* which: 1 left, 2 right, 3 both */
static MoltValue strip(const char *name, int which, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s = molt_str_obj(args[0]), *chars = NULL;
    const unsigned char *p = (const unsigned char *)s->data;
    unsigned char ascii[128];
    size_t a = 0, b = s->len, i;
    if (molt_str_args_range(name, nargs, 0, 1, kwnames) < 0)
        return MOLT_NULL;
    if (nargs > 1 && args[1] != MOLT_NONE) {
        if (!molt_is_str(args[1]))
            return molt_raise(&MoltExc_TypeError, "%s arg must be None or str", name);
        chars = molt_str_obj(args[1]);
        memset(ascii, 0, sizeof ascii);
        for (i = 0; i < chars->len; i++)
            if ((unsigned char)chars->data[i] < 0x80)
                ascii[(unsigned char)chars->data[i]] = 1;
    }
    if (!chars || chars->len == chars->nchars) {
        /* chars is ASCII or None: bytes below 0x80 are tested in a table,
         * and only a non-ASCII code point is decoded (it can only be
         * Unicode whitespace, when chars is None) */
        if (!chars) {
            memset(ascii, 0, sizeof ascii);
            ascii[' '] = 1;
            for (i = 0x09; i <= 0x0D; i++)
                ascii[i] = 1;
            for (i = 0x1C; i <= 0x1F; i++)
                ascii[i] = 1;
        }
        if (which & 1)
            while (a < b && p[a] < 0x80 && ascii[p[a]])
                a++;
        if (which & 2)
            while (b > a && p[b - 1] < 0x80 && ascii[p[b - 1]])
                b--;
        if ((a == b || (p[a] < 0x80 && p[b - 1] < 0x80)) || chars)
            return molt_str_sub(args[0], a, b);
    }
    if (which & 1) {
        while (a < b) {
            size_t j = a;
            if (!strip_member(chars, ascii, molt_utf8_decode(p, &j)))
                break;
            a = j;
        }
    }
    if (which & 2) {
        while (b > a) {
            size_t j = b;
            if (!strip_member(chars, ascii, molt_utf8_decode_back(p, &j)))
                break;
            b = j;
        }
    }
    return molt_str_sub(args[0], a, b);
}

MoltValue molt_str_m_strip(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return strip("strip", 3, args, nargs, kwnames);
}

MoltValue molt_str_m_lstrip(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return strip("lstrip", 1, args, nargs, kwnames);
}

MoltValue molt_str_m_rstrip(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return strip("rstrip", 2, args, nargs, kwnames);
}

/* ------------------------------------------------------------------ */
/* padding */

/* s with left and right copies of the code point fill around it. */
static MoltValue pad(MoltStr *s, size_t left, size_t right, uint32_t fill)
{
    char f[4];
    size_t fl = molt_utf8_encode(fill, f), i;
    MoltStr *r;
    char *o;
    if ((left + right) > (MOLT_MAX_ALLOC - s->len) / fl)
        return molt_raise_args(&MoltExc_MemoryError, NULL, 0);
    r = molt_str_alloc(s->len + (left + right) * fl);
    o = r->data;
    for (i = 0; i < left; i++, o += fl)
        memcpy(o, f, fl);
    memcpy(o, s->data, s->len);
    o += s->len;
    for (i = 0; i < right; i++, o += fl)
        memcpy(o, f, fl);
    r->nchars = s->nchars + left + right;
    return molt_from_ptr(r);
}

/* (width, fillchar=' ', /): 0 and the fill, 1 if the str is returned
 * unchanged, -1 on error. */
static int pad_args(
    const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames, int64_t *width, uint32_t *fill)
{
    MoltStr *s = molt_str_obj(args[0]);
    if (molt_str_args_range(name, nargs, 1, 2, kwnames) < 0 || molt_ssize_arg(args[1], width) < 0)
        return -1;
    *fill = ' ';
    if (nargs > 2) {
        size_t i = 0;
        if (!molt_is_str(args[2])) {
            molt_raise(&MoltExc_TypeError, "The fill character must be a unicode character, not %s",
                molt_type_name(args[2]));
            return -1;
        }
        if (molt_str_obj(args[2])->nchars != 1) {
            molt_raise(&MoltExc_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        *fill = molt_utf8_decode((const unsigned char *)molt_str_obj(args[2])->data, &i);
    }
    return *width <= (int64_t)s->nchars;
}

MoltValue molt_str_m_center(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s = molt_str_obj(args[0]);
    int64_t width, marg, left;
    uint32_t fill;
    int r = pad_args("center", args, nargs, kwnames, &width, &fill);
    if (r)
        return r < 0 ? MOLT_NULL : molt_str_sub(args[0], 0, s->len);
    marg = width - (int64_t)s->nchars;
    left = marg / 2 + (marg & width & 1);
    return pad(s, (size_t)left, (size_t)(marg - left), fill);
}

MoltValue molt_str_m_ljust(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s = molt_str_obj(args[0]);
    int64_t width;
    uint32_t fill;
    int r = pad_args("ljust", args, nargs, kwnames, &width, &fill);
    if (r)
        return r < 0 ? MOLT_NULL : molt_str_sub(args[0], 0, s->len);
    return pad(s, 0, (size_t)width - s->nchars, fill);
}

MoltValue molt_str_m_rjust(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s = molt_str_obj(args[0]);
    int64_t width;
    uint32_t fill;
    int r = pad_args("rjust", args, nargs, kwnames, &width, &fill);
    if (r)
        return r < 0 ? MOLT_NULL : molt_str_sub(args[0], 0, s->len);
    return pad(s, (size_t)width - s->nchars, 0, fill);
}

MoltValue molt_str_m_zfill(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s = molt_str_obj(args[0]), *r;
    int64_t width;
    size_t fill;
    MoltValue v;
    if (molt_str_args_one("zfill", nargs, kwnames) < 0 || molt_ssize_arg(args[1], &width) < 0)
        return MOLT_NULL;
    if (width <= (int64_t)s->nchars)
        return molt_str_sub(args[0], 0, s->len);
    fill = (size_t)width - s->nchars;
    v = pad(s, fill, 0, '0');
    if (!v)
        return MOLT_NULL;
    r = molt_str_obj(v);
    if (r->data[fill] == '+' || r->data[fill] == '-') {
        r->data[0] = r->data[fill];
        r->data[fill] = '0';
    }
    return v;
}

/* expandtabs(tabsize=8) */
MoltValue molt_str_m_expandtabs(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "tabsize" };
    MoltStr *s = molt_str_obj(args[0]);
    const unsigned char *p = (const unsigned char *)s->data;
    MoltValue a[1];
    int64_t tabsize = 8, col = 0, added = 0;
    MoltStrBuf sb;
    size_t i;
    if (molt_bind_builtin("expandtabs", names, 1, 0, 0, args + 1, nargs - 1, kwnames, a) < 0)
        return MOLT_NULL;
    if (a[0] && molt_ssize_arg(a[0], &tabsize) < 0)
        return MOLT_NULL;
    if (!memchr(s->data, '\t', s->len))
        return molt_str_sub(args[0], 0, s->len);
    molt_sb_init(&sb);
    for (i = 0; i < s->len; i++) {
        unsigned char c = p[i];
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - col % tabsize, k;
                if ((uint64_t)incr > MOLT_MAX_ALLOC - sb.len)
                    return molt_raise_args(&MoltExc_MemoryError, NULL, 0);
                col += incr;
                added += incr - 1;
                for (k = 0; k < incr; k++)
                    molt_sb_putc(&sb, ' ');
            } else {
                added--;
            }
        } else {
            if ((c & 0xC0) != 0x80)
                col++;
            molt_sb_putc(&sb, (char)c);
            if (c == '\n' || c == '\r')
                col = 0;
        }
    }
    return molt_str_new_n(sb.buf, sb.len, (size_t)((int64_t)s->nchars + added));
}

/* ------------------------------------------------------------------ */
/* removeprefix / removesuffix */

static MoltValue remove_affix(
    const char *name, int suffix, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s = molt_str_obj(args[0]), *t;
    if (molt_str_args_one(name, nargs, kwnames) < 0)
        return MOLT_NULL;
    if (!molt_is_str(args[1]))
        return molt_raise(
            &MoltExc_TypeError, "%s() argument must be str, not %s", name, molt_str_argtype(args[1]));
    t = molt_str_obj(args[1]);
    if (t->len > s->len)
        return molt_str_sub(args[0], 0, s->len);
    if (suffix) {
        if (t->len && memcmp(s->data + s->len - t->len, t->data, t->len) == 0)
            return molt_str_sub(args[0], 0, s->len - t->len);
    } else if (t->len && memcmp(s->data, t->data, t->len) == 0) {
        return molt_str_sub(args[0], t->len, s->len);
    }
    return molt_str_sub(args[0], 0, s->len);
}

MoltValue molt_str_m_removeprefix(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return remove_affix("removeprefix", 0, args, nargs, kwnames);
}

MoltValue molt_str_m_removesuffix(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return remove_affix("removesuffix", 1, args, nargs, kwnames);
}
