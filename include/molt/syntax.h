/* Runtime support for syntax that has no single type behind it: sequence
 * unpacking (`a, *b, c = v`), `*x` and `**m` items in displays, and
 * `not in`. Called by generated code through intrinsics (see
 * translator/intrinsics.h); implementation in runtime/core/syntax.c.
 *
 * Conventions as everywhere (errors.h): MOLT_NULL or -1 means an
 * exception is pending.
 */
#ifndef MOLT_SYNTAX_H
#define MOLT_SYNTAX_H

#include "object.h"

/* The n (a small int) values of iterable v, as a tuple, for `a, b = v`:
 * ValueError "not enough values to unpack (expected 3, got 2)" / "too many
 * values to unpack (expected 2)"; TypeError "cannot unpack non-iterable
 * int object". v itself when it is a tuple of length n. */
MOLT_API MoltValue molt_unpack(MoltValue v, MoltValue n);
/* For `a, *b, c = v` with `before` targets before the star and `after`
 * after it (small ints): a tuple of before + 1 + after values, the one at
 * index `before` a list of the rest. ValueError "not enough values to
 * unpack (expected at least 3, got 2)". */
MOLT_API MoltValue molt_unpack_ex(MoltValue v, MoltValue before, MoltValue after);
/* Item i (a small int) of a tuple made by molt_unpack*. Never fails
 * (None for operands no lowering produces). */
MOLT_API MoltValue molt_unpacked_item(MoltValue t, MoltValue i);

/* `[..., *v]` and `(..., *v)`: list.extend(v), with CPython's TypeError "Value after *
 * must be an iterable, not int" for a non-iterable v. 0 or -1. */
MOLT_API int molt_list_extend_star(MoltValue list, MoltValue v);
/* `{..., **m}`: dict.update(m), TypeError "'int' object is not a mapping"
 * when m has no keys(). 0 or -1. */
MOLT_API int molt_dict_update_star(MoltValue d, MoltValue m);
/* tuple(list) for `(*a, b)`. Never fails. */
MOLT_API MoltValue molt_list_to_tuple(MoltValue list);

/* `item not in container`: 1, 0, or -1. */
MOLT_API int molt_not_contains(MoltValue container, MoltValue item);

#endif /* MOLT_SYNTAX_H */
