/* The SyntaxErrors compile.c raises for a match statement: a capture or
 * wildcard that makes later cases unreachable, a name bound twice in one
 * pattern, alternatives that bind different names, a mapping pattern with
 * a key twice, a class pattern with a keyword twice, two starred names in
 * a sequence pattern. Patterns are visited in compile.c's order, and errors
 * carry its location: that of the last pattern it entered. */
#include "compile_check_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* compile.c's pattern_context: the names an alternative captured so far,
 * whether an irrefutable pattern is allowed here, and the location of the
 * last pattern entered (compile.c does not restore it on the way out). */
typedef struct PatternCtx {
    const char **stores;
    int nstores, cap;
    int allow_irrefutable;
    Loc loc;
} PatternCtx;

/* `_`: a capture pattern without a name. */
static int is_wildcard(pattern_ty p) { return p->kind == MatchAs_kind && !p->v.MatchAs.name; }

static int stored(const PatternCtx *pc, const char *name)
{
    for (int i = 0; i < pc->nstores; i++)
        if (strcmp(pc->stores[i], name) == 0)
            return 1;
    return 0;
}

static int store_name(Checker *c, PatternCtx *pc, const char *name)
{
    if (!name)
        return 0;
    if (check_forbidden_name(c, pc->loc, name, Store) < 0)
        return -1;
    if (stored(pc, name))
        return check_error(c, pc->loc, "multiple assignments to name '%s' in pattern", name);
    pc->stores = arena_grow(c->st->arena, pc->stores, pc->nstores, &pc->cap, sizeof *pc->stores);
    pc->stores[pc->nstores++] = name;
    return 0;
}

/* A mapping pattern key after CPython's constant folding (`-1`, `1+2j`):
 * what Python's == compares, and its repr. */
typedef enum { KEY_OTHER, KEY_NONE, KEY_NUMBER, KEY_STR, KEY_BYTES } KeyKind;

typedef struct Key {
    KeyKind kind;
    int is_int, neg; /* an int: its sign and digits */
    const char *digits;
    double re, im; /* a number's value (an int's, rounded) */
    int is_complex;
    constant c; /* the constant itself when not folded */
} Key;

static Key key_of(expr_ty e)
{
    Key k = { KEY_OTHER, 0, 0, NULL, 0, 0, 0, NULL };
    if (e->kind == UnaryOp_kind && e->v.UnaryOp.op == USub) {
        k = key_of(e->v.UnaryOp.operand);
        if (k.kind != KEY_NUMBER || k.c == NULL || k.c->kind == CONST_TRUE || k.c->kind == CONST_FALSE)
            return (Key) { KEY_OTHER, 0, 0, NULL, 0, 0, 0, NULL };
        k.neg = k.is_int && strcmp(k.digits, "0") != 0 ? !k.neg : 0;
        k.re = -k.re;
        k.im = -k.im;
        k.c = NULL;
        return k;
    }
    if (e->kind == BinOp_kind && (e->v.BinOp.op == Add || e->v.BinOp.op == Sub)) {
        Key l = key_of(e->v.BinOp.left), r = key_of(e->v.BinOp.right);
        if (l.kind != KEY_NUMBER || l.is_complex || r.kind != KEY_NUMBER || !r.is_complex)
            return k;
        k = (Key) { KEY_NUMBER, 0, 0, NULL, 0, 0, 1, NULL };
        k.re = e->v.BinOp.op == Add ? l.re + r.re : l.re - r.re;
        k.im = e->v.BinOp.op == Add ? l.im + r.im : l.im - r.im;
        return k;
    }
    if (e->kind != Constant_kind)
        return k;
    constant c = e->v.Constant.value;
    k.c = c;
    switch (c->kind) {
    case CONST_NONE:
        k.kind = KEY_NONE;
        break;
    case CONST_TRUE:
    case CONST_FALSE:
        k.kind = KEY_NUMBER;
        k.is_int = 1;
        k.digits = c->kind == CONST_TRUE ? "1" : "0";
        k.re = c->kind == CONST_TRUE;
        break;
    case CONST_INT:
        k.kind = KEY_NUMBER;
        k.is_int = 1;
        k.digits = c->s;
        k.re = strtod(c->s, NULL);
        break;
    case CONST_FLOAT:
        k.kind = KEY_NUMBER;
        k.re = c->d;
        break;
    case CONST_COMPLEX:
        k.kind = KEY_NUMBER;
        k.is_complex = 1;
        k.im = c->d;
        break;
    case CONST_STR:
        k.kind = KEY_STR;
        break;
    case CONST_BYTES:
        k.kind = KEY_BYTES;
        break;
    case CONST_ELLIPSIS:
        break;
    }
    return k;
}

static int key_equal(const Key *a, const Key *b)
{
    if (a->kind != b->kind || a->kind == KEY_OTHER)
        return 0;
    switch (a->kind) {
    case KEY_NONE:
        return 1;
    case KEY_NUMBER:
        if (a->is_int && b->is_int)
            return a->neg == b->neg && strcmp(a->digits, b->digits) == 0;
        return a->re == b->re && a->im == b->im;
    case KEY_STR:
    case KEY_BYTES:
        return a->c->len == b->c->len && memcmp(a->c->s, b->c->s, a->c->len) == 0;
    default:
        return 0;
    }
}

/* Python's repr of a key, as compile.c's %R prints it. */
static char *key_repr(Arena *a, const Key *k)
{
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    if (!out)
        return "?";
    if (k->c) {
        ast_repr_constant(out, k->c);
    } else if (k->is_int) {
        fprintf(out, "%s%s", k->neg ? "-" : "", k->digits);
    } else if (!k->is_complex) {
        char buf[32];
        ast_format_double(buf, k->re, 1);
        fputs(buf, out);
    } else {
        char re[32], im[32];
        ast_format_double(re, k->re, 0);
        ast_format_double(im, fabs(k->im), 0);
        if (k->re == 0 && !signbit(k->re))
            fprintf(out, "%s%sj", signbit(k->im) ? "-" : "", im);
        else
            fprintf(out, "(%s%s%sj)", re, signbit(k->im) ? "-" : "+", im);
    }
    fclose(out);
    char *copy = arena_strdup(a, text ? text : "?");
    free(text);
    return copy;
}

static void check_pattern(Checker *c, pattern_ty p, PatternCtx *pc);

/* A pattern inside another: an irrefutable one is fine there. */
static void check_subpattern(Checker *c, pattern_ty p, PatternCtx *pc)
{
    int allow = pc->allow_irrefutable;
    pc->allow_irrefutable = 1;
    check_pattern(c, p, pc);
    pc->allow_irrefutable = allow;
}

static void check_pattern_sequence(Checker *c, pattern_ty p, PatternCtx *pc)
{
    asdl_seq *pats = p->v.MatchSequence.patterns;
    int n = asdl_seq_LEN(pats), star = -1, only_wildcard = 1, star_wildcard = 0;
    for (int i = 0; i < n; i++) {
        pattern_ty q = asdl_seq_GET(pats, i);
        if (q->kind == MatchStar_kind) {
            if (star >= 0) {
                check_error(c, pc->loc, "multiple starred names in sequence pattern", NULL);
                return;
            }
            star_wildcard = !q->v.MatchStar.name;
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(q);
    }
    if (only_wildcard)
        return;
    for (int i = 0; i < n && !failed(c); i++) {
        pattern_ty q = asdl_seq_GET(pats, i);
        /* With `*_`, compile.c indexes the subject and skips wildcards. */
        if (star_wildcard && (is_wildcard(q) || i == star))
            continue;
        check_subpattern(c, q, pc);
    }
}

static void check_pattern_mapping(Checker *c, pattern_ty p, PatternCtx *pc)
{
    asdl_seq *keys = p->v.MatchMapping.keys, *pats = p->v.MatchMapping.patterns;
    int n = asdl_seq_LEN(keys);
    if (n == 0 && !p->v.MatchMapping.rest)
        return;
    Key *seen = arena_alloc(c->st->arena, sizeof *seen * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        expr_ty e = asdl_seq_GET(keys, i);
        seen[i] = key_of(e);
        if (seen[i].kind == KEY_OTHER) {
            if (e->kind != Attribute_kind) {
                check_error(
                    c, pc->loc, "mapping pattern keys may only match literals and attribute lookups", NULL);
                return;
            }
        } else {
            for (int j = 0; j < i; j++)
                if (key_equal(&seen[j], &seen[i])) {
                    check_error(c, pc->loc, "mapping pattern checks duplicate key (%s)",
                        key_repr(c->st->arena, &seen[i]));
                    return;
                }
        }
        check_expr(c, e);
        if (failed(c))
            return;
    }
    for (int i = 0; i < asdl_seq_LEN(pats) && !failed(c); i++)
        check_subpattern(c, asdl_seq_GET(pats, i), pc);
    if (!failed(c))
        store_name(c, pc, p->v.MatchMapping.rest);
}

static void check_pattern_class(Checker *c, pattern_ty p, PatternCtx *pc)
{
    asdl_seq *attrs = p->v.MatchClass.kwd_attrs, *kwd = p->v.MatchClass.kwd_patterns;
    int nattrs = asdl_seq_LEN(attrs);
    for (int i = 0; i < nattrs; i++) {
        const char *attr = asdl_seq_GET(attrs, i);
        pc->loc = LOC((pattern_ty)asdl_seq_GET(kwd, i));
        if (check_forbidden_name(c, pc->loc, attr, Store) < 0)
            return;
        for (int j = i + 1; j < nattrs; j++)
            if (strcmp(attr, asdl_seq_GET(attrs, j)) == 0) {
                pc->loc = LOC((pattern_ty)asdl_seq_GET(kwd, j));
                check_error(c, pc->loc, "attribute name repeated in class pattern: %s", attr);
                return;
            }
    }
    if (nattrs)
        pc->loc = LOC(p);
    check_expr(c, p->v.MatchClass.cls);
    asdl_seq *lists[] = { p->v.MatchClass.patterns, kwd };
    for (int l = 0; l < 2; l++)
        for (int i = 0; i < asdl_seq_LEN(lists[l]) && !failed(c); i++) {
            pattern_ty q = asdl_seq_GET(lists[l], i);
            if (!is_wildcard(q))
                check_subpattern(c, q, pc);
        }
}

/* `a | b | c`: every alternative binds the same names. */
static void check_pattern_or(Checker *c, pattern_ty p, PatternCtx *pc)
{
    asdl_seq *alts = p->v.MatchOr.patterns;
    int n = asdl_seq_LEN(alts), allow = pc->allow_irrefutable;
    const char **outer = pc->stores;
    int nouter = pc->nstores, outercap = pc->cap;
    const char **control = NULL;
    int ncontrol = 0, diff = 0;
    for (int i = 0; i < n && !failed(c) && !diff; i++) {
        pattern_ty alt = asdl_seq_GET(alts, i);
        pc->loc = LOC(alt);
        pc->stores = NULL;
        pc->nstores = pc->cap = 0;
        pc->allow_irrefutable = i == n - 1 && allow;
        check_pattern(c, alt, pc);
        if (failed(c))
            break;
        if (i == 0) {
            control = pc->stores;
            ncontrol = pc->nstores;
        } else if (pc->nstores != ncontrol) {
            diff = 1;
        } else {
            for (int k = 0; k < ncontrol && !diff; k++)
                diff = !stored(pc, control[k]);
        }
    }
    pc->stores = outer;
    pc->nstores = nouter;
    pc->cap = outercap;
    pc->allow_irrefutable = allow;
    if (failed(c))
        return;
    if (diff) {
        check_error(c, pc->loc, "alternative patterns bind different names", NULL);
        return;
    }
    for (int k = 0; k < ncontrol; k++) {
        if (stored(pc, control[k])) {
            check_error(c, pc->loc, "multiple assignments to name '%s' in pattern", control[k]);
            return;
        }
        pc->stores = arena_grow(c->st->arena, pc->stores, pc->nstores, &pc->cap, sizeof *pc->stores);
        pc->stores[pc->nstores++] = control[k];
    }
}

static void check_pattern(Checker *c, pattern_ty p, PatternCtx *pc)
{
    pc->loc = LOC(p);
    switch (p->kind) {
    case MatchValue_kind:
        check_expr(c, p->v.MatchValue.value);
        break;
    case MatchSingleton_kind:
        break;
    case MatchSequence_kind:
        check_pattern_sequence(c, p, pc);
        break;
    case MatchMapping_kind:
        check_pattern_mapping(c, p, pc);
        break;
    case MatchClass_kind:
        check_pattern_class(c, p, pc);
        break;
    case MatchStar_kind:
        store_name(c, pc, p->v.MatchStar.name);
        break;
    case MatchAs_kind:
        if (!p->v.MatchAs.pattern) {
            if (!pc->allow_irrefutable) {
                if (p->v.MatchAs.name)
                    check_error(c, pc->loc, "name capture '%s' makes remaining patterns unreachable",
                        p->v.MatchAs.name);
                else
                    check_error(c, pc->loc, "wildcard makes remaining patterns unreachable", NULL);
                break;
            }
            store_name(c, pc, p->v.MatchAs.name);
            break;
        }
        check_pattern(c, p->v.MatchAs.pattern, pc);
        if (!failed(c))
            store_name(c, pc, p->v.MatchAs.name);
        break;
    case MatchOr_kind:
        check_pattern_or(c, p, pc);
        break;
    }
}

/* The cases in order; a last `case _:` (with more cases before it) is
 * compiled apart and cannot fail. */
void check_match(Checker *c, stmt_ty s)
{
    check_expr(c, s->v.Match.subject);
    asdl_seq *cases = s->v.Match.cases;
    int n = asdl_seq_LEN(cases);
    int has_default = n > 1 && is_wildcard(((match_case_ty)asdl_seq_GET(cases, n - 1))->pattern);
    for (int i = 0; i < n && !failed(c); i++) {
        match_case_ty m = asdl_seq_GET(cases, i);
        if (i < n - has_default) {
            PatternCtx pc = { NULL, 0, 0, m->guard != NULL || i == n - 1, LOC(m->pattern) };
            check_pattern(c, m->pattern, &pc);
        }
        if (m->guard && !failed(c))
            check_expr(c, m->guard);
        check_stmts(c, m->body);
    }
}
