/* String maps: name -> index, open addressing with linear probing. */
#include "strmap.h"

#include <stdint.h>
#include <string.h>

static size_t hash(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
    return (size_t)h;
}

/* Where key is, or the empty slot where it would go. Precondition: cap > 0. */
static size_t find(const StrMap *m, const char *key)
{
    size_t mask = (size_t)m->cap - 1, i = hash(key) & mask;
    while (m->keys[i] && strcmp(m->keys[i], key) != 0)
        i = (i + 1) & mask;
    return i;
}

int strmap_get(const StrMap *m, const char *key)
{
    if (m->cap == 0)
        return -1;
    size_t i = find(m, key);
    return m->keys[i] ? m->vals[i] : -1;
}

void strmap_put(Arena *a, StrMap *m, const char *key, int val)
{
    if (2 * (m->n + 1) > m->cap) {
        StrMap bigger = { 0 };
        bigger.cap = m->cap ? m->cap * 2 : 16;
        bigger.keys = arena_alloc(a, sizeof *bigger.keys * (size_t)bigger.cap);
        bigger.vals = arena_alloc(a, sizeof *bigger.vals * (size_t)bigger.cap);
        for (int i = 0; i < m->cap; i++)
            if (m->keys[i]) {
                size_t j = find(&bigger, m->keys[i]);
                bigger.keys[j] = m->keys[i];
                bigger.vals[j] = m->vals[i];
                bigger.n++;
            }
        *m = bigger;
    }
    size_t i = find(m, key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->n++;
    }
    m->vals[i] = val;
}
