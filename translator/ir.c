/* Molt IR: construction of modules, functions, blocks and constants. */
#include "ir.h"

#include <string.h>

IrModule *ir_module_new(Arena *a, const char *name, const char *cname, const char *file)
{
    IrModule *m = arena_alloc(a, sizeof *m);
    m->arena = a;
    m->name = name;
    m->cname = cname;
    m->file = file;
    return m;
}

IrFunc *ir_func_new(IrModule *m, const char *name, const char *qualname, int lineno)
{
    IrFunc *f = arena_alloc(m->arena, sizeof *f);
    f->name = name;
    f->qualname = qualname;
    f->lineno = lineno;
    f->doc = -1;
    m->funcs = arena_grow(m->arena, m->funcs, m->nfuncs, &m->funccap, sizeof *m->funcs);
    m->funcs[m->nfuncs++] = f;
    return f;
}

int ir_func_index(IrModule *m, IrFunc *f)
{
    for (int i = 0; i < m->nfuncs; i++)
        if (m->funcs[i] == f)
            return i;
    return -1;
}

int ir_local(IrModule *m, IrFunc *f, const char *name)
{
    int i = strmap_get(&f->local_index, name);
    if (i >= 0)
        return i;
    f->locals = arena_grow(m->arena, f->locals, f->nlocals, &f->localcap, sizeof *f->locals);
    f->locals[f->nlocals] = name;
    strmap_put(m->arena, &f->local_index, name, f->nlocals);
    return f->nlocals++;
}

int ir_global_find(const IrModule *m, const char *name) { return strmap_get(&m->global_index, name); }

int ir_global(IrModule *m, const char *name)
{
    int i = ir_global_find(m, name);
    if (i >= 0)
        return i;
    m->globals = arena_grow(m->arena, m->globals, m->nglobals, &m->globalcap, sizeof *m->globals);
    m->globals[m->nglobals] = name;
    strmap_put(m->arena, &m->global_index, name, m->nglobals);
    return m->nglobals++;
}

IrOpd ir_temp(IrFunc *f) { return (IrOpd) { OPD_TEMP, f->ntemps++ }; }

IrOpd ir_local_opd(int index) { return (IrOpd) { OPD_LOCAL, index }; }

static int const_equal(const IrConst *a, const IrConst *b)
{
    if (a->kind != b->kind)
        return 0;
    switch (a->kind) {
    case IRC_INT:
        return a->i == b->i;
    case IRC_FLOAT:
        /* Bitwise, so 0.0 and -0.0 stay distinct. */
        return memcmp(&a->d, &b->d, sizeof a->d) == 0;
    case IRC_BIGINT:
        return strcmp(a->s, b->s) == 0;
    case IRC_STR:
    case IRC_BYTES:
        return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
    case IRC_KWNAMES:
        if (a->n != b->n)
            return 0;
        for (int i = 0; i < a->n; i++)
            if (strcmp(a->names[i], b->names[i]) != 0)
                return 0;
        return 1;
    default:
        return 1;
    }
}

/* FNV-1a over bytes, continuing from h. */
static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ ((const unsigned char *)p)[i]) * 0x100000001b3ULL;
    return h;
}

/* Hash consistent with const_equal. */
static uint64_t const_hash(const IrConst *c)
{
    uint64_t h = fnv(0xcbf29ce484222325ULL, &c->kind, sizeof c->kind);
    switch (c->kind) {
    case IRC_INT:
        return fnv(h, &c->i, sizeof c->i);
    case IRC_FLOAT:
        return fnv(h, &c->d, sizeof c->d);
    case IRC_BIGINT:
        return fnv(h, c->s, strlen(c->s));
    case IRC_STR:
    case IRC_BYTES:
        return fnv(h, c->s, c->len);
    case IRC_KWNAMES:
        for (int i = 0; i < c->n; i++)
            h = fnv(h, c->names[i], strlen(c->names[i]) + 1);
        return h;
    default:
        return h;
    }
}

/* The slot of c in the constant hash: where it is, or the empty slot
 * where it belongs. */
static int *const_slot(IrModule *m, const IrConst *c)
{
    size_t mask = (size_t)m->const_index_cap - 1;
    for (size_t i = const_hash(c) & mask;; i = (i + 1) & mask) {
        int *slot = &m->const_index[i];
        if (*slot == 0 || const_equal(&m->consts[*slot - 1], c))
            return slot;
    }
}

static IrOpd intern_const(IrModule *m, IrConst c)
{
    if (2 * (m->nconsts + 1) > m->const_index_cap) {
        m->const_index_cap = m->const_index_cap ? m->const_index_cap * 2 : 64;
        m->const_index = arena_alloc(m->arena, sizeof *m->const_index * (size_t)m->const_index_cap);
        for (int i = 0; i < m->nconsts; i++)
            *const_slot(m, &m->consts[i]) = i + 1;
    }
    int *slot = const_slot(m, &c);
    if (*slot)
        return (IrOpd) { OPD_CONST, *slot - 1 };
    m->consts = arena_grow(m->arena, m->consts, m->nconsts, &m->constcap, sizeof *m->consts);
    m->consts[m->nconsts] = c;
    *slot = m->nconsts + 1;
    return (IrOpd) { OPD_CONST, m->nconsts++ };
}

IrOpd ir_const_simple(IrModule *m, IrConstKind kind) { return intern_const(m, (IrConst) { .kind = kind }); }

IrOpd ir_const_int(IrModule *m, int64_t i) { return intern_const(m, (IrConst) { .kind = IRC_INT, .i = i }); }

IrOpd ir_const_bigint(IrModule *m, const char *digits)
{
    return intern_const(m, (IrConst) { .kind = IRC_BIGINT, .s = digits });
}

IrOpd ir_const_float(IrModule *m, double d)
{
    return intern_const(m, (IrConst) { .kind = IRC_FLOAT, .d = d });
}

IrOpd ir_const_str(IrModule *m, const char *s, size_t len)
{
    return intern_const(m, (IrConst) { .kind = IRC_STR, .s = s, .len = len });
}

IrOpd ir_const_bytes(IrModule *m, const char *s, size_t len)
{
    return intern_const(m, (IrConst) { .kind = IRC_BYTES, .s = s, .len = len });
}

IrOpd ir_const_kwnames(IrModule *m, const char **names, int n)
{
    return intern_const(m, (IrConst) { .kind = IRC_KWNAMES, .names = names, .n = n });
}

IrOpd ir_const_add(IrModule *m, IrConst c)
{
    m->consts = arena_grow(m->arena, m->consts, m->nconsts, &m->constcap, sizeof *m->consts);
    m->consts[m->nconsts] = c;
    return (IrOpd) { OPD_CONST, m->nconsts++ };
}

int ir_block_new(IrModule *m, IrFunc *f)
{
    f->blocks = arena_grow(m->arena, f->blocks, f->nblocks, &f->blockcap, sizeof *f->blocks);
    memset(&f->blocks[f->nblocks], 0, sizeof f->blocks[0]);
    f->blocks[f->nblocks].exc_target = -1;
    return f->nblocks++;
}

IrInstr *ir_emit(IrModule *m, IrFunc *f, int b, IrOpcode op, int line)
{
    IrBlock *blk = &f->blocks[b];
    blk->instrs = arena_grow(m->arena, blk->instrs, blk->ninstrs, &blk->cap, sizeof *blk->instrs);
    IrInstr *in = &blk->instrs[blk->ninstrs++];
    memset(in, 0, sizeof *in);
    in->op = op;
    in->line = line;
    in->func = -1;
    in->target = in->target2 = -1;
    return in;
}

void ir_block_open(IrFunc *f, int b)
{
    if (f->blocks[b].seq == 0)
        f->blocks[b].seq = ++f->nopened;
}

int ir_block_order(const IrFunc *f, int *order)
{
    /* seq numbers are 1..nopened, each used once. */
    for (int b = 0; b < f->nblocks; b++)
        if (f->blocks[b].seq > 0)
            order[f->blocks[b].seq - 1] = b;
    return f->nopened;
}

int ir_is_terminator(IrOpcode op) { return op == IR_JUMP || op == IR_BRANCH || op == IR_RETURN; }
