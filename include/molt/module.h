/* Modules and the program entry point: GC roots for module state, the
 * for-range loop helper, and molt_main, which runs a compiled program the
 * way `python3 prog.py` would (traceback on stderr and exit status 1 for an
 * uncaught exception, SystemExit's code, stdout flushed at exit).
 */
#ifndef MOLT_MODULE_H
#define MOLT_MODULE_H

#include "call.h"

/* Register [start, start+size) as GC roots. Generated modules keep their
 * globals, constants and caches in one static struct and register it at
 * init, because memory libtcc allocates is not scanned by the collector. */
MOLT_API void molt_register_roots(void *start, size_t size);

/* Runs the main module body `body` (which returns None, or MOLT_NULL with
 * an exception pending) with sys.argv-style arguments argv[0..argc), and
 * returns the process exit status. Initialises the runtime first. */
MOLT_API int molt_main(int argc, char **argv, MoltValue (*body)(void));

/* The collector must be initialised from the main executable. */
void GC_init(void);
#define MOLT_GC_INIT() GC_init()

/* ---- helpers for generated code ----
 * Each generated function has an `int lineno` and one `error:` exit that
 * records (function, lineno) in the traceback and returns MOLT_NULL. */

#define MOLT_ERROR(line) \
    do {                 \
        lineno = (line); \
        goto error;      \
    } while (0)
/* Go to the error exit when v is MOLT_NULL (an exception is pending). */
#define MOLT_CHECK(v, line)                  \
    do {                                     \
        if (MOLT_UNLIKELY((v) == MOLT_NULL)) \
            MOLT_ERROR(line);                \
    } while (0)
/* The same for int results, where -1 means an exception is pending. */
#define MOLT_CHECK_INT(r, line)     \
    do {                            \
        if (MOLT_UNLIKELY((r) < 0)) \
            MOLT_ERROR(line);       \
    } while (0)
/* UnboundLocalError when local `var` has no value yet. */
#define MOLT_CHECK_BOUND(var, name, line)        \
    do {                                         \
        if (MOLT_UNLIKELY((var) == MOLT_NULL)) { \
            molt_err_unbound_local(name);        \
            MOLT_ERROR(line);                    \
        }                                        \
    } while (0)

/* ---- unboxed clones (molt2c's specialize.c) ----
 * A clone gives up ("bails") by returning a value no real result can be:
 * int clones return small ints, never MOLT_BAIL_INT; float clones never
 * produce this signalling NaN (IEEE arithmetic makes quiet NaNs only). */
#define MOLT_BAIL_INT (-0x7FFFFFFFFFFFFFFFLL - 1)
#define MOLT_BAIL_FLOAT_BITS 0x7FF4000000000BA1ULL
static inline double molt_bail_float(void)
{
    uint64_t bits = MOLT_BAIL_FLOAT_BITS;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}
static inline int molt_is_bail_float(double d)
{
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return bits == MOLT_BAIL_FLOAT_BITS;
}

/* Times an unboxed clone may give up before its function stops trying it
 * (each give-up re-runs the call boxed, so this bounds wasted work). */
#define MOLT_SPEC_MAX_BAILS 64

/* At loop back-edges: KeyboardInterrupt if SIGINT arrived. */
#define MOLT_POLL(line)                           \
    do {                                          \
        if (MOLT_UNLIKELY(molt_signal_pending)) { \
            molt_signal_raise();                  \
            MOLT_ERROR(line);                     \
        }                                         \
    } while (0)

/* Name lookup in compiled code: the module global's value if bound, else
 * the builtin of that name (cached per module, MOLT_NULL when there is
 * none), else NameError (MOLT_NULL). */
static inline MoltValue molt_load_global(MoltValue global, MoltValue builtin, const char *name)
{
    if (MOLT_LIKELY(global != MOLT_NULL))
        return global;
    return builtin != MOLT_NULL ? builtin : molt_err_name(name);
}

/* ---- for x in range(...) ----
 * The emitter lowers `for x in range(a, b, c)` (with range the builtin) to
 * a MoltRange loop: int64 counters when all bounds are small ints, generic
 * int arithmetic otherwise (bigint bounds). */
typedef struct MoltRange {
    int64_t cur, stop, step; /* fast path */
    MoltValue big_cur, big_stop, big_step; /* MOLT_NULL on the fast path */
} MoltRange;

/* Start a range loop from range()'s 1-3 arguments (n = 1, 2 or 3).
 * 0, or -1 with TypeError ("'float' object cannot be interpreted as an
 * integer") or ValueError ("range() arg 3 must not be zero"). */
MOLT_API int molt_range_init(MoltRange *r, const MoltValue *args, int n);
MOLT_API MoltValue molt_range_next_slow(MoltRange *r);

/* The next value, or MOLT_STOP when exhausted, or MOLT_NULL on error. */
static inline MoltValue molt_range_next(MoltRange *r)
{
    if (MOLT_LIKELY(r->big_step == MOLT_NULL)) {
        int64_t c = r->cur;
        if (r->step > 0 ? c >= r->stop : c <= r->stop)
            return MOLT_STOP;
        r->cur = c + r->step;
        return molt_from_int(c);
    }
    return molt_range_next_slow(r);
}

#endif /* MOLT_MODULE_H */
