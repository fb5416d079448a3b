/* C emission: Molt IR -> one readable C99 translation unit per module.
 *
 * Layout of the unit: the module state struct M (globals, constants,
 * cached builtins, function objects; registered as GC roots), the static
 * descriptions of each function, the functions (a direct C entry with
 * positional parameters plus a generic entry the runtime calls after
 * binding arguments), the module body, and main().
 *
 * Readability rules: Python names survive (local `n` is `n`, global `fib`
 * is `M.g.fib`), each Python line is announced by a comment quoting it,
 * blocks are laid out in source order and fall through where they can,
 * and every check that can fail names its Python line.
 */
#include "emit_c.h"

#include <stdlib.h>
#include <string.h>

#include <molt/object.h>

#include "ast.h"
#include "cname.h"
#include "specialize.h"

typedef struct Emit {
    FILE *out;
    const IrModule *m;
    const EmitOptions *opt;
    const IrFunc *f;
    int last_line; /* last Python line announced in the current function */
    int uses_error, uses_truth;
    int uses_reraise; /* some `reraise` jumps past the traceback entry */
    char *reachable; /* per block */
    int *refs; /* per block: number of jumps to it */
    /* Per temp and per local: bit 1 = read, bit 2 = written. Only referenced
     * variables are declared, and never-read ones get a (void) use, so the
     * C compiles without warnings at -Wall -Wextra. */
    char *temp_use, *local_use;
    int writing; /* put_opd is printing an assignment target */
    int clone; /* writing the unboxed clone of e->f (f->spec) */
    char *range_use; /* per range slot: written by reachable code */
    int *pos; /* per block: position in the layout, -1 if not laid out */
    int cur_pos; /* position of the block being written */
    size_t *line_start; /* per source line (1-based): offset of its start */
    int nlines;
    int ncaches; /* inline caches handed out so far (M.c[...]) */
    int handlers; /* e->f has blocks with an exception target */
    char *is_handler; /* per block: the exception target of a laid-out block */
} Emit;

/* ---- names ---- */

static void put_name(FILE *out, const char *name) { cname_put(out, name); }

/* A C string literal for bytes s[0..len): printable ASCII as is, the rest
 * as octal escapes (never ambiguous with a following digit... except
 * digits, handled by always using three octal digits). */
static void put_cstring(FILE *out, const char *s, size_t len)
{
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '?' && i + 1 < len && s[i + 1] == '?')
            fputs("\\?", out); /* no trigraphs */
        else if (c < 0x20 || c >= 0x7f)
            fprintf(out, "\\%03o", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

/* Text safe inside a C comment: no comment terminator, and control
 * characters (line breaks, NUL, escape...) written as \xNN. */
static void put_comment_chars(FILE *out, const char *s, size_t len, int raw)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '*' && i + 1 < len && s[i + 1] == '/') {
            fputs("* /", out);
            i++;
        } else if (c < 0x20 || c == 0x7f || (raw && c > 0x7f)) {
            fprintf(out, "\\x%02x", c);
        } else {
            fputc(c, out);
        }
    }
}

/* Text for a C comment: UTF-8 kept, control characters escaped. */
static void put_comment_text(FILE *out, const char *s, size_t len) { put_comment_chars(out, s, len, 0); }

/* ---- source lines ---- */

/* Offsets of the start of each source line (1-based), computed once. */
static void index_lines(Emit *e)
{
    const char *src = e->opt->source;
    if (!src)
        return;
    int n = 2;
    for (const char *p = src; *p; p++)
        n += *p == '\n';
    e->line_start = malloc(sizeof *e->line_start * (size_t)n);
    if (!e->line_start)
        return;
    e->nlines = 0;
    e->line_start[++e->nlines] = 0;
    for (const char *p = src; *p; p++)
        if (*p == '\n')
            e->line_start[++e->nlines] = (size_t)(p + 1 - src);
}

/* The text of source line `line` without indentation, or NULL. */
static const char *source_line(const Emit *e, int line, size_t *len)
{
    if (!e->line_start || line < 1 || line > e->nlines)
        return NULL;
    const char *p = e->opt->source + e->line_start[line];
    while (*p == ' ' || *p == '\t')
        p++;
    const char *end = p;
    while (*end && *end != '\n' && *end != '\r')
        end++;
    *len = (size_t)(end - p);
    return p;
}

/* Announce Python line `line` before the code that implements it. */
static void announce_line(Emit *e, int line)
{
    if (line <= 0 || line == e->last_line)
        return;
    e->last_line = line;
    size_t len;
    const char *text = source_line(e, line, &len);
    if (e->opt->line_directives) {
        fprintf(e->out, "#line %d ", line);
        put_cstring(e->out, e->m->file, strlen(e->m->file));
        fputc('\n', e->out);
    }
    if (text) {
        fprintf(e->out, "    /* %d: ", line);
        put_comment_text(e->out, text, len);
        fputs(" */\n", e->out);
    } else {
        fprintf(e->out, "    /* line %d */\n", line);
    }
}

/* ---- operands ---- */

/* A C expression of type double for d: its shortest repr, which C reads
 * back exactly; inf and nan through their bits. */
static void put_double(Emit *e, double d)
{
    char buf[40];
    if (d - d != 0.0) {
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        fprintf(e->out, "molt_double_value(MOLT_FLOAT_BITS(0x%016llxULL))", (unsigned long long)bits);
        return;
    }
    ast_format_double(buf, d, 1);
    fputs(buf, e->out);
}

static void put_const(Emit *e, int index)
{
    const IrConst *c = &e->m->consts[index];
    switch (c->kind) {
    case IRC_NONE:
        fputs("MOLT_NONE", e->out);
        break;
    case IRC_TRUE:
        fputs("MOLT_TRUE", e->out);
        break;
    case IRC_FALSE:
        fputs("MOLT_FALSE", e->out);
        break;
    case IRC_ELLIPSIS:
        fputs("MOLT_ELLIPSIS", e->out);
        break;
    case IRC_INT:
        fprintf(e->out, "MOLT_INT(%lld)", (long long)c->i);
        break;
    case IRC_FLOAT:
        if (c->d - c->d != 0.0) { /* inf or nan */
            uint64_t bits;
            memcpy(&bits, &c->d, sizeof bits);
            fprintf(e->out, "MOLT_FLOAT_BITS(0x%016llxULL)", (unsigned long long)bits);
        } else {
            fputs("molt_from_double(", e->out);
            put_double(e, c->d);
            fputs(")", e->out);
        }
        break;
    default: /* heap constants live in M */
        fprintf(e->out, "M.k%d", index);
        break;
    }
}

static void put_opd(Emit *e, IrOpd o)
{
    switch (o.kind) {
    case OPD_NONE:
        fputs("MOLT_NULL", e->out);
        break;
    case OPD_TEMP:
        fprintf(e->out, "t%d", o.index);
        e->temp_use[o.index] |= e->writing ? 2 : 1;
        break;
    case OPD_LOCAL:
        put_name(e->out, e->f->locals[o.index]);
        e->local_use[o.index] |= e->writing ? 2 : 1;
        break;
    case OPD_CONST:
        put_const(e, o.index);
        break;
    }
}

/* `(MoltValue[]){ a, b }` or `NULL` */
static void put_argv(Emit *e, const IrOpd *args, int n)
{
    if (n == 0) {
        fputs("NULL", e->out);
        return;
    }
    fputs("(MoltValue[]){ ", e->out);
    for (int i = 0; i < n; i++) {
        if (i)
            fputs(", ", e->out);
        put_opd(e, args[i]);
    }
    fputs(" }", e->out);
}

static void put_global(Emit *e, const char *name)
{
    fputs("M.g.", e->out);
    put_name(e->out, name);
}

/* The traceback description of f: `static const MoltCode f__code`. */
static void put_code(Emit *e, const IrFunc *f)
{
    fprintf(e->out, "static const MoltCode %s__code = { ", f->cname);
    put_cstring(e->out, f->name, strlen(f->name));
    fputs(", ", e->out);
    put_cstring(e->out, e->m->file, strlen(e->m->file));
    fputs(" };\n", e->out);
}

static void put_builtin(Emit *e, const char *name)
{
    fputs("M.b.", e->out);
    put_name(e->out, name);
}

/* Calls fn(e, name) once for each distinct name loaded as a global or
 * builtin anywhere in the module: the builtins cache M.b has one slot
 * for each. */
static void for_each_builtin_name(Emit *e, void (*fn)(Emit *e, const char *name))
{
    const IrModule *m = e->m;
    Arena *a = arena_new();
    StrMap seen = { 0 };
    for (int fi = 0; fi < m->nfuncs; fi++)
        for (int b = 0; b < m->funcs[fi]->nblocks; b++) {
            const IrBlock *blk = &m->funcs[fi]->blocks[b];
            for (int i = 0; i < blk->ninstrs; i++) {
                const IrInstr *in = &blk->instrs[i];
                if ((in->op != IR_LOAD_GLOBAL && in->op != IR_LOAD_BUILTIN && in->op != IR_LOAD_NAME)
                    || strmap_get(&seen, in->name) >= 0)
                    continue;
                strmap_put(a, &seen, in->name, 1);
                fn(e, in->name);
            }
        }
    arena_free(a);
}

static void declare_builtin(Emit *e, const char *name)
{
    fputs("        MoltValue ", e->out);
    put_name(e->out, name);
    fputs(";\n", e->out);
}

static void init_builtin(Emit *e, const char *name)
{
    fputs("    ", e->out);
    put_builtin(e, name);
    fputs(" = molt_builtin(", e->out);
    put_cstring(e->out, name, strlen(name));
    fputs(");\n", e->out);
}

/* ---- instructions ---- */

static void put_check(Emit *e, IrOpd v, int line)
{
    fputs("    MOLT_CHECK(", e->out);
    put_opd(e, v);
    fprintf(e->out, ", %d);\n", line);
    e->uses_error = 1;
}

static void put_assign_start(Emit *e, IrOpd dst)
{
    fputs("    ", e->out);
    e->writing = 1;
    put_opd(e, dst);
    e->writing = 0;
    fputs(" = ", e->out);
}

static const char *const binop_fn[] = {
    "molt_add",
    "molt_sub",
    "molt_mul",
    "molt_truediv",
    "molt_floordiv",
    "molt_mod",
    "molt_pow",
    "molt_lshift",
    "molt_rshift",
    "molt_and",
    "molt_or",
    "molt_xor",
    "molt_matmul",
};
static const char *const binop_const[] = {
    "MOLT_OP_ADD",
    "MOLT_OP_SUB",
    "MOLT_OP_MUL",
    "MOLT_OP_TRUEDIV",
    "MOLT_OP_FLOORDIV",
    "MOLT_OP_MOD",
    "MOLT_OP_POW",
    "MOLT_OP_LSHIFT",
    "MOLT_OP_RSHIFT",
    "MOLT_OP_AND",
    "MOLT_OP_OR",
    "MOLT_OP_XOR",
    "MOLT_OP_MATMUL",
};
static const char *const compare_fn[] = { "molt_lt", "molt_le", "molt_eq", "molt_ne", "molt_gt", "molt_ge" };
static const char *const unary_fn[] = { "molt_neg", "molt_pos", "molt_invert" };

/* A jump back to a block laid out at or before the current one closes a
 * loop: there compiled code checks for signals (KeyboardInterrupt). */
static int is_back_edge(const Emit *e, int target)
{
    return e->pos[target] >= 0 && e->pos[target] <= e->cur_pos;
}

static void put_goto(Emit *e, int target, int next)
{
    if (target != next)
        fprintf(e->out, "    goto b%d;\n", target);
}

static int const_truth(const Emit *e, IrOpd o, int *truth)
{
    if (o.kind != OPD_CONST)
        return 0;
    const IrConst *c = &e->m->consts[o.index];
    if (c->kind == IRC_TRUE || c->kind == IRC_FALSE || c->kind == IRC_NONE) {
        *truth = c->kind == IRC_TRUE;
        return 1;
    }
    return 0;
}

static void emit_call(Emit *e, const IrInstr *in)
{
    int npos = in->nargs;
    if (in->b.kind == OPD_CONST)
        npos -= e->m->consts[in->b.index].n;
    if (in->func >= 0) {
        const IrFunc *target = e->m->funcs[in->func];
        fputs("    if (", e->out);
        put_opd(e, in->a);
        fprintf(e->out, " == M.fn.%s)\n    ", target->cname);
        put_assign_start(e, in->dst);
        fprintf(e->out, "%s(", target->cname);
        for (int i = 0; i < in->nargs; i++) {
            if (i)
                fputs(", ", e->out);
            put_opd(e, in->args[i]);
        }
        fputs(");\n    else\n    ", e->out);
    }
    put_assign_start(e, in->dst);
    fputs(in->b.kind == OPD_NONE ? "molt_call_fast(" : "molt_call(", e->out);
    put_opd(e, in->a);
    fputs(", ", e->out);
    put_argv(e, in->args, in->nargs);
    fprintf(e->out, ", %d, ", npos);
    put_opd(e, in->b);
    fputs(");\n", e->out);
    put_check(e, in->dst, in->line);
}

/* `[dst =] cfunc([&M.c[N], ]args)` and the check its kind asks for. */
static void emit_intrinsic(Emit *e, const IrInstr *in)
{
    const RtInfo *rt = &rt_info[in->sub];
    FILE *out = e->out;
    if (rt->kind == RTK_BOOL) {
        fputs("    truth = ", out);
        e->uses_truth = 1;
    } else if (rt->kind == RTK_STATUS) {
        fputs("    MOLT_CHECK_INT(", out);
    } else if (in->dst.kind != OPD_NONE) {
        put_assign_start(e, in->dst);
    } else {
        fputs(rt->kind == RTK_PURE ? "    (void)" : "    MOLT_CHECK(", out);
    }
    fprintf(out, "%s(", rt->cfunc);
    const char *sep = "";
    if (rt->flags & RTF_CACHE) {
        fprintf(out, "&M.c[%d]", e->ncaches++);
        sep = ", ";
    }
    if (rt->nargs == RT_VARIADIC) {
        fprintf(out, "%s%d, ", sep, in->nargs);
        put_argv(e, in->args, in->nargs);
    } else {
        for (int i = 0; i < in->nargs; i++) {
            fputs(sep, out);
            put_opd(e, in->args[i]);
            sep = ", ";
        }
    }
    fputc(')', out);
    switch (rt->kind) {
    case RTK_BOOL:
        fprintf(out, ";\n    MOLT_CHECK_INT(truth, %d);\n", in->line);
        e->uses_error = 1;
        if (in->dst.kind != OPD_NONE) {
            put_assign_start(e, in->dst);
            fputs("molt_bool(truth);\n", out);
        }
        break;
    case RTK_STATUS:
        fprintf(out, ", %d);\n", in->line);
        e->uses_error = 1;
        break;
    case RTK_PURE:
        fputs(";\n", out);
        break;
    case RTK_VALUE:
        if (in->dst.kind == OPD_NONE) {
            fprintf(out, ", %d);\n", in->line);
            e->uses_error = 1;
        } else {
            fputs(";\n", out);
            put_check(e, in->dst, in->line);
        }
        break;
    }
}

/* After `truth = ...;`: the check and the jumps of branch `in`. */
static void put_branch_tail(Emit *e, const IrInstr *in, int next)
{
    fprintf(e->out, "    MOLT_CHECK_INT(truth, %d);\n", in->line);
    e->uses_error = e->uses_truth = 1;
    if (in->target == next) {
        fprintf(e->out, "    if (!truth)\n        goto b%d;\n", in->target2);
    } else {
        fprintf(e->out, "    if (truth)\n        goto b%d;\n", in->target);
        put_goto(e, in->target2, next);
    }
}

/* `t = a < b; branch t` -> `truth = molt_lt_truth(a, b)`: the condition
 * never materialises a bool. The compare's temp has no other use (the
 * lowering gives each comparison a fresh temp). */
static int emit_fused_branch(Emit *e, const IrInstr *cmp, const IrInstr *br, int next)
{
    if (cmp->op != IR_COMPARE || br->op != IR_BRANCH || br->a.kind != OPD_TEMP || cmp->dst.kind != OPD_TEMP
        || br->a.index != cmp->dst.index)
        return 0;
    announce_line(e, cmp->line);
    fprintf(e->out, "    truth = %s_truth(", compare_fn[cmp->sub]);
    put_opd(e, cmp->a);
    fputs(", ", e->out);
    put_opd(e, cmp->b);
    fputs(");\n", e->out);
    put_branch_tail(e, br, next);
    return 1;
}

/* `def`: the function object from its description, its defaults tuple,
 * its keyword-only defaults (MOLT_NULL where none) and its cells. */
static void emit_make_function(Emit *e, const IrInstr *in)
{
    const IrFunc *fn = e->m->funcs[in->func];
    FILE *out = e->out;
    int k = fn->ndefaults;
    put_assign_start(e, in->dst);
    fprintf(out, "molt_function_new(&%s__def, ", fn->cname);
    if (fn->ndefaults) {
        fprintf(out, "molt_tuple_new(%d, ", fn->ndefaults);
        put_argv(e, in->args, fn->ndefaults);
        fputs(")", out);
    } else {
        fputs("MOLT_NULL", out);
    }
    if (fn->nkwdefaults) {
        fputs(", (MoltValue[]){ ", out);
        for (int i = 0; i < fn->kwonly; i++) {
            if (i)
                fputs(", ", out);
            if (fn->kwdefault[i])
                put_opd(e, in->args[k++]);
            else
                fputs("MOLT_NULL", out);
        }
        fputs(" }", out);
    } else {
        fputs(", NULL", out);
    }
    fputs(", ", out);
    put_argv(e, in->args + k, fn->nfree);
    fprintf(out, ");\n    M.fn.%s = ", fn->cname);
    put_opd(e, in->dst);
    fputs(";\n", out);
}

static void emit_instr(Emit *e, const IrInstr *in, int next)
{
    FILE *out = e->out;
    announce_line(e, in->line);
    switch (in->op) {
    case IR_MOVE:
        put_assign_start(e, in->dst);
        put_opd(e, in->a);
        fputs(";\n", out);
        break;
    case IR_BINOP:
    case IR_INPLACE:
    case IR_COMPARE:
        put_assign_start(e, in->dst);
        if (in->op == IR_INPLACE)
            fprintf(out, "molt_inplace(%s, %s, ", binop_fn[in->sub], binop_const[in->sub]);
        else
            fprintf(out, "%s(", in->op == IR_COMPARE ? compare_fn[in->sub] : binop_fn[in->sub]);
        put_opd(e, in->a);
        fputs(", ", out);
        put_opd(e, in->b);
        fputs(");\n", out);
        put_check(e, in->dst, in->line);
        break;
    case IR_UNARY:
    case IR_NOT:
        put_assign_start(e, in->dst);
        fprintf(out, "%s(", in->op == IR_NOT ? "molt_not" : unary_fn[in->sub]);
        put_opd(e, in->a);
        fputs(");\n", out);
        put_check(e, in->dst, in->line);
        break;
    case IR_IS:
        put_assign_start(e, in->dst);
        fputs(in->sub ? "molt_is_not(" : "molt_is(", out);
        put_opd(e, in->a);
        fputs(", ", out);
        put_opd(e, in->b);
        fputs(");\n", out);
        break;
    case IR_CHECK_BOUND:
    case IR_DEL_LOCAL:
        fputs("    MOLT_CHECK_BOUND(", out);
        put_opd(e, in->a);
        fputs(", ", out);
        put_cstring(out, e->f->locals[in->a.index], strlen(e->f->locals[in->a.index]));
        fprintf(out, ", %d);\n", in->line);
        e->uses_error = 1;
        if (in->op == IR_DEL_LOCAL) {
            put_assign_start(e, in->a);
            fputs("MOLT_NULL;\n", out);
        }
        break;
    case IR_LOAD_GLOBAL:
    case IR_LOAD_BUILTIN:
        /* Builtins are cached in M.b at module init. */
        put_assign_start(e, in->dst);
        fputs("molt_load_global(", out);
        if (in->op == IR_LOAD_GLOBAL)
            put_global(e, in->name);
        else
            fputs("MOLT_NULL", out);
        fputs(", ", out);
        put_builtin(e, in->name);
        fputs(", ", out);
        put_cstring(out, in->name, strlen(in->name));
        fputs(");\n", out);
        put_check(e, in->dst, in->line);
        break;
    case IR_LOAD_NAME:
        /* the namespace first, then the global if the module has one */
        put_assign_start(e, in->dst);
        fputs("molt_load_name(", out);
        put_opd(e, in->a);
        fputs(", ", out);
        put_opd(e, in->b);
        fputs(", ", out);
        if (ir_global_find(e->m, in->name) >= 0)
            put_global(e, in->name);
        else
            fputs("MOLT_NULL", out);
        fputs(", ", out);
        put_builtin(e, in->name);
        fputs(", ", out);
        put_cstring(out, in->name, strlen(in->name));
        fputs(");\n", out);
        put_check(e, in->dst, in->line);
        break;
    case IR_STORE_GLOBAL:
        fputs("    ", out);
        put_global(e, in->name);
        fputs(" = ", out);
        put_opd(e, in->a);
        fputs(";\n", out);
        break;
    case IR_DEL_GLOBAL:
        fputs("    if (", out);
        put_global(e, in->name);
        fputs(" == MOLT_NULL) {\n        molt_err_name(", out);
        put_cstring(out, in->name, strlen(in->name));
        fprintf(out, ");\n        MOLT_ERROR(%d);\n    }\n    ", in->line);
        put_global(e, in->name);
        fputs(" = MOLT_NULL;\n", out);
        e->uses_error = 1;
        break;
    case IR_CALL:
        emit_call(e, in);
        break;
    case IR_MAKE_FUNCTION:
        emit_make_function(e, in);
        break;
    case IR_RAISE:
        fputs("    molt_raise_value(", out);
        put_opd(e, in->a);
        fprintf(out, ");\n    MOLT_ERROR(%d);\n", in->line);
        e->uses_error = 1;
        break;
    case IR_RERAISE: /* the pending exception goes on, its traceback as it is */
        fputs("    goto reraise;\n", out);
        e->uses_reraise = 1;
        break;
    case IR_RANGE_INIT:
        e->range_use[in->slot] = 1;
        fprintf(out, "    MOLT_CHECK_INT(molt_range_init(&r%d, ", in->slot);
        put_argv(e, in->args, in->nargs);
        fprintf(out, ", %d), %d);\n", in->nargs, in->line);
        e->uses_error = 1;
        break;
    case IR_RANGE_NEXT:
        e->range_use[in->slot] = 1;
        put_assign_start(e, in->dst);
        fprintf(out, "molt_range_next(&r%d);\n    if (", in->slot);
        put_opd(e, in->dst);
        fprintf(out, " == MOLT_STOP)\n        goto b%d;\n", in->target);
        put_check(e, in->dst, in->line);
        break;
    case IR_FOR_NEXT:
        put_assign_start(e, in->dst);
        fputs("molt_next(", out);
        put_opd(e, in->a);
        fputs(");\n    if (", out);
        put_opd(e, in->dst);
        fprintf(out, " == MOLT_STOP)\n        goto b%d;\n", in->target);
        put_check(e, in->dst, in->line);
        break;
    case IR_RT:
        emit_intrinsic(e, in);
        break;
    case IR_JUMP:
        if (is_back_edge(e, in->target)) {
            fprintf(out, "    MOLT_POLL(%d);\n", in->line);
            e->uses_error = 1;
        }
        put_goto(e, in->target, next);
        break;
    case IR_BRANCH: {
        int t;
        if (const_truth(e, in->a, &t)) {
            put_goto(e, t ? in->target : in->target2, next);
            break;
        }
        fputs("    truth = molt_truth(", out);
        put_opd(e, in->a);
        fputs(");\n", out);
        put_branch_tail(e, in, next);
        break;
    }
    case IR_RETURN:
        fputs("    molt_leave();\n    return ", out);
        put_opd(e, in->a);
        fputs(";\n", out);
        break;
    }
}

static int emit_body(Emit *e, const IrFunc *f, char **text, size_t *len);

/* `(void)x;` for each declared variable (and parameter) the body never
 * reads, so -Wunused-but-set-variable and -Wunused-parameter stay quiet. */
static void put_unread_uses(Emit *e, const IrFunc *f)
{
    for (int i = 0; i < f->ntemps; i++)
        if (e->temp_use[i] && !(e->temp_use[i] & 1))
            fprintf(e->out, "    (void)t%d;\n", i);
    for (int i = 0; i < f->nlocals; i++)
        if ((i < f->nparams || e->local_use[i]) && !(e->local_use[i] & 1)) {
            fputs("    (void)", e->out);
            put_name(e->out, f->locals[i]);
            fputs(";\n", e->out);
        }
}

/* ---- unboxed clones (plans from specialize.c) ----
 * `static int64_t f__int(int64_t n, int depth)`: the function over int64_t
 * and double. It never raises: where the boxed code could raise or leave
 * the small-int range, the clone returns MOLT_BAIL_INT (a float clone, the
 * NaN molt_bail_float()) and the boxed
 * version re-runs the call from the start (the clone has no effects). */

static const char *c_type(ValType t) { return t == VT_FLOAT ? "double" : t == VT_CBOOL ? "int" : "int64_t"; }

static ValType clone_type(const Emit *e, IrOpd o) { return spec_opd_type(e->m, e->f->spec, o); }

/* An unboxed operand; as a double when `as_double` and it is an int. */
static void put_clone_opd(Emit *e, IrOpd o, int as_double)
{
    if (as_double && clone_type(e, o) == VT_INT)
        fputs("(double)", e->out);
    if (o.kind == OPD_CONST) {
        const IrConst *c = &e->m->consts[o.index];
        if (c->kind == IRC_FLOAT) {
            put_double(e, c->d);
            return;
        }
        fprintf(e->out, "%lldLL", (long long)c->i);
        return;
    }
    put_opd(e, o);
}

static int small_const(const Emit *e, IrOpd o)
{
    if (o.kind != OPD_CONST || e->m->consts[o.index].kind != IRC_INT)
        return 0;
    int64_t c = e->m->consts[o.index].i;
    return c > -65536 && c < 65536;
}

static void put_clone_binop(Emit *e, const IrInstr *in)
{
    FILE *out = e->out;
    ValType rt = clone_type(e, in->dst);
    int dbl = rt == VT_FLOAT;
    static const char *const cop[] = { "+", "-", "*", "/" };
    /* A small int times a constant below 2^16 cannot overflow int64: only
     * the 48-bit range check is needed, as for + and -. */
    int small_factor = in->sub == MOLT_OP_MUL && (small_const(e, in->a) || small_const(e, in->b));
    if (dbl || (rt == VT_INT && (in->sub == MOLT_OP_ADD || in->sub == MOLT_OP_SUB || small_factor))) {
        if (in->sub == MOLT_OP_TRUEDIV) {
            fputs("    if (", out);
            put_clone_opd(e, in->b, 0);
            fputs(" == 0)\n        goto bail;\n", out);
        }
        put_assign_start(e, in->dst);
        put_clone_opd(e, in->a, dbl);
        fprintf(out, " %s ", cop[in->sub]);
        put_clone_opd(e, in->b, dbl);
        fputs(";\n", out);
        if (!dbl) {
            fputs("    if (!molt_int_fits(", out);
            put_opd(e, in->dst);
            fputs("))\n        goto bail;\n", out);
        }
        return;
    }
    const char *fn = NULL;
    switch (in->sub) {
    case MOLT_OP_MUL:
        fn = "molt_i64_mul";
        break;
    case MOLT_OP_LSHIFT:
        fn = "molt_i64_lshift";
        break;
    case MOLT_OP_FLOORDIV:
    case MOLT_OP_MOD:
    case MOLT_OP_RSHIFT:
        fputs("    if (", out);
        put_clone_opd(e, in->b, 0);
        fputs(
            in->sub == MOLT_OP_RSHIFT ? " < 0)\n        goto bail;\n" : " == 0)\n        goto bail;\n", out);
        put_assign_start(e, in->dst);
        fprintf(out, "%s(",
            in->sub == MOLT_OP_FLOORDIV  ? "molt_i64_floordiv"
                : in->sub == MOLT_OP_MOD ? "molt_i64_mod"
                                         : "molt_i64_rshift");
        put_clone_opd(e, in->a, 0);
        fputs(", ", out);
        put_clone_opd(e, in->b, 0);
        fputs(");\n", out);
        if (in->sub == MOLT_OP_FLOORDIV) { /* -2**47 // -1 */
            fputs("    if (!molt_int_fits(", out);
            put_opd(e, in->dst);
            fputs("))\n        goto bail;\n", out);
        }
        return;
    default: { /* & | ^ keep 48-bit values in range */
        const char *bop = in->sub == MOLT_OP_AND ? "&" : in->sub == MOLT_OP_OR ? "|" : "^";
        put_assign_start(e, in->dst);
        put_clone_opd(e, in->a, 0);
        fprintf(out, " %s ", bop);
        put_clone_opd(e, in->b, 0);
        fputs(";\n", out);
        return;
    }
    }
    /* molt_i64_mul / molt_i64_lshift: ok flag, result through a pointer */
    if (in->sub == MOLT_OP_LSHIFT) {
        fputs("    if (", out);
        put_clone_opd(e, in->b, 0);
        fputs(" < 0)\n        goto bail;\n", out);
    }
    fprintf(out, "    if (!%s(", fn);
    put_clone_opd(e, in->a, 0);
    fputs(", ", out);
    put_clone_opd(e, in->b, 0);
    fputs(", &", out);
    e->writing = 1;
    put_opd(e, in->dst);
    e->writing = 0;
    fputs("))\n        goto bail;\n", out);
}

static void put_truth_test(Emit *e, IrOpd o)
{
    put_clone_opd(e, o, 0);
    if (clone_type(e, o) == VT_FLOAT)
        fputs(" != 0.0", e->out);
}

/* `v == MOLT_BAIL_INT` or `molt_is_bail_float(v)` for a clone result of
 * type t held in v (OPD_NONE: the dispatcher's variable r). */
static void put_bail_test(Emit *e, ValType t, IrOpd v)
{
    if (t == VT_FLOAT)
        fputs("molt_is_bail_float(", e->out);
    if (v.kind == OPD_NONE)
        fputs("r", e->out);
    else
        put_opd(e, v);
    fputs(t == VT_FLOAT ? ")" : " == MOLT_BAIL_INT", e->out);
}

static void emit_clone_instr(Emit *e, const IrInstr *in, int next)
{
    FILE *out = e->out;
    announce_line(e, in->line);
    switch (in->op) {
    case IR_MOVE:
        put_assign_start(e, in->dst);
        put_clone_opd(e, in->a, 0);
        fputs(";\n", out);
        if (in->dst.kind == OPD_LOCAL && in->dst.index >= e->f->nparams) {
            fputs("    ", out);
            put_name(out, e->f->locals[in->dst.index]);
            fputs("__bound = 1;\n", out);
        }
        break;
    case IR_BINOP:
    case IR_INPLACE:
        put_clone_binop(e, in);
        break;
    case IR_UNARY:
        if (in->sub == IRU_NEG && clone_type(e, in->a) == VT_INT) {
            fputs("    if (", out);
            put_clone_opd(e, in->a, 0);
            fputs(" == MOLT_SMALL_MIN)\n        goto bail;\n", out);
        }
        put_assign_start(e, in->dst);
        fputs(in->sub == IRU_NEG ? "-(" : in->sub == IRU_INVERT ? "~(" : "(", out);
        put_clone_opd(e, in->a, 0); /* parenthesised: -(-1LL), not --1LL */
        fputs(");\n", out);
        break;
    case IR_COMPARE: {
        static const char *const cmp[] = { "<", "<=", "==", "!=", ">", ">=" };
        int dbl = clone_type(e, in->a) == VT_FLOAT || clone_type(e, in->b) == VT_FLOAT;
        put_assign_start(e, in->dst);
        put_clone_opd(e, in->a, dbl);
        fprintf(out, " %s ", cmp[in->sub]);
        put_clone_opd(e, in->b, dbl);
        fputs(";\n", out);
        break;
    }
    case IR_NOT:
        put_assign_start(e, in->dst);
        fputs("!(", out);
        put_truth_test(e, in->a);
        fputs(");\n", out);
        break;
    case IR_CHECK_BOUND:
        fputs("    if (!", out);
        put_name(out, e->f->locals[in->a.index]);
        fputs("__bound)\n        goto bail;\n", out);
        break;
    case IR_LOAD_GLOBAL: /* checked where it is called */
        break;
    case IR_CALL: {
        /* The callee name was checked when boxed code entered the clone. */
        const IrFunc *target = e->m->funcs[in->func];
        put_assign_start(e, in->dst);
        fprintf(out, "%s__int(", target->cname);
        for (int i = 0; i < in->nargs; i++) {
            put_clone_opd(e, in->args[i], 0);
            fputs(", ", out);
        }
        fputs("depth + 1);\n    if (", out);
        put_bail_test(e, target->spec->ret, in->dst);
        fputs(")\n        goto bail;\n", out);
        if (target->spec->ret == VT_INT) { /* clones return small ints */
            fputs("    MOLT_ASSUME(molt_int_fits(", out);
            put_opd(e, in->dst);
            fputs("));\n", out);
        }
        break;
    }
    case IR_RANGE_INIT: {
        static const char *const names[] = { "cur", "stop", "step" };
        e->range_use[in->slot] = 1;
        const char *vals[3][3] = { { "0", NULL, "1" }, { NULL, NULL, "1" }, { NULL, NULL, NULL } };
        int pos = in->nargs == 1 ? 1 : 0; /* range(stop) starts at 0 */
        for (int k = 0; k < 3; k++) {
            fprintf(out, "    r%d_%s = ", in->slot, names[k]);
            const char *fixed = vals[in->nargs - 1][k];
            if (fixed)
                fputs(fixed, out);
            else
                put_clone_opd(e, in->args[k - pos], 0);
            fputs(";\n", out);
        }
        fprintf(out, "    if (r%d_step == 0)\n        goto bail;\n", in->slot);
        break;
    }
    case IR_RANGE_NEXT:
        e->range_use[in->slot] = 1;
        fprintf(out, "    if (r%d_step > 0 ? r%d_cur >= r%d_stop : r%d_cur <= r%d_stop)\n        goto b%d;\n",
            in->slot, in->slot, in->slot, in->slot, in->slot, in->target);
        put_assign_start(e, in->dst);
        fprintf(out, "r%d_cur;\n    r%d_cur += r%d_step;\n", in->slot, in->slot, in->slot);
        break;
    case IR_JUMP:
        if (is_back_edge(e, in->target))
            fputs("    if (molt_signal_pending)\n        goto bail;\n", out);
        put_goto(e, in->target, next);
        break;
    case IR_BRANCH: {
        int t;
        if (const_truth(e, in->a, &t)) {
            put_goto(e, t ? in->target : in->target2, next);
            break;
        }
        if (in->target == next) {
            fputs("    if (!(", out);
            put_truth_test(e, in->a);
            fprintf(out, "))\n        goto b%d;\n", in->target2);
        } else {
            fputs("    if (", out);
            put_truth_test(e, in->a);
            fprintf(out, ")\n        goto b%d;\n", in->target);
            put_goto(e, in->target2, next);
        }
        break;
    }
    case IR_RETURN:
        fputs("    return ", out);
        put_clone_opd(e, in->a, 0);
        fputs(";\n", out);
        break;
    default: /* specialize.c admits nothing else */
        fprintf(out, "#error \"molt2c: instruction %d in an unboxed clone\"\n", (int)in->op);
        break;
    }
}

static void put_clone_signature(Emit *e, const IrFunc *f)
{
    fprintf(e->out, "static %s %s__int(", c_type(f->spec->ret), f->cname);
    for (int i = 0; i < f->nparams; i++) {
        fputs("int64_t ", e->out);
        put_name(e->out, f->locals[i]);
        fputs(", ", e->out);
    }
    fputs("int depth)", e->out);
}

static int emit_clone(Emit *e, const IrFunc *f)
{
    FILE *out = e->out;
    const IrSpec *s = f->spec;
    e->f = f;
    e->clone = 1;
    e->last_line = 0;
    char *body;
    size_t len;
    e->temp_use = calloc((size_t)f->ntemps + 1, 1);
    e->local_use = calloc((size_t)f->nlocals + 1, 1);

    int rc = e->temp_use && e->local_use ? emit_body(e, f, &body, &len) : -1;
    e->clone = 0;
    if (rc < 0) {
        free(e->temp_use);
        free(e->local_use);
        return -1;
    }
    fprintf(out,
        "/* def %s, unboxed for small-int arguments (see molt2c's specialize.c): gives up,\n"
        " * returning the bail value, where boxed code would raise or leave the small ints. */\n",
        f->qualname);
    put_clone_signature(e, f);
    fputs("\n{\n", out);
    for (int i = 0; i < f->ntemps; i++)
        if (e->temp_use[i])
            fprintf(out, "    %s t%d = 0;\n", c_type(s->temps[i]), i);
    for (int i = f->nparams; i < f->nlocals; i++) {
        if (!e->local_use[i])
            continue;
        fprintf(out, "    %s ", c_type(s->locals[i]));
        put_name(out, f->locals[i]);
        fputs(" = 0;\n    int ", out);
        put_name(out, f->locals[i]);
        fputs("__bound = 0;\n", out);
    }
    for (int i = 0; i < f->nranges; i++)
        if (e->range_use[i])
            fprintf(out, "    int64_t r%d_cur, r%d_stop, r%d_step;\n", i, i, i);
    put_unread_uses(e, f);
    for (int i = f->nparams; i < f->nlocals; i++)
        if (e->local_use[i]) {
            fputs("    (void)", out);
            put_name(out, f->locals[i]);
            fputs("__bound;\n", out);
        }
    free(e->temp_use);
    free(e->local_use);
    /* Arguments are small ints: knowing it lets the C compiler drop range
     * checks it can prove (n - 1 after n >= 2). */
    for (int i = 0; i < f->nparams; i++) {
        fputs("    MOLT_ASSUME(molt_int_fits(", out);
        put_name(out, f->locals[i]);
        fputs("));\n", out);
    }
    /* depth is this call's frame depth; molt_enter_limit is the recursion
     * limit, or -1 while a signal is pending. */
    fputs("\n    if (depth > molt_enter_limit)\n        goto bail;\n", out);
    fwrite(body, 1, len, out);
    fprintf(out, "bail:\n    return %s;\n", f->spec->ret == VT_FLOAT ? "molt_bail_float()" : "MOLT_BAIL_INT");
    free(body);
    fputs("}\n\n", out);
    return 0;
}

/* At the top of a boxed function with a clone: try the clone when every
 * argument is a small int, unless it gave up too often already. */
static void emit_clone_dispatch(Emit *e, const IrFunc *f)
{
    FILE *out = e->out;
    fputs("    if (", out);
    for (int i = 0; i < f->nparams; i++) {
        fputs("molt_is_int(", out);
        put_name(out, f->locals[i]);
        fputs(") && ", out);
    }
    fprintf(out, "%s__bails < MOLT_SPEC_MAX_BAILS", f->cname);
    /* Every function the clone may reach must still be bound to its name. */
    for (int i = 0; i < f->spec->nguards; i++) {
        const char *fn = e->m->funcs[f->spec->guards[i].func]->cname;
        fprintf(out, "\n        && M.fn.%s != MOLT_NULL && ", fn);
        put_global(e, f->spec->guards[i].name);
        fprintf(out, " == M.fn.%s", fn);
    }
    fprintf(out, ") {\n        %s r = %s__int(", c_type(f->spec->ret), f->cname);
    for (int i = 0; i < f->nparams; i++) {
        fputs("molt_int_value(", out);
        put_name(out, f->locals[i]);
        fputs("), ", out);
    }
    fputs("molt_recursion_depth + 1);\n        if (MOLT_LIKELY(!(", out);
    put_bail_test(e, f->spec->ret, (IrOpd) { OPD_NONE, 0 });
    fprintf(out, ")))\n            return %s(r);\n        %s__bails++;\n    }\n",
        f->spec->ret == VT_FLOAT ? "molt_from_double" : "molt_from_int", f->cname);
}

/* ---- functions ---- */

/* Mark the blocks reachable from block 0 (a worklist, not recursion: a
 * function may have a very long chain of blocks). */
static void mark_reachable(Emit *e)
{
    const IrFunc *f = e->f;
    int *work = malloc(sizeof *work * ((size_t)f->nblocks + 1));
    if (!work)
        abort();
    int n = 0;
    work[n++] = 0;
    e->reachable[0] = 1;
    while (n > 0) {
        const IrBlock *blk = &f->blocks[work[--n]];
        if (blk->exc_target >= 0 && !e->reachable[blk->exc_target]) {
            e->reachable[blk->exc_target] = 1;
            work[n++] = blk->exc_target;
        }
        for (int i = 0; i < blk->ninstrs; i++) {
            const IrInstr *in = &blk->instrs[i];
            int targets[2] = { -1, -1 };
            if (in->op == IR_JUMP || in->op == IR_BRANCH || in->op == IR_RANGE_NEXT || in->op == IR_FOR_NEXT)
                targets[0] = in->target;
            if (in->op == IR_BRANCH)
                targets[1] = in->target2;
            for (int t = 0; t < 2; t++)
                if (targets[t] >= 0 && !e->reachable[targets[t]]) {
                    e->reachable[targets[t]] = 1;
                    work[n++] = targets[t];
                }
        }
    }
    free(work);
}

static void count_refs(Emit *e, int b, int next_in_layout)
{
    const IrBlock *blk = &e->f->blocks[b];
    if (blk->exc_target >= 0)
        e->refs[blk->exc_target]++;
    for (int i = 0; i < blk->ninstrs; i++) {
        const IrInstr *in = &blk->instrs[i];
        int t;
        if (in->op == IR_RANGE_NEXT || in->op == IR_FOR_NEXT)
            e->refs[in->target]++;
        else if (in->op == IR_JUMP && in->target != next_in_layout)
            e->refs[in->target]++;
        else if (in->op == IR_BRANCH && const_truth(e, in->a, &t)) {
            int target = t ? in->target : in->target2;
            if (target != next_in_layout)
                e->refs[target]++;
        } else if (in->op == IR_BRANCH) {
            /* As put_branch_tail writes it: `if (!c) goto F` when T comes
             * next, else `if (c) goto T` and `goto F` unless F comes next. */
            if (in->target == next_in_layout) {
                e->refs[in->target2]++;
            } else {
                e->refs[in->target]++;
                if (in->target2 != next_in_layout)
                    e->refs[in->target2]++;
            }
        }
    }
}

static void put_signature(Emit *e, const IrFunc *f)
{
    fprintf(e->out, "static MoltValue %s(", f->cname);
    if (f->nparams == 0 && f->nfree == 0)
        fputs("void", e->out);
    /* A closure's direct entry takes its function object, for the cells. */
    if (f->nfree)
        fputs(f->nparams ? "MoltValue self, " : "MoltValue self", e->out);
    for (int i = 0; i < f->nparams; i++) {
        fputs(i ? ", MoltValue " : "MoltValue ", e->out);
        put_name(e->out, f->locals[i]);
    }
    fputc(')', e->out);
}

/* The body of f, without its declarations (they depend on what the body
 * uses, so the body is written to memory first). */
static int emit_body(Emit *e, const IrFunc *f, char **text, size_t *len)
{
    FILE *saved = e->out;
    e->out = open_memstream(text, len);
    if (!e->out) {
        e->out = saved;
        return -1;
    }
    int *order = calloc((size_t)f->nblocks + 1, sizeof *order);
    free(e->range_use);
    e->range_use = calloc((size_t)f->nranges + 1, 1);
    e->reachable = calloc((size_t)f->nblocks + 1, 1);
    free(e->is_handler);
    e->is_handler = calloc((size_t)f->nblocks + 1, 1);
    e->refs = calloc((size_t)f->nblocks + 1, sizeof *e->refs);
    int n = ir_block_order(f, order);
    mark_reachable(e);
    /* Layout: reachable blocks in source order. */
    int nl = 0;
    for (int k = 0; k < n; k++)
        if (e->reachable[order[k]])
            order[nl++] = order[k];
    for (int k = 0; k < nl; k++)
        count_refs(e, order[k], k + 1 < nl ? order[k + 1] : -1);
    e->pos = malloc(sizeof *e->pos * ((size_t)f->nblocks + 1));
    for (int b = 0; b < f->nblocks; b++)
        e->pos[b] = -1;
    for (int k = 0; k < nl; k++)
        e->pos[order[k]] = k;
    for (int k = 0; k < nl; k++) {
        int b = order[k], next = k + 1 < nl ? order[k + 1] : -1;
        e->cur_pos = k;
        if (e->refs[b])
            fprintf(e->out, "b%d:\n", b);
        const IrBlock *blk = &f->blocks[b];
        if (blk->exc_target >= 0 && e->is_handler)
            e->is_handler[blk->exc_target] = 1;
        if (e->handlers && !e->clone)
            fprintf(e->out, "    eh = %d; /* exceptions go to %s */\n", blk->exc_target,
                blk->exc_target >= 0 ? "a handler" : "the caller");
        for (int i = 0; i < blk->ninstrs; i++) {
            if (e->clone)
                emit_clone_instr(e, &blk->instrs[i], next);
            else if (i + 1 < blk->ninstrs && emit_fused_branch(e, &blk->instrs[i], &blk->instrs[i + 1], next))
                i++;
            else
                emit_instr(e, &blk->instrs[i], next);
        }
    }
    free(order);
    free(e->reachable);
    free(e->refs);
    free(e->pos);
    int rc = fclose(e->out);
    e->out = saved;
    return rc == 0 ? 0 : -1;
}

/* From the error exit to the handler of the block that failed (`eh`). */
static void put_handler_dispatch(Emit *e, const IrFunc *f)
{
    fputs("    switch (eh) {\n", e->out);
    for (int h = 0; h < f->nblocks; h++)
        if (e->is_handler[h])
            fprintf(e->out, "    case %d:\n        goto b%d;\n", h, h);
    fputs("    }\n", e->out);
}

/* Position of local `name` among f's free variables, or -1. */
static int free_index(const IrFunc *f, const char *name)
{
    for (int i = 0; i < f->nfree; i++)
        if (strcmp(f->free[i], name) == 0)
            return i;
    return -1;
}

static int emit_function(Emit *e, const IrFunc *f, int is_body)
{
    FILE *out = e->out;
    e->f = f;
    e->last_line = 0;
    e->uses_error = e->uses_truth = e->uses_reraise = 0;
    e->handlers = 0;
    for (int b = 0; b < f->nblocks; b++)
        if (f->blocks[b].exc_target >= 0)
            e->handlers = 1;
    char *body;
    size_t len;
    e->temp_use = calloc((size_t)f->ntemps + 1, 1);
    e->local_use = calloc((size_t)f->nlocals + 1, 1);
    free(e->is_handler);
    e->is_handler = calloc((size_t)f->nblocks + 1, 1);
    if (!e->temp_use || !e->local_use || emit_body(e, f, &body, &len) < 0) {
        free(e->temp_use);
        free(e->local_use);
        return -1;
    }

    if (is_body) {
        if (e->uses_error) /* a body that cannot fail needs no description */
            put_code(e, f);
        fputs("/* The module body: runs the top-level statements of ", out);
        put_comment_text(out, e->m->file, strlen(e->m->file));
        fprintf(out, ". */\nMoltValue %s(void)\n{\n", f->cname);
    } else {
        fprintf(out, "/* def %s (line %d) */\n", f->qualname, f->lineno);
        put_signature(e, f);
        fputs("\n{\n", out);
    }
    int ndeclared = 0;
    for (int i = 0; i < f->ntemps; i++)
        if (e->temp_use[i]) { /* six to a line */
            const char *sep = ndeclared == 0 ? "    MoltValue"
                : ndeclared % 6 == 0         ? ",\n             "
                                             : ",";
            fprintf(out, "%s t%d = MOLT_NULL", sep, i);
            ndeclared++;
        }
    if (ndeclared)
        fputs(";\n", out);
    int self_used = 0;
    for (int i = f->nparams; i < f->nlocals; i++) {
        int free = free_index(f, f->locals[i]);
        if (!e->local_use[i])
            continue;
        fputs("    MoltValue ", out);
        put_name(out, f->locals[i]);
        if (free >= 0) {
            fprintf(out, " = molt_closure_cell(self, %d); /* free: its cell */\n", free);
            self_used = 1;
        } else
            fputs(" = MOLT_NULL; /* local */\n", out);
    }
    for (int i = 0; i < f->nranges; i++)
        if (e->range_use[i])
            fprintf(out, "    MoltRange r%d;\n", i);
    if (e->uses_truth)
        fputs("    int truth;\n", out);
    if (e->uses_error)
        fputs("    int lineno;\n", out);
    if (e->handlers)
        fputs("    int eh = -1; /* the block handling exceptions raised now */\n", out);
    if (f->nfree && !self_used && !is_body) /* free variables it never reads */
        fputs("    (void)self;\n", out);
    put_unread_uses(e, f);
    free(e->temp_use);
    free(e->local_use);
    fputs("\n", out);
    if (f->spec)
        emit_clone_dispatch(e, f);
    /* Past the recursion limit CPython shows no frame for the call that
     * failed to start, so neither do we: no traceback entry here. */
    fputs("    if (MOLT_UNLIKELY(molt_enter() < 0))\n        return MOLT_NULL;\n", out);
    if (is_body)
        fputs("    molt_module_init();\n", out);
    fwrite(body, 1, len, out);
    free(body);
    if (e->uses_error)
        fprintf(out, "error:\n    molt_tb_add(&%s__code, lineno);\n", f->cname);
    if (e->uses_reraise)
        fputs("reraise:\n", out);
    if (e->uses_error || e->uses_reraise) {
        if (e->handlers)
            put_handler_dispatch(e, f);
        fputs("    molt_leave();\n    return MOLT_NULL;\n", out);
    }
    fputs("}\n\n", out);
    return 0;
}

/* The generic entry the runtime calls with bound arguments. */
static void emit_entry(Emit *e, const IrFunc *f)
{
    FILE *out = e->out;
    fprintf(out, "static MoltValue %s__entry(MoltValue self, const MoltValue *args)\n{\n", f->cname);
    if (f->nfree == 0)
        fputs("    (void)self;\n", out);
    if (f->nparams == 0)
        fputs("    (void)args;\n", out);
    fprintf(out, "    return %s(%s", f->cname, f->nfree ? "self" : "");
    for (int i = 0; i < f->nparams; i++)
        fprintf(out, "%sargs[%d]", i || f->nfree ? ", " : "", i);
    fputs(");\n}\n\n", out);
}

/* ---- the module ---- */

/* Inline caches the module's intrinsics need (an upper bound: sites in
 * unreachable blocks are counted but never emitted). */
static int count_caches(const IrModule *m)
{
    int n = 0;
    for (int fi = 0; fi < m->nfuncs; fi++)
        for (int b = 0; b < m->funcs[fi]->nblocks; b++) {
            const IrBlock *blk = &m->funcs[fi]->blocks[b];
            for (int i = 0; i < blk->ninstrs; i++)
                if (blk->instrs[i].op == IR_RT && (rt_info[blk->instrs[i].sub].flags & RTF_CACHE))
                    n++;
        }
    return n;
}

static void emit_state(Emit *e)
{
    const IrModule *m = e->m;
    FILE *out = e->out;
    fputs("/* Module state: globals, heap constants and function objects. It is\n"
          " * registered as a GC root, because memory libtcc allocates is not scanned. */\n"
          "static struct {\n    struct {\n",
        out);
    for (int i = 0; i < m->nglobals; i++) {
        fputs("        MoltValue ", out);
        put_name(out, m->globals[i]);
        fputs(";\n", out);
    }
    if (m->nglobals == 0)
        fputs("        MoltValue unused_;\n", out);
    fputs("    } g; /* module globals, MOLT_NULL while unbound */\n", out);
    fputs("    struct {\n", out);
    for (int i = 1; i < m->nfuncs; i++)
        fprintf(out, "        MoltValue %s;\n", m->funcs[i]->cname);
    if (m->nfuncs == 1)
        fputs("        MoltValue unused_;\n", out);
    fputs("    } fn; /* the function object each def last created */\n", out);
    fputs("    struct {\n        MoltValue unused_;\n", out);
    for_each_builtin_name(e, declare_builtin);
    fputs("    } b; /* builtins this module may use, MOLT_NULL if none by that name */\n", out);
    for (int i = 0; i < m->nconsts; i++) {
        const IrConst *c = &m->consts[i];
        if (c->kind != IRC_STR && c->kind != IRC_BYTES && c->kind != IRC_BIGINT && c->kind != IRC_KWNAMES)
            continue;
        fprintf(out, "    MoltValue k%d; /* ", i);
        if (c->kind == IRC_STR || c->kind == IRC_BYTES) {
            if (c->kind == IRC_BYTES)
                fputc('b', out);
            fputc('\'', out);
            put_comment_chars(out, c->s, c->len > 60 ? 60 : c->len, c->kind == IRC_BYTES);
            fputs(c->len > 60 ? "...'" : "'", out);
        } else if (c->kind == IRC_BIGINT) {
            size_t n = strlen(c->s);
            put_comment_text(out, c->s, n > 60 ? 60 : n);
            if (n > 60)
                fputs("...", out);
        } else {
            fputs("keywords:", out);
            for (int j = 0; j < c->n; j++)
                fprintf(out, " %s", c->names[j]);
        }
        fputs(" */\n", out);
    }
    int ncaches = count_caches(m);
    if (ncaches)
        fprintf(out, "    MoltCache c[%d]; /* inline caches, one per site */\n", ncaches);
    fputs("} M;\n\n", out);
}

static void emit_descriptions(Emit *e)
{
    const IrModule *m = e->m;
    FILE *out = e->out;
    for (int i = 1; i < m->nfuncs; i++) {
        const IrFunc *f = m->funcs[i];
        put_code(e, f);
        put_signature(e, f);
        fputs(";\n", out);
        fprintf(out, "static MoltValue %s__entry(MoltValue self, const MoltValue *args);\n", f->cname);
        if (f->nparams) {
            fprintf(out, "static const char *const %s__params[] = { ", f->cname);
            for (int p = 0; p < f->nparams; p++) {
                if (p)
                    fputs(", ", out);
                put_cstring(out, f->locals[p], strlen(f->locals[p]));
            }
            fputs(" };\n", out);
        }
        if (f->spec) {
            put_clone_signature(e, f);
            fprintf(out, ";\nstatic int %s__bails; /* times the clone gave up */\n", f->cname);
        }
        fprintf(out, "static const MoltFuncDef %s__def = { ", f->cname);
        put_cstring(out, f->name, strlen(f->name));
        fputs(", ", out);
        put_cstring(out, f->qualname, strlen(f->qualname));
        fprintf(out, ", %d, %d, %d, %d, ", ir_argcount(f), f->posonly, f->kwonly, f->flags);
        if (f->nparams)
            fprintf(out, "%s__params", f->cname);
        else
            fputs("NULL", out);
        fprintf(out, ", %s__entry, &%s__code, ", f->cname, f->cname);
        if (f->doc >= 0) {
            const IrConst *doc = &m->consts[f->doc];
            put_cstring(out, doc->s, doc->len);
            fprintf(out, ", %zu", doc->len);
        } else {
            fputs("NULL, 0", out);
        }
        fprintf(out, ", %d };\n\n", f->nfree);
    }
}

/* molt_module_init: registers M as roots and builds the heap constants. */
static void emit_init(Emit *e)
{
    const IrModule *m = e->m;
    FILE *out = e->out;
    fputs("static void molt_module_init(void)\n{\n    molt_register_roots(&M, sizeof M);\n", out);
    for_each_builtin_name(e, init_builtin);
    for (int i = 0; i < m->nconsts; i++) {
        const IrConst *c = &m->consts[i];
        switch (c->kind) {
        case IRC_STR:
            fprintf(out, "    M.k%d = molt_str_from_utf8(", i);
            put_cstring(out, c->s, c->len);
            fprintf(out, ", %zu);\n", c->len);
            break;
        case IRC_BYTES:
            fprintf(out, "    M.k%d = molt_bytes_from_data(", i);
            put_cstring(out, c->s, c->len);
            fprintf(out, ", %zu);\n", c->len);
            break;
        case IRC_BIGINT:
            if (c->s[0] == '-')
                fprintf(out, "    M.k%d = molt_neg(molt_int_from_digits(\"%s\", 10));\n", i, c->s + 1);
            else
                fprintf(out, "    M.k%d = molt_int_from_digits(\"%s\", 10);\n", i, c->s);
            break;
        case IRC_KWNAMES:
            fprintf(out, "    M.k%d = molt_tuple_new(%d, (MoltValue[]){ ", i, c->n);
            for (int j = 0; j < c->n; j++) {
                fputs(j ? ", molt_str_from_cstr(" : "molt_str_from_cstr(", out);
                put_cstring(out, c->names[j], strlen(c->names[j]));
                fputc(')', out);
            }
            fputs(" });\n", out);
            break;
        default:
            break;
        }
    }
    fputs("}\n\n", out);
}

int emit_c_module(FILE *out, const IrModule *m, const EmitOptions *opt)
{
    Emit e = { 0 };
    e.out = out;
    e.m = m;
    e.opt = opt;
    index_lines(&e);
    fputs("/* Generated by molt2c from ", out);
    put_comment_text(out, m->file, strlen(m->file));
    fputs(". Edit the Python source, not this file. */\n", out);
    fputs("#include <molt/molt.h>\n\n", out);
    emit_state(&e);
    emit_descriptions(&e);
    emit_init(&e);
    for (int i = 1; i < m->nfuncs; i++) {
        if (m->funcs[i]->spec && emit_clone(&e, m->funcs[i]) < 0)
            return -1;
        if (emit_function(&e, m->funcs[i], 0) < 0)
            return -1;
        emit_entry(&e, m->funcs[i]);
    }
    if (emit_function(&e, m->funcs[0], 1) < 0)
        return -1;
    fprintf(out,
        "#ifndef MOLT_NO_MAIN\nint main(int argc, char **argv)\n{\n    MOLT_GC_INIT();\n"
        "    return molt_main(argc, argv, %s);\n}\n#endif\n",
        m->funcs[0]->cname);
    free(e.line_start);
    free(e.range_use);
    free(e.is_handler);
    return ferror(out) ? -1 : 0;
}
