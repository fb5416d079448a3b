/* Function objects (compiled Python functions) and builtin function
 * objects (a MoltBuiltinDef row wrapped in an object). */
#include <string.h>

#include "internal/builtins.h"
#include "internal/call.h"
#include "internal/dict.h"
#include "internal/exceptions.h"
#include "internal/str.h"
#include "internal/tuple.h"

/* New function object; never fails. */
MOLT_API MoltValue molt_function_new(
    const MoltFuncDef *def, MoltValue defaults, const MoltValue *kwdefaults, const MoltValue *closure)
{
    MoltFunction *f = molt_alloc(sizeof *f + (size_t)def->nfree * sizeof(MoltValue));
    f->ob.type = &MoltFunction_Type;
    f->def = def;
    f->defaults = defaults;
    if (kwdefaults) {
        f->kwdefaults = molt_alloc((size_t)def->kwonlyargcount * sizeof(MoltValue));
        memcpy(f->kwdefaults, kwdefaults, (size_t)def->kwonlyargcount * sizeof(MoltValue));
    }
    if (def->nfree)
        memcpy(f->closure, closure, (size_t)def->nfree * sizeof(MoltValue));
    return molt_from_ptr(f);
}

MoltValue molt_function_qualname(const MoltFunction *f)
{
    return f->qualname ? f->qualname : molt_str_from_cstr(f->def->qualname);
}

static MoltValue function_repr(MoltValue v)
{
    const MoltFunction *f = molt_ptr(v);
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_puts(&sb, "<function ");
    molt_sb_append_str(&sb, molt_function_qualname(f));
    molt_sb_printf(&sb, " at %p>", molt_ptr(v));
    return molt_sb_finish(&sb);
}

/* ---- attributes ---- */

/* __kwdefaults__: made once from the def's values, then kept, so that
 * changes to the dict change the defaults, as in CPython. */
static MoltValue kwdefaults_dict(MoltFunction *f)
{
    const MoltFuncDef *def = f->def;
    MoltValue d;
    int i;
    if (f->kwdict)
        return f->kwdict;
    if (!f->kwdefaults)
        return MOLT_NONE;
    d = molt_dict_new();
    for (i = 0; i < def->kwonlyargcount; i++)
        if (f->kwdefaults[i] != MOLT_NULL
            && molt_dict_setitem(d, molt_str_from_cstr(def->params[def->argcount + i]), f->kwdefaults[i]) < 0)
            return MOLT_NULL;
    return f->kwdict = d;
}

static MoltValue function_dict(MoltFunction *f)
{
    if (f->dict == MOLT_NULL)
        f->dict = molt_dict_new();
    return f->dict;
}

static MoltValue function_getattr(MoltValue obj, MoltValue name)
{
    MoltFunction *f = molt_ptr(obj);
    const MoltFuncDef *def = f->def;
    MoltValue v;
    if (molt_str_equal_cstr(name, "__name__"))
        return f->name ? f->name : molt_str_from_cstr(def->name);
    if (molt_str_equal_cstr(name, "__qualname__"))
        return molt_function_qualname(f);
    if (molt_str_equal_cstr(name, "__doc__"))
        return f->doc ? f->doc : def->doc ? molt_str_from_utf8(def->doc, def->doclen) : MOLT_NONE;
    if (molt_str_equal_cstr(name, "__module__"))
        return f->module ? f->module : molt_str_from_cstr("__main__");
    if (molt_str_equal_cstr(name, "__defaults__"))
        return f->defaults ? f->defaults : MOLT_NONE;
    if (molt_str_equal_cstr(name, "__kwdefaults__"))
        return kwdefaults_dict(f);
    if (molt_str_equal_cstr(name, "__dict__"))
        return function_dict(f);
    if (molt_str_equal_cstr(name, "__closure__")) {
        if (def->nfree == 0)
            return MOLT_NONE;
        return molt_tuple_new((size_t)def->nfree, f->closure);
    }
    if (f->dict != MOLT_NULL && molt_dict_lookup(f->dict, name, &v) > 0)
        return v;
    return molt_raise(&MoltExc_AttributeError, "'function' object has no attribute '%V'", name);
}

static int set_str_attr(MoltValue *slot, MoltValue value, const char *what)
{
    if (value == MOLT_NULL || !molt_is_ptr(value) || molt_type_of(value) != &MoltStr_Type) {
        molt_raise(&MoltExc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    *slot = value;
    return 0;
}

static int function_setattr(MoltValue obj, MoltValue name, MoltValue value)
{
    MoltFunction *f = molt_ptr(obj);
    if (molt_str_equal_cstr(name, "__name__"))
        return set_str_attr(&f->name, value, "__name__");
    if (molt_str_equal_cstr(name, "__qualname__"))
        return set_str_attr(&f->qualname, value, "__qualname__");
    if (molt_str_equal_cstr(name, "__doc__")) {
        f->doc = value ? value : MOLT_NONE;
        return 0;
    }
    if (molt_str_equal_cstr(name, "__module__")) {
        f->module = value ? value : MOLT_NONE;
        return 0;
    }
    if (molt_str_equal_cstr(name, "__defaults__")) {
        if (value == MOLT_NULL || value == MOLT_NONE) {
            f->defaults = MOLT_NULL;
            return 0;
        }
        if (!molt_is_tuple(value)) {
            molt_raise(&MoltExc_TypeError, "__defaults__ must be set to a tuple object");
            return -1;
        }
        f->defaults = value;
        return 0;
    }
    if (molt_str_equal_cstr(name, "__kwdefaults__")) {
        if (value && value != MOLT_NONE && !molt_is_dict(value)) {
            molt_raise(&MoltExc_TypeError, "__kwdefaults__ must be set to a dict object");
            return -1;
        }
        f->kwdict = value ? value : MOLT_NONE;
        return 0;
    }
    if (molt_str_equal_cstr(name, "__dict__")) {
        if (!value) {
            molt_raise(&MoltExc_TypeError, "cannot delete __dict__");
            return -1;
        }
        if (!molt_is_dict(value)) {
            molt_raise(&MoltExc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                molt_type_name(value));
            return -1;
        }
        f->dict = value;
        return 0;
    }
    if (molt_str_equal_cstr(name, "__closure__") || molt_str_equal_cstr(name, "__globals__")
        || molt_str_equal_cstr(name, "__builtins__")) {
        molt_raise(&MoltExc_AttributeError, "readonly attribute");
        return -1;
    }
    if (value == MOLT_NULL) {
        if (f->dict == MOLT_NULL || molt_dict_lookup(f->dict, name, &value) <= 0) {
            molt_raise(&MoltExc_AttributeError, "'function' object has no attribute '%V'", name);
            return -1;
        }
        return molt_dict_delitem(f->dict, name);
    }
    return molt_dict_setitem(function_dict(f), name, value);
}

/* ---- builtin functions ---- */

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

static int64_t identity_hash(MoltValue v) { return (int64_t)(v >> 4); }

MOLT_API MoltType MoltFunction_Type = {
    .type = &MoltType_Type,
    .name = "function",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MoltFunction),
    .repr = function_repr,
    .call = molt_function_call,
    .hash = identity_hash,
    .getattr = function_getattr,
    .setattr = function_setattr,
};

MOLT_API MoltType MoltBuiltin_Type = {
    .type = &MoltType_Type,
    .name = "builtin_function_or_method",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MoltBuiltin),
    .repr = builtin_repr,
    .call = builtin_call,
    .hash = identity_hash,
};
