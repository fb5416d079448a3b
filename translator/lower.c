/* Lowering: AST + symbol table -> Molt IR.
 *
 * Each function (and the module body) becomes an IrFunc. Statements append
 * instructions to the current block; control flow opens new blocks. An
 * expression lowers to an operand: a constant, a local, or a fresh
 * temporary holding its value. Python evaluation order is kept exactly:
 * operands left to right, each evaluated once.
 *
 * Constructs outside the supported subset are refused with a diagnostic
 * naming the construct (never lowered to something approximate).
 */
#include "lower_int.h"

#include "cname.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <molt/object.h>

/* ---- errors ---- */

IrOpd unsupported(Lower *l, int lineno, int col, const char *what)
{
    diag_set(l->diag, DIAG_UNSUPPORTED, "", lineno, col, "%s is not supported by molt2c yet", what);
    return NO_OPD;
}

int failed(Lower *l) { return l->diag->kind != DIAG_NONE; }

static const char *stmt_name(enum _stmt_kind k)
{
    switch (k) {
    case AsyncFunctionDef_kind:
        return "'async def'";
    case ClassDef_kind:
        return "'class' definition";
    case AnnAssign_kind:
        return "annotated assignment";
    case AsyncFor_kind:
        return "'async for'";
    case With_kind:
        return "'with' statement";
    case AsyncWith_kind:
        return "'async with'";
    case Match_kind:
        return "'match' statement";
    case Try_kind:
        return "'try' statement";
    case TryStar_kind:
        return "'try' with 'except*'";
    case Import_kind:
    case ImportFrom_kind:
        return "'import'";
    case Nonlocal_kind:
        return "'nonlocal'";
    default:
        return "this statement";
    }
}

static const char *expr_name(enum _expr_kind k)
{
    switch (k) {
    case Lambda_kind:
        return "'lambda'";
    case Dict_kind:
        return "dict display";
    case Set_kind:
        return "set display";
    case ListComp_kind:
        return "list comprehension";
    case SetComp_kind:
        return "set comprehension";
    case DictComp_kind:
        return "dict comprehension";
    case GeneratorExp_kind:
        return "generator expression";
    case Await_kind:
        return "'await'";
    case Yield_kind:
    case YieldFrom_kind:
        return "'yield'";
    case Attribute_kind:
        return "attribute access";
    case Subscript_kind:
        return "subscript";
    case Starred_kind:
        return "starred expression";
    case List_kind:
        return "list display";
    case Tuple_kind:
        return "tuple";
    case Slice_kind:
        return "slice";
    default:
        return "this expression";
    }
}

/* ---- emission helpers ---- */

/* The block to append to; reopens a fresh (unreachable) block after a
 * terminator so code after `return` still lowers cleanly. */
int cur_block(Lower *l)
{
    if (l->cur < 0)
        start(l, ir_block_new(l->m, l->f));
    return l->cur;
}

IrInstr *emit(Lower *l, IrOpcode op, int line)
{
    IrInstr *in = ir_emit(l->m, l->f, cur_block(l), op, line);
    if (ir_is_terminator(op))
        l->cur = -1;
    return in;
}

void jump(Lower *l, int target, int line)
{
    if (l->cur < 0)
        return;
    emit(l, IR_JUMP, line)->target = target;
}

void start(Lower *l, int b)
{
    l->cur = b;
    ir_block_open(l->f, b);
    l->f->blocks[b].exc_target = l->handler ? l->handler : -1;
}

IrOpd emit_rt(Lower *l, RtId id, int line, const IrOpd *args, int nargs)
{
    IrInstr *in = emit(l, IR_RT, line);
    in->sub = id;
    in->args = copy_opds(l, args, nargs);
    in->nargs = nargs;
    if (rt_info[id].kind != RTK_STATUS)
        in->dst = ir_temp(l->f);
    return in->dst;
}

IrOpd emit_rt2(Lower *l, RtId id, int line, IrOpd a, IrOpd b)
{
    IrOpd args[2] = { a, b };
    return emit_rt(l, id, line, args, 2);
}

IrOpd name_const(Lower *l, const char *name) { return ir_const_str(l->m, name, strlen(name)); }

IrOpd *copy_opds(Lower *l, const IrOpd *src, int n)
{
    if (n == 0)
        return NULL;
    IrOpd *p = arena_alloc(l->arena, sizeof *p * (size_t)n);
    memcpy(p, src, sizeof *p * (size_t)n);
    return p;
}

/* ---- names ---- */

NameKind resolve_name(Lower *l, const char *name)
{
    if (l->scope->comp != SYM_COMP_NONE)
        return comp_resolve_name(l, name);
    if (l->scope->type == SYM_BLOCK_CLASS) {
        /* a class body's own names live in its namespace (lower_class.c) */
        Symbol *s = sym_lookup(l->scope, name);
        if (s && s->scope == SYM_LOCAL)
            return NAME_LOCAL;
        if (s && s->scope == SYM_FREE)
            return NAME_FREE;
    }
    if (l->scope->is_function) {
        Symbol *s = sym_lookup(l->scope, name);
        if (s && s->scope == SYM_LOCAL)
            return NAME_LOCAL;
        if (s && s->scope == SYM_CELL)
            return NAME_CELL;
        if (s && s->scope == SYM_FREE)
            return NAME_FREE;
    }
    return ir_global_find(l->m, name) >= 0 ? NAME_GLOBAL : NAME_BUILTIN;
}

IrOpd load_name(Lower *l, const char *name, int line, int col)
{
    IrOpd r;
    name = sym_mangle(l->arena, lower_private_name(l), name);
    if (l->scope->comp != SYM_COMP_NONE)
        return comp_load_name(l, name, line, col);
    if (lower_in_class_body(l) && lower_class_load(l, name, line, col, &r))
        return r;
    switch (resolve_name(l, name)) {
    case NAME_LOCAL: {
        int idx = ir_local(l->m, l->f, name);
        if (idx >= l->f->nparams)
            emit(l, IR_CHECK_BOUND, line)->a = ir_local_opd(idx);
        if (l->scope->has_namedexpr) {
            /* `x + (x := 5)` must add the old x: read it into a temp. */
            IrInstr *mv = emit(l, IR_MOVE, line);
            mv->dst = ir_temp(l->f);
            mv->a = ir_local_opd(idx);
            return mv->dst;
        }
        return ir_local_opd(idx);
    }
    case NAME_FREE:
    case NAME_CELL:
        return load_cell(l, name, resolve_name(l, name), line);
    case NAME_GLOBAL:
    case NAME_BUILTIN: {
        IrOpd t = ir_temp(l->f);
        IrInstr *in = emit(l, resolve_name(l, name) == NAME_GLOBAL ? IR_LOAD_GLOBAL : IR_LOAD_BUILTIN, line);
        in->dst = t;
        in->name = name;
        return t;
    }
    }
    return NO_OPD;
}

void store_name(Lower *l, const char *name, IrOpd value, int line, int col)
{
    name = sym_mangle(l->arena, lower_private_name(l), name);
    if (l->scope->comp != SYM_COMP_NONE) {
        comp_store_name(l, name, value, line, col);
        return;
    }
    if (lower_in_class_body(l) && lower_class_store(l, name, value, line, col))
        return;
    switch (resolve_name(l, name)) {
    case NAME_LOCAL: {
        IrInstr *in = emit(l, IR_MOVE, line);
        in->dst = ir_local_opd(ir_local(l->m, l->f, name));
        in->a = value;
        break;
    }
    case NAME_FREE:
    case NAME_CELL:
        store_cell(l, name, value, line);
        break;
    default: {
        IrInstr *in = emit(l, IR_STORE_GLOBAL, line);
        ir_global(l->m, name);
        in->name = name;
        in->a = value;
        break;
    }
    }
}

/* ---- expressions ---- */

static IrOpd int_constant(Lower *l, const char *digits, int negative)
{
    errno = 0;
    char *end;
    unsigned long long u = strtoull(digits, &end, 10);
    if (errno == 0 && *end == '\0' && u <= (unsigned long long)MOLT_SMALL_MAX + (negative ? 1u : 0u))
        return ir_const_int(l->m, negative ? -(int64_t)u : (int64_t)u);
    return ir_const_bigint(l->m, negative ? arena_printf(l->arena, "-%s", digits) : digits);
}

static IrOpd lower_constant(Lower *l, expr_ty e)
{
    constant c = e->v.Constant.value;
    switch (c->kind) {
    case CONST_NONE:
        return ir_const_simple(l->m, IRC_NONE);
    case CONST_TRUE:
        return ir_const_simple(l->m, IRC_TRUE);
    case CONST_FALSE:
        return ir_const_simple(l->m, IRC_FALSE);
    case CONST_ELLIPSIS:
        return ir_const_simple(l->m, IRC_ELLIPSIS);
    case CONST_INT:
        return int_constant(l, c->s, 0);
    case CONST_FLOAT:
        return ir_const_float(l->m, c->d);
    case CONST_STR:
        return ir_const_str(l->m, c->s, c->len);
    case CONST_COMPLEX: {
        /* allocated at each evaluation: CPython shares one constant
         * object, which only `is` can tell apart */
        IrOpd imag = ir_const_float(l->m, c->d);
        return emit_rt(l, RT_COMPLEX_IMAG, e->lineno, &imag, 1);
    }
    case CONST_BYTES:
        return ir_const_bytes(l->m, c->s, c->len);
    }
    return NO_OPD;
}

int binop_code(operator_ty op)
{
    switch (op) {
    case Add:
        return MOLT_OP_ADD;
    case Sub:
        return MOLT_OP_SUB;
    case Mult:
        return MOLT_OP_MUL;
    case MatMult:
        return MOLT_OP_MATMUL;
    case Div:
        return MOLT_OP_TRUEDIV;
    case Mod:
        return MOLT_OP_MOD;
    case Pow:
        return MOLT_OP_POW;
    case LShift:
        return MOLT_OP_LSHIFT;
    case RShift:
        return MOLT_OP_RSHIFT;
    case BitOr:
        return MOLT_OP_OR;
    case BitXor:
        return MOLT_OP_XOR;
    case BitAnd:
        return MOLT_OP_AND;
    case FloorDiv:
        return MOLT_OP_FLOORDIV;
    }
    return MOLT_OP_ADD;
}

static IrOpd lower_unary(Lower *l, expr_ty e)
{
    expr_ty operand = e->v.UnaryOp.operand;
    unaryop_ty op = e->v.UnaryOp.op;
    /* Fold -<int or float literal> so negative constants read naturally. */
    if (op == USub && operand->kind == Constant_kind) {
        constant c = operand->v.Constant.value;
        if (c->kind == CONST_INT)
            return int_constant(l, c->s, 1);
        if (c->kind == CONST_FLOAT)
            return ir_const_float(l->m, -c->d);
    }
    IrOpd a = lower_expr(l, operand);
    if (failed(l))
        return NO_OPD;
    IrOpd t = ir_temp(l->f);
    IrInstr *in = emit(l, op == Not ? IR_NOT : IR_UNARY, e->lineno);
    in->dst = t;
    in->a = a;
    in->sub = op == USub ? IRU_NEG : op == UAdd ? IRU_POS : IRU_INVERT;
    return t;
}

/* `a and b and c` / `a or b`: the value of the last operand evaluated. */
static IrOpd lower_boolop(Lower *l, expr_ty e)
{
    asdl_seq *values = e->v.BoolOp.values;
    int n = asdl_seq_LEN(values);
    IrOpd r = ir_temp(l->f);
    int done = ir_block_new(l->m, l->f);
    for (int i = 0; i < n; i++) {
        expr_ty v = asdl_seq_GET(values, i);
        IrOpd x = lower_expr(l, v);
        if (failed(l))
            return NO_OPD;
        IrInstr *mv = emit(l, IR_MOVE, v->lineno);
        mv->dst = r;
        mv->a = x;
        if (i == n - 1) {
            jump(l, done, v->lineno);
            break;
        }
        int next = ir_block_new(l->m, l->f);
        IrInstr *br = emit(l, IR_BRANCH, v->lineno);
        br->a = r;
        br->target = e->v.BoolOp.op == And ? next : done;
        br->target2 = e->v.BoolOp.op == And ? done : next;
        start(l, next);
    }
    start(l, done);
    return r;
}

static IrOpd compare_one(Lower *l, cmpop_ty op, IrOpd a, IrOpd b, expr_ty at)
{
    if (op == In || op == NotIn)
        return lower_contains(l, op == NotIn, a, b, at->lineno);
    IrOpd t = ir_temp(l->f);
    IrInstr *in;
    switch (op) {
    case Is:
    case IsNot:
        in = emit(l, IR_IS, at->lineno);
        in->sub = op == IsNot;
        break;
    default:
        in = emit(l, IR_COMPARE, at->lineno);
        in->sub = op == Lt ? MOLT_LT
            : op == LtE    ? MOLT_LE
            : op == Eq     ? MOLT_EQ
            : op == NotEq  ? MOLT_NE
            : op == Gt     ? MOLT_GT
                           : MOLT_GE;
        break;
    }
    in->dst = t;
    in->a = a;
    in->b = b;
    return t;
}

/* `a < b < c` is `a < b and b < c` with b evaluated once. */
static IrOpd lower_compare(Lower *l, expr_ty e)
{
    asdl_seq *ops = e->v.Compare.ops, *rest = e->v.Compare.comparators;
    int n = asdl_seq_LEN(ops);
    IrOpd left = lower_expr(l, e->v.Compare.left);
    if (failed(l))
        return NO_OPD;
    if (n == 1) {
        IrOpd right = lower_expr(l, asdl_seq_GET(rest, 0));
        if (failed(l))
            return NO_OPD;
        return compare_one(l, (cmpop_ty)(intptr_t)asdl_seq_GET(ops, 0), left, right, e);
    }
    IrOpd r = ir_temp(l->f);
    int done = ir_block_new(l->m, l->f);
    for (int i = 0; i < n; i++) {
        expr_ty ce = asdl_seq_GET(rest, i);
        IrOpd right = lower_expr(l, ce);
        if (failed(l))
            return NO_OPD;
        IrOpd t = compare_one(l, (cmpop_ty)(intptr_t)asdl_seq_GET(ops, i), left, right, e);
        if (failed(l))
            return NO_OPD;
        IrInstr *mv = emit(l, IR_MOVE, e->lineno);
        mv->dst = r;
        mv->a = t;
        if (i == n - 1) {
            jump(l, done, e->lineno);
            break;
        }
        int next = ir_block_new(l->m, l->f);
        IrInstr *br = emit(l, IR_BRANCH, e->lineno);
        br->a = r;
        br->target = next;
        br->target2 = done;
        start(l, next);
        left = right;
    }
    start(l, done);
    return r;
}

static IrOpd lower_ifexp(Lower *l, expr_ty e)
{
    IrOpd test = lower_expr(l, e->v.IfExp.test);
    if (failed(l))
        return NO_OPD;
    IrOpd r = ir_temp(l->f);
    int yes = ir_block_new(l->m, l->f), no = ir_block_new(l->m, l->f), done = ir_block_new(l->m, l->f);
    IrInstr *br = emit(l, IR_BRANCH, e->lineno);
    br->a = test;
    br->target = yes;
    br->target2 = no;
    expr_ty arms[2] = { e->v.IfExp.body, e->v.IfExp.orelse };
    int blocks[2] = { yes, no };
    for (int i = 0; i < 2; i++) {
        start(l, blocks[i]);
        IrOpd v = lower_expr(l, arms[i]);
        if (failed(l))
            return NO_OPD;
        IrInstr *mv = emit(l, IR_MOVE, arms[i]->lineno);
        mv->dst = r;
        mv->a = v;
        jump(l, done, arms[i]->lineno);
    }
    start(l, done);
    return r;
}

static IrOpd lower_call(Lower *l, expr_ty e)
{
    if (call_needs_ex(e))
        return lower_call_ex(l, e);
    asdl_seq *args = e->v.Call.args, *kws = e->v.Call.keywords;
    int nargs = asdl_seq_LEN(args), nkw = asdl_seq_LEN(kws);
    IrOpd special;
    if (lower_special_call(l, e, &special))
        return special;
    IrOpd fn = lower_expr(l, e->v.Call.func);
    if (failed(l))
        return NO_OPD;
    IrOpd *vals = arena_alloc(l->arena, sizeof *vals * (size_t)(nargs + nkw + 1));
    for (int i = 0; i < nargs; i++) {
        expr_ty a = asdl_seq_GET(args, i);
        if (a->kind == Starred_kind)
            return unsupported(l, a->lineno, a->col_offset, "argument unpacking with '*'");
        vals[i] = lower_expr(l, a);
        if (failed(l))
            return NO_OPD;
    }
    const char **names = nkw ? arena_alloc(l->arena, sizeof *names * (size_t)nkw) : NULL;
    for (int i = 0; i < nkw; i++) {
        keyword_ty k = asdl_seq_GET(kws, i);
        if (!k->arg)
            return unsupported(l, k->lineno, k->col_offset, "argument unpacking with '**'");
        names[i] = k->arg;
        vals[nargs + i] = lower_expr(l, k->value);
        if (failed(l))
            return NO_OPD;
    }
    IrOpd t = ir_temp(l->f);
    IrInstr *in = emit(l, IR_CALL, e->lineno);
    in->dst = t;
    in->a = fn;
    in->b = nkw ? ir_const_kwnames(l->m, names, nkw) : NO_OPD;
    in->args = copy_opds(l, vals, nargs + nkw);
    in->nargs = nargs + nkw;
    in->func = direct_target(l, e, nargs);
    return t;
}

IrOpd lower_expr(Lower *l, expr_ty e)
{
    if (failed(l))
        return NO_OPD;
    switch (e->kind) {
    case Constant_kind:
        return lower_constant(l, e);
    case Name_kind:
        return load_name(l, e->v.Name.id, e->lineno, e->col_offset);
    case BinOp_kind: {
        IrOpd a = lower_expr(l, e->v.BinOp.left);
        IrOpd b = lower_expr(l, e->v.BinOp.right);
        if (failed(l))
            return NO_OPD;
        IrOpd t = ir_temp(l->f);
        IrInstr *in = emit(l, IR_BINOP, e->lineno);
        in->sub = binop_code(e->v.BinOp.op);
        in->dst = t;
        in->a = a;
        in->b = b;
        return t;
    }
    case UnaryOp_kind:
        return lower_unary(l, e);
    case BoolOp_kind:
        return lower_boolop(l, e);
    case Compare_kind:
        return lower_compare(l, e);
    case IfExp_kind:
        return lower_ifexp(l, e);
    case Call_kind:
        return lower_call(l, e);
    case Tuple_kind:
    case List_kind:
    case Set_kind:
    case Dict_kind:
        return lower_display(l, e);
    case Subscript_kind:
        return lower_subscript(l, e);
    case Slice_kind:
        return lower_slice(l, e);
    case ListComp_kind:
    case SetComp_kind:
    case DictComp_kind:
        return lower_comprehension(l, e);
    case Lambda_kind:
        return lower_lambda(l, e);
    case JoinedStr_kind:
        return lower_joined_str(l, e);
    case Attribute_kind:
        return lower_attribute(l, e);
    case NamedExpr_kind: {
        IrOpd v = lower_expr(l, e->v.NamedExpr.value);
        if (failed(l))
            return NO_OPD;
        expr_ty target = e->v.NamedExpr.target;
        store_name(l, target->v.Name.id, v, e->lineno, e->col_offset);
        return v;
    }
    default:
        return unsupported(l, e->lineno, e->col_offset, expr_name(e->kind));
    }
}

/* ---- statements ---- */

void store_target(Lower *l, expr_ty target, IrOpd value)
{
    switch (target->kind) {
    case Name_kind:
        store_name(l, target->v.Name.id, value, target->lineno, target->col_offset);
        break;
    case Tuple_kind:
    case List_kind:
    case Subscript_kind:
        store_container_target(l, target, value);
        break;
    case Attribute_kind:
        lower_store_attribute(l, target, value);
        break;
    default:
        unsupported(l, target->lineno, target->col_offset, "this assignment target");
        break;
    }
}

static void lower_assign(Lower *l, stmt_ty s)
{
    IrOpd v = lower_expr(l, s->v.Assign.value);
    if (failed(l))
        return;
    asdl_seq *targets = s->v.Assign.targets;
    /* `a = b = a + 1`-style chains, and `x = y` where y is a local that a
     * later target rebinds, need the value held in a temporary. */
    if (v.kind == OPD_LOCAL && asdl_seq_LEN(targets) > 1) {
        IrOpd t = ir_temp(l->f);
        IrInstr *mv = emit(l, IR_MOVE, s->lineno);
        mv->dst = t;
        mv->a = v;
        v = t;
    }
    for (int i = 0; i < asdl_seq_LEN(targets) && !failed(l); i++)
        store_target(l, asdl_seq_GET(targets, i), v);
}

static void lower_augassign(Lower *l, stmt_ty s)
{
    expr_ty target = s->v.AugAssign.target;
    if (target->kind == Attribute_kind) {
        lower_augassign_attribute(l, s);
        return;
    }
    if (target->kind == Subscript_kind) {
        lower_augassign_subscript(l, s);
        return;
    }
    if (target->kind != Name_kind) {
        store_target(l, target, NO_OPD);
        return;
    }
    IrOpd cur = load_name(l, target->v.Name.id, target->lineno, target->col_offset);
    IrOpd v = lower_expr(l, s->v.AugAssign.value);
    if (failed(l))
        return;
    IrOpd t = ir_temp(l->f);
    IrInstr *in = emit(l, IR_INPLACE, s->lineno);
    in->sub = binop_code(s->v.AugAssign.op);
    in->dst = t;
    in->a = cur;
    in->b = v;
    store_name(l, target->v.Name.id, t, s->lineno, s->col_offset);
}

void branch_on(Lower *l, expr_ty test, int yes, int no)
{
    IrOpd t = lower_expr(l, test);
    if (failed(l))
        return;
    IrInstr *br = emit(l, IR_BRANCH, test->lineno);
    br->a = t;
    br->target = yes;
    br->target2 = no;
}

static int is_true_constant(expr_ty e)
{
    return e->kind == Constant_kind && e->v.Constant.value->kind == CONST_TRUE;
}

static void lower_if(Lower *l, stmt_ty s)
{
    int yes = ir_block_new(l->m, l->f), done = ir_block_new(l->m, l->f);
    int no = asdl_seq_LEN(s->v.If.orelse) ? ir_block_new(l->m, l->f) : done;
    branch_on(l, s->v.If.test, yes, no);
    start(l, yes);
    lower_body(l, s->v.If.body);
    jump(l, done, s->lineno);
    if (no != done) {
        start(l, no);
        lower_body(l, s->v.If.orelse);
        jump(l, done, s->lineno);
    }
    start(l, done);
}

/* Loop bodies run with break -> `after`, continue -> `head`; the else
 * clause runs when the loop ends without break. */
void lower_loop_body(Lower *l, asdl_seq *body, int head, int after)
{
    Loop loop = { after, head, l->loop, l->unwind };
    l->loop = &loop;
    lower_body(l, body);
    l->loop = loop.outer;
}

static void lower_while(Lower *l, stmt_ty s)
{
    int head = ir_block_new(l->m, l->f), body = ir_block_new(l->m, l->f), after = ir_block_new(l->m, l->f);
    int orelse = asdl_seq_LEN(s->v.While.orelse) ? ir_block_new(l->m, l->f) : after;
    jump(l, head, s->lineno);
    start(l, head);
    if (is_true_constant(s->v.While.test))
        jump(l, body, s->lineno);
    else
        branch_on(l, s->v.While.test, body, orelse);
    start(l, body);
    lower_loop_body(l, s->v.While.body, head, after);
    jump(l, head, s->lineno);
    if (orelse != after) {
        start(l, orelse);
        lower_body(l, s->v.While.orelse);
        jump(l, after, s->lineno);
    }
    start(l, after);
}

/* The loop of a for statement: the head takes the next item with next_op
 * (range_next on range slot `slot`, or for_next on iterator `it`), going to
 * the else clause when exhausted, and assigns it to the target. */
void lower_for_loop(Lower *l, stmt_ty s, IrOpcode next_op, IrOpd it, int slot)
{
    int head = ir_block_new(l->m, l->f), after = ir_block_new(l->m, l->f);
    int orelse = asdl_seq_LEN(s->v.For.orelse) ? ir_block_new(l->m, l->f) : after;
    jump(l, head, s->lineno);
    start(l, head);
    IrOpd x = ir_temp(l->f);
    IrInstr *next = emit(l, next_op, s->lineno);
    next->dst = x;
    next->a = it;
    next->slot = slot;
    next->target = orelse;
    store_target(l, s->v.For.target, x);
    if (failed(l))
        return;
    lower_loop_body(l, s->v.For.body, head, after);
    jump(l, head, s->lineno);
    if (orelse != after) {
        start(l, orelse);
        lower_body(l, s->v.For.orelse);
        jump(l, after, s->lineno);
    }
    start(l, after);
}

/* `for x in range(...)` with range the builtin runs on a range loop slot;
 * any other iterable, on its iterator (lower_container.c). */
int lower_range_init(Lower *l, expr_ty it)
{
    /* in a class body `range` may be a name of the namespace */
    int is_range = !lower_in_class_body(l) && it->kind == Call_kind && it->v.Call.func->kind == Name_kind
        && strcmp(it->v.Call.func->v.Name.id, "range") == 0 && resolve_name(l, "range") == NAME_BUILTIN
        && asdl_seq_LEN(it->v.Call.keywords) == 0 && asdl_seq_LEN(it->v.Call.args) >= 1
        && asdl_seq_LEN(it->v.Call.args) <= 3;
    for (int i = 0; is_range && i < asdl_seq_LEN(it->v.Call.args); i++)
        if (((expr_ty)asdl_seq_GET(it->v.Call.args, i))->kind == Starred_kind)
            is_range = 0;
    if (!is_range)
        return -1;
    int n = asdl_seq_LEN(it->v.Call.args);
    IrOpd bounds[3];
    for (int i = 0; i < n; i++)
        bounds[i] = lower_expr(l, asdl_seq_GET(it->v.Call.args, i));
    if (failed(l))
        return 0;
    int slot = l->f->nranges++;
    IrInstr *init = emit(l, IR_RANGE_INIT, it->lineno);
    init->slot = slot;
    init->args = copy_opds(l, bounds, n);
    init->nargs = n;
    return slot;
}

static void lower_for(Lower *l, stmt_ty s)
{
    int slot = lower_range_init(l, s->v.For.iter);
    if (slot < 0) {
        lower_for_iter(l, s);
        return;
    }
    if (failed(l))
        return;

    lower_for_loop(l, s, IR_RANGE_NEXT, NO_OPD, slot);
}

/* assert test, msg  ->  if not test: raise AssertionError(msg) */
static void lower_assert(Lower *l, stmt_ty s)
{
    int fail = ir_block_new(l->m, l->f), ok = ir_block_new(l->m, l->f);
    branch_on(l, s->v.Assert.test, ok, fail);
    start(l, fail);
    IrOpd exc = ir_temp(l->f);
    IrInstr *ld = emit(l, IR_LOAD_BUILTIN, s->lineno);
    ld->dst = exc;
    ld->name = "AssertionError";
    if (s->v.Assert.msg) {
        IrOpd msg = lower_expr(l, s->v.Assert.msg);
        if (failed(l))
            return;
        IrOpd inst = ir_temp(l->f);
        IrInstr *call = emit(l, IR_CALL, s->lineno);
        call->dst = inst;
        call->a = exc;
        call->args = copy_opds(l, &msg, 1);
        call->nargs = 1;
        exc = inst;
    }
    emit(l, IR_RAISE, s->lineno)->a = exc;
    start(l, ok);
}

static void del_target(Lower *l, expr_ty t, int line)
{
    switch (t->kind) {
    case Name_kind:
        break;
    case Subscript_kind:
        lower_del_subscript(l, t);
        return;
    case Tuple_kind:
    case List_kind: {
        asdl_seq *elts = t->kind == Tuple_kind ? t->v.Tuple.elts : t->v.List.elts;
        for (int i = 0; i < asdl_seq_LEN(elts) && !failed(l); i++)
            del_target(l, asdl_seq_GET(elts, i), line);
        return;
    }
    case Attribute_kind:
        lower_del_attribute(l, t);
        return;
    default:
        unsupported(l, t->lineno, t->col_offset, "this 'del' target");
        return;
    }
    const char *name = sym_mangle(l->arena, lower_private_name(l), t->v.Name.id);
    if (lower_in_class_body(l) && lower_class_del(l, name, line))
        return;
    switch (resolve_name(l, name)) {
    case NAME_LOCAL:
        emit(l, IR_DEL_LOCAL, line)->a = ir_local_opd(ir_local(l->m, l->f, name));
        break;
    case NAME_FREE:
    case NAME_CELL:
        del_cell(l, name, resolve_name(l, name), line);
        break;
    default:
        ir_global(l->m, name);
        emit(l, IR_DEL_GLOBAL, line)->name = name;
        break;
    }
}

static void lower_delete(Lower *l, stmt_ty s)
{
    for (int i = 0; i < asdl_seq_LEN(s->v.Delete.targets) && !failed(l); i++)
        del_target(l, asdl_seq_GET(s->v.Delete.targets, i), s->lineno);
}

static void lower_stmt(Lower *l, stmt_ty s)
{
    switch (s->kind) {
    case Expr_kind:
        lower_expr(l, s->v.Expr.value);
        break;
    case Assign_kind:
        lower_assign(l, s);
        break;
    case AugAssign_kind:
        lower_augassign(l, s);
        break;
    case If_kind:
        lower_if(l, s);
        break;
    case While_kind:
        lower_while(l, s);
        break;
    case For_kind:
        lower_for(l, s);
        break;
    case Break_kind:
    case Continue_kind:
        if (!l->loop) {
            diag_set(l->diag, DIAG_SYNTAX, "SyntaxError", s->lineno, s->col_offset,
                s->kind == Break_kind ? "'break' outside loop" : "'continue' not properly in loop");
            return;
        }
        lower_unwind(l, l->loop->unwind, s->lineno);
        jump(l, s->kind == Break_kind ? l->loop->brk : l->loop->cont, s->lineno);
        break;
    case Pass_kind:
    case Global_kind:
    case Nonlocal_kind:
        break;
    case Return_kind: {
        if (!l->scope->is_function) {
            diag_set(
                l->diag, DIAG_SYNTAX, "SyntaxError", s->lineno, s->col_offset, "'return' outside function");
            return;
        }
        IrOpd v = s->v.Return.value ? lower_expr(l, s->v.Return.value) : ir_const_simple(l->m, IRC_NONE);
        if (failed(l))
            return;
        if (l->unwind) { /* cleanups run after the value is computed */
            IrOpd t = ir_temp(l->f);
            IrInstr *mv = emit(l, IR_MOVE, s->lineno);
            mv->dst = t;
            mv->a = v;
            v = t;
            lower_unwind(l, NULL, s->lineno);
        }
        emit(l, IR_RETURN, s->lineno)->a = v;
        break;
    }
    case Raise_kind:
        lower_raise(l, s);
        break;
    case Assert_kind:
        lower_assert(l, s);
        break;
    case Delete_kind:
        lower_delete(l, s);
        break;
    case Try_kind:
        lower_try(l, s);
        break;
    case TryStar_kind:
        lower_try_star(l, s);
        break;
    case With_kind:
        lower_with(l, s);
        break;
    case FunctionDef_kind:
        lower_function(l, s);
        break;
    case ClassDef_kind:
        lower_classdef(l, s);
        break;
    case Match_kind:
        lower_match(l, s);
        break;
    case AnnAssign_kind:
        lower_annassign(l, s);
        break;
    default:
        unsupported(l, s->lineno, s->col_offset, stmt_name(s->kind));
        break;
    }
}

void lower_body(Lower *l, asdl_seq *body)
{
    for (int i = 0; i < asdl_seq_LEN(body) && !failed(l); i++)
        lower_stmt(l, asdl_seq_GET(body, i));
}

IrModule *lower_module(
    Arena *arena, mod_ty mod, SymTable *st, const char *file, const char *cname, Diag *diag)
{
    Lower l = { 0 };
    l.arena = arena;
    l.diag = diag;
    l.st = st;
    l.m = ir_module_new(arena, "__main__", cname, file);
    l.scope = st->module;
    l.f = ir_func_new(l.m, "<module>", "<module>", 1);
    l.f->cname = arena_printf(arena, "molt_module_%s", cname);
    l.cur = -1;
    start(&l, ir_block_new(l.m, l.f));

    ir_global(l.m, "__name__");
    for (int i = 0; i < st->module->nsyms; i++)
        if (st->module->syms[i].flags & (SYM_DEF_BOUND | SYM_DEF_GLOBAL))
            ir_global(l.m, st->module->syms[i].name);
    register_globals(&l);
    collect_defs(&l, mod->v.Module.body, arena_printf(arena, "m_%s", cname));

    IrInstr *in = emit(&l, IR_STORE_GLOBAL, 0);
    in->name = "__name__";
    in->a = ir_const_str(l.m, "__main__", 8);
    lower_setup_annotations(&l, mod->v.Module.body, 1);
    lower_body(&l, mod->v.Module.body);
    if (failed(&l))
        return NULL;
    if (l.cur >= 0)
        emit(&l, IR_RETURN, 0)->a = ir_const_simple(l.m, IRC_NONE);
    return l.m;
}
