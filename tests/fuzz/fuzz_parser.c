/* libFuzzer target for the front end: arbitrary bytes through
 * parse_source (decoding, lexer, parser), then ast_dump of the tree (with
 * and without positions) or diag_print of the error, both into memory.
 * Everything is freed each iteration, so leaks are findings.
 * `make fuzz` builds and runs it; docs/fuzzing.md explains. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "parser.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* FUZZ_MAX_DEPTH=N in the environment skips inputs whose brackets nest
 * deeper than N (counting every bracket byte, in strings too): a way to
 * fuzz past an open exponential-time parser bug, which
 * tests/fuzz/regressions/README.md lists. Unset, every input runs. */
static long max_depth = -1;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *e = getenv("FUZZ_MAX_DEPTH");
    if (e && *e) {
        char *end;
        max_depth = strtol(e, &end, 10);
        if (*end || max_depth < 0) {
            fprintf(stderr, "fuzz_parser: FUZZ_MAX_DEPTH=%s is not a number\n", e);
            exit(2);
        }
        fprintf(stderr, "fuzz_parser: skipping inputs with brackets nested deeper than %ld\n", max_depth);
    }
    return 0;
}

static int too_deep(const uint8_t *data, size_t size)
{
    long depth = 0;
    for (size_t i = 0; i < size; i++) {
        if (data[i] == '(' || data[i] == '[' || data[i] == '{') {
            if (++depth > max_depth)
                return 1;
        } else if ((data[i] == ')' || data[i] == ']' || data[i] == '}') && depth > 0) {
            depth--;
        }
    }
    return 0;
}

/* Consume a FILE's output: the sink needs no buffer that grows with the
 * input (ast_dump of deep trees is large). */
static FILE *open_sink(void)
{
    FILE *f = fopen("/dev/null", "w");
    if (!f) {
        perror("fuzz_parser: /dev/null");
        abort();
    }
    return f;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    if (max_depth >= 0 && too_deep(data, size))
        return 0;
    if (!sink)
        sink = open_sink();
    Arena *arena = arena_new();
    Diag diag = { 0 };
    mod_ty mod = parse_source(arena, "<fuzz>", (const char *)data, size, &diag);
    if (mod) {
        ast_dump(sink, mod, 0);
        ast_dump(sink, mod, 1);
    } else {
        /* diag_print writes to stderr; glibc lets the stream be swapped
         * for the call. Sanitizer reports go to file descriptor 2 and are
         * unaffected. */
        FILE *saved = stderr;
        stderr = sink;
        diag_print(&diag);
        stderr = saved;
    }
    if (fflush(sink) != 0) {
        perror("fuzz_parser: write");
        abort();
    }
    arena_free(arena);
    return 0;
}
