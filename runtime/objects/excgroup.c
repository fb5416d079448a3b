/* Exception groups: split by type (CPython's exceptiongroup_split_recursive
 * with derive and its metadata copy), and the intrinsics of except*:
 * matching one clause, collecting what the clauses raised, and computing
 * what is left to raise at the end (CPython's _PyExc_PrepReraiseStar). */
#include "internal/exceptions.h"
#include "internal/list.h"
#include "internal/tuple.h"
#include "internal/type.h"

static int is_group(MoltValue v) { return molt_is_exception(v) && molt_exc_obj(v)->eg_excs; }

/* BaseExceptionGroup(msg, excs): ExceptionGroup when all are Exceptions;
 * as_list: excs passed as a list, as CPython's derive and split do. */
static MoltValue group_new(MoltValue msg, MoltValue excs, int as_list)
{
    MoltValue args[2] = { msg, excs };
    if (as_list)
        args[1] = molt_list_new(molt_tuple_obj(excs)->n, molt_tuple_obj(excs)->items);
    return molt_exc_construct(molt_from_ptr(&MoltExc_BaseExceptionGroup), args, 2, MOLT_NULL);
}

/* orig.derive(excs) with orig's traceback, context, cause and notes. */
static MoltValue derive(MoltValue orig, MoltValue excs)
{
    MoltException *o = molt_exc_obj(orig), *e;
    MoltValue v = group_new(o->eg_msg, excs, 1);
    if (!v)
        return MOLT_NULL;
    e = molt_exc_obj(v);
    e->tb = o->tb;
    e->context = o->context;
    e->cause = o->cause;
    e->notes = o->notes;
    return v;
}

/* How split() tests a leaf: by type (a class or tuple), by a predicate,
 * or by identity with the leaves of a set of groups (projection). */
typedef struct Matcher {
    MoltValue type; /* MOLT_NULL for identity */
    int predicate; /* type is a callable, not a class */
    const MoltValue *ids;
    size_t nids;
} Matcher;

static int matches(const Matcher *m, MoltValue exc)
{
    if (m->predicate) {
        MoltValue r = molt_call(m->type, &exc, 1, MOLT_NULL);
        return r ? molt_truth(r) : -1;
    }
    if (m->type)
        return molt_exc_match(exc, m->type);
    if (is_group(exc))
        return 0;
    for (size_t i = 0; i < m->nids; i++)
        if (m->ids[i] == exc)
            return 1;
    return 0;
}

/* A tuple being built: n items in *buf (GC memory). */
typedef struct Vec {
    MoltValue *items;
    size_t n, cap;
} Vec;

static void vec_push(Vec *v, MoltValue x)
{
    if (v->n == v->cap) {
        size_t cap = v->cap ? 2 * v->cap : 8;
        MoltValue *items = molt_alloc(cap * sizeof *items);
        for (size_t i = 0; i < v->n; i++)
            items[i] = v->items[i];
        v->items = items;
        v->cap = cap;
    }
    v->items[v->n++] = x;
}

/* CPython's exceptiongroup_split_recursive: *match and *rest (MOLT_NULL
 * for none; rest only when want_rest). 0, or -1 on error. */
static int split(MoltValue exc, const Matcher *m, int want_rest, MoltValue *match, MoltValue *rest, int depth)
{
    int r;
    MoltTuple *excs;
    Vec mv = { 0 }, rv = { 0 };
    *match = *rest = MOLT_NULL;
    if (depth > molt_recursion_limit) {
        molt_raise(
            &MoltExc_RecursionError, "maximum recursion depth exceeded in exceptiongroup_split_recursive");
        return -1;
    }
    r = matches(m, exc);
    if (r < 0)
        return -1;
    if (r) {
        *match = exc;
        return 0;
    }
    if (!is_group(exc)) {
        if (want_rest)
            *rest = exc;
        return 0;
    }
    excs = molt_tuple_obj(molt_exc_obj(exc)->eg_excs);
    for (size_t i = 0; i < excs->n; i++) {
        MoltValue em, er;
        if (split(excs->items[i], m, want_rest, &em, &er, depth + 1) < 0)
            return -1;
        if (em)
            vec_push(&mv, em);
        if (er)
            vec_push(&rv, er);
    }
    if (mv.n && !(*match = derive(exc, molt_tuple_new(mv.n, mv.items))))
        return -1;
    if (want_rest && rv.n && !(*rest = derive(exc, molt_tuple_new(rv.n, rv.items))))
        return -1;
    return 0;
}

/* except* T: T must be exception classes, none of them a group. */
static int check_star_type(MoltValue type)
{
    MoltValue probe = molt_from_ptr(&molt_None_obj);
    size_t n = molt_is_tuple(type) ? molt_tuple_obj(type)->n : 1;
    /* molt_exc_match reports non-classes with CPython's message */
    if (molt_exc_match(probe, type) < 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        MoltValue t = molt_is_tuple(type) ? molt_tuple_obj(type)->items[i] : type;
        if (molt_type_is_subtype(molt_ptr(t), &MoltExc_BaseExceptionGroup)) {
            molt_raise(&MoltExc_TypeError,
                "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return -1;
        }
    }
    return 0;
}

MOLT_API MoltValue molt_eg_split(MoltValue exc, MoltValue type)
{
    MoltValue pair[2] = { MOLT_NONE, MOLT_NONE };
    if (check_star_type(type) < 0)
        return MOLT_NULL;
    if (exc == MOLT_NONE)
        return molt_tuple_new(2, pair);
    int r = molt_exc_match(exc, type);
    if (r < 0)
        return MOLT_NULL;
    if (r) {
        if (is_group(exc)) {
            pair[0] = exc;
        } else { /* a naked exception, wrapped (3.11: without traceback) */
            pair[0] = group_new(molt_str_from_cstr(""), molt_tuple_new(1, &exc), 0);
            if (!pair[0])
                return MOLT_NULL;
        }
    } else if (is_group(exc)) {
        Matcher m = { type, 0, NULL, 0 };
        MoltValue match, rest;
        if (split(exc, &m, 1, &match, &rest, 0) < 0)
            return MOLT_NULL;
        pair[0] = match ? match : MOLT_NONE;
        pair[1] = rest ? rest : MOLT_NONE;
    } else {
        pair[1] = exc;
    }
    return molt_tuple_new(2, pair);
}

MOLT_API MoltValue molt_eg_item(MoltValue pair, MoltValue index)
{
    return molt_tuple_obj(pair)->items[molt_int_value(index)];
}

MOLT_API MoltValue molt_eg_collect(MoltValue acc, MoltValue exc)
{
    MoltTuple *t = molt_tuple_obj(acc);
    MoltValue *items = molt_alloc((t->n + 1) * sizeof *items);
    for (size_t i = 0; i < t->n; i++)
        items[i] = t->items[i];
    items[t->n] = exc;
    return molt_tuple_new(t->n + 1, items);
}

static int same_metadata(MoltValue a, MoltValue b)
{
    MoltException *x = molt_exc_obj(a), *y = molt_exc_obj(b);
    return x->notes == y->notes && x->tb == y->tb && x->cause == y->cause && x->context == y->context;
}

static void collect_leaves(MoltValue exc, Vec *ids)
{
    if (!is_group(exc)) {
        vec_push(ids, exc);
        return;
    }
    MoltTuple *excs = molt_tuple_obj(molt_exc_obj(exc)->eg_excs);
    for (size_t i = 0; i < excs->n; i++)
        collect_leaves(excs->items[i], ids);
}

MOLT_API MoltValue molt_eg_prep_reraise(MoltValue orig, MoltValue acc)
{
    MoltTuple *excs = molt_tuple_obj(acc);
    Vec raised = { 0 }, ids = { 0 };
    MoltValue reraised = MOLT_NULL;
    int any_reraised = 0;
    if (excs->n == 0)
        return MOLT_NONE;
    if (!is_group(orig))
        return excs->items[0]; /* a naked exception: one clause at most ran */
    for (size_t i = 0; i < excs->n; i++) {
        MoltValue e = excs->items[i];
        if (e == MOLT_NONE)
            continue;
        if (same_metadata(e, orig)) {
            collect_leaves(e, &ids);
            any_reraised = 1;
        } else {
            vec_push(&raised, e);
        }
    }
    if (any_reraised) {
        Matcher m = { MOLT_NULL, 0, ids.items, ids.n };
        MoltValue rest;
        if (split(orig, &m, 0, &reraised, &rest, 0) < 0)
            return MOLT_NULL;
    }
    if (raised.n == 0)
        return reraised ? reraised : MOLT_NONE;
    if (reraised)
        vec_push(&raised, reraised);
    if (raised.n == 1)
        return raised.items[0];
    return group_new(molt_str_from_cstr(""), molt_tuple_new(raised.n, raised.items), 1);
}

MoltValue molt_eg_split_method(MoltValue eg, MoltValue matcher, int want_rest)
{
    Matcher m = { matcher, 0, NULL, 0 };
    MoltValue match, rest, pair[2];
    if (molt_is_type(matcher)) {
        if (!(((MoltType *)molt_ptr(matcher))->flags & MOLT_TYPE_EXCEPTION))
            goto bad;
    } else if (molt_is_tuple(matcher)) {
        MoltTuple *t = molt_tuple_obj(matcher);
        for (size_t i = 0; i < t->n; i++)
            if (!molt_is_type(t->items[i])
                || !(((MoltType *)molt_ptr(t->items[i]))->flags & MOLT_TYPE_EXCEPTION))
                goto bad;
    } else if (molt_type_of(matcher)->call) {
        m.predicate = 1;
    } else {
        goto bad;
    }
    if (split(eg, &m, want_rest, &match, &rest, 0) < 0)
        return MOLT_NULL;
    if (!want_rest)
        return match ? match : MOLT_NONE;
    pair[0] = match ? match : MOLT_NONE;
    pair[1] = rest ? rest : MOLT_NONE;
    return molt_tuple_new(2, pair);
bad:
    return molt_raise(&MoltExc_TypeError,
        "expected an exception type, a tuple of exception types, or a callable (other than a class)");
}
