/* Lowering of the match statement (PEP 634), as CPython 3.11 compiles it.
 *
 * The subject is evaluated once into a temporary. Each case tries its
 * pattern against it; a pattern that fails jumps to the next case. The
 * names a pattern captures are held in temporaries and bound only once
 * the whole pattern has matched, in capture order, and before the guard
 * runs (so a failing guard leaves them bound, as in CPython). The type
 * tests, lengths, key lookups and class matching are runtime intrinsics
 * (runtime/core/match.c).
 */
#include "lower_int.h"

#include <string.h>

#include <molt/object.h>

/* The names a pattern binds, each with the temporary holding its value. */
typedef struct Captures {
    const char **names;
    IrOpd *values;
    int n, cap;
} Captures;

static void capture(Lower *l, Captures *c, const char *name, IrOpd v, int line)
{
    if (c->n == c->cap) {
        int cap = c->cap ? 2 * c->cap : 4;
        const char **names = arena_alloc(l->arena, sizeof *names * (size_t)cap);
        IrOpd *values = arena_alloc(l->arena, sizeof *values * (size_t)cap);
        if (c->n) {
            memcpy(names, c->names, sizeof *names * (size_t)c->n);
            memcpy(values, c->values, sizeof *values * (size_t)c->n);
        }
        c->names = names;
        c->values = values;
        c->cap = cap;
    }
    /* Copy into a temporary of its own: the value must survive later
     * steps of the pattern that reuse operands. */
    IrInstr *mv = emit(l, IR_MOVE, line);
    mv->dst = ir_temp(l->f);
    mv->a = v;
    c->names[c->n] = name;
    c->values[c->n] = mv->dst;
    c->n++;
}

/* Go on in a fresh block when `t` is true, else to `fail`. */
static void require(Lower *l, IrOpd t, int fail, int line)
{
    int ok = ir_block_new(l->m, l->f);
    IrInstr *br = emit(l, IR_BRANCH, line);
    br->a = t;
    br->target = ok;
    br->target2 = fail;
    start(l, ok);
}

/* Go on when v is not None (the runtime's "matched" answer), else to fail. */
static void require_not_none(Lower *l, IrOpd v, int fail, int line)
{
    IrInstr *is = emit(l, IR_IS, line);
    is->sub = 1; /* is not */
    is->dst = ir_temp(l->f);
    is->a = v;
    is->b = ir_const_simple(l->m, IRC_NONE);
    require(l, is->dst, fail, line);
}

static IrOpd compare(Lower *l, int op, IrOpd a, IrOpd b, int line)
{
    IrInstr *in = emit(l, IR_COMPARE, line);
    in->sub = op;
    in->dst = ir_temp(l->f);
    in->a = a;
    in->b = b;
    return in->dst;
}

static int is_wildcard(pattern_ty p)
{
    return p->kind == MatchAs_kind && !p->v.MatchAs.pattern && !p->v.MatchAs.name;
}

static void match_pattern(Lower *l, pattern_ty p, IrOpd v, int fail, Captures *c);

/* [p0, p1, *rest, p3]: a sequence (not str/bytes) of the right length. */
static void match_sequence(Lower *l, pattern_ty p, IrOpd v, int fail, Captures *c)
{
    asdl_seq *pats = p->v.MatchSequence.patterns;
    int n = asdl_seq_LEN(pats), star = -1, line = p->lineno;
    for (int i = 0; i < n; i++)
        if (((pattern_ty)asdl_seq_GET(pats, i))->kind == MatchStar_kind)
            star = i;
    require(l, emit_rt(l, RT_MATCH_IS_SEQUENCE, line, &v, 1), fail, line);
    IrOpd len = emit_rt(l, RT_MATCH_LEN, line, &v, 1);
    if (star < 0)
        require(l, compare(l, MOLT_EQ, len, ir_const_int(l->m, n), line), fail, line);
    else if (n > 1)
        require(l, compare(l, MOLT_GE, len, ir_const_int(l->m, n - 1), line), fail, line);
    for (int i = 0; i < n && !failed(l); i++) {
        pattern_ty sub = asdl_seq_GET(pats, i);
        if (is_wildcard(sub))
            continue;
        if (i == star) {
            if (sub->v.MatchStar.name) {
                IrOpd args[3] = { v, ir_const_int(l->m, star), ir_const_int(l->m, n - 1 - star) };
                capture(l, c, sub->v.MatchStar.name, emit_rt(l, RT_MATCH_STAR, line, args, 3), line);
            }
            continue;
        }
        IrOpd index = ir_const_int(l->m, i);
        if (star >= 0 && i > star) { /* counted from the end: len - (n - i) */
            IrInstr *in = emit(l, IR_BINOP, line);
            in->sub = MOLT_OP_SUB;
            in->dst = ir_temp(l->f);
            in->a = len;
            in->b = ir_const_int(l->m, n - i);
            index = in->dst;
        }
        match_pattern(l, sub, emit_rt2(l, RT_GETITEM, line, v, index), fail, c);
    }
}

/* {k0: p0, k1: p1, **rest}: a mapping with every key. */
static void match_mapping(Lower *l, pattern_ty p, IrOpd v, int fail, Captures *c)
{
    asdl_seq *keys = p->v.MatchMapping.keys, *pats = p->v.MatchMapping.patterns;
    int n = asdl_seq_LEN(keys), line = p->lineno;
    require(l, emit_rt(l, RT_MATCH_IS_MAPPING, line, &v, 1), fail, line);
    if (n == 0 && !p->v.MatchMapping.rest)
        return;
    if (n > 0) {
        IrOpd len = emit_rt(l, RT_MATCH_LEN, line, &v, 1);
        require(l, compare(l, MOLT_GE, len, ir_const_int(l->m, n), line), fail, line);
    }
    IrOpd *k = arena_alloc(l->arena, sizeof *k * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        k[i] = lower_expr(l, asdl_seq_GET(keys, i));
    if (failed(l))
        return;
    IrOpd ktuple = emit_rt(l, RT_BUILD_TUPLE, line, k, n);
    if (n > 0) {
        IrOpd values = emit_rt2(l, RT_MATCH_KEYS, line, v, ktuple);
        require_not_none(l, values, fail, line);
        for (int i = 0; i < n && !failed(l); i++) {
            pattern_ty sub = asdl_seq_GET(pats, i);
            if (!is_wildcard(sub))
                match_pattern(l, sub, emit_rt2(l, RT_GETITEM, line, values, ir_const_int(l->m, i)), fail, c);
        }
    }
    if (p->v.MatchMapping.rest && !failed(l))
        capture(l, c, p->v.MatchMapping.rest, emit_rt2(l, RT_MATCH_REST, line, v, ktuple), line);
}

/* Cls(p0, p1, kw=p2): isinstance, then attributes by __match_args__. */
static void match_class(Lower *l, pattern_ty p, IrOpd v, int fail, Captures *c)
{
    asdl_seq *pats = p->v.MatchClass.patterns, *kwd = p->v.MatchClass.kwd_attrs;
    asdl_seq *kwpats = p->v.MatchClass.kwd_patterns;
    int npos = asdl_seq_LEN(pats), nkw = asdl_seq_LEN(kwd), line = p->lineno;
    IrOpd cls = lower_expr(l, p->v.MatchClass.cls);
    if (failed(l))
        return;
    const char **names = arena_alloc(l->arena, sizeof *names * (size_t)(nkw + 1));
    for (int i = 0; i < nkw; i++)
        names[i] = asdl_seq_GET(kwd, i);
    IrOpd args[4] = { v, cls, ir_const_int(l->m, npos), ir_const_kwnames(l->m, names, nkw) };
    IrOpd attrs = emit_rt(l, RT_MATCH_CLASS, line, args, 4);
    require_not_none(l, attrs, fail, line);
    for (int i = 0; i < npos + nkw && !failed(l); i++) {
        pattern_ty sub = i < npos ? asdl_seq_GET(pats, i) : asdl_seq_GET(kwpats, i - npos);
        if (!is_wildcard(sub))
            match_pattern(l, sub, emit_rt2(l, RT_GETITEM, line, attrs, ir_const_int(l->m, i)), fail, c);
    }
}

/* p0 | p1 | p2: each alternative binds the same names (the compiler
 * checked); whichever matches leaves them in shared temporaries. */
static void match_or(Lower *l, pattern_ty p, IrOpd v, int fail, Captures *c)
{
    asdl_seq *alts = p->v.MatchOr.patterns;
    int n = asdl_seq_LEN(alts), ok = ir_block_new(l->m, l->f), line = p->lineno;
    Captures shared = { 0 };
    for (int i = 0; i < n && !failed(l); i++) {
        int next = i + 1 < n ? ir_block_new(l->m, l->f) : fail;
        Captures alt = { 0 };
        match_pattern(l, asdl_seq_GET(alts, i), v, next, &alt);
        if (i == 0) {
            shared = alt;
        } else {
            for (int j = 0; j < alt.n; j++)
                for (int k = 0; k < shared.n; k++)
                    if (strcmp(alt.names[j], shared.names[k]) == 0) {
                        IrInstr *mv = emit(l, IR_MOVE, line);
                        mv->dst = shared.values[k];
                        mv->a = alt.values[j];
                    }
        }
        jump(l, ok, line);
        if (next != fail)
            start(l, next);
    }
    start(l, ok);
    for (int k = 0; k < shared.n; k++)
        capture(l, c, shared.names[k], shared.values[k], line);
}

static void match_pattern(Lower *l, pattern_ty p, IrOpd v, int fail, Captures *c)
{
    int line = p->lineno;
    if (failed(l))
        return;
    switch (p->kind) {
    case MatchValue_kind: {
        IrOpd want = lower_expr(l, p->v.MatchValue.value);
        if (!failed(l))
            require(l, compare(l, MOLT_EQ, v, want, line), fail, line);
        break;
    }
    case MatchSingleton_kind: {
        constant k = p->v.MatchSingleton.value;
        IrInstr *is = emit(l, IR_IS, line);
        is->dst = ir_temp(l->f);
        is->a = v;
        is->b = ir_const_simple(l->m,
            k->kind == CONST_NONE       ? IRC_NONE
                : k->kind == CONST_TRUE ? IRC_TRUE
                                        : IRC_FALSE);
        require(l, is->dst, fail, line);
        break;
    }
    case MatchSequence_kind:
        match_sequence(l, p, v, fail, c);
        break;
    case MatchMapping_kind:
        match_mapping(l, p, v, fail, c);
        break;
    case MatchClass_kind:
        match_class(l, p, v, fail, c);
        break;
    case MatchAs_kind:
        if (p->v.MatchAs.pattern)
            match_pattern(l, p->v.MatchAs.pattern, v, fail, c);
        if (p->v.MatchAs.name && !failed(l))
            capture(l, c, p->v.MatchAs.name, v, line);
        break;
    case MatchOr_kind:
        match_or(l, p, v, fail, c);
        break;
    case MatchStar_kind: /* only inside a sequence pattern */
        break;
    }
}

void lower_match(Lower *l, stmt_ty s)
{
    IrOpd subject = lower_expr(l, s->v.Match.subject);
    if (failed(l))
        return;
    /* A capture may rebind the subject's variable; later cases must
     * still see the original subject. */
    IrInstr *mv = emit(l, IR_MOVE, s->lineno);
    mv->dst = ir_temp(l->f);
    mv->a = subject;
    subject = mv->dst;
    asdl_seq *cases = s->v.Match.cases;
    int done = ir_block_new(l->m, l->f);
    for (int i = 0; i < asdl_seq_LEN(cases) && !failed(l); i++) {
        match_case_ty mc = asdl_seq_GET(cases, i);
        int next = ir_block_new(l->m, l->f);
        Captures c = { 0 };
        match_pattern(l, mc->pattern, subject, next, &c);
        for (int k = 0; k < c.n && !failed(l); k++)
            store_name(l, c.names[k], c.values[k], mc->pattern->lineno, mc->pattern->col_offset);
        if (mc->guard && !failed(l)) {
            int body = ir_block_new(l->m, l->f);
            branch_on(l, mc->guard, body, next);
            start(l, body);
        }
        lower_body(l, mc->body);
        jump(l, done, s->lineno);
        start(l, next);
    }
    jump(l, done, s->lineno);
    start(l, done);
}
