/* Unit tests for the translator's data structures: the string map
 * (translator/strmap.c), arena arrays and the IR constant pool and block
 * layout (translator/ir.c). */
#include <stdio.h>
#include <string.h>

#include "suites.h"

#include "arena.h"
#include "ir.h"
#include "strmap.h"

START_TEST(test_strmap_put_get)
{
    Arena *a = arena_new();
    StrMap m = { 0 };
    char keys[5000][16];
    ck_assert_int_eq(strmap_get(&m, "absent"), -1);
    for (int i = 0; i < 5000; i++) {
        snprintf(keys[i], sizeof keys[i], "name%d", i);
        strmap_put(a, &m, keys[i], i);
    }
    ck_assert_int_eq(m.n, 5000);
    for (int i = 0; i < 5000; i++)
        ck_assert_int_eq(strmap_get(&m, keys[i]), i);
    ck_assert_int_eq(strmap_get(&m, "name5000"), -1);
    ck_assert_int_eq(strmap_get(&m, ""), -1);
    /* Lookups compare contents, not pointers. */
    char probe[16];
    snprintf(probe, sizeof probe, "name%d", 1234);
    ck_assert_int_eq(strmap_get(&m, probe), 1234);
    arena_free(a);
}
END_TEST

START_TEST(test_strmap_replace)
{
    Arena *a = arena_new();
    StrMap m = { 0 };
    strmap_put(a, &m, "x", 1);
    strmap_put(a, &m, "x", 7);
    ck_assert_int_eq(m.n, 1);
    ck_assert_int_eq(strmap_get(&m, "x"), 7);
    strmap_put(a, &m, "", 3);
    ck_assert_int_eq(strmap_get(&m, ""), 3);
    arena_free(a);
}
END_TEST

START_TEST(test_arena_grow)
{
    Arena *a = arena_new();
    int *v = NULL, n = 0, cap = 0;
    for (int i = 0; i < 10000; i++) {
        v = arena_grow(a, v, n, &cap, sizeof *v);
        v[n++] = i * 3;
    }
    ck_assert_int_ge(cap, 10000);
    for (int i = 0; i < 10000; i++)
        ck_assert_int_eq(v[i], i * 3);
    arena_free(a);
}
END_TEST

START_TEST(test_ir_const_interning)
{
    Arena *a = arena_new();
    IrModule *m = ir_module_new(a, "__main__", "t", "t.py");
    IrOpd i1 = ir_const_int(m, 42), i2 = ir_const_int(m, 42), i3 = ir_const_int(m, -42);
    ck_assert_int_eq(i1.index, i2.index);
    ck_assert_int_ne(i1.index, i3.index);
    /* 0.0 and -0.0 compare equal but are different constants. */
    IrOpd z = ir_const_float(m, 0.0), nz = ir_const_float(m, -0.0);
    ck_assert_int_ne(z.index, nz.index);
    ck_assert_int_eq(ir_const_float(m, -0.0).index, nz.index);
    /* An int and a float of equal value are different constants. */
    ck_assert_int_ne(ir_const_int(m, 1).index, ir_const_float(m, 1.0).index);
    /* Strings with NULs compare by length and bytes. */
    IrOpd s1 = ir_const_str(m, "a\0b", 3), s2 = ir_const_str(m, "a\0c", 3), s3 = ir_const_str(m, "a", 1);
    ck_assert_int_ne(s1.index, s2.index);
    ck_assert_int_ne(s1.index, s3.index);
    ck_assert_int_eq(ir_const_str(m, "a\0b", 3).index, s1.index);
    ck_assert_int_eq(ir_const_bigint(m, "123456789012345678901234567890").index,
        ir_const_bigint(m, "123456789012345678901234567890").index);
    const char *kw1[] = { "sep", "end" }, *kw2[] = { "end", "sep" };
    ck_assert_int_ne(ir_const_kwnames(m, kw1, 2).index, ir_const_kwnames(m, kw2, 2).index);
    ck_assert_int_eq(ir_const_kwnames(m, kw1, 2).index, ir_const_kwnames(m, kw1, 2).index);
    ck_assert_int_eq(ir_const_simple(m, IRC_NONE).index, ir_const_simple(m, IRC_NONE).index);
    /* Many constants: each keeps its own slot through table growth. */
    for (int i = 0; i < 3000; i++)
        ck_assert_int_eq(ir_const_int(m, 1000 + i).index, ir_const_int(m, 1000 + i).index);
    ck_assert_int_eq(m->consts[ir_const_int(m, 2999).index].i, 2999);
    arena_free(a);
}
END_TEST

START_TEST(test_ir_block_order)
{
    Arena *a = arena_new();
    IrModule *m = ir_module_new(a, "__main__", "t", "t.py");
    IrFunc *f = ir_func_new(m, "f", "f", 1);
    int b0 = ir_block_new(m, f), b1 = ir_block_new(m, f), b2 = ir_block_new(m, f), b3 = ir_block_new(m, f);
    /* Opened in the order b0, b2, b1; b3 never opened. */
    ir_block_open(f, b0);
    ir_block_open(f, b2);
    ir_block_open(f, b1);
    ir_block_open(f, b2); /* opening twice keeps the first position */
    int order[4];
    ck_assert_int_eq(ir_block_order(f, order), 3);
    ck_assert_int_eq(order[0], b0);
    ck_assert_int_eq(order[1], b2);
    ck_assert_int_eq(order[2], b1);
    (void)b3;
    arena_free(a);
}
END_TEST

Suite *suite_translator(void)
{
    Suite *s = suite_create("translator");
    TCase *tc = tcase_create("strmap");
    tcase_add_test(tc, test_strmap_put_get);
    tcase_add_test(tc, test_strmap_replace);
    suite_add_tcase(s, tc);
    tc = tcase_create("arena_grow");
    tcase_add_test(tc, test_arena_grow);
    suite_add_tcase(s, tc);
    tc = tcase_create("ir_const");
    tcase_add_test(tc, test_ir_const_interning);
    suite_add_tcase(s, tc);
    tc = tcase_create("ir_block_order");
    tcase_add_test(tc, test_ir_block_order);
    suite_add_tcase(s, tc);
    return s;
}
