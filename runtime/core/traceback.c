/* Traceback entries of the pending exception and CPython-format printing
 * ("Traceback (most recent call last):", File/line/name lines with the
 * stripped source line, repeated-frame folding, "Type: message"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal/alloc.h"
#include "internal/exceptions.h"
#include "internal/list.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

MoltType MoltTraceback_Type = {
    .type = &MoltType_Type,
    .name = "traceback",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MoltTraceback),
};

/* A new entry in front of the pending exception's traceback: entries are
 * added innermost first while unwinding, so the list ends up outermost
 * first, as CPython's tb_next chain. */
MOLT_API void molt_tb_add(const MoltCode *code, int line)
{
    MoltValue exc = molt_err_pending();
    MoltTraceback *t;
    if (!exc)
        return;
    t = molt_alloc(sizeof *t);
    t->ob.type = &MoltTraceback_Type;
    t->code = code;
    t->line = line;
    t->next = molt_exc_obj(exc)->tb;
    molt_exc_obj(exc)->tb = t;
}

/* ---- source lines, read lazily when printing ---- */

static char *src_text;
static const char *src_file;

/* Line `line` (1-based) of file, stripped; NULL if unavailable. */
static const char *source_line(const char *file, int line, size_t *len)
{
    const char *p, *end;
    int n;
    if (!file || line < 1)
        return NULL;
    if (!src_file || strcmp(src_file, file) != 0) {
        FILE *f = fopen(file, "rb");
        size_t cap = 0, size = 0, got;
        free(src_text);
        src_text = NULL;
        src_file = NULL;
        if (!f)
            return NULL;
        do {
            char *nb;
            cap = cap ? cap * 2 : 8192;
            nb = realloc(src_text, cap + 1);
            if (!nb) {
                fclose(f);
                return NULL;
            }
            src_text = nb;
            got = fread(src_text + size, 1, cap - size, f);
            size += got;
        } while (size == cap);
        fclose(f);
        src_text[size] = '\0';
        src_file = file;
    }
    p = src_text;
    for (n = 1; n < line && p; n++) {
        p = strchr(p, '\n');
        if (p)
            p++;
    }
    if (!p || !*p)
        return NULL;
    end = strchr(p, '\n');
    if (!end)
        end = p + strlen(p);
    while (p < end && strchr(" \t\f\r\v", *p))
        p++;
    while (end > p && strchr(" \t\f\r\v", end[-1]))
        end--;
    *len = (size_t)(end - p);
    return p;
}

/* One uncaught-exception report (CPython's exception_print_context):
 * the exceptions printed so far, and the exception-group nesting that
 * indents the lines and draws their margin. */
typedef struct PrintCtx {
    FILE *f;
    MoltValue *seen;
    size_t nseen, capseen;
    int depth; /* exception group nesting */
    int need_close; /* a group's closing line is owed */
} PrintCtx;

enum { MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10 };

static const char *margin(const PrintCtx *c) { return c->depth ? "| " : ""; }

static void indent(const PrintCtx *c)
{
    for (int i = 0; i < 2 * c->depth; i++)
        fputc(' ', c->f);
}

static void indented_margin(const PrintCtx *c)
{
    indent(c);
    fputs(margin(c), c->f);
}

static void print_frame(const PrintCtx *c, const MoltTraceback *e)
{
    const char *src;
    size_t n;
    indented_margin(c);
    fprintf(c->f, "  File \"%s\", line %d, in %s\n", e->code->file, e->line, e->code->name);
    src = source_line(e->code->file, e->line, &n);
    if (src && n) {
        indented_margin(c);
        fputs("    ", c->f);
        fwrite(src, 1, n, c->f);
        fputc('\n', c->f);
    }
}

static void print_repeated(const PrintCtx *c, long cnt)
{
    cnt -= 3;
    indented_margin(c);
    fprintf(c->f, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
}

/* "Type: message", or "Type" when str(exc) is empty. */
static void print_exception_line(const PrintCtx *c, MoltValue exc)
{
    FILE *f = c->f;
    MoltValue s = molt_str(exc);
    indented_margin(c);
    fputs(molt_type_name(exc), f);
    if (!s) {
        molt_err_clear();
        fputs(": <exception str() failed>\n", f);
        return;
    }
    if (molt_str_obj(s)->len) {
        fputs(": ", f);
        fwrite(molt_str_obj(s)->data, 1, molt_str_obj(s)->len, f);
    }
    fputc('\n', f);
}

/* CPython's PyTraceBack_Print with the default limit of 1000 entries
 * (the outermost ones beyond it are skipped) and folding of a frame
 * repeated more than three times. */
static void print_traceback(const PrintCtx *c, MoltValue exc)
{
    const long limit = 1000, cutoff = 3;
    const MoltTraceback *tb = molt_exc_obj(exc)->tb, *e, *last = NULL;
    size_t n = 0, skip = 0;
    long cnt = 0;
    int group = molt_exc_obj(exc)->eg_excs != MOLT_NULL;
    for (e = tb; e; e = e->next)
        n++;
    if (!n)
        return;
    indent(c);
    fputs(group && c->depth == 1 ? "+ " : margin(c), c->f);
    fputs(group ? "Exception Group Traceback (most recent call last):\n"
                : "Traceback (most recent call last):\n",
        c->f);
    if (n > (size_t)limit)
        skip = n - (size_t)limit;
    for (e = tb; e; e = e->next) {
        if (skip) {
            skip--;
            continue;
        }
        if (!last || e->code->file != last->code->file || e->line != last->line
            || strcmp(e->code->name, last->code->name) != 0) {
            if (cnt > cutoff)
                print_repeated(c, cnt);
            last = e;
            cnt = 0;
        }
        cnt++;
        if (cnt <= cutoff)
            print_frame(c, e);
    }
    if (cnt > cutoff)
        print_repeated(c, cnt);
}

static int seen_has(const PrintCtx *c, MoltValue exc)
{
    for (size_t i = 0; i < c->nseen; i++)
        if (c->seen[i] == exc)
            return 1;
    return 0;
}

static void seen_add(PrintCtx *c, MoltValue exc)
{
    if (c->nseen == c->capseen) {
        size_t cap = c->capseen ? c->capseen * 2 : 16;
        MoltValue *n = molt_alloc(cap * sizeof *n);
        if (c->nseen)
            memcpy(n, c->seen, c->nseen * sizeof *n);
        c->seen = n;
        c->capseen = cap;
    }
    c->seen[c->nseen++] = exc;
}

static void print_recursive(PrintCtx *c, MoltValue exc, int rdepth);

/* A chained exception, then the separator line ("The above exception..."). */
static void print_chained(PrintCtx *c, MoltValue exc, const char *message, int rdepth)
{
    int need_close = c->need_close;
    print_recursive(c, exc, rdepth + 1);
    c->need_close = need_close;
    indented_margin(c);
    fputc('\n', c->f);
    indented_margin(c);
    fputs(message, c->f);
    indented_margin(c);
    fputc('\n', c->f);
}

/* Text of a note (str, else str() of it), each line with the margin. */
static void print_note_text(const PrintCtx *c, MoltValue s)
{
    const char *p, *end, *nl;
    if (!s) {
        molt_err_clear();
        indented_margin(c);
        fputs("<note str() failed>\n", c->f);
        return;
    }
    p = molt_str_obj(s)->data;
    end = p + molt_str_obj(s)->len;
    do {
        nl = memchr(p, '\n', (size_t)(end - p));
        indented_margin(c);
        fwrite(p, 1, (size_t)((nl ? nl : end) - p), c->f);
        fputc('\n', c->f);
        p = nl ? nl + 1 : end;
    } while (nl);
}

/* CPython's print_exception_notes: each note of a list or tuple
 * __notes__; anything else is shown by its repr. */
static void print_notes(const PrintCtx *c, MoltValue exc)
{
    MoltValue notes = molt_exc_obj(exc)->notes;
    size_t n;
    const MoltValue *items;
    if (!notes)
        return;
    if (molt_is_list(notes)) {
        n = molt_list_obj(notes)->n;
        items = molt_list_obj(notes)->items;
    } else if (molt_is_tuple(notes)) {
        n = molt_tuple_obj(notes)->n;
        items = molt_tuple_obj(notes)->items;
    } else {
        print_note_text(c, molt_repr(notes));
        return;
    }
    for (size_t i = 0; i < n; i++)
        print_note_text(c, molt_is_str(items[i]) ? items[i] : molt_str(items[i]));
}

static void print_one(PrintCtx *c, MoltValue exc)
{
    print_traceback(c, exc);
    print_exception_line(c, exc);
    print_notes(c, exc);
}

/* CPython's print_exception_group: the group, then each member in its
 * numbered frame, nested groups indented further. */
static void print_group(PrintCtx *c, MoltValue exc, int rdepth)
{
    MoltTuple *excs = molt_tuple_obj(molt_exc_obj(exc)->eg_excs);
    size_t n = excs->n > MAX_GROUP_WIDTH ? MAX_GROUP_WIDTH + 1 : excs->n;
    if (c->depth > MAX_GROUP_DEPTH) {
        indented_margin(c);
        fprintf(c->f, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    if (c->depth == 0)
        c->depth++;
    print_one(c, exc);
    c->need_close = 0;
    for (size_t i = 0; i < n; i++) {
        int last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
        if (last)
            c->need_close = 1;
        indent(c);
        if (truncated)
            fprintf(c->f, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        else
            fprintf(c->f, "%s+---------------- %zu ----------------\n", i == 0 ? "+-" : "  ", i + 1);
        c->depth++;
        if (!truncated) {
            print_recursive(c, excs->items[i], rdepth + 1);
        } else {
            size_t rest = excs->n - MAX_GROUP_WIDTH;
            indented_margin(c);
            fprintf(c->f, "and %zu more exception%s\n", rest, rest > 1 ? "s" : "");
        }
        if (last && c->need_close) {
            indent(c);
            fputs("+------------------------------------\n", c->f);
            c->need_close = 0;
        }
        c->depth--;
    }
    if (c->depth == 1)
        c->depth--;
}

/* CPython's print_exception_recursive: the cause (or, unless suppressed,
 * the context) first, then exc itself. */
static void print_recursive(PrintCtx *c, MoltValue exc, int rdepth)
{
    MoltException *e = molt_exc_obj(exc);
    seen_add(c, exc);
    if (rdepth < 100) {
        if (e->cause) {
            if (!seen_has(c, e->cause))
                print_chained(c, e->cause,
                    "The above exception was the direct cause of the following exception:\n", rdepth);
        } else if (e->context && !e->suppress_context && !seen_has(c, e->context)) {
            print_chained(c, e->context,
                "During handling of the above exception, another exception occurred:\n", rdepth);
        }
    }
    if (e->eg_excs)
        print_group(c, exc, rdepth);
    else
        print_one(c, exc);
}

void molt_tb_print(FILE *f, MoltValue exc)
{
    PrintCtx c = { f, NULL, 0, 0, 0, 0 };
    print_recursive(&c, exc, 0);
    free(src_text);
    src_text = NULL;
    src_file = NULL;
}
