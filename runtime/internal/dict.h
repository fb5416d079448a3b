/* Private dict layout: CPython's compact dict. `indices` is an open-
 * addressing table (size a power of two) of positions into `entries`,
 * which keeps insertion order; deleted entries keep their slot with key
 * MOLT_NULL until the next resize compacts them. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_DICT_H
#define MOLT_INTERNAL_DICT_H

#include <molt/molt.h>

#include "internal/type.h"

#define MOLT_DICT_EMPTY (-1)
#define MOLT_DICT_DUMMY (-2)

typedef struct MoltDictEntry {
    int64_t hash;
    MoltValue key; /* MOLT_NULL: deleted */
    MoltValue value;
} MoltDictEntry;

typedef struct MoltDict {
    MoltObject ob;
    size_t used; /* live entries */
    size_t nentries; /* entries[0..nentries) filled, deleted included */
    size_t usable; /* capacity of entries: 2/3 of the index table */
    size_t mask; /* index table size - 1 */
    int32_t *indices; /* entry numbers, EMPTY or DUMMY: 4 bytes, as CPython's
                       * tables below 2**31 entries, for fewer cache misses */
    MoltDictEntry *entries;
} MoltDict;

static inline int molt_is_dict(MoltValue v)
{
    return molt_is_ptr(v)
        && (((MoltObject *)molt_ptr(v))->type == &MoltDict_Type || molt_isinstance(v, &MoltDict_Type));
}
static inline MoltDict *molt_dict_obj(MoltValue v) { return (MoltDict *)molt_ptr(v); }

/* dict(...) when the dict type is called. */
MoltValue molt_dict_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* dict(arg, **kwargs)'s filling of d, for dict() and dict.__init__
 * (fname names the function in errors): 0 or -1. */
int molt_dict_update_args(
    const char *fname, MoltValue d, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* Lookup with a precomputed hash: 1 found (*value set), 0 absent, -1. */
int molt_dict_lookup_hash(MoltValue d, MoltValue key, int64_t hash, MoltValue *value);
/* d[key] = value with a precomputed hash: 0 or -1. */
int molt_dict_setitem_hash(MoltValue d, MoltValue key, int64_t hash, MoltValue value);
/* A shallow copy. Never fails. */
MoltValue molt_dict_copy(MoltValue d);

/* Views and their iterators (dictview.c): kind 0 keys, 1 values, 2
 * items. Never fail. */
extern MoltType MoltDictKeys_Type, MoltDictValues_Type, MoltDictItems_Type;
/* The dict a keys/values/items view shows. Never fails. */
MoltValue molt_dict_view_dict(MoltValue view);
MoltValue molt_dict_view_new(MoltValue d, int kind);
MoltValue molt_dict_iter_new(MoltValue d, int kind);

#endif /* MOLT_INTERNAL_DICT_H */
