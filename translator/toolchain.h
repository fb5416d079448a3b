/* Compiling generated C: in memory with libtcc (jit.c) or into an
 * executable with the system C compiler (cc.c), against the libmolt that
 * matches this molt2c (the build tree's or the installed one). */
#ifndef MOLT_TOOLCHAIN_H
#define MOLT_TOOLCHAIN_H

/* Exit statuses of molt2c itself (the program's own status passes
 * through unchanged for `run`). */
enum {
    EXIT_PYTHON_ERROR = 1, /* SyntaxError, or an uncaught exception */
    EXIT_USAGE = 2, /* bad command line, unreadable input */
    EXIT_UNSUPPORTED = 3, /* valid Python molt2c cannot translate yet */
    EXIT_CC_FAILED = 4, /* the C compiler rejected generated code (a bug) */
};

typedef struct ToolPaths {
    char include_dir[4096]; /* holds molt/molt.h */
    char libmolt_a[4096]; /* static libmolt for `build` */
} ToolPaths;

/* Where libmolt's headers and library are: the build tree when this
 * molt2c runs from it, else the install directories; MOLT_INCLUDE_DIR and
 * MOLT_LIB_DIR override. */
void tool_paths(ToolPaths *p);

/* Compile C source `csrc` in memory and run its module body `entry` with
 * argv[0..argc). Returns the program's exit status, or EXIT_CC_FAILED
 * after printing tcc's diagnostics (naming the Python file `pyfile`). */
int jit_run(const char *csrc, const char *entry, const char *pyfile, int argc, char **argv);

/* Compile the C file c_path into the executable exe with $CC (default: the
 * compiler molt2c was configured with) and $CFLAGS (default -O2), linked
 * statically against libmolt. 0, or EXIT_CC_FAILED with a message. */
int cc_build(const char *c_path, const char *exe, const char *pyfile);

#endif /* MOLT_TOOLCHAIN_H */
