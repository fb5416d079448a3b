/* Private set/frozenset layout: CPython 3.11's open-addressing table
 * (linear probes, then perturbation), so iteration order matches. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_SET_H
#define MOLT_INTERNAL_SET_H

#include <molt/molt.h>

#include "internal/type.h"

/* Unused: key MOLT_NULL, hash 0. Dummy: key MOLT_SET_DUMMY, hash -1. */
typedef struct MoltSetEntry {
    MoltValue key;
    int64_t hash;
} MoltSetEntry;

typedef struct MoltSet {
    MoltObject ob;
    size_t fill; /* active + dummy entries */
    size_t used; /* active entries */
    size_t mask; /* table size - 1 */
    size_t finger; /* where pop() starts looking */
    int64_t hash; /* frozenset: cached hash, -1 until computed */
    MoltSetEntry *table;
} MoltSet;

static inline int molt_is_anyset(MoltValue v)
{
    return molt_is_ptr(v) && (molt_isinstance(v, &MoltSet_Type) || molt_isinstance(v, &MoltFrozenSet_Type));
}
static inline MoltSet *molt_set_obj(MoltValue v) { return (MoltSet *)molt_ptr(v); }

/* set(...) / frozenset(...) when the type is called. */
MoltValue molt_set_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_frozenset_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* A frozenset of the items of iterable: MOLT_NULL on error. */
MoltValue molt_frozenset_new(MoltValue iterable);

/* The set algebra for the dict views (dictview.c): 0 or -1. */
int molt_set_difference_update(MoltValue s, MoltValue other);
int molt_set_symmetric_difference_update(MoltValue s, MoltValue other);

#endif /* MOLT_INTERNAL_SET_H */
