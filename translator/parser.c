/* Parser: a recursive-descent rendering of CPython 3.11's PEG grammar
 * (Grammar/python.gram). Each rule function opens with its rule.
 *
 * Conventions, as in CPython's generated parser:
 * - A rule function returns NULL when it does not match; the caller resets
 *   p->pos and tries its next alternative, so backtracking is free (all
 *   tokens are lexed up front). A hard error (p->err) makes every rule
 *   return NULL at once.
 * - A node spans from the first token of its rule to the last non-NEWLINE/
 *   INDENT/DEDENT token consumed (EXTRA), so `(a) + b` starts at `(`.
 * - When parsing fails without a specific message, the error is "invalid
 *   syntax" at the furthest token looked at, unless the lexer failed.
 * - Assignment targets are parsed as expressions and then checked and given
 *   Store/Del context (set_context), as CPython's star_targets would.
 */
#include "parser.h"

#include <ctype.h>
#include <gmp.h>
#include <iconv.h>
#include <strings.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"
#include "parser_int.h"

/* ---------------------------------------------------------------- errors */

void *error_range(
    Parser *p, const char *exc, int lineno, int col, int end_lineno, int end_col, const char *fmt, ...)
{
    if (p->err)
        return NULL;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_set(p->diag, DIAG_SYNTAX, exc, lineno, col, "%s", msg);
    p->diag->end_lineno = end_lineno;
    p->diag->end_col_offset = end_col;
    p->err = 1;
    return NULL;
}

int enter(Parser *p)
{
    if (++p->depth > MAXDEPTH) {
        if (!p->err) {
            LexToken *t = tk(p);
            diag_set(p->diag, DIAG_UNSUPPORTED, NULL, t->lineno, t->col_offset < 0 ? 0 : t->col_offset,
                "source too complex to parse: nested too deeply");
            p->err = 1;
        }
        return 0;
    }
    return 1;
}
/* A left-recursive chain (a + b + c ..., a.b.c ...) nests one node per
 * link: past MAXTREEDEPTH the tree is refused, as CPython refuses it
 * ("maximum recursion depth exceeded during ast construction"). */
void *too_deep(Parser *p)
{
    if (!p->err) {
        LexToken *t = tk(p);
        diag_set(p->diag, DIAG_UNSUPPORTED, NULL, t->lineno, t->col_offset < 0 ? 0 : t->col_offset,
            "expression too deeply nested");
        p->err = 1;
    }
    return NULL;
}
/* Require an operator: a hard "expected 'x'" error otherwise (the && of
 * CPython's grammar). */
int expect_forced(Parser *p, int op, const char *text)
{
    if (accept_op(p, op))
        return 1;
    if (!p->err) {
        LexToken *t = tk(p);
        if (t->kind == TOK_ERROR)
            return 0;
        /* CPython points at the previous token's end when the token is a
         * NEWLINE. */
        ERR_TOK(t, "expected '%s'", text);
    }
    return 0;
}

/* ---------------------------------------------------------------- forward */

static expr_ty expression(Parser *p);
static expr_ty star_expressions(Parser *p);
static expr_ty disjunction(Parser *p);
static expr_ty bitwise_or(Parser *p);
static expr_ty call_named_expression(Parser *p);
static int starts_expression(Parser *p);
static expr_ty primary(Parser *p);
static expr_ty atom(Parser *p);
static expr_ty yield_expr(Parser *p);
static expr_ty lambdef(Parser *p);
static asdl_seq *for_if_clauses(Parser *p);
static int statement(Parser *p, Vec *out);
static arguments_ty params(Parser *p, int lambda);

static expr_ty make_name(Parser *p, LexToken *t, expr_context_ty ctx)
{
    return ast_Name(
        tok_ident(p, t), ctx, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset, p->arena);
}

/* ---------------------------------------------------------------- targets */

static const char *expr_name(expr_ty e)
{
    switch (e->kind) {
    case Attribute_kind:
        return "attribute";
    case Subscript_kind:
        return "subscript";
    case Starred_kind:
        return "starred";
    case Name_kind:
        return "name";
    case List_kind:
        return "list";
    case Tuple_kind:
        return "tuple";
    case Lambda_kind:
        return "lambda";
    case Call_kind:
        return "function call";
    case BoolOp_kind:
    case BinOp_kind:
    case UnaryOp_kind:
        return "expression";
    case GeneratorExp_kind:
        return "generator expression";
    case Yield_kind:
    case YieldFrom_kind:
        return "yield expression";
    case Await_kind:
        return "await expression";
    case ListComp_kind:
        return "list comprehension";
    case SetComp_kind:
        return "set comprehension";
    case DictComp_kind:
        return "dict comprehension";
    case Dict_kind:
        return "dict literal";
    case Set_kind:
        return "set display";
    case JoinedStr_kind:
    case FormattedValue_kind:
        return "f-string expression";
    case Constant_kind:
        switch (e->v.Constant.value->kind) {
        case CONST_NONE:
            return "None";
        case CONST_TRUE:
            return "True";
        case CONST_FALSE:
            return "False";
        case CONST_ELLIPSIS:
            return "ellipsis";
        default:
            return "literal";
        }
    case Compare_kind:
        return "comparison";
    case IfExp_kind:
        return "conditional expression";
    case NamedExpr_kind:
        return "named expression";
    default:
        return "expression";
    }
}

enum { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS };

/* The first sub-expression of e that cannot be a target (CPython's
 * _PyPegen_get_invalid_target), or NULL. */
static expr_ty invalid_target(expr_ty e, int type)
{
    switch (e->kind) {
    case List_kind:
    case Tuple_kind: {
        asdl_seq *elts = e->kind == List_kind ? e->v.List.elts : e->v.Tuple.elts;
        for (int i = 0; i < asdl_seq_LEN(elts); i++) {
            expr_ty r = invalid_target(asdl_seq_GET(elts, i), type);
            if (r)
                return r;
        }
        return NULL;
    }
    case Starred_kind:
        if (type == DEL_TARGETS)
            return e;
        return invalid_target(e->v.Starred.value, type);
    case Compare_kind:
        if (type == FOR_TARGETS) {
            if ((cmpop_ty)(intptr_t)asdl_seq_GET(e->v.Compare.ops, 0) == In)
                return invalid_target(e->v.Compare.left, type);
            return NULL;
        }
        return e;
    case Name_kind:
    case Subscript_kind:
    case Attribute_kind:
        return NULL;
    default:
        return e;
    }
}

/* Give e (already checked by invalid_target) the context ctx. */
static void set_context(expr_ty e, expr_context_ty ctx)
{
    switch (e->kind) {
    case Name_kind:
        e->v.Name.ctx = ctx;
        break;
    case Attribute_kind:
        e->v.Attribute.ctx = ctx;
        break;
    case Subscript_kind:
        e->v.Subscript.ctx = ctx;
        break;
    case Starred_kind:
        e->v.Starred.ctx = ctx;
        set_context(e->v.Starred.value, ctx);
        break;
    case List_kind:
        e->v.List.ctx = ctx;
        for (int i = 0; i < asdl_seq_LEN(e->v.List.elts); i++)
            set_context(asdl_seq_GET(e->v.List.elts, i), ctx);
        break;
    case Tuple_kind:
        e->v.Tuple.ctx = ctx;
        for (int i = 0; i < asdl_seq_LEN(e->v.Tuple.elts); i++)
            set_context(asdl_seq_GET(e->v.Tuple.elts, i), ctx);
        break;
    default:
        break;
    }
}

/* ---------------------------------------------------------------- numbers */

static expr_ty make_constant(
    Parser *p, AstConstKind kind, const char *s, size_t len, double d, LexToken *t, int s_tok)
{
    constant c = arena_alloc(p->arena, sizeof(*c));
    c->kind = kind;
    c->s = s;
    c->len = len;
    c->d = d;
    (void)t;
    return ast_Constant(c, NULL, EXTRA(s_tok));
}

expr_ty number(Parser *p)
{
    LexToken *t = tk(p);
    int s = p->pos;
    advance(p);
    char *txt = arena_alloc(p->arena, t->len + 1);
    size_t n = 0;
    for (size_t i = 0; i < t->len; i++)
        if (t->text[i] != '_')
            txt[n++] = t->text[i];
    txt[n] = '\0';
    char last = txt[n - 1];
    if (last == 'j' || last == 'J') {
        txt[n - 1] = '\0';
        return make_constant(p, CONST_COMPLEX, NULL, 0, strtod(txt, NULL), t, s);
    }
    int base = 10;
    const char *digits = txt;
    if (n > 1 && txt[0] == '0' && (txt[1] | 0x20) == 'x')
        base = 16, digits = txt + 2;
    else if (n > 1 && txt[0] == '0' && (txt[1] | 0x20) == 'o')
        base = 8, digits = txt + 2;
    else if (n > 1 && txt[0] == '0' && (txt[1] | 0x20) == 'b')
        base = 2, digits = txt + 2;
    else if (strpbrk(txt, ".eE"))
        return make_constant(p, CONST_FLOAT, NULL, 0, strtod(txt, NULL), t, s);
    if (base == 10) {
        while (digits[0] == '0' && digits[1])
            digits++;
        size_t ndigits = strlen(digits);
        if (ndigits > 4300) /* sys.int_info.default_max_str_digits; no caret, as CPython */
            return error_range(p, "SyntaxError", t->lineno, -1, 0, 0,
                "Exceeds the limit (4300 digits) for integer string conversion: value has %zu digits; use "
                "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
                "literals to avoid decimal conversion limits.",
                ndigits);
        return make_constant(p, CONST_INT, digits, ndigits, 0, t, s);
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits, base);
    char *dec = mpz_get_str(NULL, 10, z);
    const char *out = arena_strdup(p->arena, dec);
    void (*freefunc)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freefunc);
    freefunc(dec, strlen(dec) + 1);
    mpz_clear(z);
    return make_constant(p, CONST_INT, out, strlen(out), 0, t, s);
}

/* ---------------------------------------------------------------- atoms */

/* star_targets: star_target !',' | star_target (',' star_target)* [',']
 * star_target: '*' (!'*' star_target) | target_with_star_atom
 * (parsed as bitwise_or and checked by the caller with invalid_target) */
static expr_ty star_target(Parser *p)
{
    ENTER();
    int s = p->pos;
    if (accept_op(p, OP_STAR)) {
        if (is_op(p, OP_STAR))
            LEAVE(NULL);
        expr_ty e = star_target(p);
        if (!e)
            LEAVE(NULL);
        LEAVE(ast_Starred(e, Store, EXTRA(s)));
    }
    LEAVE(bitwise_or(p));
}

static expr_ty star_targets(Parser *p)
{
    int s = p->pos;
    expr_ty e = star_target(p);
    if (!e)
        return NULL;
    if (!is_op(p, OP_COMMA))
        return e;
    Vec v = { 0 };
    vec_push(p, &v, e);
    while (accept_op(p, OP_COMMA)) {
        int m = p->pos;
        expr_ty e2 = star_target(p);
        if (!e2) {
            if (p->err)
                return NULL;
            p->pos = m;
            break;
        }
        vec_push(p, &v, e2);
    }
    return ast_Tuple(vec_seq(p, &v), Store, EXTRA(s));
}

/* Check target e and give it ctx; on error report as CPython does. */
static int check_target(Parser *p, expr_ty e, int type)
{
    expr_ty bad = invalid_target(e, type);
    if (bad) {
        if (type == DEL_TARGETS)
            ERR_NODE(bad, "cannot delete %s", expr_name(bad));
        else
            ERR_NODE(bad, "cannot assign to %s", expr_name(bad));
        return 0;
    }
    set_context(e, type == DEL_TARGETS ? Del : Store);
    return 1;
}

/* for_if_clauses: ('async'? 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+ */
static asdl_seq *for_if_clauses(Parser *p)
{
    Vec gens = { 0 };
    for (;;) {
        int is_async = 0;
        if (is_kw(p, KW_ASYNC) && tk_at(p, 1)->kind == TOK_NAME && tk_at(p, 1)->kw == KW_FOR) {
            advance(p);
            is_async = 1;
        } else if (!is_kw(p, KW_FOR)) {
            break;
        }
        advance(p);
        expr_ty target = star_targets(p);
        if (!target)
            return NULL;
        if (!check_target(p, target, FOR_TARGETS))
            return NULL;
        if (!accept_kw(p, KW_IN)) {
            if (!p->err && (target->kind != Name_kind))
                ERR_NODE(target, "cannot assign to %s", expr_name(target));
            return NULL;
        }
        expr_ty iter = disjunction(p);
        if (!iter) {
            if (!p->err) {
                LexToken *t = tk(p);
                ERR_TOK(t, "invalid syntax");
            }
            return NULL;
        }
        Vec ifs = { 0 };
        while (accept_kw(p, KW_IF)) {
            expr_ty c = disjunction(p);
            if (!c)
                return NULL;
            vec_push(p, &ifs, c);
        }
        vec_push(p, &gens, ast_comprehension(target, iter, vec_seq(p, &ifs), is_async, p->arena));
    }
    return vec_seq(p, &gens);
}

static int at_for(Parser *p)
{
    return is_kw(p, KW_FOR)
        || (is_kw(p, KW_ASYNC) && tk_at(p, 1)->kind == TOK_NAME && tk_at(p, 1)->kw == KW_FOR);
}

/* tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
 * group: '(' (yield_expr | named_expression) ')'
 * genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' */
static expr_ty paren_atom(Parser *p)
{
    int s = p->pos;
    advance(p);
    if (accept_op(p, OP_RPAR))
        return ast_Tuple(NULL, Load, EXTRA(s));
    if (is_kw(p, KW_YIELD)) {
        expr_ty e = yield_expr(p);
        if (!e || !accept_op(p, OP_RPAR))
            return NULL;
        return e;
    }
    expr_ty e = star_named_expression(p);
    if (!e)
        return NULL;
    if (at_for(p)) {
        if (e->kind == Starred_kind)
            return ERR_NODE(e, "iterable unpacking cannot be used in comprehension");
        asdl_seq *gens = for_if_clauses(p);
        if (!gens || !accept_op(p, OP_RPAR))
            return NULL;
        return ast_GeneratorExp(e, gens, EXTRA(s));
    }
    if (is_op(p, OP_COMMA)) {
        Vec v = { 0 };
        vec_push(p, &v, e);
        while (accept_op(p, OP_COMMA)) {
            if (is_op(p, OP_RPAR))
                break;
            expr_ty e2 = star_named_expression(p);
            if (!e2)
                return NULL;
            vec_push(p, &v, e2);
        }
        if (!accept_op(p, OP_RPAR))
            return NULL;
        return ast_Tuple(vec_seq(p, &v), Load, EXTRA(s));
    }
    if (!accept_op(p, OP_RPAR))
        return NULL;
    if (e->kind == Starred_kind)
        return ERR_NODE(e, "cannot use starred expression here");
    return e;
}

/* list: '[' [star_named_expressions] ']'
 * listcomp: '[' named_expression for_if_clauses ']' */
static expr_ty list_atom(Parser *p)
{
    int s = p->pos;
    advance(p);
    if (accept_op(p, OP_RSQB))
        return ast_List(NULL, Load, EXTRA(s));
    expr_ty e = star_named_expression(p);
    if (!e)
        return NULL;
    if (at_for(p)) {
        if (e->kind == Starred_kind)
            return ERR_NODE(e, "iterable unpacking cannot be used in comprehension");
        asdl_seq *gens = for_if_clauses(p);
        if (!gens || !accept_op(p, OP_RSQB))
            return NULL;
        return ast_ListComp(e, gens, EXTRA(s));
    }
    Vec v = { 0 };
    vec_push(p, &v, e);
    while (accept_op(p, OP_COMMA)) {
        if (is_op(p, OP_RSQB))
            break;
        expr_ty e2 = star_named_expression(p);
        if (!e2)
            return NULL;
        vec_push(p, &v, e2);
    }
    if (!accept_op(p, OP_RSQB))
        return NULL;
    return ast_List(vec_seq(p, &v), Load, EXTRA(s));
}

/* A dictionary value that did not parse, after `key ':'`: the errors of
 * invalid_double_starred_kvpairs and invalid_kvpair. Returns NULL. */
static void *invalid_dict_value(Parser *p)
{
    if (p->err)
        return NULL;
    LexToken *t = tk(p);
    if (is_op(p, OP_STAR)) {
        advance(p);
        expr_ty v = bitwise_or(p);
        if (v)
            return error_range(p, "SyntaxError", t->lineno, t->col_offset, v->end_lineno, v->end_col_offset,
                "cannot use a starred expression in a dictionary value");
    } else if (is_op(p, OP_RBRACE) || is_op(p, OP_COMMA)) {
        return ERR_TOK(&p->toks[p->pos - 1], "expression expected after dictionary key and ':'");
    }
    return NULL;
}

/* dict: '{' [double_starred_kvpairs] '}'
 * set: '{' star_named_expressions '}'
 * dictcomp: '{' kvpair for_if_clauses '}'
 * setcomp: '{' named_expression for_if_clauses '}' */
static expr_ty brace_atom(Parser *p)
{
    int s = p->pos;
    advance(p);
    if (accept_op(p, OP_RBRACE))
        return ast_Dict(NULL, NULL, EXTRA(s));
    expr_ty first_key = NULL, first_val = NULL;
    if (accept_op(p, OP_DOUBLESTAR)) {
        first_val = bitwise_or(p);
        if (!first_val)
            return NULL;
    } else {
        expr_ty e = star_named_expression(p);
        if (!e)
            return NULL;
        if (!accept_op(p, OP_COLON)) {
            /* a set */
            if (at_for(p)) {
                if (e->kind == Starred_kind)
                    return ERR_NODE(e, "iterable unpacking cannot be used in comprehension");
                asdl_seq *gens = for_if_clauses(p);
                if (!gens || !accept_op(p, OP_RBRACE))
                    return NULL;
                return ast_SetComp(e, gens, EXTRA(s));
            }
            Vec v = { 0 };
            vec_push(p, &v, e);
            while (accept_op(p, OP_COMMA)) {
                if (is_op(p, OP_RBRACE))
                    break;
                expr_ty e2 = star_named_expression(p);
                if (!e2)
                    return NULL;
                vec_push(p, &v, e2);
            }
            if (!accept_op(p, OP_RBRACE))
                return NULL;
            return ast_Set(vec_seq(p, &v), EXTRA(s));
        }
        if (e->kind == Starred_kind
            || (e->kind == NamedExpr_kind
                && !(p->toks[s + 1].kind == TOK_OP && p->toks[s + 1].op == OP_LPAR)))
            return NULL;
        first_key = e;
        first_val = expression(p);
        if (!first_val)
            return invalid_dict_value(p);
        if (at_for(p)) {
            asdl_seq *gens = for_if_clauses(p);
            if (!gens || !accept_op(p, OP_RBRACE))
                return NULL;
            return ast_DictComp(first_key, first_val, gens, EXTRA(s));
        }
    }
    Vec keys = { 0 }, vals = { 0 };
    vec_push(p, &keys, first_key);
    vec_push(p, &vals, first_val);
    while (accept_op(p, OP_COMMA)) {
        if (is_op(p, OP_RBRACE))
            break;
        if (accept_op(p, OP_DOUBLESTAR)) {
            expr_ty v = bitwise_or(p);
            if (!v)
                return NULL;
            vec_push(p, &keys, NULL);
            vec_push(p, &vals, v);
            continue;
        }
        expr_ty k = expression(p);
        if (!k)
            return NULL;
        if (!accept_op(p, OP_COLON))
            return error_range(p, "SyntaxError", k->lineno, k->end_col_offset - 1, k->end_lineno, -1,
                "':' expected after dictionary key");
        expr_ty v = expression(p);
        if (!v)
            return invalid_dict_value(p);
        vec_push(p, &keys, k);
        vec_push(p, &vals, v);
    }
    if (!accept_op(p, OP_RBRACE))
        return NULL;
    return ast_Dict(vec_seq(p, &keys), vec_seq(p, &vals), EXTRA(s));
}

/* atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
 *     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
 *     | &'{' (dict | set | dictcomp | setcomp) | '...' */
static expr_ty atom(Parser *p)
{
    ENTER();
    LexToken *t = tk(p);
    int s = p->pos;
    switch (t->kind) {
    case TOK_NAME:
        if (t->kw == 0) {
            advance(p);
            LEAVE(make_name(p, t, Load));
        }
        if (t->kw == KW_TRUE || t->kw == KW_FALSE || t->kw == KW_NONE) {
            advance(p);
            LEAVE(make_constant(p,
                t->kw == KW_TRUE        ? CONST_TRUE
                    : t->kw == KW_FALSE ? CONST_FALSE
                                        : CONST_NONE,
                NULL, 0, 0, t, s));
        }
        LEAVE(NULL);
    case TOK_NUMBER:
        LEAVE(number(p));
    case TOK_STRING:
        LEAVE(strings(p));
    case TOK_OP:
        switch (t->op) {
        case OP_LPAR:
            LEAVE(paren_atom(p));
        case OP_LSQB:
            LEAVE(list_atom(p));
        case OP_LBRACE:
            LEAVE(brace_atom(p));
        case OP_ELLIPSIS:
            advance(p);
            LEAVE(make_constant(p, CONST_ELLIPSIS, NULL, 0, 0, t, s));
        default:
            LEAVE(NULL);
        }
    default:
        LEAVE(NULL);
    }
}

/* ---------------------------------------------------------------- primary */

/* slice: [expression] ':' [expression] [':' [expression] ] | named_expression */
static expr_ty slice(Parser *p)
{
    int s = p->pos;
    expr_ty lower = NULL, upper = NULL, step = NULL;
    if (!is_op(p, OP_COLON)) {
        expr_ty e = named_expression(p);
        if (!e)
            return NULL;
        if (!is_op(p, OP_COLON))
            return e;
        if (e->kind == NamedExpr_kind && !(p->toks[s].kind == TOK_OP && p->toks[s].op == OP_LPAR))
            return NULL;
        lower = e;
    }
    advance(p);
    if (!is_op(p, OP_COLON) && !is_op(p, OP_COMMA) && !is_op(p, OP_RSQB)) {
        upper = expression(p);
        if (!upper)
            return NULL;
    }
    if (accept_op(p, OP_COLON)) {
        if (!is_op(p, OP_COMMA) && !is_op(p, OP_RSQB)) {
            step = expression(p);
            if (!step)
                return NULL;
        }
    }
    return ast_Slice(lower, upper, step, EXTRA(s));
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
static expr_ty slices(Parser *p)
{
    int s = p->pos;
    Vec v = { 0 };
    for (;;) {
        expr_ty e;
        if (is_op(p, OP_STAR)) {
            int s2 = p->pos;
            advance(p);
            expr_ty inner = expression(p);
            if (!inner)
                return NULL;
            e = ast_Starred(inner, Load, EXTRA(s2));
        } else {
            e = slice(p);
            if (!e)
                return NULL;
        }
        if (v.n == 0 && !is_op(p, OP_COMMA) && e->kind != Starred_kind)
            return e;
        vec_push(p, &v, e);
        if (!accept_op(p, OP_COMMA))
            break;
        if (is_op(p, OP_RSQB))
            break;
    }
    return ast_Tuple(vec_seq(p, &v), Load, EXTRA(s));
}

/* arguments: args [','] &')'
 * args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs
 * kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ...
 * Called after '(' ; consumes the closing ')'. s is the '(' token. */
static expr_ty call_tail(Parser *p, expr_ty func, int start, int paren)
{
    Vec args = { 0 }, kws = { 0 };
    int seen_kw = 0, seen_dstar = 0;
    while (!is_op(p, OP_RPAR)) {
        int s = p->pos;
        if (accept_op(p, OP_STAR)) {
            expr_ty e = expression(p);
            if (!e)
                return NULL;
            if (seen_dstar)
                return ERR_TOK(&p->toks[s], "iterable argument unpacking follows keyword argument unpacking");
            vec_push(p, &args, ast_Starred(e, Load, EXTRA(s)));
        } else if (accept_op(p, OP_DOUBLESTAR)) {
            expr_ty e = expression(p);
            if (!e)
                return NULL;
            vec_push(p, &kws, ast_keyword(NULL, e, EXTRA(s)));
            seen_dstar = 1;
        } else if (tk(p)->kind == TOK_NAME && is_op_at(p, 1, OP_EQUAL)) {
            LexToken *nt = tk(p);
            if (nt->kw == KW_TRUE || nt->kw == KW_FALSE || nt->kw == KW_NONE)
                return ERR_TOK(nt, "cannot assign to %.*s", (int)nt->len, nt->text);
            if (nt->kw)
                return NULL;
            advance(p);
            advance(p);
            expr_ty e = expression(p);
            if (!e)
                return NULL;
            vec_push(p, &kws, ast_keyword(tok_ident(p, nt), e, EXTRA(s)));
            seen_kw = 1;
        } else {
            expr_ty e = call_named_expression(p);
            if (!e)
                return NULL;
            if (at_for(p)) {
                if (!func) /* class bases are arguments: no generator */
                    return NULL;
                asdl_seq *gens = for_if_clauses(p);
                if (!gens)
                    return NULL;
                if (args.n == 0 && kws.n == 0 && is_op(p, OP_RPAR)) {
                    advance(p);
                    expr_ty g = ast_GeneratorExp(e, gens, EXTRA(paren));
                    return ast_Call(func, seq1(p, g), NULL, EXTRA(start));
                }
                return error_range(p, "SyntaxError", e->lineno, e->col_offset, last_tok(p)->end_lineno,
                    last_tok(p)->end_col_offset, "Generator expression must be parenthesized");
            }
            if (is_op(p, OP_EQUAL)) {
                LexToken *eq = tk(p);
                return error_range(p, "SyntaxError", e->lineno, e->col_offset, eq->end_lineno,
                    eq->end_col_offset, "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (seen_dstar)
                return ERR_TOK(tk(p), "positional argument follows keyword argument unpacking");
            if (seen_kw)
                return ERR_TOK(tk(p), "positional argument follows keyword argument");
            vec_push(p, &args, e);
        }
        if (!accept_op(p, OP_COMMA))
            break;
    }
    if (!accept_op(p, OP_RPAR))
        return NULL;
    return ast_Call(func, vec_seq(p, &args), vec_seq(p, &kws), EXTRA(start));
}

/* primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
 *        | primary '[' slices ']' | atom */
static expr_ty primary(Parser *p)
{
    ENTER();
    int s = p->pos;
    expr_ty e = atom(p);
    if (!e)
        LEAVE(NULL);
    int links = 0;
    for (;;) {
        if (++links > MAXTREEDEPTH) {
            p->depth--;
            return too_deep(p);
        }
        if (is_op(p, OP_DOT)) {
            advance(p);
            if (!is_name(p))
                LEAVE(NULL);
            LexToken *nt = tk(p);
            advance(p);
            e = ast_Attribute(e, tok_ident(p, nt), Load, EXTRA(s));
        } else if (is_op(p, OP_LPAR)) {
            int paren = p->pos;
            advance(p);
            e = call_tail(p, e, s, paren);
            if (!e)
                LEAVE(NULL);
        } else if (is_op(p, OP_LSQB)) {
            advance(p);
            expr_ty sl = slices(p);
            if (!sl || !accept_op(p, OP_RSQB))
                LEAVE(NULL);
            e = ast_Subscript(e, sl, Load, EXTRA(s));
        } else {
            break;
        }
    }
    LEAVE(e);
}

/* await_primary: AWAIT primary | primary */
static expr_ty await_primary(Parser *p)
{
    int s = p->pos;
    if (accept_kw(p, KW_AWAIT)) {
        expr_ty e = primary(p);
        if (!e)
            return NULL;
        return ast_Await(e, EXTRA(s));
    }
    return primary(p);
}

static expr_ty factor(Parser *p);

/* power: await_primary '**' factor | await_primary */
static expr_ty power(Parser *p)
{
    int s = p->pos;
    expr_ty e = await_primary(p);
    if (!e)
        return NULL;
    if (accept_op(p, OP_DOUBLESTAR)) {
        expr_ty r = factor(p);
        if (!r)
            return NULL;
        return ast_BinOp(e, Pow, r, EXTRA(s));
    }
    return e;
}

/* factor: '+' factor | '-' factor | '~' factor | power */
static expr_ty factor(Parser *p)
{
    ENTER();
    int s = p->pos;
    unaryop_ty op = 0;
    if (is_op(p, OP_PLUS))
        op = UAdd;
    else if (is_op(p, OP_MINUS))
        op = USub;
    else if (is_op(p, OP_TILDE))
        op = Invert;
    if (op) {
        advance(p);
        expr_ty e = factor(p);
        if (!e)
            LEAVE(NULL);
        LEAVE(ast_UnaryOp(op, e, EXTRA(s)));
    }
    LEAVE(power(p));
}

/* term: term ('*' | '/' | '//' | '%' | '@') factor | factor */
static expr_ty term(Parser *p)
{
    int s = p->pos;
    int links = 0;
    expr_ty e = factor(p);
    while (e) {
        operator_ty op;
        if (is_op(p, OP_STAR))
            op = Mult;
        else if (is_op(p, OP_SLASH))
            op = Div;
        else if (is_op(p, OP_DOUBLESLASH))
            op = FloorDiv;
        else if (is_op(p, OP_PERCENT))
            op = Mod;
        else if (is_op(p, OP_AT))
            op = MatMult;
        else
            break;
        advance(p);
        expr_ty r = factor(p);
        if (!r)
            return NULL;
        e = ast_BinOp(e, op, r, EXTRA(s));
        CHAIN_LINK(links);
    }
    return e;
}

/* sum: sum ('+' | '-') term | term */
static expr_ty sum(Parser *p)
{
    int s = p->pos;
    int links = 0;
    expr_ty e = term(p);
    while (e && (is_op(p, OP_PLUS) || is_op(p, OP_MINUS))) {
        operator_ty op = is_op(p, OP_PLUS) ? Add : Sub;
        advance(p);
        expr_ty r = term(p);
        if (!r)
            return NULL;
        e = ast_BinOp(e, op, r, EXTRA(s));
        CHAIN_LINK(links);
    }
    return e;
}

/* shift_expr: shift_expr ('<<' | '>>') sum | sum */
static expr_ty shift_expr(Parser *p)
{
    int s = p->pos;
    int links = 0;
    expr_ty e = sum(p);
    while (e && (is_op(p, OP_LEFTSHIFT) || is_op(p, OP_RIGHTSHIFT))) {
        operator_ty op = is_op(p, OP_LEFTSHIFT) ? LShift : RShift;
        advance(p);
        expr_ty r = sum(p);
        if (!r)
            return NULL;
        e = ast_BinOp(e, op, r, EXTRA(s));
        CHAIN_LINK(links);
    }
    return e;
}

/* bitwise_and: bitwise_and '&' shift_expr | shift_expr */
static expr_ty bitwise_and(Parser *p)
{
    int s = p->pos;
    int links = 0;
    expr_ty e = shift_expr(p);
    while (e && accept_op(p, OP_AMPER)) {
        expr_ty r = shift_expr(p);
        if (!r)
            return NULL;
        e = ast_BinOp(e, BitAnd, r, EXTRA(s));
        CHAIN_LINK(links);
    }
    return e;
}

/* bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and */
static expr_ty bitwise_xor(Parser *p)
{
    int s = p->pos;
    int links = 0;
    expr_ty e = bitwise_and(p);
    while (e && accept_op(p, OP_CIRCUMFLEX)) {
        expr_ty r = bitwise_and(p);
        if (!r)
            return NULL;
        e = ast_BinOp(e, BitXor, r, EXTRA(s));
        CHAIN_LINK(links);
    }
    return e;
}

/* bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor */
static expr_ty bitwise_or(Parser *p)
{
    int s = p->pos;
    int links = 0;
    expr_ty e = bitwise_xor(p);
    while (e && accept_op(p, OP_VBAR)) {
        expr_ty r = bitwise_xor(p);
        if (!r)
            return NULL;
        e = ast_BinOp(e, BitOr, r, EXTRA(s));
        CHAIN_LINK(links);
    }
    return e;
}

/* comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
static expr_ty comparison(Parser *p)
{
    int s = p->pos;
    expr_ty e = bitwise_or(p);
    if (!e)
        return NULL;
    Vec ops = { 0 }, comps = { 0 };
    for (;;) {
        cmpop_ty op = 0;
        LexToken *t = tk(p);
        if (t->kind == TOK_OP) {
            switch (t->op) {
            case OP_EQEQUAL:
                op = Eq;
                break;
            case OP_NOTEQUAL:
                op = NotEq;
                break;
            case OP_LESS:
                op = Lt;
                break;
            case OP_LESSEQUAL:
                op = LtE;
                break;
            case OP_GREATER:
                op = Gt;
                break;
            case OP_GREATEREQUAL:
                op = GtE;
                break;
            default:
                break;
            }
            if (op)
                advance(p);
        } else if (t->kind == TOK_NAME) {
            if (t->kw == KW_IN) {
                op = In;
                advance(p);
            } else if (t->kw == KW_NOT && tk_at(p, 1)->kind == TOK_NAME && tk_at(p, 1)->kw == KW_IN) {
                op = NotIn;
                advance(p);
                advance(p);
            } else if (t->kw == KW_IS) {
                advance(p);
                op = accept_kw(p, KW_NOT) ? IsNot : Is;
            }
        }
        if (!op)
            break;
        expr_ty r = bitwise_or(p);
        if (!r)
            return NULL;
        vec_push(p, &ops, (void *)(intptr_t)op);
        vec_push(p, &comps, r);
    }
    if (ops.n == 0)
        return e;
    return ast_Compare(e, vec_seq(p, &ops), vec_seq(p, &comps), EXTRA(s));
}

/* inversion: 'not' inversion | comparison */
static expr_ty inversion(Parser *p)
{
    ENTER();
    int s = p->pos;
    if (accept_kw(p, KW_NOT)) {
        expr_ty e = inversion(p);
        if (!e)
            LEAVE(NULL);
        LEAVE(ast_UnaryOp(Not, e, EXTRA(s)));
    }
    LEAVE(comparison(p));
}

/* conjunction: inversion ('and' inversion)+ | inversion */
static expr_ty conjunction(Parser *p)
{
    int s = p->pos;
    expr_ty e = inversion(p);
    if (!e || !is_kw(p, KW_AND))
        return e;
    Vec v = { 0 };
    vec_push(p, &v, e);
    while (accept_kw(p, KW_AND)) {
        expr_ty r = inversion(p);
        if (!r)
            return NULL;
        vec_push(p, &v, r);
    }
    return ast_BoolOp(And, vec_seq(p, &v), EXTRA(s));
}

/* disjunction: conjunction ('or' conjunction)+ | conjunction */
static expr_ty disjunction(Parser *p)
{
    int s = p->pos;
    expr_ty e = conjunction(p);
    if (!e || !is_kw(p, KW_OR))
        return e;
    Vec v = { 0 };
    vec_push(p, &v, e);
    while (accept_kw(p, KW_OR)) {
        expr_ty r = conjunction(p);
        if (!r)
            return NULL;
        vec_push(p, &v, r);
    }
    return ast_BoolOp(Or, vec_seq(p, &v), EXTRA(s));
}

/* invalid_expression's first alternative, after the disjunction a that
 * started at token s:
 *   !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
 * inside brackets is "invalid syntax. Perhaps you forgot a comma?". No
 * valid program has an operand right after a disjunction, so the check
 * runs in the one pass. Returns NULL, with the error if it matched. */
static void *forgot_comma(Parser *p, int s, expr_ty a)
{
    LexToken *first = &p->toks[s];
    if (p->toks[p->pos - 1].level == 0 || !starts_expression(p) || is_op(p, OP_STAR))
        return NULL;
    if (first->kind == TOK_NAME && first->kw == 0
        && (p->toks[s + 1].kind == TOK_STRING || tok_is_soft_keyword(first)))
        return NULL;
    int m = p->pos, maxpos = p->maxpos;
    expr_ty b = is_kw(p, KW_LAMBDA) ? lambdef(p) : disjunction(p);
    if (!b || p->err) {
        p->pos = m;
        if (!p->err)
            p->maxpos = maxpos; /* as in named_expression */
        return NULL;
    }
    LexToken *end = last_tok(p);
    /* expression_without_invalid: b may be a whole conditional expression */
    if (accept_kw(p, KW_IF) && disjunction(p) && accept_kw(p, KW_ELSE) && expression(p))
        end = last_tok(p);
    if (p->err)
        return NULL;
    return error_range(p, "SyntaxError", a->lineno, a->col_offset, end->end_lineno, end->end_col_offset,
        "invalid syntax. Perhaps you forgot a comma?");
}

/* expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
static expr_ty expression(Parser *p)
{
    ENTER();
    int s = p->pos;
    if (is_kw(p, KW_LAMBDA))
        LEAVE(lambdef(p));
    expr_ty e = disjunction(p);
    if (!e)
        LEAVE(NULL);
    if (forgot_comma(p, s, e) || p->err)
        LEAVE(NULL);
    if (is_kw(p, KW_IF)) {
        int m = p->pos;
        advance(p);
        expr_ty test = disjunction(p);
        if (!test) {
            p->pos = m;
            LEAVE(e);
        }
        if (!accept_kw(p, KW_ELSE)) {
            if (!p->err)
                error_range(p, "SyntaxError", e->lineno, e->col_offset, test->end_lineno,
                    test->end_col_offset, "expected 'else' after 'if' expression");
            LEAVE(NULL);
        }
        expr_ty orelse = expression(p);
        if (!orelse)
            LEAVE(NULL);
        LEAVE(ast_IfExp(test, e, orelse, EXTRA(s)));
    }
    LEAVE(e);
}

/* invalid_named_expression's '=' alternatives, at a named expression
 * (from s) followed by '=':
 *   NAME '=' bitwise_or !('=' | ':=')
 *   !(list | tuple | genexp | 'True' | 'None' | 'False') bitwise_or '=' bitwise_or !('=' | ':=')
 * Returns NULL, with an error if one of them matched. */
static expr_ty invalid_named_expression(Parser *p, int s)
{
    if (!p->named_tried) {
        p->named_tried = arena_alloc(p->arena, (size_t)p->ntoks);
        memset(p->named_tried, 0, (size_t)p->ntoks);
    }
    if (p->named_tried[s])
        return NULL;
    p->named_tried[s] = 1;
    p->pos = s;
    if (is_name(p) && is_op_at(p, 1, OP_EQUAL)) {
        LexToken *a = tk(p);
        advance(p);
        advance(p);
        expr_ty b = bitwise_or(p);
        if (b && !is_op(p, OP_EQUAL) && !is_op(p, OP_COLONEQUAL))
            return error_range(p, "SyntaxError", a->lineno, a->col_offset, b->end_lineno, b->end_col_offset,
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        if (p->err)
            return NULL;
        p->pos = s;
    }
    LexToken *t = tk(p);
    if (t->kind == TOK_NAME && (t->kw == KW_TRUE || t->kw == KW_NONE || t->kw == KW_FALSE))
        return NULL;
    expr_ty a = bitwise_or(p);
    if (!a || !accept_op(p, OP_EQUAL))
        return NULL;
    /* A display from the first token: a list, tuple or generator. */
    int display = (t->kind == TOK_OP && (t->op == OP_LSQB || t->op == OP_LPAR)) && a->lineno == t->lineno
        && a->col_offset == t->col_offset
        && (a->kind == List_kind || a->kind == Tuple_kind || a->kind == GeneratorExp_kind);
    expr_ty b = bitwise_or(p);
    if (display || !b || is_op(p, OP_EQUAL) || is_op(p, OP_COLONEQUAL))
        return NULL;
    return ERR_NODE(a, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(a));
}

/* assignment_expression: NAME ':=' ~ expression
 * assignment_expression | expression !':=', without invalid_named_expression's
 * '=' alternatives: a call's positional argument, where `NAME=` is a
 * keyword argument. */
static expr_ty call_named_expression(Parser *p)
{
    int s = p->pos;
    if (is_name(p) && is_op_at(p, 1, OP_COLONEQUAL)) {
        LexToken *nt = tk(p);
        advance(p);
        advance(p);
        expr_ty v = expression(p);
        if (!v)
            return NULL;
        return ast_NamedExpr(make_name(p, nt, Store), v, EXTRA(s));
    }
    expr_ty e = expression(p);
    if (e && is_op(p, OP_COLONEQUAL))
        return ERR_NODE(e, "cannot use assignment expressions with %s", expr_name(e));
    return e;
}

/* named_expression: assignment_expression | invalid_named_expression | expression !':='
 * The invalid alternatives are tried only where the named expression is
 * followed by '=', which no valid program has. */
expr_ty named_expression(Parser *p)
{
    int s = p->pos;
    expr_ty e = call_named_expression(p);
    if (!e || !is_op(p, OP_EQUAL))
        return e;
    /* The invalid rule looks further than the valid ones; when it finds
     * nothing, a generic "invalid syntax" stays where the valid rules
     * stopped, as CPython reports its first pass's last token. */
    int end = p->pos, maxpos = p->maxpos;
    if (invalid_named_expression(p, s) || p->err)
        return NULL;
    p->pos = end;
    p->maxpos = maxpos;
    return e;
}

/* star_named_expression: '*' bitwise_or | named_expression */
expr_ty star_named_expression(Parser *p)
{
    int s = p->pos;
    if (accept_op(p, OP_STAR)) {
        expr_ty e = bitwise_or(p);
        if (!e)
            return NULL;
        return ast_Starred(e, Load, EXTRA(s));
    }
    return named_expression(p);
}

/* star_expression: '*' bitwise_or | expression */
static expr_ty star_expression(Parser *p)
{
    int s = p->pos;
    if (accept_op(p, OP_STAR)) {
        expr_ty e = bitwise_or(p);
        if (!e)
            return NULL;
        return ast_Starred(e, Load, EXTRA(s));
    }
    return expression(p);
}

static int starts_expression(Parser *p)
{
    LexToken *t = tk(p);
    switch (t->kind) {
    case TOK_NAME:
        return t->kw == 0 || t->kw == KW_TRUE || t->kw == KW_FALSE || t->kw == KW_NONE || t->kw == KW_NOT
            || t->kw == KW_LAMBDA || t->kw == KW_AWAIT;
    case TOK_NUMBER:
    case TOK_STRING:
        return 1;
    case TOK_OP:
        switch (t->op) {
        case OP_LPAR:
        case OP_LSQB:
        case OP_LBRACE:
        case OP_MINUS:
        case OP_PLUS:
        case OP_TILDE:
        case OP_STAR:
        case OP_ELLIPSIS:
            return 1;
        default:
            return 0;
        }
    default:
        return 0;
    }
}

/* star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression */
static expr_ty star_expressions(Parser *p)
{
    int s = p->pos;
    expr_ty e = star_expression(p);
    if (!e || !is_op(p, OP_COMMA))
        return e;
    Vec v = { 0 };
    vec_push(p, &v, e);
    while (accept_op(p, OP_COMMA)) {
        if (!starts_expression(p))
            break;
        expr_ty e2 = star_expression(p);
        if (!e2)
            return NULL;
        vec_push(p, &v, e2);
    }
    return ast_Tuple(vec_seq(p, &v), Load, EXTRA(s));
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
static expr_ty yield_expr(Parser *p)
{
    int s = p->pos;
    advance(p);
    if (accept_kw(p, KW_FROM)) {
        expr_ty e = expression(p);
        if (!e)
            return NULL;
        return ast_YieldFrom(e, EXTRA(s));
    }
    expr_ty v = NULL;
    if (starts_expression(p)) {
        v = star_expressions(p);
        if (!v)
            return NULL;
    }
    return ast_Yield(v, EXTRA(s));
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
static expr_ty lambdef(Parser *p)
{
    int s = p->pos;
    advance(p);
    arguments_ty args = params(p, 1);
    if (!args)
        return NULL;
    if (!accept_op(p, OP_COLON))
        return NULL;
    expr_ty body = expression(p);
    if (!body)
        return NULL;
    return ast_Lambda(args, body, EXTRA(s));
}

/* ---------------------------------------------------------------- params */

/* param: NAME annotation?   (lambda_param: NAME)
 * star_annotation (for *args): ':' star_expression */
static arg_ty param(Parser *p, int lambda, int star)
{
    int s = p->pos;
    if (!is_name(p))
        return NULL;
    LexToken *nt = tk(p);
    advance(p);
    expr_ty ann = NULL;
    if (!lambda && accept_op(p, OP_COLON)) {
        ann = star ? star_expression(p) : expression(p);
        if (!ann)
            return NULL;
    }
    return ast_arg(tok_ident(p, nt), ann, NULL, EXTRA(s));
}

/* parameters: slash_no_default param_no_default* param_with_default* [star_etc]
 *           | slash_with_default param_with_default* [star_etc]
 *           | param_no_default+ param_with_default* [star_etc]
 *           | param_with_default+ [star_etc] | star_etc
 * star_etc: '*' param_no_default param_maybe_default* [kwds]
 *         | '*' ',' param_maybe_default+ [kwds] | kwds
 * kwds: '**' param_no_default
 * (lambda_parameters likewise, without annotations; ends at ':') */
static arguments_ty params(Parser *p, int lambda)
{
    int end = lambda ? OP_COLON : OP_RPAR;
    Vec posonly = { 0 }, args = { 0 }, kwonly = { 0 }, kwdefaults = { 0 }, defaults = { 0 };
    arg_ty vararg = NULL, kwarg = NULL;
    int seen_star = 0, seen_slash = 0, bare_star = 0;
    LexToken *star_tok = NULL;
    while (!is_op(p, end)) {
        LexToken *t = tk(p);
        if (kwarg)
            return ERR_TOK(t, "arguments cannot follow var-keyword argument");
        if (accept_op(p, OP_SLASH)) {
            if (seen_slash)
                return ERR_TOK(t, "/ may appear only once");
            if (seen_star)
                return ERR_TOK(t, "/ must be ahead of *");
            if (args.n == 0)
                return ERR_TOK(t, "at least one argument must precede /");
            posonly = args;
            memset(&args, 0, sizeof args);
            seen_slash = 1;
        } else if (accept_op(p, OP_STAR)) {
            if (seen_star)
                return ERR_TOK(t, "* argument may appear only once");
            seen_star = 1;
            star_tok = t;
            if (is_op(p, OP_COMMA) || is_op(p, end)) {
                bare_star = 1;
            } else {
                vararg = param(p, lambda, 1);
                if (!vararg)
                    return NULL;
                if (is_op(p, OP_EQUAL))
                    return ERR_TOK(tk(p), "var-positional argument cannot have default value");
            }
        } else if (accept_op(p, OP_DOUBLESTAR)) {
            kwarg = param(p, lambda, 0);
            if (!kwarg)
                return NULL;
            if (is_op(p, OP_EQUAL))
                return ERR_TOK(tk(p), "var-keyword argument cannot have default value");
        } else {
            arg_ty a = param(p, lambda, 0);
            if (!a)
                return NULL;
            expr_ty def = NULL;
            if (accept_op(p, OP_EQUAL)) {
                def = expression(p);
                if (!def)
                    return NULL;
            }
            if (seen_star) {
                vec_push(p, &kwonly, a);
                vec_push(p, &kwdefaults, def);
            } else {
                if (def)
                    vec_push(p, &defaults, def);
                else if (defaults.n)
                    return ERR_TOK(t, "non-default argument follows default argument");
                vec_push(p, &args, a);
            }
        }
        if (!accept_op(p, OP_COMMA))
            break;
    }
    if (bare_star && kwonly.n == 0) {
        if (!is_op(p, end))
            return NULL;
        /* def: at the '*'; lambda: at the token after it, as CPython's
         * invalid_lambda_star_etc (RAISE_SYNTAX_ERROR) reports it */
        return ERR_TOK(lambda ? tk(p) : star_tok, "named arguments must follow bare *");
    }
    arguments_ty a = arena_alloc(p->arena, sizeof(*a));
    a->posonlyargs = vec_seq(p, &posonly);
    a->args = vec_seq(p, &args);
    a->vararg = vararg;
    a->kwonlyargs = vec_seq(p, &kwonly);
    a->kw_defaults = vec_seq(p, &kwdefaults);
    a->kwarg = kwarg;
    a->defaults = vec_seq(p, &defaults);
    return a;
}

/* ---------------------------------------------------------------- strings */

typedef struct Buf {
    char *s;
    size_t n, cap;
} Buf;

static void buf_put(Buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *ns = realloc(b->s, cap);
        if (!ns) {
            fputs("molt2c: out of memory\n", stderr);
            abort();
        }
        b->s = ns;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

static void buf_putc(Buf *b, char c) { buf_put(b, &c, 1); }

/* Append code point cp as UTF-8 (surrogates as 3 bytes, as Python keeps
 * them). */
static void buf_put_cp(Buf *b, unsigned cp)
{
    char u[4];
    if (cp < 0x80) {
        buf_putc(b, (char)cp);
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        buf_put(b, u, 2);
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        buf_put(b, u, 3);
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        buf_put(b, u, 4);
    }
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/* The offset of at in the literal text s[0..end) as CPython's decoder
 * counts it: decode_unicode_with_escapes first rewrites each non-ASCII
 * character as a 10-byte \UXXXXXXXX escape, and a backslash that starts an
 * escape before one (or at the end) as "\u005c", then decodes that. */
static int escaped_offset(const char *s, const char *end, const char *at)
{
    int off = 0;
    while (s < at) {
        if (*s == '\\') {
            s++;
            off += s >= end || (unsigned char)*s >= 0x80 ? 6 : 1;
            if (s >= at)
                break;
        }
        if ((unsigned char)*s >= 0x80) {
            s++;
            while (s < end && ((unsigned char)*s & 0xC0) == 0x80)
                s++;
            off += 10;
        } else {
            s++;
            off++;
        }
    }
    return off;
}

/* A bad escape from esc up to stop in str literal text s[0..end). CPython
 * reports it at the token after the strings (the parser's lookahead).
 * Returns 0. */
static int escape_error(
    Parser *p, const char *s, const char *end, const char *esc, const char *stop, const char *what)
{
    ERR_TOK(tk(p), "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
        escaped_offset(s, end, esc), escaped_offset(s, end, stop) - 1, what);
    return 0;
}

/* \N{name} in str literal text s0[0..end); *sp is just after the N, and
 * moves past the escape. Appends the character and returns 1, or returns 0
 * with an error, as CPython's unicode-escape decoder. */
static int named_escape(Parser *p, const char *s0, const char *end, const char *esc, const char **sp, Buf *b)
{
    const char *s = *sp;
    if (s >= end || *s != '{')
        return escape_error(p, s0, end, esc, s, "malformed \\N character escape");
    const char *name = ++s;
    while (s < end && *s != '}')
        s++;
    if (s >= end || s == name)
        return escape_error(p, s0, end, esc, s, "malformed \\N character escape");
    unsigned cp;
    if (!uni_lookup_name(name, (size_t)(s - name), &cp))
        return escape_error(p, s0, end, esc, s + 1, "unknown Unicode character name");
    buf_put_cp(b, cp);
    *sp = s + 1;
    return 1;
}

/* Decode the escapes of literal text s[0..n) into b (str if !bytes), as
 * CPython's unicode-escape (str) and escape (bytes) decoders do. Returns 0
 * with an error on a bad escape. */
static int decode_escapes(Parser *p, const char *s, size_t n, int bytes, Buf *b)
{
    const char *s0 = s;
    const char *end = s + n;
    while (s < end) {
        if (*s != '\\') {
            const char *q = s;
            while (q < end && *q != '\\')
                q++;
            buf_put(b, s, (size_t)(q - s));
            s = q;
            continue;
        }
        const char *esc = s;
        s++;
        if (s >= end) {
            buf_putc(b, '\\');
            break;
        }
        char c = *s++;
        switch (c) {
        case '\n':
            break;
        case '\\':
            buf_putc(b, '\\');
            break;
        case '\'':
            buf_putc(b, '\'');
            break;
        case '"':
            buf_putc(b, '"');
            break;
        case 'a':
            buf_putc(b, '\a');
            break;
        case 'b':
            buf_putc(b, '\b');
            break;
        case 'f':
            buf_putc(b, '\f');
            break;
        case 'n':
            buf_putc(b, '\n');
            break;
        case 'r':
            buf_putc(b, '\r');
            break;
        case 't':
            buf_putc(b, '\t');
            break;
        case 'v':
            buf_putc(b, '\v');
            break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++)
                v = v * 8 + (unsigned)(*s++ - '0');
            if (bytes)
                buf_putc(b, (char)(v & 0xFF));
            else
                buf_put_cp(b, v);
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            if (bytes && c != 'x') {
                buf_putc(b, '\\');
                buf_putc(b, c);
                break;
            }
            int nd = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            unsigned v = 0;
            for (int i = 0; i < nd; i++) {
                if (s >= end || hexval(*s) < 0) {
                    if (bytes) {
                        ERR_TOK(tk(p), "(value error) invalid \\x escape at position %d", (int)(esc - s0));
                        return 0;
                    }
                    return escape_error(p, s0, end, esc, s,
                        c == 'x'       ? "truncated \\xXX escape"
                            : c == 'u' ? "truncated \\uXXXX escape"
                                       : "truncated \\UXXXXXXXX escape");
                }
                v = v * 16 + (unsigned)hexval(*s++);
            }
            if (bytes)
                buf_putc(b, (char)v);
            else if (v > 0x10FFFF)
                return escape_error(p, s0, end, esc, s, "illegal Unicode character");
            else
                buf_put_cp(b, v);
            break;
        }
        case 'N':
            if (!bytes) {
                if (!named_escape(p, s0, end, esc, &s, b))
                    return 0;
                break;
            }
            /* bytes keep "\N" as it is */
            /* fall through */
        default:
            buf_putc(b, '\\');
            s--;
            break;
        }
    }
    return 1;
}

typedef struct StrTok {
    int bytes, raw, fmt, u;
    const char *body; /* after the opening quote(s) */
    size_t len;
} StrTok;

static void split_string(LexToken *t, StrTok *st)
{
    memset(st, 0, sizeof *st);
    const char *s = t->text;
    while (*s != '\'' && *s != '"') {
        int c = *s | 0x20;
        if (c == 'b')
            st->bytes = 1;
        else if (c == 'r')
            st->raw = 1;
        else if (c == 'f')
            st->fmt = 1;
        else if (c == 'u')
            st->u = 1;
        s++;
    }
    size_t rest = t->len - (size_t)(s - t->text);
    size_t q = rest >= 6 && s[1] == s[0] && s[2] == s[0] ? 3 : 1;
    st->body = s + q;
    st->len = rest - 2 * q;
}

typedef struct FStr {
    Vec values; /* Constant and FormattedValue nodes */
    Buf lit; /* pending literal text */
    int s_tok; /* first token of the whole strings rule */
    int nexprs;
    LexToken *spec_tok; /* in a format spec: its token gives the positions */
} FStr;

static expr_ty str_constant(Parser *p, const char *s, size_t n, int s_tok, const char *kind)
{
    constant c = arena_alloc(p->arena, sizeof(*c));
    c->kind = CONST_STR;
    c->s = arena_strndup(p->arena, s ? s : "", n);
    c->len = n;
    return ast_Constant(c, kind, EXTRA(s_tok));
}

static void fstr_flush(Parser *p, FStr *f)
{
    if (f->lit.n == 0)
        return;
    expr_ty c = str_constant(p, f->lit.s, f->lit.n, f->s_tok, NULL);
    if (f->spec_tok) {
        LexToken *t = f->spec_tok;
        c->lineno = t->lineno, c->col_offset = t->col_offset, c->end_lineno = t->end_lineno,
        c->end_col_offset = t->end_col_offset;
    }
    vec_push(p, &f->values, c);
    f->lit.n = 0;
}

/* Line number and line start of position at inside token t. */
static void locate_in_token(Parser *p, LexToken *t, const char *at, int *lineno, const char *(*line_start))
{
    int ln = t->lineno;
    const char *ls = t->text - t->col_offset;
    for (const char *q = t->text; q < at; q++)
        if (*q == '\n') {
            ln++;
            ls = q + 1;
        }
    (void)p;
    *lineno = ln;
    *line_start = ls;
}

/* Whether tokens [0, pos) are one parenthesized group. */
static int enclosed_in_parens(Parser *p)
{
    if (p->pos < 2 || !(p->toks[0].kind == TOK_OP && p->toks[0].op == OP_LPAR))
        return 0;
    int depth = 0;
    for (int i = 0; i < p->pos; i++) {
        LexToken *t = &p->toks[i];
        if (t->kind != TOK_OP)
            continue;
        if (t->op == OP_LPAR || t->op == OP_LSQB || t->op == OP_LBRACE)
            depth++;
        else if (t->op == OP_RPAR || t->op == OP_RSQB || t->op == OP_RBRACE)
            if (--depth == 0 && i != p->pos - 1)
                return 0;
    }
    return 1;
}

/* Parse the expression at src[0..n) of f-string token t; its positions are
 * the real ones in the source. */
static expr_ty fstring_compile_expr(Parser *p, LexToken *t, const char *src, size_t n)
{
    int allspace = 1;
    for (size_t i = 0; i < n; i++)
        if (src[i] != ' ' && src[i] != '\t' && src[i] != '\n' && src[i] != '\f' && src[i] != '\r')
            allspace = 0;
    if (allspace)
        return FSTR_ERR(t, "f-string: empty expression not allowed");
    int lineno;
    const char *ls;
    locate_in_token(p, t, src, &lineno, &ls);
    Lexer lx;
    lex_tokenize_fstring_expr(&lx, p->file, src, src + n, lineno, ls);
    Parser sub = *p;
    sub.toks = lx.toks;
    sub.ntoks = lx.ntoks;
    sub.pos = 0;
    sub.maxpos = 0;
    sub.lx = &lx;
    sub.in_fstring = 1;
    sub.named_tried = NULL;
    expr_ty e = NULL;
    if (lx.toks[lx.ntoks - 1].kind == TOK_ERROR) {
        FSTR_ERR(t, "f-string: %s", lx.err.msg);
    } else {
        if (is_kw(&sub, KW_YIELD)) {
            e = yield_expr(&sub);
        } else {
            e = star_expressions(&sub);
            /* CPython parses "(" expr ")": a bare tuple or generator
             * expression spans the virtual parentheses. */
            if (e && e->kind != Tuple_kind && at_for(&sub)) {
                asdl_seq *gens = for_if_clauses(&sub);
                e = gens ? ast_GeneratorExp(
                        e, gens, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, p->arena)
                         : NULL;
                if (e) {
                    LexToken *lt = &sub.toks[sub.pos - 1];
                    e->end_lineno = lt->end_lineno;
                    e->end_col_offset = lt->end_col_offset;
                    e->col_offset--;
                    e->end_col_offset++;
                }
            } else if (e && e->kind == Tuple_kind && !enclosed_in_parens(&sub)) {
                e->col_offset--;
                e->end_col_offset++;
            }
        }
        p->err = sub.err;
        p->depth = sub.depth;
        if (!p->err && (!e || sub.toks[sub.pos].kind != TOK_ENDMARKER)) {
            e = NULL;
            LexToken *bad = &sub.toks[sub.maxpos < sub.ntoks ? sub.maxpos : sub.ntoks - 1];
            if (bad->kind == TOK_ENDMARKER)
                FSTR_ERR(t, "f-string: expecting '}'");
            else
                FSTR_ERR(t, "f-string: invalid syntax");
        }
    }
    lex_free(&lx);
    return e;
}

static int fstring_parse(
    Parser *p, LexToken *t, const char **sp, const char *end, int raw, int level, FStr *f);

/* One replacement field; *sp is just after '{'. */
static int fstring_expr(Parser *p, LexToken *t, const char **sp, const char *end, int raw, int level, FStr *f)
{
    if (level >= 2) {
        FSTR_ERR(t, "f-string: expressions nested too deeply");
        return 0;
    }
    const char *s = *sp;
    const char *expr_start = s;
    int depth = 0;
    char quote = 0;
    int triple = 0;
    char stack[200];
    for (; s < end; s++) {
        char c = *s;
        if (c == '\\') {
            FSTR_ERR(t, "f-string expression part cannot include a backslash");
            return 0;
        }
        if (quote) {
            if (c == quote) {
                if (triple) {
                    if (s + 2 < end && s[1] == quote && s[2] == quote) {
                        s += 2;
                        quote = 0;
                    }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            if (s + 2 < end && s[1] == c && s[2] == c) {
                triple = 1;
                s += 2;
            } else {
                triple = 0;
            }
            quote = c;
            continue;
        }
        if (c == '[' || c == '(' || c == '{') {
            if (depth >= 200) {
                FSTR_ERR(t, "f-string: too many nested parenthesis");
                return 0;
            }
            stack[depth++] = c;
            continue;
        }
        if (c == '#') {
            FSTR_ERR(t, "f-string expression part cannot include '#'");
            return 0;
        }
        if (depth == 0 && (c == '}' || c == ':'))
            break;
        if (depth == 0 && c == '!' && !(s + 1 < end && s[1] == '='))
            break;
        if (c == '=' || c == '!' || c == '<' || c == '>') {
            if (s + 1 < end && s[1] == '=') {
                s++;
                continue;
            }
            if (depth == 0 && c == '=')
                break;
        }
        if (c == ']' || c == ')' || c == '}') {
            if (depth == 0) {
                FSTR_ERR(t, "f-string: unmatched '%c'", c);
                return 0;
            }
            char o = stack[--depth];
            if (!((o == '(' && c == ')') || (o == '[' && c == ']') || (o == '{' && c == '}'))) {
                FSTR_ERR(
                    t, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, o);
                return 0;
            }
        }
    }
    if (quote) {
        FSTR_ERR(t, "f-string: unterminated string");
        return 0;
    }
    if (s >= end) {
        FSTR_ERR(t, "f-string: expecting '}'");
        return 0;
    }
    const char *expr_end = s;
    expr_ty value = fstring_compile_expr(p, t, expr_start, (size_t)(expr_end - expr_start));
    if (!value)
        return 0;
    int conversion = -1;
    expr_ty spec = NULL;
    int self_doc = 0;
    if (*s == '=') {
        self_doc = 1;
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f'))
            s++;
        buf_put(&f->lit, expr_start, (size_t)(s - expr_start));
    }
    if (s < end && *s == '!') {
        s++;
        if (s >= end) {
            FSTR_ERR(t, "f-string: expecting '}'");
            return 0;
        }
        char c = *s++;
        if (c != 's' && c != 'r' && c != 'a') {
            FSTR_ERR(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return 0;
        }
        conversion = c;
    }
    if (s < end && *s == ':') {
        s++;
        FStr sf = { 0 };
        sf.s_tok = f->s_tok;
        sf.spec_tok = t;
        if (!fstring_parse(p, t, &s, end, raw, level + 1, &sf)) {
            free(sf.lit.s);
            return 0;
        }
        fstr_flush(p, &sf);
        free(sf.lit.s);
        spec = ast_JoinedStr(
            vec_seq(p, &sf.values), t->lineno, t->col_offset, t->end_lineno, t->end_col_offset, p->arena);
    }
    if (s >= end || *s != '}') {
        FSTR_ERR(t, "f-string: expecting '}'");
        return 0;
    }
    s++;
    if (self_doc && conversion == -1 && !spec)
        conversion = 'r';
    fstr_flush(p, f);
    int s_tok = f->s_tok;
    expr_ty fv = ast_FormattedValue(value, conversion, spec, EXTRA(s_tok));
    if (f->spec_tok) {
        LexToken *st = f->spec_tok;
        fv->lineno = st->lineno, fv->col_offset = st->col_offset, fv->end_lineno = st->end_lineno,
        fv->end_col_offset = st->end_col_offset;
    }
    vec_push(p, &f->values, fv);
    f->nexprs++;
    *sp = s;
    return 1;
}

/* The literal parts and replacement fields of an f-string body (or, at
 * level > 0, of a format spec, which ends at an unmatched '}'). */
static int fstring_parse(
    Parser *p, LexToken *t, const char **sp, const char *end, int raw, int level, FStr *f)
{
    const char *s = *sp;
    while (s < end) {
        /* Literal text up to a brace, as CPython's fstring_find_literal
         * scans it: a doubled brace at level 0 ends the literal, which
         * keeps one of the two; "\{" is a brace too. */
        const char *lit = s, *resume = NULL;
        while (s < end) {
            char ch = *s++;
            if (!raw && ch == '\\' && s < end) {
                ch = *s++;
                if (ch == 'N') {
                    /* The braces of \N{name} are not a field; a malformed
                     * \N is the decoder's error. */
                    if (s < end && *s++ == '{')
                        while (s < end && *s++ != '}')
                            ;
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (level == 0 && s < end && *s == ch) {
                    resume = s + 1;
                    break;
                }
                if (level == 0 && ch == '}') {
                    FSTR_ERR(t, "f-string: single '}' is not allowed");
                    return 0;
                }
                s--;
                break;
            }
        }
        if (s > lit) {
            if (raw)
                buf_put(&f->lit, lit, (size_t)(s - lit));
            else if (!decode_escapes(p, lit, (size_t)(s - lit), 0, &f->lit))
                return 0;
        }
        if (resume) {
            s = resume;
            continue;
        }
        if (s >= end || *s == '}')
            break;
        s++;
        if (!fstring_expr(p, t, &s, end, raw, level, f))
            return 0;
    }
    *sp = s;
    return 1;
}

/* strings: STRING+ */
expr_ty strings(Parser *p)
{
    int s_tok = p->pos;
    int first = p->pos;
    int nbytes = 0, nstr = 0, any_f = 0;
    while (tk(p)->kind == TOK_STRING) {
        StrTok st;
        split_string(tk(p), &st);
        if (st.bytes)
            nbytes++;
        else
            nstr++;
        if (st.fmt)
            any_f = 1;
        advance(p);
    }
    int last = p->pos;
    if (nbytes && nstr) /* at the token after the strings, as CPython */
        return error_range(p, "SyntaxError", tk(p)->lineno, tk(p)->col_offset, 0, 0,
            "cannot mix bytes and nonbytes literals");
    StrTok st0;
    split_string(&p->toks[first], &st0);
    const char *kind = st0.u ? "u" : NULL;
    if (!any_f) {
        Buf b = { 0 };
        for (int i = first; i < last; i++) {
            LexToken *t = &p->toks[i];
            StrTok st;
            split_string(t, &st);
            if (st.bytes) {
                for (size_t k = 0; k < st.len; k++)
                    if ((unsigned char)st.body[k] >= 0x80) {
                        free(b.s);
                        return ERR_TOK(t, "bytes can only contain ASCII literal characters");
                    }
            }
            if (st.raw) {
                buf_put(&b, st.body, st.len);
            } else if (!decode_escapes(p, st.body, st.len, st.bytes, &b)) {
                free(b.s);
                return NULL;
            }
        }
        constant c = arena_alloc(p->arena, sizeof(*c));
        c->kind = nbytes ? CONST_BYTES : CONST_STR;
        c->s = arena_strndup(p->arena, b.s ? b.s : "", b.n);
        c->len = b.n;
        free(b.s);
        return ast_Constant(c, kind, EXTRA(s_tok));
    }
    FStr f = { 0 };
    f.s_tok = s_tok;
    for (int i = first; i < last; i++) {
        LexToken *t = &p->toks[i];
        StrTok st;
        split_string(t, &st);
        if (!st.fmt) {
            int ok = st.raw ? (buf_put(&f.lit, st.body, st.len), 1)
                            : decode_escapes(p, st.body, st.len, 0, &f.lit);
            if (!ok) {
                free(f.lit.s);
                return NULL;
            }
            continue;
        }
        const char *sp = st.body;
        if (!fstring_parse(p, t, &sp, st.body + st.len, st.raw, 0, &f)) {
            free(f.lit.s);
            return NULL;
        }
    }
    fstr_flush(p, &f);
    free(f.lit.s);
    return ast_JoinedStr(vec_seq(p, &f.values), EXTRA(s_tok));
}

/* ---------------------------------------------------------------- statements */

static int is_target_kind(expr_ty e)
{
    return e->kind == Name_kind || e->kind == Attribute_kind || e->kind == Subscript_kind;
}

/* The right-hand side of an assignment: yield_expr | star_expressions */
static expr_ty assign_value(Parser *p)
{
    if (is_kw(p, KW_YIELD))
        return yield_expr(p);
    return star_expressions(p);
}

static void invalid_assign_target(Parser *p, expr_ty target)
{
    if (target->kind == Yield_kind || target->kind == YieldFrom_kind) {
        ERR_NODE(target, "assignment to yield expression not possible");
        return;
    }
    expr_ty bad = invalid_target(target, STAR_TARGETS);
    if (!bad)
        return;
    int maybe = bad == target && target->kind != Compare_kind && target->kind != BoolOp_kind
        && target->kind != Lambda_kind && target->kind != IfExp_kind
        && !(target->kind == UnaryOp_kind && target->v.UnaryOp.op == Not) && target->kind != GeneratorExp_kind
        && !(target->kind == Constant_kind && target->v.Constant.value->kind <= CONST_FALSE);
    if (maybe)
        ERR_NODE(bad, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(bad));
    else
        ERR_NODE(bad, "cannot assign to %s", expr_name(bad));
}

/* assignment | star_expressions (as an Expr statement) */
static stmt_ty expr_stmt(Parser *p)
{
    int s = p->pos;
    expr_ty e = assign_value(p);
    if (!e)
        return NULL;
    if (accept_op(p, OP_COLON)) {
        /* NAME ':' expression ['=' annotated_rhs]
         * | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs] */
        if (!is_target_kind(e)) {
            if (e->kind == Tuple_kind && !(p->toks[s].kind == TOK_OP && p->toks[s].op == OP_LPAR)) {
                expr_ty first = asdl_seq_GET(e->v.Tuple.elts, 0);
                return ERR_NODE(first, "only single target (not tuple) can be annotated");
            }
            if (e->kind == Tuple_kind)
                return ERR_NODE(e, "only single target (not tuple) can be annotated");
            if (e->kind == List_kind)
                return ERR_NODE(e, "only single target (not list) can be annotated");
            return ERR_NODE(e, "illegal target for annotation");
        }
        int simple = e->kind == Name_kind && !(p->toks[s].kind == TOK_OP && p->toks[s].op == OP_LPAR);
        set_context(e, Store);
        expr_ty ann = expression(p);
        if (!ann)
            return NULL;
        expr_ty value = NULL;
        if (accept_op(p, OP_EQUAL)) {
            value = assign_value(p);
            if (!value)
                return NULL;
        }
        return ast_AnnAssign(e, ann, value, simple, EXTRA(s));
    }
    LexToken *t = tk(p);
    if (t->kind == TOK_OP && t->op >= OP_PLUSEQUAL && t->op <= OP_ATEQUAL) {
        static const operator_ty ops[]
            = { Add, Sub, Mult, Div, BitOr, BitAnd, Mod, BitXor, LShift, RShift, Pow, FloorDiv, MatMult };
        operator_ty op = ops[t->op - OP_PLUSEQUAL];
        if (!is_target_kind(e))
            return ERR_NODE(e, "'%s' is an illegal expression for augmented assignment", expr_name(e));
        advance(p);
        set_context(e, Store);
        expr_ty value = assign_value(p);
        if (!value)
            return NULL;
        return ast_AugAssign(e, op, value, EXTRA(s));
    }
    if (is_op(p, OP_EQUAL)) {
        Vec targets = { 0 };
        while (accept_op(p, OP_EQUAL)) {
            if (invalid_target(e, STAR_TARGETS) || e->kind == Yield_kind || e->kind == YieldFrom_kind) {
                invalid_assign_target(p, e);
                return NULL;
            }
            set_context(e, Store); /* a lone `*a` target is compile_check's error */
            vec_push(p, &targets, e);
            e = assign_value(p);
            if (!e)
                return NULL;
        }
        return ast_Assign(vec_seq(p, &targets), e, NULL, EXTRA(s));
    }
    /* invalid_legacy_expression: NAME !'(' star_expressions */
    if (e->kind == Name_kind && (strcmp(e->v.Name.id, "print") == 0 || strcmp(e->v.Name.id, "exec") == 0)
        && starts_expression(p)) {
        expr_ty rest = star_expressions(p);
        if (rest)
            return error_range(p, "SyntaxError", e->lineno, e->col_offset, rest->end_lineno,
                rest->end_col_offset, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                e->v.Name.id, e->v.Name.id);
        return NULL;
    }
    return ast_Expr(e, EXTRA(s));
}

/* dotted_name: dotted_name '.' NAME | NAME */
static identifier dotted_name(Parser *p)
{
    if (!is_name(p))
        return NULL;
    LexToken *first = tk(p);
    advance(p);
    LexToken *lastt = first;
    while (is_op(p, OP_DOT) && tk_at(p, 1)->kind == TOK_NAME && tk_at(p, 1)->kw == 0) {
        advance(p);
        lastt = tk(p);
        advance(p);
    }
    if (lastt == first)
        return tok_ident(p, first);
    Buf b = { 0 };
    for (LexToken *t = first; t <= lastt; t++) {
        if (t->kind == TOK_NAME) {
            identifier part = tok_ident(p, t);
            buf_put(&b, part, strlen(part));
        } else {
            buf_putc(&b, '.');
        }
    }
    identifier id = arena_strndup(p->arena, b.s, b.n);
    free(b.s);
    return id;
}

/* dotted_as_name: dotted_name ['as' NAME]
 * import_from_as_name: NAME ['as' NAME] */
static alias_ty as_name(Parser *p, int dotted)
{
    int s = p->pos;
    identifier name;
    if (dotted) {
        name = dotted_name(p);
    } else {
        if (!is_name(p))
            return NULL;
        name = tok_ident(p, tk(p));
        advance(p);
    }
    if (!name)
        return NULL;
    identifier asname = NULL;
    if (accept_kw(p, KW_AS)) {
        if (!is_name(p))
            return NULL;
        asname = tok_ident(p, tk(p));
        advance(p);
    }
    return ast_alias(name, asname, EXTRA(s));
}

/* import_name: 'import' dotted_as_names
 * import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *            | 'from' ('.' | '...')+ 'import' import_from_targets */
static stmt_ty import_stmt(Parser *p)
{
    int s = p->pos;
    if (accept_kw(p, KW_IMPORT)) {
        Vec v = { 0 };
        do {
            alias_ty a = as_name(p, 1);
            if (!a)
                return NULL;
            vec_push(p, &v, a);
        } while (accept_op(p, OP_COMMA));
        return ast_Import(vec_seq(p, &v), EXTRA(s));
    }
    advance(p); /* from */
    int level = 0;
    for (;;) {
        if (accept_op(p, OP_DOT))
            level++;
        else if (accept_op(p, OP_ELLIPSIS))
            level += 3;
        else
            break;
    }
    identifier module = NULL;
    if (!is_kw(p, KW_IMPORT)) {
        module = dotted_name(p);
        if (!module)
            return NULL;
    } else if (level == 0) {
        return NULL;
    }
    if (!accept_kw(p, KW_IMPORT))
        return NULL;
    Vec v = { 0 };
    if (is_op(p, OP_STAR)) {
        int s2 = p->pos;
        advance(p);
        vec_push(p, &v, ast_alias("*", NULL, EXTRA(s2)));
    } else if (accept_op(p, OP_LPAR)) {
        do {
            if (v.n && is_op(p, OP_RPAR))
                break;
            alias_ty a = as_name(p, 0);
            if (!a)
                return NULL;
            vec_push(p, &v, a);
        } while (accept_op(p, OP_COMMA));
        if (!accept_op(p, OP_RPAR))
            return NULL;
    } else {
        do {
            alias_ty a = as_name(p, 0);
            if (!a)
                return NULL;
            vec_push(p, &v, a);
        } while (accept_op(p, OP_COMMA)
            && !(is_kind(p, TOK_NEWLINE)
                && ERR_TOK(tk(p), "trailing comma not allowed without surrounding parentheses")));
        if (p->err)
            return NULL;
    }
    return ast_ImportFrom(module, vec_seq(p, &v), level, EXTRA(s));
}

/* simple_stmt: assignment | star_expressions | return_stmt | import_stmt
 *   | raise_stmt | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break'
 *   | 'continue' | global_stmt | nonlocal_stmt */
static stmt_ty simple_stmt(Parser *p)
{
    ENTER();
    int s = p->pos;
    LexToken *t = tk(p);
    if (t->kind == TOK_NAME) {
        switch (t->kw) {
        case KW_PASS:
            advance(p);
            LEAVE(ast_Pass(EXTRA(s)));
        case KW_BREAK:
            advance(p);
            LEAVE(ast_Break(EXTRA(s)));
        case KW_CONTINUE:
            advance(p);
            LEAVE(ast_Continue(EXTRA(s)));
        case KW_RETURN: {
            advance(p);
            expr_ty v = NULL;
            if (starts_expression(p) && !(v = star_expressions(p)))
                LEAVE(NULL);
            LEAVE(ast_Return(v, EXTRA(s)));
        }
        case KW_RAISE: {
            advance(p);
            expr_ty exc = NULL, cause = NULL;
            if (starts_expression(p)) {
                if (!(exc = expression(p)))
                    LEAVE(NULL);
                if (accept_kw(p, KW_FROM) && !(cause = expression(p)))
                    LEAVE(NULL);
            }
            LEAVE(ast_Raise(exc, cause, EXTRA(s)));
        }
        case KW_GLOBAL:
        case KW_NONLOCAL: {
            advance(p);
            Vec v = { 0 };
            do {
                if (!is_name(p))
                    LEAVE(NULL);
                vec_push(p, &v, (void *)tok_ident(p, tk(p)));
                advance(p);
            } while (accept_op(p, OP_COMMA));
            if (t->kw == KW_GLOBAL)
                LEAVE(ast_Global(vec_seq(p, &v), EXTRA(s)));
            LEAVE(ast_Nonlocal(vec_seq(p, &v), EXTRA(s)));
        }
        case KW_DEL: {
            /* del_stmt: 'del' del_targets &(';' | NEWLINE)
             * del_targets: ','.del_target+ [','] */
            advance(p);
            int after = p->pos;
            Vec v = { 0 };
            do {
                if (is_op(p, OP_SEMI) || is_kind(p, TOK_NEWLINE))
                    break;
                int start = p->pos, maxpos = p->maxpos;
                expr_ty e = bitwise_or(p);
                if (!e) {
                    /* invalid_del_stmt: 'del' star_expressions names the
                     * first target that cannot be deleted (`*a`) */
                    if (p->err)
                        LEAVE(NULL);
                    p->pos = after;
                    expr_ty all = star_expressions(p);
                    if (all)
                        check_target(p, all, DEL_TARGETS);
                    if (p->err)
                        LEAVE(NULL);
                    /* Otherwise "invalid syntax" where CPython's del_target
                     * (a primary) stops looking, not past an operator. */
                    p->maxpos = maxpos;
                    p->pos = start;
                    expr_ty prim = primary(p);
                    if (prim && !p->err)
                        check_target(p, prim, DEL_TARGETS); /* `del f() +` */
                    LEAVE(NULL);
                }
                if (!check_target(p, e, DEL_TARGETS))
                    LEAVE(NULL);
                vec_push(p, &v, e);
            } while (accept_op(p, OP_COMMA));
            if (v.n == 0)
                LEAVE(NULL);
            LEAVE(ast_Delete(vec_seq(p, &v), EXTRA(s)));
        }
        case KW_ASSERT: {
            advance(p);
            expr_ty test = expression(p), msg = NULL;
            if (!test)
                LEAVE(NULL);
            if (accept_op(p, OP_COMMA) && !(msg = expression(p)))
                LEAVE(NULL);
            LEAVE(ast_Assert(test, msg, EXTRA(s)));
        }
        case KW_IMPORT:
        case KW_FROM:
            LEAVE(import_stmt(p));
        default:
            break;
        }
    }
    LEAVE(expr_stmt(p));
}

/* simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
static int simple_stmts(Parser *p, Vec *out)
{
    for (;;) {
        stmt_ty st = simple_stmt(p);
        if (!st)
            return 0;
        vec_push(p, out, st);
        if (!accept_op(p, OP_SEMI) || is_kind(p, TOK_NEWLINE))
            break;
    }
    if (!is_kind(p, TOK_NEWLINE))
        return 0;
    advance(p);
    return 1;
}

/* block: NEWLINE INDENT statements DEDENT | simple_stmts */
asdl_seq *block(Parser *p, const char *what, LexToken *kwtok)
{
    ENTER();
    Vec v = { 0 };
    if (is_kind(p, TOK_NEWLINE)) {
        advance(p);
        if (!is_kind(p, TOK_INDENT)) {
            LexToken *t = tk(p);
            if (t->kind != TOK_ERROR)
                error_range(p, "IndentationError", t->lineno, t->col_offset, 0, 0,
                    "expected an indented block after %s on line %d", what, kwtok->lineno);
            LEAVE(NULL);
        }
        advance(p);
        while (!is_kind(p, TOK_DEDENT)) {
            if (!statement(p, &v))
                LEAVE(NULL);
        }
        advance(p);
        LEAVE(vec_seq(p, &v));
    }
    if (!simple_stmts(p, &v))
        LEAVE(NULL);
    LEAVE(vec_seq(p, &v));
}

int expect_colon(Parser *p) { return expect_forced(p, OP_COLON, ":"); }

/* else_block: 'else' &&':' block */
static asdl_seq *else_block(Parser *p)
{
    LexToken *t = tk(p);
    advance(p);
    if (!expect_colon(p))
        return NULL;
    return block(p, "'else' statement", t);
}

/* if_stmt: 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block]
 * elif_stmt: 'elif' named_expression ':' block elif_stmt | 'elif' named_expression ':' block [else_block] */
static stmt_ty if_stmt(Parser *p)
{
    int s = p->pos;
    LexToken *kwt = tk(p);
    advance(p);
    expr_ty test = named_expression(p);
    if (!test || !expect_colon(p))
        return NULL;
    asdl_seq *body = block(p, kwt->kw == KW_IF ? "'if' statement" : "'elif' statement", kwt);
    if (!body)
        return NULL;
    asdl_seq *orelse = NULL;
    if (is_kw(p, KW_ELIF)) {
        stmt_ty e = if_stmt(p);
        if (!e)
            return NULL;
        orelse = seq1(p, e);
    } else if (is_kw(p, KW_ELSE)) {
        if (!(orelse = else_block(p)))
            return NULL;
    }
    return ast_If(test, body, orelse, EXTRA(s));
}

/* while_stmt: 'while' named_expression ':' block [else_block] */
static stmt_ty while_stmt(Parser *p)
{
    int s = p->pos;
    LexToken *kwt = tk(p);
    advance(p);
    expr_ty test = named_expression(p);
    if (!test || !expect_colon(p))
        return NULL;
    asdl_seq *body = block(p, "'while' statement", kwt), *orelse = NULL;
    if (!body)
        return NULL;
    if (is_kw(p, KW_ELSE) && !(orelse = else_block(p)))
        return NULL;
    return ast_While(test, body, orelse, EXTRA(s));
}

/* for_stmt: ASYNC? 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block] */
static stmt_ty for_stmt(Parser *p, int s, int is_async)
{
    LexToken *kwt = tk(p);
    advance(p);
    expr_ty target = star_targets(p);
    if (!target)
        return NULL;
    if (!check_target(p, target, FOR_TARGETS))
        return NULL;
    if (!accept_kw(p, KW_IN))
        return NULL;
    expr_ty iter = star_expressions(p);
    if (!iter || !expect_colon(p))
        return NULL;
    asdl_seq *body = block(p, "'for' statement", kwt), *orelse = NULL;
    if (!body)
        return NULL;
    if (is_kw(p, KW_ELSE) && !(orelse = else_block(p)))
        return NULL;
    if (is_async)
        return ast_AsyncFor(target, iter, body, orelse, NULL, EXTRA(s));
    return ast_For(target, iter, body, orelse, NULL, EXTRA(s));
}

/* with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
static withitem_ty with_item(Parser *p)
{
    expr_ty e = expression(p);
    if (!e)
        return NULL;
    expr_ty vars = NULL;
    if (accept_kw(p, KW_AS)) {
        vars = star_target(p);
        if (!vars)
            return NULL;
        if (!is_op(p, OP_COMMA) && !is_op(p, OP_RPAR) && !is_op(p, OP_COLON))
            return NULL;
        if (!check_target(p, vars, STAR_TARGETS))
            return NULL;
    }
    return ast_withitem(e, vars, p->arena);
}

/* with_stmt: ASYNC? 'with' '(' ','.with_item+ ','? ')' ':' block
 *          | ASYNC? 'with' ','.with_item+ ':' [TYPE_COMMENT] block */
static stmt_ty with_stmt(Parser *p, int s, int is_async)
{
    LexToken *kwt = tk(p);
    advance(p);
    Vec items = { 0 };
    int m = p->pos;
    int ok = 0;
    if (accept_op(p, OP_LPAR)) {
        ok = 1;
        do {
            if (items.n && is_op(p, OP_RPAR))
                break;
            withitem_ty w = with_item(p);
            if (!w) {
                ok = 0;
                break;
            }
            vec_push(p, &items, w);
        } while (accept_op(p, OP_COMMA));
        if (ok && !(accept_op(p, OP_RPAR) && is_op(p, OP_COLON)))
            ok = 0;
        if (p->err)
            return NULL;
    }
    if (!ok) {
        p->pos = m;
        items.n = 0;
        do {
            withitem_ty w = with_item(p);
            if (!w)
                return NULL;
            vec_push(p, &items, w);
        } while (accept_op(p, OP_COMMA));
    }
    if (!expect_colon(p))
        return NULL;
    asdl_seq *body = block(p, "'with' statement", kwt);
    if (!body)
        return NULL;
    if (is_async)
        return ast_AsyncWith(vec_seq(p, &items), body, NULL, EXTRA(s));
    return ast_With(vec_seq(p, &items), body, NULL, EXTRA(s));
}

/* try_stmt: 'try' &&':' block finally_block
 *         | 'try' &&':' block except_block+ [else_block] [finally_block]
 *         | 'try' &&':' block except_star_block+ [else_block] [finally_block]
 * except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
 * except_star_block: 'except' '*' expression ['as' NAME] ':' block */
static stmt_ty try_stmt(Parser *p)
{
    int s = p->pos;
    LexToken *kwt = tk(p);
    advance(p);
    if (!expect_colon(p))
        return NULL;
    asdl_seq *body = block(p, "'try' statement", kwt);
    if (!body)
        return NULL;
    Vec handlers = { 0 };
    int star = -1;
    while (is_kw(p, KW_EXCEPT)) {
        int hs = p->pos;
        LexToken *et = tk(p);
        advance(p);
        int is_star = accept_op(p, OP_STAR);
        if (star >= 0 && star != is_star) {
            LexToken *to = is_star ? &p->toks[p->pos - 1] : et; /* 'except' '*' */
            return error_range(p, "SyntaxError", et->lineno, et->col_offset, to->end_lineno,
                to->end_col_offset, "cannot have both 'except' and 'except*' on the same 'try'");
        }
        star = is_star;
        expr_ty type = NULL;
        identifier name = NULL;
        if (!is_op(p, OP_COLON)) {
            type = expression(p);
            if (!type)
                return NULL;
            if (is_op(p, OP_COMMA)) {
                /* invalid_except_stmt: from the first type to the ':' */
                while (accept_op(p, OP_COMMA) && expression(p))
                    ;
                if (accept_kw(p, KW_AS) && is_name(p))
                    advance(p);
                if (p->err || !is_op(p, OP_COLON))
                    return NULL;
                return error_range(p, "SyntaxError", type->lineno, type->col_offset, last_tok(p)->end_lineno,
                    last_tok(p)->end_col_offset, "multiple exception types must be parenthesized");
            }
            if (accept_kw(p, KW_AS)) {
                if (!is_name(p))
                    return NULL;
                name = tok_ident(p, tk(p));
                advance(p);
            }
        } else if (is_star) {
            return ERR_TOK(tk(p), "expected one or more exception types");
        }
        if (!expect_colon(p))
            return NULL;
        asdl_seq *hb = block(p, is_star ? "'except*' statement" : "'except' statement", et);
        if (!hb)
            return NULL;
        vec_push(p, &handlers, ast_ExceptHandler(type, name, hb, EXTRA(hs)));
    }
    asdl_seq *orelse = NULL, *final = NULL;
    if (handlers.n && is_kw(p, KW_ELSE) && !(orelse = else_block(p)))
        return NULL;
    if (is_kw(p, KW_FINALLY)) {
        LexToken *ft = tk(p);
        advance(p);
        if (!expect_colon(p))
            return NULL;
        if (!(final = block(p, "'finally' statement", ft)))
            return NULL;
    }
    if (!handlers.n && !final) {
        /* At the next real token; at the end of the file, on the last
         * line without a caret, as CPython's file tokenizer reports it. */
        int i = p->pos;
        while (p->toks[i].kind == TOK_DEDENT)
            i++;
        LexToken *t = &p->toks[i];
        if (t->kind == TOK_ENDMARKER)
            return error_range(
                p, "SyntaxError", last_tok(p)->end_lineno, -1, 0, 0, "expected 'except' or 'finally' block");
        return ERR_TOK(t, "expected 'except' or 'finally' block");
    }
    if (star == 1)
        return ast_TryStar(body, vec_seq(p, &handlers), orelse, final, EXTRA(s));
    return ast_Try(body, vec_seq(p, &handlers), orelse, final, EXTRA(s));
}

/* function_def_raw: ASYNC? 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block */
static stmt_ty funcdef(Parser *p, int s, int is_async, asdl_seq *decorators)
{
    LexToken *kwt = tk(p);
    advance(p);
    if (!is_name(p))
        return NULL;
    identifier name = tok_ident(p, tk(p));
    advance(p);
    if (!expect_forced(p, OP_LPAR, "("))
        return NULL;
    arguments_ty args = params(p, 0);
    if (!args || !accept_op(p, OP_RPAR))
        return NULL;
    expr_ty returns = NULL;
    int arrow = p->pos;
    if (accept_op(p, OP_RARROW) && !(returns = expression(p))) {
        if (p->err)
            return NULL;
        p->pos = arrow; /* ['->' expression] matched nothing: ':' is expected at '->' */
    }
    if (!expect_colon(p))
        return NULL;
    asdl_seq *body = block(p, "function definition", kwt);
    if (!body)
        return NULL;
    if (is_async)
        return ast_AsyncFunctionDef(name, args, body, decorators, returns, NULL, EXTRA(s));
    return ast_FunctionDef(name, args, body, decorators, returns, NULL, EXTRA(s));
}

/* class_def_raw: 'class' NAME ['(' [arguments] ')'] &&':' block */
static stmt_ty classdef(Parser *p, asdl_seq *decorators)
{
    int s = p->pos;
    LexToken *kwt = tk(p);
    advance(p);
    if (!is_name(p))
        return NULL;
    identifier name = tok_ident(p, tk(p));
    advance(p);
    asdl_seq *bases = NULL, *keywords = NULL;
    if (is_op(p, OP_LPAR)) {
        int paren = p->pos;
        advance(p);
        expr_ty call = call_tail(p, NULL, paren, paren);
        if (!call)
            return NULL;
        bases = call->v.Call.args;
        keywords = call->v.Call.keywords;
    }
    if (!expect_colon(p))
        return NULL;
    asdl_seq *body = block(p, "class definition", kwt);
    if (!body)
        return NULL;
    return ast_ClassDef(name, bases, keywords, body, decorators, EXTRA(s));
}

/* decorators: ('@' named_expression NEWLINE)+ */
static stmt_ty decorated(Parser *p)
{
    Vec decs = { 0 };
    while (accept_op(p, OP_AT)) {
        expr_ty e = named_expression(p);
        if (!e || !is_kind(p, TOK_NEWLINE))
            return NULL;
        advance(p);
        vec_push(p, &decs, e);
    }
    asdl_seq *d = vec_seq(p, &decs);
    int s = p->pos;
    if (is_kw(p, KW_DEF))
        return funcdef(p, s, 0, d);
    if (is_kw(p, KW_ASYNC) && tk_at(p, 1)->kind == TOK_NAME && tk_at(p, 1)->kw == KW_DEF) {
        advance(p);
        return funcdef(p, s, 1, d);
    }
    if (is_kw(p, KW_CLASS))
        return classdef(p, d);
    return NULL;
}

/* statement: compound_stmt | simple_stmts */
static int statement(Parser *p, Vec *out)
{
    if (p->err || !enter(p)) {
        p->depth--;
        return 0;
    }
    LexToken *t = tk(p);
    stmt_ty st = NULL;
    int s = p->pos;
    int compound = 1;
    MatchTry mt = { 0, 0 };
    Diag match_err = { 0 }; /* an error inside a failed match subject */
    if (t->kind == TOK_NAME) {
        switch (t->kw) {
        case KW_IF:
            st = if_stmt(p);
            break;
        case KW_WHILE:
            st = while_stmt(p);
            break;
        case KW_FOR:
            st = for_stmt(p, s, 0);
            break;
        case KW_WITH:
            st = with_stmt(p, s, 0);
            break;
        case KW_TRY:
            st = try_stmt(p);
            break;
        case KW_DEF:
            st = funcdef(p, s, 0, NULL);
            break;
        case KW_CLASS:
            st = classdef(p, NULL);
            break;
        case KW_ASYNC:
            advance(p);
            if (is_kw(p, KW_DEF))
                st = funcdef(p, s, 1, NULL);
            else if (is_kw(p, KW_FOR))
                st = for_stmt(p, s, 1);
            else if (is_kw(p, KW_WITH))
                st = with_stmt(p, s, 1);
            break;
        case 0:
            if (is_soft_kw(p, "match")) {
                Diag before = *p->diag;
                st = match_stmt(p, &mt);
                if (st || (p->err && mt.committed))
                    break;
                if (p->err) {
                    /* An error inside what may be a call `match(...)`:
                     * CPython's first pass would fail the match quietly. */
                    match_err = *p->diag;
                    *p->diag = before;
                    p->err = 0;
                }
                p->pos = s;
            }
            compound = 0;
            break;
        default:
            compound = 0;
            break;
        }
    } else if (t->kind == TOK_OP && t->op == OP_AT) {
        st = decorated(p);
    } else {
        compound = 0;
    }
    p->depth--;
    if (compound) {
        if (!st)
            return 0;
        vec_push(p, out, st);
        return 1;
    }
    if (simple_stmts(p, out))
        return 1;
    /* The match statement's errors count only once the line is no simple
     * statement either, and then they come first, as in CPython's second
     * pass. */
    if (match_err.kind != DIAG_NONE) {
        *p->diag = match_err;
        p->err = 1;
    } else if (mt.missing_colon && !p->err) {
        p->pos = s;
        LexToken *nl = &p->toks[mt.missing_colon];
        ERR_TOK(nl, "expected ':'");
    }
    return 0;
}

/* ---------------------------------------------------------------- entry */

/* file: [statements] ENDMARKER */
static mod_ty file_rule(Parser *p)
{
    Vec body = { 0 };
    while (!is_kind(p, TOK_ENDMARKER)) {
        if (!statement(p, &body))
            return NULL;
    }
    return ast_Module(vec_seq(p, &body), asdl_seq_new(0, p->arena), p->arena);
}

static int is_utf8_name(const char *e, size_t n)
{
    static const char *names[] = { "utf-8", "utf8", "utf_8", "utf-8-sig" };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i]) == n && strncasecmp(names[i], e, n) == 0)
            return 1;
    return n > 6 && strncasecmp(e, "utf-8-", 6) == 0;
}

static int is_latin1_name(const char *e, size_t n)
{
    static const char *names[]
        = { "latin-1", "latin1", "latin_1", "iso-8859-1", "iso8859-1", "iso_8859_1", "iso-latin-1", "l1" };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i]) == n && strncasecmp(names[i], e, n) == 0)
            return 1;
    return n > 8 && (strncasecmp(e, "latin-1-", 8) == 0 || strncasecmp(e, "iso-8859-1-", 11) == 0);
}

/* The encoding name as CPython's tokenizer names it in its errors
 * (get_normal_name): the utf-8 and latin-1 spellings become "utf-8" and
 * "iso-8859-1" (judged on the first 12 characters, lower case, '_' as
 * '-'); any other name stays as written. */
static const char *normal_encoding_name(Arena *a, const char *name, size_t n)
{
    char buf[13];
    size_t i;
    for (i = 0; i < 12 && i < n; i++)
        buf[i] = name[i] == '_' ? '-' : (char)tolower((unsigned char)name[i]);
    buf[i] = '\0';
    if (strcmp(buf, "utf-8") == 0 || strncmp(buf, "utf-8-", 6) == 0)
        return "utf-8";
    if (strcmp(buf, "latin-1") == 0 || strcmp(buf, "iso-8859-1") == 0 || strcmp(buf, "iso-latin-1") == 0
        || strncmp(buf, "latin-1-", 8) == 0 || strncmp(buf, "iso-8859-1-", 11) == 0
        || strncmp(buf, "iso-latin-1-", 12) == 0)
        return "iso-8859-1";
    return arena_strndup(a, name, n);
}

/* The PEP 263 coding cookie of line [s, e), if any. */
static int find_cookie(const char *s, const char *e, const char **name, size_t *len)
{
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\f'))
        s++;
    if (s >= e || *s != '#')
        return 0;
    for (const char *q = s; q + 6 < e; q++) {
        if (memcmp(q, "coding", 6) == 0 && (q[6] == ':' || q[6] == '=')) {
            const char *n = q + 7;
            while (n < e && (*n == ' ' || *n == '\t'))
                n++;
            const char *ne = n;
            while (ne < e
                && (((*ne | 0x20) >= 'a' && (*ne | 0x20) <= 'z') || (*ne >= '0' && *ne <= '9') || *ne == '-'
                    || *ne == '_' || *ne == '.'))
                ne++;
            if (ne == n)
                return 0;
            *name = n;
            *len = (size_t)(ne - n);
            return 1;
        }
    }
    return 0;
}

mod_ty parse_source(Arena *arena, const char *file, const char *src, size_t len, Diag *diag)
{
    diag->file = file;
    diag->source = NULL;
    /* Null bytes are rejected outright. */
    const char *nul = memchr(src, '\0', len);
    if (nul) {
        int ln = 1;
        for (const char *q = src; q < nul; q++)
            ln += *q == '\n';
        diag->source = arena_strndup(arena, src, (size_t)(nul - src));
        diag_set(diag, DIAG_SYNTAX, "SyntaxError", ln, -1, "source code cannot contain null bytes");
        return NULL;
    }
    int bom = len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0;
    if (bom) {
        src += 3;
        len -= 3;
    }
    /* Coding cookie on line 1 or 2. */
    int latin1 = 0;
    int declared = bom; /* the source names its encoding */
    {
        const char *l1e = memchr(src, '\n', len);
        const char *end = src + len;
        const char *name;
        size_t nlen;
        int found = find_cookie(src, l1e ? l1e : end, &name, &nlen);
        if (!found && l1e) {
            /* Line 2 counts only if line 1 is blank or a comment. */
            const char *q = src;
            while (q < l1e && (*q == ' ' || *q == '\t' || *q == '\f' || *q == '\r'))
                q++;
            if (q == l1e || *q == '#') {
                const char *l2e = memchr(l1e + 1, '\n', (size_t)(end - l1e - 1));
                found = find_cookie(l1e + 1, l2e ? l2e : end, &name, &nlen);
            }
        }
        /* The messages are those of `python3 FILE` (its file reader). */
        const char *normal = found ? normal_encoding_name(arena, name, nlen) : NULL;
        if (found && bom && strcmp(normal, "utf-8") != 0) {
            diag_set(diag, DIAG_SYNTAX, "SyntaxError", 0, 0, "encoding problem: %s with BOM", normal);
            return NULL;
        }
        if (found) {
            declared = 1;
            if (is_latin1_name(name, nlen)) {
                latin1 = 1;
            } else if (!is_utf8_name(name, nlen)) {
                /* Any other encoding glibc's iconv knows. */
                char *ename = arena_strndup(arena, name, nlen);
                iconv_t cd = iconv_open("UTF-8", ename);
                if (cd == (iconv_t)-1) {
                    diag_set(diag, DIAG_SYNTAX, "SyntaxError", 0, 0, "encoding problem: %s", normal);
                    return NULL;
                }
                size_t cap = 4 * len + 4, outleft = cap, inleft = len;
                char *out = arena_alloc(arena, cap + 1), *op = out;
                char *ip = (char *)src;
                if (iconv(cd, &ip, &inleft, &op, &outleft) == (size_t)-1) {
                    iconv_close(cd);
                    diag_set(diag, DIAG_SYNTAX, "SyntaxError", 0, 0, "encoding problem: %s", normal);
                    return NULL;
                }
                iconv_close(cd);
                src = out;
                len = (size_t)(op - out);
            }
        }
    }
    /* Normalize line ends to "\n", add a final newline, transcode latin-1. */
    char *buf = arena_alloc(arena, (latin1 ? 2 * len : len) + 2);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\r') {
            buf[n++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n')
                i++;
        } else if (latin1 && c >= 0x80) {
            buf[n++] = (char)(0xC0 | (c >> 6));
            buf[n++] = (char)(0x80 | (c & 0x3F));
        } else {
            buf[n++] = (char)c;
        }
    }
    if (n == 0 || buf[n - 1] != '\n')
        buf[n++] = '\n';
    buf[n] = '\0';
    diag->source = buf;
    /* Reject invalid UTF-8 as CPython's file decoder does. */
    {
        int ln = 1;
        for (size_t i = 0; i < n;) {
            int l;
            if (lex_utf8_decode((const unsigned char *)buf + i, n - i, &l) < 0) {
                diag_set(diag, DIAG_SYNTAX, "SyntaxError", 0, 0,
                    "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; "
                    "see "
                    "https://peps.python.org/pep-0263/ for details",
                    (unsigned char)buf[i], file, ln);
                return NULL;
            }
            ln += buf[i] == '\n';
            i += (size_t)l;
        }
    }
    Lexer lx;
    lex_tokenize(&lx, file, buf, n);
    Parser p;
    memset(&p, 0, sizeof p);
    p.arena = arena;
    p.file = file;
    p.src = buf;
    p.toks = lx.toks;
    p.ntoks = lx.ntoks;
    p.diag = diag;
    p.lx = &lx;
    mod_ty mod = file_rule(&p);
    LexToken *lastt = &lx.toks[lx.ntoks - 1];
    if (!mod) {
        int lex_failed = lastt->kind == TOK_ERROR;
        int lex_real = lex_failed && !lx.unclosed;
        LexToken *furthest = &p.toks[p.maxpos < p.ntoks ? p.maxpos : p.ntoks - 1];
        if (!p.err) {
            LexToken *t = furthest;
            if (t->kind == TOK_ERROR) {
                *diag = lx.err;
            } else if (lex_real) {
                *diag = lx.err;
            } else if (lex_failed && t->lineno > lx.unclosed_lineno) {
                *diag = lx.err;
            } else if (t->kind == TOK_INDENT) {
                diag_set(diag, DIAG_SYNTAX, "IndentationError", t->lineno, -1, "unexpected indent");
            } else if (t->kind == TOK_DEDENT) {
                diag_set(
                    diag, DIAG_SYNTAX, "IndentationError", t->lineno, t->col_offset, "unexpected unindent");
            } else {
                diag_set(diag, DIAG_SYNTAX, "SyntaxError", t->lineno, t->col_offset, "invalid syntax");
                diag->end_lineno = t->end_lineno;
                diag->end_col_offset = t->end_col_offset;
                if (t->kind == TOK_NEWLINE || t->kind == TOK_ENDMARKER)
                    diag->end_lineno = 0;
            }
        } else if (diag->kind == DIAG_SYNTAX
            && (lex_real || (lex_failed && furthest->lineno > lx.unclosed_lineno))) {
            /* A tokenizer error later in the file wins over the parser's,
             * and so does a bracket left open on an earlier line
             * (_PyPegen_tokenize_full_source_to_check_for_errors). */
            *diag = lx.err;
        }
        diag->file = file;
        diag->source = buf;
        diag->char_offsets = declared;
    }
    lex_free(&lx);
    return mod;
}
