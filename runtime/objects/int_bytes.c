/* int.to_bytes and int.from_bytes: argument handling around the
 * two's-complement conversion core in int.c (molt_int_to_bytes_buf,
 * molt_int_from_bytes_buf). */
#include <string.h>

#include "internal/builtins.h"
#include "internal/bytes.h"
#include "internal/class.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/int.h"
#include "internal/str.h"
#include "internal/type.h"

/* 1 for 'little', 0 for 'big' (also when absent), -1 with CPython's
 * error. */
static int byteorder(const char *fname, MoltValue v)
{
    const char *s;
    if (!v)
        return 0;
    if (!molt_is_str(v)) {
        molt_raise(
            &MoltExc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname, molt_type_name(v));
        return -1;
    }
    s = molt_str_cstr(v);
    if (strcmp(s, "little") == 0)
        return 1;
    if (strcmp(s, "big") == 0)
        return 0;
    molt_raise(&MoltExc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* The keyword-only `signed` flag: its truth (absent: false). */
static int signed_flag(MoltValue v) { return v ? molt_truth(v) : 0; }

/* int.to_bytes(self, length=1, byteorder='big', *, signed=False) */
MoltValue molt_int_to_bytes_method(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "length", "byteorder", "signed" };
    MoltValue a[3], len;
    int64_t n;
    int little, sign;
    MoltBytes *b;
    if (nargs - 1 == 3)
        return molt_raise(&MoltExc_TypeError, "to_bytes() takes at most 2 positional arguments (3 given)");
    if (molt_bind_builtin("to_bytes", names, 3, 0, 0, args + 1, nargs - 1, kwnames, a) < 0)
        return MOLT_NULL;
    n = 1;
    if (a[0]) {
        len = molt_number_index(a[0]);
        if (!len)
            return MOLT_NULL;
        if (molt_int_as_i64(molt_int_unbool(len), &n) < 0 || n > INT32_MAX) {
            molt_err_clear();
            return molt_raise(&MoltExc_OverflowError, "Python int too large to convert to C ssize_t");
        }
        if (n < 0)
            return molt_raise(&MoltExc_ValueError, "length argument must be non-negative");
    }
    if ((little = byteorder("to_bytes", a[1])) < 0 || (sign = signed_flag(a[2])) < 0)
        return MOLT_NULL;
    b = molt_bytes_alloc((size_t)n);
    if (molt_int_to_bytes_buf(molt_int_unbool(molt_unbox(args[0])), b->data, (size_t)n, little, sign) < 0)
        return MOLT_NULL;
    return molt_from_ptr(b);
}

/* int.from_bytes(cls, bytes, byteorder='big', *, signed=False): a class
 * method; an int subclass gets cls(value), as in CPython. */
MoltValue molt_int_from_bytes_method(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "bytes", "byteorder", "signed" };
    MoltValue a[3], src, v;
    MoltBuffer buf;
    int little, sign, r;
    if (nargs - 1 == 3)
        return molt_raise(&MoltExc_TypeError, "from_bytes() takes at most 2 positional arguments (3 given)");
    if (molt_bind_builtin("from_bytes", names, 3, 0, 1, args + 1, nargs - 1, kwnames, a) < 0)
        return MOLT_NULL;
    if ((little = byteorder("from_bytes", a[1])) < 0 || (sign = signed_flag(a[2])) < 0)
        return MOLT_NULL;
    src = a[0];
    r = molt_buffer_get(src, &buf);
    if (r < 0)
        return MOLT_NULL;
    if (!r) {
        /* PyObject_Bytes: __bytes__, else the buffer, else bytes(iterable);
         * ints and str are not taken */
        if (molt_is_intlike(molt_unbox(src)) || molt_is_str(molt_unbox(src)))
            return molt_raise(&MoltExc_TypeError, "cannot convert '%s' object to bytes", molt_type_name(src));
        src = molt_bytes_construct(molt_from_ptr(&MoltBytes_Type), &src, 1, MOLT_NULL);
        if (!src || molt_buffer_get(src, &buf) < 0)
            return MOLT_NULL;
    }
    v = molt_int_from_bytes_buf(buf.p, buf.n, little, sign);
    if (!v || molt_ptr(args[0]) == &MoltInt_Type)
        return v;
    return molt_call(args[0], &v, 1, MOLT_NULL);
}
