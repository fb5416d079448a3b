/* `molt2c symtable`: print every block and every name the way
 * tests/parser/symtable_dump.py prints CPython's symtable module's view of
 * the same program (the format is in docs/symtable.md). */
#include "symtable.h"

#include <stdlib.h>
#include <string.h>

static const char *const flag_names[] = { "DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE",
    "DEF_FREE", "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER" };

static const char *scope_name(SymScope s)
{
    switch (s) {
    case SYM_LOCAL:
        return "LOCAL";
    case SYM_GLOBAL_EXPLICIT:
        return "GLOBAL_EXPLICIT";
    case SYM_GLOBAL_IMPLICIT:
        return "GLOBAL_IMPLICIT";
    case SYM_FREE:
        return "FREE";
    case SYM_CELL:
        return "CELL";
    }
    return "NONE";
}

static const char *type_name(SymBlockType t)
{
    switch (t) {
    case SYM_BLOCK_FUNCTION:
        return "function";
    case SYM_BLOCK_CLASS:
        return "class";
    case SYM_BLOCK_MODULE:
        return "module";
    case SYM_BLOCK_ANNOTATION:
        break;
    }
    return "annotation";
}

/* The symtable module's Symbol predicates, in the order of the format. A
 * block named "top" is taken for the module, as symtable.py does. */
static void print_predicates(FILE *out, const Scope *s, const Symbol *sym)
{
    int module_scope = strcmp(s->name, "top") == 0;
    int bound_top = module_scope && (sym->flags & SYM_DEF_BOUND);
    int is_namespace = 0;
    for (int i = 0; i < s->nchildren; i++)
        if (strcmp(s->children[i]->name, sym->name) == 0)
            is_namespace = 1;
    const struct {
        const char *name;
        int on;
    } preds[] = {
        { "referenced", (sym->flags & SYM_USE) != 0 },
        { "imported", (sym->flags & SYM_DEF_IMPORT) != 0 },
        { "parameter", (sym->flags & SYM_DEF_PARAM) != 0 },
        { "global", sym->scope == SYM_GLOBAL_IMPLICIT || sym->scope == SYM_GLOBAL_EXPLICIT || bound_top },
        { "declared_global", sym->scope == SYM_GLOBAL_EXPLICIT },
        { "nonlocal", (sym->flags & SYM_DEF_NONLOCAL) != 0 },
        { "local", sym->scope == SYM_LOCAL || sym->scope == SYM_CELL || bound_top },
        { "annotated", (sym->flags & SYM_DEF_ANNOT) != 0 },
        { "free", sym->scope == SYM_FREE },
        { "assigned", (sym->flags & SYM_DEF_LOCAL) != 0 },
        { "namespace", is_namespace },
    };
    const char *sep = "";
    for (size_t i = 0; i < sizeof preds / sizeof preds[0]; i++)
        if (preds[i].on) {
            fprintf(out, "%s%s", sep, preds[i].name);
            sep = ",";
        }
    if (!*sep)
        fputc('-', out);
}

static void print_symbol(FILE *out, int depth, const Scope *s, const Symbol *sym)
{
    fprintf(out, "%*s  sym %s scope=%s flags=", 2 * depth, "", sym->name, scope_name(sym->scope));
    const char *sep = "";
    for (unsigned bit = 0; bit < sizeof flag_names / sizeof flag_names[0]; bit++)
        if (sym->flags & (1u << bit)) {
            fprintf(out, "%s%s", sep, flag_names[bit]);
            sep = "|";
        }
    if (!*sep)
        fputc('0', out);
    fputs(" is=", out);
    print_predicates(out, s, sym);
    fputc('\n', out);
}

static int by_name(const void *a, const void *b)
{
    return strcmp((*(const Symbol *const *)a)->name, (*(const Symbol *const *)b)->name);
}

static void dump_scope(FILE *out, Arena *arena, const Scope *s, int depth)
{
    fprintf(out, "%*stable %s %s line=%d optimized=%d nested=%d children=%d\n", 2 * depth, "",
        type_name(s->type), s->name, s->lineno, s->type == SYM_BLOCK_FUNCTION, s->nested, s->nchildren > 0);
    /* Names first seen in the program, in order; then the free names that
     * only pass through (added by pass 2, flags 0), sorted: CPython adds
     * those in the iteration order of a set. */
    const Symbol **passing = arena_alloc(arena, sizeof *passing * (size_t)(s->nsyms + 1));
    int npassing = 0;
    for (int i = 0; i < s->nsyms; i++) {
        if (s->syms[i].flags)
            print_symbol(out, depth, s, &s->syms[i]);
        else
            passing[npassing++] = &s->syms[i];
    }
    qsort(passing, (size_t)npassing, sizeof *passing, by_name);
    for (int i = 0; i < npassing; i++)
        print_symbol(out, depth, s, passing[i]);
    for (int i = 0; i < s->nchildren; i++)
        dump_scope(out, arena, s->children[i], depth + 1);
}

void sym_dump(FILE *out, const SymTable *st) { dump_scope(out, st->arena, st->module, 0); }
