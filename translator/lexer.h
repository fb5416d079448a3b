/* Lexer: Python 3.11 source text to tokens, as CPython's tokenizer does
 * (INDENT/DEDENT/NEWLINE, implicit line joining in brackets, the same
 * error messages). Strings, f-strings included, are single STRING tokens
 * whose text the parser decodes. */
#ifndef MOLT_LEXER_H
#define MOLT_LEXER_H

#include <stddef.h>

#include "arena.h"
#include "diag.h"

typedef enum {
    TOK_ENDMARKER,
    TOK_NAME,
    TOK_NUMBER,
    TOK_STRING,
    TOK_NEWLINE,
    TOK_INDENT,
    TOK_DEDENT,
    TOK_OP,
    TOK_ERROR, /* the lexer failed here; the error is in Lexer.err */
} LexTokKind;

/* Operator codes for TOK_OP. */
typedef enum {
    OP_NONE,
    OP_LPAR,
    OP_RPAR,
    OP_LSQB,
    OP_RSQB,
    OP_LBRACE,
    OP_RBRACE,
    OP_COLON,
    OP_COMMA,
    OP_SEMI,
    OP_DOT,
    OP_ELLIPSIS,
    OP_AT,
    OP_RARROW,
    OP_COLONEQUAL,
    OP_EQUAL,
    OP_TILDE,
    OP_BANG,
    OP_PLUS,
    OP_MINUS,
    OP_STAR,
    OP_SLASH,
    OP_VBAR,
    OP_AMPER,
    OP_PERCENT,
    OP_CIRCUMFLEX,
    OP_LEFTSHIFT,
    OP_RIGHTSHIFT,
    OP_DOUBLESTAR,
    OP_DOUBLESLASH,
    OP_LESS,
    OP_GREATER,
    OP_EQEQUAL,
    OP_NOTEQUAL,
    OP_LESSEQUAL,
    OP_GREATEREQUAL,
    OP_PLUSEQUAL,
    OP_MINEQUAL,
    OP_STAREQUAL,
    OP_SLASHEQUAL,
    OP_VBAREQUAL,
    OP_AMPEREQUAL,
    OP_PERCENTEQUAL,
    OP_CIRCUMFLEXEQUAL,
    OP_LEFTSHIFTEQUAL,
    OP_RIGHTSHIFTEQUAL,
    OP_DOUBLESTAREQUAL,
    OP_DOUBLESLASHEQUAL,
    OP_ATEQUAL,
} LexOp;

/* Hard keywords, set in LexToken.kw for NAME tokens (0 otherwise). */
typedef enum {
    KW_NONE_,
    KW_FALSE,
    KW_NONE,
    KW_TRUE,
    KW_AND,
    KW_AS,
    KW_ASSERT,
    KW_ASYNC,
    KW_AWAIT,
    KW_BREAK,
    KW_CLASS,
    KW_CONTINUE,
    KW_DEF,
    KW_DEL,
    KW_ELIF,
    KW_ELSE,
    KW_EXCEPT,
    KW_FINALLY,
    KW_FOR,
    KW_FROM,
    KW_GLOBAL,
    KW_IF,
    KW_IMPORT,
    KW_IN,
    KW_IS,
    KW_LAMBDA,
    KW_NONLOCAL,
    KW_NOT,
    KW_OR,
    KW_PASS,
    KW_RAISE,
    KW_RETURN,
    KW_TRY,
    KW_WHILE,
    KW_WITH,
    KW_YIELD,
} LexKeyword;

typedef struct LexToken {
    LexTokKind kind;
    int op; /* LexOp for TOK_OP */
    int kw; /* LexKeyword for TOK_NAME */
    const char *text; /* into the source; not NUL-terminated */
    size_t len;
    int lineno, col_offset; /* 1-based line, 0-based UTF-8 byte column */
    int end_lineno, end_col_offset;
    int level; /* bracket depth once the token is read: 1 for '(' at top level */
} LexToken;

typedef struct Lexer {
    LexToken *toks; /* malloc'd by lex_tokenize */
    int ntoks;
    Diag err; /* filled when the last token is TOK_ERROR */
    /* For each bracket open at the end (unclosed at EOF): the innermost
     * one, to report "'(' was never closed". */
    int unclosed, unclosed_lineno, unclosed_col;
} Lexer;

/* Tokenize src[0..len), which must be NUL-terminated at len and use "\n"
 * line ends. Always succeeds in producing a token array that ends with
 * TOK_ENDMARKER or TOK_ERROR (then lx->err holds the error). Free with
 * lex_free. */
void lex_tokenize(Lexer *lx, const char *file, const char *src, size_t len);
void lex_free(Lexer *lx);
/* Tokenize the expression part of an f-string, start[0..end) inside the
 * source, whose first character is on line lineno starting at line_start:
 * positions are those in the source; newlines do not end the expression;
 * the tokens end with TOK_ENDMARKER or TOK_ERROR. */
void lex_tokenize_fstring_expr(
    Lexer *lx, const char *file, const char *start, const char *end, int lineno, const char *line_start);

/* Decode one UTF-8 character at s (at most n bytes); returns the code point
 * and sets *len, or returns -1 if s does not start valid UTF-8. */
int lex_utf8_decode(const unsigned char *s, size_t n, int *len);

#endif /* MOLT_LEXER_H */
