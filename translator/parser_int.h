/* The parser's internals, shared by its files: parser.c (expressions and
 * statements), parse_pattern.c (match patterns). The rule functions one
 * file calls in another are declared at the end; they are hidden from the
 * dynamic symbol table, since molt2c exports its runtime to generated code.
 * Not a public interface: parser.h is. */
#ifndef MOLT_PARSER_INT_H
#define MOLT_PARSER_INT_H

#include <string.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "lexer.h"
#include "unicode.h"

#define PARSER_INTERNAL __attribute__((visibility("hidden")))

#define MAXDEPTH 3000 /* C recursion of rule functions */
#define MAXTREEDEPTH 1000 /* nesting of the finished tree */

typedef struct Parser {
    Arena *arena;
    const char *file;
    const char *src;
    LexToken *toks;
    int ntoks;
    int pos;
    int maxpos; /* furthest token looked at */
    int err; /* a hard error is recorded in diag */
    Diag *diag;
    Lexer *lx;
    int depth;
    int in_fstring;
    /* Token positions invalid_named_expression has been tried at and
     * found nothing: its memo, which keeps nested `[a = [a = ...` linear
     * (CPython memoizes its rules too). Allocated on first use. */
    unsigned char *named_tried;
} Parser;

typedef struct Vec {
    void **items;
    int n, cap;
} Vec;

static inline void vec_push(Parser *p, Vec *v, void *x)
{
    v->items = arena_grow(p->arena, v->items, v->n, &v->cap, sizeof *v->items);
    v->items[v->n++] = x;
}

static inline asdl_seq *vec_seq(Parser *p, Vec *v)
{
    asdl_seq *s = asdl_seq_new(v->n, p->arena);
    if (v->n)
        memcpy(s->elements, v->items, (size_t)v->n * sizeof(void *));
    return s;
}

static inline asdl_seq *seq1(Parser *p, void *x)
{
    asdl_seq *s = asdl_seq_new(1, p->arena);
    s->elements[0] = x;
    return s;
}

/* ---------------------------------------------------------------- tokens */

static inline LexToken *tk(Parser *p)
{
    if (p->pos > p->maxpos)
        p->maxpos = p->pos;
    return &p->toks[p->pos];
}

static inline LexToken *tk_at(Parser *p, int k)
{
    int i = p->pos + k;
    if (i >= p->ntoks)
        i = p->ntoks - 1;
    if (i > p->maxpos)
        p->maxpos = i;
    return &p->toks[i];
}

static inline int is_op(Parser *p, int op)
{
    LexToken *t = tk(p);
    return t->kind == TOK_OP && t->op == op;
}

static inline int is_op_at(Parser *p, int k, int op)
{
    LexToken *t = tk_at(p, k);
    return t->kind == TOK_OP && t->op == op;
}

static inline int is_kw(Parser *p, int kw)
{
    LexToken *t = tk(p);
    return t->kind == TOK_NAME && t->kw == kw;
}

static inline int is_kind(Parser *p, LexTokKind k) { return tk(p)->kind == k; }

static inline void advance(Parser *p)
{
    if (p->toks[p->pos].kind != TOK_ENDMARKER && p->toks[p->pos].kind != TOK_ERROR)
        p->pos++;
}

static inline int accept_op(Parser *p, int op)
{
    if (is_op(p, op)) {
        advance(p);
        return 1;
    }
    return 0;
}

static inline int accept_kw(Parser *p, int kw)
{
    if (is_kw(p, kw)) {
        advance(p);
        return 1;
    }
    return 0;
}

/* A NAME that is not a hard keyword. */
static inline int is_name(Parser *p)
{
    LexToken *t = tk(p);
    return t->kind == TOK_NAME && t->kw == 0;
}

/* Token t is a NAME (not a hard keyword) spelled s. */
static inline int tok_is(LexToken *t, const char *s)
{
    return t->kind == TOK_NAME && t->kw == 0 && t->len == strlen(s) && memcmp(t->text, s, t->len) == 0;
}

/* The current token is the soft keyword (or plain name) s. */
static inline int is_soft_kw(Parser *p, const char *s) { return tok_is(tk(p), s); }

/* A soft keyword of 3.11: "match", "case" or "_". */
static inline int tok_is_soft_keyword(LexToken *t)
{
    return tok_is(t, "match") || tok_is(t, "case") || tok_is(t, "_");
}

/* The identifier of NAME token t: NFKC-normalised if not ASCII, as
 * CPython's _PyPegen_new_identifier. Every identifier in the tree comes
 * from here. */
static inline identifier tok_ident(Parser *p, LexToken *t)
{
    return uni_identifier(p->arena, t->text, t->len);
}

/* The last token consumed that is not NEWLINE/INDENT/DEDENT. */
static inline LexToken *last_tok(Parser *p)
{
    int m = p->pos - 1;
    while (m > 0
        && (p->toks[m].kind == TOK_NEWLINE || p->toks[m].kind == TOK_INDENT || p->toks[m].kind == TOK_DEDENT))
        m--;
    return &p->toks[m < 0 ? 0 : m];
}

#define EXTRA(s) \
    p->toks[s].lineno, p->toks[s].col_offset, last_tok(p)->end_lineno, last_tok(p)->end_col_offset, p->arena
#define NODE_POS(n) (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset, p->arena

/* ---------------------------------------------------------------- errors */

/* Record a SyntaxError-class error spanning (lineno, col)-(end_lineno,
 * end_col) unless one is recorded already; returns NULL. */
PARSER_INTERNAL void *error_range(Parser *p, const char *exc, int lineno, int col, int end_lineno,
    int end_col, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
/* Count one level of rule recursion; 0 (with an error) past MAXDEPTH. */
PARSER_INTERNAL int enter(Parser *p);
/* Refuse a tree nested past MAXTREEDEPTH; returns NULL. */
PARSER_INTERNAL void *too_deep(Parser *p);
/* Require an operator: a hard "expected 'x'" error otherwise (the && of
 * CPython's grammar). */
PARSER_INTERNAL int expect_forced(Parser *p, int op, const char *text);

#define ERR_NODE(n, ...) \
    error_range(         \
        p, "SyntaxError", (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset, __VA_ARGS__)
/* An f-string error is reported at the token after the (concatenated)
 * strings, where CPython's parser stands when it parses them; t is the
 * string token, kept for the reader. */
#define FSTR_ERR(t, ...) \
    ((void)(t), error_range(p, "SyntaxError", tk(p)->lineno, tk(p)->col_offset, 0, 0, __VA_ARGS__))
#define ERR_TOK(t, ...) \
    error_range(        \
        p, "SyntaxError", (t)->lineno, (t)->col_offset, (t)->end_lineno, (t)->end_col_offset, __VA_ARGS__)

#define ENTER()                    \
    do {                           \
        if (p->err || !enter(p)) { \
            p->depth--;            \
            return NULL;           \
        }                          \
    } while (0)
#define LEAVE(x)    \
    do {            \
        p->depth--; \
        return (x); \
    } while (0)

#define CHAIN_LINK(n)         \
    if (++(n) > MAXTREEDEPTH) \
    return too_deep(p)

/* ---------------------------------------------------------------- rules */

/* Shared between the parser's files; each is defined where its rule is. */
PARSER_INTERNAL expr_ty named_expression(Parser *p);
PARSER_INTERNAL expr_ty star_named_expression(Parser *p);
PARSER_INTERNAL expr_ty strings(Parser *p);
PARSER_INTERNAL expr_ty number(Parser *p);
PARSER_INTERNAL asdl_seq *block(Parser *p, const char *what, LexToken *kwtok);
PARSER_INTERNAL int expect_colon(Parser *p);
/* How far an attempt at a match statement got, for the caller to decide
 * between it and a simple statement starting with the name `match`. */
typedef struct MatchTry {
    int committed; /* `match subject ':' NEWLINE` read: a match statement */
    int missing_colon; /* `match subject NEWLINE`: the NEWLINE's index */
} MatchTry;
/* match_stmt, at the soft keyword "match" (parse_pattern.c). */
PARSER_INTERNAL stmt_ty match_stmt(Parser *p, MatchTry *mt);

#endif /* MOLT_PARSER_INT_H */
