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

/* The builtin exception hierarchy of CPython 3.11 (runtime/objects/
 * exceptions.c), with its names and bases; ExceptionGroup's second base,
 * Exception, is known to molt_exc_is_subclass. */
#define MOLT_EXCEPTION_TYPES(X)                         \
    X(BaseException, NULL)                              \
    X(BaseExceptionGroup, &MoltExc_BaseException)       \
    X(GeneratorExit, &MoltExc_BaseException)            \
    X(KeyboardInterrupt, &MoltExc_BaseException)        \
    X(SystemExit, &MoltExc_BaseException)               \
    X(Exception, &MoltExc_BaseException)                \
    X(ArithmeticError, &MoltExc_Exception)              \
    X(FloatingPointError, &MoltExc_ArithmeticError)     \
    X(OverflowError, &MoltExc_ArithmeticError)          \
    X(ZeroDivisionError, &MoltExc_ArithmeticError)      \
    X(AssertionError, &MoltExc_Exception)               \
    X(AttributeError, &MoltExc_Exception)               \
    X(BufferError, &MoltExc_Exception)                  \
    X(EOFError, &MoltExc_Exception)                     \
    X(ExceptionGroup, &MoltExc_BaseExceptionGroup)      \
    X(ImportError, &MoltExc_Exception)                  \
    X(ModuleNotFoundError, &MoltExc_ImportError)        \
    X(LookupError, &MoltExc_Exception)                  \
    X(IndexError, &MoltExc_LookupError)                 \
    X(KeyError, &MoltExc_LookupError)                   \
    X(MemoryError, &MoltExc_Exception)                  \
    X(NameError, &MoltExc_Exception)                    \
    X(UnboundLocalError, &MoltExc_NameError)            \
    X(OSError, &MoltExc_Exception)                      \
    X(BlockingIOError, &MoltExc_OSError)                \
    X(ChildProcessError, &MoltExc_OSError)              \
    X(ConnectionError, &MoltExc_OSError)                \
    X(BrokenPipeError, &MoltExc_ConnectionError)        \
    X(ConnectionAbortedError, &MoltExc_ConnectionError) \
    X(ConnectionRefusedError, &MoltExc_ConnectionError) \
    X(ConnectionResetError, &MoltExc_ConnectionError)   \
    X(FileExistsError, &MoltExc_OSError)                \
    X(FileNotFoundError, &MoltExc_OSError)              \
    X(InterruptedError, &MoltExc_OSError)               \
    X(IsADirectoryError, &MoltExc_OSError)              \
    X(NotADirectoryError, &MoltExc_OSError)             \
    X(PermissionError, &MoltExc_OSError)                \
    X(ProcessLookupError, &MoltExc_OSError)             \
    X(TimeoutError, &MoltExc_OSError)                   \
    X(ReferenceError, &MoltExc_Exception)               \
    X(RuntimeError, &MoltExc_Exception)                 \
    X(NotImplementedError, &MoltExc_RuntimeError)       \
    X(RecursionError, &MoltExc_RuntimeError)            \
    X(StopAsyncIteration, &MoltExc_Exception)           \
    X(StopIteration, &MoltExc_Exception)                \
    X(SyntaxError, &MoltExc_Exception)                  \
    X(IndentationError, &MoltExc_SyntaxError)           \
    X(TabError, &MoltExc_IndentationError)              \
    X(SystemError, &MoltExc_Exception)                  \
    X(TypeError, &MoltExc_Exception)                    \
    X(ValueError, &MoltExc_Exception)                   \
    X(UnicodeError, &MoltExc_ValueError)                \
    X(UnicodeDecodeError, &MoltExc_UnicodeError)        \
    X(UnicodeEncodeError, &MoltExc_UnicodeError)        \
    X(UnicodeTranslateError, &MoltExc_UnicodeError)     \
    X(Warning, &MoltExc_Exception)                      \
    X(BytesWarning, &MoltExc_Warning)                   \
    X(DeprecationWarning, &MoltExc_Warning)             \
    X(EncodingWarning, &MoltExc_Warning)                \
    X(FutureWarning, &MoltExc_Warning)                  \
    X(ImportWarning, &MoltExc_Warning)                  \
    X(PendingDeprecationWarning, &MoltExc_Warning)      \
    X(ResourceWarning, &MoltExc_Warning)                \
    X(RuntimeWarning, &MoltExc_Warning)                 \
    X(SyntaxWarning, &MoltExc_Warning)                  \
    X(UnicodeWarning, &MoltExc_Warning)                 \
    X(UserWarning, &MoltExc_Warning)

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

/* ---- try/except/finally and raise (intrinsics of translator/lower_try.c) ----
 * The exception being handled (what sys.exc_info() returns) is a stack
 * kept by the generated code: entering a handler pushes the caught
 * exception and keeps the previous one in a temporary, every way out of
 * the handler pops back to it. */

/* Take the pending exception: returns it and leaves none pending (its
 * traceback stays with it, in __traceback__). Never fails. */
MOLT_API MoltValue molt_exc_fetch(void);
/* Make exc the exception being handled; returns the previous one (None
 * if there was none). Never fails. */
MOLT_API MoltValue molt_exc_push(MoltValue exc);
/* Restore the exception being handled saved by molt_exc_push; None. */
MOLT_API MoltValue molt_exc_pop(MoltValue prev);
/* `except T`: 1 if exc is an instance of T (a class or a tuple of
 * classes), 0 if not; -1 with TypeError "catching
 * classes that do not inherit from BaseException is not allowed". */
MOLT_API int molt_exc_match(MoltValue exc, MoltValue type);
/* Make exc pending again, as it was, for a re-raise (no new __context__,
 * its traceback kept). Returns 0. */
MOLT_API int molt_exc_restore(MoltValue exc);
/* Bare `raise`: makes the exception being handled pending again and
 * returns 0, or returns -1 with RuntimeError "No active exception to
 * reraise". */
MOLT_API int molt_exc_raise_active(void);
/* `raise exc from cause`: the exception instance to raise (exc called if
 * it is a class), with __cause__ set (None allowed) and
 * __suppress_context__ true; MOLT_NULL with TypeError if either is not an
 * exception. */
MOLT_API MoltValue molt_exc_with_cause(MoltValue exc, MoltValue cause);

/* except* (runtime/objects/excgroup.c). molt_eg_split checks T (TypeError
 * for non-classes and for exception groups) and returns (match, rest):
 * exc split by T, a naked exception that matches wrapped in
 * ExceptionGroup('', (exc,)), None for an empty part; exc None gives
 * (None, None). molt_eg_item is pair[i]. molt_eg_collect returns acc (a
 * tuple) with exc appended. molt_eg_prep_reraise returns what a try with
 * except* raises at its end given the original exception and what its
 * clauses raised (None for nothing), as CPython's _PyExc_PrepReraiseStar. */
MOLT_API MoltValue molt_eg_split(MoltValue exc, MoltValue type);
MOLT_API MoltValue molt_eg_item(MoltValue pair, MoltValue index);
MOLT_API MoltValue molt_eg_collect(MoltValue acc, MoltValue exc);
MOLT_API MoltValue molt_eg_prep_reraise(MoltValue orig, MoltValue acc);

/* with (runtime/core/with.c): type(mgr).__exit__ (TypeError "'X' object
 * does not support the context manager protocol" unless the type has
 * __enter__ and __exit__); mgr.__enter__(); and mgr.__exit__(...) with
 * exc's type, exc and traceback, or three Nones when exc is None,
 * returning the truth of its result (-1 on error). */
MOLT_API MoltValue molt_with_lookup(MoltValue mgr);
MOLT_API MoltValue molt_with_enter(MoltValue mgr);
MOLT_API int molt_with_exit(MoltValue exit, MoltValue mgr, MoltValue exc);

/* Static description of one compiled function, for tracebacks. */
typedef struct MoltCode {
    const char *name; /* "<module>" or the function's name */
    const char *file; /* path of the .py file as given to molt2c */
} MoltCode;

/* Record that the pending exception passed through `code` at `line`: a
 * traceback entry is added in front of its __traceback__. Called by
 * generated code at each error exit; innermost frame first. */
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
