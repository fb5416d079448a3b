/* Traceback entries of the pending exception and CPython-format printing
 * ("Traceback (most recent call last):", File/line/name lines with the
 * stripped source line, repeated-frame folding, "Type: message"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal/alloc.h"
#include "internal/exceptions.h"
#include "internal/str.h"
#include "internal/type.h"

/* Entries hold only pointers to static MoltCode rows, so plain malloc is
 * fine. Innermost first, as generated code adds them while unwinding. */
typedef struct TbEntry {
    const MoltCode *code;
    int line;
} TbEntry;

static TbEntry *tb;
static size_t tb_len, tb_cap;

/* Append (code, line) for the pending exception. */
MOLT_API void molt_tb_add(const MoltCode *code, int line)
{
    if (tb_len == tb_cap) {
        size_t cap = tb_cap ? tb_cap * 2 : 64;
        TbEntry *n = realloc(tb, cap * sizeof *n);
        if (!n)
            molt_fatal_oom("traceback");
        tb = n;
        tb_cap = cap;
    }
    tb[tb_len].code = code;
    tb[tb_len].line = line;
    tb_len++;
}

void molt_tb_clear(void) { tb_len = 0; }

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

static void print_frame(FILE *f, const TbEntry *e)
{
    const char *src;
    size_t n;
    fprintf(f, "  File \"%s\", line %d, in %s\n", e->code->file, e->line, e->code->name);
    src = source_line(e->code->file, e->line, &n);
    if (src && n) {
        fputs("    ", f);
        fwrite(src, 1, n, f);
        fputc('\n', f);
    }
}

static void print_repeated(FILE *f, long cnt)
{
    cnt -= 3;
    fprintf(f, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
}

/* "Type: message", or "Type" when str(exc) is empty. */
static void print_exception_line(FILE *f, MoltValue exc)
{
    MoltValue s = molt_str(exc);
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
void molt_tb_print(FILE *f, MoltValue exc)
{
    const long limit = 1000, cutoff = 3;
    size_t n = tb_len, i, first = 0;
    const TbEntry *last = NULL;
    long cnt = 0;
    if (n) {
        fputs("Traceback (most recent call last):\n", f);
        if (n > (size_t)limit)
            first = n - (size_t)limit;
        /* outermost first: entries are stored innermost first */
        for (i = n - first; i-- > 0;) {
            const TbEntry *e = &tb[i];
            if (!last || e->code->file != last->code->file || e->line != last->line
                || strcmp(e->code->name, last->code->name) != 0) {
                if (cnt > cutoff)
                    print_repeated(f, cnt);
                last = e;
                cnt = 0;
            }
            cnt++;
            if (cnt <= cutoff)
                print_frame(f, e);
        }
        if (cnt > cutoff)
            print_repeated(f, cnt);
    }
    print_exception_line(f, exc);
    free(src_text);
    src_text = NULL;
    src_file = NULL;
}
