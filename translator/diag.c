/* Diagnostics: recording the first source error and printing it as
 * CPython prints a SyntaxError (Python/pythonrun.c print_error_text). */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void diag_set(Diag *d, DiagKind kind, const char *exc, int lineno, int col_offset, const char *fmt, ...)
{
    if (d->kind != DIAG_NONE)
        return;
    d->kind = kind;
    snprintf(d->exc, sizeof d->exc, "%s", exc ? exc : "SyntaxError");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->msg, sizeof d->msg, fmt, ap);
    va_end(ap);
    d->lineno = lineno;
    d->col_offset = col_offset;
    d->end_lineno = 0;
    d->end_col_offset = 0;
}

void diag_syntax(
    Diag *d, int lineno, int col_offset, int end_lineno, int end_col_offset, const char *fmt, ...)
{
    if (d->kind != DIAG_NONE)
        return;
    char msg[sizeof d->msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_set(d, DIAG_SYNTAX, "SyntaxError", lineno, col_offset, "%s", msg);
    d->end_lineno = end_lineno;
    d->end_col_offset = end_col_offset;
}

/* Number of characters in the first n bytes of UTF-8 text s. */
static long chars_in(const char *s, long n)
{
    long c = 0;
    for (long i = 0; i < n && s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            c++;
    return c;
}

/* Column col (UTF-8 bytes into line) as CPython shows it. */
static long display_col(const Diag *d, const char *line, long col)
{
    return d->char_offsets ? chars_in(line, col) : col;
}

void diag_print(const Diag *d)
{
    const char *file = d->file ? d->file : "<unknown>";
    if (d->kind == DIAG_UNSUPPORTED) {
        fprintf(stderr, "%s:%d:%d: error: %s\n", file, d->lineno, d->col_offset + 1, d->msg);
        return;
    }
    if (d->kind == DIAG_IR) {
        fprintf(stderr, "%s:%d: error: %s\n", file, d->lineno, d->msg);
        return;
    }
    if (d->kind != DIAG_SYNTAX)
        return;
    if (d->lineno == 0) {
        fprintf(stderr, "%s: %s\n", d->exc, d->msg);
        return;
    }
    /* A negative line is CPython's unset location: the File line alone. */
    fprintf(stderr, "  File \"%s\", line %d\n", file, d->lineno);
    /* Find the line. */
    const char *line = NULL;
    if (d->source) {
        const char *p = d->source;
        int ln = 1;
        while (ln < d->lineno && *p) {
            if (*p == '\n')
                ln++;
            p++;
        }
        if (ln == d->lineno)
            line = p;
    }
    if (line) {
        long linelen = (long)strcspn(line, "\n");
        /* 1-based offsets, as SyntaxError.offset (see char_offsets). */
        long offset = d->col_offset < 0 ? 0 : display_col(d, line, d->col_offset) + 1;
        long end_offset = -1;
        if (d->end_lineno == d->lineno && d->end_col_offset > 0)
            end_offset = display_col(d, line, d->end_col_offset) + 1;
        else if (d->end_lineno > d->lineno)
            /* Over several lines, CPython underlines the rest of the first:
             * up to its size in bytes, newline included. */
            end_offset = linelen + (line[linelen] == '\n');
        long carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
        offset--;
        const char *text = line;
        while (text < line + linelen && (*text == ' ' || *text == '\t' || *text == '\f')) {
            text++;
            offset--;
        }
        long len = linelen - (long)(text - line);
        if (offset > len) /* CPython clips to the line's length in bytes */
            offset = len;
        fprintf(stderr, "    %.*s\n", (int)len, text);
        if (offset >= 0) {
            fputs("    ", stderr);
            while (--offset >= 0)
                fputc(' ', stderr);
            for (long i = 0; i < carets; i++)
                fputc('^', stderr);
            fputc('\n', stderr);
        }
    }
    fprintf(stderr, "%s: %s\n", d->exc, d->msg);
}
