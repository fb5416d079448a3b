/* Private builtins: the builtin-function object and the builtin functions
 * and type constructors shared between builtins/ and objects/. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_BUILTINS_H
#define MOLT_INTERNAL_BUILTINS_H

#include <molt/molt.h>

/* A builtin function object: one MoltBuiltinDef row wrapped in an object. */
typedef struct MoltBuiltin {
    MoltObject ob;
    const MoltBuiltinDef *def;
} MoltBuiltin;

/* ---- argument helpers for MoltCFunction implementations ---- */

/* Number of keyword arguments in kwnames (a tuple of str or MOLT_NULL). */
size_t molt_kw_count(MoltValue kwnames);
/* The i-th keyword name as a C string. */
const char *molt_kw_name(MoltValue kwnames, size_t i);
/* TypeError "<fname>() takes no keyword arguments" unless kwnames is
 * empty: 0, or -1 with the exception pending. */
int molt_no_kwargs(const char *fname, MoltValue kwnames);

/* Argument Clinic-style binding for a builtin with parameters
 * names[0..nparams) (the first posonly of them positional-only, the first
 * nrequired required): out[i] is the argument or MOLT_NULL if not given.
 * 0, or -1 with CPython's TypeError ("pow() takes at most 3 arguments (4
 * given)", "round() missing required argument 'number' (pos 1)", ...). */
int molt_bind_builtin(const char *fname, const char *const *names, size_t nparams, size_t posonly,
    size_t nrequired, const MoltValue *args, size_t nargs, MoltValue kwnames, MoltValue *out);

/* Argument count of a method row of builtin type tname (args[0] is self,
 * nargs counts it): lo..hi positional arguments, no keywords. 0, or -1
 * with CPython's messages: METH_NOARGS / METH_O ("list.append() takes
 * exactly one argument (0 given)", "float.hex() takes no arguments (1
 * given)") when lo == hi <= 1, else Argument Clinic's ("insert expected
 * 2 arguments, got 0"). molt_method_noargs: lo = hi = 0. */
int molt_method_nargs(
    const char *tname, const char *name, size_t nargs, size_t lo, size_t hi, MoltValue kwnames);
int molt_method_noargs(const char *tname, const char *name, size_t nargs, MoltValue kwnames);

/* ---- builtin functions (MoltCFunction) ---- */
#define MOLT_DECLARE_BUILTIN(name) \
    MoltValue molt_builtin_##name(const MoltValue *args, size_t nargs, MoltValue kwnames);
MOLT_DECLARE_BUILTIN(__build_class__) /* runtime/core/classbody.c */
MOLT_DECLARE_BUILTIN(print)
MOLT_DECLARE_BUILTIN(abs)
MOLT_DECLARE_BUILTIN(divmod)
MOLT_DECLARE_BUILTIN(pow)
MOLT_DECLARE_BUILTIN(round)
MOLT_DECLARE_BUILTIN(bin)
MOLT_DECLARE_BUILTIN(oct)
MOLT_DECLARE_BUILTIN(hex)
MOLT_DECLARE_BUILTIN(vars)
MOLT_DECLARE_BUILTIN(dir) /* dir.c */
/* object.__dir__(obj) (and type.__dir__ for a class): the attribute
 * names dir() lists without a user __dir__, as a sorted list (dir.c). */
MoltValue molt_object_dir(MoltValue obj);
MOLT_DECLARE_BUILTIN(input) /* input.c */
MOLT_DECLARE_BUILTIN(min)
MOLT_DECLARE_BUILTIN(max)
MOLT_DECLARE_BUILTIN(repr)
MOLT_DECLARE_BUILTIN(ascii)
MOLT_DECLARE_BUILTIN(format)
MOLT_DECLARE_BUILTIN(len)
MOLT_DECLARE_BUILTIN(hash)
MOLT_DECLARE_BUILTIN(iter)
MOLT_DECLARE_BUILTIN(next)
MOLT_DECLARE_BUILTIN(sorted)
MOLT_DECLARE_BUILTIN(sum)
MOLT_DECLARE_BUILTIN(any)
MOLT_DECLARE_BUILTIN(all)
MOLT_DECLARE_BUILTIN(isinstance)
MOLT_DECLARE_BUILTIN(issubclass)
MOLT_DECLARE_BUILTIN(getattr)
MOLT_DECLARE_BUILTIN(setattr)
MOLT_DECLARE_BUILTIN(hasattr)
MOLT_DECLARE_BUILTIN(delattr)
MOLT_DECLARE_BUILTIN(callable)
MOLT_DECLARE_BUILTIN(id)
MOLT_DECLARE_BUILTIN(chr)
MOLT_DECLARE_BUILTIN(ord)
#undef MOLT_DECLARE_BUILTIN

/* ---- type constructors (MoltCallFn, callable = the type) ---- */
MoltValue molt_int_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_float_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_str_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_slice_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue molt_bool_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames);

#endif /* MOLT_INTERNAL_BUILTINS_H */
