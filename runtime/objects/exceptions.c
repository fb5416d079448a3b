/* The builtin exception types (CPython's names and hierarchy) and their
 * instances: args tuple, str(), repr(), construction by calling the type. */
#include "internal/builtins.h"
#include "internal/exceptions.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

MoltValue molt_exc_new(MoltType *t, const MoltValue *args, size_t n)
{
    MoltException *e = molt_alloc(sizeof *e);
    e->ob.type = t;
    e->args = molt_tuple_new(n, args);
    return molt_from_ptr(e);
}

MoltValue molt_exc_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltType *t = molt_ptr(type);
    if (molt_kw_count(kwnames))
        return molt_raise(&MoltExc_TypeError, "%s() takes no keyword arguments", t->name);
    return molt_exc_new(t, args, nargs);
}

/* '' for no args, str(arg) for one, repr(args) for more; KeyError shows
 * its single argument's repr. */
static MoltValue exc_str(MoltValue v)
{
    MoltTuple *args = molt_tuple_obj(molt_exc_obj(v)->args);
    if (args->n == 0)
        return molt_str_from_utf8("", 0);
    if (args->n == 1) {
        if (molt_isinstance(v, &MoltExc_KeyError))
            return molt_repr(args->items[0]);
        return molt_str(args->items[0]);
    }
    return molt_repr(molt_exc_obj(v)->args);
}

/* Name(repr(arg)) for one arg, Name(args...) otherwise. */
static MoltValue exc_repr(MoltValue v)
{
    MoltValue argv = molt_exc_obj(v)->args;
    MoltTuple *args = molt_tuple_obj(argv);
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_puts(&sb, molt_type_name(v));
    if (args->n == 1) {
        molt_sb_putc(&sb, '(');
        if (molt_sb_append_repr(&sb, args->items[0]) < 0)
            return MOLT_NULL;
        molt_sb_putc(&sb, ')');
    } else if (molt_sb_append_repr(&sb, argv) < 0) {
        return MOLT_NULL;
    }
    return molt_sb_finish(&sb);
}

/* BaseException's base is object; the X-macro passes NULL for it. The
 * test is folded at compile time; GCC warns that &x is never NULL. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Waddress"
#endif
#define EXC_BASE(base) ((base) ? (MoltType *)(base) : &MoltObject_Type)
#define MOLT_DEFINE_EXC(NAME, BASE)                        \
    MOLT_API MoltType MoltExc_##NAME = {                   \
        .type = &MoltType_Type,                            \
        .name = #NAME,                                     \
        .base = EXC_BASE(BASE),                            \
        .flags = MOLT_TYPE_BASETYPE | MOLT_TYPE_EXCEPTION, \
        .basicsize = sizeof(MoltException),                \
        .repr = exc_repr,                                  \
        .str = exc_str,                                    \
    };
MOLT_EXCEPTION_TYPES(MOLT_DEFINE_EXC)
#undef MOLT_DEFINE_EXC
