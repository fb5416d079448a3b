/* printf-style formatting of bytes and bytearray (`b'%d' % x`), as
 * CPython's _PyBytes_FormatEx: %s %b %r %a %c %d %i %u %o %x %X %e %E %f
 * %F %g %G %%, flags '-+ #0', width and precision (also '*'), and
 * %(key)s with a mapping. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <gmp.h>

#include "internal/bytes.h"
#include "internal/class.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/int.h"
#include "internal/tuple.h"
#include "internal/type.h"

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

/* ascii(v): repr(v) with non-ASCII characters escaped. */
static MoltValue ascii_of(MoltValue v)
{
    MoltValue r = molt_repr(v);
    MoltStr *s;
    MoltStrBuf sb;
    size_t i;
    if (!r)
        return MOLT_NULL;
    s = molt_str_obj(r);
    if (s->nchars == s->len)
        return r;
    molt_sb_init(&sb);
    for (i = 0; i < s->len;) {
        unsigned char c = (unsigned char)s->data[i];
        uint32_t cp;
        size_t extra;
        if (c < 0x80) {
            molt_sb_putc(&sb, (char)c);
            i++;
            continue;
        }
        extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
        cp = c & (0x3F >> extra);
        for (i++; extra-- && i < s->len; i++)
            cp = (cp << 6) | ((unsigned char)s->data[i] & 0x3F);
        if (cp <= 0xFF)
            molt_sb_printf(&sb, "\\x%02x", (unsigned)cp);
        else if (cp <= 0xFFFF)
            molt_sb_printf(&sb, "\\u%04x", (unsigned)cp);
        else
            molt_sb_printf(&sb, "\\U%08x", (unsigned)cp);
    }
    return molt_sb_finish(&sb);
}

/* The bytes %s/%b insert for v: a bytes-like, or __bytes__() of an
 * instance of a class. 0 or -1. */
static int bytes_of(MoltValue v, MoltBuffer *b)
{
    MoltValue method;
    int r = molt_buffer_get(v, b);
    if (r)
        return r < 0 ? -1 : 0;
    method = (molt_type_of(v)->flags & MOLT_TYPE_HEAPTYPE)
        ? molt_type_lookup_cstr(molt_type_of(v), "__bytes__", NULL)
        : MOLT_NULL;
    if (method) {
        MoltValue res = molt_call(method, &v, 1, MOLT_NULL);
        if (!res)
            return -1;
        if (!molt_isinstance(res, &MoltBytes_Type)) {
            molt_raise(&MoltExc_TypeError, "__bytes__ returned non-bytes (type %s)", molt_type_name(res));
            return -1;
        }
        molt_buffer_get(res, b);
        return 0;
    }
    molt_raise(&MoltExc_TypeError,
        "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
        molt_type_name(v));
    return -1;
}

/* The digits of int v for conversion c (d, o, x, X), with CPython's
 * _PyUnicode_FormatLong: '-' sign, precision zero-fill, "0x"/"0o"
 * prefix under '#'. */
static void format_long(MoltStrBuf *out, MoltValue v, int alt, int64_t prec, char c)
{
    mpz_t z;
    char *digits;
    size_t n, i;
    int base = c == 'o' ? 8 : (c == 'x' || c == 'X') ? 16 : 10;
    mpz_init(z);
    molt_int_get_mpz(molt_int_unbool(v), z);
    if (mpz_sgn(z) < 0) {
        molt_sb_putc(out, '-');
        mpz_neg(z, z);
    }
    digits = mpz_get_str(NULL, base, z);
    n = strlen(digits);
    if (alt && base != 10) {
        molt_sb_putc(out, '0');
        molt_sb_putc(out, c);
    }
    for (i = n; prec >= 0 && i < (size_t)prec; i++)
        molt_sb_putc(out, '0');
    if (c == 'X')
        for (i = 0; i < n; i++)
            if (digits[i] >= 'a' && digits[i] <= 'f')
                digits[i] = (char)(digits[i] - 32);
    molt_sb_append(out, digits, n);
    mpz_clear(z);
}

/* A float as PyOS_double_to_string does for %e %f %g (and capitals). */
static void format_double(MoltStrBuf *out, double d, int flags, int64_t prec, char c)
{
    char fmt[16], *f = fmt;
    int upper = c == 'E' || c == 'F' || c == 'G';
    if (prec < 0)
        prec = 6;
    if (isnan(d) || isinf(d)) {
        if (signbit(d) && !isnan(d))
            molt_sb_putc(out, '-');
        else if (flags & F_SIGN)
            molt_sb_putc(out, '+');
        molt_sb_puts(out, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        return;
    }
    *f++ = '%';
    if (flags & F_SIGN)
        *f++ = '+';
    if (flags & F_ALT)
        *f++ = '#';
    *f++ = '.';
    *f++ = '*';
    *f++ = c;
    *f = 0;
    molt_sb_printf(out, fmt, (int)(prec > 1000 ? 1000 : prec), d);
}

static MoltValue bad_spec(const unsigned char *fmt, size_t i)
{
    unsigned char c = fmt[i];
    return molt_raise(&MoltExc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
        c < 128 ? c : '?', c, i);
}

MoltValue molt_bytes_format(MoltValue format, MoltValue args)
{
    MoltBuffer fb;
    MoltStrBuf out;
    MoltValue dict = MOLT_NULL;
    const MoltValue *argv;
    size_t argc, argidx = 0, i;
    int is_tuple = molt_is_tuple(args);
    molt_buffer_get(format, &fb);
    if (is_tuple) {
        argv = molt_tuple_obj(args)->items;
        argc = molt_tuple_obj(args)->n;
    } else {
        argv = &args;
        argc = 1;
    }
    if (!is_tuple && molt_type_of(args)->getitem && !molt_isinstance(args, &MoltBytes_Type)
        && !molt_is_str(args))
        dict = args;
    molt_sb_init(&out);
#define NEXT_ARG(dst)                                                                        \
    do {                                                                                     \
        if (argidx >= argc)                                                                  \
            return molt_raise(&MoltExc_TypeError, "not enough arguments for format string"); \
        dst = argv[argidx++];                                                                \
    } while (0)
    for (i = 0; i < fb.n;) {
        int flags = 0, sign = 0;
        int64_t width = -1, prec = -1;
        MoltValue v = MOLT_NULL, key_args = MOLT_NULL;
        MoltStrBuf num;
        const unsigned char *pbuf;
        size_t len;
        char fill = ' ', c;
        unsigned char onechar;
        if (fb.p[i] != '%') {
            size_t j = i;
            while (j < fb.n && fb.p[j] != '%')
                j++;
            molt_sb_append(&out, (const char *)fb.p + i, j - i);
            i = j;
            continue;
        }
        i++;
        if (i < fb.n && fb.p[i] == '(') {
            size_t start = ++i, depth = 1;
            MoltValue key;
            if (!dict)
                return molt_raise(&MoltExc_TypeError, "format requires a mapping");
            while (i < fb.n && depth) {
                if (fb.p[i] == ')')
                    depth--;
                else if (fb.p[i] == '(')
                    depth++;
                i++;
            }
            if (depth)
                return molt_raise(&MoltExc_ValueError, "incomplete format key");
            key = molt_bytes_new(fb.p + start, i - 1 - start);
            key_args = molt_getitem(dict, key);
            if (!key_args)
                return MOLT_NULL;
        }
        for (; i < fb.n; i++) {
            switch (fb.p[i]) {
            case '-':
                flags |= F_LJUST;
                continue;
            case '+':
                flags |= F_SIGN;
                continue;
            case ' ':
                flags |= F_BLANK;
                continue;
            case '#':
                flags |= F_ALT;
                continue;
            case '0':
                flags |= F_ZERO;
                continue;
            }
            break;
        }
        if (i < fb.n && fb.p[i] == '*') {
            MoltValue w;
            int64_t wv;
            i++;
            NEXT_ARG(w);
            if (!molt_is_intlike(w))
                return molt_raise(&MoltExc_TypeError, "* wants int");
            if (molt_int_as_i64(molt_int_unbool(w), &wv) < 0 || wv > INT32_MAX || wv < -INT32_MAX)
                return molt_raise(&MoltExc_OverflowError, "Python int too large to convert to C ssize_t");
            if (wv < 0) {
                flags |= F_LJUST;
                wv = -wv;
            }
            width = wv;
        } else {
            while (i < fb.n && fb.p[i] >= '0' && fb.p[i] <= '9') {
                width = (width < 0 ? 0 : width) * 10 + (fb.p[i++] - '0');
                if (width > INT32_MAX)
                    return molt_raise(&MoltExc_ValueError, "width too big");
            }
        }
        if (i < fb.n && fb.p[i] == '.') {
            i++;
            prec = 0;
            if (i < fb.n && fb.p[i] == '*') {
                MoltValue w;
                int64_t pv;
                i++;
                NEXT_ARG(w);
                if (!molt_is_intlike(w))
                    return molt_raise(&MoltExc_TypeError, "* wants int");
                if (molt_int_as_i64(molt_int_unbool(w), &pv) < 0 || pv > INT32_MAX || pv < -INT32_MAX)
                    return molt_raise(&MoltExc_OverflowError, "Python int too large to convert to C ssize_t");
                prec = pv < 0 ? 0 : pv;
            } else {
                while (i < fb.n && fb.p[i] >= '0' && fb.p[i] <= '9') {
                    prec = prec * 10 + (fb.p[i++] - '0');
                    if (prec > INT32_MAX)
                        return molt_raise(&MoltExc_ValueError, "precision too big");
                }
            }
        }
        if (i >= fb.n)
            return molt_raise(&MoltExc_ValueError, "incomplete format");
        c = (char)fb.p[i];
        if (c == '%') {
            molt_sb_putc(&out, '%');
            i++;
            continue;
        }
        if (key_args)
            v = key_args;
        else
            NEXT_ARG(v);
        molt_sb_init(&num);
        switch (c) {
        case 'r':
        case 'a': {
            MoltValue s = ascii_of(v);
            if (!s)
                return MOLT_NULL;
            pbuf = (const unsigned char *)molt_str_obj(s)->data;
            len = molt_str_obj(s)->len;
            if (prec >= 0 && len > (size_t)prec)
                len = (size_t)prec;
            break;
        }
        case 's':
        case 'b': {
            MoltBuffer b;
            if (bytes_of(v, &b) < 0)
                return MOLT_NULL;
            pbuf = b.p;
            len = b.n;
            if (prec >= 0 && len > (size_t)prec)
                len = (size_t)prec;
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
            if (molt_is_double(v) && (c == 'd' || c == 'i' || c == 'u')) {
                v = molt_int_from_double(molt_double_value(v));
                if (!v)
                    return MOLT_NULL;
            } else if (!molt_is_intlike(v)) {
                if (c == 'd' || c == 'i' || c == 'u')
                    return molt_raise(&MoltExc_TypeError, "%%%c format: a real number is required, not %s", c,
                        molt_type_name(v));
                return molt_raise(
                    &MoltExc_TypeError, "%%%c format: an integer is required, not %s", c, molt_type_name(v));
            }
            format_long(&num, v, flags & F_ALT, prec, c == 'i' || c == 'u' ? 'd' : c);
            pbuf = (const unsigned char *)num.buf;
            len = num.len;
            sign = 1;
            if (flags & F_ZERO)
                fill = '0';
            break;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            double d;
            if (molt_is_double(v))
                d = molt_double_value(v);
            else if (molt_is_intlike(v)) {
                if (molt_int_to_double(v, &d) < 0)
                    return MOLT_NULL;
            } else {
                return molt_raise(&MoltExc_TypeError, "float argument required, not %s", molt_type_name(v));
            }
            format_double(&num, d, flags, prec, c);
            pbuf = (const unsigned char *)num.buf;
            len = num.len;
            sign = 1;
            if (flags & F_ZERO)
                fill = '0';
            break;
        }
        case 'c': {
            MoltBuffer b;
            int64_t x;
            if ((molt_isinstance(v, &MoltBytes_Type) || molt_isinstance(v, &MoltByteArray_Type))
                && (molt_buffer_get(v, &b), b.n == 1)) {
                onechar = b.p[0];
            } else if (molt_is_intlike(v)) {
                if (molt_int_as_i64(molt_int_unbool(v), &x) < 0 || x < 0 || x > 255)
                    return molt_raise(&MoltExc_OverflowError, "%%c arg not in range(256)");
                onechar = (unsigned char)x;
            } else {
                return molt_raise(
                    &MoltExc_TypeError, "%%c requires an integer in range(256) or a single byte");
            }
            pbuf = &onechar;
            len = 1;
            break;
        }
        default:
            return bad_spec(fb.p, i);
        }
        i++;
        /* sign, numeric prefix and padding, as CPython lays them out */
        if (sign) {
            if (len && (pbuf[0] == '-' || pbuf[0] == '+')) {
                sign = pbuf[0];
                pbuf++;
                len--;
            } else if (flags & F_SIGN) {
                sign = '+';
            } else if (flags & F_BLANK) {
                sign = ' ';
            } else {
                sign = 0;
            }
        }
        if (width < (int64_t)len)
            width = (int64_t)len;
        if (sign) {
            if (fill != ' ')
                molt_sb_putc(&out, (char)sign);
            if (width > (int64_t)len)
                width--;
        }
        if ((flags & F_ALT) && (c == 'o' || c == 'x' || c == 'X')) {
            if (fill != ' ') {
                molt_sb_append(&out, (const char *)pbuf, 2);
                pbuf += 2;
            }
            width -= 2;
            if (width < 0)
                width = 0;
            len -= 2;
        }
        if (width > (int64_t)len && !(flags & F_LJUST)) {
            for (; width > (int64_t)len; width--)
                molt_sb_putc(&out, fill);
        }
        if (fill == ' ') {
            if (sign)
                molt_sb_putc(&out, (char)sign);
            if ((flags & F_ALT) && (c == 'o' || c == 'x' || c == 'X')) {
                molt_sb_append(&out, (const char *)pbuf, 2);
                pbuf += 2;
            }
        }
        molt_sb_append(&out, (const char *)pbuf, len);
        for (; width > (int64_t)len; width--)
            molt_sb_putc(&out, ' ');
    }
#undef NEXT_ARG
    if (argidx < argc && !dict)
        return molt_raise(&MoltExc_TypeError, "not all arguments converted during bytes formatting");
    return molt_bytes_like(format, out.buf, out.len);
}
