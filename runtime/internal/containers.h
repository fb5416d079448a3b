/* Private helpers shared by the container types: element equality,
 * index and slice arithmetic, repr recursion guards, iterators. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_CONTAINERS_H
#define MOLT_INTERNAL_CONTAINERS_H

#include <molt/molt.h>

/* a == b as containers compare elements: identity first, then ==, then
 * truth. 1, 0, or -1 with an exception. */
int molt_equal(MoltValue a, MoltValue b);

/* An int-like index as int64: 0, or -1 with IndexError "cannot fit 'int'
 * into an index-sized integer". Precondition: molt_is_intlike(v). */
int molt_index_i64(MoltValue v, int64_t *out);

/* PyNumber_Index's first step for an index, a count or a slice bound:
 * 1 with *v int-like (*v itself, or what type(*v).__index__() returned,
 * a bool made 0 or 1), 0 when *v has no __index__ (no exception: the
 * caller raises its own TypeError), -1 on error ("__index__ returned
 * non-int (type str)"). */
int molt_index_try(MoltValue *v);
/* PyNumber_Index: the int-like value, or MOLT_NULL with TypeError "'A'
 * object cannot be interpreted as an integer". */
MoltValue molt_number_index(MoltValue v);
/* PyNumber_AsSsize_t(v, OverflowError) for a Py_ssize_t argument (an
 * index, a count, a width): 0, or -1 with TypeError "'str' object cannot
 * be interpreted as an integer" or OverflowError "Python int too large to
 * convert to C ssize_t". __index__ and int subclasses as CPython. */
int molt_ssize_arg(MoltValue v, int64_t *out);
/* _PyEval_SliceIndex for a start/end argument or a slice bound: None
 * keeps *out (the default), an int (or __index__) out of range clamps to
 * [-INT64_MAX, INT64_MAX]; 0, or -1 with "slice indices must be integers
 * or None or have an __index__ method". */
int molt_slice_index(MoltValue v, int64_t *out);

typedef struct MoltSlice {
    MoltObject ob;
    MoltValue start, stop, step; /* None when omitted */
} MoltSlice;

static inline int molt_is_slice(MoltValue v)
{
    return molt_is_ptr(v) && ((MoltObject *)molt_ptr(v))->type == &MoltSlice_Type;
}

/* A sequence subscript's key: one with __index__ (not an int, not a
 * slice) becomes that int, as CPython's sequences index with
 * PyNumber_AsSsize_t. 0, or -1 on error (IndexError "cannot fit 'A' into
 * an index-sized integer" when the int is too big); a key with no
 * __index__ is left for the caller's "indices must be integers"
 * TypeError. */
int molt_index_key(MoltValue *key);

/* PySlice_Unpack + PySlice_AdjustIndices for a sequence of length len:
 * the number of selected items (>= 0), or -1 ("slice step cannot be
 * zero", "slice indices must be integers or None or have an __index__
 * method"). */
int64_t molt_slice_indices(MoltValue slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step);
/* The same for a length of any size (an int >= 0), in ints, as CPython's
 * _PySlice_GetLongIndices (slice.indices, slicing huge ranges). 0, or -1
 * with CPython's TypeError / ValueError. */
int molt_slice_indices_big(
    MoltValue slice, MoltValue len, MoltValue *start, MoltValue *stop, MoltValue *step);

/* Py_ReprEnter / Py_ReprLeave: 1 if o's repr is already in progress (print
 * "[...]"), 0 after marking it. */
int molt_repr_enter(MoltValue o);
void molt_repr_leave(MoltValue o);

/* 1 if v's type has an iter slot (iter(v) may still fail). */
int molt_is_iterable(MoltValue v);

/* An iterator over a list, tuple or str (iter.c). Never fails. */
MoltValue molt_seq_iter_new(MoltValue seq);

/* iter(callable, sentinel): TypeError "iter(v, w): v must be callable". */
MoltValue molt_callable_iter_new(MoltValue callable, MoltValue sentinel);

/* Collect any iterable into a fresh C array (GC memory): the count, or
 * -1. Lists and tuples are copied without iterating. */
int64_t molt_collect(MoltValue iterable, MoltValue **items);

/* ---- range objects (objects/range.c) and the iterator builtins
 * (objects/iter.c) ---- */
extern MoltType MoltRangeObj_Type, MoltEnumerate_Type, MoltZip_Type, MoltReversed_Type, MoltMap_Type,
    MoltFilter_Type;
MoltValue molt_range_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* reversed(range): a range iterator running backwards. Never fails. */
MoltValue molt_range_reversed(MoltValue range);
MoltValue molt_enumerate_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_zip_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_reversed_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* The __reversed__ method row of list and dict: reversed(self) without
 * looking for a __reversed__ override (iter.c). */
MoltValue molt_reversed_method(const MoltValue *args, size_t nargs, MoltValue kwnames);
/* iter(seq) of an object with __getitem__ and no __iter__: CPython's
 * sequence iterator ("iterator"). Never fails. */
MoltValue molt_getitem_iter_new(MoltValue seq);
MoltValue molt_map_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_filter_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);

#endif /* MOLT_INTERNAL_CONTAINERS_H */
