/* Symbol tables: scope analysis of module and function scopes.
 *
 * Two passes, as in CPython's symtable.c, because whether a name is local
 * to a function depends on every binding in the whole function body, and
 * whether a free name refers to an enclosing function depends on the
 * enclosing scopes being complete:
 *
 *   1. walk the AST once, creating a Scope per function and recording every
 *      binding (assignment, parameter, def, for target, del) and use, and
 *      every `global` declaration, in the scope where it occurs;
 *   2. resolve each function's names: declared global -> GLOBAL_EXPLICIT,
 *      bound here -> LOCAL, bound in an enclosing function -> FREE,
 *      otherwise GLOBAL_IMPLICIT (a module global or a builtin).
 */
#include "symtable.h"

#include <string.h>

typedef struct Builder {
    SymTable *st;
    Diag *diag;
    Scope *cur;
} Builder;

static Scope *new_scope(Builder *b, const char *name, Scope *parent, stmt_ty def)
{
    Scope *s = arena_alloc(b->st->arena, sizeof *s);
    s->name = name;
    s->parent = parent;
    s->def = def;
    s->is_function = def != NULL;
    if (parent && parent->is_function)
        s->qualname = arena_printf(b->st->arena, "%s.<locals>.%s", parent->qualname, name);
    else
        s->qualname = name;
    if (parent) {
        parent->children = arena_grow(
            b->st->arena, parent->children, parent->nchildren, &parent->childcap, sizeof *parent->children);
        parent->children[parent->nchildren++] = s;
    }
    return s;
}

Symbol *sym_lookup(Scope *s, const char *name)
{
    int i = strmap_get(&s->index, name);
    return i < 0 ? NULL : &s->syms[i];
}

static Symbol *intern(Builder *b, const char *name, int lineno, int col)
{
    Scope *s = b->cur;
    Symbol *sym = sym_lookup(s, name);
    if (sym)
        return sym;
    s->syms = arena_grow(b->st->arena, s->syms, s->nsyms, &s->cap, sizeof *s->syms);
    strmap_put(b->st->arena, &s->index, name, s->nsyms);
    sym = &s->syms[s->nsyms++];
    sym->name = name;
    sym->scope = SYM_GLOBAL_IMPLICIT;
    sym->lineno = lineno;
    sym->col_offset = col;
    return sym;
}

static void bind(Builder *b, const char *name, int lineno, int col)
{
    intern(b, name, lineno, col)->flags |= SYM_ASSIGNED;
}

static void use(Builder *b, const char *name, int lineno, int col)
{
    intern(b, name, lineno, col)->flags |= SYM_USED;
}

/* ---- pass 1: record bindings and uses ---- */

static void visit_stmts(Builder *b, asdl_seq *body);
static void visit_expr(Builder *b, expr_ty e);

static void visit_exprs(Builder *b, asdl_seq *seq)
{
    for (int i = 0; i < asdl_seq_LEN(seq); i++)
        visit_expr(b, asdl_seq_GET(seq, i));
}

static void visit_expr(Builder *b, expr_ty e)
{
    if (!e)
        return;
    switch (e->kind) {
    case Name_kind:
        if (e->v.Name.ctx == Load)
            use(b, e->v.Name.id, e->lineno, e->col_offset);
        else
            bind(b, e->v.Name.id, e->lineno, e->col_offset);
        break;
    case BoolOp_kind:
        visit_exprs(b, e->v.BoolOp.values);
        break;
    case NamedExpr_kind:
        b->cur->has_namedexpr = 1;
        visit_expr(b, e->v.NamedExpr.target);
        visit_expr(b, e->v.NamedExpr.value);
        break;
    case BinOp_kind:
        visit_expr(b, e->v.BinOp.left);
        visit_expr(b, e->v.BinOp.right);
        break;
    case UnaryOp_kind:
        visit_expr(b, e->v.UnaryOp.operand);
        break;
    case IfExp_kind:
        visit_expr(b, e->v.IfExp.test);
        visit_expr(b, e->v.IfExp.body);
        visit_expr(b, e->v.IfExp.orelse);
        break;
    case Compare_kind:
        visit_expr(b, e->v.Compare.left);
        visit_exprs(b, e->v.Compare.comparators);
        break;
    case Call_kind:
        visit_expr(b, e->v.Call.func);
        visit_exprs(b, e->v.Call.args);
        for (int i = 0; i < asdl_seq_LEN(e->v.Call.keywords); i++) {
            keyword_ty k = asdl_seq_GET(e->v.Call.keywords, i);
            visit_expr(b, k->value);
        }
        break;
    case Attribute_kind:
        visit_expr(b, e->v.Attribute.value);
        break;
    case Subscript_kind:
        visit_expr(b, e->v.Subscript.value);
        visit_expr(b, e->v.Subscript.slice);
        break;
    case Starred_kind:
        visit_expr(b, e->v.Starred.value);
        break;
    case List_kind:
        visit_exprs(b, e->v.List.elts);
        break;
    case Tuple_kind:
        visit_exprs(b, e->v.Tuple.elts);
        break;
    case Set_kind:
        visit_exprs(b, e->v.Set.elts);
        break;
    case Dict_kind:
        visit_exprs(b, e->v.Dict.keys);
        visit_exprs(b, e->v.Dict.values);
        break;
    case Slice_kind:
        visit_expr(b, e->v.Slice.lower);
        visit_expr(b, e->v.Slice.upper);
        visit_expr(b, e->v.Slice.step);
        break;
    default:
        /* Lambdas, comprehensions, f-strings...: the lowering refuses them
         * before their names matter. */
        break;
    }
}

/* A `global` statement: CPython rejects names already used or bound in the
 * scope, and parameters. */
static int declare_global(Builder *b, stmt_ty s)
{
    for (int i = 0; i < asdl_seq_LEN(s->v.Global.names); i++) {
        const char *name = asdl_seq_GET(s->v.Global.names, i);
        Symbol *sym = sym_lookup(b->cur, name);
        if (b->cur->is_function && sym) {
            const char *why = NULL;
            if (sym->flags & SYM_PARAM)
                why = "name '%s' is parameter and global";
            else if (sym->flags & SYM_ASSIGNED)
                why = "name '%s' is assigned to before global declaration";
            else if (sym->flags & SYM_USED)
                why = "name '%s' is used prior to global declaration";
            if (why && sym->scope != SYM_GLOBAL_EXPLICIT) {
                diag_set(b->diag, DIAG_SYNTAX, "SyntaxError", s->lineno, s->col_offset, why, name);
                return -1;
            }
        }
        intern(b, name, s->lineno, s->col_offset)->scope = SYM_GLOBAL_EXPLICIT;
        if (b->cur->parent) {
            /* `global x` in a function gives the module a slot for x. */
            Scope *saved = b->cur;
            b->cur = b->st->module;
            bind(b, name, s->lineno, s->col_offset);
            b->cur = saved;
        }
    }
    return 0;
}

static void visit_args(Builder *b, arguments_ty a)
{
    asdl_seq *lists[] = { a->posonlyargs, a->args, a->kwonlyargs };
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < asdl_seq_LEN(lists[l]); i++) {
            arg_ty arg = asdl_seq_GET(lists[l], i);
            intern(b, arg->arg, arg->lineno, arg->col_offset)->flags |= SYM_PARAM | SYM_ASSIGNED;
        }
    if (a->vararg)
        intern(b, a->vararg->arg, a->vararg->lineno, a->vararg->col_offset)->flags
            |= SYM_PARAM | SYM_ASSIGNED;
    if (a->kwarg)
        intern(b, a->kwarg->arg, a->kwarg->lineno, a->kwarg->col_offset)->flags |= SYM_PARAM | SYM_ASSIGNED;
}

static int visit_stmt(Builder *b, stmt_ty s)
{
    switch (s->kind) {
    case FunctionDef_kind: {
        arguments_ty a = s->v.FunctionDef.args;
        visit_exprs(b, s->v.FunctionDef.decorator_list);
        visit_exprs(b, a->defaults);
        visit_exprs(b, a->kw_defaults);
        bind(b, s->v.FunctionDef.name, s->lineno, s->col_offset);
        Scope *saved = b->cur;
        b->cur = new_scope(b, s->v.FunctionDef.name, saved, s);
        visit_args(b, a);
        visit_stmts(b, s->v.FunctionDef.body);
        b->cur = saved;
        break;
    }
    case Return_kind:
        visit_expr(b, s->v.Return.value);
        break;
    case Delete_kind:
        visit_exprs(b, s->v.Delete.targets);
        break;
    case Assign_kind:
        visit_expr(b, s->v.Assign.value);
        visit_exprs(b, s->v.Assign.targets);
        break;
    case AugAssign_kind:
        if (s->v.AugAssign.target->kind == Name_kind)
            use(b, s->v.AugAssign.target->v.Name.id, s->lineno, s->col_offset);
        visit_expr(b, s->v.AugAssign.target);
        visit_expr(b, s->v.AugAssign.value);
        break;
    case AnnAssign_kind:
        visit_expr(b, s->v.AnnAssign.target);
        visit_expr(b, s->v.AnnAssign.value);
        break;
    case For_kind:
        visit_expr(b, s->v.For.iter);
        visit_expr(b, s->v.For.target);
        visit_stmts(b, s->v.For.body);
        visit_stmts(b, s->v.For.orelse);
        break;
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
    case Raise_kind:
        visit_expr(b, s->v.Raise.exc);
        visit_expr(b, s->v.Raise.cause);
        break;
    case Assert_kind:
        visit_expr(b, s->v.Assert.test);
        visit_expr(b, s->v.Assert.msg);
        break;
    case Global_kind:
        return declare_global(b, s);
    case Expr_kind:
        visit_expr(b, s->v.Expr.value);
        break;
    default:
        break;
    }
    return b->diag->kind == DIAG_NONE ? 0 : -1;
}

static void visit_stmts(Builder *b, asdl_seq *body)
{
    for (int i = 0; i < asdl_seq_LEN(body); i++)
        if (visit_stmt(b, asdl_seq_GET(body, i)) < 0)
            return;
}

/* ---- pass 2: resolve ---- */

static int bound_in_function(Scope *s, const char *name)
{
    for (; s && s->is_function; s = s->parent) {
        Symbol *sym = sym_lookup(s, name);
        if (sym && sym->scope == SYM_LOCAL)
            return 1;
        if (sym && sym->scope == SYM_GLOBAL_EXPLICIT)
            return 0;
    }
    return 0;
}

static void resolve(Scope *s)
{
    /* Locals first, so children see their parents' final classification. */
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->scope == SYM_GLOBAL_EXPLICIT)
            continue;
        if (!s->is_function)
            sym->scope = SYM_GLOBAL_IMPLICIT;
        else if (sym->flags & SYM_ASSIGNED)
            sym->scope = SYM_LOCAL;
    }
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (s->is_function && sym->scope == SYM_GLOBAL_IMPLICIT && bound_in_function(s->parent, sym->name))
            sym->scope = SYM_FREE;
    }
    for (int i = 0; i < s->nchildren; i++)
        resolve(s->children[i]);
}

SymTable *sym_build(Arena *arena, mod_ty mod, Diag *diag)
{
    SymTable *st = arena_alloc(arena, sizeof *st);
    st->arena = arena;
    Builder b = { st, diag, NULL };
    st->module = new_scope(&b, "<module>", NULL, NULL);
    b.cur = st->module;
    visit_stmts(&b, mod->v.Module.body);
    if (diag->kind != DIAG_NONE)
        return NULL;
    resolve(st->module);
    return st;
}

static Scope *find_scope(Scope *s, stmt_ty def)
{
    if (s->def == def)
        return s;
    for (int i = 0; i < s->nchildren; i++) {
        Scope *r = find_scope(s->children[i], def);
        if (r)
            return r;
    }
    return NULL;
}

Scope *sym_scope_of(SymTable *st, stmt_ty def) { return find_scope(st->module, def); }
