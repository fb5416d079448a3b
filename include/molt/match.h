/* Runtime support of the match statement (runtime/core/match.c), called
 * by generated code; see translator/lower_match.c for how patterns use it.
 */
#ifndef MOLT_MATCH_H
#define MOLT_MATCH_H

#include "object.h"

/* Whether v is a sequence (list, tuple, range... not str or bytes) or a
 * mapping (dict...) for sequence and mapping patterns: 1 or 0. */
MOLT_API int molt_match_is_sequence(MoltValue v);
MOLT_API int molt_match_is_mapping(MoltValue v);
/* len(v) as an int value. */
MOLT_API MoltValue molt_match_len(MoltValue v);
/* list(seq[before:len(seq)-after]) for a starred subpattern. */
MOLT_API MoltValue molt_match_star(MoltValue seq, MoltValue before, MoltValue after);
/* The values of map for the tuple keys, or None if one is missing
 * (ValueError "mapping pattern checks duplicate key (...)"). */
MOLT_API MoltValue molt_match_keys(MoltValue map, MoltValue keys);
/* dict(map) without keys, for `**rest`. */
MOLT_API MoltValue molt_match_rest(MoltValue map, MoltValue keys);
/* Class pattern cls(npos positional subpatterns, keywords kwnames): the
 * tuple of values to match the subpatterns against, or None when subject
 * is not an instance or lacks an attribute. */
MOLT_API MoltValue molt_match_class(MoltValue subject, MoltValue cls, MoltValue npos, MoltValue kwnames);

#endif /* MOLT_MATCH_H */
