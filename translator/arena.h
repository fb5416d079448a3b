/* Arena allocation for the translator: AST, symbol tables and IR live in
 * one arena that is freed at once when translation ends. */
#ifndef MOLT_ARENA_H
#define MOLT_ARENA_H

#include <stddef.h>

typedef struct Arena Arena;

/* A new empty arena. Aborts on out of memory (the translator is a batch
 * tool; there is nothing to recover). */
Arena *arena_new(void);
/* Zeroed memory aligned for any type; lives until arena_free. */
void *arena_alloc(Arena *a, size_t size);
/* A NUL-terminated copy of s[0..len). */
char *arena_strndup(Arena *a, const char *s, size_t len);
char *arena_strdup(Arena *a, const char *s);
/* printf into the arena. */
char *arena_printf(Arena *a, const char *fmt, ...);
/* A growable array in the arena: returns items, or a copy with twice the
 * room (at least 8 elements of `size` bytes) when n == *cap, updating *cap.
 * Use: v = arena_grow(a, v, n, &cap, sizeof *v); v[n++] = x; */
void *arena_grow(Arena *a, void *items, int n, int *cap, size_t size);
void arena_free(Arena *a);

#endif /* MOLT_ARENA_H */
