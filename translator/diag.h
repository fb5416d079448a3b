/* Diagnostics: source errors found while translating. A SyntaxError (and
 * its subclasses) is reported exactly as CPython reports it; a construct
 * molt2c does not support yet is one gcc-style line naming it. */
#ifndef MOLT_DIAG_H
#define MOLT_DIAG_H

typedef enum {
    DIAG_NONE,
    DIAG_SYNTAX, /* SyntaxError, IndentationError, TabError: exit 1 */
    DIAG_UNSUPPORTED, /* valid Python molt2c cannot translate: exit 3 */
    DIAG_IR, /* malformed Molt IR text (.mir): "file:line: error: msg", exit 1 */
} DiagKind;

typedef struct Diag {
    DiagKind kind;
    char exc[32]; /* "SyntaxError", "IndentationError", "TabError" */
    char msg[512];
    const char *file;
    const char *source; /* whole source text, NUL-terminated (for the caret) */
    int lineno; /* 1-based */
    int col_offset; /* 0-based, in UTF-8 bytes, as CPython's ast */
    int end_lineno, end_col_offset; /* 0 when unknown */
    /* How CPython shows the columns: as characters when the tokenizer
     * decoded the file (a PEP 263 cookie or a BOM); otherwise, and for
     * every error found after parsing, as the UTF-8 byte offsets
     * themselves, which put the caret right of non-ASCII text. */
    int char_offsets;
} Diag;

/* Record the first error only; later calls are ignored so the earliest
 * error wins, as in CPython. */
void diag_set(Diag *d, DiagKind kind, const char *exc, int lineno, int col_offset, const char *fmt, ...);
/* A SyntaxError spanning (lineno, col_offset) to (end_lineno,
 * end_col_offset), as CPython's PyErr_RangedSyntaxLocationObject: the
 * caret underlines the range when it is on one line. end_lineno 0 marks a
 * single position. Like diag_set, only the first error is kept. */
void diag_syntax(
    Diag *d, int lineno, int col_offset, int end_lineno, int end_col_offset, const char *fmt, ...);
/* Print d to stderr: CPython's SyntaxError format (File line, source line,
 * caret, "SyntaxError: msg"), "file:line:col: error: msg" for an
 * unsupported construct, or "file:line: error: msg" for malformed IR. */
void diag_print(const Diag *d);

#endif /* MOLT_DIAG_H */
