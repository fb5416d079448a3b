/* Private list layout. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_LIST_H
#define MOLT_INTERNAL_LIST_H

#include <molt/molt.h>

#include "internal/type.h"

/* items[0..n) are live; cap is the allocated length (CPython's growth). */
typedef struct MoltList {
    MoltObject ob;
    size_t n, cap;
    MoltValue *items;
} MoltList;

/* 1 if v is a list or an instance of a list subclass. */
static inline int molt_is_list(MoltValue v)
{
    return molt_is_ptr(v)
        && (((MoltObject *)molt_ptr(v))->type == &MoltList_Type || molt_isinstance(v, &MoltList_Type));
}
static inline MoltList *molt_list_obj(MoltValue v) { return (MoltList *)molt_ptr(v); }

/* list(...) when the list type is called. */
MoltValue molt_list_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* Sort list in place: CPython's list.sort(key=, reverse=) semantics
 * (stable; ValueError "list modified during sort"). 0 or -1. */
int molt_list_sort(MoltValue list, MoltValue key, int reverse);
/* A list of n MOLT_NULL items that the caller fills at once. */
MoltValue molt_list_new_unfilled(size_t n);
/* list(iterable) as a new list: 0 or -1. */
MoltValue molt_list_from_iterable(MoltValue iterable);

#endif /* MOLT_INTERNAL_LIST_H */
