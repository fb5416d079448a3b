/* Release builds with the system C compiler for `molt2c build`, and the
 * search for libmolt's headers and library shared with jit.c. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "toolchain.h"

extern char **environ;

static int is_file(const char *path) { return access(path, R_OK) == 0; }

void tool_paths(ToolPaths *p)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    int in_tree = 0;
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            in_tree = strcmp(exe, MOLT_ABS_BUILDDIR) == 0;
        }
    }
    const char *inc = getenv("MOLT_INCLUDE_DIR");
    const char *lib = getenv("MOLT_LIB_DIR");
    snprintf(p->include_dir, sizeof p->include_dir, "%s",
        inc           ? inc
            : in_tree ? MOLT_ABS_SRCDIR "/include"
                      : MOLT_INCLUDEDIR);
    snprintf(p->libmolt_a, sizeof p->libmolt_a, "%s/libmolt.a",
        lib           ? lib
            : in_tree ? MOLT_ABS_BUILDDIR "/.libs"
                      : MOLT_LIBDIR);
}

/* Append the whitespace-separated words of s to argv (which has room). */
static int split_words(char *s, char **argv, int argc, int max)
{
    for (char *w = strtok(s, " \t\n"); w && argc < max; w = strtok(NULL, " \t\n"))
        argv[argc++] = w;
    return argc;
}

int cc_build(const char *c_path, const char *exe, const char *pyfile)
{
    ToolPaths paths;
    tool_paths(&paths);
    if (!is_file(paths.libmolt_a)) {
        fprintf(stderr, "molt2c: cannot find libmolt.a at %s (set MOLT_LIB_DIR, or build libmolt)\n",
            paths.libmolt_a);
        return EXIT_CC_FAILED;
    }
    const char *cc_env = getenv("CC"), *cflags_env = getenv("CFLAGS");
    char *cc = strdup(cc_env && *cc_env ? cc_env : MOLT_CC_DEFAULT);
    char *cflags = strdup(cflags_env ? cflags_env : "-O2");
    char *libs = strdup(MOLT_LINK_LIBS);
    char include_flag[4200];
    snprintf(include_flag, sizeof include_flag, "-I%s", paths.include_dir);
    enum { MAX_ARGS = 256 };
    char *argv[MAX_ARGS + 1];
    int argc = split_words(cc, argv, 0, MAX_ARGS - 8);
    argc = split_words(cflags, argv, argc, MAX_ARGS - 8);
    argv[argc++] = include_flag;
    argv[argc++] = (char *)c_path;
    argv[argc++] = "-o";
    argv[argc++] = (char *)exe;
    argv[argc++] = paths.libmolt_a;
    argc = split_words(libs, argv, argc, MAX_ARGS);
    argv[argc] = NULL;

    int rc = EXIT_CC_FAILED;
    pid_t pid;
    int err = posix_spawnp(&pid, argv[0], NULL, NULL, argv, environ);
    if (err != 0) {
        fprintf(stderr, "molt2c: cannot run the C compiler '%s': %s\n", argv[0], strerror(err));
    } else {
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
            ;
        if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
            rc = 0;
        else
            fprintf(
                stderr, "molt2c: the C compiler '%s' failed on the code generated for %s\n", argv[0], pyfile);
    }
    free(cc);
    free(cflags);
    free(libs);
    return rc;
}
