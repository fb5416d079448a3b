/* Symbol tables, pass 2: resolve the scope of every name of every block
 * (CPython's analyze_block in Python/symtable.c).
 *
 * The blocks are analysed from the module down. Each block receives three
 * sets of names from its parent:
 *
 *   bound   names bound by enclosing functions, which a name this block
 *           uses but does not bind refers to (FREE); NULL for the module;
 *   global  names declared `global` in enclosing blocks and not rebound
 *           since, which stay GLOBAL_IMPLICIT here;
 *   free    (output) the names this block and its nested blocks use free.
 *
 * A class body binds names its methods cannot see, so a class passes its
 * own parent's sets down unchanged, plus `__class__`, which methods that
 * use super() or __class__ reach as a free variable. After the children
 * are done, a function's local that some child uses free becomes a CELL;
 * a name a child uses free that this block does not have is added to this
 * block as FREE too (it passes through), unless no enclosing function
 * binds it.
 */
#include "symtable.h"

#include <string.h>

/* A set of names: a StrMap whose value is 1 for a member, 0 for a name
 * that was removed. */
typedef StrMap NameSet;

typedef struct Analyzer {
    Arena *arena;
    Diag *diag;
} Analyzer;

static int set_has(const NameSet *s, const char *name) { return s && strmap_get(s, name) > 0; }

static void set_add(Analyzer *an, NameSet *s, const char *name) { strmap_put(an->arena, s, name, 1); }

static int set_discard(Analyzer *an, NameSet *s, const char *name)
{
    if (!set_has(s, name))
        return 0;
    strmap_put(an->arena, s, name, 0);
    return 1;
}

/* dst |= src */
static void set_update(Analyzer *an, NameSet *dst, const NameSet *src)
{
    for (int i = 0; src && i < src->cap; i++)
        if (src->keys[i] && src->vals[i] > 0)
            set_add(an, dst, src->keys[i]);
}

/* The SyntaxError of a pass-2 check, placed on the first `global` or
 * `nonlocal` declaration of name in s. */
static int error_at_directive(Analyzer *an, Scope *s, const char *name, const char *fmt)
{
    for (int i = 0; i < s->ndirectives; i++) {
        SymDirective *d = &s->directives[i];
        if (strcmp(d->name, name) == 0) {
            diag_syntax(an->diag, d->lineno, d->col_offset, d->end_lineno, d->end_col_offset, fmt, name);
            return -1;
        }
    }
    diag_syntax(an->diag, s->lineno, s->col_offset, 0, 0, fmt, name);
    return -1;
}

/* The scope of one name from its flags and the enclosing blocks' sets. */
static int analyze_name(
    Analyzer *an, Scope *s, Symbol *sym, NameSet *bound, NameSet *local, NameSet *free, NameSet *global)
{
    unsigned flags = sym->flags;
    const char *name = sym->name;
    if (flags & SYM_DEF_GLOBAL) {
        if (flags & SYM_DEF_NONLOCAL)
            return error_at_directive(an, s, name, "name '%s' is nonlocal and global");
        sym->scope = SYM_GLOBAL_EXPLICIT;
        set_add(an, global, name);
        set_discard(an, bound, name);
        return 0;
    }
    if (flags & SYM_DEF_NONLOCAL) {
        if (!bound)
            return error_at_directive(an, s, name, "nonlocal declaration not allowed at module level");
        if (!set_has(bound, name))
            return error_at_directive(an, s, name, "no binding for nonlocal '%s' found");
        sym->scope = SYM_FREE;
        set_add(an, free, name);
        return 0;
    }
    if (flags & SYM_DEF_BOUND) {
        sym->scope = SYM_LOCAL;
        set_add(an, local, name);
        set_discard(an, global, name);
        return 0;
    }
    if (set_has(bound, name)) {
        sym->scope = SYM_FREE;
        set_add(an, free, name);
        return 0;
    }
    sym->scope = SYM_GLOBAL_IMPLICIT; /* also when an enclosing block says `global` */
    return 0;
}

/* Free names of the children that this block binds: its own, in cells. */
static void analyze_cells(Analyzer *an, Scope *s, NameSet *newfree)
{
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->scope == SYM_LOCAL && set_discard(an, newfree, sym->name))
            sym->scope = SYM_CELL;
    }
}

/* The free names of the children that this block does not define pass
 * through it as FREE (if an enclosing function binds them); a class that
 * binds a name its methods use free marks it SYM_DEF_FREE_CLASS. */
static void update_symbols(Analyzer *an, Scope *s, const NameSet *bound, const NameSet *newfree)
{
    for (int i = 0; i < newfree->cap; i++) {
        const char *name = newfree->keys[i];
        if (!name || newfree->vals[i] <= 0)
            continue;
        Symbol *sym = sym_lookup(s, name);
        if (sym) {
            if (s->type == SYM_BLOCK_CLASS && (sym->flags & (SYM_DEF_BOUND | SYM_DEF_GLOBAL)))
                sym->flags |= SYM_DEF_FREE_CLASS;
            continue;
        }
        if (bound && !set_has(bound, name))
            continue; /* a global */
        s->syms = arena_grow(an->arena, s->syms, s->nsyms, &s->cap, sizeof *s->syms);
        strmap_put(an->arena, &s->index, name, s->nsyms);
        s->syms[s->nsyms++] = (Symbol) { name, 0, SYM_FREE, s->lineno, s->col_offset };
    }
}

/* Resolve s's names, then its children's. bound and global are s's own
 * copies (analyze_name updates them); free collects the names s and its
 * children use free. */
static int analyze_block(Analyzer *an, Scope *s, NameSet *bound, NameSet *free, NameSet *global)
{
    NameSet local = { 0 }, newbound = { 0 }, newglobal = { 0 }, newfree = { 0 };
    if (s->type == SYM_BLOCK_CLASS) {
        /* Names bound in a class body are invisible to its methods. */
        set_update(an, &newglobal, global);
        set_update(an, &newbound, bound);
    }
    int nsyms = s->nsyms;
    for (int i = 0; i < nsyms; i++)
        if (analyze_name(an, s, &s->syms[i], bound, &local, free, global) < 0)
            return -1;
    if (s->type != SYM_BLOCK_CLASS) {
        if (s->type == SYM_BLOCK_FUNCTION)
            set_update(an, &newbound, &local);
        set_update(an, &newbound, bound);
        set_update(an, &newglobal, global);
    } else {
        set_add(an, &newbound, "__class__");
    }
    for (int i = 0; i < s->nchildren; i++) {
        NameSet child_bound = { 0 }, child_global = { 0 }, child_free = { 0 };
        set_update(an, &child_bound, &newbound);
        set_update(an, &child_global, &newglobal);
        if (analyze_block(an, s->children[i], &child_bound, &child_free, &child_global) < 0)
            return -1;
        set_update(an, &newfree, &child_free);
    }
    if (s->type == SYM_BLOCK_FUNCTION)
        analyze_cells(an, s, &newfree);
    else if (s->type == SYM_BLOCK_CLASS && set_discard(an, &newfree, "__class__"))
        s->needs_class_closure = 1;
    update_symbols(an, s, bound, &newfree);
    set_update(an, free, &newfree);
    return 0;
}

/* __qualname__ as CPython's compiler_set_qualname builds it: a def in a
 * function is `f.<locals>.g`, in a class `C.g`; a def or class declared
 * global in its parent is named as at module level. */
static void set_qualnames(Arena *a, Scope *s)
{
    for (int i = 0; i < s->nchildren; i++) {
        Scope *c = s->children[i];
        int is_def = c->comp == SYM_COMP_NONE && strcmp(c->name, "lambda") != 0; /* def or class */
        const char *name = is_def ? c->name : arena_printf(a, "<%s>", c->name);
        const char *base = NULL;
        if (s->type != SYM_BLOCK_MODULE) {
            Symbol *in_parent = is_def ? sym_lookup(s, sym_mangle(a, c->private_name, name)) : NULL;
            if (!in_parent || in_parent->scope != SYM_GLOBAL_EXPLICIT)
                base = s->type == SYM_BLOCK_FUNCTION && s->comp == SYM_COMP_NONE
                    ? arena_printf(a, "%s.<locals>", s->qualname)
                    : s->qualname;
        }
        c->qualname = base ? arena_printf(a, "%s.%s", base, name) : name;
        set_qualnames(a, c);
    }
}

int sym_analyze(SymTable *st, Diag *diag)
{
    Analyzer an = { st->arena, diag };
    NameSet free = { 0 }, global = { 0 };
    if (analyze_block(&an, st->module, NULL, &free, &global) < 0)
        return -1;
    st->module->qualname = "<module>";
    set_qualnames(st->arena, st->module);
    return 0;
}
