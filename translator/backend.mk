## Automake fragment: the translator's middle and back end and its driver.
MOLT_BACKEND_SOURCES = \
	translator/arena.c translator/arena.h translator/diag.h \
	translator/strmap.c translator/strmap.h \
	translator/cname.c translator/cname.h \
	translator/future.c translator/future.h \
	translator/symtable.c translator/symtable.h \
	translator/symtable_analyze.c translator/symtable_dump.c \
	translator/compile_check.c translator/compile_check.h \
	translator/compile_check_match.c translator/compile_check_int.h \
	translator/ir.c translator/ir.h translator/ir_print.c \
	translator/intrinsics.c translator/intrinsics.h \
	translator/ir_read.c \
	translator/lower.c translator/lower.h translator/lower_int.h translator/lower_function.c \
	translator/lower_try.c \
	translator/lower_class.c \
	translator/lower_container.c translator/lower_comp.c translator/lower_fstring.c \
	translator/lower_match.c translator/lower_annotation.c \
	translator/specialize.c translator/specialize.h \
	translator/emit_c.c translator/emit_c.h \
	translator/jit.c translator/cc.c translator/toolchain.h \
	translator/driver.c translator/driver.h \
	translator/main.c
