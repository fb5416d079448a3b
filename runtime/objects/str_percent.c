/* printf-style formatting, `fmt % args` for a str fmt: CPython's
 * PyUnicode_Format (Objects/unicodeobject.c).
 *
 *   conversion -> '%' ['(' key ')'] flags* [width | '*'] ['.' (prec | '*')]
 *                 [h | l | L] type
 *
 * args is a tuple of arguments, or a single argument. A mapping that is
 * not a tuple or str (anything with __getitem__, lists included) also
 * allows `%(key)s`, and then unused arguments are not an error.
 */
#include <limits.h>
#include <string.h>

#include "internal/alloc.h"
#include "internal/class.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/float.h"
#include "internal/format.h"
#include "internal/int.h"
#include "internal/str.h"
#include "internal/str_methods.h"
#include "internal/tuple.h"
#include "internal/type.h"

#define F_LJUST 0x1
#define F_SIGN 0x2
#define F_BLANK 0x4
#define F_ALT 0x8
#define F_ZERO 0x10

typedef struct Ctx {
    MoltValue args; /* the tuple, or the single argument */
    int64_t arglen, argidx; /* -1, -2 for a single argument */
    MoltValue dict; /* the mapping, or MOLT_NULL */
} Ctx;

/* The next argument, or MOLT_NULL with TypeError. */
static MoltValue next_arg(Ctx *c)
{
    if (c->argidx < c->arglen) {
        int64_t i = c->argidx++;
        return c->arglen < 0 ? c->args : molt_tuple_item(c->args, (size_t)i);
    }
    return molt_raise(&MoltExc_TypeError, "not enough arguments for format string");
}

/* ------------------------------------------------------------------ */
/* numbers through the number protocol of user classes */

/* The special method `name` of a user class on v's MRO, or MOLT_NULL. */
static MoltValue user_special(MoltValue v, const char *name)
{
    MoltType *t = molt_type_of(v);
    return molt_is_heaptype(t) ? molt_type_lookup_cstr(t, name, NULL) : MOLT_NULL;
}

/* CPython's PyNumber_Check. */
static int is_number(MoltValue v)
{
    MoltValue u = molt_unbox(v); /* int and float subclasses */
    return molt_is_intlike(u) || molt_is_double(u) || user_special(v, "__index__")
        || user_special(v, "__int__") || user_special(v, "__float__");
}

/* v.name() for a user class, which must return an int: MOLT_NULL with
 * TypeError otherwise (and *absent = 1 without an exception if v has no
 * such method). */
static MoltValue call_int_method(MoltValue v, const char *name, int *absent)
{
    MoltValue f = user_special(v, name), r;
    *absent = !f;
    if (!f)
        return MOLT_NULL;
    r = molt_call_with_self(f, v, NULL, 0, MOLT_NULL);
    if (r && !molt_is_intlike(r))
        return molt_raise(&MoltExc_TypeError, "%s returned non-int (type %s)", name, molt_type_name(r));
    return r ? molt_int_unbool(r) : MOLT_NULL;
}

/* The int for %d (int(v)) or, index_only, for %o %x %X (operator.index):
 * MOLT_NULL with *wrongtype = 1 (no exception) where CPython reports the
 * conversion's own TypeError. */
static MoltValue to_int(MoltValue v, int index_only, int *wrongtype)
{
    MoltValue r;
    int absent;
    *wrongtype = 0;
    if (molt_is_intlike(molt_unbox(v))) /* int subclasses are ints (PyLong_Check) */
        return molt_unbox(v);
    if (molt_is_double(molt_unbox(v))) {
        if (index_only) {
            *wrongtype = 1;
            return MOLT_NULL;
        }
        return molt_int_from_double(molt_double_value(molt_unbox(v)));
    }
    r = call_int_method(v, "__index__", &absent);
    if (!absent || index_only) {
        *wrongtype = absent;
        return r;
    }
    r = call_int_method(v, "__int__", &absent);
    *wrongtype = absent;
    return r;
}

/* CPython's PyFloat_AsDouble: 0, or -1 with the exception pending. */
static int to_double(MoltValue v, double *out)
{
    MoltValue f, r;
    int absent;
    if (molt_is_double(molt_unbox(v))) { /* float subclasses too (PyFloat_Check) */
        *out = molt_double_value(molt_unbox(v));
        return 0;
    }
    if (molt_is_intlike(molt_unbox(v)))
        return molt_int_to_double(molt_unbox(v), out);
    f = user_special(v, "__float__");
    if (f) {
        r = molt_call_with_self(f, v, NULL, 0, MOLT_NULL);
        if (!r)
            return -1;
        if (!molt_is_double(r)) {
            molt_raise(&MoltExc_TypeError, "%s.__float__ returned non-float (type %s)", molt_type_name(v),
                molt_type_name(r));
            return -1;
        }
        *out = molt_double_value(r);
        return 0;
    }
    r = call_int_method(v, "__index__", &absent);
    if (absent) {
        molt_raise(&MoltExc_TypeError, "must be real number, not %s", molt_type_name(v));
        return -1;
    }
    return r ? molt_int_to_double(r, out) : -1;
}

/* ------------------------------------------------------------------ */
/* one conversion */

typedef struct Arg {
    int flags;
    int64_t width, prec; /* -1: not given */
    uint32_t ch; /* the conversion type */
    int sign; /* a numeric conversion: signs and zero padding apply */
} Arg;

/* The digits of an int for %d %o %x %X with CPython's
 * _PyUnicode_FormatLong: precision as minimum digits, "0x" with '#'. */
static MoltValue format_long(MoltValue v, const Arg *a)
{
    MoltStrBuf sb;
    mpz_t z;
    char *digits;
    size_t nd;
    int neg, base = a->ch == 'o' ? 8 : (a->ch == 'x' || a->ch == 'X') ? 16 : 10;
    int64_t k;
    if (base == 10) {
        MoltValue s = molt_int_repr(v);
        if (!s)
            return MOLT_NULL;
        digits = (char *)molt_str_utf8(s, &nd);
    } else {
        mpz_init(z);
        molt_int_get_mpz(v, z);
        digits = molt_alloc_atomic(mpz_sizeinbase(z, base) + 2);
        mpz_get_str(digits, base, z);
        mpz_clear(z);
        nd = strlen(digits);
    }
    neg = digits[0] == '-';
    digits += neg;
    nd -= (size_t)neg;
    molt_sb_init(&sb);
    if (neg)
        molt_sb_putc(&sb, '-');
    if ((a->flags & F_ALT) && base != 10) {
        molt_sb_putc(&sb, '0');
        molt_sb_putc(&sb, (char)a->ch);
    }
    for (k = (int64_t)nd; k < a->prec; k++)
        molt_sb_putc(&sb, '0');
    for (k = 0; k < (int64_t)nd; k++)
        molt_sb_putc(&sb, a->ch == 'X' && digits[k] >= 'a' ? (char)(digits[k] - 'a' + 'A') : digits[k]);
    return molt_sb_finish(&sb);
}

static MoltValue format_int_arg(MoltValue v, const Arg *a)
{
    int wrong = 0, index_only = a->ch == 'o' || a->ch == 'x' || a->ch == 'X';
    MoltValue i = MOLT_NULL;
    if (is_number(v)) {
        i = to_int(v, index_only, &wrong);
        if (!i && !wrong) {
            /* CPython reports any TypeError of the conversion as its own */
            if (!molt_err_occurred_is(&MoltExc_TypeError))
                return MOLT_NULL;
            molt_err_clear();
            wrong = 1;
        }
    } else {
        wrong = 1;
    }
    if (wrong) {
        if (index_only)
            return molt_raise(&MoltExc_TypeError, "%%%c format: an integer is required, not %s", (char)a->ch,
                molt_type_name(v));
        return molt_raise(&MoltExc_TypeError, "%%%c format: a real number is required, not %s", (char)a->ch,
            molt_type_name(v));
    }
    return format_long(molt_int_unbool(i), a);
}

static MoltValue format_char_arg(MoltValue v)
{
    int64_t x;
    MoltStrBuf sb;
    int wrong;
    v = molt_unbox(v);
    if (molt_is_str(v)) {
        if (molt_str_obj(v)->nchars == 1)
            return v;
        return molt_raise(&MoltExc_TypeError, "%%c requires int or char");
    }
    wrong = 0;
    v = molt_is_intlike(v) || molt_is_double(v) ? v : to_int(v, 1, &wrong);
    if (!v && !wrong) {
        if (!molt_err_occurred_is(&MoltExc_TypeError))
            return MOLT_NULL;
        molt_err_clear();
        wrong = 1;
    }
    if (wrong || molt_is_double(v))
        return molt_raise(&MoltExc_TypeError, "%%c requires int or char");
    if (molt_int_as_i64(molt_int_unbool(v), &x) < 0 || x < 0 || x > 0x10FFFF)
        return molt_raise(&MoltExc_OverflowError, "%%c arg not in range(0x110000)");
    molt_sb_init(&sb);
    molt_sb_put_cp(&sb, (uint32_t)x);
    return molt_sb_finish(&sb);
}

/* The text of one conversion before padding, or MOLT_NULL. The
 * conversion character ends at s[end]. */
static MoltValue format_arg(Ctx *c, Arg *a, const char *s, size_t end)
{
    MoltValue v = next_arg(c);
    double d;
    char *buf;
    size_t n;
    if (!v)
        return MOLT_NULL;
    switch (a->ch) {
    case 's':
        return molt_str(v);
    case 'r':
        return molt_repr(v);
    case 'a':
        return molt_ascii(v);
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        a->sign = 1;
        return format_int_arg(v, a);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
        a->sign = 1;
        if (to_double(v, &d) < 0)
            return MOLT_NULL;
        buf = molt_double_to_string(
            d, (char)a->ch, a->prec < 0 ? 6 : (int)a->prec, (a->flags & F_ALT) ? MOLT_DTSF_ALT : 0, &n);
        return molt_str_from_utf8(buf, n);
    case 'c':
        return format_char_arg(v);
    default: {
        /* the index CPython reports counts code points */
        size_t k, index = 0;
        for (k = 0; k < end; k++)
            index += ((unsigned char)s[k] & 0xC0) != 0x80;
        return molt_raise(&MoltExc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
            a->ch >= 31 && a->ch <= 126 ? (char)a->ch : '?', (unsigned)a->ch, index - 1);
    }
    }
}

/* Pad str s by the width, flags and precision of a (CPython's
 * unicode_format_arg_output). */
static void output_arg(MoltStrBuf *sb, const Arg *a, MoltValue s)
{
    MoltStr *o = molt_str_obj(s);
    const char *p = o->data;
    size_t bytes = o->len;
    int64_t len = (int64_t)o->nchars, width = a->width;
    uint32_t fill = a->sign && (a->flags & F_ZERO) ? '0' : ' ';
    char signchar = 0;
    int alt_prefix = (a->flags & F_ALT) && (a->ch == 'x' || a->ch == 'X' || a->ch == 'o');
    if ((a->ch == 's' || a->ch == 'r' || a->ch == 'a') && a->prec >= 0 && len > a->prec) {
        size_t i = 0;
        int64_t k;
        for (k = 0; k < a->prec; k++)
            molt_utf8_next(p, bytes, &i);
        bytes = i;
        len = a->prec;
    }
    if (a->sign) {
        if (p[0] == '-' || p[0] == '+') {
            signchar = p[0];
            p++;
            bytes--;
            len--;
        } else if (a->flags & F_SIGN) {
            signchar = '+';
        } else if (a->flags & F_BLANK) {
            signchar = ' ';
        }
    }
    if (!a->sign)
        alt_prefix = 0;
    if (width < len)
        width = len;
    if (signchar) {
        if (fill != ' ')
            molt_sb_putc(sb, signchar);
        if (width > len)
            width--;
    }
    if (alt_prefix) {
        if (fill != ' ') {
            molt_sb_append(sb, p, 2);
            p += 2;
            bytes -= 2;
        }
        width -= 2;
        if (width < 0)
            width = 0;
        len -= 2;
    }
    if (width > len && !(a->flags & F_LJUST)) {
        molt_sb_put_cp_n(sb, fill, width - len);
        width = len;
    }
    if (fill == ' ') {
        if (signchar)
            molt_sb_putc(sb, signchar);
        if (alt_prefix) {
            molt_sb_append(sb, p, 2);
            p += 2;
            bytes -= 2;
        }
    }
    molt_sb_append(sb, p, bytes);
    if (width > len)
        molt_sb_put_cp_n(sb, ' ', width - len);
}

/* A '*' width or precision: the next argument, an int. */
static int star_arg(Ctx *c, int64_t *out)
{
    MoltValue v = next_arg(c);
    if (!v)
        return -1;
    v = molt_unbox(v);
    if (!molt_is_intlike(v)) {
        molt_raise(&MoltExc_TypeError, "* wants int");
        return -1;
    }
    if (molt_int_as_i64(molt_int_unbool(v), out) < 0) {
        molt_raise(&MoltExc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

MoltValue molt_str_percent(MoltValue fmt, MoltValue args)
{
    Ctx c;
    MoltStrBuf sb;
    size_t n, i = 0;
    const char *s = molt_str_utf8(fmt, &n);
    MoltType *t = molt_type_of(args);
    if (molt_isinstance(args, &MoltTuple_Type)) {
        c.arglen = (int64_t)molt_tuple_len(args);
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    c.args = args;
    /* PyMapping_Check: a type with __getitem__ */
    c.dict = MOLT_NULL;
    if (!molt_isinstance(args, &MoltTuple_Type) && !molt_isinstance(args, &MoltStr_Type)) {
        for (; t; t = t->base)
            if (t->getitem)
                break;
        if (t)
            c.dict = args;
    }
    molt_sb_init(&sb);
    while (i < n) {
        Arg a;
        MoltValue str;
        size_t start = i;
        uint32_t ch;
        while (i < n && s[i] != '%')
            i++;
        molt_sb_append(&sb, s + start, i - start);
        if (i >= n)
            break;
        i++; /* the '%' */
        if (i < n && s[i] == '%') {
            molt_sb_putc(&sb, '%');
            i++;
            continue;
        }
        a.flags = 0;
        a.width = a.prec = -1;
        a.sign = 0;
        /* %(key): the argument is mapping[key] */
        if (i < n && s[i] == '(') {
            int depth = 1;
            size_t ks;
            MoltValue key, v;
            if (!c.dict)
                return molt_raise(&MoltExc_TypeError, "format requires a mapping");
            ks = ++i;
            while (i < n && depth > 0) {
                if (s[i] == ')')
                    depth--;
                else if (s[i] == '(')
                    depth++;
                i++;
            }
            if (depth > 0)
                return molt_raise(&MoltExc_ValueError, "incomplete format key");
            key = molt_str_from_utf8(s + ks, i - 1 - ks);
            v = molt_getitem(c.dict, key);
            if (!v)
                return MOLT_NULL;
            c.args = v;
            c.arglen = -1;
            c.argidx = -2;
        }
        for (; i < n; i++) {
            int flag = s[i] == '-' ? F_LJUST
                : s[i] == '+'      ? F_SIGN
                : s[i] == ' '      ? F_BLANK
                : s[i] == '#'      ? F_ALT
                : s[i] == '0'      ? F_ZERO
                                   : 0;
            if (!flag)
                break;
            a.flags |= flag;
        }
        if (i < n && s[i] == '*') {
            if (star_arg(&c, &a.width) < 0)
                return MOLT_NULL;
            if (a.width < 0) {
                a.flags |= F_LJUST;
                a.width = -a.width;
            }
            i++;
        } else if (i < n && s[i] >= '0' && s[i] <= '9') {
            a.width = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9') {
                if (a.width > (INT64_MAX - (s[i] - '0')) / 10)
                    return molt_raise(&MoltExc_ValueError, "width too big");
                a.width = a.width * 10 + (s[i++] - '0');
            }
        }
        if (i < n && s[i] == '.') {
            a.prec = 0;
            i++;
            if (i < n && s[i] == '*') {
                if (star_arg(&c, &a.prec) < 0)
                    return MOLT_NULL;
                if (a.prec < 0)
                    a.prec = 0;
                i++;
            } else {
                while (i < n && s[i] >= '0' && s[i] <= '9') {
                    if (a.prec > (INT_MAX - (s[i] - '0')) / 10)
                        return molt_raise(&MoltExc_ValueError, "precision too big");
                    a.prec = a.prec * 10 + (s[i++] - '0');
                }
            }
        }
        if (i < n && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L'))
            i++;
        if (i >= n)
            return molt_raise(&MoltExc_ValueError, "incomplete format");
        ch = molt_utf8_next(s, n, &i);
        a.ch = ch;
        str = format_arg(&c, &a, s, i);
        if (!str)
            return MOLT_NULL;
        if (a.width > (int64_t)MOLT_MAX_ALLOC)
            return molt_raise_args(&MoltExc_MemoryError, NULL, 0);
        output_arg(&sb, &a, str);
        if (c.dict && c.argidx < c.arglen)
            return molt_raise(&MoltExc_TypeError, "not all arguments converted during string formatting");
    }
    if (c.argidx < c.arglen && !c.dict)
        return molt_raise(&MoltExc_TypeError, "not all arguments converted during string formatting");
    return molt_sb_finish(&sb);
}
