/* float: IEEE doubles with CPython's arithmetic (division and modulo sign
 * rules, pow special cases and errors), shortest round-trip repr, parsing
 * and round(). Floats are immediates (value.h); this file has no layout. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gmp.h>

#include "internal/class.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/float.h"
#include "internal/format.h"
#include "internal/int.h"
#include "internal/str.h"
#include "internal/tuple.h"

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
            /* CPython returns a complex number here; molt has no complex. */
            return molt_raise(&MoltExc_ValueError,
                "negative number cannot be raised to a fractional power "
                "(complex results are not supported by molt)");
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

static int is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

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
    const char *p = s, *end = s + len;
    char *clean, *o;
    int neg = 0, n_int, n_frac, n_exp;
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

static const MoltMethodDef float_methods[] = {
    { "__format__", molt_float___format__, 0 },
    { NULL, NULL, 0 },
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
};
