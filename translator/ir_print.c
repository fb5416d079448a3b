/* Molt IR: the textual form printed by `molt2c ir` and read back by
 * ir_read.c (grammar in docs/ir.md). The text is complete: reading it
 * gives back the same module, with blocks opened in the order printed. */
#include "ir.h"

#include <inttypes.h>
#include <string.h>

#include <molt/object.h>

static const char *const binop_names[] = {
    "add",
    "sub",
    "mul",
    "truediv",
    "floordiv",
    "mod",
    "pow",
    "lshift",
    "rshift",
    "and",
    "or",
    "xor",
    "matmul",
};
static const char *const compare_names[] = { "lt", "le", "eq", "ne", "gt", "ge" };
static const char *const unary_names[] = { "neg", "pos", "invert" };

const char *ir_binop_name(int op) { return binop_names[op]; }
const char *ir_compare_name(int op) { return compare_names[op]; }
const char *ir_unary_name(int op) { return unary_names[op]; }

/* The tables cover the operator enums (a negative array size otherwise). */
typedef char binop_names_complete[sizeof binop_names / sizeof *binop_names == MOLT_OP_MATMUL + 1 ? 1 : -1];
typedef char compare_names_complete[sizeof compare_names / sizeof *compare_names == MOLT_GE + 1 ? 1 : -1];
typedef char unary_names_complete[sizeof unary_names / sizeof *unary_names == IRU_INVERT + 1 ? 1 : -1];

const char *ir_qualname_tail(const char *qualname)
{
    const char *dot = strrchr(qualname, '.');
    return dot ? dot + 1 : qualname;
}

/* A string with C/Python-style escapes for non-printable bytes (and for
 * bytes above 0x7f when raw is set: bytes constants are not UTF-8). */
static void print_quoted_bytes(FILE *out, const char *s, size_t len, int raw)
{
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c < 0x20 || c == 0x7f || (raw && c > 0x7f))
            fprintf(out, "\\x%02x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

static void print_quoted(FILE *out, const char *s, size_t len) { print_quoted_bytes(out, s, len, 0); }

static void print_const(FILE *out, const IrConst *c)
{
    switch (c->kind) {
    case IRC_NONE:
        fputs("None", out);
        break;
    case IRC_TRUE:
        fputs("True", out);
        break;
    case IRC_FALSE:
        fputs("False", out);
        break;
    case IRC_ELLIPSIS:
        fputs("Ellipsis", out);
        break;
    case IRC_INT:
        fprintf(out, "int %" PRId64, c->i);
        break;
    case IRC_BIGINT:
        fprintf(out, "bigint %s", c->s);
        break;
    case IRC_FLOAT:
        fprintf(out, "float %a", c->d);
        break;
    case IRC_STR:
        fputs("str ", out);
        print_quoted(out, c->s, c->len);
        break;
    case IRC_BYTES:
        fputs("bytes ", out);
        print_quoted_bytes(out, c->s, c->len, 1);
        break;
    case IRC_KWNAMES:
        fputs("kwnames (", out);
        for (int i = 0; i < c->n; i++) {
            if (i)
                fputs(", ", out);
            fprintf(out, "%s", c->names[i]);
        }
        fputc(')', out);
        break;
    }
}

static void print_opd(FILE *out, const IrFunc *f, IrOpd o)
{
    switch (o.kind) {
    case OPD_NONE:
        fputs("_", out);
        break;
    case OPD_TEMP:
        fprintf(out, "t%d", o.index);
        break;
    case OPD_LOCAL:
        fprintf(out, "%%%s", f->locals[o.index]);
        break;
    case OPD_CONST:
        fprintf(out, "k%d", o.index);
        break;
    }
}

static void print_args(FILE *out, const IrFunc *f, const IrInstr *in)
{
    fputc('(', out);
    for (int i = 0; i < in->nargs; i++) {
        if (i)
            fputs(", ", out);
        print_opd(out, f, in->args[i]);
    }
    fputc(')', out);
}

static void print_instr(FILE *out, const IrModule *m, const IrFunc *f, const IrInstr *in)
{
    fputs("    ", out);
    if (in->dst.kind != OPD_NONE) {
        print_opd(out, f, in->dst);
        fputs(" = ", out);
    }
    switch (in->op) {
    case IR_MOVE:
        print_opd(out, f, in->a);
        break;
    case IR_BINOP:
    case IR_INPLACE:
        fprintf(out, "%s%s ", in->op == IR_INPLACE ? "i" : "", binop_names[in->sub]);
        print_opd(out, f, in->a);
        fputs(", ", out);
        print_opd(out, f, in->b);
        break;
    case IR_UNARY:
        fprintf(out, "%s ", unary_names[in->sub]);
        print_opd(out, f, in->a);
        break;
    case IR_COMPARE:
        fprintf(out, "%s ", compare_names[in->sub]);
        print_opd(out, f, in->a);
        fputs(", ", out);
        print_opd(out, f, in->b);
        break;
    case IR_IS:
        fputs(in->sub ? "is_not " : "is ", out);
        print_opd(out, f, in->a);
        fputs(", ", out);
        print_opd(out, f, in->b);
        break;
    case IR_NOT:
        fputs("not ", out);
        print_opd(out, f, in->a);
        break;
    case IR_CHECK_BOUND:
        fputs("check_bound ", out);
        print_opd(out, f, in->a);
        break;
    case IR_DEL_LOCAL:
        fputs("del_local ", out);
        print_opd(out, f, in->a);
        break;
    case IR_LOAD_GLOBAL:
        fprintf(out, "load_global %s", in->name);
        break;
    case IR_LOAD_BUILTIN:
        fprintf(out, "load_builtin %s", in->name);
        break;
    case IR_LOAD_NAME:
        fprintf(out, "load_name %s, ", in->name);
        print_opd(out, f, in->a);
        fputs(", ", out);
        print_opd(out, f, in->b);
        break;
    case IR_STORE_GLOBAL:
        fprintf(out, "store_global %s, ", in->name);
        print_opd(out, f, in->a);
        break;
    case IR_DEL_GLOBAL:
        fprintf(out, "del_global %s", in->name);
        break;
    case IR_CALL:
        fputs("call ", out);
        print_opd(out, f, in->a);
        print_args(out, f, in);
        if (in->b.kind != OPD_NONE) {
            fputs(" kw ", out);
            print_opd(out, f, in->b);
        }
        if (in->func >= 0)
            fprintf(out, " direct f%d", in->func);
        break;
    case IR_MAKE_FUNCTION:
        fprintf(out, "make_function f%d ", in->func);
        print_args(out, f, in);
        break;
    case IR_RAISE:
        fputs("raise ", out);
        print_opd(out, f, in->a);
        break;
    case IR_RERAISE:
        fputs("reraise", out);
        break;
    case IR_RANGE_INIT:
        fprintf(out, "range_init r%d ", in->slot);
        print_args(out, f, in);
        break;
    case IR_RANGE_NEXT:
        fprintf(out, "range_next r%d else b%d", in->slot, in->target);
        break;
    case IR_FOR_NEXT:
        fputs("for_next ", out);
        print_opd(out, f, in->a);
        fprintf(out, " else b%d", in->target);
        break;
    case IR_RT:
        fprintf(out, "rt %s", rt_info[in->sub].name);
        print_args(out, f, in);
        break;
    case IR_JUMP:
        fprintf(out, "jump b%d", in->target);
        break;
    case IR_BRANCH:
        fputs("branch ", out);
        print_opd(out, f, in->a);
        fprintf(out, ", b%d, b%d", in->target, in->target2);
        break;
    case IR_RETURN:
        fputs("return ", out);
        print_opd(out, f, in->a);
        break;
    }
    (void)m;
    fprintf(out, "  ; line %d\n", in->line);
}

/* The optional attributes of a function header beyond plain parameters:
 * `posonly N kwonly N varargs varkw kwdefaults 0101 free x y doc kN`. */
static void print_signature(FILE *out, const IrFunc *f)
{
    if (f->posonly)
        fprintf(out, " posonly %d", f->posonly);
    if (f->kwonly)
        fprintf(out, " kwonly %d", f->kwonly);
    if (f->flags & IRF_VARARGS)
        fputs(" varargs", out);
    if (f->flags & IRF_VARKW)
        fputs(" varkw", out);
    if (f->nkwdefaults) {
        fputs(" kwdefaults ", out);
        for (int i = 0; i < f->kwonly; i++)
            fputc(f->kwdefault[i] ? '1' : '0', out);
    }
    if (f->nfree) {
        fputs(" free", out);
        for (int i = 0; i < f->nfree; i++)
            fprintf(out, " %%%s", f->free[i]);
    }
    if (f->doc >= 0)
        fprintf(out, " doc k%d", f->doc);
}

void ir_print(FILE *out, const IrModule *m)
{
    fprintf(out, "module %s file ", m->name);
    print_quoted(out, m->file, strlen(m->file));
    fprintf(out, " cname %s\n", m->cname);
    for (int i = 0; i < m->nconsts; i++) {
        fprintf(out, "const k%d = ", i);
        print_const(out, &m->consts[i]);
        fputc('\n', out);
    }
    for (int i = 0; i < m->nglobals; i++)
        fprintf(out, "global %s\n", m->globals[i]);
    for (int fi = 0; fi < m->nfuncs; fi++) {
        const IrFunc *f = m->funcs[fi];
        fprintf(out, "\nfunc f%d %s(", fi, f->qualname);
        for (int i = 0; i < f->nparams; i++)
            fprintf(out, "%s%%%s", i ? ", " : "", f->locals[i]);
        fprintf(out, ") line %d defaults %d cname %s", f->lineno, f->ndefaults, f->cname);
        if (strcmp(f->name, ir_qualname_tail(f->qualname)) != 0)
            fprintf(out, " name %s", f->name);
        print_signature(out, f);
        fputs(" {\n", out);
        fputs("    locals", out);
        for (int i = f->nparams; i < f->nlocals; i++)
            fprintf(out, " %%%s", f->locals[i]);
        fprintf(out, "\n    temps %d ranges %d blocks %d\n", f->ntemps, f->nranges, f->nblocks);
        int order[f->nblocks + 1];
        int nb = ir_block_order(f, order);
        for (int k = 0; k < nb; k++) {
            int b = order[k];
            const IrBlock *blk = &f->blocks[b];
            fprintf(out, "  b%d:", b);
            if (blk->exc_target >= 0)
                fprintf(out, "  except b%d", blk->exc_target);
            fputc('\n', out);
            for (int i = 0; i < blk->ninstrs; i++)
                print_instr(out, m, f, &blk->instrs[i]);
        }
        fputs("}\n", out);
    }
}
