/* Private process state saved by molt_main (for a future sys.argv). */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_MAIN_H
#define MOLT_INTERNAL_MAIN_H

/* argv as given to molt_main; 0 / NULL before it runs. */
extern int molt_argc;
extern char **molt_argv;

#endif /* MOLT_INTERNAL_MAIN_H */
