/* Parser: Python 3.11 tokens to the AST of ast.h, following CPython's PEG
 * grammar (Grammar/python.gram) rule for rule, with its positions and its
 * syntax error messages. */
#ifndef MOLT_PARSER_H
#define MOLT_PARSER_H

#include <stddef.h>
#include <stdio.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"

/* Parse the whole file src[0..len) (UTF-8, or with a PEP 263 latin-1
 * cookie) as a Module. All nodes are allocated in arena. Returns NULL on
 * error with diag filled (DIAG_SYNTAX with CPython's exception name and
 * message; DIAG_UNSUPPORTED for valid input molt2c cannot handle yet);
 * diag->file and diag->source are set (source lives in arena). */
mod_ty parse_source(Arena *arena, const char *file, const char *src, size_t len, Diag *diag);

#endif /* MOLT_PARSER_H */
