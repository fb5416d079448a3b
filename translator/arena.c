/* Arena allocation for the translator: bump allocation in chained blocks. */
#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK 65536

/* The strictest alignment of any type we store (C99 has no max_align_t). */
typedef union Align {
    long double ld;
    long long ll;
    void *p;
} Align;

typedef struct Block {
    struct Block *next;
    size_t used, cap;
    Align data[];
} Block;

struct Arena {
    Block *head;
};

static void *xcalloc(size_t n)
{
    void *p = calloc(1, n);
    if (!p) {
        fputs("molt2c: out of memory\n", stderr);
        abort();
    }
    return p;
}

Arena *arena_new(void) { return xcalloc(sizeof(Arena)); }

void *arena_alloc(Arena *a, size_t size)
{
    size = (size + sizeof(Align) - 1) & ~(sizeof(Align) - 1);
    Block *b = a->head;
    if (!b || b->cap - b->used < size) {
        size_t cap = size > ARENA_BLOCK ? size : ARENA_BLOCK;
        b = xcalloc(sizeof(Block) + cap);
        b->cap = cap;
        b->next = a->head;
        a->head = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t len)
{
    char *p = arena_alloc(a, len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *arena_strdup(Arena *a, const char *s) { return arena_strndup(a, s, strlen(s)); }

char *arena_printf(Arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void *arena_grow(Arena *a, void *items, int n, int *cap, size_t size)
{
    if (n < *cap)
        return items;
    int ncap = *cap ? *cap * 2 : 8;
    void *p = arena_alloc(a, size * (size_t)ncap);
    if (n)
        memcpy(p, items, size * (size_t)n);
    *cap = ncap;
    return p;
}

void arena_free(Arena *a)
{
    if (!a)
        return;
    for (Block *b = a->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    free(a);
}
