/* Lowering of exceptions: try/except/else/finally, with, raise [from].
 *
 * A try body's blocks have the handler block as exception target. The
 * handler takes the pending exception (rt exc_fetch), makes it the
 * exception being handled (rt exc_push, which returns the previous one,
 * kept in a temporary) and tests the except clauses in order
 * (rt exc_match). Every way out of a clause pops back to the previous
 * exception (rt exc_pop): falling off its end, return/break/continue, and
 * an exception escaping it, which goes to a cleanup block that pops and
 * re-raises. `except E as n` unbinds n on the way out, as CPython does.
 * When no clause matches, the exception is re-raised as it was.
 *
 * A finally body is copied at each exit of the protected statements: the
 * normal one, each return/break/continue (lower_unwind), and the
 * exception path, where it runs with the exception being handled and
 * re-raises it at its end. `reraise` continues with the pending exception
 * without a new traceback entry (the frame's entry was added when the
 * exception first reached the handler), as CPython's RERAISE.
 *
 * try/except* splits the exception clause by clause (lower_try_star_except).
 *
 * A with statement is a try/finally whose exit calls __exit__ with the
 * exception (rt with_exit), suppressing it when that returns true.
 */
#include "lower_int.h"

#include <molt/object.h>

/* One cleanup to run when control leaves its statements early. */
typedef enum { UW_FINALLY, UW_HANDLER, UW_WITH } UnwindKind;

typedef struct Unwind {
    UnwindKind kind;
    struct Unwind *outer;
    int handler; /* l->handler outside the construct: its cleanup runs there */
    asdl_seq *finalbody; /* UW_FINALLY */
    IrOpd prev; /* UW_HANDLER: the exception handled before the clause */
    const char *name; /* UW_HANDLER: the `as` name, or NULL */
    IrOpd exit, mgr; /* UW_WITH: type(mgr).__exit__ and the manager */
} Unwind;

/* The parts of a Try or TryStar statement. */
static asdl_seq *try_body(stmt_ty s) { return s->kind == Try_kind ? s->v.Try.body : s->v.TryStar.body; }
static asdl_seq *try_handlers(stmt_ty s)
{
    return s->kind == Try_kind ? s->v.Try.handlers : s->v.TryStar.handlers;
}
static asdl_seq *try_orelse(stmt_ty s) { return s->kind == Try_kind ? s->v.Try.orelse : s->v.TryStar.orelse; }
static asdl_seq *try_finalbody(stmt_ty s)
{
    return s->kind == Try_kind ? s->v.Try.finalbody : s->v.TryStar.finalbody;
}

/* Exceptions raised from now on go to block h (0: the error exit). A new
 * block starts so that the blocks before keep their target. */
static void set_handler(Lower *l, int h, int line)
{
    if (l->handler == h)
        return;
    int b = ir_block_new(l->m, l->f);
    jump(l, b, line);
    l->handler = h;
    start(l, b);
}

static IrOpd rt1(Lower *l, RtId id, int line, IrOpd a) { return emit_rt(l, id, line, &a, 1); }

static IrOpd none_opd(Lower *l) { return ir_const_simple(l->m, IRC_NONE); }

/* `name = None; del name`: the end of `except E as name`. */
static void unbind_name(Lower *l, const char *name, int line)
{
    store_name(l, name, none_opd(l), line, 0);
    if (failed(l))
        return;
    name = sym_mangle(l->arena, lower_private_name(l), name);
    if (lower_in_class_body(l) && lower_class_del(l, name, line))
        return;
    switch (resolve_name(l, name)) {
    case NAME_LOCAL:
        emit(l, IR_DEL_LOCAL, line)->a = ir_local_opd(ir_local(l->m, l->f, name));
        break;
    case NAME_FREE: /* a nonlocal: the enclosing function's cell is emptied */
    case NAME_CELL:
        del_cell(l, name, resolve_name(l, name), line);
        break;
    default:
        ir_global(l->m, name);
        emit(l, IR_DEL_GLOBAL, line)->name = name;
        break;
    }
}

/* `rt exc_pop(prev)`. */
static void pop_handled(Lower *l, IrOpd prev, int line) { rt1(l, RT_EXC_POP, line, prev); }

/* Re-raise exc as it was: no new __context__, no new traceback entry. */
static void reraise_value(Lower *l, IrOpd exc, int line)
{
    rt1(l, RT_EXC_RESTORE, line, exc);
    emit(l, IR_RERAISE, line);
}

/* `rt with_exit(exit, mgr, None)`: mgr.__exit__(None, None, None). */
static void call_exit_normal(Lower *l, IrOpd exit, IrOpd mgr, int line)
{
    IrOpd args[3] = { exit, mgr, none_opd(l) };
    emit_rt(l, RT_WITH_EXIT, line, args, 3);
}

static void run_cleanup(Lower *l, Unwind *u, int line)
{
    switch (u->kind) {
    case UW_FINALLY:
        lower_body(l, u->finalbody);
        break;
    case UW_HANDLER:
        if (u->name)
            unbind_name(l, u->name, line);
        pop_handled(l, u->prev, line);
        break;
    case UW_WITH:
        call_exit_normal(l, u->exit, u->mgr, line);
        break;
    }
}

void lower_unwind(Lower *l, Unwind *stop, int line)
{
    Unwind *saved = l->unwind;
    int saved_handler = l->handler;
    for (Unwind *u = saved; u && u != stop && !failed(l); u = u->outer) {
        /* the cleanup runs outside its construct: a return inside a
         * finally body being copied here unwinds only the outer ones */
        l->unwind = u->outer;
        set_handler(l, u->handler, line);
        run_cleanup(l, u, line);
    }
    l->unwind = saved;
    set_handler(l, saved_handler, line);
}

/* The handler entry: take the pending exception and make it the one being
 * handled. Sets *exc and *prev. */
static void enter_handler(Lower *l, int line, IrOpd *exc, IrOpd *prev)
{
    *exc = emit_rt(l, RT_EXC_FETCH, line, NULL, 0);
    *prev = rt1(l, RT_EXC_PUSH, line, *exc);
}

/* A block that pops back to prev and re-raises the pending exception
 * (unbinding name first if given): where exceptions escaping an except
 * clause or a finally body go. Emitted now, with the outer handler. */
static int cleanup_block(Lower *l, IrOpd prev, const char *name, int line)
{
    int c = ir_block_new(l->m, l->f), saved_cur = l->cur;
    start(l, c);
    if (name)
        unbind_name(l, name, line);
    pop_handled(l, prev, line);
    emit(l, IR_RERAISE, line);
    l->cur = saved_cur;
    return c;
}

/* try/except/else (no finally). */
static void lower_try_except(Lower *l, stmt_ty s)
{
    int outer = l->handler, line = s->lineno;
    int h = ir_block_new(l->m, l->f), after = ir_block_new(l->m, l->f);
    asdl_seq *handlers = try_handlers(s);

    set_handler(l, h, line);
    lower_body(l, try_body(s));
    set_handler(l, outer, line);
    if (failed(l))
        return;
    lower_body(l, try_orelse(s));
    jump(l, after, line);

    start(l, h);
    excepthandler_ty first = asdl_seq_GET(handlers, 0);
    int hline = first->lineno;
    IrOpd exc, prev;
    enter_handler(l, hline, &exc, &prev);
    int cleanup = cleanup_block(l, prev, NULL, hline);
    set_handler(l, cleanup, hline);
    for (int i = 0; i < asdl_seq_LEN(handlers) && !failed(l); i++) {
        excepthandler_ty eh = asdl_seq_GET(handlers, i);
        int eline = eh->lineno;
        int next = -1;
        if (eh->v.ExceptHandler.type) {
            IrOpd t = lower_expr(l, eh->v.ExceptHandler.type);
            if (failed(l))
                return;
            IrOpd args[2] = { exc, t };
            IrOpd m = emit_rt(l, RT_EXC_MATCH, eline, args, 2);
            int body = ir_block_new(l->m, l->f);
            next = ir_block_new(l->m, l->f);
            IrInstr *br = emit(l, IR_BRANCH, eline);
            br->a = m;
            br->target = body;
            br->target2 = next;
            start(l, body);
        }
        const char *name = eh->v.ExceptHandler.name;
        Unwind u = { UW_HANDLER, l->unwind, outer, NULL, prev, name, NO_OPD, NO_OPD };
        if (name) {
            store_name(l, name, exc, eline, eh->col_offset);
            set_handler(l, cleanup_block(l, prev, name, eline), eline);
        }
        l->unwind = &u;
        lower_body(l, eh->v.ExceptHandler.body);
        l->unwind = u.outer;
        if (failed(l))
            return;
        int end = eh->end_lineno ? eh->end_lineno : eline;
        set_handler(l, outer, end);
        if (name)
            unbind_name(l, name, end);
        pop_handled(l, prev, end);
        jump(l, after, end);
        if (next < 0)
            break; /* a bare except is the last clause */
        l->handler = cleanup;
        start(l, next);
    }
    if (l->cur >= 0) { /* no clause matched */
        set_handler(l, outer, hline);
        pop_handled(l, prev, hline);
        reraise_value(l, exc, hline);
    }
    l->handler = outer;
    start(l, after);
}

static IrOpd move_to(Lower *l, IrOpd dst, IrOpd v, int line)
{
    IrInstr *mv = emit(l, IR_MOVE, line);
    mv->dst = dst;
    mv->a = v;
    return dst;
}

/* try/except* (no finally). The handler splits the exception clause by
 * clause (rt eg_split -> match, rest); a clause runs with its match as
 * the exception being handled; what each clause raises is collected (its
 * cleanup block), and at the end rt eg_prep_reraise says what is left to
 * raise: the unmatched rest and the raised exceptions, or None. */
static void lower_try_star_except(Lower *l, stmt_ty s)
{
    int outer = l->handler, line = s->lineno;
    int h = ir_block_new(l->m, l->f), after = ir_block_new(l->m, l->f);
    asdl_seq *handlers = try_handlers(s);

    set_handler(l, h, line);
    lower_body(l, try_body(s));
    set_handler(l, outer, line);
    if (failed(l))
        return;
    lower_body(l, try_orelse(s));
    jump(l, after, line);

    start(l, h);
    excepthandler_ty first = asdl_seq_GET(handlers, 0);
    int hline = first->lineno;
    IrOpd exc, prev;
    enter_handler(l, hline, &exc, &prev);
    IrOpd rest = move_to(l, ir_temp(l->f), exc, hline);
    IrOpd acc = move_to(l, ir_temp(l->f), emit_rt(l, RT_BUILD_TUPLE, hline, NULL, 0), hline);
    int cleanup = cleanup_block(l, prev, NULL, hline);
    set_handler(l, cleanup, hline);
    for (int i = 0; i < asdl_seq_LEN(handlers) && !failed(l); i++) {
        excepthandler_ty eh = asdl_seq_GET(handlers, i);
        int eline = eh->lineno;
        IrOpd t = lower_expr(l, eh->v.ExceptHandler.type);
        if (failed(l))
            return;
        IrOpd args[2] = { rest, t };
        IrOpd pair = emit_rt(l, RT_EG_SPLIT, eline, args, 2);
        IrOpd a0[2] = { pair, ir_const_int(l->m, 0) }, a1[2] = { pair, ir_const_int(l->m, 1) };
        IrOpd match = emit_rt(l, RT_EG_ITEM, eline, a0, 2);
        move_to(l, rest, emit_rt(l, RT_EG_ITEM, eline, a1, 2), eline);
        IrInstr *is = emit(l, IR_IS, eline);
        is->dst = ir_temp(l->f);
        is->a = match;
        is->b = none_opd(l);
        int body = ir_block_new(l->m, l->f), next = ir_block_new(l->m, l->f);
        IrInstr *br = emit(l, IR_BRANCH, eline);
        br->a = is->dst;
        br->target = next;
        br->target2 = body;
        start(l, body);
        rt1(l, RT_EXC_PUSH, eline, match); /* the match is being handled */
        const char *name = eh->v.ExceptHandler.name;
        if (name)
            store_name(l, name, match, eline, eh->col_offset);
        /* an exception escaping the clause is collected, not raised */
        int raised = ir_block_new(l->m, l->f), saved_cur = l->cur;
        start(l, raised);
        IrOpd e2 = emit_rt(l, RT_EXC_FETCH, eline, NULL, 0);
        if (name)
            unbind_name(l, name, eline);
        IrOpd ca[2] = { acc, e2 };
        move_to(l, acc, emit_rt(l, RT_EG_COLLECT, eline, ca, 2), eline);
        jump(l, next, eline);
        l->cur = saved_cur;
        set_handler(l, raised, eline);
        lower_body(l, eh->v.ExceptHandler.body);
        if (failed(l))
            return;
        int end = eh->end_lineno ? eh->end_lineno : eline;
        set_handler(l, cleanup, end);
        if (name)
            unbind_name(l, name, end);
        jump(l, next, end);
        start(l, next);
    }
    IrOpd ca[2] = { acc, rest };
    move_to(l, acc, emit_rt(l, RT_EG_COLLECT, hline, ca, 2), hline);
    IrOpd pa[2] = { exc, acc };
    IrOpd r = emit_rt(l, RT_EG_PREP_RERAISE, hline, pa, 2);
    set_handler(l, outer, hline);
    pop_handled(l, prev, hline);
    IrInstr *is = emit(l, IR_IS, hline);
    is->dst = ir_temp(l->f);
    is->a = r;
    is->b = none_opd(l);
    int raise = ir_block_new(l->m, l->f);
    IrInstr *br = emit(l, IR_BRANCH, hline);
    br->a = is->dst;
    br->target = after;
    br->target2 = raise;
    start(l, raise);
    reraise_value(l, r, hline);
    start(l, after);
}

/* try/finally around `inner` (a try/except/else when there are handlers,
 * else the body). */
static void lower_try_finally(Lower *l, stmt_ty s)
{
    int outer = l->handler, line = s->lineno;
    int f = ir_block_new(l->m, l->f), after = ir_block_new(l->m, l->f);
    asdl_seq *fin = try_finalbody(s);
    Unwind u = { UW_FINALLY, l->unwind, outer, fin, NO_OPD, NULL, NO_OPD, NO_OPD };

    set_handler(l, f, line);
    l->unwind = &u;
    if (s->kind == TryStar_kind)
        lower_try_star_except(l, s);
    else if (asdl_seq_LEN(s->v.Try.handlers))
        lower_try_except(l, s);
    else
        lower_body(l, s->v.Try.body);
    l->unwind = u.outer;
    if (failed(l))
        return;
    set_handler(l, outer, line);
    lower_body(l, fin); /* the normal way out */
    jump(l, after, line);

    /* The exception path: the body runs with the exception being handled,
     * then re-raises it. */
    stmt_ty first = asdl_seq_GET(fin, 0);
    int fline = first->lineno;
    start(l, f);
    IrOpd exc, prev;
    enter_handler(l, fline, &exc, &prev);
    Unwind hu = { UW_HANDLER, l->unwind, outer, NULL, prev, NULL, NO_OPD, NO_OPD };
    set_handler(l, cleanup_block(l, prev, NULL, fline), fline);
    l->unwind = &hu;
    lower_body(l, fin);
    l->unwind = hu.outer;
    if (failed(l))
        return;
    set_handler(l, outer, fline);
    if (l->cur >= 0) {
        pop_handled(l, prev, fline);
        reraise_value(l, exc, fline);
    }
    start(l, after);
}

void lower_try(Lower *l, stmt_ty s)
{
    if (asdl_seq_LEN(s->v.Try.finalbody))
        lower_try_finally(l, s);
    else
        lower_try_except(l, s);
}

void lower_try_star(Lower *l, stmt_ty s)
{
    if (asdl_seq_LEN(s->v.TryStar.finalbody))
        lower_try_finally(l, s);
    else
        lower_try_star_except(l, s);
}

/* raise; raise exc; raise exc from cause. */
void lower_raise(Lower *l, stmt_ty s)
{
    if (!s->v.Raise.exc) {
        emit_rt(l, RT_EXC_RAISE_ACTIVE, s->lineno, NULL, 0);
        emit(l, IR_RERAISE, s->lineno);
        return;
    }
    IrOpd e = lower_expr(l, s->v.Raise.exc);
    if (s->v.Raise.cause) {
        IrOpd c = lower_expr(l, s->v.Raise.cause);
        if (failed(l))
            return;
        IrOpd args[2] = { e, c };
        e = emit_rt(l, RT_EXC_WITH_CAUSE, s->lineno, args, 2);
    }
    if (failed(l))
        return;
    emit(l, IR_RAISE, s->lineno)->a = e;
}

/* with a as x, b as y: body  ->  nested, one item at a time:
 *     exit = type(a).__exit__; x = type(a).__enter__(a)
 *     try: body
 *     except: if not exit(*exc_info): raise
 *     else: exit(None, None, None)                                    */
static void lower_with_items(Lower *l, stmt_ty s, int i)
{
    asdl_seq *items = s->v.With.items;
    if (i == asdl_seq_LEN(items)) {
        lower_body(l, s->v.With.body);
        return;
    }
    withitem_ty it = asdl_seq_GET(items, i);
    int line = s->lineno, outer = l->handler;
    IrOpd mgr = lower_expr(l, it->context_expr);
    if (failed(l))
        return;
    IrOpd exit = rt1(l, RT_WITH_LOOKUP, line, mgr);
    IrOpd val = rt1(l, RT_WITH_ENTER, line, mgr);
    int h = ir_block_new(l->m, l->f), after = ir_block_new(l->m, l->f);
    Unwind u = { UW_WITH, l->unwind, outer, NULL, NO_OPD, NULL, exit, mgr };
    set_handler(l, h, line);
    if (it->optional_vars)
        store_target(l, it->optional_vars, val);
    l->unwind = &u;
    lower_with_items(l, s, i + 1);
    l->unwind = u.outer;
    if (failed(l))
        return;
    set_handler(l, outer, line);
    call_exit_normal(l, exit, mgr, line);
    jump(l, after, line);

    /* An exception in the body: __exit__(type, exc, tb); re-raised
     * unless that returns true. */
    start(l, h);
    IrOpd exc, prev;
    enter_handler(l, line, &exc, &prev);
    set_handler(l, cleanup_block(l, prev, NULL, line), line);
    IrOpd args[3] = { exit, mgr, exc };
    IrOpd r = emit_rt(l, RT_WITH_EXIT, line, args, 3);
    int suppress = ir_block_new(l->m, l->f), raise = ir_block_new(l->m, l->f);
    IrInstr *br = emit(l, IR_BRANCH, line);
    br->a = r;
    br->target = suppress;
    br->target2 = raise;
    l->handler = outer;
    start(l, raise);
    pop_handled(l, prev, line);
    reraise_value(l, exc, line);
    start(l, suppress);
    pop_handled(l, prev, line);
    jump(l, after, line);
    start(l, after);
}

void lower_with(Lower *l, stmt_ty s) { lower_with_items(l, s, 0); }
