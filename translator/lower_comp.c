/* Lowering of list, set and dict comprehensions, inline in the enclosing
 * function.
 *
 * CPython 3.11 runs a comprehension as a nested function: its iteration
 * variables are its own locals, every other name is the enclosing
 * scope's, and the outermost iterable is evaluated (and iter() called on
 * it) in the enclosing scope. Here the comprehension's locals become fresh
 * IR locals of the enclosing function (`x` becomes `x_1`, a name no other
 * local has), so they are invisible outside it; while its body is lowered
 * l->scope is the comprehension's scope and the name hooks below route
 * its other names to the enclosing scope.
 *
 * A variable of the comprehension that a lambda or nested function in it
 * uses (SYM_CELL) lives in a cell, as in CPython: its IR local holds a
 * cell made once per run of the comprehension, before the loop, so
 * `[lambda: i for i in range(3)]` makes three functions sharing one cell
 * (all return 2). make_function finds that local through comp_cell_local.
 */
#include "lower_int.h"

#include <string.h>

/* The comprehension being lowered: its scope and its locals' IR names. */
struct CompFrame {
    Scope *scope;
    const char **names, **irnames;
    char *is_cell; /* names[i] lives in a cell held by irnames[i] */
    int n;
    CompFrame *outer;
};

static CompFrame *frame_of(Lower *l, Scope *s)
{
    for (CompFrame *c = l->comp; c; c = c->outer)
        if (c->scope == s)
            return c;
    return NULL;
}

/* The IR local of comprehension variable `name`, or NULL if the name is
 * not the current comprehension's own; *cell tells whether it holds a
 * cell. */
static const char *own_local_in(Lower *l, Scope *s, const char *name, int *cell)
{
    CompFrame *c = frame_of(l, s);
    for (int i = 0; c && i < c->n; i++)
        if (strcmp(c->names[i], name) == 0) {
            *cell = c->is_cell[i];
            return c->irnames[i];
        }
    return NULL;
}

static const char *own_local(Lower *l, const char *name, int *cell)
{
    return own_local_in(l, l->scope, name, cell);
}

const char *comp_cell_local(Lower *l, const char *name)
{
    int cell;
    for (Scope *s = l->scope; s && s->comp != SYM_COMP_NONE; s = s->parent) {
        const char *own = own_local_in(l, s, name, &cell);
        if (own)
            return own;
        Symbol *sym = sym_lookup(s, name);
        if (!sym || sym->scope != SYM_FREE)
            break;
    }
    return name;
}

/* Where a name of the current comprehension that is not its own lives:
 * the enclosing scope for a free name, the module for the rest. A class
 * body's own names are invisible to its comprehensions: a free name
 * whose enclosing scope is a class body is that body function's cell,
 * read directly (CPython's LOAD_DEREF, not the namespace). */
static Scope *home_scope(Lower *l, const char *name)
{
    Symbol *s = sym_lookup(l->scope, name);
    if (!s || s->scope != SYM_FREE)
        return l->st->module;
    return l->scope->parent;
}

NameKind comp_resolve_name(Lower *l, const char *name)
{
    int cell;
    if (own_local(l, name, &cell))
        return cell ? NAME_CELL : NAME_LOCAL;
    Scope *saved = l->scope, *home = home_scope(l, name);
    if (home->type == SYM_BLOCK_CLASS)
        return NAME_FREE;
    l->scope = home;
    NameKind k = resolve_name(l, name);
    l->scope = saved;
    return k;
}

IrOpd comp_load_name(Lower *l, const char *name, int line, int col)
{
    int cell;
    const char *own = own_local(l, name, &cell);
    if (own && cell) {
        IrOpd args[2] = { ir_local_opd(ir_local(l->m, l->f, own)), name_const(l, name) };
        return emit_rt(l, RT_CELL_GET_LOCAL, line, args, 2);
    }
    if (own)
        return ir_local_opd(ir_local(l->m, l->f, own));
    Scope *saved = l->scope, *home = home_scope(l, name);
    if (home->type == SYM_BLOCK_CLASS)
        return load_cell(l, name, NAME_FREE, line);
    l->scope = home;
    IrOpd v = load_name(l, name, line, col);
    l->scope = saved;
    return v;
}

void comp_store_name(Lower *l, const char *name, IrOpd value, int line, int col)
{
    int cell;
    const char *own = own_local(l, name, &cell);
    if (own && cell) {
        IrOpd args[2] = { ir_local_opd(ir_local(l->m, l->f, own)), value };
        emit_rt(l, RT_CELL_SET, line, args, 2);
        IrBlock *b = &l->f->blocks[l->cur];
        b->instrs[b->ninstrs - 1].dst = NO_OPD; /* cell_set has no result */
        return;
    }
    if (own) {
        IrInstr *in = emit(l, IR_MOVE, line);
        in->dst = ir_local_opd(ir_local(l->m, l->f, own));
        in->a = value;
        return;
    }
    Scope *saved = l->scope, *home = home_scope(l, name);
    if (home->type == SYM_BLOCK_CLASS) { /* `:=` is a SyntaxError there; for safety */
        store_cell(l, name, value, line);
        return;
    }
    l->scope = home;
    store_name(l, name, value, line, col);
    l->scope = saved;
}

/* A fresh IR local name for comprehension variable `name`. */
static const char *fresh_local(Lower *l, const char *name)
{
    for (int k = 1;; k++) {
        const char *cand = arena_printf(l->arena, "%s_%d", name, k);
        if (strmap_get(&l->f->local_index, cand) < 0) {
            ir_local(l->m, l->f, cand);
            return cand;
        }
    }
}

/* ---- the loops ---- */

typedef struct Comp {
    expr_ty e;
    asdl_seq *gens;
    IrOpd result;
} Comp;

/* The element (or key: value) into the result. */
static void add_element(Lower *l, Comp *c)
{
    expr_ty e = c->e;
    IrOpd args[3] = { c->result };
    switch (e->kind) {
    case ListComp_kind:
        args[1] = lower_expr(l, e->v.ListComp.elt);
        if (!failed(l))
            emit_rt(l, RT_LIST_APPEND, e->v.ListComp.elt->lineno, args, 2);
        break;
    case SetComp_kind:
        args[1] = lower_expr(l, e->v.SetComp.elt);
        if (!failed(l))
            emit_rt(l, RT_SET_ADD, e->v.SetComp.elt->lineno, args, 2);
        break;
    default:
        args[1] = lower_expr(l, e->v.DictComp.key);
        args[2] = lower_expr(l, e->v.DictComp.value);
        if (!failed(l))
            emit_rt(l, RT_DICT_SETITEM, e->v.DictComp.value->lineno, args, 3);
        break;
    }
}

/* Generator i's iterable, in the current scope: a range loop slot for
 * `range(...)`, else an iterator. */
typedef struct Source {
    int slot; /* range loop slot, or -1 */
    IrOpd it; /* the iterator when slot is -1 */
} Source;

static Source lower_source(Lower *l, expr_ty iter)
{
    Source src = { lower_range_init(l, iter), NO_OPD };
    if (src.slot < 0) {
        IrOpd v = lower_expr(l, iter);
        if (!failed(l))
            src.it = emit_rt(l, RT_ITER, iter->lineno, &v, 1);
    }
    return src;
}

/* Generator i over `src`, then the inner generators. */
static void lower_generator(Lower *l, Comp *c, int i, Source src)
{
    comprehension_ty g = asdl_seq_GET(c->gens, i);
    int line = g->target->lineno;
    int head = ir_block_new(l->m, l->f), after = ir_block_new(l->m, l->f);
    jump(l, head, line);
    start(l, head);
    IrOpd x = ir_temp(l->f);
    IrInstr *next = emit(l, src.slot < 0 ? IR_FOR_NEXT : IR_RANGE_NEXT, line);
    next->dst = x;
    next->a = src.it;
    next->slot = src.slot;
    next->target = after;
    store_target(l, g->target, x);
    for (int k = 0; k < asdl_seq_LEN(g->ifs) && !failed(l); k++) {
        int pass = ir_block_new(l->m, l->f);
        branch_on(l, asdl_seq_GET(g->ifs, k), pass, head);
        start(l, pass);
    }
    if (failed(l))
        return;
    if (i + 1 < asdl_seq_LEN(c->gens)) {
        Source inner = lower_source(l, ((comprehension_ty)asdl_seq_GET(c->gens, i + 1))->iter);
        if (failed(l))
            return;
        lower_generator(l, c, i + 1, inner);
    } else {
        add_element(l, c);
    }
    jump(l, head, line);
    start(l, after);
}

IrOpd lower_comprehension(Lower *l, expr_ty e)
{
    Scope *scope = sym_scope_of(l->st, e);
    Comp c = { e, NULL, NO_OPD };
    RtId build;
    switch (e->kind) {
    case ListComp_kind:
        c.gens = e->v.ListComp.generators;
        build = RT_BUILD_LIST;
        break;
    case SetComp_kind:
        c.gens = e->v.SetComp.generators;
        build = RT_BUILD_SET;
        break;
        build = RT_BUILD_SET;
        break;
    default:
        c.gens = e->v.DictComp.generators;
        build = RT_BUILD_DICT;
        break;
    }
    for (int i = 0; i < asdl_seq_LEN(c.gens); i++)
        if (((comprehension_ty)asdl_seq_GET(c.gens, i))->is_async)
            return unsupported(l, e->lineno, e->col_offset, "an 'async for' comprehension");

    /* The outermost iterable, in the enclosing scope. */
    Source src = lower_source(l, ((comprehension_ty)asdl_seq_GET(c.gens, 0))->iter);
    if (failed(l))
        return NO_OPD;

    CompFrame frame = { scope, NULL, NULL, NULL, 0, l->comp };
    frame.names = arena_alloc(l->arena, sizeof *frame.names * (size_t)(scope->nsyms + 1));
    frame.irnames = arena_alloc(l->arena, sizeof *frame.irnames * (size_t)(scope->nsyms + 1));
    frame.is_cell = arena_alloc(l->arena, (size_t)(scope->nsyms + 1));
    for (int i = 0; i < scope->nsyms; i++) {
        Symbol *sym = &scope->syms[i];
        if ((sym->scope != SYM_LOCAL && sym->scope != SYM_CELL) || sym->name[0] == '.')
            continue;
        frame.names[frame.n] = sym->name;
        frame.irnames[frame.n] = fresh_local(l, sym->name);
        frame.is_cell[frame.n] = sym->scope == SYM_CELL;
        if (sym->scope == SYM_CELL) { /* one fresh cell per run */
            IrInstr *mv;
            IrOpd cell = emit_rt(l, RT_CELL_NEW_EMPTY, e->lineno, NULL, 0);
            mv = emit(l, IR_MOVE, e->lineno);
            mv->dst = ir_local_opd(ir_local(l->m, l->f, frame.irnames[frame.n]));
            mv->a = cell;
        }
        frame.n++;
    }
    c.result = emit_rt(l, build, e->lineno, NULL, 0);
    Scope *saved = l->scope;
    l->comp = &frame;
    l->scope = scope;
    lower_generator(l, &c, 0, src);
    l->scope = saved;
    l->comp = frame.outer;
    return failed(l) ? NO_OPD : c.result;
}
