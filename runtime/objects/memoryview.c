/* memoryview: one-dimensional views of bytes and bytearray. Views share
 * the exporter's memory (writes reach a bytearray), slice with steps,
 * cast between the native single-character struct formats, and release;
 * a view of a bytearray pins its size until released (BufferError). */
#include <string.h>

#include "internal/alloc.h"
#include "internal/builtins.h"
#include "internal/bytes.h"
#include "internal/class.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/float.h"
#include "internal/int.h"
#include "internal/list.h"
#include "internal/tuple.h"
#include "internal/type.h"

static MoltMemoryView *mv(MoltValue v) { return (MoltMemoryView *)molt_ptr(v); }

int molt_memoryview_check(MoltMemoryView *m)
{
    if (m->released) {
        molt_raise(&MoltExc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

/* The exporter's bytes (looked up on every access). */
static unsigned char *base_ptr(MoltMemoryView *m)
{
    if (molt_isinstance(m->obj, &MoltByteArray_Type))
        return molt_bytearray_obj(m->obj)->data;
    return molt_bytes_obj(m->obj)->data;
}

static int contiguous(const MoltMemoryView *m) { return m->n <= 1 || m->stride == m->itemsize; }

int molt_memoryview_buffer(MoltMemoryView *m, MoltBuffer *b)
{
    const unsigned char *p;
    unsigned char *copy;
    int64_t i;
    if (molt_memoryview_check(m) < 0)
        return -1;
    p = base_ptr(m);
    b->n = (size_t)(m->n * m->itemsize);
    if (contiguous(m) || b->n == 0) {
        b->p = b->n ? p + m->start : (const unsigned char *)"";
        return 0;
    }
    copy = molt_alloc_atomic(b->n);
    for (i = 0; i < m->n; i++)
        memcpy(copy + i * m->itemsize, p + m->start + i * m->stride, (size_t)m->itemsize);
    b->p = copy;
    return 0;
}

/* A new view over obj; a bytearray exporter counts it. */
static MoltMemoryView *view_new(
    MoltValue obj, int64_t start, int64_t n, int64_t stride, const char *format, int itemsize, int readonly)
{
    MoltMemoryView *m = molt_alloc(sizeof *m);
    m->ob.type = &MoltMemoryView_Type;
    m->obj = obj;
    m->start = start;
    m->n = n;
    m->stride = stride;
    m->itemsize = itemsize;
    m->readonly = readonly;
    strncpy(m->format, format, sizeof m->format - 1);
    if (molt_isinstance(obj, &MoltByteArray_Type))
        molt_bytearray_obj(obj)->exports++;
    return m;
}

/* memoryview(object) */
MoltValue molt_memoryview_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "object" };
    MoltValue a[1];
    (void)type;
    if (molt_bind_builtin("memoryview", names, 1, 0, 1, args, nargs, kwnames, a) < 0)
        return MOLT_NULL;
    if (molt_isinstance(a[0], &MoltBytes_Type))
        return molt_from_ptr(view_new(a[0], 0, (int64_t)molt_bytes_obj(a[0])->len, 1, "B", 1, 1));
    if (molt_isinstance(a[0], &MoltByteArray_Type))
        return molt_from_ptr(view_new(a[0], 0, (int64_t)molt_bytearray_obj(a[0])->len, 1, "B", 1, 0));
    if (molt_type_of(a[0]) == &MoltMemoryView_Type) {
        MoltMemoryView *m = mv(a[0]);
        if (molt_memoryview_check(m) < 0)
            return MOLT_NULL;
        return molt_from_ptr(
            view_new(m->obj, m->start, m->n, m->stride, m->format, m->itemsize, m->readonly));
    }
    return molt_raise(
        &MoltExc_TypeError, "memoryview: a bytes-like object is required, not '%s'", molt_type_name(a[0]));
}

/* ------------------------------------------------------------------ */
/* formats: the native single-character struct codes */

/* The item size of format code c ('@' prefix allowed), or 0 if molt
 * does not know it. */
static int format_size(const char *f)
{
    if (f[0] == '@')
        f++;
    if (!f[0] || f[1])
        return 0;
    switch (f[0]) {
    case 'b':
    case 'B':
    case 'c':
    case '?':
        return 1;
    case 'h':
    case 'H':
        return 2;
    case 'i':
    case 'I':
    case 'f':
        return 4;
    case 'l':
    case 'L':
    case 'q':
    case 'Q':
    case 'n':
    case 'N':
    case 'd':
        return 8;
    }
    return 0;
}

static char format_code(const MoltMemoryView *m) { return m->format[0] == '@' ? m->format[1] : m->format[0]; }

/* The item at p as a Python value. Never fails. */
static MoltValue unpack(char code, const unsigned char *p)
{
    switch (code) {
    case 'b':
        return molt_from_int((signed char)p[0]);
    case 'B':
        return molt_from_int(p[0]);
    case 'c':
        return molt_bytes_new(p, 1);
    case '?':
        return molt_bool(p[0] != 0);
    case 'h': {
        int16_t x;
        memcpy(&x, p, 2);
        return molt_from_int(x);
    }
    case 'H': {
        uint16_t x;
        memcpy(&x, p, 2);
        return molt_from_int(x);
    }
    case 'i': {
        int32_t x;
        memcpy(&x, p, 4);
        return molt_from_int(x);
    }
    case 'I': {
        uint32_t x;
        memcpy(&x, p, 4);
        return molt_from_int((int64_t)x);
    }
    case 'f': {
        float x;
        memcpy(&x, p, 4);
        return molt_from_double(x);
    }
    case 'd': {
        double x;
        memcpy(&x, p, 8);
        return molt_from_double(x);
    }
    case 'l':
    case 'q':
    case 'n': {
        int64_t x;
        memcpy(&x, p, 8);
        return molt_int_from_i64(x);
    }
    default: { /* L Q N */
        uint64_t x;
        mpz_t z;
        MoltValue r;
        memcpy(&x, p, 8);
        if (x <= INT64_MAX)
            return molt_int_from_i64((int64_t)x);
        mpz_init(z);
        mpz_import(z, 1, -1, sizeof x, 0, 0, &x);
        r = molt_int_from_mpz(z);
        mpz_clear(z);
        return r;
    }
    }
}

/* Store v at p as an item of the view's format: 0, or -1 with CPython's
 * "memoryview: invalid type for format 'B'" / "invalid value". */
static int pack(const MoltMemoryView *m, unsigned char *p, MoltValue v)
{
    char code = format_code(m);
    int64_t x;
    if (code == 'c') {
        MoltBuffer b;
        if (!molt_isinstance(v, &MoltBytes_Type))
            goto bad_type;
        molt_buffer_get(v, &b);
        if (b.n != 1)
            goto bad_value;
        p[0] = b.p[0];
        return 0;
    }
    if (code == '?') {
        int t = molt_truth(v);
        if (t < 0)
            return -1;
        p[0] = (unsigned char)t;
        return 0;
    }
    if (code == 'f' || code == 'd') {
        double d;
        if (molt_is_double(v))
            d = molt_double_value(v);
        else if (molt_is_intlike(v)) {
            if (molt_int_to_double(v, &d) < 0)
                return -1;
        } else {
            goto bad_type;
        }
        if (code == 'f') {
            float f = (float)d;
            memcpy(p, &f, 4);
        } else {
            memcpy(p, &d, 8);
        }
        return 0;
    }
    if (!molt_is_intlike(v))
        goto bad_type;
    if (code == 'L' || code == 'Q' || code == 'N') {
        mpz_t z;
        uint64_t u = 0;
        int ok;
        mpz_init(z);
        molt_int_get_mpz(molt_int_unbool(v), z);
        ok = mpz_sgn(z) >= 0 && mpz_sizeinbase(z, 2) <= 64;
        if (ok)
            mpz_export(&u, NULL, -1, sizeof u, 0, 0, z);
        mpz_clear(z);
        if (!ok)
            goto bad_value;
        memcpy(p, &u, 8);
        return 0;
    }
    if (molt_int_as_i64(molt_int_unbool(v), &x) < 0)
        goto bad_value;
    switch (code) {
    case 'b':
        if (x < -128 || x > 127)
            goto bad_value;
        p[0] = (unsigned char)(signed char)x;
        return 0;
    case 'B':
        if (x < 0 || x > 255)
            goto bad_value;
        p[0] = (unsigned char)x;
        return 0;
    case 'h': {
        int16_t y = (int16_t)x;
        if (x < INT16_MIN || x > INT16_MAX)
            goto bad_value;
        memcpy(p, &y, 2);
        return 0;
    }
    case 'H': {
        uint16_t y = (uint16_t)x;
        if (x < 0 || x > UINT16_MAX)
            goto bad_value;
        memcpy(p, &y, 2);
        return 0;
    }
    case 'i': {
        int32_t y = (int32_t)x;
        if (x < INT32_MIN || x > INT32_MAX)
            goto bad_value;
        memcpy(p, &y, 4);
        return 0;
    }
    case 'I': {
        uint32_t y = (uint32_t)x;
        if (x < 0 || x > UINT32_MAX)
            goto bad_value;
        memcpy(p, &y, 4);
        return 0;
    }
    default: /* l q n */
        memcpy(p, &x, 8);
        return 0;
    }
bad_type:
    molt_raise(&MoltExc_TypeError, "memoryview: invalid type for format '%s'", m->format);
    return -1;
bad_value:
    molt_raise(&MoltExc_ValueError, "memoryview: invalid value for format '%s'", m->format);
    return -1;
}

/* ------------------------------------------------------------------ */
/* len, subscripts, iteration */

static int64_t mv_len(MoltValue self)
{
    MoltMemoryView *m = mv(self);
    if (molt_memoryview_check(m) < 0)
        return -1;
    return m->n;
}

static int mv_truth(MoltValue self)
{
    int64_t n = mv_len(self);
    return n < 0 ? -1 : n != 0;
}

/* A normalised item index: 0, or -1 with IndexError / TypeError. */
static int item_index(MoltMemoryView *m, MoltValue key, int64_t *i)
{
    if (molt_index_i64(key, i) < 0)
        return -1;
    if (*i < 0)
        *i += m->n;
    if (*i < 0 || *i >= m->n) {
        molt_raise(&MoltExc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    return 0;
}

static MoltValue mv_getitem(MoltValue self, MoltValue key)
{
    MoltMemoryView *m = mv(self);
    int64_t i, start, stop, step, n;
    if (molt_memoryview_check(m) < 0)
        return MOLT_NULL;
    if (molt_is_intlike(key)) {
        if (item_index(m, key, &i) < 0)
            return MOLT_NULL;
        return unpack(format_code(m), base_ptr(m) + m->start + i * m->stride);
    }
    if (!molt_is_slice(key))
        return molt_raise(&MoltExc_TypeError, "memoryview: invalid slice key");
    n = molt_slice_indices(key, m->n, &start, &stop, &step);
    if (n < 0)
        return MOLT_NULL;
    return molt_from_ptr(view_new(
        m->obj, m->start + start * m->stride, n, m->stride * step, m->format, m->itemsize, m->readonly));
}

static int mv_setitem(MoltValue self, MoltValue key, MoltValue value)
{
    MoltMemoryView *m = mv(self);
    int64_t i, start, stop, step, n;
    MoltBuffer src;
    if (molt_memoryview_check(m) < 0)
        return -1;
    if (m->readonly) {
        molt_raise(&MoltExc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        molt_raise(&MoltExc_TypeError, "cannot delete memory");
        return -1;
    }
    if (molt_is_intlike(key)) {
        if (item_index(m, key, &i) < 0)
            return -1;
        return pack(m, base_ptr(m) + m->start + i * m->stride, value);
    }
    if (!molt_is_slice(key)) {
        molt_raise(&MoltExc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    if (molt_buffer_need(value, &src) < 0)
        return -1;
    n = molt_slice_indices(key, m->n, &start, &stop, &step);
    if (n < 0)
        return -1;
    if (molt_type_of(value) == &MoltMemoryView_Type && strcmp(mv(value)->format, m->format) != 0) {
        molt_raise(&MoltExc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    if ((int64_t)src.n != n * m->itemsize) {
        molt_raise(&MoltExc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    /* copy first: source and destination may overlap */
    src.p = memcpy(molt_alloc_atomic(src.n + 1), src.p, src.n);
    for (i = 0; i < n; i++)
        memcpy(base_ptr(m) + m->start + (start + i * step) * m->stride, src.p + i * m->itemsize,
            (size_t)m->itemsize);
    return 0;
}

typedef struct MvIter {
    MoltObject ob;
    MoltValue view;
    int64_t index;
} MvIter;

static MoltValue mviter_next(MoltValue v)
{
    MvIter *it = molt_ptr(v);
    MoltMemoryView *m;
    if (!it->view)
        return MOLT_STOP;
    m = mv(it->view);
    if (molt_memoryview_check(m) < 0)
        return MOLT_NULL;
    if (it->index < m->n)
        return unpack(format_code(m), base_ptr(m) + m->start + it->index++ * m->stride);
    it->view = MOLT_NULL;
    return MOLT_STOP;
}

static MoltValue iter_self(MoltValue v) { return v; }

static MoltType MvIter_Type = {
    .type = &MoltType_Type,
    .name = "memory_iterator",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MvIter),
    .iter = iter_self,
    .iternext = mviter_next,
};

static MoltValue mv_iter(MoltValue self)
{
    MvIter *it;
    if (molt_memoryview_check(mv(self)) < 0)
        return MOLT_NULL;
    it = molt_alloc(sizeof *it);
    it->ob.type = &MvIter_Type;
    it->view = self;
    return molt_from_ptr(it);
}

/* ------------------------------------------------------------------ */
/* comparison, hash, repr */

/* == and != only (else NotImplemented): item by item as values, so views
 * of different formats compare by what they hold. A released view is
 * equal only to itself. */
static MoltValue mv_richcompare(MoltValue a, MoltValue b, int op)
{
    MoltMemoryView x, y, *p, *q;
    MoltBuffer buf;
    int64_t i;
    int eq = 1;
    if (op != MOLT_EQ && op != MOLT_NE)
        return MOLT_NOTIMPLEMENTED;
    if (molt_type_of(a) == &MoltMemoryView_Type && mv(a)->released)
        return molt_bool((a == b) == (op == MOLT_EQ));
    if (molt_type_of(b) == &MoltMemoryView_Type && mv(b)->released)
        return molt_bool((a == b) == (op == MOLT_EQ));
    /* a plain bytes-like side is viewed as unsigned bytes */
    if (molt_type_of(a) == &MoltMemoryView_Type) {
        p = mv(a);
    } else {
        if (molt_buffer_get(a, &buf) <= 0)
            return MOLT_NOTIMPLEMENTED;
        memset(&x, 0, sizeof x);
        x.obj = a;
        x.n = (int64_t)buf.n;
        x.stride = x.itemsize = 1;
        x.format[0] = 'B';
        p = &x;
    }
    if (molt_type_of(b) == &MoltMemoryView_Type) {
        q = mv(b);
    } else {
        if (molt_buffer_get(b, &buf) <= 0)
            return MOLT_NOTIMPLEMENTED;
        memset(&y, 0, sizeof y);
        y.obj = b;
        y.n = (int64_t)buf.n;
        y.stride = y.itemsize = 1;
        y.format[0] = 'B';
        q = &y;
    }
    if (p->n != q->n) {
        eq = 0;
    } else if (format_code(p) == format_code(q)) {
        for (i = 0; i < p->n && eq; i++)
            eq = memcmp(base_ptr(p) + p->start + i * p->stride, base_ptr(q) + q->start + i * q->stride,
                     (size_t)p->itemsize)
                == 0;
    } else {
        for (i = 0; i < p->n && eq; i++) {
            int r = molt_equal(unpack(format_code(p), base_ptr(p) + p->start + i * p->stride),
                unpack(format_code(q), base_ptr(q) + q->start + i * q->stride));
            if (r < 0)
                return MOLT_NULL;
            eq = r;
        }
    }
    return molt_bool(eq == (op == MOLT_EQ));
}

static int64_t mv_hash(MoltValue self)
{
    MoltMemoryView *m = mv(self);
    MoltBuffer b;
    char code = format_code(m);
    if (molt_memoryview_check(m) < 0)
        return -1;
    if (!m->readonly) {
        molt_raise(&MoltExc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (code != 'B' && code != 'b' && code != 'c') {
        molt_raise(&MoltExc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    molt_memoryview_buffer(m, &b);
    return molt_bytes_hash(molt_bytes_new(b.p, b.n));
}

static MoltValue mv_repr(MoltValue self)
{
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_printf(&sb, mv(self)->released ? "<released memory at %p>" : "<memory at %p>", molt_ptr(self));
    return molt_sb_finish(&sb);
}

/* ------------------------------------------------------------------ */
/* attributes */

/* The attributes of a view (getset rows of the type, so memoryview.nbytes
 * is a descriptor as in CPython); each raises ValueError on a released
 * view. */
static MoltValue mv_attr(MoltValue self, const char *s)
{
    MoltMemoryView *m = mv(self);
    if (molt_memoryview_check(m) < 0)
        return MOLT_NULL;
    if (!strcmp(s, "obj"))
        return m->obj;
    if (!strcmp(s, "nbytes"))
        return molt_from_int(m->n * m->itemsize);
    if (!strcmp(s, "readonly"))
        return molt_bool(m->readonly);
    if (!strcmp(s, "itemsize"))
        return molt_from_int(m->itemsize);
    if (!strcmp(s, "format"))
        return molt_str_from_cstr(m->format);
    if (!strcmp(s, "ndim"))
        return molt_from_int(1);
    if (!strcmp(s, "shape")) {
        MoltValue n = molt_from_int(m->n);
        return molt_tuple_new(1, &n);
    }
    if (!strcmp(s, "strides")) {
        MoltValue n = molt_from_int(m->stride);
        return molt_tuple_new(1, &n);
    }
    if (!strcmp(s, "suboffsets"))
        return molt_tuple_new(0, NULL);
    return molt_bool(contiguous(m));
}

#define MV_GET(field) \
    static MoltValue get_##field(MoltValue self) { return mv_attr(self, #field); }
MV_GET(obj)
MV_GET(nbytes)
MV_GET(readonly)
MV_GET(itemsize)
MV_GET(format)
MV_GET(ndim)
MV_GET(shape)
MV_GET(strides)
MV_GET(suboffsets)
MV_GET(c_contiguous)
MV_GET(f_contiguous)
MV_GET(contiguous)
#undef MV_GET

static const MoltGetSetDef memoryview_getset[] = {
    { "obj", get_obj, NULL, 0 },
    { "nbytes", get_nbytes, NULL, 0 },
    { "readonly", get_readonly, NULL, 0 },
    { "itemsize", get_itemsize, NULL, 0 },
    { "format", get_format, NULL, 0 },
    { "ndim", get_ndim, NULL, 0 },
    { "shape", get_shape, NULL, 0 },
    { "strides", get_strides, NULL, 0 },
    { "suboffsets", get_suboffsets, NULL, 0 },
    { "c_contiguous", get_c_contiguous, NULL, 0 },
    { "f_contiguous", get_f_contiguous, NULL, 0 },
    { "contiguous", get_contiguous, NULL, 0 },
    { NULL, NULL, NULL, 0 },
};

/* ------------------------------------------------------------------ */
/* methods: args[0] is self */

static int noargs(const char *name, size_t nargs, MoltValue kwnames)
{
    if (molt_kw_count(kwnames)) {
        molt_raise(&MoltExc_TypeError, "memoryview.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        molt_raise(&MoltExc_TypeError, "memoryview.%s() takes no arguments (%zu given)", name, nargs - 1);
        return -1;
    }
    return 0;
}

static MoltValue m_tobytes(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "order" };
    MoltValue a[1];
    MoltBuffer b;
    if (molt_bind_builtin("tobytes", names, 1, 0, 0, args + 1, nargs - 1, kwnames, a) < 0
        || molt_memoryview_buffer(mv(args[0]), &b) < 0)
        return MOLT_NULL;
    return molt_bytes_new(b.p, b.n);
}

static MoltValue m_tolist(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltMemoryView *m = mv(args[0]);
    MoltValue list;
    int64_t i;
    if (noargs("tolist", nargs, kwnames) < 0 || molt_memoryview_check(m) < 0)
        return MOLT_NULL;
    list = molt_list_new(0, NULL);
    for (i = 0; i < m->n; i++)
        molt_list_append(list, unpack(format_code(m), base_ptr(m) + m->start + i * m->stride));
    return list;
}

static MoltValue m_hex(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "sep", "bytes_per_sep" };
    MoltValue a[2];
    MoltBuffer b;
    int sep;
    int64_t per_sep;
    if (molt_bind_builtin("hex", names, 2, 0, 0, args + 1, nargs - 1, kwnames, a) < 0
        || molt_memoryview_buffer(mv(args[0]), &b) < 0 || molt_bytes_hex_args(a, &sep, &per_sep) < 0)
        return MOLT_NULL;
    return molt_bytes_hex_buf(b.p, b.n, sep, per_sep);
}

static void release(MoltMemoryView *m)
{
    if (m->released)
        return;
    m->released = 1;
    if (molt_isinstance(m->obj, &MoltByteArray_Type))
        molt_bytearray_obj(m->obj)->exports--;
}

static MoltValue m_release(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (noargs("release", nargs, kwnames) < 0)
        return MOLT_NULL;
    release(mv(args[0]));
    return MOLT_NONE;
}

static MoltValue m_enter(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (noargs("__enter__", nargs, kwnames) < 0 || molt_memoryview_check(mv(args[0])) < 0)
        return MOLT_NULL;
    return args[0];
}

static MoltValue m_exit(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    (void)nargs;
    if (molt_no_kwargs("__exit__", kwnames) < 0)
        return MOLT_NULL;
    release(mv(args[0]));
    return MOLT_NONE;
}

static MoltValue m_toreadonly(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltMemoryView *m = mv(args[0]);
    if (noargs("toreadonly", nargs, kwnames) < 0 || molt_memoryview_check(m) < 0)
        return MOLT_NULL;
    return molt_from_ptr(view_new(m->obj, m->start, m->n, m->stride, m->format, m->itemsize, 1));
}

static int byte_format(char code) { return code == 'B' || code == 'b' || code == 'c'; }

static MoltValue m_cast(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "format", "shape" };
    MoltMemoryView *m = mv(args[0]);
    MoltValue a[2];
    const char *f;
    int size;
    int64_t nbytes;
    if (molt_bind_builtin("cast", names, 2, 0, 1, args + 1, nargs - 1, kwnames, a) < 0
        || molt_memoryview_check(m) < 0)
        return MOLT_NULL;
    if (!molt_is_str(a[0]))
        return molt_raise(
            &MoltExc_TypeError, "cast() argument 'format' must be str, not %s", molt_type_name(a[0]));
    if (a[1])
        return molt_raise(
            &MoltExc_NotImplementedError, "molt2c: memoryview.cast() with a shape is not supported yet");
    if (!contiguous(m))
        return molt_raise(&MoltExc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    f = molt_str_cstr(a[0]);
    size = format_size(f);
    if (!size)
        return molt_raise(&MoltExc_ValueError,
            "memoryview: destination format must be a native single character format prefixed with an "
            "optional "
            "'@'");
    if (!byte_format(format_code(m)) && !byte_format(f[0] == '@' ? f[1] : f[0]))
        return molt_raise(&MoltExc_TypeError, "memoryview: cannot cast between two non-byte formats");
    nbytes = m->n * m->itemsize;
    if (nbytes % size)
        return molt_raise(&MoltExc_TypeError, "memoryview: length is not a multiple of itemsize");
    return molt_from_ptr(view_new(m->obj, m->start, nbytes / size, size, f, size, m->readonly));
}

static const MoltMethodDef memoryview_methods[] = {
    { "tobytes", m_tobytes, 0 },
    { "tolist", m_tolist, 0 },
    { "hex", m_hex, 0 },
    { "release", m_release, 0 },
    { "toreadonly", m_toreadonly, 0 },
    { "cast", m_cast, 0 },
    { "__enter__", m_enter, 0 },
    { "__exit__", m_exit, 0 },
    { NULL, NULL, 0 },
};

MOLT_API MoltType MoltMemoryView_Type = {
    .type = &MoltType_Type,
    .name = "memoryview",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_SEQUENCE,
    .basicsize = sizeof(MoltMemoryView),
    .repr = mv_repr,
    .truth = mv_truth,
    .richcompare = mv_richcompare,
    .hash = mv_hash,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .len = mv_len,
    .iter = mv_iter,
    .methods = memoryview_methods,
    .getset = memoryview_getset,
};
