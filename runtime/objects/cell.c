/* Cell objects: the shared storage of a variable that nested functions
 * use (CPython's cell). Generated code reads and writes them with the
 * inline functions of call.h; this file has the type and the slow paths. */
#include "internal/call.h"
#include "internal/exceptions.h"
#include "internal/str.h"
#include "internal/type.h"

/* A new cell; never fails. */
MOLT_API MoltValue molt_cell_new(MoltValue value)
{
    MoltCell *c = molt_alloc(sizeof *c);
    c->ob.type = &MoltCell_Type;
    c->value = value;
    return molt_from_ptr(c);
}

MOLT_API MoltValue molt_cell_new_empty(void) { return molt_cell_new(MOLT_NULL); }

/* CPython 3.11's messages for an empty cell (format_exc_unbound). */
MOLT_API MoltValue molt_cell_unbound_local(MoltValue name)
{
    return molt_raise(&MoltExc_UnboundLocalError,
        "cannot access local variable '%V' where it is not associated with a value", name);
}

MOLT_API MoltValue molt_cell_unbound_free(MoltValue name)
{
    return molt_raise(&MoltExc_NameError,
        "cannot access free variable '%V' where it is not associated with a value in enclosing scope", name);
}

MOLT_API int molt_cell_del_local(MoltValue cell, MoltValue name)
{
    MoltCell *c = molt_ptr(cell);
    if (c->value == MOLT_NULL) {
        molt_cell_unbound_local(name);
        return -1;
    }
    c->value = MOLT_NULL;
    return 0;
}

MOLT_API int molt_cell_del_free(MoltValue cell, MoltValue name)
{
    MoltCell *c = molt_ptr(cell);
    if (c->value == MOLT_NULL) {
        molt_cell_unbound_free(name);
        return -1;
    }
    c->value = MOLT_NULL;
    return 0;
}

static MoltValue cell_repr(MoltValue v)
{
    const MoltCell *c = molt_ptr(v);
    MoltStrBuf sb;
    molt_sb_init(&sb);
    if (c->value == MOLT_NULL)
        molt_sb_printf(&sb, "<cell at %p: empty>", molt_ptr(v));
    else
        molt_sb_printf(
            &sb, "<cell at %p: %s object at %p>", molt_ptr(v), molt_type_name(c->value), molt_ptr(c->value));
    return molt_sb_finish(&sb);
}

static MoltValue cell_getattr(MoltValue obj, MoltValue name)
{
    const MoltCell *c = molt_ptr(obj);
    if (molt_str_equal_cstr(name, "cell_contents")) {
        if (c->value == MOLT_NULL)
            return molt_raise(&MoltExc_ValueError, "Cell is empty");
        return c->value;
    }
    return molt_raise(&MoltExc_AttributeError, "'cell' object has no attribute '%V'", name);
}

MOLT_API MoltType MoltCell_Type = {
    .type = &MoltType_Type,
    .name = "cell",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MoltCell),
    .repr = cell_repr,
    .getattr = cell_getattr,
};
