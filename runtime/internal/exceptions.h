/* Private exception layout, the pending-exception state and tracebacks. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_EXCEPTIONS_H
#define MOLT_INTERNAL_EXCEPTIONS_H

#include <stdio.h>

#include <molt/molt.h>

/* An instance of BaseException or a subclass. */
typedef struct MoltException {
    MoltObject ob;
    MoltValue args; /* a tuple */
} MoltException;

static inline int molt_is_exception(MoltValue v)
{
    /* A type object's own type is `type`, which lacks the flag. */
    return molt_is_ptr(v) && (((MoltObject *)molt_ptr(v))->type->flags & MOLT_TYPE_EXCEPTION);
}
static inline MoltException *molt_exc_obj(MoltValue v) { return (MoltException *)molt_ptr(v); }

/* A new instance of exception type t with args (copied). Never fails. */
MoltValue molt_exc_new(MoltType *t, const MoltValue *args, size_t n);
/* Calling an exception type: same contract as molt_call. */
MoltValue molt_exc_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);

/* Make exc (an exception instance) pending, dropping any earlier pending
 * exception and its traceback. Returns MOLT_NULL. */
MoltValue molt_err_set(MoltValue exc);
/* Raise t(*args) with the given args. Returns MOLT_NULL. */
MoltValue molt_raise_args(MoltType *t, const MoltValue *args, size_t n);
/* 1 if an exception is pending and is an instance of t. */
int molt_err_occurred_is(const MoltType *t);

/* ---- traceback entries of the pending exception (traceback.c) ---- */
void molt_tb_clear(void);
/* Print the traceback and the "Type: message" line for exc on f, as
 * CPython's default excepthook does. */
void molt_tb_print(FILE *f, MoltValue exc);

#endif /* MOLT_INTERNAL_EXCEPTIONS_H */
