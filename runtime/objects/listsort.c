/* list.sort: timsort, as CPython's listsort (Objects/listsort.txt).
 *
 * The keys are sorted in one array; when a key function is given, the
 * values ride along in a second array and every move of a key moves its
 * value. Natural runs are found (strictly descending runs reversed in
 * place), short runs are extended to `minrun` by binary insertion, and
 * runs are merged in the order powersort chooses (CPython 3.11). Merges
 * gallop when one run keeps winning.
 *
 * Comparisons use `<` only. Before sorting, the keys are scanned once: when
 * all are small ints, all floats or all exact strs, a direct comparison
 * replaces the generic rich comparison (CPython's unsafe_*_compare), and
 * the sort runs in a copy of the code compiled for that kind. Large lists
 * of small-int keys take a stable radix sort instead, which gives the same
 * result. Any comparison may fail; the sort then stops with the arrays
 * still holding a permutation of their items, as CPython guarantees.
 *
 * While sorting, the list is emptied; if it is not empty afterwards, the
 * key function or a comparison mutated it: "list modified during sort". */
#include <string.h>

#include "internal/alloc.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/list.h"
#include "internal/str.h"

/* How keys compare: chosen once per sort by scanning the keys. */
typedef enum KeyKind { KEYS_ANY, KEYS_SMALL_INT, KEYS_FLOAT, KEYS_STR } KeyKind;

/* keys[i] sorts values[i] (values is NULL without a key function) */
typedef struct Slice {
    MoltValue *keys;
    MoltValue *values;
} Slice;

enum { MIN_GALLOP = 7, MAX_RUNS = 85 };

typedef struct Run {
    size_t base, len;
    int power;
} Run;

typedef struct MergeState {
    KeyKind kind;
    size_t min_gallop;
    size_t n; /* items in the whole sort, for powersort */
    Slice a; /* the items */
    Slice tmp; /* merge scratch */
    size_t tmp_cap;
    Run runs[MAX_RUNS];
    int nruns;
} MergeState;

/* ------------------------------------------------------------------ */
/* comparisons */

static int lt_generic(MoltValue a, MoltValue b)
{
    MoltValue r;
    if (molt_both_int(a, b))
        return molt_int_value(a) < molt_int_value(b);
    r = molt_lt(a, b);
    if (!r)
        return -1;
    return molt_truth(r);
}

/* UTF-8 byte order is code point order. Most pairs differ in their first
 * eight bytes: those compare as two big-endian words, without a call. */
static inline int lt_str(MoltValue a, MoltValue b)
{
    const MoltStr *x = molt_str_obj(a), *y = molt_str_obj(b);
    size_t n = x->len < y->len ? x->len : y->len;
    int c;
    if (n >= 8) {
        uint64_t p, q;
        memcpy(&p, x->data, 8);
        memcpy(&q, y->data, 8);
        if (p != q) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            p = __builtin_bswap64(p);
            q = __builtin_bswap64(q);
#endif
            return p < q;
        }
    }
    c = memcmp(x->data, y->data, n);
    return c < 0 || (c == 0 && x->len < y->len);
}

/* The cheapest comparison that is exact for every key. */
static KeyKind key_kind(const MoltValue *keys, size_t n)
{
    int ints = 1, floats = 1, strs = 1;
    for (size_t i = 0; i < n && (ints || floats || strs); i++) {
        MoltValue k = keys[i];
        ints = ints && molt_is_int(k);
        floats = floats && molt_is_double(k);
        strs = strs && molt_is_str(k);
    }
    if (ints)
        return KEYS_SMALL_INT;
    if (floats)
        return KEYS_FLOAT;
    if (strs)
        return KEYS_STR;
    return KEYS_ANY;
}

/* a < b: 1, 0, or -1 with an exception set. kind is a constant in every
 * caller (see SPECIALISE below), so the switch folds away and the direct
 * comparison is inlined into the loops. */
MOLT_ALWAYS_INLINE int lt(KeyKind kind, MoltValue a, MoltValue b)
{
    switch (kind) {
    case KEYS_SMALL_INT:
        return molt_int_value(a) < molt_int_value(b);
    case KEYS_FLOAT:
        return molt_double_value(a) < molt_double_value(b);
    case KEYS_STR:
        return lt_str(a, b);
    case KEYS_ANY:
        break;
    }
    return lt_generic(a, b);
}

/* SPECIALISE(ret, name, params, args) defines name_int, name_float,
 * name_str and name_any: name_k with the kind a constant, so that every lt()
 * in them compiles to its direct comparison; and name(kind, params...),
 * which calls the instance for kind (one switch per call, not per
 * comparison). */
#define UNPAREN(...) __VA_ARGS__
#define SPECIALISE(ret, name, params, args)                                         \
    static ret name##_int params { return name##_k(KEYS_SMALL_INT, UNPAREN args); } \
    static ret name##_float params { return name##_k(KEYS_FLOAT, UNPAREN args); }   \
    static ret name##_str params { return name##_k(KEYS_STR, UNPAREN args); }       \
    static ret name##_any params { return name##_k(KEYS_ANY, UNPAREN args); }       \
    MOLT_ALWAYS_INLINE ret name(KeyKind kind, UNPAREN params)                       \
    {                                                                               \
        switch (kind) {                                                             \
        case KEYS_SMALL_INT:                                                        \
            return name##_int args;                                                 \
        case KEYS_FLOAT:                                                            \
            return name##_float args;                                               \
        case KEYS_STR:                                                              \
            return name##_str args;                                                 \
        case KEYS_ANY:                                                              \
            break;                                                                  \
        }                                                                           \
        return name##_any args;                                                     \
    }

/* ------------------------------------------------------------------ */
/* moving items: keys and their values together */

static void slice_move(Slice dst, size_t di, Slice src, size_t si, size_t n)
{
    memmove(dst.keys + di, src.keys + si, n * sizeof(MoltValue));
    if (dst.values)
        memmove(dst.values + di, src.values + si, n * sizeof(MoltValue));
}

static void slice_set(Slice dst, size_t di, Slice src, size_t si)
{
    dst.keys[di] = src.keys[si];
    if (dst.values)
        dst.values[di] = src.values[si];
}

static void slice_reverse(Slice s, size_t lo, size_t hi)
{
    for (; lo + 1 < hi; lo++, hi--) {
        MoltValue t = s.keys[lo];
        s.keys[lo] = s.keys[hi - 1];
        s.keys[hi - 1] = t;
        if (s.values) {
            t = s.values[lo];
            s.values[lo] = s.values[hi - 1];
            s.values[hi - 1] = t;
        }
    }
}

static Slice slice_at(Slice s, size_t i)
{
    Slice r = { s.keys + i, s.values ? s.values + i : NULL };
    return r;
}

/* ------------------------------------------------------------------ */
/* runs */

/* Sort s[lo, hi) given that s[lo, start) is sorted: binary insertion,
 * each new item placed after the items equal to it (stable). */
MOLT_ALWAYS_INLINE int binary_insertion_k(KeyKind kind, Slice s, size_t lo, size_t hi, size_t start)
{
    for (size_t i = start; i < hi; i++) {
        MoltValue pivot = s.keys[i], pv = s.values ? s.values[i] : MOLT_NULL;
        size_t l = lo, r = i;
        while (l < r) {
            size_t mid = l + (r - l) / 2;
            int c = lt(kind, pivot, s.keys[mid]);
            if (c < 0)
                return -1;
            if (c)
                r = mid;
            else
                l = mid + 1;
        }
        slice_move(s, l + 1, s, l, i - l);
        s.keys[l] = pivot;
        if (s.values)
            s.values[l] = pv;
    }
    return 0;
}

/* The length of the run starting at s[lo] (hi > lo), reversed in place if it
 * is strictly descending. -1 on error. */
MOLT_ALWAYS_INLINE ptrdiff_t count_run_k(KeyKind kind, Slice s, size_t lo, size_t hi)
{
    size_t k = lo + 1;
    int c;
    if (k == hi)
        return 1;
    c = lt(kind, s.keys[k], s.keys[lo]);
    if (c < 0)
        return -1;
    if (c) {
        for (k++; k < hi; k++) {
            c = lt(kind, s.keys[k], s.keys[k - 1]);
            if (c < 0)
                return -1;
            if (!c)
                break;
        }
        slice_reverse(s, lo, k);
    } else {
        for (k++; k < hi; k++) {
            c = lt(kind, s.keys[k], s.keys[k - 1]);
            if (c < 0)
                return -1;
            if (c)
                break;
        }
    }
    return (ptrdiff_t)(k - lo);
}

SPECIALISE(int, binary_insertion, (Slice s, size_t lo, size_t hi, size_t start), (s, lo, hi, start))
SPECIALISE(ptrdiff_t, count_run, (Slice s, size_t lo, size_t hi), (s, lo, hi))

/* n if n < 64, else a number in [32, 64] such that n / minrun is a power
 * of two or a little less. */
static size_t compute_minrun(size_t n)
{
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* ------------------------------------------------------------------ */
/* galloping */

/* The galloping predicate at a[i]: with right set, key < a[i] (true from
 * the insertion point after items equal to key); otherwise !(a[i] < key)
 * (true from the point before them). 1, 0, or -1 on error. */
MOLT_ALWAYS_INLINE int gallop_pred(KeyKind kind, MoltValue key, MoltValue item, int right)
{
    int c = right ? lt(kind, key, item) : lt(kind, item, key);
    if (c < 0)
        return -1;
    return right ? c : !c;
}

/* The first i in [0, n] at which the predicate holds (it is false, then
 * true along a), searching outward from `hint` in steps of 1, 3, 7, ...
 * and then by bisection. -1 on error. */
MOLT_ALWAYS_INLINE ptrdiff_t gallop_k(
    KeyKind kind, MoltValue key, const MoltValue *a, size_t n, size_t hint, int right)
{
    ptrdiff_t lo, hi; /* false at lo (or lo == -1), true at hi (or hi == n) */
    size_t ofs = 1;
    int p = gallop_pred(kind, key, a[hint], right);
    if (p < 0)
        return -1;
    if (!p) {
        lo = (ptrdiff_t)hint;
        hi = (ptrdiff_t)n;
        for (; hint + ofs < n; ofs = 2 * ofs + 1) {
            p = gallop_pred(kind, key, a[hint + ofs], right);
            if (p < 0)
                return -1;
            if (p) {
                hi = (ptrdiff_t)(hint + ofs);
                break;
            }
            lo = (ptrdiff_t)(hint + ofs);
        }
    } else {
        hi = (ptrdiff_t)hint;
        lo = -1;
        for (; ofs <= hint; ofs = 2 * ofs + 1) {
            p = gallop_pred(kind, key, a[hint - ofs], right);
            if (p < 0)
                return -1;
            if (!p) {
                lo = (ptrdiff_t)(hint - ofs);
                break;
            }
            hi = (ptrdiff_t)(hint - ofs);
        }
    }
    while (hi - lo > 1) {
        ptrdiff_t mid = lo + (hi - lo) / 2;
        p = gallop_pred(kind, key, a[mid], right);
        if (p < 0)
            return -1;
        if (p)
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}

SPECIALISE(ptrdiff_t, gallop, (MoltValue key, const MoltValue *a, size_t n, size_t hint, int right),
    (key, a, n, hint, right))

/* ------------------------------------------------------------------ */
/* merging */

static void ensure_tmp(MergeState *ms, size_t need)
{
    if (need <= ms->tmp_cap)
        return;
    ms->tmp.keys = molt_alloc(need * sizeof(MoltValue));
    ms->tmp.values = ms->a.values ? molt_alloc(need * sizeof(MoltValue)) : NULL;
    ms->tmp_cap = need;
}

/* Merge the adjacent runs s[0, na) and s[na, na + nb), na <= nb, where
 * s[na] < s[0] and s[na - 1] is greater than every item of the second run,
 * working forwards with the first run copied out. */
MOLT_ALWAYS_INLINE int merge_lo(KeyKind kind, MergeState *ms, Slice s, size_t na, size_t nb)
{
    Slice t = ms->tmp, b = slice_at(s, na);
    size_t i = 0, j = 0, d = 0, min_gallop = ms->min_gallop;
    int r = 0;
    ensure_tmp(ms, na);
    t = ms->tmp;
    slice_move(t, 0, s, 0, na);
    slice_set(s, d++, b, j++);
    if (j == nb)
        goto done;
    for (;;) {
        size_t acount = 0, bcount = 0;
        /* one item at a time until a run wins min_gallop times in a row */
        for (;;) {
            int c = lt(kind, b.keys[j], t.keys[i]);
            if (c < 0)
                goto fail;
            if (c) {
                slice_set(s, d++, b, j++);
                bcount++;
                acount = 0;
                if (j == nb)
                    goto done;
                if (bcount >= min_gallop)
                    break;
            } else {
                slice_set(s, d++, t, i++);
                acount++;
                bcount = 0;
                if (i == na)
                    goto done;
                if (acount >= min_gallop)
                    break;
            }
        }
        /* galloping: move whole stretches while that pays */
        min_gallop++;
        do {
            ptrdiff_t k;
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop(kind, b.keys[j], t.keys + i, na - i, 0, 1);
            if (k < 0)
                goto fail;
            acount = (size_t)k;
            slice_move(s, d, t, i, acount);
            d += acount;
            i += acount;
            if (i == na)
                goto done;
            slice_set(s, d++, b, j++);
            if (j == nb)
                goto done;
            k = gallop(kind, t.keys[i], b.keys + j, nb - j, 0, 0);
            if (k < 0)
                goto fail;
            bcount = (size_t)k;
            slice_move(s, d, b, j, bcount);
            d += bcount;
            j += bcount;
            if (j == nb)
                goto done;
            slice_set(s, d++, t, i++);
            if (i == na)
                goto done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        ms->min_gallop = min_gallop;
    }
fail:
    r = -1;
done:
    /* what is left of the second run is in place; the rest of the first
     * fills the gap before it */
    slice_move(s, d, t, i, na - i);
    return r;
}

/* As merge_lo for na > nb, working backwards with the second run copied
 * out. */
MOLT_ALWAYS_INLINE int merge_hi(KeyKind kind, MergeState *ms, Slice s, size_t na, size_t nb)
{
    Slice t, b;
    /* counts of items not yet placed; the next ones are a[ia - 1], t[ib - 1],
     * placed at s[d - 1] */
    size_t ia = na, ib = nb, d = na + nb, min_gallop = ms->min_gallop;
    int r = 0;
    ensure_tmp(ms, nb);
    t = ms->tmp;
    b = slice_at(s, na);
    slice_move(t, 0, b, 0, nb);
    slice_set(s, --d, s, --ia);
    if (ia == 0)
        goto done;
    for (;;) {
        size_t acount = 0, bcount = 0;
        for (;;) {
            int c = lt(kind, t.keys[ib - 1], s.keys[ia - 1]);
            if (c < 0)
                goto fail;
            if (c) {
                slice_set(s, --d, s, --ia);
                acount++;
                bcount = 0;
                if (ia == 0)
                    goto done;
                if (acount >= min_gallop)
                    break;
            } else {
                slice_set(s, --d, t, --ib);
                bcount++;
                acount = 0;
                if (ib == 0)
                    goto done;
                if (bcount >= min_gallop)
                    break;
            }
        }
        min_gallop++;
        do {
            ptrdiff_t k;
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            /* items of the first run greater than t[ib - 1] */
            k = gallop(kind, t.keys[ib - 1], s.keys, ia, ia - 1, 1);
            if (k < 0)
                goto fail;
            acount = ia - (size_t)k;
            d -= acount;
            ia -= acount;
            slice_move(s, d, s, ia, acount);
            if (ia == 0)
                goto done;
            slice_set(s, --d, t, --ib);
            if (ib == 0)
                goto done;
            /* items of the second run not less than s[ia - 1] */
            k = gallop(kind, s.keys[ia - 1], t.keys, ib, ib - 1, 0);
            if (k < 0)
                goto fail;
            bcount = ib - (size_t)k;
            d -= bcount;
            ib -= bcount;
            slice_move(s, d, t, ib, bcount);
            if (ib == 0)
                goto done;
            slice_set(s, --d, s, --ia);
            if (ia == 0)
                goto done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        ms->min_gallop = min_gallop;
    }
fail:
    r = -1;
done:
    /* what is left of the first run is in place; the rest of the second
     * fills the gap after it */
    slice_move(s, ia, t, 0, ib);
    return r;
}

/* Merge runs i and i + 1 of the stack into one. */
MOLT_ALWAYS_INLINE int merge_at_k(KeyKind kind, MergeState *ms, int i)
{
    Run *r = &ms->runs[i];
    size_t base = r[0].base, na = r[0].len, nb = r[1].len;
    Slice s = slice_at(ms->a, base);
    ptrdiff_t k;
    r[0].len = na + nb;
    if (i == ms->nruns - 3)
        r[1] = r[2];
    ms->nruns--;
    /* items of the first run not greater than the second's first are
     * already in place */
    k = gallop(kind, s.keys[na], s.keys, na, 0, 1);
    if (k < 0)
        return -1;
    s = slice_at(s, (size_t)k);
    na -= (size_t)k;
    if (na == 0)
        return 0;
    /* so are items of the second run not less than the first's last */
    k = gallop(kind, s.keys[na - 1], s.keys + na, nb, nb - 1, 0);
    if (k < 0)
        return -1;
    nb = (size_t)k;
    if (nb == 0)
        return 0;
    return na <= nb ? merge_lo(kind, ms, s, na, nb) : merge_hi(kind, ms, s, na, nb);
}

SPECIALISE(int, merge_at, (MergeState * ms, int i), (ms, i))

/* Powersort's priority of the boundary between a run at s1 of length n1 and
 * the run of length n2 after it: the first bit where the binary expansions
 * of the two runs' midpoints, as fractions of the whole length, differ. */
static int boundary_power(size_t s1, size_t n1, size_t n2, size_t n)
{
    size_t a = 2 * s1 + n1, b = a + n1 + n2; /* twice the midpoints */
    int power = 0;
    for (;;) {
        power++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return power;
}

/* A new run of length len starts at base: merge what powersort says must
 * be merged before it, then push it. */
static int push_run(MergeState *ms, size_t base, size_t len)
{
    if (ms->nruns > 0) {
        Run *top = &ms->runs[ms->nruns - 1];
        int power = boundary_power(top->base, top->len, len, ms->n);
        while (ms->nruns > 1 && ms->runs[ms->nruns - 2].power > power)
            if (merge_at(ms->kind, ms, ms->nruns - 2) < 0)
                return -1;
        ms->runs[ms->nruns - 1].power = power;
    }
    ms->runs[ms->nruns].base = base;
    ms->runs[ms->nruns].len = len;
    ms->runs[ms->nruns].power = 0;
    ms->nruns++;
    return 0;
}

/* ------------------------------------------------------------------ */
/* small-int keys: radix sort */

enum { RADIX_MIN = 4096, RADIX_BITS = 11, RADIX_SIZE = 1 << RADIX_BITS };

/* Sort n >= RADIX_MIN small-int keys (and values with them) by a stable
 * LSD radix sort on key - min, RADIX_BITS bits a pass. With every key a
 * small int the comparisons are pure and equal keys are the same word, so
 * any stable sort gives exactly timsort's result; this one is linear and
 * has no unpredictable branches (merging random ints mispredicts about
 * every other comparison). Passes whose digit is the same for every key
 * are skipped, so an already sorted or narrow-range list costs a scan or
 * two. Never fails. */
static void radix_sort_ints(MoltValue *keys, MoltValue *values, size_t n)
{
    int64_t lo = molt_int_value(keys[0]), hi = lo;
    uint64_t range;
    size_t i, *count;
    int shift, bits, sorted = 1;
    MoltValue *src_k = keys, *src_v = values, *dst_k, *dst_v, *t;
    for (i = 1; i < n; i++) {
        int64_t v = molt_int_value(keys[i]);
        sorted &= molt_int_value(keys[i - 1]) <= v;
        lo = v < lo ? v : lo;
        hi = v > hi ? v : hi;
    }
    if (sorted)
        return;
    range = (uint64_t)(hi - lo);
    bits = 64 - __builtin_clzll(range);
    /* keys are small ints, never pointers: their scratch is not scanned */
    dst_k = molt_alloc_atomic(n * sizeof(MoltValue));
    dst_v = values ? molt_alloc(n * sizeof(MoltValue)) : NULL;
    count = molt_alloc_atomic(RADIX_SIZE * sizeof(size_t));
    for (shift = 0; shift < bits; shift += RADIX_BITS) {
        size_t sum = 0, c;
        memset(count, 0, RADIX_SIZE * sizeof(size_t));
        for (i = 0; i < n; i++)
            count[((uint64_t)(molt_int_value(src_k[i]) - lo) >> shift) & (RADIX_SIZE - 1)]++;
        if (count[((uint64_t)(molt_int_value(src_k[0]) - lo) >> shift) & (RADIX_SIZE - 1)] == n)
            continue; /* one digit value: this pass would not move anything */
        for (i = 0; i < RADIX_SIZE; i++) {
            c = count[i];
            count[i] = sum;
            sum += c;
        }
        for (i = 0; i < n; i++) {
            size_t d = count[((uint64_t)(molt_int_value(src_k[i]) - lo) >> shift) & (RADIX_SIZE - 1)]++;
            dst_k[d] = src_k[i];
            if (values)
                dst_v[d] = src_v[i];
        }
        t = src_k, src_k = dst_k, dst_k = t;
        t = src_v, src_v = dst_v, dst_v = t;
    }
    if (src_k != keys) {
        memcpy(keys, src_k, n * sizeof(MoltValue));
        if (values)
            memcpy(values, src_v, n * sizeof(MoltValue));
    }
}

/* Sort keys[0, n) (and values with them): 0, or -1 on error with the
 * arrays holding a permutation of their items. */
static int timsort(MoltValue *keys, MoltValue *values, size_t n)
{
    MergeState ms;
    size_t lo = 0, minrun = compute_minrun(n);
    memset(&ms, 0, sizeof ms);
    ms.kind = key_kind(keys, n);
    if (ms.kind == KEYS_SMALL_INT && n >= RADIX_MIN) {
        radix_sort_ints(keys, values, n);
        return 0;
    }
    ms.min_gallop = MIN_GALLOP;
    ms.n = n;
    ms.a.keys = keys;
    ms.a.values = values;
    while (lo < n) {
        ptrdiff_t run = count_run(ms.kind, ms.a, lo, n);
        size_t len;
        if (run < 0)
            return -1;
        len = (size_t)run;
        if (len < minrun) {
            size_t force = n - lo < minrun ? n - lo : minrun;
            if (binary_insertion(ms.kind, ms.a, lo, lo + force, lo + len) < 0)
                return -1;
            len = force;
        }
        if (push_run(&ms, lo, len) < 0)
            return -1;
        lo += len;
    }
    while (ms.nruns > 1)
        if (merge_at(ms.kind, &ms, ms.nruns - 2) < 0)
            return -1;
    return 0;
}

/* ------------------------------------------------------------------ */

int molt_list_sort(MoltValue list, MoltValue key, int reverse)
{
    MoltList *l = molt_list_obj(list);
    size_t n = l->n, cap = l->cap, i;
    MoltValue *items = l->items, *keys = items;
    int r = 0;
    if (n < 2)
        return 0;
    /* CPython empties the list while sorting to detect mutation */
    l->items = NULL;
    l->n = l->cap = 0;
    if (key && key != MOLT_NONE) {
        keys = molt_alloc(n * sizeof(MoltValue));
        for (i = 0; i < n && r == 0; i++) {
            keys[i] = molt_call(key, &items[i], 1, MOLT_NULL);
            if (!keys[i])
                r = -1;
        }
    }
    if (r == 0) {
        MoltValue *values = keys == items ? NULL : items;
        /* reversing before and after keeps equal items in their order */
        Slice s = { keys, values };
        if (reverse)
            slice_reverse(s, 0, n);
        r = timsort(keys, values, n);
        if (reverse)
            slice_reverse(s, 0, n);
    }
    if (l->items != NULL || l->n) {
        if (r == 0)
            molt_raise(&MoltExc_ValueError, "list modified during sort");
        r = -1;
    }
    l->items = items;
    l->n = n;
    l->cap = cap;
    return r;
}
