/* The format mini-language (CPython's Python/formatter_unicode.c):
 * parsing a spec [[fill]align][sign][z][#][0][width][grouping][.precision]
 * [type], laying out ints, floats and strs by it, format() and the
 * `__format__` methods of int, float, str and object, ascii(), and the
 * two runtime calls an f-string compiles to (molt_format_value,
 * molt_str_build).
 *
 * Text is UTF-8: widths and precisions count code points, and the fill
 * character may be any code point. Digits are ASCII. The locale is
 * CPython's default "C": type 'n' groups nothing and uses '.'.
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <gmp.h>

#include "internal/alloc.h"
#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/exceptions.h"
#include "internal/float.h"
#include "internal/format.h"
#include "internal/int.h"
#include "internal/str.h"
#include "internal/str_methods.h"
#include "internal/type.h"

#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define MIN(a, b) ((a) < (b) ? (a) : (b))

void molt_sb_put_cp_n(MoltStrBuf *sb, uint32_t c, int64_t n)
{
    char u[4];
    size_t k = molt_utf8_encode(c, u);
    int64_t i;
    for (i = 0; i < n; i++)
        molt_sb_append(sb, u, k);
}

/* ------------------------------------------------------------------ */
/* the spec */

typedef struct FormatSpec {
    uint32_t fill, align, sign, type; /* sign 0 when not given */
    int alternate, no_neg_0;
    int64_t width, precision; /* -1 when not given */
    char thousands; /* 0, ',' or '_' */
    int group; /* digits per group: 3, or 4 for '_' with b o x X */
} FormatSpec;

/* A padded width beyond what could be allocated is a MemoryError, as
 * CPython's writer gives for format(1, '99999999999'). */
static int check_width(int64_t w)
{
    if (w > (int64_t)MOLT_MAX_ALLOC) {
        molt_raise_args(&MoltExc_MemoryError, NULL, 0);
        return -1;
    }
    return 0;
}

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Decimal digits at cp[*pos..n): 1 if any were read into *out, 0 if none,
 * -1 on overflow (CPython's get_integer). */
static int get_integer(const uint32_t *cp, size_t n, size_t *pos, int64_t *out)
{
    int64_t acc = 0;
    int any = 0;
    while (*pos < n && cp[*pos] >= '0' && cp[*pos] <= '9') {
        int d = (int)(cp[*pos] - '0');
        if (acc > (INT64_MAX - d) / 10) {
            molt_raise(&MoltExc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
        any = 1;
        (*pos)++;
    }
    *out = acc;
    return any;
}

static int bad_separator(char sep, uint32_t type)
{
    if (type > 32 && type < 128)
        molt_raise(&MoltExc_ValueError, "Cannot specify '%c' with '%c'.", sep, (char)type);
    else
        molt_raise(&MoltExc_ValueError, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type);
    return -1;
}

/* CPython's parse_internal_render_format_spec: 0, or -1 with ValueError. */
static int parse_spec(
    MoltValue obj, MoltValue spec, uint32_t default_type, uint32_t default_align, FormatSpec *f)
{
    size_t len, n = 0, pos = 0, i = 0;
    const char *s = molt_str_utf8(spec, &len);
    uint32_t local[64], *cp = local;
    int align_given = 0, fill_given = 0, k;
    if (molt_str_obj(spec)->nchars >= sizeof local / sizeof local[0])
        cp = molt_alloc_atomic((molt_str_obj(spec)->nchars + 1) * sizeof *cp);
    while (i < len)
        cp[n++] = molt_utf8_next(s, len, &i);
    f->fill = ' ';
    f->align = default_align;
    f->alternate = f->no_neg_0 = 0;
    f->sign = 0;
    f->width = f->precision = -1;
    f->thousands = 0;
    f->group = 3;
    f->type = default_type;
    if (n >= 2 && is_align(cp[1])) {
        f->align = cp[1];
        f->fill = cp[0];
        fill_given = align_given = 1;
        pos = 2;
    } else if (n >= 1 && is_align(cp[0])) {
        f->align = cp[0];
        align_given = 1;
        pos = 1;
    }
    if (pos < n && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' '))
        f->sign = cp[pos++];
    if (pos < n && cp[pos] == 'z') {
        f->no_neg_0 = 1;
        pos++;
    }
    if (pos < n && cp[pos] == '#') {
        f->alternate = 1;
        pos++;
    }
    /* '0' before the width: zero padding, '=' unless an alignment is given */
    if (!fill_given && pos < n && cp[pos] == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>')
            f->align = '=';
        pos++;
    }
    k = get_integer(cp, n, &pos, &f->width);
    if (k < 0)
        return -1;
    if (k == 0)
        f->width = -1;
    if (pos < n && cp[pos] == ',') {
        f->thousands = ',';
        pos++;
    }
    if (pos < n && cp[pos] == '_') {
        if (f->thousands) {
            molt_raise(&MoltExc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        f->thousands = '_';
        pos++;
    }
    if (pos < n && cp[pos] == ',' && f->thousands == '_') {
        molt_raise(&MoltExc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (pos < n && cp[pos] == '.') {
        pos++;
        k = get_integer(cp, n, &pos, &f->precision);
        if (k < 0)
            return -1;
        if (k == 0) {
            molt_raise(&MoltExc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (n - pos > 1) {
        molt_raise(&MoltExc_ValueError, "Invalid format specifier '%s' for object of type '%s'",
            molt_str_cstr(spec), molt_type_name(obj));
        return -1;
    }
    if (n - pos == 1)
        f->type = cp[pos];
    if (f->thousands) {
        switch (f->type) {
        case 'd':
        case 'e':
        case 'f':
        case 'g':
        case 'E':
        case 'G':
        case '%':
        case 'F':
        case 0:
            break;
        case 'b':
        case 'o':
        case 'x':
        case 'X':
            /* underscores every four digits in bin, oct and hex (PEP 515) */
            if (f->thousands == '_') {
                f->group = 4;
                break;
            }
            /* fall through */
        default:
            return bad_separator(f->thousands, f->type);
        }
    }
    return check_width(f->width);
}

static int unknown_type(uint32_t type, MoltValue obj)
{
    if (type > 32 && type < 128)
        molt_raise(&MoltExc_ValueError, "Unknown format code '%c' for object of type '%s'", (char)type,
            molt_type_name(obj));
    else
        molt_raise(&MoltExc_ValueError, "Unknown format code '\\x%x' for object of type '%s'", (unsigned)type,
            molt_type_name(obj));
    return -1;
}

/* ------------------------------------------------------------------ */
/* numbers: | lpad | sign | prefix | spad | grouped digits | . | rest | rpad |
 * (CPython's calc_number_widths and fill_number) */

typedef struct Number {
    char sign; /* '-' if negative, else 0 */
    const char *prefix; /* "0x"..., ASCII */
    int64_t nprefix;
    const char *digits; /* ASCII digits to group */
    int64_t ndigits;
    int has_decimal;
    const char *rest; /* after the digits and point: UTF-8 */
    size_t restbytes;
    int64_t restchars;
    int upper; /* upper-case the prefix and digits ('X') */
} Number;

/* Thousands grouping with zero fill up to min_width (CPython's
 * _PyUnicode_InsertThousandsGrouping): the length of the grouped digits,
 * written to out[0..len) when out is not NULL. Groups are laid out from
 * the right; with min_width the zeros are grouped too ("0,001,234"). */
static int64_t group_digits(
    const Number *num, int64_t min_width, int group, char sep, char *out, int64_t outlen)
{
    int64_t count = 0, remaining = num->ndigits, len, zeros, chars, k;
    int use_sep = 0, broken = 0;
    const char *d = num->digits + num->ndigits;
    char *w = out ? out + outlen : NULL;
    if (sep) {
        for (;;) {
            len = MIN((int64_t)group, MAX(MAX(remaining, min_width), 1));
            zeros = MAX(0, len - remaining);
            chars = MAX(0, MIN(remaining, len));
            count += use_sep + zeros + chars;
            if (w) {
                if (use_sep)
                    *--w = sep;
                for (k = 0; k < chars; k++)
                    *--w = *--d;
                for (k = 0; k < zeros; k++)
                    *--w = '0';
            }
            use_sep = 1;
            remaining -= chars;
            min_width -= len;
            if (remaining <= 0 && min_width <= 0) {
                broken = 1;
                break;
            }
            min_width -= 1;
        }
    }
    if (!broken) {
        len = MAX(MAX(remaining, min_width), 1);
        zeros = MAX(0, len - remaining);
        chars = MAX(0, MIN(remaining, len));
        count += use_sep + zeros + chars;
        if (w) {
            if (use_sep)
                *--w = sep;
            for (k = 0; k < chars; k++)
                *--w = *--d;
            for (k = 0; k < zeros; k++)
                *--w = '0';
        }
    }
    return count;
}

static int write_number(MoltStrBuf *sb, const Number *num, const FormatSpec *f, char sep)
{
    int64_t nsign = 0, min_width = 0, ngrouped = 0, fixed, pad, lpad = 0, spad = 0, rpad = 0, k;
    char sign = 0, *grouped = NULL;
    if (f->sign == '+') {
        nsign = 1;
        sign = num->sign == '-' ? '-' : '+';
    } else if (f->sign == ' ') {
        nsign = 1;
        sign = num->sign == '-' ? '-' : ' ';
    } else if (num->sign == '-') {
        nsign = 1;
        sign = '-';
    }
    fixed = nsign + num->nprefix + (num->has_decimal ? 1 : 0) + num->restchars;
    if (f->fill == '0' && f->align == '=')
        min_width = f->width - fixed;
    if (num->ndigits && !sep && min_width <= num->ndigits && !num->upper) {
        /* nothing to group or pad: the digits as they are */
        ngrouped = num->ndigits;
        grouped = (char *)num->digits;
    } else if (num->ndigits) {
        ngrouped = group_digits(num, min_width, f->group, sep, NULL, 0);
        if (check_width(ngrouped) < 0)
            return -1;
        grouped = molt_alloc_atomic((size_t)ngrouped);
        group_digits(num, min_width, f->group, sep, grouped, ngrouped);
        if (num->upper)
            for (k = 0; k < ngrouped; k++)
                if (grouped[k] >= 'a' && grouped[k] <= 'z')
                    grouped[k] = (char)(grouped[k] - 'a' + 'A');
    }
    pad = f->width - (fixed + ngrouped);
    if (pad > 0) {
        switch (f->align) {
        case '<':
            rpad = pad;
            break;
        case '^':
            lpad = pad / 2;
            rpad = pad - lpad;
            break;
        case '=':
            spad = pad;
            break;
        default:
            lpad = pad;
            break;
        }
    }
    molt_sb_put_cp_n(sb, f->fill, lpad);
    if (nsign)
        molt_sb_putc(sb, sign);
    for (k = 0; k < num->nprefix; k++) {
        char c = num->prefix[k];
        molt_sb_putc(sb, num->upper && c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c);
    }
    molt_sb_put_cp_n(sb, f->fill, spad);
    if (ngrouped)
        molt_sb_append(sb, grouped, (size_t)ngrouped);
    if (num->has_decimal)
        molt_sb_putc(sb, '.');
    molt_sb_append(sb, num->rest, num->restbytes);
    molt_sb_put_cp_n(sb, f->fill, rpad);
    return 0;
}

/* ------------------------------------------------------------------ */
/* floats (CPython's format_float_internal) */

static int format_float_spec(MoltStrBuf *sb, MoltValue obj, double val, const FormatSpec *f)
{
    uint32_t type = f->type;
    int64_t precision = f->precision;
    int flags = 0, add_pct = 0, default_precision = 6;
    size_t n, i = 0;
    char *buf;
    Number num;
    (void)obj;
    if (precision > INT_MAX) {
        molt_raise(&MoltExc_ValueError, "precision too big");
        return -1;
    }
    if (f->alternate)
        flags |= MOLT_DTSF_ALT;
    if (f->no_neg_0)
        flags |= MOLT_DTSF_NO_NEG_0;
    if (type == 0) {
        /* like repr without a precision, else like 'g' keeping ".0" */
        flags |= MOLT_DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        val *= 100;
        add_pct = 1;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    buf = molt_double_to_string(val, (char)type, (int)precision, flags, &n);
    memset(&num, 0, sizeof num);
    if (buf[0] == '-') {
        num.sign = '-';
        i = 1;
    }
    num.digits = buf + i;
    while (i < n && buf[i] >= '0' && buf[i] <= '9')
        i++;
    num.ndigits = (buf + i) - num.digits;
    if (i < n && buf[i] == '.') {
        num.has_decimal = 1;
        i++;
    }
    if (add_pct) {
        char *b2 = molt_alloc_atomic(n + 2);
        memcpy(b2, buf, n);
        b2[n++] = '%';
        num.digits = b2 + (num.digits - buf);
        buf = b2;
    }
    num.rest = buf + i;
    num.restbytes = n - i;
    num.restchars = (int64_t)(n - i);
    return write_number(sb, &num, f, f->type == 'n' ? 0 : f->thousands);
}

/* ------------------------------------------------------------------ */
/* ints (CPython's format_long_internal) */

/* The digits of int-like v in base 2, 8, 10 or 16 (lower case), without
 * sign: collector memory. Base 10 keeps CPython's 4300-digit limit. */
static char *int_digits(MoltValue v, int base, int *negative, int64_t *ndigits)
{
    char *out;
    v = molt_int_unbool(v);
    if (base == 10) {
        MoltValue s = molt_int_repr(v);
        const char *p;
        size_t len;
        if (!s)
            return NULL;
        p = molt_str_utf8(s, &len);
        *negative = p[0] == '-';
        *ndigits = (int64_t)len - *negative;
        return (char *)p + *negative;
    }
    if (molt_is_int(v)) {
        int64_t x = molt_int_value(v);
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        char tmp[72];
        int k = 72;
        *negative = x < 0;
        do {
            tmp[--k] = "0123456789abcdef"[u % (uint64_t)base];
            u /= (uint64_t)base;
        } while (u);
        *ndigits = 72 - k;
        out = molt_alloc_atomic((size_t)*ndigits + 1);
        memcpy(out, tmp + k, (size_t)*ndigits);
        return out;
    }
    {
        mpz_srcptr z = molt_bigint_obj(v)->z;
        out = molt_alloc_atomic(mpz_sizeinbase(z, base) + 2);
        mpz_get_str(out, base, z);
        *negative = out[0] == '-';
        *ndigits = (int64_t)strlen(out) - *negative;
        return out + *negative;
    }
}

static int format_int_spec(MoltStrBuf *sb, MoltValue obj, const FormatSpec *f)
{
    Number num;
    int base = 10, negative;
    char chbuf[4];
    memset(&num, 0, sizeof num);
    if (f->precision != -1) {
        molt_raise(&MoltExc_ValueError, "Precision not allowed in integer format specifier");
        return -1;
    }
    if (f->no_neg_0) {
        molt_raise(&MoltExc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        return -1;
    }
    if (f->type == 'c') {
        int64_t x;
        MoltStrBuf cb;
        if (f->sign) {
            molt_raise(&MoltExc_ValueError, "Sign not allowed with integer format specifier 'c'");
            return -1;
        }
        if (f->alternate) {
            molt_raise(
                &MoltExc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            return -1;
        }
        if (molt_int_as_i64(molt_int_unbool(obj), &x) < 0) {
            molt_raise(&MoltExc_OverflowError, "Python int too large to convert to C long");
            return -1;
        }
        if (x < 0 || x > 0x10FFFF) {
            molt_raise(&MoltExc_OverflowError, "%%c arg not in range(0x110000)");
            return -1;
        }
        /* the character is "rest": copied, never grouped */
        molt_sb_init(&cb);
        molt_sb_put_cp(&cb, (uint32_t)x);
        memcpy(chbuf, cb.buf, cb.len);
        num.rest = chbuf;
        num.restbytes = cb.len;
        num.restchars = 1;
        return write_number(sb, &num, f, f->thousands);
    }
    switch (f->type) {
    case 'b':
        base = 2;
        num.prefix = "0b";
        break;
    case 'o':
        base = 8;
        num.prefix = "0o";
        break;
    case 'x':
    case 'X':
        base = 16;
        num.prefix = "0x";
        break;
    default:
        break;
    }
    if (f->alternate && num.prefix)
        num.nprefix = 2;
    num.digits = int_digits(obj, base, &negative, &num.ndigits);
    if (!num.digits)
        return -1;
    num.sign = negative ? '-' : 0;
    num.upper = f->type == 'X';
    num.rest = "";
    return write_number(sb, &num, f, f->type == 'n' ? 0 : f->thousands);
}

/* ------------------------------------------------------------------ */
/* strs (CPython's format_string_internal) */

static int format_str_spec(MoltStrBuf *sb, MoltValue s, const FormatSpec *f)
{
    MoltStr *o = molt_str_obj(s);
    int64_t len = (int64_t)o->nchars, total, lpad;
    size_t bytes = o->len;
    if (f->sign) {
        molt_raise(&MoltExc_ValueError,
            f->sign == ' ' ? "Space not allowed in string format specifier"
                           : "Sign not allowed in string format specifier");
        return -1;
    }
    if (f->no_neg_0) {
        molt_raise(&MoltExc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        return -1;
    }
    if (f->alternate) {
        molt_raise(&MoltExc_ValueError, "Alternate form (#) not allowed in string format specifier");
        return -1;
    }
    if (f->align == '=') {
        molt_raise(&MoltExc_ValueError, "'=' alignment not allowed in string format specifier");
        return -1;
    }
    if (f->precision >= 0 && len > f->precision) {
        /* truncate to precision code points */
        size_t i = 0;
        int64_t k;
        for (k = 0; k < f->precision; k++)
            molt_utf8_next(o->data, o->len, &i);
        bytes = i;
        len = f->precision;
    }
    total = f->width > len ? f->width : len;
    lpad = f->align == '>' ? total - len : f->align == '^' ? (total - len) / 2 : 0;
    molt_sb_put_cp_n(sb, f->fill, lpad);
    molt_sb_append(sb, o->data, bytes);
    molt_sb_put_cp_n(sb, f->fill, total - len - lpad);
    return 0;
}

/* ------------------------------------------------------------------ */
/* the __format__ of each builtin type, into a builder */

static int int_format(MoltStrBuf *sb, MoltValue v, MoltValue spec)
{
    FormatSpec f;
    double d;
    if (molt_str_obj(spec)->len == 0) {
        if (molt_is_bool(v))
            return molt_sb_append_str(sb, v);
        return molt_sb_append_repr(sb, v);
    }
    if (parse_spec(v, spec, 'd', '>', &f) < 0)
        return -1;
    switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
        return format_int_spec(sb, v, &f);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
        if (molt_int_to_double(v, &d) < 0)
            return -1;
        return format_float_spec(sb, v, d, &f);
    default:
        return unknown_type(f.type, v);
    }
}

static int float_format(MoltStrBuf *sb, MoltValue v, MoltValue spec)
{
    FormatSpec f;
    if (molt_str_obj(spec)->len == 0)
        return molt_sb_append_str(sb, v);
    if (parse_spec(v, spec, 0, '>', &f) < 0)
        return -1;
    switch (f.type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
        return format_float_spec(sb, v, molt_double_value(v), &f);
    default:
        return unknown_type(f.type, v);
    }
}

static int str_format(MoltStrBuf *sb, MoltValue v, MoltValue spec)
{
    FormatSpec f;
    if (molt_str_obj(spec)->len == 0)
        return molt_sb_append_str(sb, v);
    if (parse_spec(v, spec, 's', '<', &f) < 0)
        return -1;
    if (f.type != 's')
        return unknown_type(f.type, v);
    return format_str_spec(sb, v, &f);
}

static int object_format(MoltStrBuf *sb, MoltValue v, MoltValue spec)
{
    if (molt_str_obj(spec)->len != 0) {
        molt_raise(
            &MoltExc_TypeError, "unsupported format string passed to %s.__format__", molt_type_name(v));
        return -1;
    }
    return molt_sb_append_str(sb, v);
}

/* ------------------------------------------------------------------ */
/* format(), dispatching on type(v).__format__ */

int molt_format_into(MoltStrBuf *sb, MoltValue v, MoltValue spec)
{
    MoltType *t = molt_type_of(v), *owner = NULL;
    MoltValue f, r;
    if (molt_is_int(v) || molt_is_bigint(v) || molt_is_bool(v))
        return int_format(sb, v, spec);
    if (molt_is_double(v))
        return float_format(sb, v, spec);
    if (molt_is_str(v))
        return str_format(sb, v, spec);
    if (!molt_is_heaptype(t)) {
        for (; t; t = t->base)
            if (t == &MoltInt_Type || t == &MoltFloat_Type || t == &MoltStr_Type)
                break;
        if (!t)
            return object_format(sb, v, spec);
    }
    /* a user class: its __format__, or a builtin base's through the
     * method row (which checks self's type) */
    f = molt_type_lookup_cstr(molt_type_of(v), "__format__", &owner);
    if (!f) {
        molt_raise(&MoltExc_TypeError, "Type %s doesn't define __format__", molt_type_name(v));
        return -1;
    }
    if (owner == &MoltObject_Type)
        return object_format(sb, v, spec);
    r = molt_call_with_self(f, v, &spec, 1, MOLT_NULL);
    if (!r)
        return -1;
    if (!molt_isinstance(r, &MoltStr_Type)) {
        molt_raise(&MoltExc_TypeError, "__format__ must return a str, not %s", molt_type_name(r));
        return -1;
    }
    molt_sb_append(sb, molt_str_obj(r)->data, molt_str_obj(r)->len);
    return 0;
}

MOLT_API MoltValue molt_format(MoltValue v, MoltValue spec)
{
    MoltStrBuf sb;
    if (molt_str_obj(spec)->len == 0) {
        if (molt_is_str(v))
            return v;
        if (molt_is_int(v) || molt_is_bigint(v))
            return molt_int_repr(v);
    }
    molt_sb_init(&sb);
    if (molt_format_into(&sb, v, spec) < 0)
        return MOLT_NULL;
    return molt_sb_finish(&sb);
}

MOLT_API MoltValue molt_format_value(MoltValue v, MoltValue spec)
{
    if (molt_is_str(v) && molt_str_obj(spec)->len == 0)
        return v;
    return molt_format(v, spec);
}

MOLT_API MoltValue molt_str_build(size_t n, const MoltValue *parts)
{
    MoltStrBuf sb;
    size_t i, total = 0;
    if (n == 1)
        return parts[0];
    for (i = 0; i < n; i++)
        total += molt_str_obj(parts[i])->len;
    molt_sb_init(&sb);
    if (total > sizeof sb.small) {
        sb.buf = molt_alloc_atomic(total);
        sb.cap = total;
    }
    for (i = 0; i < n; i++)
        molt_sb_append(&sb, molt_str_obj(parts[i])->data, molt_str_obj(parts[i])->len);
    return molt_sb_finish(&sb);
}

/* ------------------------------------------------------------------ */
/* the __format__ methods */

/* Check a __format__ call's arguments: 0, or -1 with CPython's TypeError. */
static int format_args(const char *owner, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (molt_kw_count(kwnames)) {
        molt_raise(&MoltExc_TypeError, "%s.__format__() takes no keyword arguments", owner);
        return -1;
    }
    if (nargs != 2) {
        molt_raise(
            &MoltExc_TypeError, "%s.__format__() takes exactly one argument (%zu given)", owner, nargs - 1);
        return -1;
    }
    if (!molt_is_str(args[1])) {
        molt_raise(&MoltExc_TypeError, "__format__() argument must be str, not %s", molt_type_name(args[1]));
        return -1;
    }
    return 0;
}

#define FORMAT_METHOD(NAME, IMPL)                                                              \
    MoltValue molt_##NAME##___format__(const MoltValue *args, size_t nargs, MoltValue kwnames) \
    {                                                                                          \
        MoltStrBuf sb;                                                                         \
        if (format_args(#NAME, args, nargs, kwnames) < 0)                                      \
            return MOLT_NULL;                                                                  \
        molt_sb_init(&sb);                                                                     \
        if (IMPL(&sb, args[0], args[1]) < 0)                                                   \
            return MOLT_NULL;                                                                  \
        return molt_sb_finish(&sb);                                                            \
    }
FORMAT_METHOD(int, int_format)
FORMAT_METHOD(float, float_format)
FORMAT_METHOD(str, str_format)
FORMAT_METHOD(object, object_format)
#undef FORMAT_METHOD

/* ------------------------------------------------------------------ */
/* ascii() and the format() builtin */

MOLT_API MoltValue molt_ascii(MoltValue v)
{
    MoltValue r = molt_repr(v);
    MoltStr *s;
    MoltStrBuf sb;
    size_t i = 0;
    if (!r)
        return MOLT_NULL;
    s = molt_str_obj(r);
    if (s->nchars == s->len)
        return r;
    molt_sb_init(&sb);
    while (i < s->len) {
        uint32_t c = molt_utf8_next(s->data, s->len, &i);
        if (c < 0x80)
            molt_sb_putc(&sb, (char)c);
        else if (c <= 0xFF)
            molt_sb_printf(&sb, "\\x%02x", (unsigned)c);
        else if (c <= 0xFFFF)
            molt_sb_printf(&sb, "\\u%04x", (unsigned)c);
        else
            molt_sb_printf(&sb, "\\U%08x", (unsigned)c);
    }
    return molt_sb_finish(&sb);
}

MoltValue molt_builtin_ascii(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (molt_no_kwargs("ascii", kwnames) < 0)
        return MOLT_NULL;
    if (nargs != 1)
        return molt_raise(&MoltExc_TypeError, "ascii() takes exactly one argument (%zu given)", nargs);
    return molt_ascii(args[0]);
}

MoltValue molt_builtin_format(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue spec;
    if (molt_no_kwargs("format", kwnames) < 0)
        return MOLT_NULL;
    if (nargs < 1)
        return molt_raise(&MoltExc_TypeError, "format expected at least 1 argument, got %zu", nargs);
    if (nargs > 2)
        return molt_raise(&MoltExc_TypeError, "format expected at most 2 arguments, got %zu", nargs);
    spec = nargs == 2 ? args[1] : molt_str_from_utf8("", 0);
    if (!molt_is_str(spec))
        return molt_raise(&MoltExc_TypeError, "format() argument 2 must be str, not %s",
            spec == MOLT_NONE ? "None" : molt_type_name(spec));
    return molt_format(args[0], spec);
}
