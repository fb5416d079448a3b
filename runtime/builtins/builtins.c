/* The builtins namespace: builtin function objects, the builtin types and
 * exception types, and the constants, looked up by name (molt_builtin). */
#include <stdlib.h>
#include <string.h>

#include "internal/builtins.h"
#include "internal/bytes.h"
#include "internal/containers.h"
#include "internal/class.h"
#include "internal/complex.h"
#include "internal/exceptions.h"

/* Builtin function rows and their objects. */
#define BUILTIN_FUNCTIONS(X) \
    X(__build_class__)       \
    X(abs)                   \
    X(all)                   \
    X(any)                   \
    X(ascii)                 \
    X(bin)                   \
    X(callable)              \
    X(chr)                   \
    X(delattr)               \
    X(dir)                   \
    X(divmod)                \
    X(format)                \
    X(getattr)               \
    X(hasattr)               \
    X(hash)                  \
    X(hex)                   \
    X(id)                    \
    X(input)                 \
    X(isinstance)            \
    X(issubclass)            \
    X(iter)                  \
    X(len)                   \
    X(max)                   \
    X(min)                   \
    X(next)                  \
    X(oct)                   \
    X(ord)                   \
    X(pow)                   \
    X(print)                 \
    X(repr)                  \
    X(round)                 \
    X(setattr)               \
    X(sorted)                \
    X(sum)                   \
    X(vars)

#define DEF_ROW(name) static const MoltBuiltinDef def_##name = { #name, molt_builtin_##name };
BUILTIN_FUNCTIONS(DEF_ROW)
#undef DEF_ROW
#define DEF_OBJ(name) static MoltBuiltin obj_##name = { { &MoltBuiltin_Type }, &def_##name };
BUILTIN_FUNCTIONS(DEF_OBJ)
#undef DEF_OBJ

typedef struct Entry {
    const char *name;
    void *obj;
} Entry;

#define FN_ENTRY(name) { #name, &obj_##name },
#define EXC_ENTRY(name, base) { #name, &MoltExc_##name },
static Entry table[] = {
    BUILTIN_FUNCTIONS(FN_ENTRY) MOLT_EXCEPTION_TYPES(EXC_ENTRY) { "EnvironmentError", &MoltExc_OSError },
    { "IOError", &MoltExc_OSError },
    { "bool", &MoltBool_Type },
    { "bytearray", &MoltByteArray_Type },
    { "bytes", &MoltBytes_Type },
    { "complex", &MoltComplex_Type },
    { "dict", &MoltDict_Type },
    { "enumerate", &MoltEnumerate_Type },
    { "filter", &MoltFilter_Type },
    { "float", &MoltFloat_Type },
    { "frozenset", &MoltFrozenSet_Type },
    { "list", &MoltList_Type },
    { "map", &MoltMap_Type },
    { "memoryview", &MoltMemoryView_Type },
    { "range", &MoltRangeObj_Type },
    { "reversed", &MoltReversed_Type },
    { "set", &MoltSet_Type },
    { "slice", &MoltSlice_Type },
    { "int", &MoltInt_Type },
    { "object", &MoltObject_Type },
    { "classmethod", &MoltClassMethod_Type },
    { "property", &MoltProperty_Type },
    { "staticmethod", &MoltStaticMethod_Type },
    { "super", &MoltSuper_Type },
    { "str", &MoltStr_Type },
    { "tuple", &MoltTuple_Type },
    { "type", &MoltType_Type },
    { "zip", &MoltZip_Type },
    { "None", &molt_None_obj },
    { "True", &molt_True_obj },
    { "False", &molt_False_obj },
    { "Ellipsis", &molt_Ellipsis_obj },
    { "NotImplemented", &molt_NotImplemented_obj },
};
#undef FN_ENTRY
#undef EXC_ENTRY

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const Entry *)a)->name, ((const Entry *)b)->name);
}

/* The builtin named name, or MOLT_NULL (no exception) if none. The table
 * is sorted once, on first use, and binary-searched. */
MOLT_API MoltValue molt_builtin(const char *name)
{
    static int sorted;
    Entry key, *e;
    if (!sorted) {
        qsort(table, sizeof table / sizeof table[0], sizeof table[0], cmp_entry);
        sorted = 1;
    }
    key.name = name;
    e = bsearch(&key, table, sizeof table / sizeof table[0], sizeof table[0], cmp_entry);
    return e ? molt_from_ptr(e->obj) : MOLT_NULL;
}
