/* Calls: compiled Python functions, builtin functions, and the generic
 * vectorcall-like entry molt_call (DESIGN.md §6).
 */
#ifndef MOLT_CALL_H
#define MOLT_CALL_H

#include "errors.h"

/* Static description of a compiled Python function, emitted by molt2c.
 * The runtime binds positional arguments, keywords and defaults into an
 * array of exactly nparams values and passes it to entry. */
typedef struct MoltFuncDef {
    const char *name; /* __name__ */
    const char *qualname; /* __qualname__ */
    int nparams; /* positional-or-keyword parameters */
    const char *const *params; /* their names, nparams of them */
    MoltValue (*entry)(MoltValue self, const MoltValue *args);
    const MoltCode *code;
} MoltFuncDef;

/* A function object: a def plus what `def` evaluated at run time. */
typedef struct MoltFunction {
    MoltObject ob;
    const MoltFuncDef *def;
    MoltValue defaults; /* tuple of default values, or MOLT_NULL */
} MoltFunction;

/* New function object for `def`. defaults is a tuple (for the last
 * len(defaults) parameters) or MOLT_NULL. Never fails. */
MOLT_API MoltValue molt_function_new(const MoltFuncDef *def, MoltValue defaults);

/* Native signature of every builtin function and method: positional args,
 * then one value per name in kwnames (a tuple of str, or MOLT_NULL). */
typedef MoltValue (*MoltCFunction)(const MoltValue *args, size_t nargs, MoltValue kwnames);

/* One row of a builtin table: {"print", molt_builtin_print}. */
typedef struct MoltBuiltinDef {
    const char *name;
    MoltCFunction fn;
} MoltBuiltinDef;

/* One row of a type's method table: fn gets self as args[0]. With
 * MOLT_METH_CLASS (dict.fromkeys) it gets the type instead. */
#define MOLT_METH_CLASS 0x1u
struct MoltMethodDef {
    const char *name;
    MoltCFunction fn;
    unsigned flags;
};

/* The builtin named `name` (print, len, ZeroDivisionError, int...), or
 * MOLT_NULL with NO exception set if there is none. */
MOLT_API MoltValue molt_builtin(const char *name);

/* Call any callable: functions, builtins, types (instantiation).
 * kwnames is a tuple of str or MOLT_NULL; keyword values follow the nargs
 * positional ones in args. Binding errors raise CPython's TypeErrors, e.g.
 * "f() takes 2 positional arguments but 3 were given",
 * "f() missing 1 required positional argument: 'b'",
 * "f() got an unexpected keyword argument 'x'",
 * "'int' object is not callable". */
MOLT_API MoltValue molt_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames);

#endif /* MOLT_CALL_H */
