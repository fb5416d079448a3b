/* Numeric and conversion builtins: abs, divmod, pow, round, min, max, repr,
 * and the int/float/str/bool constructors (calling those types). */
#include <math.h>
#include <string.h>

#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/complex.h"
#include "internal/containers.h"
#include "internal/bytes.h"
#include "internal/exceptions.h"
#include "internal/float.h"
#include "internal/int.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

static int exactly_one(const char *fname, size_t nargs, MoltValue kwnames)
{
    if (molt_no_kwargs(fname, kwnames) < 0)
        return -1;
    if (nargs != 1) {
        molt_raise(&MoltExc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        return -1;
    }
    return 0;
}

/* abs(x) */
MoltValue molt_builtin_abs(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue x;
    const MoltType *t;
    if (exactly_one("abs", nargs, kwnames) < 0)
        return MOLT_NULL;
    x = args[0];
    if (molt_is_double(x))
        return molt_from_double(fabs(molt_double_value(x)));
    if (molt_is_intlike(x))
        return molt_int_abs(x);
    for (t = molt_type_of(x); t; t = t->base)
        if (t->abs)
            return t->abs(x);
    return molt_raise(&MoltExc_TypeError, "bad operand type for abs(): '%s'", molt_type_name(x));
}

/* divmod(a, b) */
MoltValue molt_builtin_divmod(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    double x, y;
    if (molt_no_kwargs("divmod", kwnames) < 0)
        return MOLT_NULL;
    if (nargs != 2)
        return molt_raise(&MoltExc_TypeError, "divmod expected 2 arguments, got %zu", nargs);
    if (molt_is_intlike(args[0]) && molt_is_intlike(args[1]))
        return molt_int_divmod(args[0], args[1]);
    if ((molt_is_double(args[0]) || molt_is_intlike(args[0]))
        && (molt_is_double(args[1]) || molt_is_intlike(args[1]))) {
        if (molt_float_coerce(args[0], &x) < 0 || molt_float_coerce(args[1], &y) < 0)
            return MOLT_NULL;
        return molt_float_divmod(x, y);
    }
    if (molt_unbox(args[0]) != args[0] || molt_unbox(args[1]) != args[1]) { /* int, float subclasses */
        MoltValue u[2] = { molt_unbox(args[0]), molt_unbox(args[1]) };
        return molt_builtin_divmod(u, 2, MOLT_NULL);
    }
    return molt_raise(&MoltExc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
        molt_type_name(args[0]), molt_type_name(args[1]));
}

/* Which builtin number slot answers for v in pow(a, b, c). */
enum { POW_OTHER, POW_INT, POW_FLOAT, POW_COMPLEX };

static int pow_kind(MoltValue v)
{
    if (molt_is_intlike(v))
        return POW_INT;
    if (molt_is_double(v))
        return POW_FLOAT;
    if (molt_is_complex(v))
        return POW_COMPLEX;
    return POW_OTHER;
}

static int pow_real_or_int(MoltValue v) { return pow_kind(v) == POW_INT || pow_kind(v) == POW_FLOAT; }

/* The nb_power slot of kind for pow(a, b, c) with c not None:
 * MOLT_NOTIMPLEMENTED when it does not take these operands. */
static MoltValue pow_slot3(int kind, MoltValue a, MoltValue b, MoltValue c)
{
    switch (kind) {
    case POW_INT: /* long_pow: every operand an int */
        if (pow_kind(a) == POW_INT && pow_kind(b) == POW_INT && pow_kind(c) == POW_INT)
            return molt_int_powmod(a, b, c);
        return MOLT_NOTIMPLEMENTED;
    case POW_FLOAT: /* float_pow: a and b real, and no modulus allowed */
        if (pow_real_or_int(a) && pow_real_or_int(b))
            return molt_raise(
                &MoltExc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return MOLT_NOTIMPLEMENTED;
    case POW_COMPLEX: /* complex_pow: a and b numbers, and no modulus allowed */
        if ((pow_real_or_int(a) || molt_is_complex(a)) && (pow_real_or_int(b) || molt_is_complex(b)))
            return molt_raise(&MoltExc_ValueError, "complex modulo");
        return MOLT_NOTIMPLEMENTED;
    default:
        return MOLT_NOTIMPLEMENTED;
    }
}

/* CPython's ternary_op for pow(a, b, c): the slots of a's, b's and c's
 * types in turn, each type once, until one does not answer
 * NotImplemented. The builtin numbers are unrelated types, so no
 * subclass goes first; a user class's slot only ever calls the first
 * operand's __pow__. */
static MoltValue ternary_pow(MoltValue a, MoltValue b, MoltValue c)
{
    int ka, kb, kc;
    MoltValue ua, ub, uc, r = MOLT_NOTIMPLEMENTED;
    if (molt_is_ptr(a) && molt_is_heaptype(molt_type_of(a)) && molt_unbox(a) == a) {
        /* a user class's slot calls a.__pow__(b, c) (never __rpow__) */
        MoltValue args[2] = { b, c };
        int found = 0;
        r = molt_call_special(a, "__pow__", args, 2, &found);
        if (!found)
            r = MOLT_NOTIMPLEMENTED;
        if (r != MOLT_NOTIMPLEMENTED)
            return r;
    }
    /* int and float subclass instances take their base's slot */
    ua = molt_unbox(a), ub = molt_unbox(b), uc = molt_unbox(c);
    ka = pow_kind(ua), kb = pow_kind(ub), kc = pow_kind(uc);
    r = pow_slot3(ka, ua, ub, uc);
    if (r == MOLT_NOTIMPLEMENTED && kb != ka)
        r = pow_slot3(kb, ua, ub, uc);
    if (r == MOLT_NOTIMPLEMENTED && kc != ka && kc != kb)
        r = pow_slot3(kc, ua, ub, uc);
    if (r != MOLT_NOTIMPLEMENTED)
        return r;
    return molt_raise(&MoltExc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
        molt_type_name(a), molt_type_name(b), molt_type_name(c));
}

/* pow(base, exp, mod=None) */
MoltValue molt_builtin_pow(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "base", "exp", "mod" };
    MoltValue a[3];
    if (molt_bind_builtin("pow", names, 3, 0, 2, args, nargs, kwnames, a) < 0)
        return MOLT_NULL;
    if (!a[2] || a[2] == MOLT_NONE)
        return molt_pow(a[0], a[1]);
    return ternary_pow(a[0], a[1], a[2]);
}

/* round(number, ndigits=None) */
MoltValue molt_builtin_round(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "number", "ndigits" };
    MoltValue a[2];
    int64_t n;
    if (molt_bind_builtin("round", names, 2, 0, 1, args, nargs, kwnames, a) < 0)
        return MOLT_NULL;
    a[0] = molt_unbox(a[0]); /* int and float subclasses round as their base */
    if (molt_is_double(a[0]))
        return molt_float_round(molt_double_value(a[0]), a[1]);
    if (!molt_is_intlike(a[0])) {
        /* type(number).__round__(), with no argument for ndigits None */
        int found = 0;
        MoltValue r = MOLT_NULL;
        if (molt_is_ptr(a[0]) && molt_is_heaptype(molt_type_of(a[0])))
            r = molt_call_special(a[0], "__round__", a + 1, a[1] && a[1] != MOLT_NONE, &found);
        if (found)
            return r;
        return molt_raise(
            &MoltExc_TypeError, "type %s doesn't define __round__ method", molt_type_name(a[0]));
    }
    if (!a[1] || a[1] == MOLT_NONE)
        return molt_int_unbool(a[0]);
    if (!(a[1] = molt_number_index(a[1])))
        return MOLT_NULL;
    if (molt_int_as_i64(a[1], &n) < 0)
        n = molt_int_sign(a[1]) < 0 ? INT64_MIN : 0;
    return molt_int_round(a[0], n);
}

/* bin(x), oct(x), hex(x): PyNumber_ToBase, "-0b101" for negatives. */
static MoltValue to_base(
    const char *fname, const MoltValue *args, size_t nargs, MoltValue kwnames, int base, const char *prefix)
{
    MoltValue x;
    mpz_t z;
    char *digits;
    MoltStrBuf sb;
    if (exactly_one(fname, nargs, kwnames) < 0)
        return MOLT_NULL;
    if (!(x = molt_number_index(args[0])))
        return MOLT_NULL;
    mpz_init(z);
    molt_int_get_mpz(x, z);
    molt_sb_init(&sb);
    if (mpz_sgn(z) < 0)
        molt_sb_putc(&sb, '-');
    molt_sb_puts(&sb, prefix);
    mpz_abs(z, z);
    digits = mpz_get_str(NULL, base, z);
    molt_sb_puts(&sb, digits);
    mpz_clear(z);
    return molt_sb_finish(&sb);
}

/* bin(number, /) */
MoltValue molt_builtin_bin(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return to_base("bin", args, nargs, kwnames, 2, "0b");
}

/* oct(number, /) */
MoltValue molt_builtin_oct(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return to_base("oct", args, nargs, kwnames, 8, "0o");
}

/* hex(number, /) */
MoltValue molt_builtin_hex(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return to_base("hex", args, nargs, kwnames, 16, "0x");
}

/* min/max: one positional argument is iterated; several are compared. */
static MoltValue minmax(const char *fname, int op, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue key = MOLT_NULL, deflt = MOLT_NULL, seq = MOLT_NULL, best = MOLT_NULL, best_key = MOLT_NULL;
    size_t nkw = molt_kw_count(kwnames), i;
    for (i = 0; i < nkw; i++) {
        const char *k = molt_kw_name(kwnames, i);
        if (strcmp(k, "key") == 0)
            key = args[nargs + i];
        else if (strcmp(k, "default") == 0)
            deflt = args[nargs + i];
        else
            return molt_raise(&MoltExc_TypeError, "'%s' is an invalid keyword argument for %s()", k, fname);
    }
    if (nargs == 0)
        return molt_raise(&MoltExc_TypeError, "%s expected at least 1 argument, got 0", fname);
    if (key == MOLT_NONE)
        key = MOLT_NULL;
    if (nargs == 1) {
        seq = molt_iter(args[0]);
        if (!seq)
            return MOLT_NULL;
    } else if (deflt) {
        return molt_raise(&MoltExc_TypeError,
            "Cannot specify a default for %s() with multiple positional arguments", fname);
    }
    for (i = 0;; i++) {
        MoltValue item, k, c;
        int t;
        if (seq) {
            item = molt_next(seq);
            if (item == MOLT_STOP)
                break;
            if (!item)
                return MOLT_NULL;
        } else {
            if (i >= nargs)
                break;
            item = args[i];
        }
        k = key ? molt_call(key, &item, 1, MOLT_NULL) : item;
        if (!k)
            return MOLT_NULL;
        if (!best) {
            best = item;
            best_key = k;
            continue;
        }
        c = op == MOLT_GT ? molt_gt(k, best_key) : molt_lt(k, best_key);
        if (!c || (t = molt_truth(c)) < 0)
            return MOLT_NULL;
        if (t) {
            best = item;
            best_key = k;
        }
    }
    if (!best) {
        if (deflt)
            return deflt;
        return molt_raise(&MoltExc_ValueError, "%s() arg is an empty sequence", fname);
    }
    return best;
}

/* min(*args, key=None) / min(iterable, *, key=None, default=...) */
MoltValue molt_builtin_min(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return minmax("min", MOLT_LT, args, nargs, kwnames);
}

/* max(*args, key=None) / max(iterable, *, key=None, default=...) */
MoltValue molt_builtin_max(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return minmax("max", MOLT_GT, args, nargs, kwnames);
}

/* repr(obj) */
MoltValue molt_builtin_repr(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (exactly_one("repr", nargs, kwnames) < 0)
        return MOLT_NULL;
    return molt_repr(args[0]);
}

/* ---- type constructors ---- */

/* int(b) and int(b, base) of a bytes-like b: its text parsed as a str's;
 * TypeError nonbuffer (or CPython's message for int(x)) otherwise. */
static MoltValue int_from_buffer(MoltValue x, int base, const char *nonbuffer)
{
    MoltBuffer b;
    MoltValue text;
    int r = molt_buffer_get(x, &b);
    if (r < 0)
        return MOLT_NULL;
    if (r == 0) {
        if (nonbuffer)
            return molt_raise(&MoltExc_TypeError, "%s", nonbuffer);
        return molt_raise(&MoltExc_TypeError,
            "int() argument must be a string, a bytes-like object or a real number, not '%s'",
            molt_type_name(x));
    }
    text = molt_bytes_new(b.p, b.n); /* NUL-terminated */
    return molt_int_from_text(
        (const char *)molt_bytes_obj(text)->data, b.n, base, molt_is_bytes(x) ? x : text);
}

/* PyNumber_Long for an instance of a user class: __int__, else
 * __index__, else __trunc__ (whose result goes through __index__); then
 * the text of a bytes-like object. */
static MoltValue int_from_object(MoltValue x)
{
    MoltValue r;
    int found = 0, k;
    if (molt_is_ptr(x) && molt_is_heaptype(molt_type_of(x))) {
        r = molt_call_special(x, "__int__", NULL, 0, &found);
        if (found) {
            if (r && !molt_is_intlike(r))
                return molt_raise(
                    &MoltExc_TypeError, "__int__ returned non-int (type %s)", molt_type_name(r));
            return r ? molt_int_unbool(r) : MOLT_NULL;
        }
        if ((k = molt_index_try(&x)) != 0)
            return k < 0 ? MOLT_NULL : x;
        r = molt_call_special(x, "__trunc__", NULL, 0, &found);
        if (found) {
            if (!r || (k = molt_index_try(&r)) < 0)
                return MOLT_NULL;
            if (k == 0)
                return molt_raise(
                    &MoltExc_TypeError, "__trunc__ returned non-Integral (type %s)", molt_type_name(r));
            return r;
        }
    }
    return int_from_buffer(x, 10, NULL);
}

/* int(x=0, /, base=10) */
MoltValue molt_int_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "", "base" };
    MoltValue a[2], x;
    int64_t base;
    (void)type;
    if (molt_bind_builtin("int", names, 2, 1, 0, args, nargs, kwnames, a) < 0)
        return MOLT_NULL;
    x = molt_unbox(a[0]); /* int(A(5)), int(S("12"), 16) */
    if (a[1]) {
        if (!x)
            return molt_raise(&MoltExc_TypeError, "int() missing string argument");
        if (!(a[1] = molt_number_index(a[1])))
            return MOLT_NULL;
        if (molt_int_as_i64(a[1], &base) < 0)
            base = 99;
        if ((base != 0 && base < 2) || base > 36)
            return molt_raise(&MoltExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (molt_is_str(x))
            return molt_int_from_text(molt_str_cstr(x), molt_str_obj(x)->len, (int)base, x);
        return int_from_buffer(x, (int)base, "int() can't convert non-string with explicit base");
    }
    if (!x)
        return MOLT_INT(0);
    if (molt_is_intlike(x))
        return molt_int_unbool(x);
    if (molt_is_double(x))
        return molt_int_from_double(molt_double_value(x));
    if (molt_is_str(x))
        return molt_int_from_text(molt_str_cstr(x), molt_str_obj(x)->len, 10, x);
    return int_from_object(x);
}

/* float(x=0.0, /) */
MoltValue molt_float_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue x;
    MoltBuffer b;
    double d;
    int rc;
    (void)type;
    if (molt_no_kwargs("float", kwnames) < 0)
        return MOLT_NULL;
    if (nargs > 1)
        return molt_raise(&MoltExc_TypeError, "float expected at most 1 argument, got %zu", nargs);
    if (nargs == 0)
        return molt_from_double(0.0);
    x = molt_unbox(args[0]);
    if (molt_is_double(x))
        return x;
    if (molt_is_intlike(x))
        return molt_int_to_double(x, &d) < 0 ? MOLT_NULL : molt_from_double(d);
    if (molt_is_str(x))
        return molt_float_from_text(molt_str_cstr(x), molt_str_obj(x)->len, x);
    if (molt_is_ptr(x) && molt_is_heaptype(molt_type_of(x))) {
        /* PyNumber_Float: __float__, else __index__ */
        int found, k;
        MoltValue r = molt_call_special(x, "__float__", NULL, 0, &found);
        if (found) {
            if (r && !molt_is_double(r))
                return molt_raise(&MoltExc_TypeError, "%s.__float__ returned non-float (type %s)",
                    molt_type_name(x), molt_type_name(r));
            return r;
        }
        if ((k = molt_index_try(&x)) != 0)
            return k < 0 || molt_int_to_double(x, &d) < 0 ? MOLT_NULL : molt_from_double(d);
    }
    rc = molt_buffer_get(x, &b);
    if (rc < 0)
        return MOLT_NULL;
    if (rc) {
        MoltValue text = molt_bytes_new(b.p, b.n); /* NUL-terminated */
        return molt_float_from_text(
            (const char *)molt_bytes_obj(text)->data, b.n, molt_is_bytes(x) ? x : text);
    }
    return molt_raise(&MoltExc_TypeError, "float() argument must be a string or a real number, not '%s'",
        molt_type_name(x));
}

/* str(object='') and str(object, encoding, errors): the latter decodes a
 * bytes-like object. */
MoltValue molt_str_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "object", "encoding", "errors" };
    MoltValue a[3];
    (void)type;
    if (molt_bind_builtin("str", names, 3, 0, 0, args, nargs, kwnames, a) < 0)
        return MOLT_NULL;
    if (a[1] || a[2]) {
        if (a[1] && !molt_is_str(a[1]))
            return molt_raise(
                &MoltExc_TypeError, "str() argument 'encoding' must be str, not %s", molt_type_name(a[1]));
        if (a[2] && !molt_is_str(a[2]))
            return molt_raise(
                &MoltExc_TypeError, "str() argument 'errors' must be str, not %s", molt_type_name(a[2]));
        if (a[0] && molt_is_str(a[0]))
            return molt_raise(&MoltExc_TypeError, "decoding str is not supported");
        if (a[0]) {
            MoltBuffer b;
            int r = molt_buffer_get(a[0], &b);
            if (r < 0)
                return MOLT_NULL;
            if (r)
                return molt_codec_decode(
                    b.p, b.n, a[1] ? molt_str_cstr(a[1]) : NULL, a[2] ? molt_str_cstr(a[2]) : NULL);
        }
        return molt_raise(&MoltExc_TypeError, "decoding to str: need a bytes-like object, %s found",
            molt_type_name(a[0] ? a[0] : molt_str_from_utf8("", 0)));
    }
    if (!a[0])
        return molt_str_from_utf8("", 0);
    return molt_str(a[0]);
}

/* bool(x=False, /) */
MoltValue molt_bool_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    int t;
    (void)type;
    if (molt_no_kwargs("bool", kwnames) < 0)
        return MOLT_NULL;
    if (nargs > 1)
        return molt_raise(&MoltExc_TypeError, "bool expected at most 1 argument, got %zu", nargs);
    if (nargs == 0)
        return MOLT_FALSE;
    t = molt_truth(args[0]);
    return t < 0 ? MOLT_NULL : molt_bool(t);
}
