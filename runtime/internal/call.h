/* Private call machinery: the call slots of function and builtin objects. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_CALL_H
#define MOLT_INTERNAL_CALL_H

#include <molt/molt.h>

/* Call slot of MoltFunction_Type: binds positional arguments, keywords and
 * defaults into def->nparams values (CPython's initialize_locals order of
 * checks and TypeError messages) and calls def->entry. */
MoltValue molt_function_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames);

/* __qualname__ of a function object (a str). Never fails. */
MoltValue molt_function_qualname(const MoltFunction *f);

#endif /* MOLT_INTERNAL_CALL_H */
