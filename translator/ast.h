/* The Python abstract syntax tree: CPython's node shapes and names
 * (Include/internal/pycore_ast.h), generated from translator/Python.asdl,
 * plus sequences and constants. All nodes live in an Arena. */
#ifndef MOLT_AST_H
#define MOLT_AST_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"

/* Identifiers and strings are NUL-terminated UTF-8 in the arena. */
typedef const char *identifier;
typedef const char *string;

/* One sequence type for every list in the tree. Sequences of simple enums
 * (Compare.ops) store the enum value cast through intptr_t; an empty list
 * may be NULL or have size 0. */
typedef struct asdl_seq {
    int size;
    void *elements[];
} asdl_seq;

#define asdl_seq_LEN(s) ((s) == NULL ? 0 : (s)->size)
#define asdl_seq_GET(s, i) ((s)->elements[(i)])
#define asdl_seq_SET(s, i, v) ((s)->elements[(i)] = (void *)(v))

/* A new sequence of size elements, all NULL. */
asdl_seq *asdl_seq_new(int size, Arena *arena);

typedef enum {
    CONST_NONE,
    CONST_TRUE,
    CONST_FALSE,
    CONST_ELLIPSIS,
    CONST_INT,
    CONST_FLOAT,
    CONST_COMPLEX,
    CONST_STR,
    CONST_BYTES
} AstConstKind;

/* The value of a Constant node (and MatchSingleton).
 * INT: s holds the value in canonical decimal digits (no sign).
 * FLOAT: d. COMPLEX: d is the imaginary part (the real part is 0).
 * STR: s/len are UTF-8 bytes after escape processing (may contain NUL).
 * BYTES: s/len are the raw bytes. s is always NUL-terminated. */
struct AstConstant {
    AstConstKind kind;
    const char *s;
    size_t len;
    double d;
};
typedef struct AstConstant *constant;

#include "ast_gen.h"

/* Print mod as Python's ast.dump(mod, include_attributes=...) does,
 * followed by a newline. */
void ast_dump(FILE *out, mod_ty mod, int include_attributes);

/* Python's repr of a str given as UTF-8 bytes (len may include NULs). */
void ast_repr_str(FILE *out, const char *s, size_t len);
/* Python's repr of a constant value. */
void ast_repr_constant(FILE *out, constant c);
/* Python's repr of a float ("0.1", "1e+16", "inf"). add_dot0: append ".0"
 * to integral values in positional notation, as float repr does (complex
 * repr does not). buf needs 32 bytes. */
void ast_format_double(char *buf, double d, int add_dot0);

#endif /* MOLT_AST_H */
