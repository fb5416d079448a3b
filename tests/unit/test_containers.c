/* Unit tests for the containers runtime: method tables and descriptors
 * (molt_type_dict), list slicing and sort, dict deletion and order. */
#include <stdarg.h>
#include <string.h>

#include "internal/alloc.h"
#include "internal/builtins.h"
#include "internal/class.h"
#include "internal/containers.h"
#include "internal/int.h"
#include "internal/tuple.h"
#include "internal/dict.h"
#include "internal/list.h"
#include "internal/type.h"
#include "suites.h"

static MoltValue ints(int n, ...)
{
    va_list ap;
    MoltValue l = molt_list_new(0, NULL);
    int i;
    va_start(ap, n);
    for (i = 0; i < n; i++)
        molt_list_append(l, MOLT_INT(va_arg(ap, int)));
    va_end(ap);
    return l;
}

/* obj.name(args...) through the type dict and the descriptor protocol. */
static MoltValue call_method(MoltValue obj, const char *name, size_t n, const MoltValue *args)
{
    MoltType *t = molt_type_of(obj);
    MoltValue descr, bound;
    ck_assert_int_eq(molt_dict_lookup_cstr(molt_type_dict(t), name, &descr), 1);
    bound = molt_type_of(descr)->descr_get(descr, obj, molt_from_ptr(t));
    ck_assert(bound != MOLT_NULL);
    return molt_call(bound, args, n, MOLT_NULL);
}

START_TEST(test_type_dict)
{
    MoltValue d = molt_type_dict(&MoltList_Type), v;
    ck_assert_int_eq(molt_dict_lookup_cstr(d, "append", &v), 1);
    ck_assert_str_eq(test_repr(v), "<method 'append' of 'list' objects>");
    ck_assert(molt_type_dict(&MoltList_Type) == d);
    ck_assert_int_eq(molt_dict_lookup_cstr(d, "nope", &v), 0);
}
END_TEST

START_TEST(test_list_methods)
{
    MoltValue l = ints(3, 3, 1, 2), a[2], r;
    a[0] = MOLT_INT(7);
    ck_assert(call_method(l, "append", 1, a) == MOLT_NONE);
    ck_assert_str_eq(test_repr(l), "[3, 1, 2, 7]");
    a[0] = MOLT_INT(-1);
    a[1] = MOLT_INT(9);
    call_method(l, "insert", 2, a);
    ck_assert_str_eq(test_repr(l), "[3, 1, 2, 9, 7]");
    r = call_method(l, "pop", 0, NULL);
    ck_assert(r == MOLT_INT(7));
    call_method(l, "sort", 0, NULL);
    ck_assert_str_eq(test_repr(l), "[1, 2, 3, 9]");
    call_method(l, "reverse", 0, NULL);
    ck_assert_str_eq(test_repr(l), "[9, 3, 2, 1]");
    a[0] = MOLT_INT(5);
    ck_assert(call_method(l, "remove", 1, a) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "ValueError: list.remove(x): x not in list");
    ck_assert(call_method(l, "index", 1, a) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "ValueError: 5 is not in list");
    ck_assert(call_method(molt_list_new(0, NULL), "pop", 0, NULL) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "IndexError: pop from empty list");
    ck_assert(call_method(l, "append", 0, NULL) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "TypeError: list.append() takes exactly one argument (0 given)");
}
END_TEST

START_TEST(test_list_slices)
{
    MoltValue l = ints(6, 0, 1, 2, 3, 4, 5);
    MoltValue s = molt_slice_new(MOLT_INT(-1), MOLT_NULL, MOLT_INT(-2));
    ck_assert_str_eq(test_repr(molt_getitem(l, s)), "[5, 3, 1]");
    ck_assert_str_eq(
        test_repr(molt_getitem(l, molt_slice_new(MOLT_INT(1), MOLT_INT(100), MOLT_NULL))), "[1, 2, 3, 4, 5]");
    ck_assert_int_eq(molt_setitem(l, molt_slice_new(MOLT_INT(1), MOLT_INT(3), MOLT_NULL), ints(1, 9)), 0);
    ck_assert_str_eq(test_repr(l), "[0, 9, 3, 4, 5]");
    ck_assert_int_eq(molt_delitem(l, molt_slice_new(MOLT_NULL, MOLT_NULL, MOLT_INT(2))), 0);
    ck_assert_str_eq(test_repr(l), "[9, 4]");
    ck_assert_int_eq(molt_setitem(l, molt_slice_new(MOLT_NULL, MOLT_NULL, MOLT_INT(2)), ints(2, 1, 2)), -1);
    ck_assert_str_eq(
        test_exc(), "ValueError: attempt to assign sequence of size 2 to extended slice of size 1");
    ck_assert(molt_getitem(l, MOLT_INT(2)) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "IndexError: list index out of range");
    ck_assert(molt_getitem(l, molt_slice_new(MOLT_NULL, MOLT_NULL, MOLT_INT(0))) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "ValueError: slice step cannot be zero");
    molt_list_append(l, l);
    ck_assert_str_eq(test_repr(l), "[9, 4, [...]]");
}
END_TEST

START_TEST(test_list_sort_stable)
{
    /* (key, tag) tuples sorted by key only keep tag order */
    MoltValue l = molt_list_new(0, NULL), t[2], key;
    int i;
    for (i = 0; i < 40; i++) {
        t[0] = MOLT_INT((i * 7) % 5);
        t[1] = MOLT_INT(i);
        molt_list_append(l, molt_tuple_new(2, t));
    }
    key = molt_builtin("len"); /* all equal keys: order unchanged */
    ck_assert_int_eq(molt_list_sort(l, key, 1), 0);
    ck_assert(molt_tuple_item(molt_list_item(l, 0), 1) == MOLT_INT(0));
    ck_assert_int_eq(molt_list_sort(l, MOLT_NULL, 0), 0);
    for (i = 1; i < 40; i++)
        ck_assert(molt_truth(molt_le(molt_list_item(l, i - 1), molt_list_item(l, i))) == 1);
}
END_TEST

/* key function for the timsort test: the first item of a tuple */
static MoltValue first_item(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    (void)nargs;
    (void)kwnames;
    return molt_tuple_item(args[0], 0);
}

static const MoltBuiltinDef first_def = { "first", first_item };
static MoltBuiltin first_fn = { { &MoltBuiltin_Type }, &first_def };

/* The key of item i for input pattern p over n items. */
static int pattern_key(int p, int i, int n)
{
    switch (p) {
    case 0:
        return (int)(((unsigned)i * 2654435761u) >> 7) % 13; /* random, many equal keys */
    case 1:
        return (int)(((unsigned)i * 2654435761u) >> 3) % 100003; /* random, few equal */
    case 2:
        return i / 3; /* ascending with plateaus */
    case 3:
        return n - i; /* strictly descending */
    case 4:
        return i % 50; /* sawtooth: many short runs */
    case 5:
        return i < n / 2 ? 2 * i : 2 * (i - n / 2) + 1; /* two interleaving runs: gallops */
    default:
        return 7; /* all equal */
    }
}

/* Timsort invariants over sizes around minrun and run boundaries and
 * several input shapes: the result is ordered, is a permutation of the
 * input (the tags are each seen once), and items with equal keys keep
 * their input order (stable), with and without reverse. */
START_TEST(test_timsort_invariants)
{
    static const int sizes[] = { 0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 127, 128, 129, 1000, 4097 };
    MoltValue key = molt_from_ptr(&first_fn);
    for (size_t si = 0; si < sizeof sizes / sizeof sizes[0]; si++) {
        int n = sizes[si];
        char *seen = molt_alloc((size_t)n + 1);
        for (int p = 0; p < 7; p++) {
            for (int reverse = 0; reverse < 2; reverse++) {
                MoltValue l = molt_list_new(0, NULL), t[2];
                for (int i = 0; i < n; i++) {
                    t[0] = MOLT_INT(pattern_key(p, i, n));
                    t[1] = MOLT_INT(i);
                    molt_list_append(l, molt_tuple_new(2, t));
                }
                ck_assert_int_eq(molt_list_sort(l, key, reverse), 0);
                ck_assert_uint_eq(molt_list_obj(l)->n, (size_t)n);
                memset(seen, 0, (size_t)n + 1);
                for (int i = 0; i < n; i++) {
                    MoltValue it = molt_list_item(l, (size_t)i);
                    int64_t tag = molt_int_value(molt_tuple_item(it, 1));
                    ck_assert(tag >= 0 && tag < n && !seen[tag]);
                    seen[tag] = 1;
                    if (i > 0) {
                        MoltValue prev = molt_list_item(l, (size_t)i - 1);
                        int64_t k0 = molt_int_value(molt_tuple_item(prev, 0));
                        int64_t k1 = molt_int_value(molt_tuple_item(it, 0));
                        int64_t t0 = molt_int_value(molt_tuple_item(prev, 1));
                        ck_assert(reverse ? k0 >= k1 : k0 <= k1);
                        if (k0 == k1)
                            ck_assert_msg(
                                t0 < tag, "unstable: n=%d pattern=%d reverse=%d at %d", n, p, reverse, i);
                    }
                }
            }
        }
    }
}
END_TEST

START_TEST(test_dict_delete_order)
{
    MoltValue d = molt_dict_new(), v, a[2];
    size_t pos = 0;
    int i;
    for (i = 0; i < 100; i++)
        molt_dict_setitem(d, MOLT_INT(i), MOLT_INT(i * i));
    for (i = 0; i < 100; i += 2)
        ck_assert_int_eq(molt_dict_delitem(d, MOLT_INT(i)), 0);
    ck_assert_uint_eq(molt_dict_len(d), 50);
    molt_dict_setitem(d, MOLT_INT(0), MOLT_INT(-1));
    for (i = 0; i < 50; i++) {
        ck_assert_int_eq(molt_dict_next(d, &pos, &v, NULL), 1);
        ck_assert(v == MOLT_INT(2 * i + 1));
    }
    ck_assert_int_eq(molt_dict_next(d, &pos, &v, NULL), 1);
    ck_assert(v == MOLT_INT(0));
    ck_assert_int_eq(molt_dict_delitem(d, MOLT_INT(2)), -1);
    ck_assert_str_eq(test_exc(), "KeyError: 2");
    ck_assert_int_eq(molt_dict_lookup(d, MOLT_INT(99), &v), 1);
    ck_assert(v == MOLT_INT(99 * 99));
    a[0] = molt_str_from_cstr("k");
    ck_assert(call_method(d, "get", 1, a) == MOLT_NONE);
    ck_assert_str_eq(test_repr(call_method(d, "popitem", 0, NULL)), "(0, -1)");
    ck_assert_str_eq(test_repr(call_method(molt_dict_new(), "items", 0, NULL)), "dict_items([])");
    molt_dict_setitem(d, a[0], d);
    ck_assert(strstr(test_repr(d), "'k': {...}}") != NULL);
}
END_TEST

START_TEST(test_dict_resize_tombstones)
{
    /* d = {i: i for i in range(1000)}; delete every key not divisible by
     * 10; reinsert 1, 11, 21, 31, 41: the survivors keep their order, the
     * reinserted keys go to the end (python3's list(d)) */
    MoltValue d = molt_dict_new(), k, v;
    size_t pos = 0;
    int i, n = 0;
    for (i = 0; i < 1000; i++)
        molt_dict_setitem(d, MOLT_INT(i), MOLT_INT(i));
    for (i = 0; i < 1000; i++)
        if (i % 10)
            ck_assert_int_eq(molt_dict_delitem(d, MOLT_INT(i)), 0);
    for (i = 0; i < 5; i++)
        molt_dict_setitem(d, MOLT_INT(i * 10 + 1), MOLT_INT(-i));
    ck_assert_uint_eq(molt_dict_len(d), 105);
    while (molt_dict_next(d, &pos, &k, &v)) {
        if (n < 100)
            ck_assert(k == MOLT_INT(n * 10));
        else
            ck_assert(k == MOLT_INT((n - 100) * 10 + 1) && v == MOLT_INT(-(n - 100)));
        n++;
    }
    ck_assert_int_eq(n, 105);
    for (i = 0; i < 1000; i++)
        ck_assert_int_eq(molt_dict_lookup(d, MOLT_INT(i), &v), i % 10 == 0 || (i % 10 == 1 && i < 50));
}
END_TEST

START_TEST(test_dict_iter_keys_changed)
{
    /* for k in d: d.pop(k); d[k] = 1 -> same size, new entries:
     * "dictionary keys changed during iteration" */
    MoltValue d = molt_dict_new(), it, k;
    molt_dict_setitem(d, MOLT_INT(1), MOLT_INT(1));
    molt_dict_setitem(d, MOLT_INT(2), MOLT_INT(2));
    it = molt_iter(d);
    for (;;) {
        k = molt_next(it);
        if (!k || k == MOLT_STOP)
            break;
        ck_assert_int_eq(molt_dict_delitem(d, k), 0);
        molt_dict_setitem(d, k, MOLT_INT(1));
    }
    ck_assert(k == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "RuntimeError: dictionary keys changed during iteration");
    ck_assert(molt_next(it) == MOLT_STOP);
}
END_TEST

START_TEST(test_slot_wrappers)
{
    /* range.__len__(range(5)), int.__divmod__(7, 2), a wrong self type */
    MoltValue len = molt_builtin_slot_attr(&MoltRangeObj_Type, molt_str_from_cstr("__len__"));
    MoltValue dm = molt_builtin_slot_attr(&MoltInt_Type, molt_str_from_cstr("__divmod__"));
    MoltValue r, a[2];
    ck_assert(len != MOLT_NULL && dm != MOLT_NULL);
    ck_assert_str_eq(test_repr(len), "<slot wrapper '__len__' of 'range' objects>");
    a[0] = molt_call(molt_builtin("range"), (MoltValue[]) { MOLT_INT(5) }, 1, MOLT_NULL);
    ck_assert(molt_call(len, a, 1, MOLT_NULL) == MOLT_INT(5));
    a[0] = MOLT_INT(7);
    a[1] = MOLT_INT(2);
    ck_assert_str_eq(test_repr(molt_call(dm, a, 2, MOLT_NULL)), "(3, 1)");
    r = molt_call(len, a, 1, MOLT_NULL);
    ck_assert(r == MOLT_NULL);
    ck_assert_str_eq(
        test_exc(), "TypeError: descriptor '__len__' requires a 'range' object but received a 'int'");
    /* inherited slots are the base's attribute: bool has no __add__ of its own */
    ck_assert(molt_builtin_slot_attr(&MoltBool_Type, molt_str_from_cstr("__add__")) == MOLT_NULL);
    ck_assert(molt_builtin_slot_attr(&MoltList_Type, molt_str_from_cstr("__hash__")) == MOLT_NONE);
}
END_TEST

START_TEST(test_slice_indices_big)
{
    /* slice(None, None, -1).indices(10**20), slice(-10**30, 10**30, 7).indices(10**25) */
    MoltValue e20 = molt_int_from_text("100000000000000000000", 21, 10, MOLT_NULL);
    MoltValue e25 = molt_int_from_text("10000000000000000000000000", 26, 10, MOLT_NULL);
    MoltValue e30 = molt_int_from_text("1000000000000000000000000000000", 31, 10, MOLT_NULL);
    MoltValue out[3];
    ck_assert_int_eq(molt_slice_indices_big(
                         molt_slice_new(MOLT_NONE, MOLT_NONE, MOLT_INT(-1)), e20, &out[0], &out[1], &out[2]),
        0);
    ck_assert_str_eq(test_repr(molt_tuple_new(3, out)), "(99999999999999999999, -1, -1)");
    ck_assert_int_eq(molt_slice_indices_big(
                         molt_slice_new(molt_int_neg(e30), e30, MOLT_INT(7)), e25, &out[0], &out[1], &out[2]),
        0);
    ck_assert_str_eq(test_repr(molt_tuple_new(3, out)), "(0, 10000000000000000000000000, 7)");
    ck_assert_int_eq(molt_slice_indices_big(
                         molt_slice_new(MOLT_NONE, MOLT_NONE, MOLT_INT(0)), e20, &out[0], &out[1], &out[2]),
        -1);
    ck_assert_str_eq(test_exc(), "ValueError: slice step cannot be zero");
}
END_TEST

static MoltValue int_set(int64_t start, int64_t stop, int64_t step)
{
    MoltValue s = molt_set_new();
    int64_t i;
    for (i = start; i < stop; i += step)
        molt_set_add(s, molt_int_from_i64(i));
    return s;
}

/* Expected reprs from python3 (PYTHONHASHSEED=0): d = dict.fromkeys(range(0, 40, 3), 0). */
START_TEST(test_dict_view_algebra)
{
    MoltValue d = molt_dict_new(), k, items, s, pair[2], x;
    int i;
    for (i = 0; i < 40; i += 3)
        molt_dict_setitem(d, MOLT_INT(i), MOLT_INT(0));
    k = call_method(d, "keys", 0, NULL);
    ck_assert_str_eq(test_repr(molt_binop_slow(MOLT_OP_AND, k, int_set(0, 10, 1))), "{0, 9, 3, 6}");
    ck_assert_str_eq(test_repr(molt_binop_slow(MOLT_OP_AND, int_set(0, 10, 1), k)), "{0, 9, 3, 6}");
    s = molt_set_new();
    molt_set_add(s, MOLT_INT(100));
    molt_set_add(s, MOLT_INT(1));
    ck_assert_str_eq(test_repr(molt_binop_slow(MOLT_OP_OR, k, s)),
        "{0, 33, 1, 3, 36, 100, 6, 39, 9, 12, 15, 18, 21, 24, 27, 30}");
    ck_assert_str_eq(test_repr(molt_binop_slow(MOLT_OP_OR, s, k)),
        "{0, 1, 33, 3, 100, 36, 6, 39, 9, 12, 15, 18, 21, 24, 27, 30}");
    ck_assert_str_eq(
        test_repr(molt_binop_slow(MOLT_OP_SUB, k, int_set(0, 20, 1))), "{33, 36, 39, 21, 24, 27, 30}");
    ck_assert_str_eq(test_repr(molt_binop_slow(MOLT_OP_SUB, int_set(0, 5, 1), k)), "{1, 2, 4}");
    ck_assert_str_eq(test_repr(molt_binop_slow(MOLT_OP_XOR, k, int_set(0, 3, 1))),
        "{33, 1, 3, 36, 2, 6, 39, 9, 12, 15, 18, 21, 24, 27, 30}");
    ck_assert(molt_compare_slow(k, int_set(0, 40, 3), MOLT_EQ) == MOLT_TRUE);
    ck_assert(molt_compare_slow(k, int_set(0, 50, 1), MOLT_LT) == MOLT_TRUE);
    items = call_method(d, "items", 0, NULL);
    pair[0] = MOLT_INT(0);
    pair[1] = MOLT_INT(0);
    s = molt_set_new();
    molt_set_add(s, molt_tuple_new(2, pair));
    ck_assert(molt_compare_slow(items, s, MOLT_GE) == MOLT_TRUE);
    x = molt_call(molt_builtin("reversed"), &k, 1, MOLT_NULL);
    ck_assert(molt_next(x) == MOLT_INT(39));
}
END_TEST

/* A minimal mapping type: keys() gives ['a', 'b'], m[k] gives k + k. */
static MoltValue mapping_keys(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue ks[2];
    (void)args;
    (void)nargs;
    (void)kwnames;
    ks[0] = molt_str_from_cstr("a");
    ks[1] = molt_str_from_cstr("b");
    return molt_list_new(2, ks);
}

static MoltValue mapping_getitem(MoltValue obj, MoltValue key)
{
    (void)obj;
    return molt_add(key, key);
}

static const MoltMethodDef mapping_methods[] = { { "keys", mapping_keys, 0 }, { NULL, NULL, 0 } };

static MoltType Mapping_Type = {
    .type = &MoltType_Type,
    .name = "Mapping",
    .base = &MoltObject_Type,
    .basicsize = sizeof(MoltObject),
    .getitem = mapping_getitem,
    .methods = mapping_methods,
};

START_TEST(test_dict_update_mapping)
{
    static MoltObject m = { &Mapping_Type };
    MoltValue d = molt_dict_new(), mv = molt_from_ptr(&m);
    ck_assert_int_eq(molt_dict_update(d, mv), 0);
    ck_assert_str_eq(test_repr(d), "{'a': 'aa', 'b': 'bb'}");
    ck_assert_str_eq(test_repr(molt_call(molt_builtin("dict"), &mv, 1, MOLT_NULL)), "{'a': 'aa', 'b': 'bb'}");
    ck_assert_int_eq(molt_dict_update(d, MOLT_INT(1)), -1);
    ck_assert_str_eq(test_exc(), "TypeError: 'int' object is not a mapping");
}
END_TEST

static MoltValue sl(int64_t a, int64_t b, int64_t c, int has_a, int has_b, int has_c)
{
    return molt_slice_new(has_a ? molt_from_int(a) : MOLT_NULL, has_b ? molt_from_int(b) : MOLT_NULL,
        has_c ? molt_from_int(c) : MOLT_NULL);
}

/* str subscripts count code points; expected values from python3. */
START_TEST(test_str_tuple_subscripts)
{
    MoltValue s = molt_str_from_cstr("h\xc3\xa9llo\xf0\x9f\x98\x80\xe6\x97\xa5"); /* héllo😀日 */
    MoltValue t, items[5];
    int i;
    ck_assert_str_eq(test_repr(molt_getitem(s, sl(0, 0, -2, 0, 0, 1))), "'\xe6\x97\xa5olh'");
    ck_assert_str_eq(test_repr(molt_getitem(s, sl(1, 4, 0, 1, 1, 0))), "'\xc3\xa9ll'");
    ck_assert_str_eq(test_repr(molt_getitem(s, MOLT_INT(-1))), "'\xe6\x97\xa5'");
    ck_assert_str_eq(test_repr(molt_getitem(s, MOLT_INT(5))), "'\xf0\x9f\x98\x80'");
    ck_assert_str_eq(test_repr(molt_getitem(s, sl(10, 0, 0, 1, 0, 0))), "''");
    ck_assert_str_eq(test_repr(molt_getitem(s, sl(-3, -1, 0, 1, 1, 0))), "'o\xf0\x9f\x98\x80'");
    ck_assert_str_eq(test_repr(molt_getitem(s, sl(0, 0, 3, 0, 0, 1))), "'hl\xe6\x97\xa5'");
    ck_assert(molt_getitem(s, MOLT_INT(7)) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "IndexError: string index out of range");
    ck_assert(molt_getitem(s, molt_str_from_cstr("x")) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "TypeError: string indices must be integers, not 'str'");
    for (i = 0; i < 5; i++)
        items[i] = MOLT_INT(i + 1);
    t = molt_tuple_new(5, items);
    ck_assert_str_eq(test_repr(molt_getitem(t, sl(0, 0, -1, 0, 0, 1))), "(5, 4, 3, 2, 1)");
    ck_assert_str_eq(test_repr(molt_getitem(t, sl(1, 3, 0, 1, 1, 0))), "(2, 3)");
    ck_assert_str_eq(test_repr(molt_getitem(t, sl(-2, 0, 0, 1, 0, 0))), "(4, 5)");
    ck_assert(molt_setitem(t, MOLT_INT(0), MOLT_INT(0)) == -1);
    ck_assert_str_eq(test_exc(), "TypeError: 'tuple' object does not support item assignment");
}
END_TEST

Suite *suite_containers(void)
{
    Suite *s = suite_create("containers");
    TCase *tc = tcase_create("containers");
    tcase_add_test(tc, test_type_dict);
    tcase_add_test(tc, test_list_methods);
    tcase_add_test(tc, test_list_slices);
    tcase_add_test(tc, test_list_sort_stable);
    tcase_add_test(tc, test_timsort_invariants);
    tcase_add_test(tc, test_dict_delete_order);
    tcase_add_test(tc, test_dict_resize_tombstones);
    tcase_add_test(tc, test_dict_iter_keys_changed);
    tcase_add_test(tc, test_slot_wrappers);
    tcase_add_test(tc, test_slice_indices_big);
    tcase_add_test(tc, test_dict_view_algebra);
    tcase_add_test(tc, test_dict_update_mapping);
    tcase_add_test(tc, test_str_tuple_subscripts);
    suite_add_tcase(s, tc);
    return s;
}
