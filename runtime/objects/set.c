/* set and frozenset: CPython 3.11's setobject.c algorithms (linear probing
 * of LINEAR_PROBES entries, then perturbation; growth in set_add_entry
 * and set_table_resize; the orders of the set algebra), so that iteration
 * order matches CPython's for the same hashes. */
#include <string.h>

#include "internal/alloc.h"
#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/containers.h"
#include "internal/dict.h"
#include "internal/exceptions.h"
#include "internal/set.h"
#include "internal/str.h"
#include "internal/tuple.h"

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static MoltObject dummy_obj = { &MoltObject_Type };
#define DUMMY molt_from_ptr(&dummy_obj)

static int active(const MoltSetEntry *e) { return e->key && e->key != DUMMY; }

/* ------------------------------------------------------------------ */
/* table */

/* A new empty set of type t (instances of subclasses may be larger). */
static MoltSet *set_alloc(MoltType *t)
{
    MoltSet *s = t == &MoltSet_Type || t == &MoltFrozenSet_Type ? molt_alloc(sizeof(MoltSet))
                                                                : molt_ptr(molt_inst_alloc(t));
    s->ob.type = t;
    s->mask = MINSIZE - 1;
    s->hash = -1;
    s->table = molt_alloc(MINSIZE * sizeof(MoltSetEntry));
    return s;
}

MOLT_API MoltValue molt_set_new(void) { return molt_from_ptr(set_alloc(&MoltSet_Type)); }

static void insert_clean(MoltSetEntry *table, size_t mask, MoltValue key, int64_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask, j;
    MoltSetEntry *e;
    for (;;) {
        e = &table[i];
        if (!e->key)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    e->key = key;
    e->hash = hash;
}

static void table_resize(MoltSet *s, size_t minused)
{
    MoltSetEntry *old = s->table;
    size_t oldmask = s->mask, newsize = MINSIZE, i;
    while (newsize <= minused)
        newsize <<= 1;
    if (newsize > MOLT_MAX_ALLOC / sizeof(MoltSetEntry))
        molt_fatal_oom("set");
    s->table = molt_alloc(newsize * sizeof(MoltSetEntry));
    s->mask = newsize - 1;
    s->fill = s->used;
    for (i = 0; i <= oldmask; i++)
        if (active(&old[i]))
            insert_clean(s->table, s->mask, old[i].key, old[i].hash);
}

/* Compare an entry's key with key (equal hashes): 1, 0, -1; 2 when the
 * table changed under the comparison (restart). */
static int entry_matches(MoltSet *s, MoltSetEntry *e, MoltValue key)
{
    MoltSetEntry *table = s->table;
    MoltValue startkey = e->key;
    int r;
    if (startkey == key)
        return 1;
    if (molt_is_str(startkey) && molt_is_str(key))
        return molt_str_equal(startkey, key);
    r = molt_equal(startkey, key);
    if (r < 0)
        return -1;
    if (table != s->table || e->key != startkey)
        return 2;
    return r;
}

/* The entry holding key, or the unused entry ending its probe sequence;
 * NULL on error. */
static MoltSetEntry *lookkey(MoltSet *s, MoltValue key, int64_t hash)
{
    size_t perturb, i;
    MoltSetEntry *e;
    int probes, r;
restart:
    perturb = (size_t)hash;
    i = (size_t)hash & s->mask;
    for (;;) {
        e = &s->table[i];
        probes = i + LINEAR_PROBES <= s->mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                return e;
            if (e->hash == hash) {
                r = entry_matches(s, e, key);
                if (r < 0)
                    return NULL;
                if (r == 2)
                    goto restart;
                if (r)
                    return e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & s->mask;
    }
}

/* set_add_entry: 0 or -1. As in 3.11, a new key takes the last dummy
 * slot seen on its probe sequence, if any, else the unused slot ending
 * it (which counts towards fill and may grow the table). */
static int add_entry(MoltSet *s, MoltValue key, int64_t hash)
{
    size_t perturb, i;
    MoltSetEntry *e, *freeslot;
    int probes, r;
restart:
    perturb = (size_t)hash;
    i = (size_t)hash & s->mask;
    freeslot = NULL;
    for (;;) {
        e = &s->table[i];
        probes = i + LINEAR_PROBES <= s->mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                goto found_unused_or_dummy;
            if (e->hash == hash) {
                r = entry_matches(s, e, key);
                if (r < 0)
                    return -1;
                if (r == 2)
                    goto restart;
                if (r)
                    return 0; /* already present */
            } else if (e->hash == -1) {
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & s->mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        s->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->hash = hash;
    if (s->fill * 5 < s->mask * 3)
        return 0;
    table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
    return 0;
}

/* 1 present, 0 absent, -1 error. */
static int contains_entry(MoltSet *s, MoltValue key, int64_t hash)
{
    MoltSetEntry *e = lookkey(s, key, hash);
    if (!e)
        return -1;
    return e->key != MOLT_NULL;
}

/* 1 discarded, 0 absent, -1 error. */
static int discard_entry(MoltSet *s, MoltValue key, int64_t hash)
{
    MoltSetEntry *e = lookkey(s, key, hash);
    if (!e)
        return -1;
    if (!e->key)
        return 0;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    return 1;
}

/* The hash of a key, a set key hashing as the equal frozenset (set
 * contains/remove/discard): -1 on error. */
static int64_t key_hash(MoltValue *key, int set_as_frozen)
{
    int64_t h = molt_hash(*key);
    if (h == -1 && set_as_frozen && molt_isinstance(*key, &MoltSet_Type)) {
        molt_err_clear();
        *key = molt_frozenset_new(*key);
        return *key ? molt_hash(*key) : -1;
    }
    return h;
}

MOLT_API int molt_set_add(MoltValue s, MoltValue v)
{
    int64_t h = molt_hash(v);
    if (h == -1)
        return -1;
    return add_entry(molt_set_obj(s), v, h);
}

/* set_merge */
static int merge(MoltSet *s, MoltSet *o)
{
    size_t i;
    if (s == o || o->used == 0)
        return 0;
    if ((s->fill + o->used) * 5 >= s->mask * 3)
        table_resize(s, (s->used + o->used) * 2);
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        for (i = 0; i <= o->mask; i++)
            if (o->table[i].key)
                s->table[i] = o->table[i];
        s->fill = o->fill;
        s->used = o->used;
        return 0;
    }
    if (s->fill == 0) {
        s->fill = s->used = o->used;
        for (i = 0; i <= o->mask; i++)
            if (active(&o->table[i]))
                insert_clean(s->table, s->mask, o->table[i].key, o->table[i].hash);
        return 0;
    }
    for (i = 0; i <= o->mask; i++)
        if (active(&o->table[i]) && add_entry(s, o->table[i].key, o->table[i].hash) < 0)
            return -1;
    return 0;
}

/* set_update_internal */
static int update(MoltSet *s, MoltValue other)
{
    MoltValue it, x;
    if (molt_is_anyset(other))
        return merge(s, molt_set_obj(other));
    if (molt_is_ptr(other) && ((MoltObject *)molt_ptr(other))->type == &MoltDict_Type) {
        MoltDict *d = molt_dict_obj(other);
        size_t i;
        if ((s->fill + d->used) * 5 >= s->mask * 3)
            table_resize(s, (s->used + d->used) * 2);
        for (i = 0; i < d->nentries; i++)
            if (d->entries[i].key && add_entry(s, d->entries[i].key, d->entries[i].hash) < 0)
                return -1;
        return 0;
    }
    it = molt_iter(other);
    if (!it)
        return -1;
    while ((x = molt_next(it)) != MOLT_STOP)
        if (!x || molt_set_add(molt_from_ptr(s), x) < 0)
            return -1;
    return 0;
}

MOLT_API int molt_set_update(MoltValue s, MoltValue iterable) { return update(molt_set_obj(s), iterable); }

/* A new set of the base type of t (set or frozenset), from iterable
 * (MOLT_NULL for empty): make_new_set_basetype. */
static MoltSet *new_basetype(MoltType *t, MoltValue iterable)
{
    MoltSet *r
        = set_alloc(molt_type_is_subtype(t, &MoltFrozenSet_Type) ? &MoltFrozenSet_Type : &MoltSet_Type);
    if (iterable && update(r, iterable) < 0)
        return NULL;
    return r;
}

static MoltSet *copy(MoltSet *s) { return new_basetype(s->ob.type, molt_from_ptr(s)); }

MOLT_API MoltValue molt_set_display_const(size_t n, const MoltValue *items)
{
    MoltSet *f = set_alloc(&MoltFrozenSet_Type), *s = set_alloc(&MoltSet_Type);
    size_t i;
    for (i = 0; i < n; i++)
        if (molt_set_add(molt_from_ptr(f), items[i]) < 0)
            return MOLT_NULL;
    if (merge(s, f) < 0)
        return MOLT_NULL;
    return molt_from_ptr(s);
}

MoltValue molt_frozenset_new(MoltValue iterable)
{
    MoltSet *r = set_alloc(&MoltFrozenSet_Type);
    if (update(r, iterable) < 0)
        return MOLT_NULL;
    return molt_from_ptr(r);
}

static void clear(MoltSet *s)
{
    s->table = molt_alloc(MINSIZE * sizeof(MoltSetEntry));
    s->mask = MINSIZE - 1;
    s->fill = s->used = 0;
}

/* ------------------------------------------------------------------ */
/* the algebra, in CPython's iteration orders */

static MoltSet *as_set(MoltValue other)
{
    if (molt_is_anyset(other))
        return molt_set_obj(other);
    return new_basetype(&MoltSet_Type, other);
}

static MoltSet *intersection(MoltSet *s, MoltValue other)
{
    MoltSet *r, *o;
    MoltValue it, x;
    size_t i;
    if (molt_from_ptr(s) == other)
        return copy(s);
    r = new_basetype(s->ob.type, MOLT_NULL);
    if (molt_is_anyset(other)) {
        o = molt_set_obj(other);
        if (o->used > s->used) {
            MoltSet *t = s;
            s = o;
            o = t;
        }
        for (i = 0; i <= o->mask; i++) {
            MoltSetEntry e = o->table[i];
            int c;
            if (!active(&e))
                continue;
            c = contains_entry(s, e.key, e.hash);
            if (c < 0 || (c && add_entry(r, e.key, e.hash) < 0))
                return NULL;
        }
        return r;
    }
    it = molt_iter(other);
    if (!it)
        return NULL;
    while ((x = molt_next(it)) != MOLT_STOP) {
        int64_t h;
        int c;
        if (!x || (h = molt_hash(x)) == -1)
            return NULL;
        c = contains_entry(s, x, h);
        if (c < 0 || (c && add_entry(r, x, h) < 0))
            return NULL;
    }
    return r;
}

static int difference_update(MoltSet *s, MoltValue other)
{
    MoltValue it, x;
    size_t i;
    if (molt_from_ptr(s) == other) {
        clear(s);
        return 0;
    }
    if (molt_is_anyset(other)) {
        MoltSet *o = molt_set_obj(other);
        for (i = 0; i <= o->mask; i++)
            if (active(&o->table[i]) && discard_entry(s, o->table[i].key, o->table[i].hash) < 0)
                return -1;
    } else {
        it = molt_iter(other);
        if (!it)
            return -1;
        while ((x = molt_next(it)) != MOLT_STOP) {
            int64_t h;
            if (!x || (h = key_hash(&x, 1)) == -1 || discard_entry(s, x, h) < 0)
                return -1;
        }
    }
    if (s->fill - s->used <= s->mask / 4)
        return 0;
    table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
    return 0;
}

static MoltSet *difference(MoltSet *s, MoltValue other)
{
    MoltSet *r;
    size_t i, other_size;
    int is_dict = molt_is_ptr(other) && ((MoltObject *)molt_ptr(other))->type == &MoltDict_Type;
    if (molt_is_anyset(other))
        other_size = molt_set_obj(other)->used;
    else if (is_dict)
        other_size = molt_dict_len(other);
    else
        goto copy_and_difference;
    if ((s->used >> 2) > other_size)
        goto copy_and_difference;
    r = new_basetype(s->ob.type, MOLT_NULL);
    for (i = 0; i <= s->mask; i++) {
        MoltSetEntry e = s->table[i];
        int c;
        MoltValue v;
        if (!active(&e))
            continue;
        if (is_dict)
            c = molt_dict_lookup_hash(other, e.key, e.hash, &v);
        else
            c = contains_entry(molt_set_obj(other), e.key, e.hash);
        if (c < 0 || (!c && add_entry(r, e.key, e.hash) < 0))
            return NULL;
    }
    return r;
copy_and_difference:
    r = copy(s);
    if (!r || difference_update(r, other) < 0)
        return NULL;
    return r;
}

static int symmetric_difference_update(MoltSet *s, MoltValue other)
{
    MoltSet *o;
    size_t i;
    if (molt_from_ptr(s) == other) {
        clear(s);
        return 0;
    }
    if (molt_is_anyset(other))
        o = molt_set_obj(other);
    else if (!(o = new_basetype(s->ob.type, other)))
        return -1;
    for (i = 0; i <= o->mask; i++) {
        MoltSetEntry e = o->table[i];
        int r;
        if (!active(&e))
            continue;
        r = discard_entry(s, e.key, e.hash);
        if (r < 0 || (r == 0 && add_entry(s, e.key, e.hash) < 0))
            return -1;
    }
    return 0;
}

static MoltSet *symmetric_difference(MoltSet *s, MoltValue other)
{
    MoltSet *r = new_basetype(s->ob.type, other);
    if (!r || symmetric_difference_update(r, molt_from_ptr(s)) < 0)
        return NULL;
    return r;
}

/* 1 if every item of s is in o. */
static int issubset(MoltSet *s, MoltSet *o)
{
    size_t i;
    if (s->used > o->used)
        return 0;
    for (i = 0; i <= s->mask; i++) {
        int c;
        if (!active(&s->table[i]))
            continue;
        c = contains_entry(o, s->table[i].key, s->table[i].hash);
        if (c <= 0)
            return c;
    }
    return 1;
}

int molt_set_difference_update(MoltValue s, MoltValue other)
{
    return difference_update(molt_set_obj(s), other);
}

int molt_set_symmetric_difference_update(MoltValue s, MoltValue other)
{
    return symmetric_difference_update(molt_set_obj(s), other);
}

static MoltValue wrap(MoltSet *s) { return s ? molt_from_ptr(s) : MOLT_NULL; }

/* ---- operator slots ---- */

static MoltValue set_or(MoltValue a, MoltValue b)
{
    MoltSet *r;
    if (!molt_is_anyset(a) || !molt_is_anyset(b))
        return MOLT_NOTIMPLEMENTED;
    r = copy(molt_set_obj(a));
    if (!r || merge(r, molt_set_obj(b)) < 0)
        return MOLT_NULL;
    return molt_from_ptr(r);
}

static MoltValue set_and(MoltValue a, MoltValue b)
{
    if (!molt_is_anyset(a) || !molt_is_anyset(b))
        return MOLT_NOTIMPLEMENTED;
    return wrap(intersection(molt_set_obj(a), b));
}

static MoltValue set_sub(MoltValue a, MoltValue b)
{
    if (!molt_is_anyset(a) || !molt_is_anyset(b))
        return MOLT_NOTIMPLEMENTED;
    return wrap(difference(molt_set_obj(a), b));
}

static MoltValue set_xor(MoltValue a, MoltValue b)
{
    if (!molt_is_anyset(a) || !molt_is_anyset(b))
        return MOLT_NOTIMPLEMENTED;
    return wrap(symmetric_difference(molt_set_obj(a), b));
}

static MoltValue set_ior(MoltValue a, MoltValue b)
{
    if (!molt_is_anyset(b))
        return MOLT_NOTIMPLEMENTED;
    if (update(molt_set_obj(a), b) < 0)
        return MOLT_NULL;
    return a;
}

/* intersection_update: s takes the result's table (with other
 * MOLT_NULL, a copy's: CPython's intersection_update() with no argument
 * swaps in set_copy's fresh table). */
static int intersection_update(MoltSet *s, MoltValue other)
{
    MoltSet *r = other ? intersection(s, other) : copy(s);
    if (!r)
        return -1;
    s->table = r->table;
    s->mask = r->mask;
    s->fill = r->fill;
    s->used = r->used;
    return 0;
}

static MoltValue set_iand(MoltValue a, MoltValue b)
{
    if (!molt_is_anyset(b))
        return MOLT_NOTIMPLEMENTED;
    if (intersection_update(molt_set_obj(a), b) < 0)
        return MOLT_NULL;
    return a;
}

static MoltValue set_isub(MoltValue a, MoltValue b)
{
    if (!molt_is_anyset(b))
        return MOLT_NOTIMPLEMENTED;
    if (difference_update(molt_set_obj(a), b) < 0)
        return MOLT_NULL;
    return a;
}

static MoltValue set_ixor(MoltValue a, MoltValue b)
{
    if (!molt_is_anyset(b))
        return MOLT_NOTIMPLEMENTED;
    if (symmetric_difference_update(molt_set_obj(a), b) < 0)
        return MOLT_NULL;
    return a;
}

static MoltValue set_richcompare(MoltValue a, MoltValue b, int op)
{
    MoltSet *x, *y;
    int r;
    if (!molt_is_anyset(a) || !molt_is_anyset(b))
        return MOLT_NOTIMPLEMENTED;
    x = molt_set_obj(a);
    y = molt_set_obj(b);
    switch (op) {
    case MOLT_EQ:
    case MOLT_NE:
        if (x->used != y->used)
            return molt_bool(op == MOLT_NE);
        r = issubset(x, y);
        return r < 0 ? MOLT_NULL : molt_bool(r == (op == MOLT_EQ));
    case MOLT_LE:
        r = issubset(x, y);
        break;
    case MOLT_GE:
        r = issubset(y, x);
        break;
    case MOLT_LT:
        r = x->used < y->used ? issubset(x, y) : 0;
        break;
    default:
        r = x->used > y->used ? issubset(y, x) : 0;
        break;
    }
    return r < 0 ? MOLT_NULL : molt_bool(r);
}

/* ------------------------------------------------------------------ */
/* slots */

static int64_t set_len(MoltValue v) { return (int64_t)molt_set_obj(v)->used; }

static int set_truth(MoltValue v) { return molt_set_obj(v)->used != 0; }

static int set_contains(MoltValue v, MoltValue key)
{
    int64_t h = key_hash(&key, 1);
    if (h == -1)
        return -1;
    return contains_entry(molt_set_obj(v), key, h);
}

static MoltValue set_repr(MoltValue v)
{
    MoltSet *s = molt_set_obj(v);
    MoltType *t = s->ob.type;
    int frozen = t != &MoltSet_Type;
    MoltStrBuf sb;
    size_t i;
    int first = 1;
    if (s->used == 0) {
        molt_sb_init(&sb);
        molt_sb_printf(&sb, "%s()", t->name);
        return molt_sb_finish(&sb);
    }
    if (molt_repr_enter(v)) {
        molt_sb_init(&sb);
        molt_sb_printf(&sb, "%s(...)", t->name);
        return molt_sb_finish(&sb);
    }
    molt_sb_init(&sb);
    if (frozen)
        molt_sb_printf(&sb, "%s(", t->name);
    molt_sb_putc(&sb, '{');
    for (i = 0; i <= s->mask; i++) {
        if (!active(&s->table[i]))
            continue;
        if (!first)
            molt_sb_append(&sb, ", ", 2);
        first = 0;
        if (molt_sb_append_repr(&sb, s->table[i].key) < 0) {
            molt_repr_leave(v);
            return MOLT_NULL;
        }
    }
    molt_sb_putc(&sb, '}');
    if (frozen)
        molt_sb_putc(&sb, ')');
    molt_repr_leave(v);
    return molt_sb_finish(&sb);
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

/* frozenset_hash of 3.11 */
static int64_t frozenset_hash(MoltValue v)
{
    MoltSet *s = molt_set_obj(v);
    uint64_t hash = 0;
    size_t i;
    if (s->hash != -1)
        return s->hash;
    for (i = 0; i <= s->mask; i++)
        hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    if ((s->mask + 1 - s->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((s->fill - s->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)s->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1)
        hash = 590923713UL;
    s->hash = (int64_t)hash;
    return s->hash;
}

/* ---- iterator ---- */

typedef struct SetIter {
    MoltObject ob;
    MoltSet *set; /* NULL once exhausted */
    size_t pos, used;
} SetIter;

static MoltType SetIter_Type;

static MoltValue set_iter(MoltValue v)
{
    SetIter *it = molt_alloc(sizeof *it);
    it->ob.type = &SetIter_Type;
    it->set = molt_set_obj(v);
    it->used = it->set->used;
    return molt_from_ptr(it);
}

static MoltValue setiter_next(MoltValue v)
{
    SetIter *it = molt_ptr(v);
    MoltSet *s = it->set;
    if (!s)
        return MOLT_STOP;
    if (it->used != s->used) {
        it->used = (size_t)-1;
        return molt_raise(&MoltExc_RuntimeError, "Set changed size during iteration");
    }
    while (it->pos <= s->mask && !active(&s->table[it->pos]))
        it->pos++;
    if (it->pos > s->mask) {
        it->set = NULL;
        return MOLT_STOP;
    }
    return s->table[it->pos++].key;
}

static MoltValue iter_self(MoltValue v) { return v; }

static MoltType SetIter_Type = {
    .type = &MoltType_Type,
    .name = "set_iterator",
    .base = &MoltObject_Type,
    .basicsize = sizeof(SetIter),
    .iter = iter_self,
    .iternext = setiter_next,
};

/* ------------------------------------------------------------------ */
/* constructors */

MoltValue molt_set_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltSet *s;
    if (molt_no_kwargs("set", kwnames) < 0)
        return MOLT_NULL;
    if (nargs > 1)
        return molt_raise(&MoltExc_TypeError, "set expected at most 1 argument, got %zu", nargs);
    s = set_alloc(molt_ptr(type));
    if (nargs == 1 && update(s, args[0]) < 0)
        return MOLT_NULL;
    return molt_from_ptr(s);
}

MoltValue molt_frozenset_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltSet *s;
    if (molt_no_kwargs("frozenset", kwnames) < 0)
        return MOLT_NULL;
    if (nargs > 1)
        return molt_raise(&MoltExc_TypeError, "frozenset expected at most 1 argument, got %zu", nargs);
    if (nargs == 1 && type == molt_from_ptr(&MoltFrozenSet_Type) && molt_is_ptr(args[0])
        && ((MoltObject *)molt_ptr(args[0]))->type == &MoltFrozenSet_Type)
        return args[0];
    s = set_alloc(molt_ptr(type));
    if (nargs == 1 && update(s, args[0]) < 0)
        return MOLT_NULL;
    return molt_from_ptr(s);
}

/* ------------------------------------------------------------------ */
/* methods: args[0] is self */

static int check_args(const char *tname, const char *name, size_t nargs, size_t n, MoltValue kwnames)
{
    if (molt_kw_count(kwnames)) {
        molt_raise(&MoltExc_TypeError, "%s.%s() takes no keyword arguments", tname, name);
        return -1;
    }
    if (nargs - 1 == n)
        return 0;
    if (n == 0)
        molt_raise(&MoltExc_TypeError, "%s.%s() takes no arguments (%zu given)", tname, name, nargs - 1);
    else
        molt_raise(
            &MoltExc_TypeError, "%s.%s() takes exactly one argument (%zu given)", tname, name, nargs - 1);
    return -1;
}

#define SELF molt_set_obj(args[0])
#define TNAME molt_type_name(args[0])

static MoltValue m_add(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (check_args("set", "add", nargs, 1, kwnames) < 0 || molt_set_add(args[0], args[1]) < 0)
        return MOLT_NULL;
    return MOLT_NONE;
}

static MoltValue m_discard(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue key;
    int64_t h;
    if (check_args("set", "discard", nargs, 1, kwnames) < 0)
        return MOLT_NULL;
    key = args[1];
    if ((h = key_hash(&key, 1)) == -1 || discard_entry(SELF, key, h) < 0)
        return MOLT_NULL;
    return MOLT_NONE;
}

static MoltValue m_remove(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue key;
    int64_t h;
    int r;
    if (check_args("set", "remove", nargs, 1, kwnames) < 0)
        return MOLT_NULL;
    key = args[1];
    if ((h = key_hash(&key, 1)) == -1 || (r = discard_entry(SELF, key, h)) < 0)
        return MOLT_NULL;
    if (!r)
        return molt_raise_args(&MoltExc_KeyError, &args[1], 1);
    return MOLT_NONE;
}

static MoltValue m_pop(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltSet *s;
    MoltSetEntry *e;
    MoltValue key;
    if (check_args("set", "pop", nargs, 0, kwnames) < 0)
        return MOLT_NULL;
    s = SELF;
    if (s->used == 0)
        return molt_raise(&MoltExc_KeyError, "pop from an empty set");
    e = s->table + (s->finger & s->mask);
    while (!active(e)) {
        e++;
        if (e > s->table + s->mask)
            e = s->table;
    }
    key = e->key;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    s->finger = (size_t)(e - s->table) + 1;
    return key;
}

static MoltValue m_clear(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (check_args("set", "clear", nargs, 0, kwnames) < 0)
        return MOLT_NULL;
    clear(SELF);
    return MOLT_NONE;
}

static MoltValue m_copy(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (check_args(TNAME, "copy", nargs, 0, kwnames) < 0)
        return MOLT_NULL;
    if (((MoltObject *)molt_ptr(args[0]))->type == &MoltFrozenSet_Type)
        return args[0];
    return wrap(copy(SELF));
}

static MoltValue m_update(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    size_t i;
    if (molt_no_kwargs("set.update", kwnames) < 0)
        return MOLT_NULL;
    for (i = 1; i < nargs; i++)
        if (update(SELF, args[i]) < 0)
            return MOLT_NULL;
    return MOLT_NONE;
}

static MoltValue m_union(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltSet *r;
    size_t i;
    if (molt_no_kwargs("union", kwnames) < 0)
        return MOLT_NULL;
    r = copy(SELF);
    for (i = 1; r && i < nargs; i++)
        if (update(r, args[i]) < 0)
            return MOLT_NULL;
    return wrap(r);
}

static MoltValue m_intersection(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltSet *r = SELF;
    size_t i;
    if (molt_no_kwargs("intersection", kwnames) < 0)
        return MOLT_NULL;
    if (nargs == 1)
        return wrap(copy(r));
    for (i = 1; r && i < nargs; i++)
        r = intersection(r, args[i]);
    return wrap(r);
}

static MoltValue m_intersection_update(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    size_t i;
    if (molt_no_kwargs("intersection_update", kwnames) < 0)
        return MOLT_NULL;
    if (nargs == 1)
        return intersection_update(SELF, MOLT_NULL) < 0 ? MOLT_NULL : MOLT_NONE;
    for (i = 1; i < nargs; i++)
        if (intersection_update(SELF, args[i]) < 0)
            return MOLT_NULL;
    return MOLT_NONE;
}

static MoltValue m_difference(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltSet *r;
    size_t i;
    if (molt_no_kwargs("difference", kwnames) < 0)
        return MOLT_NULL;
    if (nargs == 1)
        return wrap(copy(SELF));
    r = difference(SELF, args[1]);
    for (i = 2; r && i < nargs; i++)
        if (difference_update(r, args[i]) < 0)
            return MOLT_NULL;
    return wrap(r);
}

static MoltValue m_difference_update(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    size_t i;
    if (molt_no_kwargs("difference_update", kwnames) < 0)
        return MOLT_NULL;
    for (i = 1; i < nargs; i++)
        if (difference_update(SELF, args[i]) < 0)
            return MOLT_NULL;
    return MOLT_NONE;
}

static MoltValue m_symmetric_difference(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (check_args(TNAME, "symmetric_difference", nargs, 1, kwnames) < 0)
        return MOLT_NULL;
    return wrap(symmetric_difference(SELF, args[1]));
}

static MoltValue m_symmetric_difference_update(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (check_args("set", "symmetric_difference_update", nargs, 1, kwnames) < 0
        || symmetric_difference_update(SELF, args[1]) < 0)
        return MOLT_NULL;
    return MOLT_NONE;
}

static MoltValue m_issubset(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltSet *o;
    int r;
    if (check_args(TNAME, "issubset", nargs, 1, kwnames) < 0 || !(o = as_set(args[1])))
        return MOLT_NULL;
    r = issubset(SELF, o);
    return r < 0 ? MOLT_NULL : molt_bool(r);
}

static MoltValue m_issuperset(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltSet *o;
    int r;
    if (check_args(TNAME, "issuperset", nargs, 1, kwnames) < 0 || !(o = as_set(args[1])))
        return MOLT_NULL;
    r = issubset(o, SELF);
    return r < 0 ? MOLT_NULL : molt_bool(r);
}

static MoltValue m_isdisjoint(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltSet *o, *r;
    if (check_args(TNAME, "isdisjoint", nargs, 1, kwnames) < 0 || !(o = as_set(args[1])))
        return MOLT_NULL;
    r = intersection(SELF, molt_from_ptr(o));
    return r ? molt_bool(r->used == 0) : MOLT_NULL;
}

static const MoltMethodDef set_methods[] = {
    { "add", m_add, 0 },
    { "discard", m_discard, 0 },
    { "remove", m_remove, 0 },
    { "pop", m_pop, 0 },
    { "clear", m_clear, 0 },
    { "copy", m_copy, 0 },
    { "update", m_update, 0 },
    { "union", m_union, 0 },
    { "intersection", m_intersection, 0 },
    { "intersection_update", m_intersection_update, 0 },
    { "difference", m_difference, 0 },
    { "difference_update", m_difference_update, 0 },
    { "symmetric_difference", m_symmetric_difference, 0 },
    { "symmetric_difference_update", m_symmetric_difference_update, 0 },
    { "issubset", m_issubset, 0 },
    { "issuperset", m_issuperset, 0 },
    { "isdisjoint", m_isdisjoint, 0 },
    { NULL, NULL, 0 },
};

static const MoltMethodDef frozenset_methods[] = {
    { "copy", m_copy, 0 },
    { "union", m_union, 0 },
    { "intersection", m_intersection, 0 },
    { "difference", m_difference, 0 },
    { "symmetric_difference", m_symmetric_difference, 0 },
    { "issubset", m_issubset, 0 },
    { "issuperset", m_issuperset, 0 },
    { "isdisjoint", m_isdisjoint, 0 },
    { NULL, NULL, 0 },
};

MOLT_API MoltType MoltSet_Type = {
    .type = &MoltType_Type,
    .name = "set",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_BASETYPE | MOLT_TYPE_MATCH_SELF,
    .basicsize = sizeof(MoltSet),
    .repr = set_repr,
    .truth = set_truth,
    .richcompare = set_richcompare,
    .binop
    = { [MOLT_OP_OR] = set_or, [MOLT_OP_AND] = set_and, [MOLT_OP_SUB] = set_sub, [MOLT_OP_XOR] = set_xor },
    .hash = molt_hash_unhashable,
    .len = set_len,
    .contains = set_contains,
    .iter = set_iter,
    .inplace = { [MOLT_OP_OR] = set_ior,
        [MOLT_OP_AND] = set_iand,
        [MOLT_OP_SUB] = set_isub,
        [MOLT_OP_XOR] = set_ixor },
    .methods = set_methods,
};

MOLT_API MoltType MoltFrozenSet_Type = {
    .type = &MoltType_Type,
    .name = "frozenset",
    .base = &MoltObject_Type,
    .flags = MOLT_TYPE_BASETYPE | MOLT_TYPE_MATCH_SELF,
    .basicsize = sizeof(MoltSet),
    .repr = set_repr,
    .truth = set_truth,
    .richcompare = set_richcompare,
    .binop
    = { [MOLT_OP_OR] = set_or, [MOLT_OP_AND] = set_and, [MOLT_OP_SUB] = set_sub, [MOLT_OP_XOR] = set_xor },
    .hash = frozenset_hash,
    .len = set_len,
    .contains = set_contains,
    .iter = set_iter,
    .methods = frozenset_methods,
};
