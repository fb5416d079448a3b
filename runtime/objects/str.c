/* str: immutable UTF-8 text with cached code-point length; str() and
 * repr() of any value; the string builder; CPython's quoting and hashing. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "internal/alloc.h"
#include "internal/class.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/format.h"
#include "internal/int.h"
#include "internal/str.h"
#include "internal/str_methods.h"
#include "internal/type.h"

/* ------------------------------------------------------------------ */
/* creation */

/* An uninitialised str of len bytes (NUL placed) with room for cap >= len
 * (out of line when cap > len); caller fills data and nchars. */
static MoltStr *str_alloc_cap(size_t len, size_t cap)
{
    MoltStr *s;
    if (cap < MOLT_STR_OOL_MIN) {
        s = molt_alloc_atomic(sizeof(MoltStr) + len + 1);
        s->data = (char *)(s + 1);
        s->index = NULL;
    } else {
        MoltStrStore *st = molt_alloc_atomic(sizeof(MoltStrStore) + cap + 1);
        st->cap = cap;
        st->used = len;
        s = molt_alloc(sizeof(MoltStr));
        s->data = st->bytes;
    }
    s->ob.type = &MoltStr_Type;
    s->len = len;
    s->nchars = len;
    s->hash = -1;
    s->data[len] = '\0';
    return s;
}

static MoltStr *str_alloc(size_t len) { return str_alloc_cap(len, len); }

static MoltStrStore *store_of(const MoltStr *s)
{
    return (MoltStrStore *)(void *)(s->data - offsetof(MoltStrStore, bytes));
}

const char *molt_str_cstr_copy(const MoltStr *s)
{
    char *p = molt_alloc_atomic(s->len + 1);
    memcpy(p, s->data, s->len);
    p[s->len] = '\0';
    return p;
}

static size_t utf8_count(const char *s, size_t len)
{
    size_t i, n = 0;
    for (i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* An uninitialised str of len bytes for the methods to fill (data and
 * nchars); never fails. */
MoltStr *molt_str_alloc(size_t len) { return str_alloc(len); }

/* A str of the UTF-8 bytes s[0..len) holding nchars code points (the
 * caller counted them); never fails. */
MoltValue molt_str_new_n(const char *s, size_t len, size_t nchars)
{
    MoltStr *o = str_alloc(len);
    memcpy(o->data, s, len);
    o->nchars = nchars;
    return molt_from_ptr(o);
}

/* Copy of the UTF-8 bytes; never fails. */
MOLT_API MoltValue molt_str_from_utf8(const char *s, size_t len)
{
    MoltStr *o = str_alloc(len);
    memcpy(o->data, s, len);
    o->nchars = utf8_count(s, len);
    return molt_from_ptr(o);
}

/* Copy of a NUL-terminated UTF-8 string; never fails. */
MOLT_API MoltValue molt_str_from_cstr(const char *s) { return molt_str_from_utf8(s, strlen(s)); }

/* Bytes and byte length of str v. */
MOLT_API const char *molt_str_utf8(MoltValue v, size_t *len)
{
    MoltStr *s = molt_str_obj(v);
    if (len)
        *len = s->len;
    return s->data;
}

/* ------------------------------------------------------------------ */
/* builder */

void molt_sb_init(MoltStrBuf *sb)
{
    sb->buf = sb->small;
    sb->len = 0;
    sb->cap = sizeof sb->small;
}

static void sb_reserve(MoltStrBuf *sb, size_t extra)
{
    size_t need = sb->len + extra, cap;
    char *nb;
    if (need <= sb->cap)
        return;
    cap = sb->cap * 2;
    if (cap < need)
        cap = need;
    nb = molt_alloc_atomic(cap);
    memcpy(nb, sb->buf, sb->len);
    sb->buf = nb;
    sb->cap = cap;
}

void molt_sb_append(MoltStrBuf *sb, const char *s, size_t n)
{
    sb_reserve(sb, n);
    memcpy(sb->buf + sb->len, s, n);
    sb->len += n;
}

void molt_sb_puts(MoltStrBuf *sb, const char *s) { molt_sb_append(sb, s, strlen(s)); }

void molt_sb_putc(MoltStrBuf *sb, char c)
{
    sb_reserve(sb, 1);
    sb->buf[sb->len++] = c;
}

void molt_sb_printf(MoltStrBuf *sb, const char *fmt, ...)
{
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(sb->buf + sb->len, sb->cap - sb->len, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n >= sb->cap - sb->len) {
        sb_reserve(sb, (size_t)n + 1);
        va_start(ap, fmt);
        vsnprintf(sb->buf + sb->len, sb->cap - sb->len, fmt, ap);
        va_end(ap);
    }
    sb->len += (size_t)n;
}

int molt_sb_append_str(MoltStrBuf *sb, MoltValue v)
{
    MoltValue s = molt_str(v);
    if (!s)
        return -1;
    molt_sb_append(sb, molt_str_obj(s)->data, molt_str_obj(s)->len);
    return 0;
}

int molt_sb_append_repr(MoltStrBuf *sb, MoltValue v)
{
    MoltValue s = molt_repr(v);
    if (!s)
        return -1;
    molt_sb_append(sb, molt_str_obj(s)->data, molt_str_obj(s)->len);
    return 0;
}

MoltValue molt_sb_finish(MoltStrBuf *sb)
{
    MoltValue r = molt_str_from_utf8(sb->buf, sb->len);
    sb->buf = NULL;
    return r;
}

/* ------------------------------------------------------------------ */
/* str() and repr() of any value */

static MoltValue default_repr(MoltValue v)
{
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_printf(&sb, "<%s object at %p>", molt_type_name(v), molt_ptr(v));
    return molt_sb_finish(&sb);
}

static MoltUnaryFn find_repr(MoltType *t)
{
    for (; t; t = t->base)
        if (t->repr)
            return t->repr;
    return NULL;
}

/* repr(v): a new str, or MOLT_NULL with an exception. */
MOLT_API MoltValue molt_repr(MoltValue v)
{
    MoltUnaryFn f = find_repr(molt_type_of(v));
    return f ? f(v) : default_repr(v);
}

/* str(v): a new str (v itself for a str), or MOLT_NULL. */
MOLT_API MoltValue molt_str(MoltValue v)
{
    MoltType *t;
    if (molt_is_str(v))
        return v;
    for (t = molt_type_of(v); t; t = t->base) {
        if (t->str)
            return t->str(v);
        if (t->repr)
            return t->repr(v);
    }
    return default_repr(v);
}

/* ------------------------------------------------------------------ */
/* repr of a str */

/* Decode one code point at s[*i] (valid UTF-8 assumed), advancing *i. */
static uint32_t utf8_next(const unsigned char *s, size_t len, size_t *i)
{
    uint32_t c = s[*i];
    size_t extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (extra)
        c &= 0x3F >> extra;
    (*i)++;
    while (extra-- && *i < len)
        c = (c << 6) | (s[(*i)++] & 0x3F);
    return c;
}

/* CPython's unicode_repr: ' unless the text has ' and no ". */
MoltValue molt_str_repr(MoltValue v)
{
    MoltStr *s = molt_str_obj(v);
    const unsigned char *p = (const unsigned char *)s->data;
    char quote = '\'';
    MoltStrBuf sb;
    size_t i;
    if (memchr(p, '\'', s->len) && !memchr(p, '"', s->len))
        quote = '"';
    molt_sb_init(&sb);
    molt_sb_putc(&sb, quote);
    for (i = 0; i < s->len;) {
        unsigned char c = p[i];
        if (c < 0x80) {
            i++;
            if (c == (unsigned char)quote || c == '\\') {
                molt_sb_putc(&sb, '\\');
                molt_sb_putc(&sb, (char)c);
            } else if (c == '\t') {
                molt_sb_puts(&sb, "\\t");
            } else if (c == '\n') {
                molt_sb_puts(&sb, "\\n");
            } else if (c == '\r') {
                molt_sb_puts(&sb, "\\r");
            } else if (c < ' ' || c == 0x7F) {
                molt_sb_printf(&sb, "\\x%02x", c);
            } else {
                molt_sb_putc(&sb, (char)c);
            }
        } else {
            size_t start = i;
            uint32_t cp = utf8_next(p, s->len, &i);
            if (molt_uni_isprintable(cp))
                molt_sb_append(&sb, (const char *)p + start, i - start);
            else if (cp <= 0xFF)
                molt_sb_printf(&sb, "\\x%02x", (unsigned)cp);
            else if (cp <= 0xFFFF)
                molt_sb_printf(&sb, "\\u%04x", (unsigned)cp);
            else
                molt_sb_printf(&sb, "\\U%08x", (unsigned)cp);
        }
    }
    molt_sb_putc(&sb, quote);
    return molt_sb_finish(&sb);
}

/* ------------------------------------------------------------------ */
/* comparison and hashing */

int molt_str_equal(MoltValue a, MoltValue b)
{
    MoltStr *x = molt_str_obj(a), *y = molt_str_obj(b);
    return a == b || (x->len == y->len && memcmp(x->data, y->data, x->len) == 0);
}

int molt_str_equal_cstr(MoltValue v, const char *s)
{
    MoltStr *x = molt_str_obj(v);
    size_t n = strlen(s);
    return x->len == n && memcmp(x->data, s, n) == 0;
}

/* UTF-8 byte order is code-point order, so memcmp orders like CPython. */
static MoltValue str_richcompare(MoltValue a, MoltValue b, int op)
{
    MoltStr *x, *y;
    size_t n;
    int c;
    if (!molt_is_str(a) || !molt_is_str(b))
        return MOLT_NOTIMPLEMENTED;
    x = molt_str_obj(a);
    y = molt_str_obj(b);
    if (op == MOLT_EQ || op == MOLT_NE)
        return molt_bool(molt_str_equal(a, b) == (op == MOLT_EQ));
    n = x->len < y->len ? x->len : y->len;
    c = memcmp(x->data, y->data, n);
    if (c == 0)
        c = x->len < y->len ? -1 : x->len > y->len;
    return molt_cmp_result(op, c);
}

#define ROTATE(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define HALF_ROUND(a, b, c, d, s, t) \
    a += b;                          \
    c += d;                          \
    b = ROTATE(b, s) ^ a;            \
    d = ROTATE(d, t) ^ c;            \
    a = ROTATE(a, 32);
#define SINGLE_ROUND(v0, v1, v2, v3)    \
    HALF_ROUND(v0, v1, v2, v3, 13, 16); \
    HALF_ROUND(v2, v1, v0, v3, 17, 21);

/* CPython's siphash13 with the all-zero key of PYTHONHASHSEED=0.
 * Little-endian hosts only (as is every platform molt2c targets). */
uint64_t molt_siphash13(const void *p, size_t sz)
{
    const uint8_t *in = p;
    uint64_t b = (uint64_t)sz << 56;
    uint64_t v0 = 0x736f6d6570736575ULL, v1 = 0x646f72616e646f6dULL;
    uint64_t v2 = 0x6c7967656e657261ULL, v3 = 0x7465646279746573ULL;
    uint64_t t = 0;
    while (sz >= 8) {
        uint64_t mi;
        memcpy(&mi, in, sizeof mi);
        in += 8;
        sz -= 8;
        v3 ^= mi;
        SINGLE_ROUND(v0, v1, v2, v3);
        v0 ^= mi;
    }
    memcpy(&t, in, sz);
    b |= t;
    v3 ^= b;
    SINGLE_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SINGLE_ROUND(v0, v1, v2, v3);
    SINGLE_ROUND(v0, v1, v2, v3);
    SINGLE_ROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

/* Hash over CPython's compact representation: 1, 2 or 4 bytes per code
 * point depending on the largest one. */
int64_t molt_str_hash(MoltValue v)
{
    MoltStr *s = molt_str_obj(v);
    int64_t h;
    if (s->hash != -1)
        return s->hash;
    if (s->len == 0) {
        h = 0;
    } else if (s->nchars == s->len) {
        h = (int64_t)molt_siphash13(s->data, s->len);
    } else {
        const unsigned char *p = (const unsigned char *)s->data;
        uint32_t maxc = 0, c;
        size_t i = 0, k = 0, width;
        uint8_t *buf;
        while (i < s->len) {
            c = utf8_next(p, s->len, &i);
            if (c > maxc)
                maxc = c;
        }
        width = maxc < 0x100 ? 1 : maxc < 0x10000 ? 2 : 4;
        buf = molt_alloc_atomic(s->nchars * width);
        for (i = 0; i < s->len; k++) {
            c = utf8_next(p, s->len, &i);
            if (width == 1)
                buf[k] = (uint8_t)c;
            else if (width == 2) {
                uint16_t u = (uint16_t)c;
                memcpy(buf + 2 * k, &u, 2);
            } else
                memcpy(buf + 4 * k, &c, 4);
        }
        h = (int64_t)molt_siphash13(buf, s->nchars * width);
    }
    if (h == -1)
        h = -2;
    s->hash = h;
    return h;
}

/* ------------------------------------------------------------------ */
/* operators */

/* a + b. A result of MOLT_STR_OOL_MIN bytes or more gets spare room, and
 * when a is the str whose end is its store's end, b is appended in place
 * and the result shares a's store (a still sees only its own prefix): a
 * loop of s += x copies each byte O(1) times on average, where CPython
 * relies on s having one reference. Not safe for concurrent appends from
 * several threads (the runtime runs Python code on one thread). */
static MoltValue str_concat(MoltValue a, MoltValue b)
{
    MoltStr *x, *y, *r;
    size_t n;
    if (!molt_is_str(a) || !molt_is_str(b))
        return MOLT_NOTIMPLEMENTED;
    x = molt_str_obj(a);
    y = molt_str_obj(b);
    if (y->len == 0)
        return a;
    if (x->len == 0)
        return b;
    n = x->len + y->len;
    if (!molt_str_is_inline(x)) {
        MoltStrStore *st = store_of(x);
        if (st->used == x->len && n <= st->cap) {
            memcpy(x->data + x->len, y->data, y->len);
            x->data[n] = '\0';
            st->used = n;
            r = molt_alloc(sizeof(MoltStr));
            r->ob.type = &MoltStr_Type;
            r->data = x->data;
            r->len = n;
            r->nchars = x->nchars + y->nchars;
            r->hash = -1;
            return molt_from_ptr(r);
        }
    }
    if ((uint64_t)n > MOLT_MAX_ALLOC / 2)
        return molt_raise_args(&MoltExc_MemoryError, NULL, 0);
    r = str_alloc_cap(n, n < MOLT_STR_OOL_MIN ? n : n + n / 2);
    memcpy(r->data, x->data, x->len);
    memcpy(r->data + x->len, y->data, y->len);
    r->nchars = x->nchars + y->nchars;
    return molt_from_ptr(r);
}

/* str * int and int * str. */
static MoltValue str_repeat(MoltValue a, MoltValue b)
{
    MoltValue s, n;
    MoltStr *x, *r;
    int64_t count;
    size_t i;
    if (molt_is_str(a) && molt_is_intlike(b)) {
        s = a;
        n = b;
    } else if (molt_is_str(b) && molt_is_intlike(a)) {
        s = b;
        n = a;
    } else {
        return MOLT_NOTIMPLEMENTED;
    }
    x = molt_str_obj(s);
    if (molt_int_as_i64(molt_int_unbool(n), &count) < 0)
        return molt_raise(&MoltExc_OverflowError, "cannot fit 'int' into an index-sized integer");
    if (count <= 0 || x->len == 0)
        return molt_str_from_utf8("", 0);
    if (count == 1)
        return s;
    if (x->len > (uint64_t)INT64_MAX / (uint64_t)count)
        return molt_raise(&MoltExc_OverflowError, "repeated string is too long");
    if (x->len * (uint64_t)count > MOLT_MAX_ALLOC)
        return molt_raise_args(&MoltExc_MemoryError, NULL, 0);
    r = str_alloc(x->len * (size_t)count);
    for (i = 0; i < (size_t)count; i++)
        memcpy(r->data + i * x->len, x->data, x->len);
    r->nchars = x->nchars * (size_t)count;
    return molt_from_ptr(r);
}

/* ------------------------------------------------------------------ */
/* subscripts by code point, len, `in`, iteration */

static MoltValue str_getitem(MoltValue self, MoltValue key)
{
    MoltStr *s = molt_str_obj(self);
    int64_t i, start, stop, step, n, k;
    if (!molt_is_intlike(key) && molt_index_key(&key) < 0)
        return MOLT_NULL;
    if (molt_is_intlike(key)) {
        size_t a, b;
        if (molt_index_i64(key, &i) < 0)
            return MOLT_NULL;
        if (i < 0)
            i += (int64_t)s->nchars;
        if (i < 0 || i >= (int64_t)s->nchars)
            return molt_raise(&MoltExc_IndexError, "string index out of range");
        a = molt_str_cp_offset(s, (size_t)i);
        b = a + 1;
        while (b < s->len && ((unsigned char)s->data[b] & 0xC0) == 0x80)
            b++;
        return molt_str_from_utf8(s->data + a, b - a);
    }
    if (molt_unbox(key) != key) /* an int subclass */
        return str_getitem(self, molt_unbox(key));
    if (!molt_is_slice(key))
        return molt_raise(
            &MoltExc_TypeError, "string indices must be integers, not '%s'", molt_type_name(key));
    n = molt_slice_indices(key, (int64_t)s->nchars, &start, &stop, &step);
    if (n < 0)
        return MOLT_NULL;
    if (step == 1) {
        size_t a = molt_str_cp_offset(s, (size_t)start), b = molt_str_cp_offset(s, (size_t)(start + n));
        if (n == (int64_t)s->nchars && molt_is_str(self))
            return self;
        return molt_str_from_utf8(s->data + a, b - a);
    } else {
        MoltStrBuf sb;
        size_t *offs = NULL, j, pos = 0;
        if (s->nchars != s->len) {
            offs = molt_alloc_atomic((s->nchars + 1) * sizeof(size_t));
            for (j = 0; j < s->nchars; j++) {
                offs[j] = pos;
                pos++;
                while (pos < s->len && ((unsigned char)s->data[pos] & 0xC0) == 0x80)
                    pos++;
            }
            offs[s->nchars] = s->len;
        }
        molt_sb_init(&sb);
        for (k = 0; k < n; k++) {
            size_t c = (size_t)(start + k * step);
            if (offs)
                molt_sb_append(&sb, s->data + offs[c], offs[c + 1] - offs[c]);
            else
                molt_sb_putc(&sb, s->data[c]);
        }
        return molt_sb_finish(&sb);
    }
}

static int64_t str_len(MoltValue self) { return (int64_t)molt_str_obj(self)->nchars; }

static int str_contains(MoltValue self, MoltValue item)
{
    MoltStr *s = molt_str_obj(self), *t;
    size_t i;
    if (!molt_is_str(molt_unbox(item))) { /* str subclasses are strs (PyUnicode_Check) */
        molt_raise(&MoltExc_TypeError, "'in <string>' requires string as left operand, not %s",
            molt_type_name(item));
        return -1;
    }
    t = molt_str_obj(molt_unbox(item));
    if (t->len == 0)
        return 1;
    for (i = 0; i + t->len <= s->len; i++)
        if (s->data[i] == t->data[0] && memcmp(s->data + i, t->data, t->len) == 0)
            return 1;
    return 0;
}

static MoltValue str_iter(MoltValue self) { return molt_seq_iter_new(self); }

static int str_truth(MoltValue v) { return molt_str_obj(v)->len != 0; }

static MoltValue str_str(MoltValue v) { return v; }

/* fmt % args (runtime/objects/str_percent.c) */
static MoltValue str_mod(MoltValue a, MoltValue b)
{
    if (!molt_is_str(a))
        return MOLT_NOTIMPLEMENTED;
    return molt_str_percent(a, b);
}

MOLT_API MoltType MoltStr_Type = {
    .type = &MoltType_Type,
    .name = "str",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_BASETYPE | MOLT_TYPE_MATCH_SELF,
    .basicsize = sizeof(MoltStr),
    .repr = molt_str_repr,
    .str = str_str,
    .truth = str_truth,
    .richcompare = str_richcompare,
    .binop = { [MOLT_OP_ADD] = str_concat, [MOLT_OP_MUL] = str_repeat, [MOLT_OP_MOD] = str_mod },
    .getitem = str_getitem,
    .len = str_len,
    .contains = str_contains,
    .iter = str_iter,
    .methods = molt_str_methods,
};
