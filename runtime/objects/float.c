/* float: IEEE doubles with CPython's arithmetic (division and modulo sign
 * rules, pow special cases and errors), shortest round-trip repr, parsing
 * and round(). Floats are immediates (value.h); this file has no layout. */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gmp.h>

#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/complex.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/float.h"
#include "internal/format.h"
#include "internal/int.h"
#include "internal/numtext.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

/* ------------------------------------------------------------------ */
/* arithmetic */

static int is_odd_integer(double w) { return fmod(fabs(w), 2.0) == 1.0; }

/* CPython's float_pow, case by case (C99 pow gets several wrong for
 * Python's purposes). */
static MoltValue float_pow(double iv, double iw)
{
    double ix;
    int negate_result = 0;
    if (iw == 0.0)
        return molt_from_double(1.0);
    if (isnan(iv))
        return molt_from_double(iv);
    if (isnan(iw))
        return molt_from_double(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            return molt_from_double(1.0);
        if ((iw > 0.0) == (iv > 1.0))
            return molt_from_double(fabs(iw));
        return molt_from_double(0.0);
    }
    if (isinf(iv)) {
        int odd = is_odd_integer(iw);
        if (iw > 0.0)
            return molt_from_double(odd ? iv : fabs(iv));
        return molt_from_double(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        int odd = is_odd_integer(iw);
        if (iw < 0.0)
            return molt_raise(&MoltExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return molt_from_double(odd ? iv : 0.0);
    }
    if (iv < 0.0) {
        if (iw != floor(iw))
            /* negative numbers raised to fractional powers become complex */
            return molt_complex_pow(iv, 0.0, iw, 0.0);
        iv = -iv;
        negate_result = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return molt_from_double(negate_result ? -1.0 : 1.0);
    errno = 0;
    ix = pow(iv, iw);
    if (isinf(ix)) {
        MoltValue args[2];
        args[0] = MOLT_INT(34);
        args[1] = molt_str_from_cstr("Numerical result out of range");
        return molt_raise_args(&MoltExc_OverflowError, args, 2);
    }
    return molt_from_double(negate_result ? -ix : ix);
}

/* CPython's float_divmod core: fmod-based, with the remainder taking the
 * divisor's sign and signed zeros where CPython produces them. */
static void float_divmod_raw(double vx, double wx, double *floordiv, double *mod)
{
    double div, m = fmod(vx, wx);
    div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    if (div) {
        double fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
        div = fd;
    } else {
        div = copysign(0.0, vx / wx);
    }
    *floordiv = div;
    *mod = m;
}

MoltValue molt_float_binop(int op, double a, double b)
{
    double q, r;
    switch (op) {
    case MOLT_OP_ADD:
        return molt_from_double(a + b);
    case MOLT_OP_SUB:
        return molt_from_double(a - b);
    case MOLT_OP_MUL:
        return molt_from_double(a * b);
    case MOLT_OP_TRUEDIV:
        if (b == 0.0)
            return molt_raise(&MoltExc_ZeroDivisionError, "float division by zero");
        return molt_from_double(a / b);
    case MOLT_OP_FLOORDIV:
        if (b == 0.0)
            return molt_raise(&MoltExc_ZeroDivisionError, "float floor division by zero");
        float_divmod_raw(a, b, &q, &r);
        return molt_from_double(q);
    case MOLT_OP_MOD:
        if (b == 0.0)
            return molt_raise(&MoltExc_ZeroDivisionError, "float modulo");
        r = fmod(a, b);
        if (r) {
            if ((b < 0) != (r < 0))
                r += b;
        } else {
            r = copysign(0.0, b);
        }
        return molt_from_double(r);
    case MOLT_OP_POW:
        return float_pow(a, b);
    default:
        return MOLT_NOTIMPLEMENTED;
    }
}

MoltValue molt_float_divmod(double a, double b)
{
    MoltValue items[2];
    double q, r;
    if (b == 0.0)
        return molt_raise(&MoltExc_ZeroDivisionError, "float divmod()");
    float_divmod_raw(a, b, &q, &r);
    items[0] = molt_from_double(q);
    items[1] = molt_from_double(r);
    return molt_tuple_new(2, items);
}

int molt_float_coerce(MoltValue v, double *out)
{
    if (molt_is_double(v)) {
        *out = molt_double_value(v);
        return 1;
    }
    if (molt_is_intlike(v))
        return molt_int_to_double(v, out) < 0 ? -1 : 1;
    if (molt_unbox(v) != v) /* an int or float subclass instance */
        return molt_float_coerce(molt_unbox(v), out);
    return 0;
}

/* ------------------------------------------------------------------ */
/* repr */

/* Shortest round-tripping digits: the smallest precision whose correctly
 * rounded %e form reads back as d. At a power of two the gap below d is
 * half the gap above, so the nearest candidate may miss while the next one
 * up fits; that candidate is tried too (David Gay's mode 0 finds it). */
void molt_float_shortest_digits(double d, char *digits, int *ndigits, int *exp10)
{
    char tmp[40];
    int p, i, n, e;
    for (p = 1; p <= 17; p++) {
        snprintf(tmp, sizeof tmp, "%.*e", p - 1, d);
        if (strtod(tmp, NULL) == d)
            break;
        if (p < 17) {
            int m;
            double f = frexp(d, &m);
            if (f == 0.5) {
                /* increment the mantissa's last digit, carrying */
                char *ep = strchr(tmp, 'e');
                char *q = ep - 1;
                while (q >= tmp && (*q == '9' || *q == '.')) {
                    if (*q == '9')
                        *q = '0';
                    q--;
                }
                if (q >= tmp && isdigit((unsigned char)*q)) {
                    (*q)++;
                    if (strtod(tmp, NULL) == d)
                        break;
                }
            }
        }
    }
    n = 0;
    for (i = 0; tmp[i] != 'e'; i++)
        if (isdigit((unsigned char)tmp[i]))
            digits[n++] = tmp[i];
    e = atoi(tmp + i + 1);
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    *ndigits = n;
    *exp10 = e;
}

/* CPython's float_repr ('r' format): fixed notation for exponents in
 * [-4, 16), else d.ddde+XX; integral values keep ".0". */
size_t molt_float_repr_buf(double d, char *buf)
{
    char digits[24];
    int n, e, decpt, i;
    char *o = buf;
    if (isnan(d))
        return (size_t)sprintf(buf, "nan");
    if (isinf(d))
        return (size_t)sprintf(buf, d > 0 ? "inf" : "-inf");
    if (d == 0.0)
        return (size_t)sprintf(buf, signbit(d) ? "-0.0" : "0.0");
    if (d < 0) {
        *o++ = '-';
        d = -d;
    }
    molt_float_shortest_digits(d, digits, &n, &e);
    decpt = e + 1;
    if (e < -4 || e >= 16) {
        *o++ = digits[0];
        if (n > 1) {
            *o++ = '.';
            memcpy(o, digits + 1, (size_t)n - 1);
            o += n - 1;
        }
        o += sprintf(o, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    } else if (decpt <= 0) {
        *o++ = '0';
        *o++ = '.';
        for (i = 0; i < -decpt; i++)
            *o++ = '0';
        memcpy(o, digits, (size_t)n);
        o += n;
    } else if (decpt >= n) {
        memcpy(o, digits, (size_t)n);
        o += n;
        for (i = n; i < decpt; i++)
            *o++ = '0';
        *o++ = '.';
        *o++ = '0';
    } else {
        memcpy(o, digits, (size_t)decpt);
        o += decpt;
        *o++ = '.';
        memcpy(o, digits + decpt, (size_t)(n - decpt));
        o += n - decpt;
    }
    *o = '\0';
    return (size_t)(o - buf);
}

MoltValue molt_float_repr(MoltValue v)
{
    char buf[40];
    size_t n = molt_float_repr_buf(molt_double_value(v), buf);
    return molt_str_from_utf8(buf, n);
}

/* ------------------------------------------------------------------ */
/* parsing */

/* Py_ISSPACE: ASCII whitespace only (not \x1c-\x1f, which str.isspace
 * accepts); Unicode spaces were made ' ' by molt_number_text_ascii. */
static int is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Digits with single underscores between them; returns the end. */
static const char *scan_digits(const char *p, const char *end, char **out, int *count)
{
    int n = 0;
    while (p < end) {
        if (isdigit((unsigned char)*p)) {
            *(*out)++ = *p++;
            n++;
        } else if (*p == '_' && n > 0 && p + 1 < end && isdigit((unsigned char)p[1])) {
            p++;
        } else {
            break;
        }
    }
    *count = n;
    return p;
}

MoltValue molt_float_from_text(const char *s, size_t len, MoltValue orig)
{
    const char *p, *end;
    char *clean, *o;
    int neg = 0, n_int, n_frac, n_exp;
    s = molt_number_text_ascii(s, len, &len);
    p = s;
    end = s + len;
    while (p < end && is_space((unsigned char)*p))
        p++;
    while (end > p && is_space((unsigned char)end[-1]))
        end--;
    o = clean = molt_alloc_atomic(len + 2);
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        *o++ = *p++;
    }
    {
        size_t rest = (size_t)(end - p);
        if ((rest == 3 && !strncasecmp(p, "inf", 3)) || (rest == 8 && !strncasecmp(p, "infinity", 8)))
            return molt_from_double(neg ? -INFINITY : INFINITY);
        if (rest == 3 && !strncasecmp(p, "nan", 3))
            return molt_from_double(NAN);
    }
    p = scan_digits(p, end, &o, &n_int);
    n_frac = 0;
    if (p < end && *p == '.') {
        *o++ = *p++;
        if (p < end && *p == '_')
            goto bad;
        p = scan_digits(p, end, &o, &n_frac);
    }
    if (n_int + n_frac == 0)
        goto bad;
    if (p < end && (*p == 'e' || *p == 'E')) {
        *o++ = *p++;
        if (p < end && (*p == '+' || *p == '-'))
            *o++ = *p++;
        p = scan_digits(p, end, &o, &n_exp);
        if (n_exp == 0)
            goto bad;
    }
    if (p != end)
        goto bad;
    *o = '\0';
    return molt_from_double(strtod(clean, NULL));
bad:
    return molt_raise(&MoltExc_ValueError, "could not convert string to float: %R", orig);
}

/* ------------------------------------------------------------------ */
/* round() */

#define NDIGITS_MAX 323 /* (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 */
#define NDIGITS_MIN (-308) /* -(DBL_MAX_EXP + 1) * 0.30103 */

/* x rounded to n decimal places, exactly: x * 10^n as a rational, rounded
 * half to even to an integer N, then N / 10^n correctly rounded (the same
 * result as CPython's dtoa-based double_round). */
static MoltValue float_round_ndigits(double x, long n)
{
    mpq_t q;
    mpz_t num, den, nn, r, p10;
    MoltValue N, res;
    double d;
    int c;
    if (!isfinite(x) || x == 0.0 || n > NDIGITS_MAX)
        return molt_from_double(x);
    if (n < NDIGITS_MIN)
        return molt_from_double(0.0 * x);
    mpq_init(q);
    mpq_set_d(q, x);
    mpz_init(num);
    mpz_init(den);
    mpz_init(nn);
    mpz_init(r);
    mpz_init(p10);
    mpz_set(num, mpq_numref(q));
    mpz_set(den, mpq_denref(q));
    mpz_ui_pow_ui(p10, 10, (unsigned long)(n >= 0 ? n : -n));
    if (n >= 0)
        mpz_mul(num, num, p10);
    else
        mpz_mul(den, den, p10);
    mpz_fdiv_qr(nn, r, num, den);
    mpz_mul_2exp(r, r, 1);
    c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(nn)))
        mpz_add_ui(nn, nn, 1);
    if (n < 0)
        mpz_mul(nn, nn, p10);
    N = molt_int_from_mpz(nn);
    if (n >= 0) {
        res = molt_int_binop(MOLT_OP_TRUEDIV, N, molt_int_from_mpz(p10));
        if (!res) {
            molt_err_clear();
            return molt_raise(&MoltExc_OverflowError, "rounded value too large to represent");
        }
        d = molt_double_value(res);
    } else if (molt_int_to_double(N, &d) < 0) {
        molt_err_clear();
        return molt_raise(&MoltExc_OverflowError, "rounded value too large to represent");
    }
    if (d == 0.0)
        d = copysign(0.0, x);
    return molt_from_double(d);
}

MoltValue molt_float_round(double x, MoltValue ndigits)
{
    int64_t n;
    if (ndigits == MOLT_NULL || ndigits == MOLT_NONE) {
        double r = round(x);
        if (fabs(x - r) == 0.5)
            r = 2.0 * round(x / 2.0);
        return molt_int_from_double(r);
    }
    if (!(ndigits = molt_number_index(ndigits)))
        return MOLT_NULL;
    if (molt_int_as_i64(ndigits, &n) < 0)
        n = molt_int_sign(ndigits) > 0 ? NDIGITS_MAX + 1 : NDIGITS_MIN - 1;
    return float_round_ndigits(x, (long)n);
}

/* ------------------------------------------------------------------ */
/* type slots (operands are floats, or a float and an int-like) */

static MoltValue float_richcompare(MoltValue a, MoltValue b, int op)
{
    double x, y;
    if (molt_is_intlike(a) || molt_is_intlike(b))
        return MoltInt_Type.richcompare(a, b, op);
    if (!molt_is_double(a) || !molt_is_double(b))
        return MOLT_NOTIMPLEMENTED;
    x = molt_double_value(a);
    y = molt_double_value(b);
    return molt_float_compare(x, y, op);
}

MoltValue molt_float_compare(double x, double y, int op)
{
    switch (op) {
    case MOLT_LT:
        return molt_bool(x < y);
    case MOLT_LE:
        return molt_bool(x <= y);
    case MOLT_EQ:
        return molt_bool(x == y);
    case MOLT_NE:
        return molt_bool(x != y);
    case MOLT_GT:
        return molt_bool(x > y);
    default:
        return molt_bool(x >= y);
    }
}

static MoltValue float_slot(int op, MoltValue a, MoltValue b)
{
    double x, y;
    int k = molt_float_coerce(a, &x);
    if (k <= 0)
        return k < 0 ? MOLT_NULL : MOLT_NOTIMPLEMENTED;
    k = molt_float_coerce(b, &y);
    if (k <= 0)
        return k < 0 ? MOLT_NULL : MOLT_NOTIMPLEMENTED;
    return molt_float_binop(op, x, y);
}

#define FLOAT_SLOT(name, OP) \
    static MoltValue name(MoltValue a, MoltValue b) { return float_slot(OP, a, b); }
FLOAT_SLOT(float_add, MOLT_OP_ADD)
FLOAT_SLOT(float_sub, MOLT_OP_SUB)
FLOAT_SLOT(float_mul, MOLT_OP_MUL)
FLOAT_SLOT(float_truediv, MOLT_OP_TRUEDIV)
FLOAT_SLOT(float_floordiv, MOLT_OP_FLOORDIV)
FLOAT_SLOT(float_mod, MOLT_OP_MOD)
FLOAT_SLOT(float_pow_slot, MOLT_OP_POW)
#undef FLOAT_SLOT

static int float_truth(MoltValue v) { return molt_double_value(v) != 0.0; }
static MoltValue float_neg(MoltValue v) { return molt_from_double(-molt_double_value(v)); }
static MoltValue float_pos(MoltValue v) { return v; }
static MoltValue float_abs(MoltValue v) { return molt_from_double(fabs(molt_double_value(v))); }

/* ------------------------------------------------------------------ */
/* methods and attributes */

static MoltValue m_conjugate(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return molt_method_noargs("float", "conjugate", nargs, kwnames) < 0 ? MOLT_NULL : args[0];
}

static MoltValue m_getnewargs(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return molt_method_noargs("float", "__getnewargs__", nargs, kwnames) < 0 ? MOLT_NULL
                                                                             : molt_tuple_new(1, args);
}

/* float.is_integer(): finite with no fractional part. */
static MoltValue m_is_integer(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    double x;
    if (molt_method_noargs("float", "is_integer", nargs, kwnames) < 0)
        return MOLT_NULL;
    x = molt_double_value(args[0]);
    return molt_bool(isfinite(x) && floor(x) == x);
}

/* __trunc__, __floor__, __ceil__: the int, with int(float)'s errors for
 * NaN and infinities. */
static MoltValue m_trunc(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (molt_method_noargs("float", "__trunc__", nargs, kwnames) < 0)
        return MOLT_NULL;
    return molt_int_from_double(molt_double_value(args[0]));
}

static MoltValue m_floor(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (molt_method_noargs("float", "__floor__", nargs, kwnames) < 0)
        return MOLT_NULL;
    return molt_int_from_double(floor(molt_double_value(args[0])));
}

static MoltValue m_ceil(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (molt_method_noargs("float", "__ceil__", nargs, kwnames) < 0)
        return MOLT_NULL;
    return molt_int_from_double(ceil(molt_double_value(args[0])));
}

/* float.__round__(ndigits=None, /) */
static MoltValue m_round(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (molt_kw_count(kwnames))
        return molt_raise(&MoltExc_TypeError, "float.__round__() takes no keyword arguments");
    if (nargs > 2)
        return molt_raise(&MoltExc_TypeError, "__round__ expected at most 1 argument, got %zu", nargs - 1);
    return molt_float_round(molt_double_value(args[0]), nargs == 2 ? args[1] : MOLT_NULL);
}

/* float.as_integer_ratio(): the exact fraction in lowest terms, with a
 * positive denominator. */
static MoltValue m_as_integer_ratio(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue items[2];
    double x;
    mpq_t q;
    if (molt_method_noargs("float", "as_integer_ratio", nargs, kwnames) < 0)
        return MOLT_NULL;
    x = molt_double_value(args[0]);
    if (isinf(x))
        return molt_raise(&MoltExc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x))
        return molt_raise(&MoltExc_ValueError, "cannot convert NaN to integer ratio");
    mpq_init(q);
    mpq_set_d(q, x); /* exact and canonical */
    items[0] = molt_int_from_mpz(mpq_numref(q));
    items[1] = molt_int_from_mpz(mpq_denref(q));
    mpq_clear(q);
    return molt_tuple_new(2, items);
}

/* float.hex(): CPython's float_hex, "[-]0x1.<13 hex digits>p<exp>" with
 * subnormals as 0x0.<digits>p-1022; inf and nan as repr gives them. */
static MoltValue m_hex(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char hexdig[] = "0123456789abcdef";
    char digits[32], buf[64];
    double x, m;
    int e, shift, i, si = 0, n;
    if (molt_method_noargs("float", "hex", nargs, kwnames) < 0)
        return MOLT_NULL;
    x = molt_double_value(args[0]);
    if (isnan(x) || isinf(x))
        return molt_float_repr(args[0]);
    if (x == 0.0) {
        n = snprintf(buf, sizeof buf, "%s0x0.0p+0", signbit(x) ? "-" : "");
        return molt_str_from_utf8(buf, (size_t)n);
    }
    m = frexp(fabs(x), &e);
    shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    digits[si++] = hexdig[(int)m];
    m -= (int)m;
    digits[si++] = '.';
    for (i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        digits[si++] = hexdig[(int)m];
        m -= (int)m;
    }
    digits[si] = '\0';
    n = snprintf(
        buf, sizeof buf, "%s0x%sp%c%d", x < 0.0 ? "-" : "", digits, e < 0 ? '-' : '+', e < 0 ? -e : e);
    return molt_str_from_utf8(buf, (size_t)n);
}

static int hex_from_char(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* CPython's _Py_parse_inf_or_nan: "inf", "infinity", "nan" with an
 * optional sign, any case. Sets *end past them, or to s if none. */
static double parse_inf_or_nan(const char *s, const char **end)
{
    const char *p = s;
    int negate = 0;
    if (*p == '-') {
        negate = 1;
        p++;
    } else if (*p == '+') {
        p++;
    }
    if (!strncasecmp(p, "inf", 3)) {
        p += 3;
        if (!strncasecmp(p, "inity", 5))
            p += 5;
        *end = p;
        return negate ? -INFINITY : INFINITY;
    }
    if (!strncasecmp(p, "nan", 3)) {
        *end = p + 3;
        return NAN;
    }
    *end = s;
    return 0.0;
}

/* float.fromhex(string): CPython's float_fromhex, digit by digit: the
 * value rounded half to even to 53 bits (fewer for subnormals), exactly,
 * without going through decimal. */
static MoltValue fromhex_text(const char *s, size_t length)
{
    double x;
    long exp, top_exp, lsb, key_digit;
    const char *coeff_start, *s_store, *coeff_end, *s_end = s + length;
    int half_eps, digit, round_up, negate = 0;
    long ndigits, fdigits, i;

    while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
        s++;
    x = parse_inf_or_nan(s, &coeff_end);
    if (coeff_end != s) {
        s = coeff_end;
        goto finished;
    }
    if (*s == '-') {
        s++;
        negate = 1;
    } else if (*s == '+') {
        s++;
    }
    /* [0x] */
    s_store = s;
    if (*s == '0') {
        s++;
        if (*s == 'x' || *s == 'X')
            s++;
        else
            s = s_store;
    }
    /* coefficient: <integer> [. <fraction>] */
    coeff_start = s;
    while (hex_from_char(*s) >= 0)
        s++;
    s_store = s;
    if (*s == '.') {
        s++;
        while (hex_from_char(*s) >= 0)
            s++;
        coeff_end = s - 1;
    } else {
        coeff_end = s;
    }
    /* ndigits = total # of hex digits; fdigits = # after point */
    ndigits = coeff_end - coeff_start;
    fdigits = coeff_end - s_store;
    if (ndigits == 0)
        goto parse_error;
    /* keeps exp +- 4*ndigits inside a long (see CPython's comment) */
    if (ndigits > (DBL_MIN_EXP - DBL_MANT_DIG - LONG_MIN / 2 < LONG_MAX / 2 + 1 - DBL_MAX_EXP
                          ? DBL_MIN_EXP - DBL_MANT_DIG - LONG_MIN / 2
                          : LONG_MAX / 2 + 1 - DBL_MAX_EXP)
            / 4)
        return molt_raise(&MoltExc_ValueError, "hexadecimal string too long to convert");
    /* [p <exponent>] */
    if (*s == 'p' || *s == 'P') {
        const char *exp_start;
        s++;
        exp_start = s;
        if (*s == '-' || *s == '+')
            s++;
        if (!('0' <= *s && *s <= '9'))
            goto parse_error;
        s++;
        while ('0' <= *s && *s <= '9')
            s++;
        exp = strtol(exp_start, NULL, 10);
    } else {
        exp = 0;
    }

/* for 0 <= j < ndigits, HEX_DIGIT(j) gives the jth most significant digit */
#define HEX_DIGIT(j) hex_from_char(*((j) < fdigits ? coeff_end - (j) : coeff_end - 1 - (j)))

    /* discard leading zeros, and catch extreme overflow and underflow */
    while (ndigits > 0 && HEX_DIGIT(ndigits - 1) == 0)
        ndigits--;
    if (ndigits == 0 || exp < LONG_MIN / 2) {
        x = 0.0;
        goto finished;
    }
    if (exp > LONG_MAX / 2)
        goto overflow_error;
    /* adjust exponent for fractional part */
    exp = exp - 4 * fdigits;
    /* top_exp = 1 more than exponent of most sig. bit of coefficient */
    top_exp = exp + 4 * (ndigits - 1);
    for (digit = HEX_DIGIT(ndigits - 1); digit != 0; digit /= 2)
        top_exp++;
    /* catch almost all nonextreme cases of overflow and underflow here */
    if (top_exp < DBL_MIN_EXP - DBL_MANT_DIG) {
        x = 0.0;
        goto finished;
    }
    if (top_exp > DBL_MAX_EXP)
        goto overflow_error;
    /* lsb = exponent of least significant bit of the *rounded* value:
     * top_exp - DBL_MANT_DIG unless the result is subnormal */
    lsb = (top_exp > DBL_MIN_EXP ? top_exp : DBL_MIN_EXP) - DBL_MANT_DIG;
    x = 0.0;
    if (exp >= lsb) {
        /* no rounding required */
        for (i = ndigits - 1; i >= 0; i--)
            x = 16.0 * x + HEX_DIGIT(i);
        x = ldexp(x, (int)exp);
        goto finished;
    }
    /* rounding required; key_digit is the index of the hex digit holding
     * the first bit to be rounded away */
    half_eps = 1 << (int)((lsb - exp - 1) % 4);
    key_digit = (lsb - exp - 1) / 4;
    for (i = ndigits - 1; i > key_digit; i--)
        x = 16.0 * x + HEX_DIGIT(i);
    digit = HEX_DIGIT(key_digit);
    x = 16.0 * x + (double)(digit & (16 - 2 * half_eps));
    /* round half to even: up if bit lsb-exp-1 is 1 and either bit lsb-exp
     * is 1 or any bit below lsb-exp-1 is 1 */
    if ((digit & half_eps) != 0) {
        round_up = 0;
        if ((digit & (3 * half_eps - 1)) != 0
            || (half_eps == 8 && key_digit + 1 < ndigits && (HEX_DIGIT(key_digit + 1) & 1) != 0))
            round_up = 1;
        else
            for (i = key_digit - 1; i >= 0; i--)
                if (HEX_DIGIT(i) != 0) {
                    round_up = 1;
                    break;
                }
        if (round_up) {
            x += 2 * half_eps;
            if (top_exp == DBL_MAX_EXP && x == ldexp((double)(2 * half_eps), DBL_MANT_DIG))
                /* the rounded value is 2**DBL_MAX_EXP */
                goto overflow_error;
        }
    }
    x = ldexp(x, (int)(exp + 4 * key_digit));
#undef HEX_DIGIT

finished:
    while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
        s++;
    if (s != s_end)
        goto parse_error;
    return molt_from_double(negate ? -x : x);
overflow_error:
    return molt_raise(&MoltExc_OverflowError, "hexadecimal value too large to represent as a float");
parse_error:
    return molt_raise(&MoltExc_ValueError, "invalid hexadecimal floating-point string");
}

/* float.fromhex(string, /), a class method: args[0] is the class. */
static MoltValue m_fromhex(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue r;
    if (molt_kw_count(kwnames))
        return molt_raise(&MoltExc_TypeError, "float.fromhex() takes no keyword arguments");
    if (nargs != 2)
        return molt_raise(
            &MoltExc_TypeError, "float.fromhex() takes exactly one argument (%zu given)", nargs - 1);
    if (!molt_is_str(args[1]))
        return molt_raise(&MoltExc_TypeError, "bad argument type for built-in operation");
    r = fromhex_text(molt_str_cstr(args[1]), molt_str_obj(args[1])->len);
    if (r && molt_ptr(args[0]) != &MoltFloat_Type)
        r = molt_call(args[0], &r, 1, MOLT_NULL); /* a subclass: cls(result) */
    return r;
}

/* float.__getformat__(typestr, /), a class method. */
static MoltValue m_getformat(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    const char *t;
    if (molt_kw_count(kwnames))
        return molt_raise(&MoltExc_TypeError, "float.__getformat__() takes no keyword arguments");
    if (nargs != 2)
        return molt_raise(
            &MoltExc_TypeError, "float.__getformat__() takes exactly one argument (%zu given)", nargs - 1);
    if (!molt_is_str(args[1]))
        return molt_raise(
            &MoltExc_TypeError, "__getformat__() argument must be str, not %s", molt_type_name(args[1]));
    t = molt_str_cstr(args[1]);
    if (strcmp(t, "double") != 0 && strcmp(t, "float") != 0)
        return molt_raise(&MoltExc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return molt_str_from_cstr("IEEE, little-endian");
}

static const MoltMethodDef float_methods[] = {
    { "conjugate", m_conjugate, 0 },
    { "__trunc__", m_trunc, 0 },
    { "__floor__", m_floor, 0 },
    { "__ceil__", m_ceil, 0 },
    { "__round__", m_round, 0 },
    { "as_integer_ratio", m_as_integer_ratio, 0 },
    { "fromhex", m_fromhex, MOLT_METH_CLASS },
    { "hex", m_hex, 0 },
    { "is_integer", m_is_integer, 0 },
    { "__getnewargs__", m_getnewargs, 0 },
    { "__getformat__", m_getformat, MOLT_METH_CLASS },
    { "__format__", molt_float___format__, 0 },
    { NULL, NULL, 0 },
};

static MoltValue get_real(MoltValue v) { return v; }
static MoltValue get_imag(MoltValue v)
{
    (void)v;
    return molt_from_double(0.0);
}

static const MoltGetSetDef float_getset[] = {
    { "real", get_real, NULL, 0 },
    { "imag", get_imag, NULL, 0 },
    { NULL, NULL, NULL, 0 },
};

MOLT_API MoltType MoltFloat_Type = {
    .type = &MoltType_Type,
    .name = "float",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_BASETYPE | MOLT_TYPE_MATCH_SELF,
    .basicsize = 0,
    .repr = molt_float_repr,
    .truth = float_truth,
    .richcompare = float_richcompare,
    .binop =
        {
            [MOLT_OP_ADD] = float_add,
            [MOLT_OP_SUB] = float_sub,
            [MOLT_OP_MUL] = float_mul,
            [MOLT_OP_TRUEDIV] = float_truediv,
            [MOLT_OP_FLOORDIV] = float_floordiv,
            [MOLT_OP_MOD] = float_mod,
            [MOLT_OP_POW] = float_pow_slot,
        },
    .neg = float_neg,
    .pos = float_pos,
    .abs = float_abs,
    .methods = float_methods,
    .getset = float_getset,
};
