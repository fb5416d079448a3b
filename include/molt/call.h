/* Calls: compiled Python functions, builtin functions, and the generic
 * vectorcall-like entry molt_call (DESIGN.md §6).
 */
#ifndef MOLT_CALL_H
#define MOLT_CALL_H

#include "errors.h"

/* Flags of a compiled function (CPython's CO_VARARGS, CO_VARKEYWORDS). */
#define MOLT_CO_VARARGS 0x4
#define MOLT_CO_VARKEYWORDS 0x8

/* Static description of a compiled Python function, emitted by molt2c.
 * Parameters are in CPython's co_varnames order: argcount positional ones
 * (the first posonlyargcount of them positional-only), kwonlyargcount
 * keyword-only ones, then `*args` and `**kwargs` if the flags say so.
 * The runtime binds a call into an array of exactly molt_func_nparams(def)
 * values and passes it to entry, with the function object as self (which
 * is how a closure reaches its cells, MoltFunction.closure). */
typedef struct MoltFuncDef {
    const char *name; /* __name__ */
    const char *qualname; /* __qualname__ */
    int argcount, posonlyargcount, kwonlyargcount;
    int flags; /* MOLT_CO_* */
    const char *const *params; /* all parameter names, in the order above */
    MoltValue (*entry)(MoltValue self, const MoltValue *args);
    const MoltCode *code;
    const char *doc; /* the docstring (UTF-8, doclen bytes), or NULL: None */
    size_t doclen;
    int nfree; /* free variables: cells in MoltFunction.closure */
} MoltFuncDef;

/* Number of values entry receives. */
static inline int molt_func_nparams(const MoltFuncDef *def)
{
    return def->argcount + def->kwonlyargcount + ((def->flags & MOLT_CO_VARARGS) != 0)
        + ((def->flags & MOLT_CO_VARKEYWORDS) != 0);
}

/* A cell: the storage of a variable that nested functions share
 * (CPython's cell). value is MOLT_NULL while the variable is unbound. */
typedef struct MoltCell {
    MoltObject ob;
    MoltValue value;
} MoltCell;

extern MOLT_API MoltType MoltCell_Type;

/* A function object: a def plus what `def` evaluated at run time. */
typedef struct MoltFunction {
    MoltObject ob;
    const MoltFuncDef *def;
    MoltValue defaults; /* tuple of default values, or MOLT_NULL */
    MoltValue *kwdefaults; /* kwonlyargcount values (MOLT_NULL: none), or NULL */
    MoltValue dict; /* __dict__, created on first use, or MOLT_NULL */
    /* __kwdefaults__ once Python code has seen or assigned it: a dict
     * (live, as in CPython: the binder reads it instead of kwdefaults) or
     * None; MOLT_NULL until then */
    MoltValue kwdict;
    MoltValue name, qualname, doc, module; /* assigned attributes, or MOLT_NULL: from def */
    MoltValue closure[]; /* def->nfree cells */
} MoltFunction;

/* New function object for `def`. defaults is a tuple (for the last
 * len(defaults) positional parameters) or MOLT_NULL; kwdefaults holds
 * def->kwonlyargcount values (MOLT_NULL where a keyword-only parameter has
 * no default) or is NULL; closure holds def->nfree cells (or is NULL when
 * there are none). The arrays are copied. Never fails. */
MOLT_API MoltValue molt_function_new(
    const MoltFuncDef *def, MoltValue defaults, const MoltValue *kwdefaults, const MoltValue *closure);

/* Cell i of the closure of function object fn (generated code reads its
 * free variables through these). */
static inline MoltValue molt_closure_cell(MoltValue fn, int i)
{
    return ((MoltFunction *)molt_ptr(fn))->closure[i];
}

/* ---- cells (runtime/objects/cell.c) ----
 * The classes helper API for `__class__`: create the cell with
 * molt_cell_new(MOLT_NULL) in the class body, store the class with
 * molt_cell_set once it exists. */

/* A new cell holding value (MOLT_NULL: empty). Never fails. */
MOLT_API MoltValue molt_cell_new(MoltValue value);
MOLT_API MoltValue molt_cell_new_empty(void);
/* UnboundLocalError / NameError for an empty cell; return MOLT_NULL. */
MOLT_API MoltValue molt_cell_unbound_local(MoltValue name);
MOLT_API MoltValue molt_cell_unbound_free(MoltValue name);

/* Read a cell variable of the running function (UnboundLocalError when
 * empty) or a free variable (NameError when empty); name is a str. */
static inline MoltValue molt_cell_get_local(MoltValue cell, MoltValue name)
{
    MoltValue v = ((MoltCell *)molt_ptr(cell))->value;
    return MOLT_LIKELY(v != MOLT_NULL) ? v : molt_cell_unbound_local(name);
}
static inline MoltValue molt_cell_get_free(MoltValue cell, MoltValue name)
{
    MoltValue v = ((MoltCell *)molt_ptr(cell))->value;
    return MOLT_LIKELY(v != MOLT_NULL) ? v : molt_cell_unbound_free(name);
}
/* Store value in cell. Never fails. */
static inline MoltValue molt_cell_set(MoltValue cell, MoltValue value)
{
    ((MoltCell *)molt_ptr(cell))->value = value;
    return value;
}
/* `del x` of a cell or free variable: 0, or -1 with the error above. */
MOLT_API int molt_cell_del_local(MoltValue cell, MoltValue name);
MOLT_API int molt_cell_del_free(MoltValue cell, MoltValue name);

/* locals() in a function: d[name] = value, or nothing when value is
 * MOLT_NULL (an unbound local); the same with the contents of a cell
 * (MOLT_NULL: none). 0, or -1 on error. */
MOLT_API int molt_locals_add(MoltValue d, MoltValue name, MoltValue value);
MOLT_API int molt_locals_add_cell(MoltValue d, MoltValue name, MoltValue cell);

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

/* One row of a type's getset table: a computed attribute (CPython's
 * PyGetSetDef). get(self) returns the value or MOLT_NULL with an error;
 * set(self, value) returns 0 or -1 (value MOLT_NULL deletes); a NULL set
 * makes the attribute read-only ("attribute 'real' of 'int' objects is
 * not writable"). With MOLT_GETSET_MEMBER the row stands for what CPython
 * declares as a member (PyMemberDef: complex.real): a member_descriptor
 * whose read-only error is "readonly attribute". */
#define MOLT_GETSET_MEMBER 0x1u
struct MoltGetSetDef {
    const char *name;
    MoltValue (*get)(MoltValue self);
    int (*set)(MoltValue self, MoltValue value);
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

/* molt_call with the common case inline: a compiled function with plain
 * parameters called with exactly its positional arguments goes straight
 * to its entry (no binding, no copying). Generated code calls this. */
MOLT_ALWAYS_INLINE MoltValue molt_call_fast(
    MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (MOLT_LIKELY(molt_is_ptr(callable) && ((MoltObject *)molt_ptr(callable))->type == &MoltFunction_Type
            && kwnames == MOLT_NULL)) {
        const MoltFuncDef *def = ((MoltFunction *)molt_ptr(callable))->def;
        if (MOLT_LIKELY((size_t)def->argcount == nargs && def->kwonlyargcount == 0
                && (def->flags & (MOLT_CO_VARARGS | MOLT_CO_VARKEYWORDS)) == 0))
            return def->entry(callable, args);
    }
    return molt_call(callable, args, nargs, kwnames);
}

/* ---- calls with `*args` / `**kwargs` (CPython's CALL_FUNCTION_EX) ----
 * f(a, *b, c=1, **d) builds a list of positional arguments (callargs_*,
 * "Value after * must be an iterable, not int") and a dict of keywords
 * (callkw_*, "__main__.f() got multiple values for keyword argument 'a'",
 * "... argument after ** must be a mapping, not int"), then molt_call_ex.
 * All return 0 or -1 with the error pending. */
MOLT_API int molt_callargs_extend(MoltValue list, MoltValue iterable);
MOLT_API int molt_callkw_set(MoltValue callable, MoltValue kw, MoltValue name, MoltValue value);
MOLT_API int molt_callkw_merge(MoltValue callable, MoltValue kw, MoltValue mapping);
/* callable(*args, **kw): args a tuple, list or (a lone `*x`) any iterable
 * ("__main__.f() argument after * must be an iterable, not int"); kw a
 * dict (keys must be str: "keywords must be strings") or None. */
MOLT_API MoltValue molt_call_ex(MoltValue callable, MoltValue args, MoltValue kw);

#endif /* MOLT_CALL_H */
