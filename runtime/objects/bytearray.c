/* bytearray: a mutable byte string. Storage and resizing (refused while a
 * memoryview exports the buffer), item and slice assignment and deletion,
 * `+=` and `*=`, and the list-like methods (append, extend, insert, pop,
 * remove, clear, reverse, copy). The methods shared with bytes are in
 * bytes_methods.c. */
#include <string.h>

#include "internal/alloc.h"
#include "internal/builtins.h"
#include "internal/bytes.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/int.h"
#include "internal/type.h"

/* ------------------------------------------------------------------ */
/* storage */

/* Set the length to n, growing the buffer as CPython's
 * PyByteArray_Resize does (1/8 extra plus a little). New bytes are zero.
 * Never fails: callers check exports and sizes first. */
static void ba_setlen(MoltByteArray *b, size_t n)
{
    if (n > b->cap || !b->data) {
        size_t cap = n + (n >> 3) + (n < 9 ? 3 : 6);
        unsigned char *d;
        if (n > MOLT_MAX_ALLOC)
            molt_fatal_oom("bytearray");
        d = molt_alloc_atomic(cap + 1);
        if (b->len)
            memcpy(d, b->data, b->len);
        b->data = d;
        b->cap = cap;
    }
    if (n > b->len)
        memset(b->data + b->len, 0, n - b->len);
    b->len = n;
    b->data[n] = 0;
}

/* 0 if b may change size, else BufferError and -1. */
static int can_resize(MoltByteArray *b)
{
    if (b->exports > 0) {
        molt_raise(&MoltExc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

int molt_bytearray_resize(MoltValue ba, size_t n)
{
    MoltByteArray *b = molt_bytearray_obj(ba);
    if (n != b->len && can_resize(b) < 0)
        return -1;
    if (n > MOLT_MAX_ALLOC) {
        molt_raise_args(&MoltExc_MemoryError, NULL, 0);
        return -1;
    }
    ba_setlen(b, n);
    return 0;
}

MoltValue molt_bytearray_new(const void *p, size_t n)
{
    MoltByteArray *b = molt_alloc(sizeof(MoltByteArray));
    b->ob.type = &MoltByteArray_Type;
    if (n) {
        ba_setlen(b, n);
        memcpy(b->data, p, n);
    }
    return molt_from_ptr(b);
}

/* Replace b[lo:hi] by the n bytes at p (which may alias b's own data). */
static int replace_range(MoltByteArray *b, size_t lo, size_t hi, const unsigned char *p, size_t n)
{
    size_t old = b->len, tail = old - hi;
    if (n != hi - lo) {
        if (can_resize(b) < 0)
            return -1;
        if (p >= b->data && p < b->data + old) /* b[x:y] = b: copy first */
            p = memcpy(molt_alloc_atomic(n), p, n);
    }
    if (n > hi - lo) {
        ba_setlen(b, old + n - (hi - lo));
        memmove(b->data + lo + n, b->data + hi, tail);
    } else if (n < hi - lo) {
        memmove(b->data + lo + n, b->data + hi, tail);
        ba_setlen(b, old - (hi - lo) + n);
    }
    if (n)
        memmove(b->data + lo, p, n);
    return 0;
}

/* ------------------------------------------------------------------ */
/* subscripts */

static int ba_index(MoltByteArray *b, MoltValue key, int64_t *i)
{
    if (molt_index_i64(key, i) < 0)
        return -1;
    if (*i < 0)
        *i += (int64_t)b->len;
    if (*i < 0 || *i >= (int64_t)b->len) {
        molt_raise(&MoltExc_IndexError, "bytearray index out of range");
        return -1;
    }
    return 0;
}

static MoltValue ba_getitem(MoltValue self, MoltValue key)
{
    MoltByteArray *b = molt_bytearray_obj(self), *r;
    int64_t i, start, stop, step, n;
    if (molt_is_intlike(key)) {
        if (ba_index(b, key, &i) < 0)
            return MOLT_NULL;
        return molt_from_int(b->data[i]);
    }
    if (!molt_is_slice(key))
        return molt_raise(
            &MoltExc_TypeError, "bytearray indices must be integers or slices, not %s", molt_type_name(key));
    n = molt_slice_indices(key, (int64_t)b->len, &start, &stop, &step);
    if (n < 0)
        return MOLT_NULL;
    if (step == 1)
        return molt_bytearray_new(b->data + start, (size_t)n);
    r = molt_bytearray_obj(molt_bytearray_new(NULL, 0));
    ba_setlen(r, (size_t)n);
    for (i = 0; i < n; i++)
        r->data[i] = b->data[start + i * step];
    return molt_from_ptr(r);
}

/* del b[start::step] selecting n bytes (step != 1). */
static int del_extended(MoltByteArray *b, int64_t start, int64_t step, int64_t n)
{
    int64_t i, j, k;
    if (n <= 0)
        return 0;
    if (can_resize(b) < 0)
        return -1;
    if (step < 0) {
        start = start + (n - 1) * step;
        step = -step;
    }
    for (i = start, j = start, k = 0; i < (int64_t)b->len; i++) {
        if (k < n && i == start + k * step) {
            k++;
            continue;
        }
        b->data[j++] = b->data[i];
    }
    ba_setlen(b, (size_t)j);
    return 0;
}

static int ba_ass_slice(MoltValue self, MoltValue key, MoltValue value)
{
    MoltByteArray *b = molt_bytearray_obj(self);
    int64_t start, stop, step, n, i;
    const unsigned char *p = NULL;
    size_t need = 0;
    if (value) {
        MoltBuffer buf;
        int r = molt_isinstance(value, &MoltByteArray_Type) || molt_isinstance(value, &MoltBytes_Type)
            ? molt_buffer_get(value, &buf)
            : 0;
        if (r == 0) {
            MoltStrBuf sb;
            if (molt_is_intlike(value) || molt_is_double(value) || molt_is_str(value)) {
                molt_raise(&MoltExc_TypeError,
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return -1;
            }
            molt_sb_init(&sb);
            r = molt_buffer_get(value, &buf);
            if (r < 0)
                return -1;
            if (r == 0) {
                if (!molt_is_iterable(value)) {
                    molt_raise(
                        &MoltExc_TypeError, "cannot convert '%s' object to bytearray", molt_type_name(value));
                    return -1;
                }
                if (molt_bytes_from_iterable(&sb, value) < 0)
                    return -1;
                buf.p = (const unsigned char *)sb.buf;
                buf.n = sb.len;
            }
        }
        p = buf.p;
        need = buf.n;
    }
    n = molt_slice_indices(key, (int64_t)b->len, &start, &stop, &step);
    if (n < 0)
        return -1;
    if (step == 1)
        return replace_range(b, (size_t)start, (size_t)(start + n), p, need);
    if (need == 0)
        return del_extended(b, start, step, n);
    if ((int64_t)need != n) {
        molt_raise(&MoltExc_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld",
            need, (long long)n);
        return -1;
    }
    if (p >= b->data && p < b->data + b->len)
        p = memcpy(molt_alloc_atomic(need), p, need);
    for (i = 0; i < n; i++)
        b->data[start + i * step] = p[i];
    return 0;
}

static int ba_setitem(MoltValue self, MoltValue key, MoltValue value)
{
    MoltByteArray *b = molt_bytearray_obj(self);
    int64_t i;
    int c;
    if (molt_is_intlike(key)) {
        if (value && molt_byte_value(value, &c) < 0)
            return -1;
        if (ba_index(b, key, &i) < 0)
            return -1;
        if (value) {
            b->data[i] = (unsigned char)c;
            return 0;
        }
        return replace_range(b, (size_t)i, (size_t)i + 1, NULL, 0);
    }
    if (!molt_is_slice(key)) {
        molt_raise(
            &MoltExc_TypeError, "bytearray indices must be integers or slices, not %s", molt_type_name(key));
        return -1;
    }
    return ba_ass_slice(self, key, value);
}

/* ------------------------------------------------------------------ */
/* operators */

static MoltValue ba_repr(MoltValue v)
{
    MoltByteArray *b = molt_bytearray_obj(v);
    const char *name = molt_type_name(v);
    MoltStrBuf pre;
    molt_sb_init(&pre);
    molt_sb_puts(&pre, name);
    molt_sb_putc(&pre, '(');
    molt_sb_putc(&pre, '\0');
    return molt_bytes_repr_buf(b->data, b->len, pre.buf, ")");
}

static MoltValue ba_concat(MoltValue a, MoltValue b)
{
    MoltBuffer x, y;
    MoltValue r;
    int k;
    if (!molt_isinstance(a, &MoltByteArray_Type))
        return MOLT_NOTIMPLEMENTED;
    k = molt_buffer_get(b, &y);
    if (k <= 0) {
        if (k < 0)
            molt_err_clear();
        return MOLT_NOTIMPLEMENTED;
    }
    molt_buffer_get(a, &x);
    if (x.n + y.n > MOLT_MAX_ALLOC)
        return molt_raise_args(&MoltExc_MemoryError, NULL, 0);
    r = molt_bytearray_new(x.p, x.n);
    ba_setlen(molt_bytearray_obj(r), x.n + y.n);
    memcpy(molt_bytearray_obj(r)->data + x.n, y.p, y.n);
    return r;
}

static MoltValue ba_inplace_concat(MoltValue a, MoltValue b)
{
    MoltBuffer y;
    MoltByteArray *x = molt_bytearray_obj(a);
    int k = molt_buffer_get(b, &y);
    if (k <= 0) {
        if (k == 0)
            molt_raise(&MoltExc_TypeError, "can't concat %s to %s", molt_type_name(b), molt_type_name(a));
        return MOLT_NULL;
    }
    if (replace_range(x, x->len, x->len, y.p, y.n) < 0)
        return MOLT_NULL;
    return a;
}

static int repeat_args(MoltValue a, MoltValue b, MoltValue *s, MoltValue *n)
{
    if (molt_isinstance(a, &MoltByteArray_Type) && molt_is_intlike(b)) {
        *s = a;
        *n = b;
        return 1;
    }
    if (molt_isinstance(b, &MoltByteArray_Type) && molt_is_intlike(a)) {
        *s = b;
        *n = a;
        return 1;
    }
    return 0;
}

static MoltValue ba_repeat(MoltValue a, MoltValue b)
{
    MoltValue s, n, r;
    MoltByteArray *x;
    size_t count, i;
    if (!repeat_args(a, b, &s, &n))
        return MOLT_NOTIMPLEMENTED;
    x = molt_bytearray_obj(s);
    if (molt_bytes_repeat_count(n, x->len, &count) < 0)
        return MOLT_NULL;
    r = molt_bytearray_new(NULL, 0);
    if (count) {
        ba_setlen(molt_bytearray_obj(r), x->len * count);
        for (i = 0; i < count; i++)
            memcpy(molt_bytearray_obj(r)->data + i * x->len, x->data, x->len);
    }
    return r;
}

static MoltValue ba_inplace_repeat(MoltValue a, MoltValue b)
{
    MoltByteArray *x = molt_bytearray_obj(a);
    size_t count, len = x->len, i;
    if (!molt_is_intlike(b))
        return MOLT_NOTIMPLEMENTED;
    if (molt_bytes_repeat_count(b, len, &count) < 0)
        return MOLT_NULL;
    if (molt_bytearray_resize(a, len * count) < 0)
        return MOLT_NULL;
    for (i = 1; i < count; i++)
        memcpy(x->data + i * len, x->data, len);
    return a;
}

static MoltValue ba_mod(MoltValue a, MoltValue b)
{
    if (!molt_isinstance(a, &MoltByteArray_Type))
        return MOLT_NOTIMPLEMENTED;
    return molt_bytes_format(a, b);
}

static int64_t ba_len(MoltValue self) { return (int64_t)molt_bytearray_obj(self)->len; }

static int ba_contains(MoltValue self, MoltValue item)
{
    MoltByteArray *b = molt_bytearray_obj(self);
    return molt_bytes_contains_buf(b->data, b->len, item);
}

static int ba_truth(MoltValue v) { return molt_bytearray_obj(v)->len != 0; }

/* ------------------------------------------------------------------ */
/* methods: args[0] is self */

/* Argument count checks with CPython's messages: METH_NOARGS and METH_O
 * ("bytearray.append() takes exactly one argument (0 given)") when lo ==
 * hi <= 1, else Argument Clinic's ("insert expected 2 arguments, got 0"). */
static int check_args(const char *name, size_t nargs, size_t lo, size_t hi, MoltValue kwnames)
{
    return molt_method_nargs("bytearray", name, nargs, lo, hi, kwnames);
}

static MoltValue m_append(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltByteArray *b;
    int c;
    if (check_args("append", nargs, 1, 1, kwnames) < 0 || molt_byte_value(args[1], &c) < 0)
        return MOLT_NULL;
    b = molt_bytearray_obj(args[0]);
    if (molt_bytearray_resize(args[0], b->len + 1) < 0)
        return MOLT_NULL;
    b->data[b->len - 1] = (unsigned char)c;
    return MOLT_NONE;
}

static MoltValue m_extend(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltByteArray *b;
    MoltBuffer buf;
    MoltStrBuf sb;
    int r;
    if (check_args("extend", nargs, 1, 1, kwnames) < 0)
        return MOLT_NULL;
    b = molt_bytearray_obj(args[0]);
    r = molt_buffer_get(args[1], &buf);
    if (r < 0)
        return MOLT_NULL;
    if (r == 0) {
        if (!molt_is_iterable(args[1]))
            return molt_raise(&MoltExc_TypeError, "can't extend bytearray with %s", molt_type_name(args[1]));
        molt_sb_init(&sb);
        if (molt_bytes_from_iterable(&sb, args[1]) < 0)
            return MOLT_NULL;
        buf.p = (const unsigned char *)sb.buf;
        buf.n = sb.len;
    }
    if (replace_range(b, b->len, b->len, buf.p, buf.n) < 0)
        return MOLT_NULL;
    return MOLT_NONE;
}

static MoltValue m_insert(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltByteArray *b;
    int64_t i, n;
    int c;
    unsigned char ch;
    if (check_args("insert", nargs, 2, 2, kwnames) < 0 || molt_ssize_arg(args[1], &i) < 0
        || molt_byte_value(args[2], &c) < 0)
        return MOLT_NULL;
    b = molt_bytearray_obj(args[0]);
    n = (int64_t)b->len;
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    ch = (unsigned char)c;
    if (replace_range(b, (size_t)i, (size_t)i, &ch, 1) < 0)
        return MOLT_NULL;
    return MOLT_NONE;
}

static MoltValue m_pop(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltByteArray *b;
    int64_t i = -1;
    int c;
    if (check_args("pop", nargs, 0, 1, kwnames) < 0 || (nargs == 2 && molt_ssize_arg(args[1], &i) < 0))
        return MOLT_NULL;
    b = molt_bytearray_obj(args[0]);
    if (b->len == 0)
        return molt_raise(&MoltExc_IndexError, "pop from empty bytearray");
    if (i < 0)
        i += (int64_t)b->len;
    if (i < 0 || i >= (int64_t)b->len)
        return molt_raise(&MoltExc_IndexError, "pop index out of range");
    c = b->data[i];
    if (replace_range(b, (size_t)i, (size_t)i + 1, NULL, 0) < 0)
        return MOLT_NULL;
    return molt_from_int(c);
}

static MoltValue m_remove(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltByteArray *b;
    unsigned char *hit;
    int c;
    if (check_args("remove", nargs, 1, 1, kwnames) < 0 || molt_byte_value(args[1], &c) < 0)
        return MOLT_NULL;
    b = molt_bytearray_obj(args[0]);
    hit = b->len ? memchr(b->data, c, b->len) : NULL;
    if (!hit)
        return molt_raise(&MoltExc_ValueError, "value not found in bytearray");
    if (replace_range(b, (size_t)(hit - b->data), (size_t)(hit - b->data) + 1, NULL, 0) < 0)
        return MOLT_NULL;
    return MOLT_NONE;
}

static MoltValue m_clear(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (check_args("clear", nargs, 0, 0, kwnames) < 0 || molt_bytearray_resize(args[0], 0) < 0)
        return MOLT_NULL;
    return MOLT_NONE;
}

static MoltValue m_reverse(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltByteArray *b;
    size_t i;
    if (check_args("reverse", nargs, 0, 0, kwnames) < 0)
        return MOLT_NULL;
    b = molt_bytearray_obj(args[0]);
    for (i = 0; i < b->len / 2; i++) {
        unsigned char t = b->data[i];
        b->data[i] = b->data[b->len - 1 - i];
        b->data[b->len - 1 - i] = t;
    }
    return MOLT_NONE;
}

static MoltValue m_copy(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltByteArray *b;
    if (check_args("copy", nargs, 0, 0, kwnames) < 0)
        return MOLT_NULL;
    b = molt_bytearray_obj(args[0]);
    return molt_bytearray_new(b->data, b->len);
}

/* bytearray.__alloc__(): the bytes allocated, CPython's "capacity + 1"
 * (its buffer keeps a trailing NUL; 0 for an empty one never grown). */
static MoltValue m_alloc(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltByteArray *b = molt_bytearray_obj(args[0]);
    if (molt_method_noargs("bytearray", "__alloc__", nargs, kwnames) < 0)
        return MOLT_NULL;
    return molt_from_int(b->cap ? (int64_t)b->cap + 1 : 0);
}

static const MoltMethodDef bytearray_methods[] = {
    { "__alloc__", m_alloc, 0 },
    { "append", m_append, 0 },
    { "clear", m_clear, 0 },
    { "copy", m_copy, 0 },
    { "extend", m_extend, 0 },
    { "insert", m_insert, 0 },
    { "pop", m_pop, 0 },
    { "remove", m_remove, 0 },
    { "reverse", m_reverse, 0 },
    MOLT_BYTES_SHARED_METHODS(MOLT_BYTES_METHOD_ROW) { "fromhex", molt_bytes_m_fromhex, MOLT_METH_CLASS },
    { "maketrans", molt_bytes_m_maketrans, MOLT_METH_CLASS },
    { NULL, NULL, 0 },
};

MOLT_API MoltType MoltByteArray_Type = {
    .type = &MoltType_Type,
    .name = "bytearray",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_BASETYPE,
    .basicsize = sizeof(MoltByteArray),
    .repr = ba_repr,
    .truth = ba_truth,
    .richcompare = molt_bytes_richcompare,
    .binop = { [MOLT_OP_ADD] = ba_concat, [MOLT_OP_MUL] = ba_repeat, [MOLT_OP_MOD] = ba_mod },
    .hash = molt_hash_unhashable,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .len = ba_len,
    .contains = ba_contains,
    .iter = molt_bytes_iter,
    .inplace = { [MOLT_OP_ADD] = ba_inplace_concat, [MOLT_OP_MUL] = ba_inplace_repeat },
    .methods = bytearray_methods,
};
