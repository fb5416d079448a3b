/* Runtime intrinsics: the IR instruction `rt NAME(args)` (IR_RT) calls one
 * libmolt function. Most of the language (attributes, subscripts,
 * containers, iteration, cells, exceptions, classes) lowers to intrinsics,
 * so a new runtime operation is one row here, not a new opcode in the
 * reader, printer and emitter.
 *
 * Each row: X(ID, "ir-name", "c_function", NARGS, KIND, FLAGS)
 *   NARGS  number of operands; RT_VARIADIC passes (size_t n, MoltValue *v)
 *   KIND   what the C function returns (see RtKind)
 *   FLAGS  RTF_CACHE: the emitter passes a fresh per-site `MoltCache *`
 *          first (inline caches live in the module state, a GC root)
 */
#ifndef MOLT_INTRINSICS_H
#define MOLT_INTRINSICS_H

#include <stddef.h>

typedef enum {
    RTK_VALUE, /* MoltValue; MOLT_NULL means an exception is pending */
    RTK_PURE, /* MoltValue; never fails */
    RTK_STATUS, /* int; < 0 means an exception is pending; no result */
    RTK_BOOL, /* int 0/1; < 0 means an exception; result is a bool */
} RtKind;

#define RT_VARIADIC (-1)
#define RTF_CACHE 0x1

/* One row per line, grouped by concept (each group after a comment line);
 * the IR name is what `molt2c ir` prints. */
/* clang-format off */
#define IR_INTRINSICS(X) \
    X(RT_BUILD_TUPLE, "build_tuple", "molt_tuple_new", RT_VARIADIC, RTK_PURE, 0) \
    /* imaginary literals, `2j` (runtime/objects/complex.c) */ \
    X(RT_COMPLEX_IMAG, "complex_imag", "molt_complex_imag_literal", 1, RTK_PURE, 0) \
    /* exceptions (runtime/core/errors.c, runtime/objects/excgroup.c), with (runtime/core/with.c) */ \
    X(RT_EXC_FETCH, "exc_fetch", "molt_exc_fetch", 0, RTK_PURE, 0) \
    X(RT_EXC_PUSH, "exc_push", "molt_exc_push", 1, RTK_PURE, 0) \
    X(RT_EXC_POP, "exc_pop", "molt_exc_pop", 1, RTK_PURE, 0) \
    X(RT_EXC_MATCH, "exc_match", "molt_exc_match", 2, RTK_BOOL, 0) \
    X(RT_EXC_RESTORE, "exc_restore", "molt_exc_restore", 1, RTK_STATUS, 0) \
    X(RT_EXC_RAISE_ACTIVE, "exc_raise_active", "molt_exc_raise_active", 0, RTK_STATUS, 0) \
    X(RT_EXC_WITH_CAUSE, "exc_with_cause", "molt_exc_with_cause", 2, RTK_VALUE, 0) \
    X(RT_EG_SPLIT, "eg_split", "molt_eg_split", 2, RTK_VALUE, 0) \
    X(RT_EG_ITEM, "eg_item", "molt_eg_item", 2, RTK_PURE, 0) \
    X(RT_EG_COLLECT, "eg_collect", "molt_eg_collect", 2, RTK_PURE, 0) \
    X(RT_EG_PREP_RERAISE, "eg_prep_reraise", "molt_eg_prep_reraise", 2, RTK_VALUE, 0) \
    X(RT_WITH_LOOKUP, "with_lookup", "molt_with_lookup", 1, RTK_VALUE, 0) \
    X(RT_WITH_ENTER, "with_enter", "molt_with_enter", 1, RTK_VALUE, 0) \
    X(RT_WITH_EXIT, "with_exit", "molt_with_exit", 3, RTK_BOOL, 0) \
    /* f-strings (lower_fstring.c, runtime/objects/format.c) */ \
    X(RT_REPR, "repr", "molt_repr", 1, RTK_VALUE, 0) \
    X(RT_STR, "str", "molt_str", 1, RTK_VALUE, 0) \
    X(RT_ASCII, "ascii", "molt_ascii", 1, RTK_VALUE, 0) \
    X(RT_FORMAT_VALUE, "format_value", "molt_format_value", 2, RTK_VALUE, 0) \
    X(RT_BUILD_STRING, "build_string", "molt_str_build", RT_VARIADIC, RTK_PURE, 0) \
    /* containers: displays (lower_container.c) */ \
    X(RT_BUILD_LIST, "build_list", "molt_list_new", RT_VARIADIC, RTK_PURE, 0) \
    X(RT_LIST_APPEND, "list_append", "molt_list_append", 2, RTK_STATUS, 0) \
    X(RT_LIST_EXTEND, "list_extend", "molt_list_extend_star", 2, RTK_STATUS, 0) \
    X(RT_LIST_TO_TUPLE, "list_to_tuple", "molt_list_to_tuple", 1, RTK_PURE, 0) \
    X(RT_BUILD_DICT, "build_dict", "molt_dict_new", 0, RTK_PURE, 0) \
    X(RT_DICT_SETITEM, "dict_setitem", "molt_dict_setitem", 3, RTK_STATUS, 0) \
    X(RT_DICT_UPDATE, "dict_update", "molt_dict_update_star", 2, RTK_STATUS, 0) \
    X(RT_BUILD_SET, "build_set", "molt_set_new", 0, RTK_PURE, 0) \
    X(RT_SET_DISPLAY_CONST, "set_display_const", "molt_set_display_const", RT_VARIADIC, RTK_VALUE, 0) \
    X(RT_SET_ADD, "set_add", "molt_set_add", 2, RTK_STATUS, 0) \
    X(RT_SET_UPDATE, "set_update", "molt_set_update", 2, RTK_STATUS, 0) \
    X(RT_BUILD_SLICE, "build_slice", "molt_slice_new", 3, RTK_PURE, 0) \
    /* subscripts, membership, iteration */ \
    X(RT_GETITEM, "getitem", "molt_getitem", 2, RTK_VALUE, 0) \
    X(RT_SETITEM, "setitem", "molt_setitem", 3, RTK_STATUS, 0) \
    X(RT_DELITEM, "delitem", "molt_delitem", 2, RTK_STATUS, 0) \
    X(RT_CONTAINS, "contains", "molt_contains", 2, RTK_BOOL, 0) \
    X(RT_NOT_CONTAINS, "not_contains", "molt_not_contains", 2, RTK_BOOL, 0) \
    X(RT_ITER, "iter", "molt_iter", 1, RTK_VALUE, 0) \
    /* sequence unpacking, `a, *b, c = v` (runtime/core/syntax.c) */ \
    X(RT_UNPACK, "unpack", "molt_unpack", 2, RTK_VALUE, 0) \
    X(RT_UNPACK_EX, "unpack_ex", "molt_unpack_ex", 3, RTK_VALUE, 0) \
    X(RT_UNPACKED, "unpacked", "molt_unpacked_item", 2, RTK_PURE, 0) \
    /* match statements (runtime/core/match.c) */ \
    X(RT_MATCH_IS_SEQUENCE, "match_is_sequence", "molt_match_is_sequence", 1, RTK_BOOL, 0) \
    X(RT_MATCH_IS_MAPPING, "match_is_mapping", "molt_match_is_mapping", 1, RTK_BOOL, 0) \
    X(RT_MATCH_LEN, "match_len", "molt_match_len", 1, RTK_VALUE, 0) \
    X(RT_MATCH_STAR, "match_star", "molt_match_star", 3, RTK_VALUE, 0) \
    X(RT_MATCH_KEYS, "match_keys", "molt_match_keys", 2, RTK_VALUE, 0) \
    X(RT_MATCH_REST, "match_rest", "molt_match_rest", 2, RTK_VALUE, 0) \
    X(RT_MATCH_CLASS, "match_class", "molt_match_class", 4, RTK_VALUE, 0) \
    /* cells and free variables (lower_function.c) */ \
    X(RT_CELL_NEW, "cell_new", "molt_cell_new", 1, RTK_PURE, 0) \
    X(RT_CELL_NEW_EMPTY, "cell_new_empty", "molt_cell_new_empty", 0, RTK_PURE, 0) \
    X(RT_CELL_GET_LOCAL, "cell_get_local", "molt_cell_get_local", 2, RTK_VALUE, 0) \
    X(RT_CELL_GET_FREE, "cell_get_free", "molt_cell_get_free", 2, RTK_VALUE, 0) \
    X(RT_CELL_SET, "cell_set", "molt_cell_set", 2, RTK_PURE, 0) \
    X(RT_CELL_DEL_LOCAL, "cell_del_local", "molt_cell_del_local", 2, RTK_STATUS, 0) \
    X(RT_CELL_DEL_FREE, "cell_del_free", "molt_cell_del_free", 2, RTK_STATUS, 0) \
    /* locals() in a function (runtime/builtins/locals.c) */ \
    X(RT_LOCALS_ADD, "locals_add", "molt_locals_add", 3, RTK_STATUS, 0) \
    X(RT_LOCALS_ADD_CELL, "locals_add_cell", "molt_locals_add_cell", 3, RTK_STATUS, 0) \
    /* calls with *args / **kwargs (runtime/core/call.c) */ \
    X(RT_CALLARGS_NEW, "callargs_new", "molt_list_new", RT_VARIADIC, RTK_PURE, 0) \
    X(RT_CALLARGS_APPEND, "callargs_append", "molt_list_append", 2, RTK_STATUS, 0) \
    X(RT_CALLARGS_EXTEND, "callargs_extend", "molt_callargs_extend", 2, RTK_STATUS, 0) \
    X(RT_CALLKW_NEW, "callkw_new", "molt_dict_new", 0, RTK_PURE, 0) \
    X(RT_CALLKW_SET, "callkw_set", "molt_callkw_set", 4, RTK_STATUS, 0) \
    X(RT_CALLKW_MERGE, "callkw_merge", "molt_callkw_merge", 3, RTK_STATUS, 0) \
    X(RT_CALL_EX, "call_ex", "molt_call_ex", 3, RTK_VALUE, 0) \
    /* attributes and classes (runtime/core/attr.c, runtime/objects/class.c) */ \
    X(RT_LOAD_ATTR, "load_attr", "molt_load_attr", 2, RTK_VALUE, RTF_CACHE) \
    X(RT_STORE_ATTR, "store_attr", "molt_store_attr", 3, RTK_STATUS, RTF_CACHE) \
    X(RT_DEL_ATTR, "del_attr", "molt_del_attr", 2, RTK_STATUS, 0) \
    X(RT_CALL_METHOD, "call_method", "molt_call_method", RT_VARIADIC, RTK_VALUE, RTF_CACHE) \
    X(RT_CALL_METHOD_KW, "call_method_kw", "molt_call_method_kw", RT_VARIADIC, RTK_VALUE, RTF_CACHE) \
    /* class bodies: the namespace (runtime/core/classbody.c) */ \
    X(RT_NS_STORE, "ns_store", "molt_ns_store", 3, RTK_STATUS, 0) \
    X(RT_NS_DEL, "ns_del", "molt_ns_del", 2, RTK_STATUS, 0) \
    X(RT_NS_LOAD_FREE, "ns_load_free", "molt_ns_load_free", 3, RTK_VALUE, 0) \
    X(RT_SUPER0, "super0", "molt_super_new", 2, RTK_VALUE, 0) \
    /* end of the table */
/* clang-format on */
typedef enum {
#define RT_ENUM(id, name, cfunc, nargs, kind, flags) id,
    IR_INTRINSICS(RT_ENUM)
#undef RT_ENUM
        RT_COUNT
} RtId;

typedef struct RtInfo {
    const char *name; /* IR text name */
    const char *cfunc; /* libmolt function the emitter calls */
    int nargs; /* operand count, or RT_VARIADIC */
    RtKind kind;
    unsigned flags;
} RtInfo;

extern const RtInfo rt_info[RT_COUNT];

/* The intrinsic named s[0..n), or -1. */
int rt_lookup(const char *s, size_t n);

#endif /* MOLT_INTRINSICS_H */
