/* The translation pipeline behind each molt2c command. */
#ifndef MOLT_DRIVER_H
#define MOLT_DRIVER_H

typedef enum { CMD_RUN, CMD_BUILD, CMD_EMIT, CMD_AST, CMD_SYMTABLE, CMD_IR } Command;

typedef struct Options {
    Command cmd;
    const char *input; /* the .py file (the first, for ast and symtable) */
    int ninputs; /* ast, symtable: how many files follow argv's input (>= 1) */
    char **inputs; /* ast, symtable: all the files, inputs[0] == input */
    const char *output; /* -o, or NULL for the default */
    int positions; /* ast --positions */
    int line_directives; /* emit/build --line-directives */
    int keep_c; /* build --keep-c: leave the generated .c beside the exe */
    int prog_argc; /* run: argv of the program, argv[0] = input */
    char **prog_argv;
} Options;

/* Run one command; returns molt2c's exit status (see toolchain.h). */
int driver_run(const Options *o);

#endif /* MOLT_DRIVER_H */
