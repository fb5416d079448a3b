/* molt2c's command line: parse arguments, initialise the collector, and
 * hand the command to the driver. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <molt/molt.h>

#include "driver.h"
#include "toolchain.h"

static const char help[]
    = "molt2c " PACKAGE_VERSION " - translate Python 3.11 programs into C\n"
      "\n"
      "usage: molt2c COMMAND [OPTIONS] FILE.py [ARGS...]\n"
      "\n"
      "commands:\n"
      "  run FILE.py [ARGS...]     translate, compile in memory with libtcc and run;\n"
      "                            ARGS become sys.argv[1:]; exits with the program's status\n"
      "  build FILE.py [-o EXE]    translate and compile with $CC $CFLAGS (default -O2)\n"
      "                            into a standalone executable (default: FILE without .py)\n"
      "  emit FILE.py [-o FILE.c]  write the generated C (default: standard output)\n"
      "  ast FILE.py...            print the syntax tree as Python's ast.dump does\n"
      "  symtable FILE.py...       print every scope and the scope of every name\n"
      "                            (Python's symtable module; see docs/symtable.md)\n"
      "  ir FILE.py                print the Molt IR (see docs/ir.md)\n"
      "\n"
      "FILE.py may also be a Molt IR file (FILE.mir, as `molt2c ir` prints it) for\n"
      "run, build, emit and ir.\n"
      "\n"
      "options:\n"
      "  -o, --output PATH         output file for build and emit\n"
      "  --positions               ast: include line and column attributes\n"
      "  --line-directives         emit/build: #line directives pointing at the .py file\n"
      "  --keep-c                  build: keep the generated C as EXE.c\n"
      "  -h, --help                show this help\n"
      "  -V, --version             show the version\n"
      "\n"
      "exit status: the program's own for run; otherwise 0 on success, 1 for a Python\n"
      "error (SyntaxError, or an uncaught exception), 2 for a bad command line or\n"
      "unreadable file, 3 for a construct molt2c does not support yet, 4 when C\n"
      "compilation fails.\n";

/* One line on stderr for a bad command line; returns EXIT_USAGE. */
static int bad_usage(const char *fmt, const char *arg)
{
    fputs("molt2c: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs(" (try 'molt2c --help')\n", stderr);
    return EXIT_USAGE;
}

static const struct {
    const char *name;
    Command cmd;
} commands[] = {
    { "run", CMD_RUN },
    { "build", CMD_BUILD },
    { "emit", CMD_EMIT },
    { "ast", CMD_AST },
    { "symtable", CMD_SYMTABLE },
    { "ir", CMD_IR },
};

/* Parse the option at argv[*i] (advancing *i past its argument). Returns 1
 * if it was an option, 0 if it is not one, or an exit status (> 1) after a
 * usage message. */
static int parse_option(Options *o, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    int out_ok = o->cmd == CMD_BUILD || o->cmd == CMD_EMIT;
    if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) {
        if (!out_ok)
            return bad_usage("option '%s' applies to build and emit only", a);
        if (++*i >= argc)
            return bad_usage("option '%s' needs an argument", a);
        o->output = argv[*i];
    } else if (strcmp(a, "--positions") == 0 && o->cmd == CMD_AST) {
        o->positions = 1;
    } else if (strcmp(a, "--line-directives") == 0 && out_ok) {
        o->line_directives = 1;
    } else if (strcmp(a, "--keep-c") == 0 && o->cmd == CMD_BUILD) {
        o->keep_c = 1;
    } else if (a[0] == '-' && a[1] != '\0') {
        return bad_usage("unknown option '%s'", a);
    } else {
        return 0;
    }
    return 1;
}

int main(int argc, char **argv)
{
    MOLT_GC_INIT();
    if (argc < 2)
        return bad_usage("%s", "missing command");
    const char *first = argv[1];
    if (strcmp(first, "-h") == 0 || strcmp(first, "--help") == 0) {
        fputs(help, stdout);
        return 0;
    }
    if (strcmp(first, "-V") == 0 || strcmp(first, "--version") == 0) {
        printf("molt2c %s\n", PACKAGE_VERSION);
        return 0;
    }
    Options o = { 0 };
    size_t ncmd = sizeof commands / sizeof commands[0], c;
    for (c = 0; c < ncmd; c++)
        if (strcmp(first, commands[c].name) == 0)
            break;
    if (c == ncmd)
        return bad_usage(first[0] == '-' ? "unknown option '%s'" : "unknown command '%s'", first);
    o.cmd = commands[c].cmd;

    /* Options may come before or after FILE, except for run, where
     * everything after FILE belongs to the program. */
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(help, stdout);
            return 0;
        }
        int r = strcmp(argv[i], "--") == 0 && !o.input ? (i++, 0) : parse_option(&o, argc, argv, &i);
        if (r > 1)
            return r;
        if (r == 1)
            continue;
        if (i >= argc)
            break;
        if (o.input && (o.cmd == CMD_AST || o.cmd == CMD_SYMTABLE)) {
            o.inputs[o.ninputs++] = argv[i]; /* packed down over the options */
            continue;
        }
        if (o.input)
            return bad_usage("unexpected argument '%s'", argv[i]);
        o.input = argv[i];
        o.inputs = argv + i;
        o.ninputs = 1;
        if (o.cmd == CMD_RUN) {
            o.prog_argc = argc - i;
            o.prog_argv = argv + i;
            break;
        }
    }
    if (!o.input)
        return bad_usage("%s", "missing FILE.py");
    return driver_run(&o);
}
