/* The SyntaxErrors of CPython's code generator (Python/compile.c).
 *
 * CPython finds some errors only while it emits byte code: a `break` with
 * no loop around it, `await` outside an async function, `*a` where no
 * unpacking happens, an assignment to __debug__, a match case that makes
 * the next ones unreachable... This pass walks the module once more, after
 * the symbol table, in the order compile.c compiles it (which is not always
 * source order: a comprehension's body before its first iterable, a
 * class's body before its bases), keeping what compile.c keeps to decide
 * them: the kind of the code unit being compiled and its stack of "frame
 * blocks" (loops, try, with, except handlers). Each error carries the
 * location compile.c would report, the node it was compiling.
 */
#include "compile_check_int.h"

#include <stdio.h>
#include <string.h>

#include "future.h"

int check_error(Checker *c, Loc loc, const char *fmt, const char *arg)
{
    diag_syntax(c->diag, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset, fmt, arg);
    return -1;
}

int check_forbidden_name(Checker *c, Loc loc, const char *name, expr_context_ty ctx)
{
    if (strcmp(name, "__debug__") != 0 || ctx == Load)
        return 0;
    return check_error(c, loc, ctx == Del ? "cannot delete __debug__" : "cannot assign to __debug__", NULL);
}

static int push_block(Checker *c, Loc loc, FBlockKind kind, asdl_seq *finalbody)
{
    if (c->u->nfblocks >= MAX_BLOCKS)
        return check_error(c, loc, "too many statically nested blocks", NULL);
    c->u->fblocks[c->u->nfblocks++] = (FBlock) { kind, finalbody };
    return 0;
}

static void pop_block(Checker *c) { c->u->nfblocks--; }

/* Leaving the blocks for break/continue (up to the innermost loop) or for
 * return (all of them), as compile.c's compiler_unwind_fblock_stack: an
 * except* handler may not be left that way, and a finally body is compiled
 * (checked) right there. After leaving a finally or a with, compile.c has
 * no location for an error (line -1). Returns the index of the loop found,
 * -1 if none, -2 after an error. */
static int unwind(Checker *c, Loc loc, int to_loop)
{
    Unit *u = c->u;
    int saved = u->nfblocks, found = -1;
    FBlock blocks[MAX_BLOCKS];
    memcpy(blocks, u->fblocks, sizeof blocks);
    for (int i = saved - 1; i >= 0 && found == -1; i--) {
        if (blocks[i].kind == FB_EXCEPT_STAR) {
            check_error(c, loc, "'break', 'continue' and 'return' cannot appear in an except* block", NULL);
            found = -2;
        } else if (to_loop && blocks[i].kind == FB_LOOP) {
            found = i;
        } else if (blocks[i].kind == FB_FINALLY_TRY) {
            u->nfblocks = i;
            check_stmts(c, blocks[i].finalbody);
            if (failed(c))
                found = -2;
            loc = (Loc) { -1, -1, -1, -1 };
        } else if (blocks[i].kind == FB_WITH) {
            loc = (Loc) { -1, -1, -1, -1 };
        }
    }
    memcpy(u->fblocks, blocks, sizeof blocks);
    u->nfblocks = saved;
    return found;
}

void check_exprs(Checker *c, asdl_seq *seq)
{
    for (int i = 0; i < asdl_seq_LEN(seq) && !failed(c); i++) {
        expr_ty e = asdl_seq_GET(seq, i);
        if (e)
            check_expr(c, e);
    }
}

/* Enter the code unit of a def, class, lambda or comprehension. */
static void enter_unit(Checker *c, Unit *u, UnitType type, const void *node)
{
    memset(u, 0, sizeof *u);
    u->type = type;
    u->ste = sym_scope_of(c->st, node);
    c->u = u;
}

/* ---- expressions ---- */

/* Elements of a display or call arguments: `*x` unpacks x. */
static void check_elements(Checker *c, asdl_seq *elts)
{
    for (int i = 0; i < asdl_seq_LEN(elts) && !failed(c); i++) {
        expr_ty e = asdl_seq_GET(elts, i);
        check_expr(c, e->kind == Starred_kind ? e->v.Starred.value : e);
    }
}

/* Targets of an unpacking assignment: at most one starred, with fewer
 * than 256 targets before it (compile.c's unpack_helper). */
static void check_unpack(Checker *c, expr_ty e, asdl_seq *elts)
{
    int n = asdl_seq_LEN(elts), seen_star = 0;
    for (int i = 0; i < n; i++) {
        expr_ty elt = asdl_seq_GET(elts, i);
        if (elt->kind != Starred_kind)
            continue;
        if (seen_star) {
            check_error(c, LOC(e), "multiple starred expressions in assignment", NULL);
            return;
        }
        if (i >= (1 << 8)) {
            check_error(c, LOC(e), "too many expressions in star-unpacking assignment", NULL);
            return;
        }
        seen_star = 1;
    }
    check_elements(c, elts);
}

static void check_sequence(Checker *c, expr_ty e, asdl_seq *elts, expr_context_ty ctx)
{
    if (ctx == Store)
        check_unpack(c, e, elts);
    else if (ctx == Load)
        check_elements(c, elts);
    else
        check_exprs(c, elts);
}

/* Keyword arguments: none named __debug__, none twice. */
static void check_keywords(Checker *c, Loc call, asdl_seq *keywords)
{
    int n = asdl_seq_LEN(keywords);
    for (int i = 0; i < n; i++) {
        keyword_ty k = asdl_seq_GET(keywords, i);
        if (!k->arg)
            continue;
        if (check_forbidden_name(c, call, k->arg, Store) < 0)
            return;
        for (int j = i + 1; j < n; j++) {
            keyword_ty other = asdl_seq_GET(keywords, j);
            if (other->arg && strcmp(other->arg, k->arg) == 0) {
                check_error(c, LOC(other), "keyword argument repeated: %s", k->arg);
                return;
            }
        }
    }
}

/* A call's (or a class's) arguments after the callee. */
static void check_call_args(Checker *c, Loc call, asdl_seq *args, asdl_seq *keywords)
{
    check_keywords(c, call, keywords);
    if (!failed(c))
        check_elements(c, args);
    for (int i = 0; i < asdl_seq_LEN(keywords) && !failed(c); i++)
        check_expr(c, ((keyword_ty)asdl_seq_GET(keywords, i))->value);
}

/* Parameters named __debug__ (compile.c's compiler_check_debug_args). */
static int check_params(Checker *c, Loc loc, arguments_ty a)
{
    asdl_seq *lists[] = { a->posonlyargs, a->args, a->kwonlyargs };
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < asdl_seq_LEN(lists[l]); i++)
            if (check_forbidden_name(c, loc, ((arg_ty)asdl_seq_GET(lists[l], i))->arg, Store) < 0)
                return -1;
    if (a->vararg && check_forbidden_name(c, loc, a->vararg->arg, Store) < 0)
        return -1;
    if (a->kwarg && check_forbidden_name(c, loc, a->kwarg->arg, Store) < 0)
        return -1;
    return 0;
}

static void check_defaults(Checker *c, arguments_ty a)
{
    check_exprs(c, a->defaults);
    check_exprs(c, a->kw_defaults);
}

static void check_lambda(Checker *c, expr_ty e)
{
    arguments_ty a = e->v.Lambda.args;
    if (check_params(c, LOC(e), a) < 0)
        return;
    check_defaults(c, a);
    if (failed(c))
        return;
    Unit *outer = c->u, u;
    enter_unit(c, &u, UNIT_LAMBDA, e);
    check_expr(c, e->v.Lambda.body);
    c->u = outer;
}

/* One `for ... in ... if ...` of a comprehension, then the following ones,
 * then the element: all in the comprehension's unit, the first iterable
 * excepted (it is the implicit argument `.0`). */
static void check_generators(Checker *c, asdl_seq *gens, int i, expr_ty elt, expr_ty value)
{
    if (i == asdl_seq_LEN(gens)) {
        check_expr(c, elt);
        if (value && !failed(c))
            check_expr(c, value);
        return;
    }
    comprehension_ty g = asdl_seq_GET(gens, i);
    if (i > 0)
        check_expr(c, g->iter);
    if (!failed(c))
        check_expr(c, g->target);
    check_exprs(c, g->ifs);
    if (!failed(c))
        check_generators(c, gens, i + 1, elt, value);
}

static void check_comprehension(Checker *c, expr_ty e, asdl_seq *gens, expr_ty elt, expr_ty value)
{
    UnitType outer_type = c->u->type;
    Unit *outer = c->u, u;
    enter_unit(c, &u, UNIT_COMPREHENSION, e);
    /* An async list, set or dict comprehension needs an async function (or
     * an enclosing comprehension) to run in. */
    if (u.ste && u.ste->coroutine && e->kind != GeneratorExp_kind && outer_type != UNIT_ASYNC_FUNCTION
        && outer_type != UNIT_COMPREHENSION) {
        check_error(c, LOC(e), "asynchronous comprehension outside of an asynchronous function", NULL);
        c->u = outer;
        return;
    }
    check_generators(c, gens, 0, elt, value);
    c->u = outer;
    if (!failed(c))
        check_expr(c, ((comprehension_ty)asdl_seq_GET(gens, 0))->iter);
}

static int is_function_block(const Checker *c) { return c->u->ste && c->u->ste->type == SYM_BLOCK_FUNCTION; }

void check_expr(Checker *c, expr_ty e)
{
    switch (e->kind) {
    case NamedExpr_kind:
        check_expr(c, e->v.NamedExpr.value);
        if (!failed(c))
            check_expr(c, e->v.NamedExpr.target);
        break;
    case BoolOp_kind:
        check_exprs(c, e->v.BoolOp.values);
        break;
    case BinOp_kind:
        check_expr(c, e->v.BinOp.left);
        if (!failed(c))
            check_expr(c, e->v.BinOp.right);
        break;
    case UnaryOp_kind:
        check_expr(c, e->v.UnaryOp.operand);
        break;
    case Lambda_kind:
        check_lambda(c, e);
        break;
    case IfExp_kind:
        check_expr(c, e->v.IfExp.test);
        if (!failed(c))
            check_expr(c, e->v.IfExp.body);
        if (!failed(c))
            check_expr(c, e->v.IfExp.orelse);
        break;
    case Dict_kind:
        /* key, value, key, value...; `**m` has no key */
        for (int i = 0; i < asdl_seq_LEN(e->v.Dict.values) && !failed(c); i++) {
            expr_ty k = asdl_seq_GET(e->v.Dict.keys, i);
            if (k)
                check_expr(c, k);
            if (!failed(c))
                check_expr(c, asdl_seq_GET(e->v.Dict.values, i));
        }
        break;
    case Set_kind:
        check_elements(c, e->v.Set.elts);
        break;
    case ListComp_kind:
        check_comprehension(c, e, e->v.ListComp.generators, e->v.ListComp.elt, NULL);
        break;
    case SetComp_kind:
        check_comprehension(c, e, e->v.SetComp.generators, e->v.SetComp.elt, NULL);
        break;
    case DictComp_kind:
        check_comprehension(c, e, e->v.DictComp.generators, e->v.DictComp.key, e->v.DictComp.value);
        break;
    case GeneratorExp_kind:
        check_comprehension(c, e, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL);
        break;
    case Yield_kind:
    case YieldFrom_kind:
        if (!is_function_block(c)) {
            check_error(c, LOC(e), "'yield' outside function", NULL);
            break;
        }
        if (e->kind == YieldFrom_kind && c->u->type == UNIT_ASYNC_FUNCTION) {
            check_error(c, LOC(e), "'yield from' inside async function", NULL);
            break;
        }
        if (e->kind == YieldFrom_kind)
            check_expr(c, e->v.YieldFrom.value);
        else if (e->v.Yield.value)
            check_expr(c, e->v.Yield.value);
        break;
    case Await_kind:
        if (!is_function_block(c)) {
            check_error(c, LOC(e), "'await' outside function", NULL);
            break;
        }
        if (c->u->type != UNIT_ASYNC_FUNCTION && c->u->type != UNIT_COMPREHENSION) {
            check_error(c, LOC(e), "'await' outside async function", NULL);
            break;
        }
        check_expr(c, e->v.Await.value);
        break;
    case Compare_kind:
        check_expr(c, e->v.Compare.left);
        check_exprs(c, e->v.Compare.comparators);
        break;
    case Call_kind:
        check_expr(c, e->v.Call.func);
        if (!failed(c))
            check_call_args(c, LOC(e), e->v.Call.args, e->v.Call.keywords);
        break;
    case FormattedValue_kind:
        check_expr(c, e->v.FormattedValue.value);
        if (e->v.FormattedValue.format_spec && !failed(c))
            check_expr(c, e->v.FormattedValue.format_spec);
        break;
    case JoinedStr_kind:
        check_exprs(c, e->v.JoinedStr.values);
        break;
    case Constant_kind:
        break;
    case Attribute_kind:
        check_expr(c, e->v.Attribute.value);
        if (!failed(c) && e->v.Attribute.ctx == Store)
            check_forbidden_name(c, LOC(e), e->v.Attribute.attr, Store);
        break;
    case Subscript_kind:
        check_expr(c, e->v.Subscript.value);
        if (!failed(c))
            check_expr(c, e->v.Subscript.slice);
        break;
    case Starred_kind:
        /* Displays, calls and unpacking targets take `*x` apart
         * themselves; anywhere else it has no meaning. */
        check_error(c, LOC(e),
            e->v.Starred.ctx == Store ? "starred assignment target must be in a list or tuple"
                                      : "can't use starred expression here",
            NULL);
        break;
    case Name_kind:
        check_forbidden_name(c, LOC(e), e->v.Name.id, e->v.Name.ctx);
        break;
    case List_kind:
        check_sequence(c, e, e->v.List.elts, e->v.List.ctx);
        break;
    case Tuple_kind:
        check_sequence(c, e, e->v.Tuple.elts, e->v.Tuple.ctx);
        break;
    case Slice_kind:
        if (e->v.Slice.lower)
            check_expr(c, e->v.Slice.lower);
        if (e->v.Slice.upper && !failed(c))
            check_expr(c, e->v.Slice.upper);
        if (e->v.Slice.step && !failed(c))
            check_expr(c, e->v.Slice.step);
        break;
    }
}

/* ---- statements ---- */

/* An annotation CPython evaluates (when not a string by the future
 * import). */
static void check_annotation(Checker *c, expr_ty ann)
{
    if (!ann || (c->st->future & FUTURE_ANNOTATIONS))
        return;
    check_expr(c, ann->kind == Starred_kind ? ann->v.Starred.value : ann);
}

static void check_arg_annotations(Checker *c, asdl_seq *args)
{
    for (int i = 0; i < asdl_seq_LEN(args) && !failed(c); i++)
        check_annotation(c, ((arg_ty)asdl_seq_GET(args, i))->annotation);
}

static void check_function(Checker *c, stmt_ty s)
{
    int is_async = s->kind == AsyncFunctionDef_kind;
    arguments_ty a = is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args;
    if (check_params(c, LOC(s), a) < 0)
        return;
    check_exprs(c, is_async ? s->v.AsyncFunctionDef.decorator_list : s->v.FunctionDef.decorator_list);
    if (!failed(c))
        check_defaults(c, a);
    /* Annotations in compile.c's order: args, posonlyargs, *args,
     * kwonlyargs, **kwargs, return. */
    check_arg_annotations(c, a->args);
    check_arg_annotations(c, a->posonlyargs);
    if (a->vararg && !failed(c))
        check_annotation(c, a->vararg->annotation);
    check_arg_annotations(c, a->kwonlyargs);
    if (a->kwarg && !failed(c))
        check_annotation(c, a->kwarg->annotation);
    if (!failed(c))
        check_annotation(c, is_async ? s->v.AsyncFunctionDef.returns : s->v.FunctionDef.returns);
    if (failed(c))
        return;
    Unit *outer = c->u, u;
    enter_unit(c, &u, is_async ? UNIT_ASYNC_FUNCTION : UNIT_FUNCTION, s);
    check_stmts(c, is_async ? s->v.AsyncFunctionDef.body : s->v.FunctionDef.body);
    c->u = outer;
    if (!failed(c))
        check_forbidden_name(c, LOC(s), is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name, Store);
}

static void check_class(Checker *c, stmt_ty s)
{
    check_exprs(c, s->v.ClassDef.decorator_list);
    if (failed(c))
        return;
    Unit *outer = c->u, u;
    enter_unit(c, &u, UNIT_CLASS, s);
    check_stmts(c, s->v.ClassDef.body);
    c->u = outer;
    /* The bases and keywords are compiled after the body. */
    if (!failed(c))
        check_call_args(c, LOC(s), s->v.ClassDef.bases, s->v.ClassDef.keywords);
    if (!failed(c))
        check_forbidden_name(c, LOC(s), s->v.ClassDef.name, Store);
}

static void check_return(Checker *c, stmt_ty s)
{
    expr_ty value = s->v.Return.value;
    if (!is_function_block(c)) {
        check_error(c, LOC(s), "'return' outside function", NULL);
        return;
    }
    if (value && c->u->ste->coroutine && c->u->ste->generator) {
        check_error(c, LOC(s), "'return' with value in async generator", NULL);
        return;
    }
    Loc loc = LOC(s);
    if (value && value->kind != Constant_kind) {
        check_expr(c, value);
        if (failed(c))
            return;
    } else if (value && value->lineno == s->lineno) {
        loc = LOC(value); /* compile.c leaves its location on the constant */
    }
    unwind(c, loc, 0);
}

static void check_loop_exit(Checker *c, stmt_ty s)
{
    int found = unwind(c, LOC(s), 1);
    if (found == -1)
        check_error(c, LOC(s),
            s->kind == Break_kind ? "'break' outside loop" : "'continue' not properly in loop", NULL);
}

static void check_annassign(Checker *c, stmt_ty s)
{
    expr_ty target = s->v.AnnAssign.target;
    if (s->v.AnnAssign.value) {
        check_expr(c, s->v.AnnAssign.value);
        if (!failed(c))
            check_expr(c, target);
    }
    if (failed(c))
        return;
    int evaluated = c->u->type == UNIT_MODULE || c->u->type == UNIT_CLASS;
    switch (target->kind) {
    case Name_kind:
        if (check_forbidden_name(c, LOC(s), target->v.Name.id, Store) < 0)
            return;
        if (s->v.AnnAssign.simple && evaluated)
            check_annotation(c, s->v.AnnAssign.annotation);
        break;
    case Attribute_kind:
        if (check_forbidden_name(c, LOC(s), target->v.Attribute.attr, Store) < 0)
            return;
        if (!s->v.AnnAssign.value)
            check_expr(c, target->v.Attribute.value);
        break;
    case Subscript_kind:
        if (!s->v.AnnAssign.value) {
            check_expr(c, target->v.Subscript.value);
            if (!failed(c))
                check_expr(c, target->v.Subscript.slice);
        }
        break;
    default:
        break;
    }
    /* A complex target's annotation is evaluated, but only where
     * annotations are kept (module and class bodies). */
    if (!s->v.AnnAssign.simple && evaluated && !failed(c))
        check_annotation(c, s->v.AnnAssign.annotation);
}

static void check_augassign(Checker *c, stmt_ty s)
{
    expr_ty target = s->v.AugAssign.target;
    if (target->kind == Attribute_kind) {
        check_expr(c, target->v.Attribute.value);
    } else if (target->kind == Subscript_kind) {
        check_expr(c, target->v.Subscript.value);
        if (!failed(c))
            check_expr(c, target->v.Subscript.slice);
    }
    if (!failed(c))
        check_expr(c, s->v.AugAssign.value);
    if (!failed(c) && target->kind == Name_kind)
        check_forbidden_name(c, LOC(target), target->v.Name.id, Store);
}

static void check_for(Checker *c, stmt_ty s)
{
    int is_async = s->kind == AsyncFor_kind;
    if (is_async && c->u->type != UNIT_ASYNC_FUNCTION) {
        check_error(c, LOC(s), "'async for' outside async function", NULL);
        return;
    }
    check_expr(c, is_async ? s->v.AsyncFor.iter : s->v.For.iter);
    if (failed(c) || push_block(c, LOC(s), FB_LOOP, NULL) < 0)
        return;
    check_expr(c, is_async ? s->v.AsyncFor.target : s->v.For.target);
    check_stmts(c, is_async ? s->v.AsyncFor.body : s->v.For.body);
    pop_block(c);
    check_stmts(c, is_async ? s->v.AsyncFor.orelse : s->v.For.orelse);
}

static void check_while(Checker *c, stmt_ty s)
{
    if (push_block(c, LOC(s), FB_LOOP, NULL) < 0)
        return;
    check_expr(c, s->v.While.test);
    check_stmts(c, s->v.While.body);
    pop_block(c);
    check_stmts(c, s->v.While.orelse);
}

/* `with a as x, b as y:` nests one block per item. */
static void check_with_items(Checker *c, stmt_ty s, asdl_seq *items, int i, asdl_seq *body)
{
    if (i == asdl_seq_LEN(items)) {
        check_stmts(c, body);
        return;
    }
    if (s->kind == AsyncWith_kind && c->u->type != UNIT_ASYNC_FUNCTION) {
        check_error(c, LOC(s), "'async with' outside async function", NULL);
        return;
    }
    withitem_ty w = asdl_seq_GET(items, i);
    check_expr(c, w->context_expr);
    if (failed(c) || push_block(c, LOC(s), FB_WITH, NULL) < 0)
        return;
    if (w->optional_vars)
        check_expr(c, w->optional_vars);
    if (!failed(c))
        check_with_items(c, s, items, i + 1, body);
    pop_block(c);
}

static void check_handlers(Checker *c, asdl_seq *handlers, int star)
{
    int n = asdl_seq_LEN(handlers);
    if (push_block(
            c, LOC((excepthandler_ty)asdl_seq_GET(handlers, 0)), star ? FB_EXCEPT_STAR : FB_OTHER, NULL)
        < 0)
        return;
    for (int i = 0; i < n && !failed(c); i++) {
        excepthandler_ty h = asdl_seq_GET(handlers, i);
        if (!h->v.ExceptHandler.type && i < n - 1) {
            check_error(c, LOC(h), "default 'except:' must be last", NULL);
            break;
        }
        if (h->v.ExceptHandler.type)
            check_expr(c, h->v.ExceptHandler.type);
        if (h->v.ExceptHandler.name && !failed(c)
            && check_forbidden_name(c, LOC(h), h->v.ExceptHandler.name, Store) < 0)
            break;
        if (failed(c) || push_block(c, LOC(h), FB_OTHER, NULL) < 0)
            break;
        check_stmts(c, h->v.ExceptHandler.body);
        pop_block(c);
    }
    pop_block(c);
}

/* try/except(*)/else/finally: the try body, then for `except` the else
 * clause before the handlers, for `except*` after them. */
static void check_try(Checker *c, stmt_ty s)
{
    int star = s->kind == TryStar_kind;
    asdl_seq *body = star ? s->v.TryStar.body : s->v.Try.body;
    asdl_seq *handlers = star ? s->v.TryStar.handlers : s->v.Try.handlers;
    asdl_seq *orelse = star ? s->v.TryStar.orelse : s->v.Try.orelse;
    asdl_seq *finalbody = star ? s->v.TryStar.finalbody : s->v.Try.finalbody;
    int has_finally = asdl_seq_LEN(finalbody) > 0;
    if (has_finally && push_block(c, LOC(s), FB_FINALLY_TRY, finalbody) < 0)
        return;
    if (asdl_seq_LEN(handlers) > 0) {
        if (push_block(c, LOC(s), FB_OTHER, NULL) < 0)
            return;
        check_stmts(c, body);
        pop_block(c);
        if (!star)
            check_stmts(c, orelse);
        if (!failed(c))
            check_handlers(c, handlers, star);
        if (star)
            check_stmts(c, orelse);
    } else {
        check_stmts(c, body);
    }
    if (has_finally) {
        pop_block(c);
        check_stmts(c, finalbody);
    }
}

static void check_alias_store(Checker *c, stmt_ty s, alias_ty a)
{
    const char *name = a->asname ? a->asname : a->name;
    if (strcmp(name, "*") == 0)
        return;
    const char *dot = strchr(name, '.');
    char first[256];
    if (dot && !a->asname) {
        snprintf(first, sizeof first, "%.*s", (int)(dot - name), name);
        name = first;
    }
    check_forbidden_name(c, LOC(s), name, Store);
}

static void check_import(Checker *c, stmt_ty s)
{
    asdl_seq *names = s->kind == Import_kind ? s->v.Import.names : s->v.ImportFrom.names;
    if (s->kind == ImportFrom_kind && s->lineno > c->st->future_lineno && s->v.ImportFrom.module
        && strcmp(s->v.ImportFrom.module, "__future__") == 0) {
        check_error(c, LOC(s), "from __future__ imports must occur at the beginning of the file", NULL);
        return;
    }
    for (int i = 0; i < asdl_seq_LEN(names) && !failed(c); i++)
        check_alias_store(c, s, asdl_seq_GET(names, i));
}

static void check_stmt(Checker *c, stmt_ty s)
{
    switch (s->kind) {
    case FunctionDef_kind:
    case AsyncFunctionDef_kind:
        check_function(c, s);
        break;
    case ClassDef_kind:
        check_class(c, s);
        break;
    case Return_kind:
        check_return(c, s);
        break;
    case Delete_kind:
        check_exprs(c, s->v.Delete.targets);
        break;
    case Assign_kind:
        check_expr(c, s->v.Assign.value);
        check_exprs(c, s->v.Assign.targets);
        break;
    case AugAssign_kind:
        check_augassign(c, s);
        break;
    case AnnAssign_kind:
        check_annassign(c, s);
        break;
    case For_kind:
    case AsyncFor_kind:
        check_for(c, s);
        break;
    case While_kind:
        check_while(c, s);
        break;
    case If_kind:
        check_expr(c, s->v.If.test);
        check_stmts(c, s->v.If.body);
        check_stmts(c, s->v.If.orelse);
        break;
    case With_kind:
        check_with_items(c, s, s->v.With.items, 0, s->v.With.body);
        break;
    case AsyncWith_kind:
        check_with_items(c, s, s->v.AsyncWith.items, 0, s->v.AsyncWith.body);
        break;
    case Match_kind:
        check_match(c, s);
        break;
    case Raise_kind:
        if (s->v.Raise.exc)
            check_expr(c, s->v.Raise.exc);
        if (s->v.Raise.cause && !failed(c))
            check_expr(c, s->v.Raise.cause);
        break;
    case Try_kind:
    case TryStar_kind:
        check_try(c, s);
        break;
    case Assert_kind:
        check_expr(c, s->v.Assert.test);
        if (s->v.Assert.msg && !failed(c))
            check_expr(c, s->v.Assert.msg);
        break;
    case Import_kind:
    case ImportFrom_kind:
        check_import(c, s);
        break;
    case Expr_kind:
        check_expr(c, s->v.Expr.value);
        break;
    case Break_kind:
    case Continue_kind:
        check_loop_exit(c, s);
        break;
    case Global_kind:
    case Nonlocal_kind:
    case Pass_kind:
        break;
    }
}

void check_stmts(Checker *c, asdl_seq *body)
{
    for (int i = 0; i < asdl_seq_LEN(body) && !failed(c); i++)
        check_stmt(c, asdl_seq_GET(body, i));
}

int compile_check(SymTable *st, mod_ty mod, Diag *diag)
{
    Checker c = { st, diag, NULL };
    Unit u = { 0 };
    u.type = UNIT_MODULE;
    u.ste = st->module;
    c.u = &u;
    if (mod->kind == Module_kind)
        check_stmts(&c, mod->v.Module.body);
    return failed(&c) ? -1 : 0;
}
