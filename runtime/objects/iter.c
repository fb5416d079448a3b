/* Iterator objects over the builtin sequences: list, tuple and str (by
 * code point). Each is its own iterator, as in CPython. */
#include "internal/containers.h"
#include "internal/type.h"
#include "internal/exceptions.h"
#include "internal/list.h"
#include "internal/str.h"
#include "internal/tuple.h"

typedef struct SeqIter {
    MoltObject ob;
    MoltValue seq; /* MOLT_NULL once exhausted */
    size_t index; /* item index; byte offset for str */
} SeqIter;

static MoltType ListIter_Type, TupleIter_Type, StrIter_Type;

MoltValue molt_seq_iter_new(MoltValue seq)
{
    SeqIter *it = molt_alloc(sizeof *it);
    it->ob.type = molt_is_str(seq) ? &StrIter_Type : molt_is_tuple(seq) ? &TupleIter_Type : &ListIter_Type;
    it->seq = seq;
    return molt_from_ptr(it);
}

static MoltValue iter_self(MoltValue v) { return v; }

static MoltValue listiter_next(MoltValue v)
{
    SeqIter *it = molt_ptr(v);
    MoltList *l;
    if (!it->seq)
        return MOLT_STOP;
    l = molt_list_obj(it->seq);
    if (it->index < l->n)
        return l->items[it->index++];
    it->seq = MOLT_NULL;
    return MOLT_STOP;
}

static MoltValue tupleiter_next(MoltValue v)
{
    SeqIter *it = molt_ptr(v);
    MoltTuple *t;
    if (!it->seq)
        return MOLT_STOP;
    t = molt_tuple_obj(it->seq);
    if (it->index < t->n)
        return t->items[it->index++];
    it->seq = MOLT_NULL;
    return MOLT_STOP;
}

static MoltValue striter_next(MoltValue v)
{
    SeqIter *it = molt_ptr(v);
    MoltStr *s;
    size_t i, j;
    if (!it->seq)
        return MOLT_STOP;
    s = molt_str_obj(it->seq);
    i = it->index;
    if (i >= s->len) {
        it->seq = MOLT_NULL;
        return MOLT_STOP;
    }
    j = i + 1;
    while (j < s->len && ((unsigned char)s->data[j] & 0xC0) == 0x80)
        j++;
    it->index = j;
    return molt_str_from_utf8(s->data + i, j - i);
}

#define SEQ_ITER_TYPE(var, pyname, next) \
    static MoltType var = {              \
        .type = &MoltType_Type,          \
        .name = pyname,                  \
        .base = &MoltObject_Type,        \
        .basicsize = sizeof(SeqIter),    \
        .iter = iter_self,               \
        .iternext = next,                \
    }
SEQ_ITER_TYPE(ListIter_Type, "list_iterator", listiter_next);
SEQ_ITER_TYPE(TupleIter_Type, "tuple_iterator", tupleiter_next);
SEQ_ITER_TYPE(StrIter_Type, "str_iterator", striter_next);

/* ---- callable_iterator: iter(callable, sentinel) ---- */

typedef struct CallIter {
    MoltObject ob;
    MoltValue callable; /* MOLT_NULL once exhausted */
    MoltValue sentinel;
} CallIter;

static MoltType CallIter_Type;

static int is_callable(MoltValue v)
{
    const MoltType *t;
    for (t = molt_type_of(v); t; t = t->base)
        if (t->call)
            return 1;
    return 0;
}

MoltValue molt_callable_iter_new(MoltValue callable, MoltValue sentinel)
{
    CallIter *it;
    if (!is_callable(callable))
        return molt_raise(&MoltExc_TypeError, "iter(v, w): v must be callable");
    it = molt_alloc(sizeof *it);
    it->ob.type = &CallIter_Type;
    it->callable = callable;
    it->sentinel = sentinel;
    return molt_from_ptr(it);
}

static MoltValue calliter_next(MoltValue v)
{
    CallIter *it = molt_ptr(v);
    MoltValue r;
    int eq;
    if (!it->callable)
        return MOLT_STOP;
    r = molt_call(it->callable, NULL, 0, MOLT_NULL);
    if (!r) {
        if (molt_err_occurred_is(&MoltExc_StopIteration)) {
            molt_err_clear();
            it->callable = MOLT_NULL;
            return MOLT_STOP;
        }
        return MOLT_NULL;
    }
    eq = molt_equal(it->sentinel, r);
    if (eq < 0)
        return MOLT_NULL;
    if (eq) {
        it->callable = MOLT_NULL;
        return MOLT_STOP;
    }
    return r;
}

static MoltType CallIter_Type = {
    .type = &MoltType_Type,
    .name = "callable_iterator",
    .base = &MoltObject_Type,
    .basicsize = sizeof(CallIter),
    .iter = iter_self,
    .iternext = calliter_next,
};
