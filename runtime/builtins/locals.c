/* locals() in a function: the translator lists the function's variables
 * (translator/lower_function.c, lower_locals) and adds each bound one to
 * a new dict through these. */
#include "internal/builtins.h"
#include "internal/dict.h"

MOLT_API int molt_locals_add(MoltValue d, MoltValue name, MoltValue value)
{
    return value ? molt_dict_setitem(d, name, value) : 0;
}

MOLT_API int molt_locals_add_cell(MoltValue d, MoltValue name, MoltValue cell)
{
    MoltValue v = cell ? ((MoltCell *)molt_ptr(cell))->value : MOLT_NULL;
    return v ? molt_dict_setitem(d, name, v) : 0;
}
