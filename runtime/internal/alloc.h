/* Private allocation helpers: GMP memory routing and runtime start-up. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_ALLOC_H
#define MOLT_INTERNAL_ALLOC_H

#include <molt/molt.h>

/* Requests above this many bytes raise MemoryError instead of asking the
 * collector (which would abort the process on failure). */
#define MOLT_MAX_ALLOC ((uint64_t)1 << 36)

/* Route GMP's memory through the collector (atomic, pointer-free blocks).
 * Idempotent; must run before the first mpz is created. */
void molt_alloc_init_gmp(void);

/* Print "molt: out of memory (<what>)" on stderr and abort. */
MOLT_NORETURN void molt_fatal_oom(const char *what);

#endif /* MOLT_INTERNAL_ALLOC_H */
