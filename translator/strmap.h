/* String maps: name -> index, for the translator's symbol and slot tables
 * (open addressing in the arena; keys are not copied). */
#ifndef MOLT_STRMAP_H
#define MOLT_STRMAP_H

#include "arena.h"

typedef struct StrMap {
    const char **keys;
    int *vals;
    int cap, n; /* cap is 0 or a power of two above 2n */
} StrMap;

/* The value stored for key, or -1. */
int strmap_get(const StrMap *m, const char *key);
/* Store key -> val (val >= 0), replacing any earlier value. key must live
 * as long as the map. */
void strmap_put(Arena *a, StrMap *m, const char *key, int val);

#endif /* MOLT_STRMAP_H */
