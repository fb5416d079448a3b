/* Lexer: Python 3.11 source to tokens, following CPython's
 * Parser/tokenizer.c (tok_get) rule for rule, messages included. */
#include "lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

#define MAXLEVEL 200 /* nesting of brackets, as CPython */
#define MAXINDENT 100 /* indentation levels, as CPython */
#define TABSIZE 8

typedef struct {
    Lexer *lx;
    const char *src, *end, *cur;
    const char *line_start;
    int lineno;
    int cap;
    int level;
    char paren[MAXLEVEL];
    int paren_lineno[MAXLEVEL], paren_col[MAXLEVEL];
    int indstack[MAXINDENT + 1], altindstack[MAXINDENT + 1];
    int indent;
    int pendin;
    int atbol;
    int failed;
    int fstring; /* lexing an f-string expression: ends at level 1 */
} Lex;

static LexToken *push(
    Lex *L, LexTokKind kind, const char *start, const char *end, int lineno, const char *line_start)
{
    Lexer *lx = L->lx;
    if (lx->ntoks == L->cap) {
        L->cap = L->cap ? L->cap * 2 : 256;
        lx->toks = realloc(lx->toks, (size_t)L->cap * sizeof(LexToken));
        if (!lx->toks) {
            fputs("molt2c: out of memory\n", stderr);
            abort();
        }
    }
    LexToken *t = &lx->toks[lx->ntoks++];
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->text = start;
    t->len = (size_t)(end - start);
    t->lineno = lineno;
    t->col_offset = (int)(start - line_start);
    t->end_lineno = L->lineno;
    t->end_col_offset = (int)(end - L->line_start);
    t->level = L->level;
    return t;
}

/* Record an error at byte column col of the current line (0-based) and
 * stop. */
static void lex_error(Lex *L, const char *exc, int lineno, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void lex_error(Lex *L, const char *exc, int lineno, int col, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_set(&L->lx->err, DIAG_SYNTAX, exc, lineno, col, "%s", msg);
    LexToken *t = push(L, TOK_ERROR, L->cur, L->cur, L->lineno, L->line_start);
    t->lineno = t->end_lineno = lineno;
    t->col_offset = t->end_col_offset = col;
    L->failed = 1;
}

int lex_utf8_decode(const unsigned char *s, size_t n, int *len)
{
    unsigned c = s[0];
    int need;
    unsigned cp, min;
    if (c < 0x80) {
        *len = 1;
        return (int)c;
    } else if (c >= 0xC2 && c <= 0xDF) {
        need = 1, cp = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2, cp = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3, cp = c & 0x07, min = 0x10000;
    } else {
        return -1;
    }
    if ((size_t)need >= n)
        return -1;
    for (int i = 1; i <= need; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return -1;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    *len = need + 1;
    return (int)cp;
}

static const struct {
    const char *name;
    int kw;
} keywords[] = {
    { "False", KW_FALSE },
    { "None", KW_NONE },
    { "True", KW_TRUE },
    { "and", KW_AND },
    { "as", KW_AS },
    { "assert", KW_ASSERT },
    { "async", KW_ASYNC },
    { "await", KW_AWAIT },
    { "break", KW_BREAK },
    { "class", KW_CLASS },
    { "continue", KW_CONTINUE },
    { "def", KW_DEF },
    { "del", KW_DEL },
    { "elif", KW_ELIF },
    { "else", KW_ELSE },
    { "except", KW_EXCEPT },
    { "finally", KW_FINALLY },
    { "for", KW_FOR },
    { "from", KW_FROM },
    { "global", KW_GLOBAL },
    { "if", KW_IF },
    { "import", KW_IMPORT },
    { "in", KW_IN },
    { "is", KW_IS },
    { "lambda", KW_LAMBDA },
    { "nonlocal", KW_NONLOCAL },
    { "not", KW_NOT },
    { "or", KW_OR },
    { "pass", KW_PASS },
    { "raise", KW_RAISE },
    { "return", KW_RETURN },
    { "try", KW_TRY },
    { "while", KW_WHILE },
    { "with", KW_WITH },
    { "yield", KW_YIELD },
};

static int keyword_of(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strlen(keywords[i].name) == n && memcmp(keywords[i].name, s, n) == 0)
            return keywords[i].kw;
    return 0;
}

static int is_id_start_ascii(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_id_char(int c) { return is_id_start_ascii(c) || is_digit(c) || c >= 128; }

static int peekc(Lex *L, int k) { return L->cur + k < L->end ? (unsigned char)L->cur[k] : -1; }

/* After a number: reject an identifier character glued to it, except the
 * keywords that can follow a number in valid code. */
static int verify_end_of_number(Lex *L, const char *kind)
{
    int c = peekc(L, 0);
    const char *p = L->cur;
    int r = 0;
#define LOOK(s) (L->end - p > (long)strlen(s) && memcmp(p + 1, s, strlen(s)) == 0)
    if (c == 'a')
        r = LOOK("nd");
    else if (c == 'e')
        r = LOOK("lse");
    else if (c == 'f')
        r = LOOK("or");
    else if (c == 'i')
        r = peekc(L, 1) == 'f' || peekc(L, 1) == 'n' || peekc(L, 1) == 's';
    else if (c == 'o')
        r = LOOK("r");
    else if (c == 'n')
        r = LOOK("ot");
#undef LOOK
    if (r)
        return 1;
    if (c >= 0 && c < 128 && is_id_char(c)) {
        /* CPython's offset counts the characters before c: the caret
         * lands on the last character of the number. A non-ASCII
         * character is left to be a name ("1é" is invalid syntax). */
        lex_error(L, "SyntaxError", L->lineno, (int)(L->cur - L->line_start) - 1, "invalid %s literal", kind);
        return 0;
    }
    return 1;
}

/* Digits with single underscores between them; L->cur at the first digit.
 * Returns 0 on error. */
static int decimal_tail(Lex *L)
{
    for (;;) {
        while (is_digit(peekc(L, 0)))
            L->cur++;
        if (peekc(L, 0) != '_')
            return 1;
        L->cur++;
        if (!is_digit(peekc(L, 0))) {
            lex_error(
                L, "SyntaxError", L->lineno, (int)(L->cur - L->line_start) - 1, "invalid decimal literal");
            return 0;
        }
    }
}

static int lex_number(Lex *L)
{
    const char *start = L->cur;
    int c = peekc(L, 0);
    if (c == '0'
        && (peekc(L, 1) == 'x' || peekc(L, 1) == 'X' || peekc(L, 1) == 'o' || peekc(L, 1) == 'O'
            || peekc(L, 1) == 'b' || peekc(L, 1) == 'B')) {
        int k = peekc(L, 1) | 0x20;
        const char *kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
        int base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
        L->cur += 2;
        for (;;) {
            if (peekc(L, 0) == '_')
                L->cur++;
            int d = peekc(L, 0);
            int ok = base == 16 ? (is_digit(d) || ((d | 0x20) >= 'a' && (d | 0x20) <= 'f'))
                                : (d >= '0' && d < '0' + base);
            if (!ok) {
                if (base != 16 && is_digit(d)) {
                    lex_error(L, "SyntaxError", L->lineno, (int)(L->cur - L->line_start),
                        "invalid digit '%c' in %s literal", d, kind);
                    return 0;
                }
                lex_error(L, "SyntaxError", L->lineno, (int)(L->cur - L->line_start) - 1,
                    "invalid %s literal", kind);
                return 0;
            }
            while (1) {
                d = peekc(L, 0);
                ok = base == 16 ? (is_digit(d) || ((d | 0x20) >= 'a' && (d | 0x20) <= 'f'))
                                : (d >= '0' && d < '0' + base);
                if (!ok)
                    break;
                L->cur++;
            }
            if (peekc(L, 0) != '_')
                break;
        }
        if (base != 16 && is_digit(peekc(L, 0))) {
            lex_error(L, "SyntaxError", L->lineno, (int)(L->cur - L->line_start),
                "invalid digit '%c' in %s literal", peekc(L, 0), kind);
            return 0;
        }
        if (!verify_end_of_number(L, kind))
            return 0;
        push(L, TOK_NUMBER, start, L->cur, L->lineno, L->line_start);
        return 1;
    }
    int is_float = 0;
    if (c != '.') {
        int leading_zero = c == '0';
        if (!decimal_tail(L))
            return 0;
        if (leading_zero) {
            /* Only zeros allowed unless this is a float. */
            int nonzero = 0;
            for (const char *q = start; q < L->cur; q++)
                if (*q != '0' && *q != '_')
                    nonzero = 1;
            int nc = peekc(L, 0);
            if (nonzero && nc != '.' && nc != 'e' && nc != 'E' && nc != 'j' && nc != 'J') {
                lex_error(L, "SyntaxError", L->lineno, (int)(start - L->line_start),
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
                    "integers");
                return 0;
            }
        }
    }
    if (peekc(L, 0) == '.') {
        is_float = 1;
        L->cur++;
        if (is_digit(peekc(L, 0)) && !decimal_tail(L))
            return 0;
    }
    int e = peekc(L, 0);
    if (e == 'e' || e == 'E') {
        const char *save = L->cur;
        L->cur++;
        int s = peekc(L, 0);
        if (s == '+' || s == '-') {
            L->cur++;
            if (!is_digit(peekc(L, 0))) {
                lex_error(L, "SyntaxError", L->lineno, (int)(L->cur - L->line_start) - 1,
                    "invalid decimal literal");
                return 0;
            }
        } else if (!is_digit(s)) {
            /* Not an exponent: the number ends before the 'e', which
             * may start a keyword ("1else" is 1 else). */
            L->cur = save;
            if (!verify_end_of_number(L, "decimal"))
                return 0;
            push(L, TOK_NUMBER, start, L->cur, L->lineno, L->line_start);
            return 1;
        }
        if (!decimal_tail(L))
            return 0;
        is_float = 1;
    }
    int j = peekc(L, 0);
    if (j == 'j' || j == 'J') {
        L->cur++;
        if (!verify_end_of_number(L, "imaginary"))
            return 0;
    } else if (!verify_end_of_number(L, "decimal")) {
        return 0;
    }
    (void)is_float;
    push(L, TOK_NUMBER, start, L->cur, L->lineno, L->line_start);
    return 1;
}

/* A string literal; L->cur at the opening quote, start at the prefix. */
static int lex_string(Lex *L, const char *start)
{
    int start_lineno = L->lineno;
    const char *start_line = L->line_start;
    char q = *L->cur;
    int triple = peekc(L, 1) == q && peekc(L, 2) == q;
    L->cur += triple ? 3 : 1;
    for (;;) {
        if (L->cur >= L->end) {
            /* CPython reports the line count before the implicit last
             * newline. */
            lex_error(L, "SyntaxError", start_lineno, (int)(start - start_line),
                triple ? "unterminated triple-quoted string literal (detected at line %d)"
                       : "unterminated string literal (detected at line %d)",
                L->lineno - (L->cur > L->src && L->cur[-1] == '\n' ? 1 : 0));
            return 0;
        }
        char c = *L->cur;
        if (c == q) {
            if (!triple) {
                L->cur++;
                break;
            }
            if (peekc(L, 1) == q && peekc(L, 2) == q) {
                L->cur += 3;
                break;
            }
            L->cur++;
        } else if (c == '\n') {
            if (!triple) {
                lex_error(L, "SyntaxError", start_lineno, (int)(start - start_line),
                    "unterminated string literal (detected at line %d)", L->lineno);
                return 0;
            }
            L->cur++;
            L->lineno++;
            L->line_start = L->cur;
        } else if (c == '\\') {
            L->cur++;
            if (L->cur < L->end) {
                if (*L->cur == '\n') {
                    L->lineno++;
                    L->line_start = L->cur + 1;
                }
                L->cur++;
            }
        } else {
            L->cur++;
        }
    }
    push(L, TOK_STRING, start, L->cur, start_lineno, start_line);
    return 1;
}

static const struct {
    const char *s;
    int op;
} ops3[] = {
    {"**=", OP_DOUBLESTAREQUAL}, {"...", OP_ELLIPSIS}, {"//=", OP_DOUBLESLASHEQUAL},
    {"<<=", OP_LEFTSHIFTEQUAL}, {">>=", OP_RIGHTSHIFTEQUAL},
}, ops2[] = {
    {"!=", OP_NOTEQUAL}, {"%=", OP_PERCENTEQUAL}, {"&=", OP_AMPEREQUAL}, {"**", OP_DOUBLESTAR},
    {"*=", OP_STAREQUAL}, {"+=", OP_PLUSEQUAL}, {"-=", OP_MINEQUAL}, {"->", OP_RARROW},
    {"//", OP_DOUBLESLASH}, {"/=", OP_SLASHEQUAL}, {":=", OP_COLONEQUAL}, {"<<", OP_LEFTSHIFT},
    {"<=", OP_LESSEQUAL}, {"<>", OP_NONE}, {"==", OP_EQEQUAL}, {">=", OP_GREATEREQUAL},
    {">>", OP_RIGHTSHIFT}, {"@=", OP_ATEQUAL}, {"^=", OP_CIRCUMFLEXEQUAL}, {"|=", OP_VBAREQUAL},
}, ops1[] = {
    {"(", OP_LPAR}, {")", OP_RPAR}, {"[", OP_LSQB}, {"]", OP_RSQB}, {"{", OP_LBRACE},
    {"}", OP_RBRACE}, {":", OP_COLON}, {",", OP_COMMA}, {";", OP_SEMI}, {".", OP_DOT},
    {"@", OP_AT}, {"=", OP_EQUAL}, {"~", OP_TILDE}, {"!", OP_BANG}, {"+", OP_PLUS},
    {"-", OP_MINUS}, {"*", OP_STAR}, {"/", OP_SLASH}, {"|", OP_VBAR}, {"&", OP_AMPER},
    {"%", OP_PERCENT}, {"^", OP_CIRCUMFLEX}, {"<", OP_LESS}, {">", OP_GREATER},
};

/* Check a non-ASCII identifier; report the first invalid character. */
static int verify_identifier(Lex *L, const char *start, const char *end)
{
    for (const char *p = start; p < end;) {
        int n;
        int cp = lex_utf8_decode((const unsigned char *)p, (size_t)(end - p), &n);
        if (cp < 0)
            return 1; /* invalid UTF-8 is rejected before lexing */
        int ok = p == start ? (cp == '_' || ast_unicode_isidstart((unsigned)cp))
                            : ast_unicode_isidcont((unsigned)cp);
        if (!ok) {
            int col = (int)(p - L->line_start);
            L->cur = p;
            if (ast_unicode_isprintable((unsigned)cp))
                lex_error(L, "SyntaxError", L->lineno, col, "invalid character '%.*s' (U+%04X)", n, p, cp);
            else
                lex_error(L, "SyntaxError", L->lineno, col, "invalid non-printable character U+%04X", cp);
            return 0;
        }
        p += n;
    }
    return 1;
}

/* End of input inside brackets: "'(' was never closed", at the innermost
 * open bracket, recorded in the Lexer for the parser's error choice. */
static void unclosed_error(Lex *L)
{
    Lexer *lx = L->lx;
    lx->unclosed = L->paren[L->level - 1];
    lx->unclosed_lineno = L->paren_lineno[L->level - 1];
    lx->unclosed_col = L->paren_col[L->level - 1];
    lex_error(L, "SyntaxError", lx->unclosed_lineno, lx->unclosed_col, "'%c' was never closed", lx->unclosed);
}

/* The end of the input outside brackets. Input that does not end with a
 * newline gets CPython's implicit one (a NEWLINE just past the last
 * character, after a statement) and its DEDENTs; then ENDMARKER, at the
 * start of the line after the last. */
static void end_of_input(Lex *L)
{
    Lexer *lx = L->lx;
    if (L->cur > L->line_start) {
        LexTokKind last = lx->ntoks ? lx->toks[lx->ntoks - 1].kind : TOK_NEWLINE;
        if (last != TOK_NEWLINE && last != TOK_INDENT && last != TOK_DEDENT)
            push(L, TOK_NEWLINE, L->cur, L->cur, L->lineno, L->line_start)->end_col_offset++;
        L->lineno++;
        L->line_start = L->cur;
    }
    for (; L->indent > 0; L->indent--)
        push(L, TOK_DEDENT, L->cur, L->cur, L->lineno, L->line_start);
    push(L, TOK_ENDMARKER, L->cur, L->cur, L->lineno, L->line_start);
}

static void tokenize(Lex *L)
{
    for (;;) {
        int blankline = 0;
        if (L->atbol) {
            L->atbol = 0;
            int col = 0, altcol = 0;
            for (;;) {
                int c = peekc(L, 0);
                if (c == ' ')
                    col++, altcol++;
                else if (c == '\t')
                    col = (col / TABSIZE + 1) * TABSIZE, altcol = altcol + 1;
                else if (c == '\014')
                    col = altcol = 0;
                else
                    break;
                L->cur++;
            }
            int c = peekc(L, 0);
            if (c == '#' || c == '\n' || c == '\\')
                blankline = c != '\\' || 0;
            if (c == '\\') {
                /* A continuation line at the start: CPython treats the
                 * line as not blank. */
                blankline = 0;
            }
            if (!blankline && L->level == 0) {
                int *ind = L->indstack, *alt = L->altindstack;
                if (c == -1)
                    col = altcol = 0;
                if (col == ind[L->indent]) {
                    if (altcol != alt[L->indent]) {
                        lex_error(L, "TabError", L->lineno, 0,
                            "inconsistent use of tabs and spaces in indentation");
                        return;
                    }
                } else if (col > ind[L->indent]) {
                    if (L->indent + 1 >= MAXINDENT) {
                        lex_error(L, "IndentationError", L->lineno, 0, "too many levels of indentation");
                        return;
                    }
                    if (altcol <= alt[L->indent]) {
                        lex_error(L, "TabError", L->lineno, 0,
                            "inconsistent use of tabs and spaces in indentation");
                        return;
                    }
                    L->pendin++;
                    L->indent++;
                    ind[L->indent] = col;
                    alt[L->indent] = altcol;
                } else {
                    while (L->indent > 0 && col < ind[L->indent]) {
                        L->pendin--;
                        L->indent--;
                    }
                    if (col != ind[L->indent]) {
                        /* CPython points past the end of the line. */
                        const char *eol = L->cur;
                        while (eol < L->end && *eol != '\n' && *eol != '\r')
                            eol++;
                        lex_error(L, "IndentationError", L->lineno, (int)(eol - L->line_start),
                            "unindent does not match any outer indentation level");
                        return;
                    }
                    if (altcol != alt[L->indent]) {
                        lex_error(L, "TabError", L->lineno, 0,
                            "inconsistent use of tabs and spaces in indentation");
                        return;
                    }
                }
            }
        }
        while (L->pendin != 0) {
            LexTokKind k = L->pendin > 0 ? TOK_INDENT : TOK_DEDENT;
            L->pendin += L->pendin > 0 ? -1 : 1;
            push(L, k, L->cur, L->cur, L->lineno, L->line_start);
            if (k == TOK_INDENT)
                L->lx->toks[L->lx->ntoks - 1].col_offset = -1;
        }
    again:
        while (peekc(L, 0) == ' ' || peekc(L, 0) == '\t' || peekc(L, 0) == '\014')
            L->cur++;
        const char *start = L->cur;
        int c = peekc(L, 0);
        if (c == '#') {
            while (L->cur < L->end && *L->cur != '\n')
                L->cur++;
            c = peekc(L, 0);
            start = L->cur;
        }
        if (c == -1) {
            if (L->fstring && L->level == 1) {
                push(L, TOK_ENDMARKER, L->cur, L->cur, L->lineno, L->line_start);
                return;
            }
            if (L->level > 0) {
                unclosed_error(L);
                return;
            }
            end_of_input(L);
            return;
        }
        if (is_id_start_ascii(c) || c >= 128) {
            /* String prefix? */
            int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
            for (;;) {
                int d = peekc(L, 0) | 0x20;
                if (d == 'b' && !saw_b && !saw_u && !saw_f)
                    saw_b = 1;
                else if (d == 'u' && !(saw_b || saw_u || saw_r || saw_f))
                    saw_u = 1;
                else if (d == 'r' && !saw_r && !saw_u)
                    saw_r = 1;
                else if (d == 'f' && !saw_f && !saw_b && !saw_u)
                    saw_f = 1;
                else
                    break;
                L->cur++;
                if (peekc(L, 0) == '"' || peekc(L, 0) == '\'') {
                    if (!lex_string(L, start))
                        return;
                    goto next;
                }
            }
            int nonascii = 0;
            while (L->cur < L->end && is_id_char((unsigned char)*L->cur)) {
                if ((unsigned char)*L->cur >= 128)
                    nonascii = 1;
                L->cur++;
            }
            if (nonascii && !verify_identifier(L, start, L->cur))
                return;
            LexToken *t = push(L, TOK_NAME, start, L->cur, L->lineno, L->line_start);
            t->kw = keyword_of(start, t->len);
            goto next;
        }
        if (c == '\n') {
            L->cur++;
            if (!blankline && L->level == 0) {
                push(L, TOK_NEWLINE, start, L->cur, L->lineno, L->line_start);
                L->lx->toks[L->lx->ntoks - 1].end_lineno = L->lineno;
            }
            L->lineno++;
            L->line_start = L->cur;
            L->atbol = 1;
            continue;
        }
        if (c == '.' && is_digit(peekc(L, 1))) {
            if (!lex_number(L))
                return;
            goto next;
        }
        if (is_digit(c)) {
            if (!lex_number(L))
                return;
            goto next;
        }
        if (c == '"' || c == '\'') {
            if (!lex_string(L, start))
                return;
            goto next;
        }
        if (c == '\\') {
            if (peekc(L, 1) != '\n' && peekc(L, 1) != -1) {
                L->cur++;
                lex_error(L, "SyntaxError", L->lineno, (int)(L->cur - L->line_start),
                    "unexpected character after line continuation character");
                return;
            }
            if (L->cur + 2 >= L->end) {
                /* The input ends after the backslash (and its newline).
                 * CPython: on the backslash's line, just after it;
                 * inside brackets, the innermost one is unclosed. */
                if (L->level > 0 && !L->fstring) {
                    unclosed_error(L);
                    return;
                }
                lex_error(L, "SyntaxError", L->lineno, (int)(L->cur - L->line_start) + 1,
                    "unexpected EOF while parsing");
                return;
            }
            L->cur += 2;
            L->lineno++;
            L->line_start = L->cur;
            goto again;
        }
        if (c < 128 && c != '\t' && c != '\014' && (c < ' ' || c == 127)) {
            lex_error(L, "SyntaxError", L->lineno, (int)(L->cur - L->line_start),
                "invalid non-printable character U+%04X", c);
            return;
        }
        {
            int op = -1;
            size_t n = 0;
            for (size_t i = 0; i < sizeof ops3 / sizeof ops3[0] && op < 0; i++)
                if (L->end - L->cur >= 3 && memcmp(L->cur, ops3[i].s, 3) == 0)
                    op = ops3[i].op, n = 3;
            for (size_t i = 0; i < sizeof ops2 / sizeof ops2[0] && op < 0; i++)
                if (L->end - L->cur >= 2 && memcmp(L->cur, ops2[i].s, 2) == 0)
                    op = ops2[i].op, n = 2;
            for (size_t i = 0; i < sizeof ops1 / sizeof ops1[0] && op < 0; i++)
                if (*L->cur == ops1[i].s[0])
                    op = ops1[i].op, n = 1;
            if (op < 0)
                op = OP_NONE, n = 1;
            if (op == OP_LPAR || op == OP_LSQB || op == OP_LBRACE) {
                if (L->level >= MAXLEVEL) {
                    lex_error(L, "SyntaxError", L->lineno, (int)(L->cur - L->line_start),
                        "too many nested parentheses");
                    return;
                }
                L->paren[L->level] = (char)c;
                L->paren_lineno[L->level] = L->lineno;
                L->paren_col[L->level] = (int)(L->cur - L->line_start);
                L->level++;
            } else if (op == OP_RPAR || op == OP_RSQB || op == OP_RBRACE) {
                if (L->level == 0) {
                    lex_error(
                        L, "SyntaxError", L->lineno, (int)(L->cur - L->line_start), "unmatched '%c'", c);
                    return;
                }
                L->level--;
                int open = L->paren[L->level];
                if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
                    if (L->paren_lineno[L->level] != L->lineno)
                        lex_error(L, "SyntaxError", L->lineno, (int)(L->cur - L->line_start),
                            "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c,
                            open, L->paren_lineno[L->level]);
                    else
                        lex_error(L, "SyntaxError", L->lineno, (int)(L->cur - L->line_start),
                            "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
                    return;
                }
            }
            L->cur += n;
            LexToken *t = push(L, TOK_OP, start, L->cur, L->lineno, L->line_start);
            t->op = op;
        }
    next:;
    }
}

void lex_tokenize(Lexer *lx, const char *file, const char *src, size_t len)
{
    memset(lx, 0, sizeof *lx);
    lx->err.file = file;
    lx->err.source = src;
    Lex *L = calloc(1, sizeof(Lex));
    if (!L) {
        fputs("molt2c: out of memory\n", stderr);
        abort();
    }
    L->lx = lx;
    L->src = L->cur = L->line_start = src;
    L->end = src + len;
    L->lineno = 1;
    L->atbol = 1;
    tokenize(L);
    free(L);
}

void lex_tokenize_fstring_expr(
    Lexer *lx, const char *file, const char *start, const char *end, int lineno, const char *line_start)
{
    memset(lx, 0, sizeof *lx);
    lx->err.file = file;
    Lex *L = calloc(1, sizeof(Lex));
    if (!L) {
        fputs("molt2c: out of memory\n", stderr);
        abort();
    }
    L->lx = lx;
    L->src = line_start;
    L->cur = start;
    L->line_start = line_start;
    L->end = end;
    L->lineno = lineno;
    /* A virtual open bracket: newlines inside the expression are ignored. */
    L->level = 1;
    L->paren[0] = '(';
    L->paren_lineno[0] = lineno;
    L->paren_col[0] = (int)(start - line_start);
    L->fstring = 1;
    tokenize(L);
    free(L);
}

void lex_free(Lexer *lx)
{
    free(lx->toks);
    lx->toks = NULL;
    lx->ntoks = 0;
}
