/* In-memory compilation with libtcc for `molt2c run`.
 *
 * The generated code's calls into libmolt resolve against molt2c itself:
 * molt2c carries the runtime and exports its API symbols (-export-dynamic),
 * and libtcc resolves undefined symbols in the running process. So the
 * program shares molt2c's runtime and collector, already initialised. */
#include <stdio.h>
#include <string.h>

#include <libtcc.h>

#include <molt/molt.h>

#include "toolchain.h"

typedef struct JitErrors {
    const char *pyfile;
    int count;
} JitErrors;

/* tcc diagnostics on generated code mean a molt2c bug: say so, name the
 * Python file, and keep tcc's text for the bug report. */
static void on_tcc_error(void *opaque, const char *msg)
{
    JitErrors *e = opaque;
    if (e->count++ == 0)
        fprintf(stderr, "molt2c: internal error: tcc rejected the C generated for %s (please report):\n",
            e->pyfile);
    fprintf(stderr, "  %s\n", msg);
}

int jit_run(const char *csrc, const char *entry, const char *pyfile, int argc, char **argv)
{
    ToolPaths paths;
    tool_paths(&paths);
    JitErrors errors = { pyfile, 0 };
    TCCState *s = tcc_new();
    if (!s) {
        fprintf(stderr, "molt2c: cannot create a tcc compiler state\n");
        return EXIT_CC_FAILED;
    }
    tcc_set_error_func(s, &errors, on_tcc_error);
    tcc_set_output_type(s, TCC_OUTPUT_MEMORY);
    tcc_add_include_path(s, paths.include_dir);
    tcc_define_symbol(s, "MOLT_NO_MAIN", "1");
    if (tcc_compile_string(s, csrc) < 0 || tcc_relocate(s, TCC_RELOCATE_AUTO) < 0) {
        tcc_delete(s);
        return EXIT_CC_FAILED;
    }
    MoltValue (*body)(void) = (MoltValue(*)(void))tcc_get_symbol(s, entry);
    if (!body) {
        fprintf(stderr, "molt2c: internal error: no symbol %s in the C generated for %s\n", entry, pyfile);
        tcc_delete(s);
        return EXIT_CC_FAILED;
    }
    /* The compiled code stays mapped until exit: objects the program made
     * may point into it (function descriptions, constants). */
    return molt_main(argc, argv, body);
}
