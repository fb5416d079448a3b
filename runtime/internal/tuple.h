/* Private tuple layout. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_TUPLE_H
#define MOLT_INTERNAL_TUPLE_H

#include <molt/molt.h>

typedef struct MoltTuple {
    MoltObject ob;
    size_t n;
    MoltValue items[];
} MoltTuple;

static inline int molt_is_tuple(MoltValue v)
{
    return molt_is_ptr(v) && ((MoltObject *)molt_ptr(v))->type == &MoltTuple_Type;
}
static inline MoltTuple *molt_tuple_obj(MoltValue v) { return (MoltTuple *)molt_ptr(v); }

/* The empty tuple singleton. */
extern MoltTuple molt_empty_tuple;

/* tuple(...) when the tuple type is called. */
MoltValue molt_tuple_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);

#endif /* MOLT_INTERNAL_TUPLE_H */
