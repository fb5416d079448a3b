/* complex: a pair of doubles with CPython's arithmetic (Smith's division,
 * integer powers by repeated multiplication), repr, hash, parsing and
 * constructor. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/complex.h"
#include "internal/exceptions.h"
#include "internal/float.h"
#include "internal/int.h"
#include "internal/numtext.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

typedef struct {
    double real, imag;
} Cx;

MoltValue molt_complex_new(double real, double imag)
{
    MoltComplex *c = molt_alloc(sizeof *c);
    c->ob.type = &MoltComplex_Type;
    c->real = real;
    c->imag = imag;
    return molt_from_ptr(c);
}

static MoltValue from_cx(Cx c) { return molt_complex_new(c.real, c.imag); }

/* `<number>j` in source code: the translator's imaginary literal. */
MOLT_API MoltValue molt_complex_imag_literal(MoltValue imag)
{
    return molt_complex_new(0.0, molt_double_value(imag));
}

/* CPython's TO_COMPLEX: 1 with *out set for a complex, float or int-like
 * v, 0 if v is none of them (the slot answers NotImplemented), -1 with
 * OverflowError for an int too large for a float. */
static int to_cx(MoltValue v, Cx *out)
{
    if (molt_is_complex(v)) {
        out->real = molt_complex_obj(v)->real;
        out->imag = molt_complex_obj(v)->imag;
        return 1;
    }
    out->imag = 0.0;
    return molt_float_coerce(v, &out->real);
}

/* ------------------------------------------------------------------ */
/* arithmetic (CPython's _Py_c_*) */

static Cx c_prod(Cx a, Cx b)
{
    Cx r;
    r.real = a.real * b.real - a.imag * b.imag;
    r.imag = a.real * b.imag + a.imag * b.real;
    return r;
}

/* Smith's algorithm: divide through by whichever of b's parts is larger
 * in magnitude. *zero is set when b is 0 (CPython's errno EDOM). */
static Cx c_quot(Cx a, Cx b, int *zero)
{
    Cx r;
    double abs_breal = fabs(b.real), abs_bimag = fabs(b.imag);
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            *zero = 1;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        /* at least one of b's parts is a NaN */
        r.real = r.imag = NAN;
    }
    return r;
}

/* _Py_c_pow: polar form. *zero for 0 to a negative or complex power. */
static Cx c_pow(Cx a, Cx b, int *zero)
{
    Cx r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r.real = 1.0;
        r.imag = 0.0;
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0)
            *zero = 1;
        r.real = r.imag = 0.0;
    } else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

/* x ** n for n >= 0 by binary powering, as CPython's c_powu. */
static Cx c_powu(Cx x, long n)
{
    Cx r = { 1.0, 0.0 }, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask)
            r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

MoltValue molt_complex_pow(double ar, double ai, double br, double bi)
{
    Cx a = { ar, ai }, b = { br, bi }, p;
    int zero = 0;
    /* CPython's c_powi: exponents that are integers in [-100, 100] by
     * multiplication, others (and huge ones) in polar form */
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        long n = (long)br;
        if (n >= 0) {
            p = c_powu(a, n);
        } else {
            Cx one = { 1.0, 0.0 };
            p = c_quot(one, c_powu(a, -n), &zero);
        }
    } else {
        p = c_pow(a, b, &zero);
    }
    if (zero)
        return molt_raise(&MoltExc_ZeroDivisionError, "0.0 to a negative or complex power");
    /* _Py_ADJUST_ERANGE2: an infinite part is an overflow */
    if (isinf(p.real) || isinf(p.imag))
        return molt_raise(&MoltExc_OverflowError, "complex exponentiation");
    return from_cx(p);
}

/* ------------------------------------------------------------------ */
/* type slots */

/* A binary slot: both operands as Cx, or NotImplemented. */
#define CX_OPERANDS(a, b, x, y)                              \
    do {                                                     \
        int k_ = to_cx(a, &x);                               \
        if (k_ > 0)                                          \
            k_ = to_cx(b, &y);                               \
        if (k_ <= 0)                                         \
            return k_ < 0 ? MOLT_NULL : MOLT_NOTIMPLEMENTED; \
    } while (0)

static MoltValue complex_add(MoltValue a, MoltValue b)
{
    Cx x, y;
    CX_OPERANDS(a, b, x, y);
    return molt_complex_new(x.real + y.real, x.imag + y.imag);
}

static MoltValue complex_sub(MoltValue a, MoltValue b)
{
    Cx x, y;
    CX_OPERANDS(a, b, x, y);
    return molt_complex_new(x.real - y.real, x.imag - y.imag);
}

static MoltValue complex_mul(MoltValue a, MoltValue b)
{
    Cx x, y;
    CX_OPERANDS(a, b, x, y);
    return from_cx(c_prod(x, y));
}

static MoltValue complex_truediv(MoltValue a, MoltValue b)
{
    Cx x, y, q;
    int zero = 0;
    CX_OPERANDS(a, b, x, y);
    q = c_quot(x, y, &zero);
    if (zero)
        return molt_raise(&MoltExc_ZeroDivisionError, "complex division by zero");
    return from_cx(q);
}

static MoltValue complex_pow_slot(MoltValue a, MoltValue b)
{
    Cx x, y;
    CX_OPERANDS(a, b, x, y);
    return molt_complex_pow(x.real, x.imag, y.real, y.imag);
}
#undef CX_OPERANDS

static MoltValue complex_neg(MoltValue v)
{
    return molt_complex_new(-molt_complex_obj(v)->real, -molt_complex_obj(v)->imag);
}

static MoltValue complex_pos(MoltValue v)
{
    return molt_complex_new(molt_complex_obj(v)->real, molt_complex_obj(v)->imag);
}

/* abs(z): hypot, with C99's infinities (an infinite part wins over a
 * NaN) and OverflowError when the finite result does not fit. */
static MoltValue complex_abs(MoltValue v)
{
    double re = molt_complex_obj(v)->real, im = molt_complex_obj(v)->imag, r;
    if (isinf(re))
        return molt_from_double(fabs(re));
    if (isinf(im))
        return molt_from_double(fabs(im));
    if (isnan(re) || isnan(im))
        return molt_from_double(NAN);
    r = hypot(re, im);
    if (isinf(r))
        return molt_raise(&MoltExc_OverflowError, "absolute value too large");
    return molt_from_double(r);
}

static int complex_truth(MoltValue v)
{
    return molt_complex_obj(v)->real != 0.0 || molt_complex_obj(v)->imag != 0.0;
}

/* == and != only: an int compares exactly with a real complex (through
 * the float/int comparison), everything else NotImplemented. */
static MoltValue complex_richcompare(MoltValue a, MoltValue b, int op)
{
    Cx x;
    int equal;
    if (op != MOLT_EQ && op != MOLT_NE)
        return MOLT_NOTIMPLEMENTED;
    if (!molt_is_complex(a)) {
        MoltValue t = a;
        a = b;
        b = t;
    }
    x.real = molt_complex_obj(a)->real;
    x.imag = molt_complex_obj(a)->imag;
    if (molt_is_intlike(b)) {
        if (x.imag == 0.0)
            return MoltInt_Type.richcompare(b, molt_from_double(x.real), op);
        equal = 0;
    } else if (molt_is_double(b)) {
        equal = x.real == molt_double_value(b) && x.imag == 0.0;
    } else if (molt_is_complex(b)) {
        equal = x.real == molt_complex_obj(b)->real && x.imag == molt_complex_obj(b)->imag;
    } else {
        return MOLT_NOTIMPLEMENTED;
    }
    return molt_bool(op == MOLT_EQ ? equal : !equal);
}

/* hash(real) + 1000003 * hash(imag), so that hash(x + 0j) == hash(x). */
static int64_t complex_hash(MoltValue v)
{
    uint64_t hr = (uint64_t)molt_hash(molt_from_double(molt_complex_obj(v)->real));
    uint64_t hi = (uint64_t)molt_hash(molt_from_double(molt_complex_obj(v)->imag));
    uint64_t combined = hr + 1000003ULL * hi;
    if (combined == (uint64_t)-1)
        combined = (uint64_t)-2;
    return (int64_t)combined;
}

/* A part of a complex's repr: repr(float) without the ".0" CPython's 'r'
 * format adds only for floats, optionally with a '+' sign. NaN is
 * never signed ("nan", "+nan"). */
static void part_repr(MoltStrBuf *sb, double d, int sign)
{
    char buf[48];
    size_t n;
    if (isnan(d))
        d = NAN; /* positive */
    n = molt_float_repr_buf(d, buf);
    if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0')
        n -= 2;
    if (sign && buf[0] != '-')
        molt_sb_putc(sb, '+');
    molt_sb_append(sb, buf, n);
}

/* "1j", "(1+2j)", "(-0-1j)", "(nan+infj)": a real part of +0.0 is left
 * out with the parentheses. */
static MoltValue complex_repr(MoltValue v)
{
    double re = molt_complex_obj(v)->real, im = molt_complex_obj(v)->imag;
    MoltStrBuf sb;
    molt_sb_init(&sb);
    if (re == 0.0 && !signbit(re)) {
        part_repr(&sb, im, 0);
        molt_sb_putc(&sb, 'j');
    } else {
        molt_sb_putc(&sb, '(');
        part_repr(&sb, re, 0);
        part_repr(&sb, im, 1);
        molt_sb_puts(&sb, "j)");
    }
    return molt_sb_finish(&sb);
}

/* ------------------------------------------------------------------ */
/* parsing: complex("1+2j") */

static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* PyOS_string_to_double without an error: the longest float at the start
 * of s (sign, digits with an optional point and exponent, or inf,
 * infinity, nan); *end is s when there is none. */
static double float_prefix(const char *s, const char **end)
{
    const char *p = s, *q;
    int ndig = 0;
    char *tmp;
    double d;
    if (*p == '+' || *p == '-')
        p++;
    if (!strncasecmp(p, "inf", 3)) {
        q = p + 3;
        if (!strncasecmp(q, "inity", 5))
            q += 5;
        *end = q;
        return *s == '-' ? -INFINITY : INFINITY;
    }
    if (!strncasecmp(p, "nan", 3)) {
        *end = p + 3;
        return NAN;
    }
    while (*p >= '0' && *p <= '9')
        p++, ndig++;
    if (*p == '.') {
        p++;
        while (*p >= '0' && *p <= '9')
            p++, ndig++;
    }
    if (ndig == 0) {
        *end = s;
        return 0.0;
    }
    if (*p == 'e' || *p == 'E') {
        q = p + 1;
        if (*q == '+' || *q == '-')
            q++;
        if (*q >= '0' && *q <= '9') {
            while (*q >= '0' && *q <= '9')
                q++;
            p = q;
        }
    }
    *end = p;
    tmp = molt_alloc_atomic((size_t)(p - s) + 1);
    memcpy(tmp, s, (size_t)(p - s));
    tmp[p - s] = '\0';
    d = strtod(tmp, NULL);
    return d;
}

/* CPython's complex_from_string_inner: <float>, <float>j,
 * <float><signed-float>j, and the legacy <float><sign>j, <sign>j, j, with
 * optional parentheses and surrounding whitespace. */
static MoltValue complex_from_ascii(const char *s, size_t len)
{
    const char *start = s, *end;
    double x = 0.0, y = 0.0, z;
    int got_bracket = 0;
    while (is_space(*s))
        s++;
    if (*s == '(') {
        got_bracket = 1;
        s++;
        while (is_space(*s))
            s++;
    }
    z = float_prefix(s, &end);
    if (end != s) {
        s = end;
        if (*s == '+' || *s == '-') {
            x = z;
            y = float_prefix(s, &end);
            if (end != s) {
                s = end;
            } else {
                y = *s == '+' ? 1.0 : -1.0;
                s++;
            }
            if (!(*s == 'j' || *s == 'J'))
                goto parse_error;
            s++;
        } else if (*s == 'j' || *s == 'J') {
            s++;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (*s == '+' || *s == '-') {
            y = *s == '+' ? 1.0 : -1.0;
            s++;
        } else {
            y = 1.0;
        }
        if (!(*s == 'j' || *s == 'J'))
            goto parse_error;
        s++;
    }
    while (is_space(*s))
        s++;
    if (got_bracket) {
        if (*s != ')')
            goto parse_error;
        s++;
        while (is_space(*s))
            s++;
    }
    if ((size_t)(s - start) != len)
        goto parse_error;
    return molt_complex_new(x, y);
parse_error:
    return molt_raise(&MoltExc_ValueError, "complex() arg is a malformed string");
}

/* complex(str): Unicode digits and spaces made ASCII, then underscores
 * removed where they sit between digits (CPython's
 * _Py_string_to_number_with_underscores), then parsed. */
static MoltValue complex_from_str(MoltValue str)
{
    size_t len, i;
    const char *s = molt_number_text_ascii(molt_str_cstr(str), molt_str_obj(str)->len, &len);
    char *dup, *o, prev = '\0';
    if (!memchr(s, '_', len))
        return complex_from_ascii(s, len);
    o = dup = molt_alloc_atomic(len + 1);
    for (i = 0; i < len; i++) {
        char c = s[i];
        if (c == '_') {
            if (!(prev >= '0' && prev <= '9'))
                goto error;
        } else {
            *o++ = c;
            if (prev == '_' && !(c >= '0' && c <= '9'))
                goto error;
        }
        prev = c;
    }
    if (prev == '_' || memchr(s, '\0', len))
        goto error;
    *o = '\0';
    return complex_from_ascii(dup, (size_t)(o - dup));
error:
    return molt_raise(&MoltExc_ValueError, "could not convert string to complex: %R", str);
}

/* ------------------------------------------------------------------ */
/* constructor */

/* The argument of complex() as a number: a complex (*is_cx set) or a
 * real (imag 0), through __complex__ (first argument only), __float__ or
 * __index__ on user classes. 0 with *out set, -1 on error; *bad is set
 * (no exception) when v is not a number at all. */
static int number_arg(MoltValue v, int allow_complex_method, Cx *out, int *is_cx, int *bad)
{
    MoltType *t;
    int k;
    *is_cx = 0;
    *bad = 0;
    if (molt_is_ptr(v) && molt_is_heaptype(molt_type_of(v))) {
        int found = 0;
        MoltValue r = MOLT_NULL;
        if (allow_complex_method) {
            r = molt_call_special(v, "__complex__", NULL, 0, &found);
            if (found) {
                if (!r)
                    return -1;
                if (!molt_is_complex(r)) {
                    molt_raise(
                        &MoltExc_TypeError, "__complex__ returned non-complex (type %s)", molt_type_name(r));
                    return -1;
                }
                v = r;
            }
        }
        if (!found && molt_unbox(v) != v) {
            v = molt_unbox(v); /* an int or float subclass: its value */
        } else if (!found) {
            t = molt_type_of(v);
            if (!molt_type_lookup_cstr(t, "__float__", NULL)
                && !molt_type_lookup_cstr(t, "__index__", NULL)) {
                *bad = 1;
                return 0;
            }
            /* PyNumber_Float */
            r = molt_call(molt_from_ptr(&MoltFloat_Type), &v, 1, MOLT_NULL);
            if (!r)
                return -1;
            v = r;
        }
    }
    if (molt_is_complex(v)) {
        *is_cx = 1;
        out->real = molt_complex_obj(v)->real;
        out->imag = molt_complex_obj(v)->imag;
        return 0;
    }
    out->imag = 0.0;
    k = molt_float_coerce(v, &out->real);
    if (k == 0)
        *bad = 1;
    return k < 0 ? -1 : 0;
}

MoltValue molt_complex_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "real", "imag" };
    MoltValue a[2], r, i;
    Cx cr, ci;
    int cr_is_complex, ci_is_complex = 0, bad;
    (void)type;
    if (molt_bind_builtin("complex", names, 2, 0, 0, args, nargs, kwnames, a) < 0)
        return MOLT_NULL;
    r = a[0] ? a[0] : MOLT_INT(0);
    i = a[1];
    if (molt_is_complex(r) && !i)
        return r;
    if (molt_is_str(molt_unbox(r))) { /* str subclasses too */
        r = molt_unbox(r);
        if (i)
            return molt_raise(&MoltExc_TypeError, "complex() can't take second arg if first is a string");
        return complex_from_str(r);
    }
    if (i && molt_is_str(molt_unbox(i)))
        return molt_raise(&MoltExc_TypeError, "complex() second arg can't be a string");
    if (number_arg(r, 1, &cr, &cr_is_complex, &bad) < 0)
        return MOLT_NULL;
    if (bad)
        return molt_raise(&MoltExc_TypeError,
            "complex() first argument must be a string or a number, not '%s'", molt_type_name(r));
    if (!i) {
        ci.real = cr.imag;
    } else {
        if (number_arg(i, 0, &ci, &ci_is_complex, &bad) < 0)
            return MOLT_NULL;
        if (bad)
            return molt_raise(&MoltExc_TypeError, "complex() second argument must be a number, not '%s'",
                molt_type_name(i));
    }
    /* complex(a, b) is a + b*1j even when a or b is itself complex */
    if (ci_is_complex)
        cr.real -= ci.imag;
    if (cr_is_complex && i)
        ci.real += cr.imag;
    return molt_complex_new(cr.real, ci.real);
}

/* ------------------------------------------------------------------ */
/* methods and attributes */

static MoltValue m_conjugate(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (molt_method_noargs("complex", "conjugate", nargs, kwnames) < 0)
        return MOLT_NULL;
    return molt_complex_new(molt_complex_obj(args[0])->real, -molt_complex_obj(args[0])->imag);
}

static MoltValue m_complex(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (molt_method_noargs("complex", "__complex__", nargs, kwnames) < 0)
        return MOLT_NULL;
    return args[0];
}

static MoltValue m_getnewargs(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue items[2];
    if (molt_method_noargs("complex", "__getnewargs__", nargs, kwnames) < 0)
        return MOLT_NULL;
    items[0] = molt_from_double(molt_complex_obj(args[0])->real);
    items[1] = molt_from_double(molt_complex_obj(args[0])->imag);
    return molt_tuple_new(2, items);
}

static const MoltMethodDef complex_methods[] = {
    { "conjugate", m_conjugate, 0 },
    { "__complex__", m_complex, 0 },
    { "__getnewargs__", m_getnewargs, 0 },
    { NULL, NULL, 0 },
};

static MoltValue get_real(MoltValue v) { return molt_from_double(molt_complex_obj(v)->real); }
static MoltValue get_imag(MoltValue v) { return molt_from_double(molt_complex_obj(v)->imag); }

/* read-only members in CPython (member_descriptor, "readonly attribute") */
static const MoltGetSetDef complex_getset[] = {
    { "real", get_real, NULL, MOLT_GETSET_MEMBER },
    { "imag", get_imag, NULL, MOLT_GETSET_MEMBER },
    { NULL, NULL, NULL, 0 },
};

MoltType MoltComplex_Type = {
    .type = &MoltType_Type,
    .name = "complex",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_BASETYPE, /* no MATCH_SELF: case complex(x) is an error */
    .basicsize = sizeof(MoltComplex),
    .repr = complex_repr,
    .truth = complex_truth,
    .richcompare = complex_richcompare,
    .binop =
        {
            [MOLT_OP_ADD] = complex_add,
            [MOLT_OP_SUB] = complex_sub,
            [MOLT_OP_MUL] = complex_mul,
            [MOLT_OP_TRUEDIV] = complex_truediv,
            [MOLT_OP_POW] = complex_pow_slot,
        },
    .neg = complex_neg,
    .pos = complex_pos,
    .abs = complex_abs,
    .hash = complex_hash,
    .methods = complex_methods,
    .getset = complex_getset,
};
