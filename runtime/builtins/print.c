/* print(*objects, sep=' ', end='\n', file=None, flush=False) to stdout. */
#include <stdio.h>
#include <string.h>

#include "internal/builtins.h"
#include "internal/exceptions.h"
#include "internal/float.h"
#include "internal/str.h"
#include "internal/type.h"

static int check_sep_end(const char *what, MoltValue v)
{
    if (v == MOLT_NULL || v == MOLT_NONE || molt_is_str(v))
        return 0;
    molt_raise(&MoltExc_TypeError, "%s must be None or a string, not %s", what, molt_type_name(v));
    return -1;
}

/* str(v) to f; small ints, floats and strs are written without building a
 * temporary str. 0, or -1 with an exception pending. */
static int write_str(FILE *f, MoltValue v)
{
    char buf[40];
    size_t n;
    if (molt_is_int(v)) {
        fprintf(f, "%lld", (long long)molt_int_value(v));
        return 0;
    }
    if (molt_is_double(v)) {
        n = molt_float_repr_buf(molt_double_value(v), buf);
        fwrite(buf, 1, n, f);
        return 0;
    }
    v = molt_str(v);
    if (!v)
        return -1;
    fwrite(molt_str_cstr(v), 1, molt_str_obj(v)->len, f);
    return 0;
}

MoltValue molt_builtin_print(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue sep = MOLT_NULL, end = MOLT_NULL, file = MOLT_NULL, flush = MOLT_NULL;
    size_t nkw = molt_kw_count(kwnames), i;
    FILE *out = stdout;
    for (i = 0; i < nkw; i++) {
        const char *k = molt_kw_name(kwnames, i);
        MoltValue v = args[nargs + i];
        if (strcmp(k, "sep") == 0)
            sep = v;
        else if (strcmp(k, "end") == 0)
            end = v;
        else if (strcmp(k, "file") == 0)
            file = v;
        else if (strcmp(k, "flush") == 0)
            flush = v;
        else
            return molt_raise(&MoltExc_TypeError, "'%s' is an invalid keyword argument for print()", k);
    }
    if (file != MOLT_NULL && file != MOLT_NONE)
        /* no file objects yet: what CPython says for a non-file */
        return molt_raise(
            &MoltExc_AttributeError, "'%s' object has no attribute 'write'", molt_type_name(file));
    if (check_sep_end("sep", sep) < 0 || check_sep_end("end", end) < 0)
        return MOLT_NULL;
    for (i = 0; i < nargs; i++) {
        if (i > 0) {
            if (sep == MOLT_NULL || sep == MOLT_NONE)
                putc(' ', out);
            else
                fwrite(molt_str_cstr(sep), 1, molt_str_obj(sep)->len, out);
        }
        if (write_str(out, args[i]) < 0)
            return MOLT_NULL;
    }
    if (end == MOLT_NULL || end == MOLT_NONE)
        putc('\n', out);
    else
        fwrite(molt_str_cstr(end), 1, molt_str_obj(end)->len, out);
    if (flush != MOLT_NULL) {
        int t = molt_truth(flush);
        if (t < 0)
            return MOLT_NULL;
        if (t)
            fflush(out);
    }
    return MOLT_NONE;
}
