/* The translation pipeline behind each molt2c command:
 *   read -> parse [-> print AST] -> symtable [-> print it] -> compile checks
 *   -> lower -> { print IR | emit C } -> { libtcc in memory | system cc | file },
 * or, for FILE.mir, read the IR text (ir_read.c) in place of the front end. */
#include "driver.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "ast.h"
#include "compile_check.h"
#include "diag.h"
#include "emit_c.h"
#include "ir.h"
#include "lower.h"
#include "parser.h"
#include "specialize.h"
#include "symtable.h"
#include "toolchain.h"

/* The whole file, NUL-terminated, or NULL with a message. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "molt2c: cannot open '%s': %s\n", path, strerror(errno));
        return NULL;
    }
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            fprintf(stderr, "molt2c: out of memory reading '%s'\n", path);
            fclose(f);
            return NULL;
        }
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1)
            break;
        cap *= 2;
        char *bigger = realloc(buf, cap);
        if (!bigger)
            free(buf);
        buf = bigger;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        fprintf(stderr, "molt2c: cannot read '%s': %s\n", path, strerror(errno));
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* C identifier stem from the file name: "dir/my-prog.py" -> "my_prog". */
static const char *module_cname(Arena *a, const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    if (n > 3 && strcmp(base + n - 3, ".py") == 0)
        n -= 3;
    char *c = arena_alloc(a, n + 2);
    size_t j = 0;
    if (n == 0 || isdigit((unsigned char)base[0]))
        c[j++] = '_';
    for (size_t i = 0; i < n; i++)
        c[j++] = isalnum((unsigned char)base[i]) ? base[i] : '_';
    c[j] = '\0';
    return c;
}

/* The script's path as CPython shows it in tracebacks and SyntaxErrors:
 * `python3 prog.py` makes it absolute by prefixing the working directory,
 * without normalising ("/home/me/./prog.py"). */
static const char *script_path(Arena *a, const char *path)
{
    char cwd[4096];
    if (path[0] == '/' || !getcwd(cwd, sizeof cwd))
        return path;
    return arena_printf(a, "%s/%s", cwd, path);
}

/* Whether s ends with suffix. */
static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

static int report(const Diag *d)
{
    diag_print(d);
    return d->kind == DIAG_UNSUPPORTED ? EXIT_UNSUPPORTED : EXIT_PYTHON_ERROR;
}

static int write_c(const char *path, const IrModule *m, const EmitOptions *eo)
{
    FILE *out = strcmp(path, "-") == 0 ? stdout : fopen(path, "w");
    if (!out) {
        fprintf(stderr, "molt2c: cannot write '%s': %s\n", path, strerror(errno));
        return EXIT_USAGE;
    }
    int rc = emit_c_module(out, m, eo);
    if (out != stdout ? fclose(out) != 0 : fflush(out) != 0)
        rc = -1;
    if (rc < 0) {
        fprintf(stderr, "molt2c: error writing '%s'\n", path);
        return EXIT_USAGE;
    }
    return 0;
}

static int do_build(const Options *o, const IrModule *m, const EmitOptions *eo)
{
    char exe_default[4096];
    const char *exe = o->output;
    if (!exe) {
        const char *base = strrchr(o->input, '/');
        base = base ? base + 1 : o->input;
        size_t n = strlen(base);
        if (n > 3 && strcmp(base + n - 3, ".py") == 0)
            n -= 3;
        else if (n > 4 && has_suffix(base, ".mir"))
            n -= 4; /* never the input itself */
        snprintf(exe_default, sizeof exe_default, "%.*s", (int)n, base);
        exe = exe_default;
    }
    char c_path[4200];
    int fd = -1;
    if (o->keep_c) {
        snprintf(c_path, sizeof c_path, "%s.c", exe);
    } else {
        const char *tmp = getenv("TMPDIR");
        snprintf(c_path, sizeof c_path, "%s/molt2c-XXXXXX.c", tmp && *tmp ? tmp : "/tmp");
        fd = mkstemps(c_path, 2);
        if (fd < 0) {
            fprintf(stderr, "molt2c: cannot create a temporary file: %s\n", strerror(errno));
            return EXIT_USAGE;
        }
        close(fd);
    }
    int rc = write_c(c_path, m, eo);
    if (rc == 0)
        rc = cc_build(c_path, exe, o->input);
    if (!o->keep_c)
        unlink(c_path);
    return rc;
}

static int do_run(const Options *o, const IrModule *m, const EmitOptions *eo)
{
    char *text;
    size_t len;
    FILE *mem = open_memstream(&text, &len);
    if (!mem || emit_c_module(mem, m, eo) < 0 || fclose(mem) != 0) {
        fprintf(stderr, "molt2c: out of memory generating C\n");
        return EXIT_CC_FAILED;
    }
    char entry[512];
    snprintf(entry, sizeof entry, "%s", m->funcs[0]->cname);
    /* The program's output and molt2c's share stdout: flush ours first. */
    fflush(stdout);
    return jit_run(text, entry, o->input, o->prog_argc, o->prog_argv);
}

/* Python source through the front end to IR: NULL after printing the AST
 * or the symbol tables (`ast`, `symtable`, *rc 0) or reporting an error
 * (*rc set). */
static IrModule *from_python(const Options *o, Arena *arena, const char *src, size_t len, Diag *diag, int *rc)
{
    mod_ty mod = parse_source(arena, diag->file, src, len, diag);
    if (!mod) {
        *rc = report(diag);
        return NULL;
    }
    if (o->cmd == CMD_AST) {
        ast_dump(stdout, mod, o->positions);
        return NULL;
    }
    SymTable *st = sym_build(arena, mod, diag);
    if (!st) {
        *rc = report(diag);
        return NULL;
    }
    if (o->cmd == CMD_SYMTABLE) {
        sym_dump(stdout, st);
        return NULL;
    }
    if (compile_check(st, mod, diag) < 0) {
        *rc = report(diag);
        return NULL;
    }
    /* Emitted C names the file as given, so that it does not depend on
     * the directory it was generated in. */
    const char *file = o->cmd == CMD_EMIT ? o->input : diag->file;
    IrModule *m = lower_module(arena, mod, st, file, module_cname(arena, o->input), diag);
    if (!m)
        *rc = report(diag);
    return m;
}

/* One file through the pipeline the command asks for. */
static int run_one(const Options *o)
{
    /* FILE.mir holds Molt IR text (docs/ir.md): read, not parsed. */
    int is_ir = has_suffix(o->input, ".mir");
    if (is_ir && (o->cmd == CMD_AST || o->cmd == CMD_SYMTABLE)) {
        fprintf(stderr, "molt2c: '%s' needs Python source, and '%s' is Molt IR (try 'molt2c --help')\n",
            o->cmd == CMD_AST ? "ast" : "symtable", o->input);
        return EXIT_USAGE;
    }
    size_t len;
    char *src = read_file(o->input, &len);
    if (!src)
        return EXIT_USAGE;
    Arena *arena = arena_new();
    Diag diag = { 0 };
    diag.file = is_ir ? o->input : script_path(arena, o->input);
    diag.source = src;
    int rc = 0;
    IrModule *m;
    if (is_ir) {
        m = ir_read(arena, o->input, src, len, &diag);
        if (!m)
            rc = report(&diag);
    } else {
        m = from_python(o, arena, src, len, &diag, &rc);
    }
    if (!m)
        goto done;
    spec_module(m);
    /* IR text has no Python source to quote in statement comments. */
    EmitOptions eo = { is_ir ? NULL : src, o->line_directives };
    switch (o->cmd) {
    case CMD_IR:
        ir_print(stdout, m);
        break;
    case CMD_EMIT:
        rc = write_c(o->output ? o->output : "-", m, &eo);
        break;
    case CMD_BUILD:
        rc = do_build(o, m, &eo);
        break;
    case CMD_RUN:
        rc = do_run(o, m, &eo);
        break;
    case CMD_AST:
    case CMD_SYMTABLE:
        break;
    }
done:
    arena_free(arena);
    free(src);
    return rc;
}

int driver_run(const Options *o)
{
    if (o->cmd != CMD_AST && o->cmd != CMD_SYMTABLE)
        return run_one(o);
    /* `ast` and `symtable` take several files: each is dumped in turn, and
     * the status is the worst any of them gave. */
    int worst = 0;
    for (int i = 0; i < o->ninputs; i++) {
        Options one = *o;
        one.input = o->inputs[i];
        int rc = run_one(&one);
        if (rc > worst)
            worst = rc;
    }
    return worst;
}
