/* Parser, part two: the match statement and its patterns, after CPython
 * 3.11's Grammar/python.gram (match_stmt through keyword_pattern), with the
 * errors of its invalid_match_stmt, invalid_case_block, invalid_as_pattern
 * and invalid_class_pattern rules.
 *
 * "match" and "case" are soft keywords: a line starting with `match` is a
 * match statement only if `match subject ':' NEWLINE` follows; otherwise
 * the caller (statement() in parser.c) parses it as a simple statement.
 * Rule functions return NULL when they do not match, as in parser.c. */
#include "parser_int.h"

static pattern_ty pattern(Parser *p);
static pattern_ty closed_pattern(Parser *p);

/* Neither '.', '(' nor '=' follows: the lookahead of capture and value
 * patterns, which would otherwise be attribute, class or keyword
 * patterns. */
static int not_dot_paren_eq(Parser *p)
{
    return !is_op(p, OP_DOT) && !is_op(p, OP_LPAR) && !is_op(p, OP_EQUAL);
}

/* ---------------------------------------------------------------- literals */

/* signed_number: NUMBER | '-' NUMBER */
static expr_ty signed_number(Parser *p)
{
    int s = p->pos;
    if (accept_op(p, OP_MINUS)) {
        if (!is_kind(p, TOK_NUMBER))
            return NULL;
        expr_ty n = number(p);
        return n ? ast_UnaryOp(USub, n, EXTRA(s)) : NULL;
    }
    return is_kind(p, TOK_NUMBER) ? number(p) : NULL;
}

static int is_complex(expr_ty e)
{
    return e->kind == Constant_kind && e->v.Constant.value->kind == CONST_COMPLEX;
}

/* complex_number: signed_real_number ('+' | '-') imaginary_number
 * signed_real_number: real_number | '-' real_number
 * Called with a signed number already parsed as `left`. */
static expr_ty complex_number(Parser *p, int s, expr_ty left)
{
    expr_ty real = left->kind == UnaryOp_kind ? left->v.UnaryOp.operand : left;
    if (is_complex(real))
        return ERR_NODE(real, "real number required in complex literal");
    operator_ty op = is_op(p, OP_PLUS) ? Add : Sub;
    advance(p);
    if (!is_kind(p, TOK_NUMBER))
        return NULL;
    expr_ty imag = number(p);
    if (!imag)
        return NULL;
    if (!is_complex(imag))
        return ERR_NODE(imag, "imaginary number required in complex literal");
    return ast_BinOp(left, op, imag, EXTRA(s));
}

/* literal_expr: signed_number !('+' | '-') | complex_number | strings
 *             | 'None' | 'True' | 'False'
 * The value of a literal pattern, or a mapping key. The keywords give a
 * Constant here; literal_pattern turns them into MatchSingleton. */
static expr_ty literal_expr(Parser *p)
{
    int s = p->pos;
    LexToken *t = tk(p);
    if (t->kind == TOK_NUMBER || (t->kind == TOK_OP && t->op == OP_MINUS)) {
        expr_ty n = signed_number(p);
        if (!n)
            return NULL;
        if (is_op(p, OP_PLUS) || is_op(p, OP_MINUS))
            return complex_number(p, s, n);
        return n;
    }
    if (t->kind == TOK_STRING)
        return strings(p);
    AstConstKind k;
    if (t->kind == TOK_NAME && t->kw == KW_NONE)
        k = CONST_NONE;
    else if (t->kind == TOK_NAME && t->kw == KW_TRUE)
        k = CONST_TRUE;
    else if (t->kind == TOK_NAME && t->kw == KW_FALSE)
        k = CONST_FALSE;
    else
        return NULL;
    advance(p);
    constant c = arena_alloc(p->arena, sizeof *c);
    c->kind = k;
    return ast_Constant(c, NULL, EXTRA(s));
}

/* literal_pattern: the literal_expr alternatives, as MatchValue, or
 * MatchSingleton for None, True and False. */
static pattern_ty literal_pattern(Parser *p)
{
    int s = p->pos;
    expr_ty e = literal_expr(p);
    if (!e)
        return NULL;
    if (e->kind == Constant_kind) {
        AstConstKind k = e->v.Constant.value->kind;
        if (k == CONST_NONE || k == CONST_TRUE || k == CONST_FALSE)
            return ast_MatchSingleton(e->v.Constant.value, EXTRA(s));
    }
    return ast_MatchValue(e, EXTRA(s));
}

/* ---------------------------------------------------------------- names */

/* pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
static identifier capture_target(Parser *p)
{
    LexToken *t = tk(p);
    if (!is_name(p) || tok_is(t, "_"))
        return NULL;
    advance(p);
    if (!not_dot_paren_eq(p))
        return NULL;
    return tok_ident(p, t);
}

/* name_or_attr: attr | NAME
 * attr: name_or_attr '.' NAME */
static expr_ty name_or_attr(Parser *p)
{
    int s = p->pos;
    LexToken *t = tk(p);
    if (!is_name(p))
        return NULL;
    advance(p);
    expr_ty e = ast_Name(
        tok_ident(p, t), Load, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset, p->arena);
    int links = 0;
    while (is_op(p, OP_DOT)) {
        advance(p);
        if (!is_name(p))
            return NULL;
        CHAIN_LINK(links);
        LexToken *nt = tk(p);
        advance(p);
        e = ast_Attribute(e, tok_ident(p, nt), Load, EXTRA(s));
    }
    return e;
}

/* ---------------------------------------------------------------- sequences */

/* star_pattern: '*' pattern_capture_target | '*' wildcard_pattern */
static pattern_ty star_pattern(Parser *p)
{
    int s = p->pos;
    advance(p);
    LexToken *t = tk(p);
    if (tok_is(t, "_")) {
        advance(p);
        return ast_MatchStar(NULL, EXTRA(s));
    }
    identifier name = capture_target(p);
    return name ? ast_MatchStar(name, EXTRA(s)) : NULL;
}

/* maybe_star_pattern: star_pattern | pattern */
static pattern_ty maybe_star_pattern(Parser *p) { return is_op(p, OP_STAR) ? star_pattern(p) : pattern(p); }

/* The rest of ','.maybe_star_pattern+ ','? after its first item: each ','
 * is followed by another item, or is the trailing one. */
static int more_star_patterns(Parser *p, Vec *v)
{
    while (is_op(p, OP_COMMA)) {
        int m = p->pos;
        advance(p);
        pattern_ty q = maybe_star_pattern(p);
        if (!q) {
            if (p->err)
                return 0;
            p->pos = m + 1; /* a trailing comma */
            break;
        }
        vec_push(p, v, q);
    }
    return 1;
}

/* sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
 * group_pattern: '(' pattern ')'
 * maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
 * open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
static pattern_ty bracketed_pattern(Parser *p)
{
    int s = p->pos;
    int paren = is_op(p, OP_LPAR);
    int close = paren ? OP_RPAR : OP_RSQB;
    advance(p);
    Vec v = { 0 };
    if (!accept_op(p, close)) {
        pattern_ty first = maybe_star_pattern(p);
        if (!first)
            return NULL;
        /* (pattern) is a group, not a sequence */
        if (paren && first->kind != MatchStar_kind && accept_op(p, OP_RPAR))
            return first;
        if (paren && !is_op(p, OP_COMMA))
            return NULL;
        vec_push(p, &v, first);
        if (!more_star_patterns(p, &v) || !accept_op(p, close))
            return NULL;
    }
    return ast_MatchSequence(vec_seq(p, &v), EXTRA(s));
}

/* ---------------------------------------------------------------- mappings */

/* key_value_pattern: (literal_expr | attr) ':' pattern
 * The key is pushed on keys and the pattern on pats. */
static int key_value_pattern(Parser *p, Vec *keys, Vec *pats)
{
    expr_ty key = literal_expr(p);
    if (!key) {
        if (p->err)
            return 0;
        key = name_or_attr(p);
        if (!key || key->kind != Attribute_kind) /* attr: at least one '.' */
            return 0;
    }
    if (!accept_op(p, OP_COLON))
        return 0;
    pattern_ty value = pattern(p);
    if (!value)
        return 0;
    vec_push(p, keys, key);
    vec_push(p, pats, value);
    return 1;
}

/* mapping_pattern: '{' '}'
 *                | '{' double_star_pattern ','? '}'
 *                | '{' items_pattern ',' double_star_pattern ','? '}'
 *                | '{' items_pattern ','? '}'
 * items_pattern: ','.key_value_pattern+
 * double_star_pattern: '**' pattern_capture_target */
static pattern_ty mapping_pattern(Parser *p)
{
    int s = p->pos;
    advance(p);
    Vec keys = { 0 }, pats = { 0 };
    identifier rest = NULL;
    while (!is_op(p, OP_RBRACE)) {
        if (accept_op(p, OP_DOUBLESTAR)) {
            if (!(rest = capture_target(p)))
                return NULL;
            accept_op(p, OP_COMMA);
            break;
        }
        if (!key_value_pattern(p, &keys, &pats))
            return NULL;
        if (!accept_op(p, OP_COMMA))
            break;
    }
    if (!accept_op(p, OP_RBRACE))
        return NULL;
    return ast_MatchMapping(vec_seq(p, &keys), vec_seq(p, &pats), rest, EXTRA(s));
}

/* ---------------------------------------------------------------- classes */

/* class_pattern: name_or_attr '(' [positional_patterns ','?] ')'
 *              | name_or_attr '(' [positional_patterns ','] keyword_patterns ','? ')'
 * keyword_pattern: NAME '=' pattern
 * A positional pattern after a keyword one is invalid_class_pattern's
 * error, spanning the run of positional patterns. */
static pattern_ty class_pattern(Parser *p, int s, expr_ty cls)
{
    advance(p); /* '(' */
    Vec pos = { 0 }, names = { 0 }, kwpats = { 0 };
    while (!is_op(p, OP_RPAR)) {
        if (is_name(p) && is_op_at(p, 1, OP_EQUAL)) {
            LexToken *nt = tk(p);
            advance(p);
            advance(p);
            pattern_ty q = pattern(p);
            if (!q)
                return NULL;
            vec_push(p, &names, (void *)tok_ident(p, nt));
            vec_push(p, &kwpats, q);
        } else {
            pattern_ty q = pattern(p);
            if (!q)
                return NULL;
            if (names.n) {
                /* The run of positional patterns after the keywords. */
                pattern_ty last = q;
                while (is_op(p, OP_COMMA)) {
                    int m = p->pos;
                    advance(p);
                    pattern_ty r = pattern(p);
                    if (!r) {
                        if (p->err)
                            return NULL;
                        p->pos = m;
                        break;
                    }
                    last = r;
                }
                return error_range(p, "SyntaxError", q->lineno, q->col_offset, last->end_lineno,
                    last->end_col_offset, "positional patterns follow keyword patterns");
            }
            vec_push(p, &pos, q);
        }
        if (!accept_op(p, OP_COMMA))
            break;
    }
    if (!accept_op(p, OP_RPAR))
        return NULL;
    return ast_MatchClass(cls, vec_seq(p, &pos), vec_seq(p, &names), vec_seq(p, &kwpats), EXTRA(s));
}

/* ---------------------------------------------------------------- patterns */

/* closed_pattern: literal_pattern | capture_pattern | wildcard_pattern
 *               | value_pattern | group_pattern | sequence_pattern
 *               | mapping_pattern | class_pattern */
static pattern_ty closed_pattern(Parser *p)
{
    ENTER();
    int s = p->pos;
    LexToken *t = tk(p);
    if (t->kind == TOK_OP) {
        switch (t->op) {
        case OP_LPAR:
        case OP_LSQB:
            LEAVE(bracketed_pattern(p));
        case OP_LBRACE:
            LEAVE(mapping_pattern(p));
        case OP_MINUS:
            LEAVE(literal_pattern(p));
        default:
            LEAVE(NULL);
        }
    }
    if (t->kind != TOK_NAME || t->kw != 0)
        LEAVE(literal_pattern(p));
    /* capture_pattern: pattern_capture_target */
    identifier name = capture_target(p);
    if (name)
        LEAVE(ast_MatchAs(NULL, name, EXTRA(s)));
    if (p->err)
        LEAVE(NULL);
    p->pos = s;
    /* wildcard_pattern: "_" (the choice is made: `_.x` and `_()` fail) */
    if (tok_is(t, "_")) {
        advance(p);
        LEAVE(ast_MatchAs(NULL, NULL, EXTRA(s)));
    }
    expr_ty e = name_or_attr(p);
    if (!e)
        LEAVE(NULL);
    if (is_op(p, OP_LPAR))
        LEAVE(class_pattern(p, s, e));
    /* value_pattern: attr !('.' | '(' | '=') */
    if (e->kind != Attribute_kind || !not_dot_paren_eq(p))
        LEAVE(NULL);
    LEAVE(ast_MatchValue(e, EXTRA(s)));
}

/* or_pattern: '|'.closed_pattern+ */
static pattern_ty or_pattern(Parser *p)
{
    int s = p->pos;
    pattern_ty first = closed_pattern(p);
    if (!first || !is_op(p, OP_VBAR))
        return first;
    Vec v = { 0 };
    vec_push(p, &v, first);
    while (accept_op(p, OP_VBAR)) {
        pattern_ty q = closed_pattern(p);
        if (!q)
            return NULL;
        vec_push(p, &v, q);
    }
    return ast_MatchOr(vec_seq(p, &v), EXTRA(s));
}

/* pattern: as_pattern | or_pattern
 * as_pattern: or_pattern 'as' pattern_capture_target
 * invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression */
static pattern_ty pattern(Parser *p)
{
    ENTER();
    int s = p->pos;
    pattern_ty q = or_pattern(p);
    if (!q || !accept_kw(p, KW_AS))
        LEAVE(q);
    LexToken *t = tk(p);
    if (tok_is(t, "_"))
        LEAVE(ERR_TOK(t, "cannot use '_' as a target"));
    if (!is_name(p)) {
        int m = p->pos;
        expr_ty e = named_expression(p);
        if (e && e->kind != NamedExpr_kind)
            LEAVE(ERR_NODE(e, "invalid pattern target"));
        p->pos = m;
        LEAVE(NULL);
    }
    identifier name = capture_target(p);
    if (!name)
        LEAVE(NULL);
    LEAVE(ast_MatchAs(q, name, EXTRA(s)));
}

/* patterns: open_sequence_pattern | pattern  (MatchSequence for the first) */
static pattern_ty patterns(Parser *p)
{
    int s = p->pos;
    pattern_ty first = maybe_star_pattern(p);
    if (!first)
        return NULL;
    if (!is_op(p, OP_COMMA))
        return first->kind == MatchStar_kind ? NULL : first;
    Vec v = { 0 };
    vec_push(p, &v, first);
    if (!more_star_patterns(p, &v))
        return NULL;
    return ast_MatchSequence(vec_seq(p, &v), EXTRA(s));
}

/* ---------------------------------------------------------------- statement */

/* case_block: "case" patterns guard? ':' block
 * guard: 'if' named_expression
 * invalid_case_block: "case" patterns guard? NEWLINE (expected ':') */
static match_case_ty case_block(Parser *p)
{
    LexToken *kwt = tk(p);
    if (!tok_is(kwt, "case"))
        return NULL;
    advance(p);
    pattern_ty pat = patterns(p);
    if (!pat)
        return NULL;
    expr_ty guard = NULL;
    if (accept_kw(p, KW_IF) && !(guard = named_expression(p)))
        return NULL;
    if (is_kind(p, TOK_NEWLINE))
        return ERR_TOK(tk(p), "expected ':'");
    if (!accept_op(p, OP_COLON))
        return NULL;
    asdl_seq *body = block(p, "'case' statement", kwt);
    return body ? ast_match_case(pat, guard, body, p->arena) : NULL;
}

/* subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
static expr_ty subject_expr(Parser *p)
{
    int s = p->pos;
    expr_ty first = star_named_expression(p);
    if (!first || !is_op(p, OP_COMMA)) {
        if (!first || first->kind == Starred_kind)
            return NULL;
        p->pos = s; /* named_expression */
        return named_expression(p);
    }
    Vec v = { 0 };
    vec_push(p, &v, first);
    while (accept_op(p, OP_COMMA)) {
        if (is_op(p, OP_COLON) || is_kind(p, TOK_NEWLINE))
            break;
        expr_ty e = star_named_expression(p);
        if (!e)
            return NULL;
        vec_push(p, &v, e);
    }
    return ast_Tuple(vec_seq(p, &v), Load, EXTRA(s));
}

/* match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
 * invalid_match_stmt: "match" subject_expr NEWLINE (expected ':', which the
 * caller raises if the line is no simple statement either) | "match"
 * subject_expr ':' NEWLINE !INDENT (an IndentationError). */
stmt_ty match_stmt(Parser *p, MatchTry *mt)
{
    int s = p->pos;
    LexToken *kwt = tk(p);
    advance(p);
    expr_ty subject = subject_expr(p);
    if (!subject)
        return NULL;
    if (is_kind(p, TOK_NEWLINE)) {
        mt->missing_colon = p->pos;
        return NULL;
    }
    if (!accept_op(p, OP_COLON) || !is_kind(p, TOK_NEWLINE))
        return NULL;
    advance(p);
    mt->committed = 1;
    if (!is_kind(p, TOK_INDENT)) {
        LexToken *t = tk(p);
        if (t->kind == TOK_ERROR)
            return NULL;
        return error_range(p, "IndentationError", t->lineno, t->col_offset, 0, 0,
            "expected an indented block after 'match' statement on line %d", kwt->lineno);
    }
    advance(p);
    Vec cases = { 0 };
    while (!is_kind(p, TOK_DEDENT)) {
        match_case_ty c = case_block(p);
        if (!c)
            return NULL;
        vec_push(p, &cases, c);
    }
    advance(p);
    return ast_Match(subject, vec_seq(p, &cases), EXTRA(s));
}
