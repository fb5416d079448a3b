/* Object memory: thin wrappers over the Boehm collector, and GMP's memory
 * functions pointed at collector-managed atomic blocks. */
#include <stdio.h>
#include <stdlib.h>

#include <gc/gc.h>
#include <gmp.h>

#include "internal/alloc.h"

/* Abort with a message: CPython's MemoryError path needs memory too. */
void molt_fatal_oom(const char *what)
{
    fflush(stdout);
    fprintf(stderr, "molt: out of memory (%s)\n", what);
    abort();
}

/* Zeroed, scanned memory; never NULL. */
MOLT_API void *molt_alloc(size_t size)
{
    void *p = GC_MALLOC(size ? size : 1);
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
