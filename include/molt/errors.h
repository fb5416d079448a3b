/* Exceptions: the builtin exception types, raising, the pending exception
 * of the thread, and traceback entries.
 *
 * Convention (DESIGN.md §4): a function that fails returns MOLT_NULL (or -1
 * for int results) with the exception pending. Raisers return MOLT_NULL so
 * that `return molt_raise(&MoltExc_TypeError, "...");` reads naturally.
 */
#ifndef MOLT_ERRORS_H
#define MOLT_ERRORS_H

#include "object.h"

/* The builtin exception hierarchy (runtime/objects/exceptions.c), with
 * CPython's names and bases. */
#define MOLT_EXCEPTION_TYPES(X)                     \
    X(BaseException, NULL)                          \
    X(SystemExit, &MoltExc_BaseException)           \
    X(KeyboardInterrupt, &MoltExc_BaseException)    \
    X(GeneratorExit, &MoltExc_BaseException)        \
    X(Exception, &MoltExc_BaseException)            \
    X(StopIteration, &MoltExc_Exception)            \
    X(ArithmeticError, &MoltExc_Exception)          \
    X(FloatingPointError, &MoltExc_ArithmeticError) \
    X(OverflowError, &MoltExc_ArithmeticError)      \
    X(ZeroDivisionError, &MoltExc_ArithmeticError)  \
    X(AssertionError, &MoltExc_Exception)           \
    X(AttributeError, &MoltExc_Exception)           \
    X(LookupError, &MoltExc_Exception)              \
    X(IndexError, &MoltExc_LookupError)             \
    X(KeyError, &MoltExc_LookupError)               \
    X(MemoryError, &MoltExc_Exception)              \
    X(NameError, &MoltExc_Exception)                \
    X(UnboundLocalError, &MoltExc_NameError)        \
    X(OSError, &MoltExc_Exception)                  \
    X(RuntimeError, &MoltExc_Exception)             \
    X(NotImplementedError, &MoltExc_RuntimeError)   \
    X(RecursionError, &MoltExc_RuntimeError)        \
    X(TypeError, &MoltExc_Exception)                \
    X(ValueError, &MoltExc_Exception)               \
    X(UnicodeError, &MoltExc_ValueError)

#define MOLT_DECLARE_EXC(name, base) extern MOLT_API MoltType MoltExc_##name;
MOLT_EXCEPTION_TYPES(MOLT_DECLARE_EXC)
#undef MOLT_DECLARE_EXC

/* Set `type(message)` pending, message formatted printf-style (plus %V for
 * the str() of a MoltValue and %R for its repr()). Returns MOLT_NULL. */
MOLT_API MoltValue molt_raise(MoltType *type, const char *fmt, ...);
/* `raise v`: v is an exception instance or class (instantiated with no
 * arguments); anything else raises TypeError "exceptions must derive from
 * BaseException". Returns MOLT_NULL. */
MOLT_API MoltValue molt_raise_value(MoltValue v);
/* The pending exception instance, or MOLT_NULL. */
MOLT_API MoltValue molt_err_pending(void);
/* Clear the pending exception (and its traceback). */
MOLT_API void molt_err_clear(void);

/* Static description of one compiled function, for tracebacks. */
typedef struct MoltCode {
    const char *name; /* "<module>" or the function's name */
    const char *file; /* path of the .py file as given to molt2c */
} MoltCode;

/* Record that the pending exception passed through `code` at `line`.
 * Called by generated code at each error exit; innermost frame first. */
MOLT_API void molt_tb_add(const MoltCode *code, int line);

/* NameError for an unbound global or builtin; UnboundLocalError for a
 * local read before assignment. Both return MOLT_NULL. */
MOLT_API MoltValue molt_err_name(const char *name);
MOLT_API MoltValue molt_err_unbound_local(const char *name);

/* ---- recursion depth and signals ----
 * RecursionError instead of a stack overflow, and KeyboardInterrupt for
 * SIGINT: the handler only sets molt_signal_pending, and compiled code
 * looks at it where CPython does, at calls and loop back-edges. */

extern MOLT_API int molt_recursion_depth;
extern MOLT_API int molt_recursion_limit; /* sys.getrecursionlimit() */
extern MOLT_API volatile int molt_signal_pending;
/* The limit molt_enter compares against: molt_recursion_limit, or -1
 * while a signal is pending, so that one compare catches both (the
 * handler lowers it; molt_enter_slow tells the two apart). */
extern MOLT_API volatile int molt_enter_limit;

/* The slow path of molt_enter: undoes its increment, raises RecursionError
 * ("maximum recursion depth exceeded") or, for a pending signal,
 * KeyboardInterrupt, and returns -1. */
MOLT_API int molt_enter_slow(void);
/* Raise KeyboardInterrupt for a pending SIGINT and clear the flag; -1. */
MOLT_API int molt_signal_raise(void);

/* Called at the entry of every compiled function (module bodies too, so
 * depths count frames as CPython does); 0, or -1 with RecursionError or
 * KeyboardInterrupt pending and the depth unchanged. Each successful enter
 * is paired with exactly one molt_leave. */
static inline int molt_enter(void)
{
    if (MOLT_UNLIKELY(++molt_recursion_depth > molt_enter_limit))
        return molt_enter_slow();
    return 0;
}
static inline void molt_leave(void) { --molt_recursion_depth; }

#endif /* MOLT_ERRORS_H */
