/* Private layouts of bytes, bytearray and memoryview, the buffer view
 * every bytes-like argument goes through, and the shared method
 * implementations of bytes and bytearray (objects/bytes_methods.c). */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_BYTES_H
#define MOLT_INTERNAL_BYTES_H

#include <molt/molt.h>

#include "internal/str.h"

extern MoltType MoltBytes_Type, MoltByteArray_Type, MoltMemoryView_Type;

/* An immutable bytes: header and bytes in one atomic (unscanned) block;
 * data is NUL-terminated (data[len] == 0), like CPython's. */
typedef struct MoltBytes {
    MoltObject ob;
    size_t len;
    int64_t hash; /* -1 until computed */
    unsigned char data[];
} MoltBytes;

/* A bytearray: a growable buffer in separate atomic memory. exports
 * counts the memoryviews not yet released, which pin the buffer: while
 * it is non-zero a resize raises BufferError, as in CPython. */
typedef struct MoltByteArray {
    MoltObject ob;
    size_t len, cap;
    unsigned char *data; /* NULL when cap is 0 */
    int64_t exports;
} MoltByteArray;

/* A one-dimensional memoryview over a bytes or bytearray (obj). The
 * items are n items of itemsize bytes, item i at byte offset
 * start + i * stride of obj's buffer; the buffer is looked up on each
 * access, so a view never holds a pointer into a bytearray's storage. */
typedef struct MoltMemoryView {
    MoltObject ob;
    MoltValue obj; /* the exporter */
    int64_t start, n, stride;
    int itemsize;
    int readonly;
    int released;
    char format[3]; /* struct format, e.g. "B" */
} MoltMemoryView;

static inline int molt_is_bytes(MoltValue v) { return molt_type_of(v) == &MoltBytes_Type; }
static inline int molt_is_bytearray(MoltValue v) { return molt_type_of(v) == &MoltByteArray_Type; }
static inline MoltBytes *molt_bytes_obj(MoltValue v) { return (MoltBytes *)molt_ptr(v); }
static inline MoltByteArray *molt_bytearray_obj(MoltValue v) { return (MoltByteArray *)molt_ptr(v); }

/* ---- bytes (objects/bytes.c) ---- */

/* A bytes of the n bytes at p (copied; p may be NULL when n is 0). Never
 * fails. */
MoltValue molt_bytes_new(const void *p, size_t n);
/* An uninitialised bytes of n bytes for the caller to fill; NULL with
 * MemoryError if n is too large. */
MoltBytes *molt_bytes_alloc(size_t n);
/* CPython's bytes hash (the str siphash over the bytes). */
int64_t molt_bytes_hash(MoltValue v);
/* CPython's repr of the n bytes at p: b'...' (or bytearray(b'...') with
 * prefix "bytearray(" and suffix ")"). Never fails. */
MoltValue molt_bytes_repr_buf(const unsigned char *p, size_t n, const char *prefix, const char *suffix);
/* bytes(...) and bytearray(...) constructors. */
MoltValue molt_bytes_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_bytearray_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_memoryview_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);

/* ---- buffers ---- */

/* The bytes of a bytes-like object (bytes, bytearray, a memoryview):
 * p and n. A non-contiguous memoryview is copied. 1 on success, 0 when v
 * is not bytes-like (no exception), -1 on error (a released view). */
typedef struct MoltBuffer {
    const unsigned char *p;
    size_t n;
} MoltBuffer;
int molt_buffer_get(MoltValue v, MoltBuffer *b);
/* molt_buffer_get that raises TypeError "a bytes-like object is
 * required, not 'str'" when v is not bytes-like: 0 or -1. */
int molt_buffer_need(MoltValue v, MoltBuffer *b);

/* The elements of an iterable of ints in range(0, 256) appended to sb
 * (bytes(iterable), bytearray.extend): 0, or -1 with CPython's error. */
int molt_bytes_from_iterable(MoltStrBuf *sb, MoltValue iterable);
/* An int-like byte value in range(0, 256): 0, or -1 with TypeError
 * "'str' object cannot be interpreted as an integer" or ValueError
 * "byte must be in range(0, 256)". */
int molt_byte_value(MoltValue v, int *out);

/* ---- bytearray (objects/bytearray.c) ---- */

/* A bytearray holding a copy of the n bytes at p. Never fails. */
MoltValue molt_bytearray_new(const void *p, size_t n);
/* Resize to n bytes (new bytes zeroed): 0, or -1 with BufferError when a
 * memoryview pins the buffer. */
int molt_bytearray_resize(MoltValue ba, size_t n);

/* ---- memoryview (objects/memoryview.c) ---- */

/* A released memoryview raises ValueError "operation forbidden on
 * released memoryview object": 0 if v is usable, -1 otherwise. */
int molt_memoryview_check(MoltMemoryView *m);
/* The view's bytes, copied if it is not contiguous. 0 or -1. */
int molt_memoryview_buffer(MoltMemoryView *m, MoltBuffer *b);

/* ---- shared methods of bytes and bytearray (objects/bytes_methods.c) ----
 * Each is a MoltCFunction whose args[0] is a bytes or a bytearray;
 * results that are byte strings have the type of self. */
#define MOLT_BYTES_SHARED_METHODS(X) \
    X(capitalize)                    \
    X(center)                        \
    X(count)                         \
    X(decode)                        \
    X(endswith)                      \
    X(expandtabs)                    \
    X(find)                          \
    X(hex)                           \
    X(index)                         \
    X(isalnum)                       \
    X(isalpha)                       \
    X(isascii)                       \
    X(isdigit)                       \
    X(islower)                       \
    X(isspace)                       \
    X(istitle)                       \
    X(isupper)                       \
    X(join)                          \
    X(ljust)                         \
    X(lower)                         \
    X(lstrip)                        \
    X(partition)                     \
    X(removeprefix)                  \
    X(removesuffix)                  \
    X(replace)                       \
    X(rfind)                         \
    X(rindex)                        \
    X(rjust)                         \
    X(rpartition)                    \
    X(rsplit)                        \
    X(rstrip)                        \
    X(split)                         \
    X(splitlines)                    \
    X(startswith)                    \
    X(strip)                         \
    X(swapcase)                      \
    X(title)                         \
    X(translate)                     \
    X(upper)                         \
    X(zfill)
#define MOLT_BYTES_DECLARE_METHOD(name) \
    MoltValue molt_bytes_m_##name(const MoltValue *args, size_t nargs, MoltValue kwnames);
MOLT_BYTES_SHARED_METHODS(MOLT_BYTES_DECLARE_METHOD)
/* Class-level: bytes.fromhex / bytearray.fromhex (args[0] the type) and
 * the static maketrans. */
MOLT_BYTES_DECLARE_METHOD(fromhex)
MOLT_BYTES_DECLARE_METHOD(maketrans)
#undef MOLT_BYTES_DECLARE_METHOD
/* The method table rows for the shared methods. */
#define MOLT_BYTES_METHOD_ROW(name) { #name, molt_bytes_m_##name, 0 },

/* A comparison of two byte strings (bytes or bytearray in any mix);
 * MOLT_NOTIMPLEMENTED when either is not one. */
MoltValue molt_bytes_richcompare(MoltValue a, MoltValue b, int op);
/* `x in b` for a byte string b: an int (a byte) or a bytes-like. 1/0/-1. */
int molt_bytes_contains_buf(const unsigned char *p, size_t n, MoltValue item);
/* seq * n: the repeat count (0 for n <= 0), or -1 with OverflowError /
 * MemoryError. */
int molt_bytes_repeat_count(MoltValue n, size_t len, size_t *count);
/* iter() of a bytes or bytearray: yields ints. Never fails. */
MoltValue molt_bytes_iter(MoltValue self);
/* The result type's constructor from bytes: bytes or bytearray like self. */
MoltValue molt_bytes_like(MoltValue self, const void *p, size_t n);

/* hex() of bytes, bytearray and memoryview: the (sep, bytes_per_sep)
 * arguments (a[0], a[1], MOLT_NULL when not given; *sep -1 for none) with
 * CPython's errors, and the hex text of the n bytes at p with sep between
 * groups of per_sep bytes counted from the right (from the left when
 * negative). */
int molt_bytes_hex_args(const MoltValue *a, int *sep, int64_t *per_sep);
MoltValue molt_bytes_hex_buf(const unsigned char *p, size_t n, int sep, int64_t per_sep);

/* ---- printf-style formatting (objects/bytes_format.c) ---- */

/* fmt % args for a bytes or bytearray fmt: a value of fmt's type. */
MoltValue molt_bytes_format(MoltValue fmt, MoltValue args);

/* ---- codecs (objects/codecs.c) ---- */

/* s.encode(encoding, errors) and b.decode(encoding, errors) for the
 * codecs molt has (utf-8, ascii, latin-1 and their aliases); encoding and
 * errors are C strings (NULL for the defaults). Unknown encodings raise
 * LookupError "unknown encoding: foo", unknown error handlers
 * LookupError "unknown error handler name 'x'" when one is needed. */
MoltValue molt_codec_encode(MoltValue str, const char *encoding, const char *errors);
MoltValue molt_codec_decode(const unsigned char *p, size_t n, const char *encoding, const char *errors);
/* str.encode(encoding='utf-8', errors='strict') as a method row. */
MoltValue molt_str_m_encode(const MoltValue *args, size_t nargs, MoltValue kwnames);

#endif /* MOLT_INTERNAL_BYTES_H */
