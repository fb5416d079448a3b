/* Private exception layout, the pending-exception state and tracebacks. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_EXCEPTIONS_H
#define MOLT_INTERNAL_EXCEPTIONS_H

#include <stdio.h>

#include <molt/molt.h>

/* One traceback entry (a `traceback` object): tb_next goes from the
 * outermost frame towards the one that raised, as in CPython. */
typedef struct MoltTraceback {
    MoltObject ob;
    const MoltCode *code;
    int line;
    struct MoltTraceback *next;
} MoltTraceback;

extern MoltType MoltTraceback_Type;

/* An instance of BaseException or a subclass. Every field may be zero in
 * a fresh allocation (MOLT_NULL reads as None, a NULL args as ()).
 *
 * Subclasses made by class statements: the instance is this struct
 * followed by the class's attribute storage (type->attrs_offset >=
 * sizeof(MoltException)); allocate type->basicsize bytes with
 * molt_exc_new, which sets args from the constructor's arguments as
 * BaseException.__new__ does, whatever __init__ then does. */
typedef struct MoltException {
    MoltObject ob;
    MoltValue args; /* a tuple */
    MoltValue cause; /* __cause__: an exception, or MOLT_NULL for None */
    MoltValue context; /* __context__: likewise */
    MoltValue notes; /* __notes__ (a list, as add_note makes it), MOLT_NULL if unset */
    MoltTraceback *tb; /* __traceback__, NULL for None */
    int suppress_context; /* __suppress_context__ */
    /* ExceptionGroup: message (str) and the tuple of exceptions */
    MoltValue eg_msg, eg_excs;
    /* OSError built with 3 to 5 arguments: filename and filename2 (args
     * keeps only errno and strerror) */
    MoltValue filename, filename2;
} MoltException;

static inline int molt_is_exception(MoltValue v)
{
    /* A type object's own type is `type`, which lacks the flag. */
    return molt_is_ptr(v) && (((MoltObject *)molt_ptr(v))->type->flags & MOLT_TYPE_EXCEPTION);
}
static inline MoltException *molt_exc_obj(MoltValue v) { return (MoltException *)molt_ptr(v); }

/* 1 if exception class t derives from b: its base chain, plus
 * ExceptionGroup's second base Exception (and the type's __mro__ when
 * a class statement set one). */
int molt_exc_is_subclass(const MoltType *t, const MoltType *b);

/* A new instance of exception type t with args (copied). Never fails. */
MoltValue molt_exc_new(MoltType *t, const MoltValue *args, size_t n);
/* Calling an exception type: same contract as molt_call. */
MoltValue molt_exc_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* The args tuple of exc (never MOLT_NULL). */
MoltValue molt_exc_args(MoltValue exc);
/* The exception attributes CPython defines as data descriptors on the
 * builtin exception types (args, __cause__, __context__,
 * __suppress_context__, __traceback__, __notes__, and per class value,
 * code, errno, strerror, filename, message, exceptions...): 1 with *out
 * set, 0 when name is not one of them for exc's class, -1 on error.
 * The generic attribute lookup of exception subclasses calls this
 * before looking at the instance's own attributes. */
int molt_exc_getattr_builtin(MoltValue exc, MoltValue name, MoltValue *out);
/* Setting those attributes: 1 done, 0 not one of them, -1 error. */
int molt_exc_setattr_builtin(MoltValue exc, MoltValue name, MoltValue value);

/* eg.split(matcher) (want_rest) or eg.subgroup(matcher) (excgroup.c). */
MoltValue molt_eg_split_method(MoltValue eg, MoltValue matcher, int want_rest);

/* Make exc (an exception instance) pending, dropping any earlier pending
 * exception. Sets exc.__context__ to the exception being handled, if any,
 * as CPython does. Returns MOLT_NULL. */
MoltValue molt_err_set(MoltValue exc);
/* Raise t(*args) with the given args. Returns MOLT_NULL. */
MoltValue molt_raise_args(MoltType *t, const MoltValue *args, size_t n);
/* 1 if an exception is pending and is an instance of t. */
int molt_err_occurred_is(const MoltType *t);
/* The exception being handled, or MOLT_NULL. */
MoltValue molt_exc_handled(void);

/* ---- tracebacks (traceback.c) ---- */
/* Print exc as CPython's default excepthook does on f: its __cause__ or
 * __context__ chain first, then "Traceback (most recent call last):",
 * the frames, and "Type: message". */
void molt_tb_print(FILE *f, MoltValue exc);

#endif /* MOLT_INTERNAL_EXCEPTIONS_H */
