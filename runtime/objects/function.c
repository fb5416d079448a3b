/* Function objects (compiled Python functions) and builtin function
 * objects (a MoltBuiltinDef row wrapped in an object). */
#include "internal/builtins.h"
#include "internal/call.h"
#include "internal/str.h"

/* New function object; never fails. */
MOLT_API MoltValue molt_function_new(const MoltFuncDef *def, MoltValue defaults)
{
    MoltFunction *f = molt_alloc(sizeof *f);
    f->ob.type = &MoltFunction_Type;
    f->def = def;
    f->defaults = defaults;
    return molt_from_ptr(f);
}

static MoltValue function_repr(MoltValue v)
{
    const MoltFunction *f = molt_ptr(v);
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_printf(&sb, "<function %s at %p>", f->def->qualname, molt_ptr(v));
    return molt_sb_finish(&sb);
}

static MoltValue builtin_repr(MoltValue v)
{
    const MoltBuiltin *b = molt_ptr(v);
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_printf(&sb, "<built-in function %s>", b->def->name);
    return molt_sb_finish(&sb);
}

static MoltValue builtin_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    const MoltBuiltin *b = molt_ptr(callable);
    return b->def->fn(args, nargs, kwnames);
}

MOLT_API MoltType MoltFunction_Type = {
    .type = &MoltType_Type,
    .name = "function",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MoltFunction),
    .repr = function_repr,
    .call = molt_function_call,
};

MOLT_API MoltType MoltBuiltin_Type = {
    .type = &MoltType_Type,
    .name = "builtin_function_or_method",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MoltBuiltin),
    .repr = builtin_repr,
    .call = builtin_call,
};
