/* Unit tests for set probing and order: iteration orders that CPython
 * 3.11 produces for the same operations (expected lists taken from
 * python3, PYTHONHASHSEED=0), dummy reuse after deletions, and growth. */
#include "internal/containers.h"
#include "internal/set.h"
#include "internal/str.h"
#include "suites.h"

static MoltValue set_of(int n, const int64_t *v)
{
    MoltValue s = molt_set_new();
    int i;
    for (i = 0; i < n; i++)
        ck_assert_int_eq(molt_set_add(s, molt_int_from_i64(v[i])), 0);
    return s;
}

START_TEST(test_set_collisions)
{
    /* s = set(); s.add(x) for 1, 9, 17, 25, 33 (colliding mod 8 and 16) */
    static const int64_t v[] = { 1, 9, 17, 25, 33 };
    MoltValue items[5];
    int i;
    ck_assert_str_eq(test_repr(set_of(5, v)), "{1, 33, 9, 17, 25}");
    /* the display {1, 9, 17, 25, 33} goes through a frozenset constant */
    for (i = 0; i < 5; i++)
        items[i] = MOLT_INT(v[i]);
    ck_assert_str_eq(test_repr(molt_set_display_const(5, items)), "{1, 33, 17, 9, 25}");
}
END_TEST

START_TEST(test_set_growth_order)
{
    /* set(range(100, 0, -7)) */
    int64_t v[15];
    int i;
    for (i = 0; i < 15; i++)
        v[i] = 100 - 7 * i;
    ck_assert_str_eq(test_repr(set_of(15, v)), "{65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30}");
}
END_TEST

START_TEST(test_set_str_order)
{
    MoltValue s = molt_set_new();
    const char *letters = "abcdefghij";
    int i;
    for (i = 0; letters[i]; i++)
        molt_set_add(s, molt_str_from_utf8(letters + i, 1));
    ck_assert_str_eq(test_repr(s), "{'d', 'f', 'g', 'h', 'b', 'i', 'c', 'a', 'j', 'e'}");
}
END_TEST

START_TEST(test_set_dummy_reuse)
{
    /* c = set(range(40)); c -= set(range(0, 40, 2)); c |= set(range(100, 140, 5)):
     * new keys take the last dummy on their probe sequence */
    MoltValue c = molt_set_new(), evens = molt_set_new(), more = molt_set_new();
    int i;
    for (i = 0; i < 40; i++)
        molt_set_add(c, MOLT_INT(i));
    for (i = 0; i < 40; i += 2)
        molt_set_add(evens, MOLT_INT(i));
    for (i = 100; i < 140; i += 5)
        molt_set_add(more, MOLT_INT(i));
    c = molt_inplace_slow(MOLT_OP_SUB, c, evens);
    c = molt_inplace_slow(MOLT_OP_OR, c, more);
    ck_assert_str_eq(test_repr(c),
        "{1, 3, 5, 7, 9, 11, 13, 15, 135, 17, 19, 21, 23, 130, 25, 27, 29, 31, 33, 35, 37, 39, 100, 105, "
        "110, "
        "115, 120, 125}");
    ck_assert_int_eq(molt_len(c), 28);
}
END_TEST

/* s.discard(x) through the method: 1 if x was there, else 0. */
static int set_discard(MoltValue s, MoltValue x)
{
    int had = molt_contains(s, x);
    MoltValue m = molt_getattr(s, molt_str_from_cstr("discard"));
    ck_assert(m != MOLT_NULL);
    ck_assert(molt_call(m, &x, 1, MOLT_NULL) == MOLT_NONE);
    ck_assert_int_eq(molt_contains(s, x), 0);
    return had;
}

START_TEST(test_set_deletion_probing)
{
    /* s = set of 1, 9, 17, 25, 33, 41 (one probe chain); discard 9 and
     * 25: the later keys stay reachable past the dummies; 49 and 9 then
     * take the dummies' slots */
    static const int64_t v[] = { 1, 9, 17, 25, 33, 41 };
    MoltValue s = set_of(6, v);
    ck_assert_int_eq(set_discard(s, MOLT_INT(9)), 1);
    ck_assert_int_eq(set_discard(s, MOLT_INT(25)), 1);
    ck_assert_int_eq(set_discard(s, MOLT_INT(25)), 0);
    ck_assert_str_eq(test_repr(s), "{1, 33, 41, 17}");
    ck_assert_int_eq(molt_contains(s, MOLT_INT(41)), 1);
    ck_assert_int_eq(molt_contains(s, MOLT_INT(9)), 0);
    ck_assert_int_eq(molt_set_add(s, MOLT_INT(49)), 0);
    ck_assert_int_eq(molt_set_add(s, MOLT_INT(9)), 0);
    ck_assert_str_eq(test_repr(s), "{1, 33, 9, 41, 17, 49}");
}
END_TEST

START_TEST(test_set_churn)
{
    /* 50 rounds of adding 8 keys and discarding the odd ones: the table
     * resizes on fill (dummies count), membership and length stay right */
    MoltValue s = molt_set_new();
    int r, i;
    for (r = 0; r < 50; r++) {
        for (i = 0; i < 8; i++)
            ck_assert_int_eq(molt_set_add(s, MOLT_INT(r * 8 + i)), 0);
        for (i = 1; i < 8; i += 2)
            ck_assert_int_eq(set_discard(s, MOLT_INT(r * 8 + i)), 1);
    }
    ck_assert_int_eq(molt_len(s), 200);
    for (i = 0; i < 400; i++)
        ck_assert_int_eq(molt_contains(s, MOLT_INT(i)), i % 2 == 0);
}
END_TEST

START_TEST(test_set_intersection_update_compacts)
{
    /* s = set(range(20)) down to {10, 11}; s.intersection_update() takes a
     * fresh small table (CPython's set_copy), so 99 lands before 10 */
    MoltValue s = molt_set_new(), m;
    int i;
    for (i = 0; i < 20; i++)
        molt_set_add(s, MOLT_INT(i));
    for (i = 0; i < 20; i++)
        if (i != 10 && i != 11)
            set_discard(s, MOLT_INT(i));
    m = molt_getattr(s, molt_str_from_cstr("intersection_update"));
    ck_assert(m != MOLT_NULL);
    ck_assert(molt_call(m, NULL, 0, MOLT_NULL) == MOLT_NONE);
    molt_set_add(s, MOLT_INT(99));
    ck_assert_str_eq(test_repr(s), "{99, 10, 11}");
}
END_TEST

Suite *suite_set(void)
{
    Suite *s = suite_create("set");
    TCase *tc = tcase_create("set order");
    tcase_add_test(tc, test_set_collisions);
    tcase_add_test(tc, test_set_growth_order);
    tcase_add_test(tc, test_set_str_order);
    tcase_add_test(tc, test_set_dummy_reuse);
    tcase_add_test(tc, test_set_deletion_probing);
    tcase_add_test(tc, test_set_churn);
    tcase_add_test(tc, test_set_intersection_update_compacts);
    suite_add_tcase(s, tc);
    return s;
}
