/* `from __future__ import ...`: the features a module turns on, checked as
 * CPython's Python/future.c checks them. */
#include "future.h"

#include <string.h>

/* Features Python 3.11 knows; the ones with a flag change translation. */
static const struct {
    const char *name;
    unsigned flag;
} features_known[] = {
    { "nested_scopes", 0 },
    { "generators", 0 },
    { "division", 0 },
    { "absolute_import", 0 },
    { "with_statement", 0 },
    { "print_function", 0 },
    { "unicode_literals", 0 },
    { "barry_as_FLUFL", FUTURE_BARRY_AS_BDFL },
    { "generator_stop", 0 },
    { "annotations", FUTURE_ANNOTATIONS },
};

static int is_future_import(stmt_ty s)
{
    return s->kind == ImportFrom_kind && s->v.ImportFrom.module
        && strcmp(s->v.ImportFrom.module, "__future__") == 0;
}

/* The features of one `from __future__ import a, b`. */
static int check_features(stmt_ty s, Diag *diag, unsigned *features)
{
    asdl_seq *names = s->v.ImportFrom.names;
    for (int i = 0; i < asdl_seq_LEN(names); i++) {
        const char *name = ((alias_ty)asdl_seq_GET(names, i))->name;
        size_t k, n = sizeof features_known / sizeof features_known[0];
        for (k = 0; k < n; k++)
            if (strcmp(name, features_known[k].name) == 0)
                break;
        if (k < n) {
            *features |= features_known[k].flag;
            continue;
        }
        if (strcmp(name, "braces") == 0)
            diag_syntax(diag, s->lineno, s->col_offset, 0, 0, "not a chance");
        else
            diag_syntax(diag, s->lineno, s->col_offset, 0, 0, "future feature %.100s is not defined", name);
        return -1;
    }
    return 0;
}

/* Whether s is a docstring: an expression statement of a str constant. */
static int is_docstring(stmt_ty s)
{
    return s->kind == Expr_kind && s->v.Expr.value->kind == Constant_kind
        && s->v.Expr.value->v.Constant.value->kind == CONST_STR;
}

int future_parse(mod_ty mod, Diag *diag, unsigned *features, int *lineno)
{
    *features = 0;
    *lineno = -1;
    if (mod->kind != Module_kind)
        return 0;
    asdl_seq *body = mod->v.Module.body;
    int i = 0, done = 0, prev_line = 0;
    if (asdl_seq_LEN(body) > 0 && is_docstring(asdl_seq_GET(body, 0)))
        i++;
    for (; i < asdl_seq_LEN(body); i++) {
        stmt_ty s = asdl_seq_GET(body, i);
        /* Only `a; from __future__ import b` on one line is caught here. */
        if (done && s->lineno > prev_line)
            return 0;
        prev_line = s->lineno;
        if (!is_future_import(s)) {
            done = 1;
            continue;
        }
        if (done) {
            /* CPython places this one a column early (no +1 there). */
            diag_syntax(diag, s->lineno, s->col_offset - 1, 0, 0,
                "from __future__ imports must occur at the beginning of the file");
            return -1;
        }
        if (check_features(s, diag, features) < 0)
            return -1;
        *lineno = s->lineno;
    }
    return 0;
}
