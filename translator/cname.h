/* C identifiers for Python names: generated C keeps Python names where C
 * allows them and escapes the rest, in one place for every layer. */
#ifndef MOLT_CNAME_H
#define MOLT_CNAME_H

#include <stdio.h>

#include "arena.h"

/* Write the C identifier for Python identifier `name`: the name itself
 * when it is plain ASCII and not reserved (C keywords, names generated code
 * uses, molt_/MOLT_/m_/py_/_ prefixes); `py_` + name when it is reserved;
 * `py_u_` + an escaped form when it is not ASCII. Distinct names give
 * distinct results. */
void cname_put(FILE *out, const char *name);
/* The same identifier as an arena string. */
char *cname_of(Arena *a, const char *name);

#endif /* MOLT_CNAME_H */
