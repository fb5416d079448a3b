/* float to text with a format code and a precision: CPython's
 * PyOS_double_to_string and format_float_short (Python/pystrtod.c), used
 * by format(), str.format, f-strings and printf-style `%`.
 *
 * CPython gets its digits from David Gay's dtoa in three modes: 0 (the
 * shortest digits that read back), 2 (n significant digits) and 3 (n
 * digits after the point), always correctly rounded and without trailing
 * zeros. Mode 0 is molt_float_shortest_digits (float.c); modes 2 and 3 are
 * glibc's "%.*e" and "%.*f", which are correctly rounded (half to even on
 * the exact binary value) at any precision too. The layout rules that turn
 * digits into text (when to use an exponent, padding zeros, the point) are
 * format_float_short's, step by step.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal/float.h"
#include "internal/str.h"

/* The digits of |d| (finite) in dtoa's form: digits[0..n) without
 * trailing zeros, d = 0.digits * 10**decpt. Zero is "0" with decpt 1; in
 * mode 3 a value that rounds to zero has no digits and decpt -ndigits, as
 * dtoa's "no digits, fcvt style" exit. The buffer is collector memory. */
static char *float_digits(double d, int mode, int ndigits, int *n, int *decpt)
{
    char small[64], *buf = small, *p, *digits;
    int len, k, i;
    d = fabs(d);
    if (d == 0.0) {
        *n = 1;
        *decpt = 1;
        return "0";
    }
    if (mode == 0) {
        int e;
        digits = molt_alloc_atomic(24);
        molt_float_shortest_digits(d, digits, n, &e);
        *decpt = e + 1;
        return digits;
    }
    len = mode == 2 ? snprintf(small, sizeof small, "%.*e", ndigits - 1, d)
                    : snprintf(small, sizeof small, "%.*f", ndigits, d);
    if ((size_t)len >= sizeof small) {
        buf = molt_alloc_atomic((size_t)len + 1);
        if (mode == 2)
            snprintf(buf, (size_t)len + 1, "%.*e", ndigits - 1, d);
        else
            snprintf(buf, (size_t)len + 1, "%.*f", ndigits, d);
    }
    digits = molt_alloc_atomic((size_t)len + 1);
    k = 0;
    if (mode == 2) {
        /* d.ddde[+-]XX */
        for (p = buf; *p != 'e'; p++)
            if (*p != '.')
                digits[k++] = *p;
        *decpt = atoi(p + 1) + 1;
    } else {
        /* iii.fff: the point sits after the integer digits */
        int intdigits = (int)(strchr(buf, '.') ? strchr(buf, '.') - buf : len);
        int lead = 0;
        for (p = buf; *p; p++)
            if (*p != '.')
                digits[k++] = *p;
        while (lead < k && digits[lead] == '0')
            lead++;
        if (lead == k) {
            *n = 0;
            *decpt = -ndigits;
            return digits;
        }
        memmove(digits, digits + lead, (size_t)(k - lead));
        k -= lead;
        *decpt = intdigits - lead;
    }
    for (i = k; i > 1 && digits[i - 1] == '0'; i--)
        ;
    digits[i] = '\0';
    *n = i;
    return digits;
}

/* format_float_short: the digits laid out for format code 'e', 'f', 'g'
 * or 'r'. Think of an infinite string vdigits: the digits padded with
 * zeros on both sides; the output is the slice [vstart, vend) of it with
 * the point placed at decpt, then the exponent. */
static char *float_short(double d, char code, int mode, int precision, int flags, int upper, size_t *len)
{
    int n, decpt, use_exp = 0, exp = 0, sign = signbit(d) != 0;
    int64_t vstart, vend, i;
    char *digits, *buf, *p;
    if (isnan(d) || isinf(d)) {
        buf = molt_alloc_atomic(8);
        p = buf;
        if (isnan(d))
            sign = 0;
        if (sign)
            *p++ = '-';
        else if (flags & MOLT_DTSF_SIGN)
            *p++ = '+';
        memcpy(p, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        p += 3;
        *p = '\0';
        *len = (size_t)(p - buf);
        return buf;
    }
    digits = float_digits(d, mode, precision, &n, &decpt);
    if ((flags & MOLT_DTSF_NO_NEG_0) && sign && (n == 0 || (n == 1 && digits[0] == '0')))
        sign = 0;
    vend = n;
    switch (code) {
    case 'e':
        use_exp = 1;
        vend = precision;
        break;
    case 'f':
        vend = (int64_t)decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > ((flags & MOLT_DTSF_ADD_DOT_0) ? precision - 1 : precision))
            use_exp = 1;
        if (flags & MOLT_DTSF_ALT)
            vend = precision;
        break;
    default: /* 'r': exponent from 1e16 on */
        if (decpt <= -4 || decpt > 16)
            use_exp = 1;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    /* vstart < decpt <= vend, or vstart < decpt < vend to keep ".0" */
    vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && (flags & MOLT_DTSF_ADD_DOT_0))
        vend = vend > decpt ? vend : decpt + 1;
    else
        vend = vend > decpt ? vend : decpt;
    buf = molt_alloc_atomic((size_t)(vend - vstart) + 16);
    p = buf;
    if (sign)
        *p++ = '-';
    else if (flags & MOLT_DTSF_SIGN)
        *p++ = '+';
    /* zeros left of the digits, with the point among them if decpt <= 0 */
    if (decpt <= 0) {
        for (i = vstart; i < decpt; i++)
            *p++ = '0';
        *p++ = '.';
        for (i = decpt; i < 0; i++)
            *p++ = '0';
    } else {
        for (i = vstart; i < 0; i++)
            *p++ = '0';
    }
    /* the digits, with the point among them */
    if (0 < decpt && decpt <= n) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(n - decpt));
        p += n - decpt;
    } else {
        memcpy(p, digits, (size_t)n);
        p += n;
    }
    /* zeros right of the digits, with the point among them if decpt > n */
    if (n < decpt) {
        for (i = n; i < decpt; i++)
            *p++ = '0';
        *p++ = '.';
        for (i = decpt; i < vend; i++)
            *p++ = '0';
    } else {
        for (i = n; i < vend; i++)
            *p++ = '0';
    }
    if (p[-1] == '.' && !(flags & MOLT_DTSF_ALT))
        p--;
    if (use_exp)
        p += sprintf(p, "%c%+.02d", upper ? 'E' : 'e', exp);
    *p = '\0';
    *len = (size_t)(p - buf);
    return buf;
}

char *molt_double_to_string(double val, char format_code, int precision, int flags, size_t *len)
{
    int mode, upper = 0;
    switch (format_code) {
    case 'E':
        upper = 1;
        /* fall through */
    case 'e':
        format_code = 'e';
        mode = 2;
        precision++;
        break;
    case 'F':
        upper = 1;
        /* fall through */
    case 'f':
        format_code = 'f';
        mode = 3;
        break;
    case 'G':
        upper = 1;
        /* fall through */
    case 'g':
        format_code = 'g';
        mode = 2;
        if (precision == 0)
            precision = 1;
        break;
    default: /* 'r' */
        mode = 0;
        precision = 0;
        break;
    }
    return float_short(val, format_code, mode, precision, flags, upper, len);
}
