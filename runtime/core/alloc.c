/* Object memory: thin wrappers over the Boehm collector, and GMP's memory
 * functions pointed at collector-managed atomic blocks. */
#include <stdio.h>
#include <stdlib.h>

#include <gc/gc.h>
#include <gc/gc_inline.h>
#include <gmp.h>

#include "internal/alloc.h"

/* Abort with a message: CPython's MemoryError path needs memory too. */
void molt_fatal_oom(const char *what)
{
    fflush(stdout);
    fprintf(stderr, "molt: out of memory (%s)\n", what);
    abort();
}

/* Small scanned objects come from free lists of our own, one per size
 * class, refilled a block at a time by GC_generic_malloc_many: what
 * Boehm's thread-local allocator does (gc_inline.h), without its
 * thread-local lookup and locking, since the runtime is single-threaded.
 * The size classes are the collector's own (granules of GC_GRANULE_BYTES,
 * plus the byte it adds for interior pointers), so each object is exactly
 * what GC_MALLOC would have returned. The lists start in this file's
 * static data, a root, and continue through each object's first word,
 * which the collector scans, so the queued objects stay allocated; the
 * collector clears scanned objects when it sweeps them (all but the link
 * word, which the pop clears), so they come out zeroed. Pointer-free
 * objects cannot be kept this way (the collector would not follow the
 * links through them and would hand them out again), so
 * molt_alloc_atomic stays with GC_MALLOC_ATOMIC. */
static void *free_scanned[GC_TINY_FREELISTS];
static size_t extra_bytes = (size_t)-1; /* 1 with interior pointers, else 0 */

static __attribute__((noinline)) void *refill(void **fl, size_t g)
{
    void *p;
    GC_generic_malloc_many(g * GC_GRANULE_BYTES, GC_I_NORMAL, &fl[g]);
    p = fl[g];
    if (p)
        fl[g] = GC_NEXT(p);
    return p;
}

static inline void *pop(void **fl, size_t size)
{
    size_t g;
    void *p;
    if (MOLT_UNLIKELY(extra_bytes > 1))
        extra_bytes = GC_get_all_interior_pointers() ? 1 : 0;
    g = (size + extra_bytes + GC_GRANULE_BYTES - 1) / GC_GRANULE_BYTES;
    if (MOLT_UNLIKELY(g == 0 || g >= GC_TINY_FREELISTS))
        return NULL;
    p = fl[g];
    if (MOLT_LIKELY(p != NULL))
        fl[g] = GC_NEXT(p);
    else
        p = refill(fl, g);
    return p;
}

/* Zeroed, scanned memory; never NULL. */
MOLT_API void *molt_alloc(size_t size)
{
    void *p = pop(free_scanned, size);
    if (MOLT_LIKELY(p != NULL)) {
        GC_NEXT(p) = NULL;
        return p;
    }
    p = GC_MALLOC(size ? size : 1);
    if (MOLT_UNLIKELY(!p))
        molt_fatal_oom("object");
    return p;
}

/* Unscanned, uninitialised memory; never NULL. */
MOLT_API void *molt_alloc_atomic(size_t size)
{
    void *p = GC_MALLOC_ATOMIC(size ? size : 1);
    if (MOLT_UNLIKELY(!p))
        molt_fatal_oom("data");
    return p;
}

static void *gmp_alloc(size_t size) { return molt_alloc_atomic(size); }

static void *gmp_realloc(void *old, size_t old_size, size_t new_size)
{
    void *p;
    (void)old_size;
    p = GC_REALLOC(old, new_size ? new_size : 1);
    if (MOLT_UNLIKELY(!p))
        molt_fatal_oom("integer");
    return p;
}

/* Limbs may still be referenced by a bigint that took a shallow copy of an
 * mpz_t, so freeing is left to the collector. */
static void gmp_free(void *p, size_t size)
{
    (void)p;
    (void)size;
}

/* Idempotent; see internal/alloc.h. Also runs as a load-time constructor so
 * that unit tests and embedders that skip molt_main get GC-backed GMP. */
__attribute__((constructor)) void molt_alloc_init_gmp(void)
{
    static int done;
    if (!done) {
        mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
        done = 1;
    }
}
