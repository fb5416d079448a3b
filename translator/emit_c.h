/* C emission: Molt IR -> one readable C99 translation unit per module. */
#ifndef MOLT_EMIT_C_H
#define MOLT_EMIT_C_H

#include <stdio.h>

#include "ir.h"

typedef struct EmitOptions {
    const char *source; /* the Python source, for statement comments */
    int line_directives; /* emit #line so debuggers step through the .py */
} EmitOptions;

/* Write module m as C to out. The unit includes only <molt/molt.h>; it
 * defines `MoltValue molt_module_<cname>(void)` (the module body) and,
 * unless MOLT_NO_MAIN is defined, main(). Returns 0, or -1 on a write
 * error. */
int emit_c_module(FILE *out, const IrModule *m, const EmitOptions *opt);

#endif /* MOLT_EMIT_C_H */
