/* bytes: immutable byte strings. Creation (literals, bytes(...)), repr,
 * CPython's hash, comparison, concatenation, repetition, indexing and
 * slicing, `in`, iteration, and the buffer view bytes-like arguments go
 * through. The methods bytes shares with bytearray are in bytes_methods.c,
 * `%` formatting in bytes_format.c. */
#include <string.h>

#include "internal/alloc.h"
#include "internal/builtins.h"
#include "internal/bytes.h"
#include "internal/class.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/int.h"
#include "internal/list.h"
#include "internal/tuple.h"
#include "internal/type.h"

/* ------------------------------------------------------------------ */
/* creation */

MoltBytes *molt_bytes_alloc(size_t n)
{
    MoltBytes *b;
    if (n > MOLT_MAX_ALLOC) {
        molt_raise_args(&MoltExc_MemoryError, NULL, 0);
        return NULL;
    }
    b = molt_alloc_atomic(sizeof(MoltBytes) + n + 1);
    b->ob.type = &MoltBytes_Type;
    b->len = n;
    b->hash = -1;
    b->data[n] = 0;
    return b;
}

MoltValue molt_bytes_new(const void *p, size_t n)
{
    MoltBytes *b = molt_bytes_alloc(n);
    if (n)
        memcpy(b->data, p, n);
    return molt_from_ptr(b);
}

/* A bytes constant of generated code (see objects.h). Never fails. */
MOLT_API MoltValue molt_bytes_from_data(const char *p, size_t n) { return molt_bytes_new(p, n); }

/* ------------------------------------------------------------------ */
/* buffers */

int molt_buffer_get(MoltValue v, MoltBuffer *b)
{
    MoltType *t = molt_type_of(v);
    if (molt_type_is_subtype(t, &MoltBytes_Type)) {
        b->p = molt_bytes_obj(v)->data;
        b->n = molt_bytes_obj(v)->len;
        return 1;
    }
    if (molt_type_is_subtype(t, &MoltByteArray_Type)) {
        static const unsigned char empty[1];
        b->p = molt_bytearray_obj(v)->data ? molt_bytearray_obj(v)->data : empty;
        b->n = molt_bytearray_obj(v)->len;
        return 1;
    }
    if (t == &MoltMemoryView_Type)
        return molt_memoryview_buffer(molt_ptr(v), b) < 0 ? -1 : 1;
    return 0;
}

int molt_buffer_need(MoltValue v, MoltBuffer *b)
{
    int r = molt_buffer_get(v, b);
    if (r == 0)
        molt_raise(&MoltExc_TypeError, "a bytes-like object is required, not '%s'", molt_type_name(v));
    return r > 0 ? 0 : -1;
}

int molt_byte_value(MoltValue v, int *out)
{
    int64_t i;
    if (!molt_is_intlike(v)) {
        molt_raise(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer", molt_type_name(v));
        return -1;
    }
    if (molt_int_as_i64(molt_int_unbool(v), &i) < 0 || i < 0 || i > 255) {
        molt_raise(&MoltExc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)i;
    return 0;
}

int molt_bytes_from_iterable(MoltStrBuf *sb, MoltValue iterable)
{
    MoltValue it = molt_iter(iterable), x;
    if (!it)
        return -1;
    while ((x = molt_next(it)) != MOLT_STOP) {
        int c;
        if (!x || molt_byte_value(x, &c) < 0)
            return -1;
        molt_sb_putc(sb, (char)c);
    }
    return 0;
}

MoltValue molt_bytes_like(MoltValue self, const void *p, size_t n)
{
    return molt_isinstance(self, &MoltByteArray_Type) ? molt_bytearray_new(p, n) : molt_bytes_new(p, n);
}

/* ------------------------------------------------------------------ */
/* bytes(source=b'', encoding=None, errors=None) */

/* The encoding/errors arguments of bytes() and bytearray(): C strings or
 * NULL; TypeError "bytes() argument 'encoding' must be str, not int". */
static int codec_args(const char *fname, const MoltValue *a, const char **enc, const char **errs)
{
    *enc = *errs = NULL;
    if (a[1]) {
        if (!molt_is_str(a[1])) {
            molt_raise(&MoltExc_TypeError, "%s() argument 'encoding' must be str, not %s", fname,
                molt_type_name(a[1]));
            return -1;
        }
        *enc = molt_str_cstr(a[1]);
    }
    if (a[2]) {
        if (!molt_is_str(a[2])) {
            molt_raise(&MoltExc_TypeError, "%s() argument 'errors' must be str, not %s", fname,
                molt_type_name(a[2]));
            return -1;
        }
        *errs = molt_str_cstr(a[2]);
    }
    return 0;
}

/* The bytes of source for bytes(source) / bytearray(source): an int
 * count of zeros, a bytes-like, or an iterable of ints. 0 or -1; fname
 * names the type in "cannot convert 'float' object to bytes". */
static int source_bytes(const char *fname, MoltValue x, MoltStrBuf *sb)
{
    MoltBuffer buf;
    int r;
    if (molt_is_intlike(x)) {
        int64_t n;
        if (molt_int_as_i64(molt_int_unbool(x), &n) < 0) {
            molt_raise(&MoltExc_OverflowError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
        if (n < 0) {
            molt_raise(&MoltExc_ValueError, "negative count");
            return -1;
        }
        if ((uint64_t)n > MOLT_MAX_ALLOC) {
            molt_raise_args(&MoltExc_MemoryError, NULL, 0);
            return -1;
        }
        while (n--)
            molt_sb_putc(sb, 0);
        return 0;
    }
    r = molt_buffer_get(x, &buf);
    if (r < 0)
        return -1;
    if (r) {
        molt_sb_append(sb, (const char *)buf.p, buf.n);
        return 0;
    }
    if (!molt_is_iterable(x)) {
        molt_raise(&MoltExc_TypeError, "cannot convert '%s' object to %s", molt_type_name(x), fname);
        return -1;
    }
    if (molt_bytes_from_iterable(sb, x) < 0) {
        /* bytes() words the range error in the plural */
        if (strcmp(fname, "bytes") == 0 && molt_err_occurred_is(&MoltExc_ValueError)) {
            molt_err_clear();
            molt_raise(&MoltExc_ValueError, "bytes must be in range(0, 256)");
        }
        return -1;
    }
    return 0;
}

MoltValue molt_bytes_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "source", "encoding", "errors" };
    MoltValue a[3], method;
    const char *enc, *errs;
    MoltStrBuf sb;
    (void)type;
    if (molt_bind_builtin("bytes", names, 3, 0, 0, args, nargs, kwnames, a) < 0
        || codec_args("bytes", a, &enc, &errs) < 0)
        return MOLT_NULL;
    if (!a[0]) {
        if (enc || errs)
            return molt_raise(&MoltExc_TypeError,
                enc ? "encoding without a string argument" : "errors without a string argument");
        return molt_bytes_new(NULL, 0);
    }
    if (enc) {
        if (!molt_is_str(molt_unbox(a[0]))) /* str subclasses too */
            return molt_raise(&MoltExc_TypeError, "encoding without a string argument");
        return molt_codec_encode(molt_unbox(a[0]), enc, errs);
    }
    if (errs)
        return molt_raise(&MoltExc_TypeError,
            molt_is_str(molt_unbox(a[0])) ? "string argument without an encoding"
                                          : "errors without a string argument");
    method = molt_type_lookup_cstr(molt_type_of(a[0]), "__bytes__", NULL);
    if (method && (molt_type_of(a[0])->flags & MOLT_TYPE_HEAPTYPE)) {
        MoltValue r = molt_call(method, &a[0], 1, MOLT_NULL);
        if (!r)
            return MOLT_NULL;
        if (!molt_isinstance(r, &MoltBytes_Type))
            return molt_raise(
                &MoltExc_TypeError, "__bytes__ returned non-bytes (type %s)", molt_type_name(r));
        return r;
    }
    if (molt_is_str(molt_unbox(a[0])))
        return molt_raise(&MoltExc_TypeError, "string argument without an encoding");
    if (molt_is_bytes(a[0]))
        return a[0];
    molt_sb_init(&sb);
    if (source_bytes("bytes", a[0], &sb) < 0)
        return MOLT_NULL;
    return molt_bytes_new(sb.buf, sb.len);
}

MoltValue molt_bytearray_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "source", "encoding", "errors" };
    MoltValue a[3];
    const char *enc, *errs;
    MoltStrBuf sb;
    (void)type;
    if (molt_bind_builtin("bytearray", names, 3, 0, 0, args, nargs, kwnames, a) < 0
        || codec_args("bytearray", a, &enc, &errs) < 0)
        return MOLT_NULL;
    if (!a[0]) {
        if (enc || errs)
            return molt_raise(&MoltExc_TypeError,
                enc ? "encoding without a string argument" : "errors without a string argument");
        return molt_bytearray_new(NULL, 0);
    }
    if (molt_is_str(molt_unbox(a[0]))) { /* str subclasses too */
        MoltValue b;
        if (!enc)
            return molt_raise(&MoltExc_TypeError, "string argument without an encoding");
        b = molt_codec_encode(molt_unbox(a[0]), enc, errs);
        if (!b)
            return MOLT_NULL;
        return molt_bytearray_new(molt_bytes_obj(b)->data, molt_bytes_obj(b)->len);
    }
    if (enc || errs)
        return molt_raise(&MoltExc_TypeError,
            enc ? "encoding without a string argument" : "errors without a string argument");
    molt_sb_init(&sb);
    if (source_bytes("bytearray", a[0], &sb) < 0)
        return MOLT_NULL;
    return molt_bytearray_new(sb.buf, sb.len);
}

/* ------------------------------------------------------------------ */
/* repr and hash */

MoltValue molt_bytes_repr_buf(const unsigned char *p, size_t n, const char *prefix, const char *suffix)
{
    /* bytearray's repr escapes every single quote, bytes' only the
     * quote it uses */
    int mutable = prefix[0] != '\0';
    char quote = memchr(p, '\'', n) && !memchr(p, '"', n) ? '"' : '\'';
    MoltStrBuf sb;
    size_t i;
    molt_sb_init(&sb);
    molt_sb_puts(&sb, prefix);
    molt_sb_putc(&sb, 'b');
    molt_sb_putc(&sb, quote);
    for (i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == (unsigned char)quote || c == '\\' || (mutable && c == '\'')) {
            molt_sb_putc(&sb, '\\');
            molt_sb_putc(&sb, (char)c);
        } else if (c == '\t') {
            molt_sb_puts(&sb, "\\t");
        } else if (c == '\n') {
            molt_sb_puts(&sb, "\\n");
        } else if (c == '\r') {
            molt_sb_puts(&sb, "\\r");
        } else if (c < ' ' || c >= 0x7F) {
            molt_sb_printf(&sb, "\\x%02x", c);
        } else {
            molt_sb_putc(&sb, (char)c);
        }
    }
    molt_sb_putc(&sb, quote);
    molt_sb_puts(&sb, suffix);
    return molt_sb_finish(&sb);
}

static MoltValue bytes_repr(MoltValue v)
{
    return molt_bytes_repr_buf(molt_bytes_obj(v)->data, molt_bytes_obj(v)->len, "", "");
}

/* CPython hashes the raw bytes with the siphash its str hash uses, so an
 * ASCII bytes hashes like the equal str. */
int64_t molt_bytes_hash(MoltValue v)
{
    MoltBytes *b = molt_bytes_obj(v);
    int64_t h;
    if (b->hash != -1)
        return b->hash;
    h = b->len ? (int64_t)molt_siphash13(b->data, b->len) : 0;
    if (h == -1)
        h = -2;
    b->hash = h;
    return h;
}

/* ------------------------------------------------------------------ */
/* comparison */

static int is_bytestring(MoltValue v)
{
    return molt_isinstance(v, &MoltBytes_Type) || molt_isinstance(v, &MoltByteArray_Type);
}

MoltValue molt_bytes_richcompare(MoltValue a, MoltValue b, int op)
{
    MoltBuffer x, y;
    size_t n;
    int c;
    if (!is_bytestring(a) || !is_bytestring(b)) {
        /* bytearray compares with any buffer (memoryview), as CPython */
        if (!(molt_isinstance(a, &MoltByteArray_Type) || molt_isinstance(b, &MoltByteArray_Type)))
            return MOLT_NOTIMPLEMENTED;
        if (molt_type_of(a) != &MoltMemoryView_Type && molt_type_of(b) != &MoltMemoryView_Type)
            return MOLT_NOTIMPLEMENTED;
    }
    if (molt_buffer_get(a, &x) < 0 || molt_buffer_get(b, &y) < 0)
        return MOLT_NULL;
    if ((op == MOLT_EQ || op == MOLT_NE) && x.n != y.n)
        return molt_bool(op == MOLT_NE);
    n = x.n < y.n ? x.n : y.n;
    c = n ? memcmp(x.p, y.p, n) : 0;
    if (c == 0)
        c = x.n < y.n ? -1 : x.n > y.n;
    return molt_cmp_result(op, c);
}

/* ------------------------------------------------------------------ */
/* operators */

/* bytes + bytes-like (the result is a bytes). */
static MoltValue bytes_concat(MoltValue a, MoltValue b)
{
    MoltBuffer x, y;
    MoltBytes *r;
    int k;
    if (!molt_isinstance(a, &MoltBytes_Type))
        return MOLT_NOTIMPLEMENTED;
    k = molt_buffer_get(b, &y);
    if (k <= 0) {
        /* a released view: CPython reports the failed concatenation */
        if (k < 0)
            molt_err_clear();
        return MOLT_NOTIMPLEMENTED;
    }
    molt_buffer_get(a, &x);
    if (y.n == 0 && molt_is_bytes(a))
        return a;
    r = molt_bytes_alloc(x.n + y.n);
    if (!r)
        return MOLT_NULL;
    memcpy(r->data, x.p, x.n);
    memcpy(r->data + x.n, y.p, y.n);
    return molt_from_ptr(r);
}

/* The count of seq * n: 0 for negative counts; OverflowError when n does
 * not fit, MemoryError when the result cannot. */
int molt_bytes_repeat_count(MoltValue n, size_t len, size_t *count)
{
    int64_t c;
    if (molt_int_as_i64(molt_int_unbool(n), &c) < 0) {
        if (molt_int_sign(n) < 0) {
            *count = 0;
            return 0;
        }
        molt_raise(&MoltExc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (c <= 0 || len == 0) {
        *count = 0;
        return 0;
    }
    if (len > MOLT_MAX_ALLOC / (uint64_t)c) {
        molt_raise_args(&MoltExc_MemoryError, NULL, 0);
        return -1;
    }
    *count = (size_t)c;
    return 0;
}

static MoltValue bytes_repeat(MoltValue a, MoltValue b)
{
    MoltValue s = a, n = b;
    MoltBytes *x, *r;
    size_t count, i;
    if (!(molt_is_bytes(s) && molt_is_intlike(n))) {
        s = b;
        n = a;
        if (!(molt_is_bytes(s) && molt_is_intlike(n)))
            return MOLT_NOTIMPLEMENTED;
    }
    x = molt_bytes_obj(s);
    if (molt_bytes_repeat_count(n, x->len, &count) < 0)
        return MOLT_NULL;
    if (count == 1)
        return s;
    r = molt_bytes_alloc(x->len * count);
    if (!r)
        return MOLT_NULL;
    for (i = 0; i < count; i++)
        memcpy(r->data + i * x->len, x->data, x->len);
    return molt_from_ptr(r);
}

static MoltValue bytes_mod(MoltValue a, MoltValue b)
{
    if (!molt_isinstance(a, &MoltBytes_Type))
        return MOLT_NOTIMPLEMENTED;
    return molt_bytes_format(a, b);
}

/* ------------------------------------------------------------------ */
/* subscripts, len, `in`, iteration */

static MoltValue bytes_getitem(MoltValue self, MoltValue key)
{
    MoltBytes *b = molt_bytes_obj(self), *r;
    int64_t i, start, stop, step, n;
    if (molt_is_intlike(key)) {
        if (molt_index_i64(key, &i) < 0)
            return MOLT_NULL;
        if (i < 0)
            i += (int64_t)b->len;
        if (i < 0 || i >= (int64_t)b->len)
            return molt_raise(&MoltExc_IndexError, "index out of range");
        return molt_from_int(b->data[i]);
    }
    if (!molt_is_slice(key))
        return molt_raise(
            &MoltExc_TypeError, "byte indices must be integers or slices, not %s", molt_type_name(key));
    n = molt_slice_indices(key, (int64_t)b->len, &start, &stop, &step);
    if (n < 0)
        return MOLT_NULL;
    if (step == 1 && n == (int64_t)b->len && molt_is_bytes(self))
        return self;
    r = molt_bytes_alloc((size_t)n);
    if (step == 1)
        memcpy(r->data, b->data + start, (size_t)n);
    else
        for (i = 0; i < n; i++)
            r->data[i] = b->data[start + i * step];
    return molt_from_ptr(r);
}

static int64_t bytes_len(MoltValue self) { return (int64_t)molt_bytes_obj(self)->len; }

int molt_bytes_contains_buf(const unsigned char *p, size_t n, MoltValue item)
{
    MoltBuffer b;
    size_t i;
    int r;
    if (molt_is_intlike(item)) {
        int c;
        if (molt_byte_value(item, &c) < 0)
            return -1;
        return n && memchr(p, c, n) != NULL;
    }
    r = molt_buffer_get(item, &b);
    if (r <= 0) {
        if (r == 0)
            molt_raise(&MoltExc_TypeError, "a bytes-like object is required, not '%s'", molt_type_name(item));
        return -1;
    }
    if (b.n == 0)
        return 1;
    for (i = 0; i + b.n <= n; i++)
        if (p[i] == b.p[0] && memcmp(p + i, b.p, b.n) == 0)
            return 1;
    return 0;
}

static int bytes_contains(MoltValue self, MoltValue item)
{
    return molt_bytes_contains_buf(molt_bytes_obj(self)->data, molt_bytes_obj(self)->len, item);
}

/* An iterator over the bytes of a bytes or bytearray, as ints; it reads
 * the length on every step, so a bytearray may change while iterated. */
typedef struct BytesIter {
    MoltObject ob;
    MoltValue seq; /* MOLT_NULL once exhausted */
    size_t index;
} BytesIter;

static MoltValue bytesiter_next(MoltValue v)
{
    BytesIter *it = molt_ptr(v);
    MoltBuffer b;
    if (!it->seq)
        return MOLT_STOP;
    molt_buffer_get(it->seq, &b);
    if (it->index < b.n)
        return molt_from_int(b.p[it->index++]);
    it->seq = MOLT_NULL;
    return MOLT_STOP;
}

static MoltValue iter_self(MoltValue v) { return v; }

static MoltType BytesIter_Type = {
    .type = &MoltType_Type,
    .name = "bytes_iterator",
    .base = &MoltObject_Type,
    .basicsize = sizeof(BytesIter),
    .iter = iter_self,
    .iternext = bytesiter_next,
};

static MoltType ByteArrayIter_Type = {
    .type = &MoltType_Type,
    .name = "bytearray_iterator",
    .base = &MoltObject_Type,
    .basicsize = sizeof(BytesIter),
    .iter = iter_self,
    .iternext = bytesiter_next,
};

/* iter() of a bytes or a bytearray. Never fails. */
MoltValue molt_bytes_iter(MoltValue self)
{
    BytesIter *it = molt_alloc(sizeof *it);
    it->ob.type = molt_isinstance(self, &MoltByteArray_Type) ? &ByteArrayIter_Type : &BytesIter_Type;
    it->seq = self;
    return molt_from_ptr(it);
}

static int bytes_truth(MoltValue v) { return molt_bytes_obj(v)->len != 0; }

/* ------------------------------------------------------------------ */
/* the type */

static MoltValue m_getnewargs(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue b;
    if (molt_no_kwargs("bytes.__getnewargs__", kwnames) < 0)
        return MOLT_NULL;
    if (nargs != 1)
        return molt_raise(
            &MoltExc_TypeError, "bytes.__getnewargs__() takes no arguments (%zu given)", nargs - 1);
    b = molt_bytes_new(molt_bytes_obj(args[0])->data, molt_bytes_obj(args[0])->len);
    return molt_tuple_new(1, &b);
}

/* bytes.__bytes__(): self as an exact bytes (a subclass's value copied). */
static MoltValue m_bytes(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (molt_method_noargs("bytes", "__bytes__", nargs, kwnames) < 0)
        return MOLT_NULL;
    if (molt_is_bytes(args[0]))
        return args[0];
    return molt_bytes_new(molt_bytes_obj(args[0])->data, molt_bytes_obj(args[0])->len);
}

static const MoltMethodDef bytes_methods[] = {
    MOLT_BYTES_SHARED_METHODS(MOLT_BYTES_METHOD_ROW) { "fromhex", molt_bytes_m_fromhex, MOLT_METH_CLASS },
    { "maketrans", molt_bytes_m_maketrans, MOLT_METH_CLASS },
    { "__getnewargs__", m_getnewargs, 0 },
    { "__bytes__", m_bytes, 0 },
    { NULL, NULL, 0 },
};

MOLT_API MoltType MoltBytes_Type = {
    .type = &MoltType_Type,
    .name = "bytes",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_BASETYPE | MOLT_TYPE_MATCH_SELF,
    .basicsize = sizeof(MoltBytes),
    .repr = bytes_repr,
    .truth = bytes_truth,
    .richcompare = molt_bytes_richcompare,
    .binop = { [MOLT_OP_ADD] = bytes_concat, [MOLT_OP_MUL] = bytes_repeat, [MOLT_OP_MOD] = bytes_mod },
    .hash = molt_bytes_hash,
    .getitem = bytes_getitem,
    .len = bytes_len,
    .contains = bytes_contains,
    .iter = molt_bytes_iter,
    .methods = bytes_methods,
};
