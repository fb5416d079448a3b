/* Molt IR: reading the textual form back (`molt2c emit f.mir`).
 *
 * The text (grammar in docs/ir.md) is read line by line, and everything
 * the back end relies on is checked as it is read, so that any module
 * ir_read returns is one the emitter can translate without crashing or
 * writing invalid C: indices are in range, operands have the kinds their
 * instructions need, names are identifiers, every block ends in a
 * terminator. References that may point forward -- blocks named by jumps
 * and `except`, functions named by `make_function` and `direct` -- are
 * recorded and checked once their targets are known: blocks at the
 * function's closing brace, functions at the end of the text.
 *
 * The first error stops reading; it is reported as one line
 * `FILE:LINE: error: MESSAGE` (a DIAG_IR diagnostic).
 */
#include "ir.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <molt/object.h>

/* Upper bounds: on the temps and range slots of one function, and on
 * their total over the module (the back end allocates arrays of these
 * sizes); on the blocks of one function (the emitter walks the control
 * flow graph recursively, so its depth must stay well within the C
 * stack); on line numbers. */
enum { MAX_COUNT = 1 << 20, MAX_TOTAL = 1 << 22, MAX_BLOCKS = 1 << 16, MAX_LINE = 999999999 };

/* A reference to a block or a function, checked once all targets are known. */
typedef struct Ref {
    int line; /* text line of the reference, for the message */
    int index; /* the block or function referred to */
    IrOpcode op; /* function references: IR_CALL (direct) or IR_MAKE_FUNCTION */
    int nargs; /* function references: the instruction's argument count */
} Ref;

typedef struct RefList {
    Ref *items;
    int n, cap;
} RefList;

typedef struct Reader {
    Arena *arena;
    Diag *diag;
    IrModule *m;
    const char *next, *end; /* the text after the current line */
    const char *p, *eol; /* cursor in the current line, and the line's end */
    int lineno; /* 1-based number of the current line */
    int rt_operands; /* reading an intrinsic's operands: kwnames are tuples */
    char shown[64]; /* a token quoted for a message */
    /* the function being read */
    IrFunc *f;
    char *defined; /* per block: its label has been read */
    int cur; /* block being read, -1 before the first label */
    int cur_line; /* text line of the current block's label */
    int last_line; /* text line of the current block's last instruction */
    int decl_line; /* text line of `temps N ranges N blocks N` */
    int total; /* temps, range slots and blocks declared so far in the module */
    RefList block_refs; /* block references in f */
    RefList func_refs; /* function references in the module */
} Reader;

/* ---- errors ---- */

/* Record the error at the current line (the first one wins); returns -1. */
static int fail(Reader *r, const char *fmt, ...)
{
    char msg[480];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_set(r->diag, DIAG_IR, NULL, r->lineno > 0 ? r->lineno : 1, 0, "%s", msg);
    return -1;
}

/* Bytes s[0..n) quoted for a message: at most 24 bytes, cut at a
 * character boundary. The text was checked to hold no control bytes. */
static const char *quote(Reader *r, const char *s, size_t n)
{
    int cut = n > 24;
    if (cut) {
        n = 24;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    snprintf(r->shown, sizeof r->shown, "'%.*s%s'", (int)n, s, cut ? "..." : "");
    return r->shown;
}

/* ---- characters and lines ---- */

/* Length of the UTF-8 sequence at s[0..n), or 0 if it is malformed.
 * Surrogate code points are allowed: Python strs keep them, and the
 * front end encodes them in three bytes. */
static int utf8_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    int len;
    uint32_t cp, min;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3, cp = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, cp = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if ((size_t)len > n)
        return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3F);
    }
    return cp < min || cp > 0x10FFFF ? 0 : len;
}

/* Offset of the first byte of s[0..n) that does not start a valid UTF-8
 * sequence, or n if all are valid. */
static size_t utf8_bad(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int k = utf8_len((const unsigned char *)s + i, n - i);
        if (k == 0)
            return i;
        i += (size_t)k;
    }
    return n;
}

/* The whole text: UTF-8 with no control characters but tab, CR and LF.
 * 0, or -1 naming the first line that breaks this. */
static int check_bytes(Reader *r, const char *text, size_t len)
{
    r->lineno = 1;
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)text[i];
        if (c == '\n')
            r->lineno++;
        if (c == 0)
            return fail(r, "NUL byte in the text");
        if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7F)
            return fail(r, "control character 0x%02x in the text", c);
        int k = utf8_len((const unsigned char *)text + i, len - i);
        if (k == 0)
            return fail(r, "invalid UTF-8 in the text");
        i += (size_t)k;
    }
    r->lineno = 0;
    return 0;
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/* Characters that end a word (besides spaces). */
static int is_delim(char c) { return is_space(c) || (c != '\0' && strchr("(),=:;{}\"", c) != NULL); }

static void skip_space(Reader *r)
{
    while (r->p < r->eol && is_space(*r->p))
        r->p++;
}

/* Move to the next line that is neither blank nor a comment (a line whose
 * first non-blank character is ';'). Returns 1, or 0 at the end of the
 * text, where the line number stays that of the last line. */
static int next_line(Reader *r)
{
    while (r->next < r->end) {
        const char *s = r->next;
        const char *nl = memchr(s, '\n', (size_t)(r->end - s));
        r->eol = nl ? nl : r->end;
        r->next = nl ? nl + 1 : r->end;
        r->p = s;
        r->lineno++;
        skip_space(r);
        if (r->p < r->eol && *r->p != ';')
            return 1;
    }
    r->p = r->eol = r->end;
    return 0;
}

/* The next character of the line after spaces, without taking it; 0 at
 * the end of the line (the text holds no NUL). */
static int peek(Reader *r)
{
    skip_space(r);
    return r->p < r->eol ? (unsigned char)*r->p : 0;
}

/* What the cursor is at, for a message. */
static const char *shown(Reader *r)
{
    skip_space(r);
    if (r->p >= r->eol)
        return "end of line";
    const char *e = r->p + 1;
    if (!is_delim(*r->p))
        while (e < r->eol && !is_delim(*e))
            e++;
    return quote(r, r->p, (size_t)(e - r->p));
}

/* The next word (a run of characters other than spaces and delimiters)
 * in *s; returns its length, 0 if the cursor is at a delimiter or at the
 * end of the line. */
static size_t word(Reader *r, const char **s)
{
    skip_space(r);
    *s = r->p;
    while (r->p < r->eol && !is_delim(*r->p))
        r->p++;
    return (size_t)(r->p - *s);
}

/* The word s[0..n) just read, for a message; what follows if it is empty. */
static const char *found(Reader *r, const char *s, size_t n) { return n ? quote(r, s, n) : shown(r); }

static int word_is(const char *s, size_t n, const char *kw)
{
    return n == strlen(kw) && memcmp(s, kw, n) == 0;
}

static int expect_word(Reader *r, const char *kw)
{
    const char *s;
    size_t n = word(r, &s);
    return word_is(s, n, kw) ? 0 : fail(r, "expected '%s', found %s", kw, found(r, s, n));
}

static int expect_char(Reader *r, char c)
{
    if (peek(r) == (unsigned char)c) {
        r->p++;
        return 0;
    }
    return fail(r, "expected '%c', found %s", c, shown(r));
}

static int expect_eol(Reader *r)
{
    return peek(r) ? fail(r, "unexpected %s at the end of the line", shown(r)) : 0;
}

/* ---- numbers and names ---- */

/* Canonical decimal s[0..n) (digits, no sign, no leading zero) of value
 * at most max into *out. 0, or -1 if it is not one. */
static int decimal(const char *s, size_t n, int64_t max, int64_t *out)
{
    if (n == 0 || n > 19 || (n > 1 && s[0] == '0'))
        return -1;
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        int d = s[i] - '0';
        if (v > (max - d) / 10)
            return -1;
        v = v * 10 + d;
    }
    *out = v;
    return 0;
}

/* The next word as a count or line number in [0, max]. */
static int read_number(Reader *r, const char *what, int max, int *out)
{
    const char *s;
    size_t n = word(r, &s);
    int64_t v;
    if (decimal(s, n, max, &v) < 0)
        return fail(r, "bad %s %s (expected a decimal number up to %d)", what, found(r, s, n), max);
    *out = (int)v;
    return 0;
}

/* The word s[0..n) as an index written <prefix>N (t3, k0, f1, b2, r0),
 * below limit (`what` names it in messages). */
static int index_of(Reader *r, const char *s, size_t n, char prefix, int limit, const char *what, int *out)
{
    int64_t v;
    if (n < 2 || s[0] != prefix || decimal(s + 1, n - 1, MAX_COUNT, &v) < 0)
        return fail(r, "expected a %s (%cN), found %s", what, prefix, found(r, s, n));
    if (v >= limit && limit == 0)
        return fail(r, "%s %.*s out of range (none declared)", what, (int)n, s);
    if (v >= limit)
        return fail(r, "%s %.*s out of range (%c0..%c%d)", what, (int)n, s, prefix, prefix, limit - 1);
    *out = (int)v;
    return 0;
}

static int read_index(Reader *r, char prefix, int limit, const char *what, int *out)
{
    const char *s;
    size_t n = word(r, &s);
    return index_of(r, s, n, prefix, limit, what, out);
}

static int name_start(unsigned char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int name_char(unsigned char c) { return name_start(c) || (c >= '0' && c <= '9'); }

/* A Python identifier (non-ASCII letters as UTF-8, which the text check
 * has validated). */
static int is_name(const char *s, size_t n)
{
    if (n == 0 || !name_start((unsigned char)s[0]))
        return 0;
    for (size_t i = 1; i < n; i++)
        if (!name_char((unsigned char)s[i]))
            return 0;
    return 1;
}

/* A C identifier. */
static int is_cname(const char *s, size_t n)
{
    if (n == 0 || !name_start((unsigned char)s[0]) || (unsigned char)s[0] >= 0x80)
        return 0;
    for (size_t i = 1; i < n; i++)
        if (!name_char((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)
            return 0;
    return 1;
}

/* A qualified name: dotted components, each an identifier or a <name>
 * ("f.<locals>.g", "<module>", "<lambda>"). */
static int is_qualname(const char *s, size_t n)
{
    size_t i = 0;
    for (;;) {
        size_t start = i;
        int angle = i < n && s[i] == '<';
        i += (size_t)angle;
        while (i < n && name_char((unsigned char)s[i]))
            i++;
        if (i == start + (size_t)angle || (angle && (i >= n || s[i++] != '>')))
            return 0;
        if (i == n)
            return 1;
        if (s[i++] != '.')
            return 0;
    }
}

/* The next word as an identifier, copied to the arena. */
static int read_name(Reader *r, const char *what, const char **out)
{
    const char *s;
    size_t n = word(r, &s);
    if (!is_name(s, n))
        return fail(r, "expected %s (an identifier), found %s", what, found(r, s, n));
    *out = arena_strndup(r->arena, s, n);
    return 0;
}

/* A quoted string with the printer's escapes (\" \\ \n \xHH), copied to
 * the arena with a NUL after its len bytes; UTF-8 unless bytes is set. */
static int read_quoted(Reader *r, const char **out, size_t *len, int bytes)
{
    if (expect_char(r, '"') < 0)
        return -1;
    char *buf = arena_alloc(r->arena, (size_t)(r->eol - r->p) + 1);
    size_t n = 0;
    for (;;) {
        if (r->p >= r->eol)
            return fail(r, "unterminated string");
        char c = *r->p++;
        if (c == '"')
            break;
        if (c == '\t' || c == '\r')
            return fail(r, "raw control character in a string (write \\x%02x)", (unsigned)c);
        if (c != '\\') {
            buf[n++] = c;
            continue;
        }
        c = r->p < r->eol ? *r->p++ : '\0';
        if (c == '"' || c == '\\') {
            buf[n++] = c;
        } else if (c == 'n') {
            buf[n++] = '\n';
        } else if (c == 'x' && r->eol - r->p >= 2 && isxdigit((unsigned char)r->p[0])
            && isxdigit((unsigned char)r->p[1])) {
            char hex[3] = { r->p[0], r->p[1], '\0' };
            buf[n++] = (char)strtol(hex, NULL, 16);
            r->p += 2;
        } else {
            return fail(r, "bad escape in a string (the escapes are \\\" \\\\ \\n and \\xHH)");
        }
    }
    if (!bytes && utf8_bad(buf, n) != n)
        return fail(r, "string is not valid UTF-8");
    buf[n] = '\0';
    *out = buf;
    *len = n;
    return 0;
}

static int read_string(Reader *r, const char **out, size_t *len) { return read_quoted(r, out, len, 0); }

/* ---- module header, constants, globals ---- */

/* module NAME file "PATH" cname C */
static int read_module_line(Reader *r)
{
    const char *s, *name, *file, *cname;
    size_t n, flen;
    if (expect_word(r, "module") < 0)
        return -1;
    n = word(r, &s);
    if (!is_qualname(s, n))
        return fail(r, "bad module name %s", found(r, s, n));
    name = arena_strndup(r->arena, s, n);
    if (expect_word(r, "file") < 0 || read_string(r, &file, &flen) < 0)
        return -1;
    if (strlen(file) != flen)
        return fail(r, "the file name holds a NUL byte");
    if (expect_word(r, "cname") < 0)
        return -1;
    n = word(r, &s);
    if (!is_cname(s, n))
        return fail(r, "expected a C identifier after 'cname', found %s", found(r, s, n));
    cname = arena_strndup(r->arena, s, n);
    if (expect_eol(r) < 0)
        return -1;
    r->m = ir_module_new(r->arena, name, cname, file);
    return 0;
}

/* int N: a small int, in [MOLT_SMALL_MIN, MOLT_SMALL_MAX]. */
static int read_int(Reader *r, IrConst *c)
{
    const char *s;
    size_t n = word(r, &s);
    int neg = n > 0 && s[0] == '-';
    int64_t v;
    if (decimal(s + neg, n - (size_t)neg, MOLT_SMALL_MAX + neg, &v) < 0)
        return fail(r,
            "bad int constant %s (a decimal in [%" PRId64 ", %" PRId64 "]; larger ones are bigint)",
            found(r, s, n), (int64_t)MOLT_SMALL_MIN, (int64_t)MOLT_SMALL_MAX);
    c->i = neg ? -v : v;
    return 0;
}

/* bigint DIGITS: decimal digits with an optional '-'. */
static int read_bigint(Reader *r, IrConst *c)
{
    const char *s;
    size_t n = word(r, &s);
    size_t i = n > 0 && s[0] == '-';
    if (i == n)
        return fail(r, "bad bigint constant %s (decimal digits)", found(r, s, n));
    for (; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return fail(r, "bad bigint constant %s (decimal digits)", found(r, s, n));
    c->s = arena_strndup(r->arena, s, n);
    return 0;
}

/* float HEX: anything strtod reads whole (the printer writes C99 %a). */
static int read_float(Reader *r, IrConst *c)
{
    const char *s;
    size_t n = word(r, &s);
    char *copy = arena_strndup(r->arena, s, n), *end;
    c->d = strtod(copy, &end);
    if (n == 0 || *end != '\0')
        return fail(r, "bad float constant %s", found(r, s, n));
    return 0;
}

/* kwnames (NAME, ...): distinct identifiers. */
static int read_kwnames(Reader *r, IrConst *c)
{
    int cap = 0;
    if (expect_char(r, '(') < 0)
        return -1;
    if (peek(r) == ')') {
        r->p++;
        return 0;
    }
    for (;;) {
        const char *name;
        if (read_name(r, "a keyword name", &name) < 0)
            return -1;
        for (int i = 0; i < c->n; i++)
            if (strcmp(c->names[i], name) == 0)
                return fail(r, "keyword name '%s' repeated", name);
        c->names = arena_grow(r->arena, (void *)c->names, c->n, &cap, sizeof *c->names);
        c->names[c->n++] = name;
        if (peek(r) == ')') {
            r->p++;
            return 0;
        }
        if (expect_char(r, ',') < 0)
            return -1;
    }
}

/* const kN = VALUE, numbered in order from k0. */
static int read_const(Reader *r)
{
    IrModule *m = r->m;
    int k;
    if (read_index(r, 'k', MAX_COUNT, "constant", &k) < 0)
        return -1;
    if (k != m->nconsts)
        return fail(r, "constants must be numbered in order: expected k%d", m->nconsts);
    if (expect_char(r, '=') < 0)
        return -1;
    IrConst c = { 0 };
    const char *s;
    size_t n = word(r, &s);
    int rc = 0;
    if (word_is(s, n, "None")) {
        c.kind = IRC_NONE;
    } else if (word_is(s, n, "True")) {
        c.kind = IRC_TRUE;
    } else if (word_is(s, n, "False")) {
        c.kind = IRC_FALSE;
    } else if (word_is(s, n, "Ellipsis")) {
        c.kind = IRC_ELLIPSIS;
    } else if (word_is(s, n, "int")) {
        c.kind = IRC_INT;
        rc = read_int(r, &c);
    } else if (word_is(s, n, "bigint")) {
        c.kind = IRC_BIGINT;
        rc = read_bigint(r, &c);
    } else if (word_is(s, n, "float")) {
        c.kind = IRC_FLOAT;
        rc = read_float(r, &c);
    } else if (word_is(s, n, "str")) {
        c.kind = IRC_STR;
        rc = read_string(r, &c.s, &c.len);
    } else if (word_is(s, n, "bytes")) {
        c.kind = IRC_BYTES;
        rc = read_quoted(r, &c.s, &c.len, 1);
    } else if (word_is(s, n, "kwnames")) {
        c.kind = IRC_KWNAMES;
        rc = read_kwnames(r, &c);
    } else {
        return fail(r, "unknown constant kind %s", found(r, s, n));
    }
    if (rc < 0 || expect_eol(r) < 0)
        return -1;
    ir_const_add(m, c);
    return 0;
}

/* global NAME */
static int read_global(Reader *r)
{
    const char *name;
    if (read_name(r, "a global name", &name) < 0 || expect_eol(r) < 0)
        return -1;
    if (ir_global_find(r->m, name) >= 0)
        return fail(r, "global '%s' declared twice", name);
    ir_global(r->m, name);
    return 0;
}

/* ---- references ---- */

static void add_ref(Reader *r, RefList *l, Ref ref)
{
    l->items = arena_grow(r->arena, l->items, l->n, &l->cap, sizeof *l->items);
    l->items[l->n++] = ref;
}

/* bN: a block of the current function, whose label may come later. */
static int read_block_ref(Reader *r, int *out)
{
    if (read_index(r, 'b', r->f->nblocks, "block", out) < 0)
        return -1;
    add_ref(r, &r->block_refs, (Ref) { r->lineno, *out, IR_JUMP, 0 });
    return 0;
}

/* Every block the current function refers to has a label. */
static int check_block_refs(Reader *r)
{
    for (int i = 0; i < r->block_refs.n; i++) {
        const Ref *ref = &r->block_refs.items[i];
        if (!r->defined[ref->index]) {
            r->lineno = ref->line;
            return fail(r, "block b%d is not defined in this function", ref->index);
        }
    }
    return 0;
}

/* Every function referred to exists, is not the module body, and takes
 * the arguments given: a direct call passes exactly its parameters, a
 * make_function exactly its defaults. */
static int check_func_refs(Reader *r)
{
    const IrModule *m = r->m;
    for (int i = 0; i < r->func_refs.n; i++) {
        const Ref *ref = &r->func_refs.items[i];
        r->lineno = ref->line;
        if (ref->index >= m->nfuncs)
            return fail(r, "function f%d is not defined", ref->index);
        if (ref->index == 0)
            return fail(r, "f0 is the module body, not a function to %s",
                ref->op == IR_CALL ? "call directly" : "make");
        const IrFunc *f = m->funcs[ref->index];
        if (ref->op == IR_CALL && !ir_simple_params(f))
            return fail(r, "direct call of f%d, which has more than plain positional parameters", ref->index);
        if (ref->op == IR_CALL && f->nfree)
            return fail(r, "direct call of f%d, which has free variables", ref->index);
        if (ref->op == IR_CALL && ref->nargs != f->nparams)
            return fail(r, "direct call of f%d with %d argument%s; f%d has %d parameter%s", ref->index,
                ref->nargs, ref->nargs == 1 ? "" : "s", ref->index, f->nparams, f->nparams == 1 ? "" : "s");
        if (ref->op == IR_MAKE_FUNCTION && ref->nargs != f->ndefaults + f->nkwdefaults + f->nfree)
            return fail(r,
                "make_function f%d passes %d operand%s; f%d declares %d defaults, %d keyword-only defaults "
                "and %d free variables",
                ref->index, ref->nargs, ref->nargs == 1 ? "" : "s", ref->index, f->ndefaults, f->nkwdefaults,
                f->nfree);
    }
    return 0;
}

/* ---- operands ---- */

/* Index of local `%name` written s[0..n) (with the '%'), or -1. */
static int find_local(const IrFunc *f, const char *s, size_t n)
{
    for (int i = 0; i < f->nlocals; i++)
        if (strlen(f->locals[i]) == n - 1 && memcmp(f->locals[i], s + 1, n - 1) == 0)
            return i;
    return -1;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Whether s[0..n) is written as an operand: tN, kN, %name or _. */
static int looks_like_operand(const char *s, size_t n)
{
    return (n == 1 && s[0] == '_') || (n > 1 && s[0] == '%')
        || (n > 1 && (s[0] == 't' || s[0] == 'k') && is_digit(s[1]));
}

/* The operand written s[0..n). */
static int operand(Reader *r, const char *s, size_t n, IrOpd *o)
{
    if (!looks_like_operand(s, n))
        return fail(r, "expected an operand (tN, kN or %%name), found %s", found(r, s, n));
    if (s[0] == '_') {
        *o = (IrOpd) { OPD_NONE, 0 };
        return 0;
    }
    if (s[0] == '%') {
        int i = find_local(r->f, s, n);
        if (i < 0)
            return fail(r, "unknown local %s (not a parameter or in 'locals')", quote(r, s, n));
        *o = (IrOpd) { OPD_LOCAL, i };
        return 0;
    }
    if (s[0] == 't') {
        *o = (IrOpd) { OPD_TEMP, 0 };
        return index_of(r, s, n, 't', r->f->ntemps, "temporary", &o->index);
    }
    *o = (IrOpd) { OPD_CONST, 0 };
    return index_of(r, s, n, 'k', r->m->nconsts, "constant", &o->index);
}

/* The operand s[0..n) as a value that is read: not `_`, and no kwnames
 * constant (those only name a call's keywords). */
static int value_of(Reader *r, const char *s, size_t n, IrOpd *o)
{
    if (operand(r, s, n, o) < 0)
        return -1;
    if (o->kind == OPD_NONE)
        return fail(r, "missing operand ('_' has no value)");
    if (o->kind == OPD_CONST && r->m->consts[o->index].kind == IRC_KWNAMES && !r->rt_operands)
        return fail(r, "constant k%d holds keyword names, not a value", o->index);
    return 0;
}

static int read_value(Reader *r, IrOpd *o)
{
    const char *s;
    size_t n = word(r, &s);
    return value_of(r, s, n, o);
}

/* `, v` */
static int read_comma_value(Reader *r, IrOpd *o) { return expect_char(r, ',') < 0 ? -1 : read_value(r, o); }

/* (v, ...) into in->args. */
static int read_args(Reader *r, IrInstr *in)
{
    int cap = 0;
    if (expect_char(r, '(') < 0)
        return -1;
    if (peek(r) == ')') {
        r->p++;
        return 0;
    }
    for (;;) {
        in->args = arena_grow(r->arena, in->args, in->nargs, &cap, sizeof *in->args);
        if (read_value(r, &in->args[in->nargs]) < 0)
            return -1;
        in->nargs++;
        int c = peek(r);
        if (c == ')') {
            r->p++;
            return 0;
        }
        if (c != ',')
            return fail(r, "expected ',' or ')' in the argument list, found %s", shown(r));
        r->p++;
    }
}

/* ---- instructions ---- */

static const struct {
    const char *name;
    IrOpcode op;
    int sub;
} fixed_ops[] = {
    { "is", IR_IS, 0 },
    { "is_not", IR_IS, 1 },
    { "not", IR_NOT, 0 },
    { "check_bound", IR_CHECK_BOUND, 0 },
    { "del_local", IR_DEL_LOCAL, 0 },
    { "load_global", IR_LOAD_GLOBAL, 0 },
    { "load_builtin", IR_LOAD_BUILTIN, 0 },
    { "load_name", IR_LOAD_NAME, 0 },
    { "store_global", IR_STORE_GLOBAL, 0 },
    { "del_global", IR_DEL_GLOBAL, 0 },
    { "call", IR_CALL, 0 },
    { "make_function", IR_MAKE_FUNCTION, 0 },
    { "raise", IR_RAISE, 0 },
    { "reraise", IR_RERAISE, 0 },
    { "range_init", IR_RANGE_INIT, 0 },
    { "range_next", IR_RANGE_NEXT, 0 },
    { "for_next", IR_FOR_NEXT, 0 },
    { "rt", IR_RT, 0 },
    { "jump", IR_JUMP, 0 },
    { "branch", IR_BRANCH, 0 },
    { "return", IR_RETURN, 0 },
};

/* The instruction named s[0..n): its opcode and operator. 0, or -1 if
 * there is none of that name. */
static int lookup_op(const char *s, size_t n, IrOpcode *op, int *sub)
{
    for (size_t i = 0; i < sizeof fixed_ops / sizeof *fixed_ops; i++)
        if (word_is(s, n, fixed_ops[i].name)) {
            *op = fixed_ops[i].op;
            *sub = fixed_ops[i].sub;
            return 0;
        }
    for (int i = 0; i <= MOLT_OP_MATMUL; i++) {
        if (word_is(s, n, ir_binop_name(i))) {
            *op = IR_BINOP, *sub = i;
            return 0;
        }
        if (n > 1 && s[0] == 'i' && word_is(s + 1, n - 1, ir_binop_name(i))) {
            *op = IR_INPLACE, *sub = i;
            return 0;
        }
    }
    for (int i = 0; i <= MOLT_GE; i++)
        if (word_is(s, n, ir_compare_name(i))) {
            *op = IR_COMPARE, *sub = i;
            return 0;
        }
    for (int i = 0; i <= IRU_INVERT; i++)
        if (word_is(s, n, ir_unary_name(i))) {
            *op = IR_UNARY, *sub = i;
            return 0;
        }
    return -1;
}

/* Whether the instruction assigns a result (`d = ...`): 1 always, 0
 * never, -1 when that depends on its operands. */
static int has_result(IrOpcode op)
{
    switch (op) {
    case IR_CHECK_BOUND:
    case IR_DEL_LOCAL:
    case IR_STORE_GLOBAL:
    case IR_DEL_GLOBAL:
    case IR_RAISE:
    case IR_RERAISE:
    case IR_RANGE_INIT:
    case IR_JUMP:
    case IR_BRANCH:
    case IR_RETURN:
        return 0;
    case IR_RT: /* checked per intrinsic */
        return -1;
    default:
        return 1;
    }
}

/* A module global named by the instruction: declared by a `global` line
 * (the emitter gives each one a slot). */
static int read_global_name(Reader *r, IrInstr *in)
{
    if (read_name(r, "a global name", &in->name) < 0)
        return -1;
    if (ir_global_find(r->m, in->name) < 0)
        return fail(r, "global '%s' is not declared (no 'global %s' line)", in->name, in->name);
    return 0;
}

/* call CALLEE(ARGS) [kw kN] [direct fN] */
static int read_call(Reader *r, IrInstr *in)
{
    const char *s;
    size_t n = word(r, &s);
    if (value_of(r, s, n, &in->a) < 0 || read_args(r, in) < 0)
        return -1;
    n = word(r, &s);
    if (word_is(s, n, "kw")) {
        int k;
        if (read_index(r, 'k', r->m->nconsts, "constant", &k) < 0)
            return -1;
        const IrConst *c = &r->m->consts[k];
        if (c->kind != IRC_KWNAMES)
            return fail(r, "'kw' needs a kwnames constant; k%d is not one", k);
        if (c->n > in->nargs)
            return fail(r, "k%d names %d keywords but the call passes %d arguments", k, c->n, in->nargs);
        in->b = (IrOpd) { OPD_CONST, k };
        n = word(r, &s);
    }
    if (word_is(s, n, "direct")) {
        if (in->b.kind != OPD_NONE)
            return fail(r, "a direct call passes no keywords");
        if (read_index(r, 'f', MAX_COUNT, "function", &in->func) < 0)
            return -1;
        add_ref(r, &r->func_refs, (Ref) { r->lineno, in->func, IR_CALL, in->nargs });
        n = word(r, &s);
    }
    if (n > 0)
        return fail(r, "unexpected %s after the call's arguments (expected 'kw kN', 'direct fN' or ';')",
            quote(r, s, n));
    return 0;
}

/* rt NAME(ARGS): an intrinsic of intrinsics.h with its operand count; a
 * result only where the intrinsic returns a value. */
static int read_intrinsic(Reader *r, IrInstr *in)
{
    const char *s;
    size_t n = word(r, &s);
    int id = rt_lookup(s, n);
    if (id < 0)
        return fail(r, "unknown intrinsic %s", found(r, s, n));
    in->sub = id;
    r->rt_operands = 1;
    int rc = read_args(r, in);
    r->rt_operands = 0;
    if (rc < 0)
        return -1;
    const RtInfo *rt = &rt_info[id];
    if (rt->nargs != RT_VARIADIC && in->nargs != rt->nargs)
        return fail(r, "intrinsic %s takes %d operand%s, not %d", rt->name, rt->nargs,
            rt->nargs == 1 ? "" : "s", in->nargs);
    if (rt->kind == RTK_STATUS && in->dst.kind != OPD_NONE)
        return fail(r, "intrinsic %s has no result", rt->name);
    return 0;
}

/* The operands of `in` after its name, as docs/ir.md's table gives them. */
static int read_operands(Reader *r, IrInstr *in)
{
    IrFunc *f = r->f;
    switch (in->op) {
    case IR_BINOP:
    case IR_INPLACE:
    case IR_COMPARE:
    case IR_IS:
        return read_value(r, &in->a) < 0 ? -1 : read_comma_value(r, &in->b);
    case IR_UNARY:
    case IR_NOT:
    case IR_RAISE:
    case IR_RETURN:
        return read_value(r, &in->a);
    case IR_CHECK_BOUND:
    case IR_DEL_LOCAL:
        if (read_value(r, &in->a) < 0)
            return -1;
        if (in->a.kind != OPD_LOCAL)
            return fail(r, "the operand must be a local (%%name)");
        if (in->op == IR_CHECK_BOUND && in->a.index < f->nparams)
            return fail(
                r, "check_bound of parameter %%%s (parameters are bound on entry)", f->locals[in->a.index]);
        return 0;
    case IR_LOAD_GLOBAL:
    case IR_DEL_GLOBAL:
        return read_global_name(r, in);
    case IR_LOAD_BUILTIN:
        return read_name(r, "a builtin name", &in->name);
    case IR_LOAD_NAME:
        if (read_name(r, "a name", &in->name) < 0 || read_comma_value(r, &in->a) < 0
            || read_comma_value(r, &in->b) < 0)
            return -1;
        if (in->b.kind != OPD_CONST || r->m->consts[in->b.index].kind != IRC_STR)
            return fail(r, "load_name's second operand must be a str constant");
        return 0;
    case IR_STORE_GLOBAL:
        return read_global_name(r, in) < 0 ? -1 : read_comma_value(r, &in->a);
    case IR_CALL:
        return read_call(r, in);
    case IR_MAKE_FUNCTION:
        if (read_index(r, 'f', MAX_COUNT, "function", &in->func) < 0 || read_args(r, in) < 0)
            return -1;
        add_ref(r, &r->func_refs, (Ref) { r->lineno, in->func, IR_MAKE_FUNCTION, in->nargs });
        return 0;
    case IR_RERAISE:
        return 0;
    case IR_RANGE_INIT:
        if (read_index(r, 'r', f->nranges, "range slot", &in->slot) < 0 || read_args(r, in) < 0)
            return -1;
        return in->nargs >= 1 && in->nargs <= 3 ? 0 : fail(r, "range_init takes 1 to 3 arguments");
    case IR_RANGE_NEXT:
        if (read_index(r, 'r', f->nranges, "range slot", &in->slot) < 0 || expect_word(r, "else") < 0)
            return -1;
        return read_block_ref(r, &in->target);
    case IR_FOR_NEXT:
        if (read_value(r, &in->a) < 0 || expect_word(r, "else") < 0)
            return -1;
        return read_block_ref(r, &in->target);
    case IR_RT:
        return read_intrinsic(r, in);
    case IR_JUMP:
        return read_block_ref(r, &in->target);
    case IR_BRANCH:
        if (read_value(r, &in->a) < 0 || expect_char(r, ',') < 0 || read_block_ref(r, &in->target) < 0
            || expect_char(r, ',') < 0)
            return -1;
        return read_block_ref(r, &in->target2);
    case IR_MOVE:
        break;
    }
    return 0;
}

/* [d =] NAME OPERANDS ; line N -- appended to the current block. */
static int read_instr(Reader *r)
{
    IrFunc *f = r->f;
    if (r->cur < 0)
        return fail(r, "instruction before the first block label (b0:)");
    const IrBlock *blk = &f->blocks[r->cur];
    if (blk->ninstrs && ir_is_terminator(blk->instrs[blk->ninstrs - 1].op))
        return fail(r, "instruction after the end of block b%d (its terminator)", r->cur);
    IrInstr in = { 0 };
    in.func = -1;
    in.target = in.target2 = -1;
    const char *s;
    size_t n = word(r, &s);
    int is_move = 0;
    if (peek(r) == '=') {
        if (operand(r, s, n, &in.dst) < 0)
            return -1;
        if (in.dst.kind != OPD_TEMP && in.dst.kind != OPD_LOCAL)
            return fail(r, "the result must be a temporary or a local");
        r->p++;
        n = word(r, &s);
        is_move = looks_like_operand(s, n);
    }
    if (is_move) {
        in.op = IR_MOVE;
        if (value_of(r, s, n, &in.a) < 0)
            return -1;
    } else {
        if (lookup_op(s, n, &in.op, &in.sub) < 0)
            return fail(r, "unknown instruction %s", found(r, s, n));
        if (has_result(in.op) > 0 && in.dst.kind == OPD_NONE)
            return fail(r, "'%.*s' needs a result (d = %.*s ...)", (int)n, s, (int)n, s);
        if (has_result(in.op) == 0 && in.dst.kind != OPD_NONE)
            return fail(r, "'%.*s' has no result", (int)n, s);
        if (read_operands(r, &in) < 0)
            return -1;
    }
    if (peek(r) != ';')
        return fail(r, "expected '; line N' after the instruction, found %s", shown(r));
    r->p++;
    if (expect_word(r, "line") < 0 || read_number(r, "line number", MAX_LINE, &in.line) < 0
        || expect_eol(r) < 0)
        return -1;
    *ir_emit(r->m, f, r->cur, in.op, in.line) = in;
    r->last_line = r->lineno;
    return 0;
}

/* ---- functions ---- */

/* Every range slot the function declares is started by a range_init (the
 * emitter declares each one, and an unused one draws a C warning). */
static int check_range_slots(Reader *r)
{
    const IrFunc *f = r->f;
    char *used = arena_alloc(r->arena, (size_t)f->nranges + 1);
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].ninstrs; i++)
            if (f->blocks[b].instrs[i].op == IR_RANGE_INIT)
                used[f->blocks[b].instrs[i].slot] = 1;
    for (int k = 0; k < f->nranges; k++)
        if (!used[k]) {
            r->lineno = r->decl_line;
            return fail(r, "range slot r%d is declared but no range_init starts it", k);
        }
    return 0;
}

/* The current block is complete: not empty, and it ends by leaving it
 * (jump, branch, return, raise, reraise). */
static int finish_block(Reader *r)
{
    const IrBlock *blk = &r->f->blocks[r->cur];
    if (blk->ninstrs == 0) {
        r->lineno = r->cur_line;
        return fail(r, "block b%d is empty", r->cur);
    }
    IrOpcode last = blk->instrs[blk->ninstrs - 1].op;
    if (!ir_is_terminator(last) && last != IR_RAISE && last != IR_RERAISE) {
        r->lineno = r->last_line;
        return fail(r, "block b%d does not end with jump, branch, return or raise", r->cur);
    }
    return 0;
}

/* bN: [except bM] -- opens block N (blocks are opened in text order). */
static int read_label(Reader *r, const char *s, size_t n)
{
    IrFunc *f = r->f;
    int b;
    if (index_of(r, s, n, 'b', f->nblocks, "block", &b) < 0)
        return -1;
    r->p++; /* ':' */
    if (r->defined[b])
        return fail(r, "block b%d defined twice", b);
    if (r->cur < 0 && b != 0)
        return fail(r, "the first block must be b0, the entry");
    if (r->cur >= 0 && finish_block(r) < 0)
        return -1;
    r->defined[b] = 1;
    ir_block_open(f, b);
    r->cur = b;
    r->cur_line = r->lineno;
    const char *w;
    size_t wn = word(r, &w);
    if (word_is(w, wn, "except")) {
        if (read_block_ref(r, &f->blocks[b].exc_target) < 0)
            return -1;
    } else if (wn) {
        return fail(r, "unexpected %s after the block label (expected 'except bN')", quote(r, w, wn));
    }
    return expect_eol(r);
}

/* A local or parameter `%name` (the word s[0..n)), new to the function. */
static int add_local(Reader *r, const char *s, size_t n)
{
    if (n < 2 || s[0] != '%' || !is_name(s + 1, n - 1))
        return fail(r, "expected a local (%%name), found %s", found(r, s, n));
    if (find_local(r->f, s, n) >= 0)
        return fail(r, "local %s declared twice", quote(r, s, n));
    ir_local(r->m, r->f, arena_strndup(r->arena, s + 1, n - 1));
    return 0;
}

/* (%a, %b, ...) */
static int read_params(Reader *r)
{
    IrFunc *f = r->f;
    if (expect_char(r, '(') < 0)
        return -1;
    if (peek(r) != ')') {
        for (;;) {
            const char *s;
            size_t n = word(r, &s);
            if (add_local(r, s, n) < 0)
                return -1;
            if (peek(r) == ')')
                break;
            if (expect_char(r, ',') < 0)
                return -1;
        }
    }
    r->p++; /* ')' */
    f->nparams = f->nlocals;
    return 0;
}

static int read_signature(Reader *r, int fi, const char *s, size_t n);

/* `line N defaults N cname C [name NAME] [signature] {` after the parameters. */
static int read_func_attrs(Reader *r, int fi)
{
    IrModule *m = r->m;
    IrFunc *f = r->f;
    const char *s;
    size_t n;
    if (expect_word(r, "line") < 0 || read_number(r, "line number", MAX_LINE, &f->lineno) < 0
        || expect_word(r, "defaults") < 0 || read_number(r, "count", MAX_COUNT, &f->ndefaults) < 0)
        return -1;
    if (f->ndefaults > f->nparams)
        return fail(r, "%d defaults for %d parameters", f->ndefaults, f->nparams);
    if (fi == 0 && f->nparams > 0)
        return fail(r, "f0, the module body, takes no parameters");
    if (expect_word(r, "cname") < 0)
        return -1;
    n = word(r, &s);
    if (!is_cname(s, n))
        return fail(r, "expected a C identifier after 'cname', found %s", found(r, s, n));
    f->cname = arena_strndup(r->arena, s, n);
    for (int i = 0; i < fi; i++)
        if (strcmp(m->funcs[i]->cname, f->cname) == 0)
            return fail(r, "cname %s is already the cname of f%d", f->cname, i);
    n = word(r, &s);
    if (word_is(s, n, "name")) {
        if (read_name(r, "a function name", &f->name) < 0)
            return -1;
        n = word(r, &s);
    }
    if (read_signature(r, fi, s, n) < 0)
        return -1;
    return expect_char(r, '{') < 0 ? -1 : expect_eol(r);
}

/* The optional signature attributes (ir_print.c's print_signature), in
 * their order; s[0..n) is the first word after the name. */
static int read_signature(Reader *r, int fi, const char *s, size_t n)
{
    IrFunc *f = r->f;
    int extra, freecap = 0;
    if (n && fi == 0)
        return fail(r, "f0, the module body, has no signature attributes");
    if (word_is(s, n, "posonly")) {
        if (read_number(r, "count", MAX_COUNT, &f->posonly) < 0)
            return -1;
        n = word(r, &s);
    }
    if (word_is(s, n, "kwonly")) {
        if (read_number(r, "count", MAX_COUNT, &f->kwonly) < 0)
            return -1;
        n = word(r, &s);
    }
    if (word_is(s, n, "varargs")) {
        f->flags |= IRF_VARARGS;
        n = word(r, &s);
    }
    if (word_is(s, n, "varkw")) {
        f->flags |= IRF_VARKW;
        n = word(r, &s);
    }
    extra = f->kwonly + ((f->flags & IRF_VARARGS) != 0) + ((f->flags & IRF_VARKW) != 0);
    if (extra > f->nparams || f->posonly > ir_argcount(f) || f->ndefaults > ir_argcount(f))
        return fail(r, "the signature attributes do not fit %d parameters", f->nparams);
    if (word_is(s, n, "kwdefaults")) {
        n = word(r, &s);
        if ((int)n != f->kwonly)
            return fail(r, "expected one 0 or 1 per keyword-only parameter, found %s", found(r, s, n));
        f->kwdefault = arena_alloc(r->arena, n + 1);
        for (size_t i = 0; i < n; i++) {
            if (s[i] != '0' && s[i] != '1')
                return fail(r, "expected one 0 or 1 per keyword-only parameter, found %s", found(r, s, n));
            f->kwdefault[i] = s[i] == '1';
            f->nkwdefaults += s[i] == '1';
        }
        n = word(r, &s);
    }
    if (word_is(s, n, "free")) {
        while (peek(r) == '%') {
            n = word(r, &s);
            f->free = arena_grow(r->arena, f->free, f->nfree, &freecap, sizeof *f->free);
            f->free[f->nfree++] = arena_strndup(r->arena, s + 1, n - 1);
        }
        if (f->nfree == 0)
            return fail(r, "expected free variables after 'free', found %s", shown(r));
        n = word(r, &s);
    }
    if (word_is(s, n, "doc")) {
        if (read_index(r, 'k', r->m->nconsts, "constant", &f->doc) < 0)
            return -1;
        if (r->m->consts[f->doc].kind != IRC_STR)
            return fail(r, "the docstring k%d is not a str constant", f->doc);
        n = word(r, &s);
    }
    if (n)
        return fail(r, "expected a signature attribute or '{', found %s", quote(r, s, n));
    return 0;
}

/* Each free variable is a local of its function. */
static int check_free(Reader *r)
{
    IrFunc *f = r->f;
    for (int i = 0; i < f->nfree; i++) {
        int found_it = 0;
        for (int j = 0; j < f->nlocals; j++)
            found_it |= strcmp(f->locals[j], f->free[i]) == 0;
        if (!found_it)
            return fail(r, "free variable %%%s is not a local of f%d", f->free[i], ir_func_index(r->m, f));
    }
    return 0;
}

/* locals %a ... / temps N ranges N blocks N: the lines after the header. */
static int read_func_decls(Reader *r)
{
    IrFunc *f = r->f;
    if (!next_line(r))
        return fail(r, "unexpected end of the text: expected 'locals'");
    if (expect_word(r, "locals") < 0)
        return -1;
    while (peek(r)) {
        const char *s;
        size_t n = word(r, &s);
        if (add_local(r, s, n) < 0)
            return -1;
    }
    int nblocks;
    if (!next_line(r))
        return fail(r, "unexpected end of the text: expected 'temps'");
    r->decl_line = r->lineno;
    if (expect_word(r, "temps") < 0 || read_number(r, "count", MAX_COUNT, &f->ntemps) < 0
        || expect_word(r, "ranges") < 0 || read_number(r, "count", MAX_COUNT, &f->nranges) < 0
        || expect_word(r, "blocks") < 0 || read_number(r, "count", MAX_BLOCKS, &nblocks) < 0
        || expect_eol(r) < 0)
        return -1;
    r->total += f->ntemps + f->nranges + nblocks;
    if (r->total > MAX_TOTAL)
        return fail(r, "too many temps, range slots and blocks in the module (at most %d in all)", MAX_TOTAL);
    for (int i = 0; i < nblocks; i++)
        ir_block_new(r->m, f);
    r->defined = arena_alloc(r->arena, (size_t)nblocks + 1);
    return 0;
}

/* func fN QUALNAME(PARAMS) line N defaults N cname C [name NAME] {
 *   locals ... / temps ... / blocks / } */
static int read_func(Reader *r)
{
    IrModule *m = r->m;
    int fi;
    const char *s;
    if (read_index(r, 'f', MAX_COUNT, "function", &fi) < 0)
        return -1;
    if (fi != m->nfuncs)
        return fail(r, "functions must be numbered in order: expected f%d", m->nfuncs);
    size_t n = word(r, &s);
    if (!is_qualname(s, n))
        return fail(r, "bad function name %s", found(r, s, n));
    const char *qualname = arena_strndup(r->arena, s, n);
    r->f = ir_func_new(m, ir_qualname_tail(qualname), qualname, 0);
    r->cur = -1;
    r->block_refs.n = 0;
    if (read_params(r) < 0 || read_func_attrs(r, fi) < 0 || read_func_decls(r) < 0 || check_free(r) < 0)
        return -1;
    while (next_line(r)) {
        if (peek(r) == '}') {
            r->p++;
            if (expect_eol(r) < 0)
                return -1;
            if (r->cur < 0)
                return fail(r, "function f%d has no blocks", fi);
            if (finish_block(r) < 0 || check_block_refs(r) < 0)
                return -1;
            return check_range_slots(r);
        }
        const char *save = r->p;
        n = word(r, &s);
        if (peek(r) == ':') {
            if (read_label(r, s, n) < 0)
                return -1;
        } else {
            r->p = save;
            if (read_instr(r) < 0)
                return -1;
        }
    }
    return fail(r, "unexpected end of the text: function f%d is not closed with '}'", fi);
}

/* ---- the module ---- */

IrModule *ir_read(Arena *a, const char *file, const char *text, size_t len, Diag *diag)
{
    Reader r = { 0 };
    r.arena = a;
    r.diag = diag;
    r.next = text;
    r.end = text + len;
    diag->file = file;
    if (check_bytes(&r, text, len) < 0)
        return NULL;
    if (!next_line(&r)) {
        fail(&r, "empty text: expected 'module NAME file \"PATH\" cname C'");
        return NULL;
    }
    if (read_module_line(&r) < 0)
        return NULL;
    while (next_line(&r)) {
        const char *s;
        size_t n = word(&r, &s);
        int rc;
        if (word_is(s, n, "const") || word_is(s, n, "global")) {
            if (r.m->nfuncs > 0) {
                fail(&r, "'%.*s' after the first function (constants and globals come first)", (int)n, s);
                return NULL;
            }
            rc = s[0] == 'c' ? read_const(&r) : read_global(&r);
        } else if (word_is(s, n, "func")) {
            rc = read_func(&r);
        } else {
            rc = fail(&r, "expected 'const', 'global' or 'func', found %s", found(&r, s, n));
        }
        if (rc < 0)
            return NULL;
    }
    if (r.m->nfuncs == 0) {
        fail(&r, "no functions: f0, the module body, is required");
        return NULL;
    }
    if (check_func_refs(&r) < 0)
        return NULL;
    return r.m;
}
