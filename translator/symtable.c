/* Symbol tables, pass 1: walk the AST, create a Scope for every block and
 * record what each block does with each name.
 *
 * Scope analysis takes two passes, as in CPython's Python/symtable.c,
 * because the scope of a name depends on facts spread over the program:
 * whether a function binds a name depends on its whole body (an assignment
 * after a use still makes the use local), and whether a name a function
 * does not bind belongs to an enclosing function, and whether a function's
 * local must live in a cell because a nested block uses it, depend on every
 * enclosing and every nested block.
 *
 *   1. (this file) Walk the AST once. Each module, class, def, lambda and
 *      comprehension gets a Scope; each name occurrence adds a flag to the
 *      name's Symbol in the current block: SYM_DEF_LOCAL (bound), SYM_USE,
 *      SYM_DEF_PARAM, SYM_DEF_GLOBAL, SYM_DEF_NONLOCAL, SYM_DEF_IMPORT,
 *      SYM_DEF_ANNOT, SYM_DEF_COMP_ITER. Errors that depend only on what
 *      was seen so far (`global x` after a use of x) are raised here.
 *   2. (symtable_analyze.c) Walk the finished tree of blocks from the
 *      module down, passing each block the names its enclosing functions
 *      bind and the names declared global above it, and resolve each name
 *      to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL.
 *
 * The walk visits nodes in CPython's order, because the order decides the
 * order of each block's names (symtable's get_identifiers()) and which
 * error is reported when a program has several.
 */
#include "symtable.h"

#include <string.h>

#include "future.h"

typedef struct Builder {
    SymTable *st;
    Diag *diag;
    Scope *cur; /* the block being visited; its parents are the stack */
    const char *private_name; /* the enclosing class's name, for mangling */
} Builder;

static int failed(const Builder *b) { return b->diag->kind != DIAG_NONE; }

/* ---- the node -> scope map ---- */

static size_t node_hash(const void *p)
{
    size_t h = (size_t)p;
    return (h >> 4) ^ (h >> 12);
}

static void map_node(SymTable *st, const void *node, Scope *s)
{
    if (2 * (st->by_node.n + 1) > st->by_node.cap) {
        int cap = st->by_node.cap ? st->by_node.cap * 2 : 64;
        const void **keys = arena_alloc(st->arena, sizeof *keys * (size_t)cap);
        Scope **vals = arena_alloc(st->arena, sizeof *vals * (size_t)cap);
        for (int i = 0; i < st->by_node.cap; i++) {
            if (!st->by_node.keys[i])
                continue;
            size_t j = node_hash(st->by_node.keys[i]) & (size_t)(cap - 1);
            while (keys[j])
                j = (j + 1) & (size_t)(cap - 1);
            keys[j] = st->by_node.keys[i];
            vals[j] = st->by_node.vals[i];
        }
        st->by_node.keys = keys;
        st->by_node.vals = vals;
        st->by_node.cap = cap;
    }
    size_t mask = (size_t)st->by_node.cap - 1, j = node_hash(node) & mask;
    while (st->by_node.keys[j])
        j = (j + 1) & mask;
    st->by_node.keys[j] = node;
    st->by_node.vals[j] = s;
    st->by_node.n++;
}

Scope *sym_scope_of(SymTable *st, const void *node)
{
    if (st->by_node.cap == 0 || !node)
        return NULL;
    size_t mask = (size_t)st->by_node.cap - 1, j = node_hash(node) & mask;
    for (; st->by_node.keys[j]; j = (j + 1) & mask)
        if (st->by_node.keys[j] == node)
            return st->by_node.vals[j];
    return NULL;
}

/* ---- names ---- */

const char *sym_mangle(Arena *a, const char *private_name, const char *name)
{
    size_t n = strlen(name);
    if (!private_name || n < 2 || name[0] != '_' || name[1] != '_')
        return name;
    if ((name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name; /* __dunder__, or a dotted module name */
    while (*private_name == '_')
        private_name++;
    if (!*private_name)
        return name; /* a class named only with underscores */
    return arena_printf(a, "_%s%s", private_name, name);
}

Symbol *sym_lookup(Scope *s, const char *name)
{
    int i = strmap_get(&s->index, name);
    return i < 0 ? NULL : &s->syms[i];
}

/* The symbol for an already mangled name in s, created with no flags. */
static Symbol *intern(SymTable *st, Scope *s, const char *name, int lineno, int col)
{
    Symbol *sym = sym_lookup(s, name);
    if (sym)
        return sym;
    s->syms = arena_grow(st->arena, s->syms, s->nsyms, &s->cap, sizeof *s->syms);
    strmap_put(st->arena, &s->index, name, s->nsyms);
    sym = &s->syms[s->nsyms++];
    memset(sym, 0, sizeof *sym);
    sym->name = name;
    sym->lineno = lineno;
    sym->col_offset = col;
    return sym;
}

/* Record `flag` for name in block s (CPython's symtable_add_def_helper).
 * The location is the name's, for the errors. */
static int add_def_in(
    Builder *b, Scope *s, const char *name, unsigned flag, int lineno, int col, int end_lineno, int end_col)
{
    const char *mangled = sym_mangle(b->st->arena, b->private_name, name);
    Symbol *sym = sym_lookup(s, mangled);
    if (sym && (flag & SYM_DEF_PARAM) && (sym->flags & SYM_DEF_PARAM)) {
        diag_syntax(b->diag, lineno, col, end_lineno, end_col,
            "duplicate argument '%s' in function definition", name);
        return -1;
    }
    unsigned val = (sym ? sym->flags : 0) | flag;
    if (s->comp_iter_target) {
        /* An iteration variable: it must not be a `:=` target of the
         * comprehension, and later `:=` must not rebind it. */
        if (val & (SYM_DEF_GLOBAL | SYM_DEF_NONLOCAL)) {
            diag_syntax(b->diag, lineno, col, end_lineno, end_col,
                "comprehension inner loop cannot rebind assignment expression target '%s'", name);
            return -1;
        }
        val |= SYM_DEF_COMP_ITER;
    }
    sym = intern(b->st, s, mangled, lineno, col);
    sym->flags = val;
    if ((flag & SYM_DEF_GLOBAL) && !(flag & SYM_DEF_PARAM)) {
        /* The module learns that the name is a global. */
        Symbol *g = intern(b->st, b->st->module, mangled, lineno, col);
        g->flags |= flag;
    }
    return 0;
}

static int add_def(
    Builder *b, const char *name, unsigned flag, int lineno, int col, int end_lineno, int end_col)
{
    return add_def_in(b, b->cur, name, flag, lineno, col, end_lineno, end_col);
}

/* The flags of name (mangled here) in the current block, 0 if unknown. */
static unsigned lookup_flags(Builder *b, const char *name)
{
    Symbol *sym = sym_lookup(b->cur, sym_mangle(b->st->arena, b->private_name, name));
    return sym ? sym->flags : 0;
}

static void record_directive(Builder *b, const char *name, int lineno, int col, int end_lineno, int end_col)
{
    Scope *s = b->cur;
    s->directives
        = arena_grow(b->st->arena, s->directives, s->ndirectives, &s->dircap, sizeof *s->directives);
    s->directives[s->ndirectives++] = (SymDirective) { sym_mangle(b->st->arena, b->private_name, name),
        lineno, col, end_lineno, end_col };
}

/* ---- blocks ---- */

static Scope *enter_block(
    Builder *b, const char *name, SymBlockType type, const void *node, int lineno, int col)
{
    Arena *a = b->st->arena;
    Scope *prev = b->cur;
    Scope *s = arena_alloc(a, sizeof *s);
    s->type = type;
    s->name = name;
    s->node = node;
    s->lineno = lineno;
    s->col_offset = col;
    s->is_function = type == SYM_BLOCK_FUNCTION;
    s->parent = prev;
    s->private_name = b->private_name;
    if (prev) {
        s->nested = prev->nested || prev->type == SYM_BLOCK_FUNCTION;
        /* bpo-37757: no `:=` anywhere in a comprehension's iterable, even
         * inside a nested lambda or comprehension. */
        s->comp_iter_expr = prev->comp_iter_expr;
    }
    b->cur = s;
    /* An annotation block only catches the names (and the errors) of
     * annotations CPython turns into strings: it is nobody's child. */
    if (type == SYM_BLOCK_ANNOTATION)
        return s;
    if (node)
        map_node(b->st, node, s);
    if (prev) {
        prev->children
            = arena_grow(a, prev->children, prev->nchildren, &prev->childcap, sizeof *prev->children);
        prev->children[prev->nchildren++] = s;
    }
    return s;
}

static void exit_block(Builder *b) { b->cur = b->cur->parent; }

/* ---- expressions ---- */

static void visit_expr(Builder *b, expr_ty e);
static void visit_stmts(Builder *b, asdl_seq *body);

static void visit_exprs(Builder *b, asdl_seq *seq)
{
    for (int i = 0; i < asdl_seq_LEN(seq) && !failed(b); i++) {
        expr_ty e = asdl_seq_GET(seq, i);
        if (e) /* dict keys and kw_defaults may be NULL */
            visit_expr(b, e);
    }
}

/* A SyntaxError spanning e; fmt may use arg as its one %s. */
static int error_at_expr(Builder *b, expr_ty e, const char *fmt, const char *arg)
{
    diag_syntax(b->diag, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, fmt, arg);
    return -1;
}

/* yield, await and `:=` have no place in an annotation that CPython keeps
 * as a string. */
static int check_annotation_block(Builder *b, expr_ty e, const char *what)
{
    if (b->cur->type != SYM_BLOCK_ANNOTATION)
        return 0;
    return error_at_expr(b, e, "'%s' can not be used within an annotation", what);
}

static void visit_params(Builder *b, asdl_seq *args)
{
    for (int i = 0; i < asdl_seq_LEN(args) && !failed(b); i++) {
        arg_ty a = asdl_seq_GET(args, i);
        add_def(b, a->arg, SYM_DEF_PARAM, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
    }
}

/* The parameters, in the function's own block: positional-only, positional,
 * keyword-only, then *args and **kwargs. */
static void visit_arguments(Builder *b, arguments_ty a)
{
    visit_params(b, a->posonlyargs);
    visit_params(b, a->args);
    visit_params(b, a->kwonlyargs);
    if (a->vararg && !failed(b))
        add_def(b, a->vararg->arg, SYM_DEF_PARAM, a->vararg->lineno, a->vararg->col_offset,
            a->vararg->end_lineno, a->vararg->end_col_offset);
    if (a->kwarg && !failed(b))
        add_def(b, a->kwarg->arg, SYM_DEF_PARAM, a->kwarg->lineno, a->kwarg->col_offset, a->kwarg->end_lineno,
            a->kwarg->end_col_offset);
}

/* A `:=` inside a comprehension binds in the nearest enclosing function or
 * the module (CPython's symtable_extend_namedexpr_scope). */
static int extend_namedexpr_scope(Builder *b, expr_ty target)
{
    const char *name = target->v.Name.id;
    for (Scope *s = b->cur; s; s = s->parent) {
        /* CPython looks the target up unmangled here. */
        if (s->comp != SYM_COMP_NONE) {
            Symbol *sym = sym_lookup(s, name);
            if (sym && (sym->flags & SYM_DEF_COMP_ITER) && (sym->flags & SYM_DEF_LOCAL))
                return error_at_expr(b, target,
                    "assignment expression cannot rebind comprehension iteration variable '%s'", name);
            continue;
        }
        int line = target->lineno, col = target->col_offset;
        int end_line = target->end_lineno, end_col = target->end_col_offset;
        if (s->type == SYM_BLOCK_FUNCTION) {
            Symbol *sym = sym_lookup(s, name);
            unsigned flag = sym && (sym->flags & SYM_DEF_GLOBAL) ? SYM_DEF_GLOBAL : SYM_DEF_NONLOCAL;
            if (add_def(b, name, flag, line, col, end_line, end_col) < 0)
                return -1;
            record_directive(b, name, line, col, end_line, end_col);
            return add_def_in(b, s, name, SYM_DEF_LOCAL, line, col, end_line, end_col);
        }
        if (s->type == SYM_BLOCK_MODULE) {
            if (add_def(b, name, SYM_DEF_GLOBAL, line, col, end_line, end_col) < 0)
                return -1;
            record_directive(b, name, line, col, end_line, end_col);
            return add_def_in(b, s, name, SYM_DEF_GLOBAL, line, col, end_line, end_col);
        }
        if (s->type == SYM_BLOCK_CLASS)
            return error_at_expr(b, target,
                "assignment expression within a comprehension cannot be used in a class body", NULL);
    }
    return 0;
}

static void visit_namedexpr(Builder *b, expr_ty e)
{
    if (check_annotation_block(b, e, "named expression") < 0)
        return;
    if (b->cur->comp_iter_expr > 0) {
        error_at_expr(
            b, e, "assignment expression cannot be used in a comprehension iterable expression", NULL);
        return;
    }
    if (b->cur->comp != SYM_COMP_NONE && extend_namedexpr_scope(b, e->v.NamedExpr.target) < 0)
        return;
    b->cur->has_namedexpr = 1;
    visit_expr(b, e->v.NamedExpr.value);
    if (!failed(b))
        visit_expr(b, e->v.NamedExpr.target);
}

/* One `for target in iter if cond` after the first of a comprehension. */
static void visit_comprehension(Builder *b, comprehension_ty c)
{
    b->cur->comp_iter_target = 1;
    visit_expr(b, c->target);
    b->cur->comp_iter_target = 0;
    b->cur->comp_iter_expr++;
    if (!failed(b))
        visit_expr(b, c->iter);
    b->cur->comp_iter_expr--;
    visit_exprs(b, c->ifs);
    if (c->is_async)
        b->cur->coroutine = 1;
}

/* A comprehension: its first iterable is evaluated in the enclosing block,
 * the rest in a block of its own whose parameter `.0` is that iterator. */
static void visit_comprehension_block(Builder *b, expr_ty e, const char *name, SymCompKind kind,
    asdl_seq *generators, expr_ty elt, expr_ty value)
{
    comprehension_ty first = asdl_seq_GET(generators, 0);
    b->cur->comp_iter_expr++;
    visit_expr(b, first->iter);
    b->cur->comp_iter_expr--;
    if (failed(b))
        return;
    Scope *s = enter_block(b, name, SYM_BLOCK_FUNCTION, e, e->lineno, e->col_offset);
    s->comp = kind;
    if (first->is_async)
        s->coroutine = 1;
    if (add_def(b, ".0", SYM_DEF_PARAM, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset) < 0)
        return;
    s->comp_iter_target = 1;
    visit_expr(b, first->target);
    s->comp_iter_target = 0;
    visit_exprs(b, first->ifs);
    for (int i = 1; i < asdl_seq_LEN(generators) && !failed(b); i++)
        visit_comprehension(b, asdl_seq_GET(generators, i));
    if (value && !failed(b))
        visit_expr(b, value);
    if (!failed(b))
        visit_expr(b, elt);
    if (failed(b))
        return;
    s->generator = kind == SYM_COMP_GENEXP;
    exit_block(b);
    /* An async list, set or dict comprehension makes its block async. */
    if (s->coroutine && kind != SYM_COMP_GENEXP)
        b->cur->coroutine = 1;
}

static void visit_yield(Builder *b, expr_ty e, expr_ty value)
{
    if (check_annotation_block(b, e, "yield expression") < 0)
        return;
    if (value)
        visit_expr(b, value);
    if (failed(b))
        return;
    b->cur->generator = 1;
    static const char *const where[]
        = { NULL, "list comprehension", "dict comprehension", "set comprehension", "generator expression" };
    if (b->cur->comp != SYM_COMP_NONE)
        error_at_expr(b, e, "'yield' inside %s", where[b->cur->comp]);
}

static void visit_name(Builder *b, expr_ty e)
{
    const char *id = e->v.Name.id;
    int load = e->v.Name.ctx == Load;
    if (add_def(
            b, id, load ? SYM_USE : SYM_DEF_LOCAL, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset)
        < 0)
        return;
    /* super() reads the implicit __class__ cell. */
    if (load && b->cur->type == SYM_BLOCK_FUNCTION && strcmp(id, "super") == 0)
        add_def(b, "__class__", SYM_USE, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
}

static void visit_expr(Builder *b, expr_ty e)
{
    switch (e->kind) {
    case NamedExpr_kind:
        visit_namedexpr(b, e);
        break;
    case BoolOp_kind:
        visit_exprs(b, e->v.BoolOp.values);
        break;
    case BinOp_kind:
        visit_expr(b, e->v.BinOp.left);
        if (!failed(b))
            visit_expr(b, e->v.BinOp.right);
        break;
    case UnaryOp_kind:
        visit_expr(b, e->v.UnaryOp.operand);
        break;
    case Lambda_kind: {
        arguments_ty a = e->v.Lambda.args;
        visit_exprs(b, a->defaults);
        visit_exprs(b, a->kw_defaults);
        if (failed(b))
            break;
        enter_block(b, "lambda", SYM_BLOCK_FUNCTION, e, e->lineno, e->col_offset);
        visit_arguments(b, a);
        if (!failed(b))
            visit_expr(b, e->v.Lambda.body);
        if (!failed(b))
            exit_block(b);
        break;
    }
    case IfExp_kind:
        visit_expr(b, e->v.IfExp.test);
        if (!failed(b))
            visit_expr(b, e->v.IfExp.body);
        if (!failed(b))
            visit_expr(b, e->v.IfExp.orelse);
        break;
    case Dict_kind:
        visit_exprs(b, e->v.Dict.keys);
        visit_exprs(b, e->v.Dict.values);
        break;
    case Set_kind:
        visit_exprs(b, e->v.Set.elts);
        break;
    case GeneratorExp_kind:
        visit_comprehension_block(
            b, e, "genexpr", SYM_COMP_GENEXP, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL);
        break;
    case ListComp_kind:
        visit_comprehension_block(
            b, e, "listcomp", SYM_COMP_LIST, e->v.ListComp.generators, e->v.ListComp.elt, NULL);
        break;
    case SetComp_kind:
        visit_comprehension_block(
            b, e, "setcomp", SYM_COMP_SET, e->v.SetComp.generators, e->v.SetComp.elt, NULL);
        break;
    case DictComp_kind:
        visit_comprehension_block(b, e, "dictcomp", SYM_COMP_DICT, e->v.DictComp.generators,
            e->v.DictComp.key, e->v.DictComp.value);
        break;
    case Yield_kind:
        visit_yield(b, e, e->v.Yield.value);
        break;
    case YieldFrom_kind:
        visit_yield(b, e, e->v.YieldFrom.value);
        break;
    case Await_kind:
        if (check_annotation_block(b, e, "await expression") < 0)
            break;
        visit_expr(b, e->v.Await.value);
        b->cur->coroutine = 1;
        break;
    case Compare_kind:
        visit_expr(b, e->v.Compare.left);
        visit_exprs(b, e->v.Compare.comparators);
        break;
    case Call_kind:
        visit_expr(b, e->v.Call.func);
        visit_exprs(b, e->v.Call.args);
        for (int i = 0; i < asdl_seq_LEN(e->v.Call.keywords) && !failed(b); i++)
            visit_expr(b, ((keyword_ty)asdl_seq_GET(e->v.Call.keywords, i))->value);
        break;
    case FormattedValue_kind:
        visit_expr(b, e->v.FormattedValue.value);
        if (e->v.FormattedValue.format_spec && !failed(b))
            visit_expr(b, e->v.FormattedValue.format_spec);
        break;
    case JoinedStr_kind:
        visit_exprs(b, e->v.JoinedStr.values);
        break;
    case Constant_kind:
        break;
    case Attribute_kind:
        visit_expr(b, e->v.Attribute.value);
        break;
    case Subscript_kind:
        visit_expr(b, e->v.Subscript.value);
        if (!failed(b))
            visit_expr(b, e->v.Subscript.slice);
        break;
    case Starred_kind:
        visit_expr(b, e->v.Starred.value);
        break;
    case Slice_kind:
        if (e->v.Slice.lower)
            visit_expr(b, e->v.Slice.lower);
        if (e->v.Slice.upper && !failed(b))
            visit_expr(b, e->v.Slice.upper);
        if (e->v.Slice.step && !failed(b))
            visit_expr(b, e->v.Slice.step);
        break;
    case Name_kind:
        visit_name(b, e);
        break;
    case List_kind:
        visit_exprs(b, e->v.List.elts);
        break;
    case Tuple_kind:
        visit_exprs(b, e->v.Tuple.elts);
        break;
    }
}

/* ---- annotations ---- */

/* An annotation: in the current block, or in an annotation block of its
 * own when `from __future__ import annotations` makes it a string. */
static void visit_annotation(Builder *b, expr_ty ann)
{
    int future = b->st->future & FUTURE_ANNOTATIONS;
    if (future)
        enter_block(b, "_annotation", SYM_BLOCK_ANNOTATION, ann, ann->lineno, ann->col_offset);
    visit_expr(b, ann);
    if (future && !failed(b))
        exit_block(b);
}

static void visit_arg_annotations(Builder *b, asdl_seq *args)
{
    for (int i = 0; i < asdl_seq_LEN(args) && !failed(b); i++) {
        arg_ty a = asdl_seq_GET(args, i);
        if (a->annotation)
            visit_expr(b, a->annotation);
    }
}

/* A def's parameter annotations (all in one block under the future
 * import), then its return annotation. */
static void visit_annotations(Builder *b, stmt_ty s, arguments_ty a, expr_ty returns)
{
    int future = b->st->future & FUTURE_ANNOTATIONS;
    if (future)
        enter_block(b, "_annotation", SYM_BLOCK_ANNOTATION, s, s->lineno, s->col_offset);
    visit_arg_annotations(b, a->posonlyargs);
    visit_arg_annotations(b, a->args);
    if (a->vararg && a->vararg->annotation && !failed(b))
        visit_expr(b, a->vararg->annotation);
    if (a->kwarg && a->kwarg->annotation && !failed(b))
        visit_expr(b, a->kwarg->annotation);
    visit_arg_annotations(b, a->kwonlyargs);
    if (failed(b))
        return;
    if (future)
        exit_block(b);
    if (returns)
        visit_annotation(b, returns);
}

/* ---- statements ---- */

/* def and async def: the name, defaults, annotations and decorators in
 * the enclosing block; parameters and body in the function's. */
static void visit_function(Builder *b, stmt_ty s)
{
    int is_async = s->kind == AsyncFunctionDef_kind;
    const char *name = is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name;
    arguments_ty a = is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args;
    expr_ty returns = is_async ? s->v.AsyncFunctionDef.returns : s->v.FunctionDef.returns;
    asdl_seq *decorators = is_async ? s->v.AsyncFunctionDef.decorator_list : s->v.FunctionDef.decorator_list;
    asdl_seq *body = is_async ? s->v.AsyncFunctionDef.body : s->v.FunctionDef.body;
    if (add_def(b, name, SYM_DEF_LOCAL, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset) < 0)
        return;
    visit_exprs(b, a->defaults);
    visit_exprs(b, a->kw_defaults);
    if (!failed(b))
        visit_annotations(b, s, a, returns);
    visit_exprs(b, decorators);
    if (failed(b))
        return;
    Scope *fn = enter_block(b, name, SYM_BLOCK_FUNCTION, s, s->lineno, s->col_offset);
    if (is_async)
        fn->coroutine = 1;
    visit_arguments(b, a);
    visit_stmts(b, body);
    if (!failed(b))
        exit_block(b);
}

static void visit_class(Builder *b, stmt_ty s)
{
    const char *name = s->v.ClassDef.name;
    if (add_def(b, name, SYM_DEF_LOCAL, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset) < 0)
        return;
    visit_exprs(b, s->v.ClassDef.bases);
    for (int i = 0; i < asdl_seq_LEN(s->v.ClassDef.keywords) && !failed(b); i++)
        visit_expr(b, ((keyword_ty)asdl_seq_GET(s->v.ClassDef.keywords, i))->value);
    visit_exprs(b, s->v.ClassDef.decorator_list);
    if (failed(b))
        return;
    enter_block(b, name, SYM_BLOCK_CLASS, s, s->lineno, s->col_offset);
    const char *saved = b->private_name;
    b->private_name = name;
    visit_stmts(b, s->v.ClassDef.body);
    b->private_name = saved;
    if (!failed(b))
        exit_block(b);
}

/* `global` and `nonlocal`: the name must not have been used, bound,
 * annotated or be a parameter in this block before the declaration. */
static void visit_declaration(Builder *b, stmt_ty s)
{
    int global = s->kind == Global_kind;
    asdl_seq *names = global ? s->v.Global.names : s->v.Nonlocal.names;
    const char *what = global ? "global" : "nonlocal";
    for (int i = 0; i < asdl_seq_LEN(names) && !failed(b); i++) {
        const char *name = asdl_seq_GET(names, i);
        unsigned cur = lookup_flags(b, name);
        const char *msg = NULL;
        if (cur & SYM_DEF_PARAM)
            msg = "name '%s' is parameter and %s";
        else if (cur & SYM_USE)
            msg = "name '%s' is used prior to %s declaration";
        else if (cur & SYM_DEF_ANNOT)
            msg = "annotated name '%s' can't be %s";
        else if (cur & SYM_DEF_LOCAL)
            msg = "name '%s' is assigned to before %s declaration";
        if (msg) {
            diag_syntax(b->diag, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, msg, name, what);
            return;
        }
        if (add_def(b, name, global ? SYM_DEF_GLOBAL : SYM_DEF_NONLOCAL, s->lineno, s->col_offset,
                s->end_lineno, s->end_col_offset)
            < 0)
            return;
        record_directive(b, name, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    }
}

/* `x: T = v`: a simple name is annotated in its block (and must not be
 * declared global or nonlocal there, except at module level). */
static void visit_annassign(Builder *b, stmt_ty s)
{
    expr_ty target = s->v.AnnAssign.target;
    if (target->kind == Name_kind) {
        const char *name = target->v.Name.id;
        unsigned cur = lookup_flags(b, name);
        if ((cur & (SYM_DEF_GLOBAL | SYM_DEF_NONLOCAL)) && b->cur != b->st->module && s->v.AnnAssign.simple) {
            diag_syntax(b->diag, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset,
                "annotated name '%s' can't be %s", name, cur & SYM_DEF_GLOBAL ? "global" : "nonlocal");
            return;
        }
        unsigned flag = s->v.AnnAssign.simple ? SYM_DEF_ANNOT | SYM_DEF_LOCAL : 0;
        if (s->v.AnnAssign.value)
            flag |= SYM_DEF_LOCAL;
        if (flag
            && add_def(b, name, flag, target->lineno, target->col_offset, target->end_lineno,
                   target->end_col_offset)
                < 0)
            return;
    } else {
        visit_expr(b, target);
    }
    if (!failed(b))
        visit_annotation(b, s->v.AnnAssign.annotation);
    if (s->v.AnnAssign.value && !failed(b))
        visit_expr(b, s->v.AnnAssign.value);
}

/* An import binds the first part of a dotted name, or the `as` name. */
static void visit_alias(Builder *b, alias_ty a)
{
    const char *name = a->asname ? a->asname : a->name;
    if (strcmp(name, "*") == 0) {
        if (b->cur->type != SYM_BLOCK_MODULE)
            diag_syntax(b->diag, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset,
                "import * only allowed at module level");
        return;
    }
    const char *dot = strchr(name, '.');
    if (dot)
        name = arena_strndup(b->st->arena, name, (size_t)(dot - name));
    add_def(b, name, SYM_DEF_IMPORT, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
}

static void visit_pattern(Builder *b, pattern_ty p);

static void visit_patterns(Builder *b, asdl_seq *seq)
{
    for (int i = 0; i < asdl_seq_LEN(seq) && !failed(b); i++)
        visit_pattern(b, asdl_seq_GET(seq, i));
}

/* Capture names in a match pattern are bound in the current block. */
static void capture(Builder *b, pattern_ty p, const char *name)
{
    if (name)
        add_def(b, name, SYM_DEF_LOCAL, p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
}

static void visit_pattern(Builder *b, pattern_ty p)
{
    switch (p->kind) {
    case MatchValue_kind:
        visit_expr(b, p->v.MatchValue.value);
        break;
    case MatchSingleton_kind:
        break;
    case MatchSequence_kind:
        visit_patterns(b, p->v.MatchSequence.patterns);
        break;
    case MatchStar_kind:
        capture(b, p, p->v.MatchStar.name);
        break;
    case MatchMapping_kind:
        visit_exprs(b, p->v.MatchMapping.keys);
        visit_patterns(b, p->v.MatchMapping.patterns);
        if (!failed(b))
            capture(b, p, p->v.MatchMapping.rest);
        break;
    case MatchClass_kind:
        visit_expr(b, p->v.MatchClass.cls);
        visit_patterns(b, p->v.MatchClass.patterns);
        visit_patterns(b, p->v.MatchClass.kwd_patterns);
        break;
    case MatchAs_kind:
        if (p->v.MatchAs.pattern)
            visit_pattern(b, p->v.MatchAs.pattern);
        if (!failed(b))
            capture(b, p, p->v.MatchAs.name);
        break;
    case MatchOr_kind:
        visit_patterns(b, p->v.MatchOr.patterns);
        break;
    }
}

static void visit_withitems(Builder *b, asdl_seq *items)
{
    for (int i = 0; i < asdl_seq_LEN(items) && !failed(b); i++) {
        withitem_ty w = asdl_seq_GET(items, i);
        visit_expr(b, w->context_expr);
        if (w->optional_vars && !failed(b))
            visit_expr(b, w->optional_vars);
    }
}

static void visit_handlers(Builder *b, asdl_seq *handlers)
{
    for (int i = 0; i < asdl_seq_LEN(handlers) && !failed(b); i++) {
        excepthandler_ty h = asdl_seq_GET(handlers, i);
        if (h->v.ExceptHandler.type)
            visit_expr(b, h->v.ExceptHandler.type);
        if (h->v.ExceptHandler.name && !failed(b)
            && add_def(b, h->v.ExceptHandler.name, SYM_DEF_LOCAL, h->lineno, h->col_offset, h->end_lineno,
                   h->end_col_offset)
                < 0)
            return;
        visit_stmts(b, h->v.ExceptHandler.body);
    }
}

static void visit_stmt(Builder *b, stmt_ty s)
{
    switch (s->kind) {
    case FunctionDef_kind:
    case AsyncFunctionDef_kind:
        visit_function(b, s);
        break;
    case ClassDef_kind:
        visit_class(b, s);
        break;
    case Return_kind:
        if (s->v.Return.value) {
            visit_expr(b, s->v.Return.value);
            b->cur->returns_value = 1;
        }
        break;
    case Delete_kind:
        visit_exprs(b, s->v.Delete.targets);
        break;
    case Assign_kind:
        visit_exprs(b, s->v.Assign.targets);
        if (!failed(b))
            visit_expr(b, s->v.Assign.value);
        break;
    case AnnAssign_kind:
        visit_annassign(b, s);
        break;
    case AugAssign_kind:
        visit_expr(b, s->v.AugAssign.target);
        if (!failed(b))
            visit_expr(b, s->v.AugAssign.value);
        break;
    case For_kind:
    case AsyncFor_kind: {
        int is_async = s->kind == AsyncFor_kind;
        visit_expr(b, is_async ? s->v.AsyncFor.target : s->v.For.target);
        if (!failed(b))
            visit_expr(b, is_async ? s->v.AsyncFor.iter : s->v.For.iter);
        visit_stmts(b, is_async ? s->v.AsyncFor.body : s->v.For.body);
        visit_stmts(b, is_async ? s->v.AsyncFor.orelse : s->v.For.orelse);
        break;
    }
    case While_kind:
        visit_expr(b, s->v.While.test);
        visit_stmts(b, s->v.While.body);
        visit_stmts(b, s->v.While.orelse);
        break;
    case If_kind:
        visit_expr(b, s->v.If.test);
        visit_stmts(b, s->v.If.body);
        visit_stmts(b, s->v.If.orelse);
        break;
    case With_kind:
        visit_withitems(b, s->v.With.items);
        visit_stmts(b, s->v.With.body);
        break;
    case AsyncWith_kind:
        visit_withitems(b, s->v.AsyncWith.items);
        visit_stmts(b, s->v.AsyncWith.body);
        break;
    case Match_kind:
        visit_expr(b, s->v.Match.subject);
        for (int i = 0; i < asdl_seq_LEN(s->v.Match.cases) && !failed(b); i++) {
            match_case_ty c = asdl_seq_GET(s->v.Match.cases, i);
            visit_pattern(b, c->pattern);
            if (c->guard && !failed(b))
                visit_expr(b, c->guard);
            visit_stmts(b, c->body);
        }
        break;
    case Raise_kind:
        if (s->v.Raise.exc) {
            visit_expr(b, s->v.Raise.exc);
            if (s->v.Raise.cause && !failed(b))
                visit_expr(b, s->v.Raise.cause);
        }
        break;
    case Try_kind:
        visit_stmts(b, s->v.Try.body);
        visit_stmts(b, s->v.Try.orelse); /* before the handlers, as 3.11 */
        visit_handlers(b, s->v.Try.handlers);
        visit_stmts(b, s->v.Try.finalbody);
        break;
    case TryStar_kind:
        visit_stmts(b, s->v.TryStar.body);
        visit_stmts(b, s->v.TryStar.orelse); /* before the handlers, as 3.11 */
        visit_handlers(b, s->v.TryStar.handlers);
        visit_stmts(b, s->v.TryStar.finalbody);
        break;
    case Assert_kind:
        visit_expr(b, s->v.Assert.test);
        if (s->v.Assert.msg && !failed(b))
            visit_expr(b, s->v.Assert.msg);
        break;
    case Import_kind:
        for (int i = 0; i < asdl_seq_LEN(s->v.Import.names) && !failed(b); i++)
            visit_alias(b, asdl_seq_GET(s->v.Import.names, i));
        break;
    case ImportFrom_kind:
        for (int i = 0; i < asdl_seq_LEN(s->v.ImportFrom.names) && !failed(b); i++)
            visit_alias(b, asdl_seq_GET(s->v.ImportFrom.names, i));
        break;
    case Global_kind:
    case Nonlocal_kind:
        visit_declaration(b, s);
        break;
    case Expr_kind:
        visit_expr(b, s->v.Expr.value);
        break;
    case Pass_kind:
    case Break_kind:
    case Continue_kind:
        break;
    }
}

static void visit_stmts(Builder *b, asdl_seq *body)
{
    for (int i = 0; i < asdl_seq_LEN(body) && !failed(b); i++)
        visit_stmt(b, asdl_seq_GET(body, i));
}

SymTable *sym_build(Arena *arena, mod_ty mod, Diag *diag)
{
    SymTable *st = arena_alloc(arena, sizeof *st);
    st->arena = arena;
    if (future_parse(mod, diag, &st->future, &st->future_lineno) < 0)
        return NULL;
    Builder b = { st, diag, NULL, NULL };
    st->module = enter_block(&b, "top", SYM_BLOCK_MODULE, NULL, 0, 0);
    if (mod->kind == Module_kind)
        visit_stmts(&b, mod->v.Module.body);
    if (failed(&b) || sym_analyze(st, diag) < 0)
        return NULL;
    return st;
}
