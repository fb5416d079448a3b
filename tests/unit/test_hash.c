/* Unit tests for hash(): CPython 3.11's int, float, str (SipHash-1-3 with
 * PYTHONHASHSEED=0), tuple and frozenset algorithms. The expected values
 * were computed by python3 3.11 (PYTHONHASHSEED=0) and pasted in: these
 * are algorithm tests, so fixed constants are the point. */
#include "internal/set.h"
#include "suites.h"

static MoltValue big(const char *digits) { return molt_int_from_digits(digits, 10); }

static MoltValue neg(MoltValue v) { return molt_neg(v); }

START_TEST(test_hash_int)
{
    ck_assert_int_eq(molt_hash(MOLT_INT(0)), 0);
    ck_assert_int_eq(molt_hash(MOLT_INT(1)), 1);
    ck_assert_int_eq(molt_hash(MOLT_INT(-1)), -2);
    ck_assert_int_eq(molt_hash(MOLT_INT(-2)), -2);
    ck_assert_int_eq(molt_hash(big("2305843009213693951")), 0); /* 2**61 - 1 */
    ck_assert_int_eq(molt_hash(big("2305843009213693952")), 1);
    ck_assert_int_eq(molt_hash(neg(big("2305843009213693952"))), -2);
    ck_assert_int_eq(molt_hash(molt_int_from_i64(140737488355328LL)), 140737488355328LL); /* 2**47 */
    ck_assert_int_eq(molt_hash(molt_int_from_i64(-140737488355329LL)), -140737488355329LL);
    ck_assert_int_eq(molt_hash(big("1000000000000000000000000000000")), 465258685558744706LL);
    ck_assert_int_eq(molt_hash(neg(big("1000000000000000000000000000000"))), -465258685558744706LL);
    ck_assert_int_eq(molt_hash(MOLT_TRUE), 1);
    ck_assert_int_eq(molt_hash(MOLT_FALSE), 0);
}
END_TEST

START_TEST(test_hash_float)
{
    ck_assert_int_eq(molt_hash(molt_from_double(1.5)), 1152921504606846977LL);
    ck_assert_int_eq(molt_hash(molt_from_double(-0.25)), -576460752303423488LL);
    ck_assert_int_eq(molt_hash(molt_from_double(1e300)), 1224995262755759164LL);
    ck_assert_int_eq(molt_hash(molt_from_double(-1e-300)), -482449582752280463LL);
    ck_assert_int_eq(molt_hash(molt_from_double(1180591620717411303424.0)), 512); /* 2.0**70 */
    ck_assert_int_eq(molt_hash(molt_from_double(-1.0)), -2);
    ck_assert_int_eq(molt_hash(molt_from_double(-0.0)), 0);
    ck_assert_int_eq(molt_hash(molt_from_double(1.0 / 0.0)), 314159);
    ck_assert_int_eq(molt_hash(molt_from_double(-1.0 / 0.0)), -314159);
}
END_TEST

START_TEST(test_hash_str)
{
    ck_assert_int_eq(molt_hash(molt_str_from_cstr("")), 0);
    ck_assert_int_eq(molt_hash(molt_str_from_cstr("a")), 4644417185603328019LL);
    ck_assert_int_eq(molt_hash(molt_str_from_cstr("abc")), -4594863902769663758LL);
    ck_assert_int_eq(molt_hash(molt_str_from_cstr("\xc3\xa9")), 6047309291227476195LL); /* é: latin-1 */
    ck_assert_int_eq(molt_hash(molt_str_from_cstr("\xc3\xbf")), 3476900567878811119LL); /* ÿ */
    ck_assert_int_eq(molt_hash(molt_str_from_cstr("\xc4\x80")), 75343234424780393LL); /* Ā: UCS-2 */
    ck_assert_int_eq(molt_hash(molt_str_from_cstr("\xe6\x97\xa5\xe6\x9c\xac")), 6243316497235261705LL);
    ck_assert_int_eq(molt_hash(molt_str_from_cstr("\xf0\x9f\x98\x80")), -3536540696076613844LL); /* UCS-4 */
    ck_assert_int_eq(molt_hash(molt_str_from_cstr("a\xf0\x9f\x98\x80")), -6970120874385731343LL);
}
END_TEST

START_TEST(test_hash_tuple_frozenset)
{
    MoltValue one = MOLT_INT(1), two[2] = { MOLT_INT(1), MOLT_INT(2) }, three[3], inner[2], nested[2], fs;
    ck_assert_int_eq(molt_hash(molt_tuple_new(0, NULL)), 5740354900026072187LL);
    ck_assert_int_eq(molt_hash(molt_tuple_new(1, &one)), -6644214454873602895LL);
    ck_assert_int_eq(molt_hash(molt_tuple_new(2, two)), -3550055125485641917LL);
    inner[0] = MOLT_INT(2);
    inner[1] = molt_str_from_cstr("x");
    nested[0] = MOLT_INT(1);
    nested[1] = molt_tuple_new(2, inner);
    ck_assert_int_eq(molt_hash(molt_tuple_new(2, nested)), 5516895433650806526LL);
    ck_assert_int_eq(molt_hash(molt_frozenset_new(molt_tuple_new(0, NULL))), 133146708735736LL);
    three[0] = MOLT_INT(1);
    three[1] = MOLT_INT(2);
    three[2] = MOLT_INT(3);
    fs = molt_frozenset_new(molt_tuple_new(3, three));
    ck_assert_int_eq(molt_hash(fs), -272375401224217160LL);
    ck_assert_int_eq(molt_hash(molt_list_new(0, NULL)), -1);
    ck_assert_str_eq(test_exc(), "TypeError: unhashable type: 'list'");
}
END_TEST

Suite *suite_hash(void)
{
    Suite *s = suite_create("hash");
    TCase *tc = tcase_create("molt_hash");
    tcase_add_test(tc, test_hash_int);
    tcase_add_test(tc, test_hash_float);
    tcase_add_test(tc, test_hash_str);
    tcase_add_test(tc, test_hash_tuple_frozenset);
    suite_add_tcase(s, tc);
    return s;
}
