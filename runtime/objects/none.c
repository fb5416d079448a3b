/* The None, NotImplemented and Ellipsis singletons and their types. */
#include "internal/str.h"

static MoltValue none_repr(MoltValue v)
{
    (void)v;
    return molt_str_from_utf8("None", 4);
}
static int none_truth(MoltValue v)
{
    (void)v;
    return 0;
}
static MoltValue notimpl_repr(MoltValue v)
{
    (void)v;
    return molt_str_from_utf8("NotImplemented", 14);
}
static MoltValue ellipsis_repr(MoltValue v)
{
    (void)v;
    return molt_str_from_utf8("Ellipsis", 8);
}

MOLT_API MoltType MoltNone_Type = {
    .type = &MoltType_Type,
    .name = "NoneType",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MoltObject),
    .repr = none_repr,
    .truth = none_truth,
};
MOLT_API MoltType MoltNotImplemented_Type = {
    .type = &MoltType_Type,
    .name = "NotImplementedType",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MoltObject),
    .repr = notimpl_repr,
};
MOLT_API MoltType MoltEllipsis_Type = {
    .type = &MoltType_Type,
    .name = "ellipsis",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MoltObject),
    .repr = ellipsis_repr,
};

MOLT_API MoltObject molt_None_obj = { &MoltNone_Type };
MOLT_API MoltObject molt_NotImplemented_obj = { &MoltNotImplemented_Type };
MOLT_API MoltObject molt_Ellipsis_obj = { &MoltEllipsis_Type };
