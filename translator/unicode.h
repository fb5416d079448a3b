/* Unicode services of the front end: the character names of \N{...}
 * escapes (tables in unicode_names.c, Unicode 14.0.0 as CPython 3.11) and
 * the NFKC normalisation of identifiers (utf8proc). */
#ifndef MOLT_UNICODE_H
#define MOLT_UNICODE_H

#include <stddef.h>

#include "arena.h"

/* Store in *cp the code point named name[0..len) and return 1, or return 0
 * if there is none, exactly as CPython 3.11 resolves "\N{name}": character
 * names and formal name aliases in any ASCII case; "HANGUL SYLLABLE ..."
 * and "CJK UNIFIED IDEOGRAPH-XXXX" computed, in upper case only; named
 * sequences refused. */
int uni_lookup_name(const char *name, size_t len, unsigned *cp);

/* The identifier spelled s[0..len) (valid UTF-8, as the lexer checked) as
 * CPython names it: an arena copy, normalised to NFKC when it is not all
 * ASCII (PEP 3131). The result is not checked again: it may be a keyword
 * or not a valid identifier, as in CPython. Aborts on out of memory. */
char *uni_identifier(Arena *a, const char *s, size_t len);

#endif /* MOLT_UNICODE_H */
