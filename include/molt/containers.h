/* Containers and the object protocols generated code calls: list, dict,
 * set/frozenset, slice; subscripts, len, `in`, iteration and hashing on
 * any value (dispatching on the type slots of object.h, with CPython's
 * TypeErrors). Implementations: runtime/objects/{list,dict,set,slice}.c
 * and runtime/core/abstract.c.
 *
 * Conventions as everywhere (errors.h): MOLT_NULL or -1 means an
 * exception is pending; functions documented "never fails" do not check.
 */
#ifndef MOLT_CONTAINERS_H
#define MOLT_CONTAINERS_H

#include "object.h"

extern MOLT_API MoltType MoltList_Type;
extern MOLT_API MoltType MoltDict_Type;
extern MOLT_API MoltType MoltSet_Type;
extern MOLT_API MoltType MoltFrozenSet_Type;
extern MOLT_API MoltType MoltSlice_Type;

/* ---- list ---- */

/* A list of n values (copied). Never fails. */
MOLT_API MoltValue molt_list_new(size_t n, const MoltValue *items);
/* list.append(v). Never fails (returns 0). */
MOLT_API int molt_list_append(MoltValue list, MoltValue v);
/* list.extend(iterable): 0, or -1 ("'int' object is not iterable"...). */
MOLT_API int molt_list_extend(MoltValue list, MoltValue iterable);
MOLT_API size_t molt_list_len(MoltValue list);
MOLT_API MoltValue molt_list_item(MoltValue list, size_t i);

/* ---- dict (insertion-ordered) ---- */

/* An empty dict. Never fails. */
MOLT_API MoltValue molt_dict_new(void);
/* d[key] = value: 0, or -1 (unhashable key, an __eq__ that raised). */
MOLT_API int molt_dict_setitem(MoltValue d, MoltValue key, MoltValue value);
/* Look key up: 1 with *value set, 0 if absent (no exception), -1 on error. */
MOLT_API int molt_dict_lookup(MoltValue d, MoltValue key, MoltValue *value);
/* The same for a str key given as a C string (attribute names, keyword
 * arguments); never fails: 1 found, 0 absent. */
MOLT_API int molt_dict_lookup_cstr(MoltValue d, const char *key, MoltValue *value);
/* del d[key]: 0, or -1 (KeyError, unhashable). */
MOLT_API int molt_dict_delitem(MoltValue d, MoltValue key);
/* d.update(other) for a mapping (dict or keys()/__getitem__); {**other}. */
MOLT_API int molt_dict_update(MoltValue d, MoltValue other);
MOLT_API size_t molt_dict_len(MoltValue d);
/* Iterate: *pos starts at 0; 1 with the key and value set, 0 at the end. */
MOLT_API int molt_dict_next(MoltValue d, size_t *pos, MoltValue *key, MoltValue *value);

/* ---- set / frozenset ---- */

/* An empty set. Never fails. */
MOLT_API MoltValue molt_set_new(void);
/* s.add(v): 0, or -1 (unhashable). */
MOLT_API int molt_set_add(MoltValue s, MoltValue v);
/* s.update(iterable): 0 or -1. */
MOLT_API int molt_set_update(MoltValue s, MoltValue iterable);
/* A set display whose n > 2 items are all constants, built as CPython 3.11
 * builds it (a frozenset constant merged into a new set), which gives a
 * different iteration order than adding the items one by one: {1, 9, 17,
 * 25, 33} is {1, 33, 17, 9, 25}. Other displays: molt_set_new + add. The
 * items are hashable constants, so this never fails. */
MOLT_API MoltValue molt_set_display_const(size_t n, const MoltValue *items);

/* ---- slice ---- */

/* slice(start, stop, step); MOLT_NULL parts mean None. Never fails. */
MOLT_API MoltValue molt_slice_new(MoltValue start, MoltValue stop, MoltValue step);

/* ---- protocols on any value ---- */

/* o[key], o[key] = value, del o[key] ("'int' object is not subscriptable",
 * "'tuple' object does not support item assignment", ...). */
MOLT_API MoltValue molt_getitem(MoltValue o, MoltValue key);
MOLT_API int molt_setitem(MoltValue o, MoltValue key, MoltValue value);
MOLT_API int molt_delitem(MoltValue o, MoltValue key);
/* len(o): >= 0, or -1 ("object of type 'int' has no len()"). */
MOLT_API int64_t molt_len(MoltValue o);
/* `item in container`: 1, 0, or -1. */
MOLT_API int molt_contains(MoltValue container, MoltValue item);
/* iter(o) ("'int' object is not iterable"). */
MOLT_API MoltValue molt_iter(MoltValue o);
/* next(it): the next item, MOLT_STOP when exhausted, MOLT_NULL on error. */
MOLT_API MoltValue molt_next(MoltValue it);
/* hash(v) as CPython computes it (PYTHONHASHSEED=0 for str and bytes):
 * the hash, or -1 ("unhashable type: 'list'"). */
MOLT_API int64_t molt_hash(MoltValue v);

#endif /* MOLT_CONTAINERS_H */
