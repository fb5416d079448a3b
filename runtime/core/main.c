/* Program entry: runtime initialisation, running the main module body, and
 * turning an uncaught exception into CPython's traceback and exit status
 * (SystemExit's code included). Also GC root registration for modules. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gc/gc.h>

#include "internal/alloc.h"
#include "internal/exceptions.h"
#include "internal/int.h"
#include "internal/main.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

int molt_argc;
char **molt_argv;

/* Register [start, start+size) as GC roots. */
MOLT_API void molt_register_roots(void *start, size_t size) { GC_add_roots(start, (char *)start + size); }

/* SIGINT only sets a flag; compiled code raises KeyboardInterrupt at its
 * next call or loop back-edge (molt_enter, MOLT_POLL). */
static void on_sigint(int sig)
{
    (void)sig;
    molt_signal_pending = 1;
    molt_enter_limit = -1; /* the next call takes molt_enter's slow path */
}

/* Once per process: GMP memory, the stdout buffer, argv, SIGINT. */
static void runtime_init(int argc, char **argv)
{
    static int done;
    molt_argc = argc;
    molt_argv = argv;
    if (done)
        return;
    done = 1;
    molt_alloc_init_gmp();
    /* Boehm starts with a 64 KiB heap and collects whenever a third of it
     * has been allocated since the last collection, so a program making
     * short-lived objects would collect (scanning every root) every few
     * dozen KiB. A 4 MiB start makes that about once per MiB. The user's
     * GC_INITIAL_HEAP_SIZE, which the collector reads itself, wins. */
    if (!getenv("GC_INITIAL_HEAP_SIZE"))
        GC_expand_hp(4u << 20);
    /* a big buffer when piped, line buffering on a terminal, as CPython */
    if (isatty(STDOUT_FILENO))
        setvbuf(stdout, NULL, _IOLBF, BUFSIZ);
    else
        setvbuf(stdout, NULL, _IOFBF, 1 << 16);
    /* As CPython: leave SIGINT alone when it was inherited as ignored
     * (e.g. a background job of a non-interactive shell). */
    struct sigaction old, sa;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_DFL) {
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_sigint;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, NULL);
    }
}

/* After an uncaught KeyboardInterrupt, CPython (3.8+) ends by SIGINT so
 * the parent sees the interrupt; so do we. */
static int exit_by_sigint(void)
{
    fflush(stdout);
    fflush(stderr);
    signal(SIGINT, SIG_DFL);
    raise(SIGINT);
    return 130; /* only if SIGINT is blocked */
}

/* SystemExit: exit status from its code, as CPython's handle_system_exit
 * (None -> 0, int -> that int, anything else printed to stderr -> 1). */
static int system_exit_status(MoltValue exc)
{
    MoltValue args = molt_exc_args(exc), code, s;
    size_t n = molt_tuple_len(args);
    int64_t status;
    code = n == 0 ? MOLT_NONE : n == 1 ? molt_tuple_item(args, 0) : args;
    if (code == MOLT_NONE)
        return 0;
    if (molt_is_intlike(code))
        return molt_int_as_i64(code, &status) < 0 ? -1 : (int)status;
    s = molt_str(code);
    if (s) {
        fwrite(molt_str_cstr(s), 1, molt_str_obj(s)->len, stderr);
        fputc('\n', stderr);
    } else {
        molt_err_clear();
    }
    return 1;
}

/* Runs body as the __main__ module; returns the process exit status. */
MOLT_API int molt_main(int argc, char **argv, MoltValue (*body)(void))
{
    MoltValue r, exc;
    int status = 0;
    runtime_init(argc, argv);
    r = body();
    if (r == MOLT_NULL) {
        exc = molt_err_pending();
        fflush(stdout);
        if (exc && molt_isinstance(exc, &MoltExc_SystemExit)) {
            status = system_exit_status(exc);
        } else {
            if (exc)
                molt_tb_print(stderr, exc);
            else
                fputs("SystemError: error return without exception set\n", stderr);
            status = 1;
            if (exc && molt_isinstance(exc, &MoltExc_KeyboardInterrupt))
                return exit_by_sigint();
        }
        molt_err_clear();
    }
    fflush(stdout);
    fflush(stderr);
    return status;
}
