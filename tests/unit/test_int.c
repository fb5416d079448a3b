/* Unit tests for int arithmetic across the small/big boundary. Expected
 * values were computed with CPython 3.11.7. */
#include <stdio.h>
#include <string.h>

#include "internal/int.h"
#include "suites.h"

static MoltValue big(const char *digits)
{
    int neg = digits[0] == '-';
    MoltValue v = molt_int_from_digits(digits + neg, 10);
    ck_assert(v != MOLT_NULL);
    return neg ? molt_neg(v) : v;
}

#define P2_47 "140737488355328"
#define P2_100 "1267650600228229401496703205376"

START_TEST(test_add_sub_boundary)
{
    MoltValue max = MOLT_INT(MOLT_SMALL_MAX), min = MOLT_INT(MOLT_SMALL_MIN);
    MoltValue r = molt_add(max, MOLT_INT(1));
    ck_assert(!molt_is_int(r));
    ck_assert_str_eq(test_repr(r), P2_47);
    /* and back to a small int */
    r = molt_sub(r, MOLT_INT(1));
    ck_assert(molt_is_int(r));
    ck_assert(r == max);
    r = molt_sub(min, MOLT_INT(2));
    ck_assert_str_eq(test_repr(r), "-140737488355330");
    ck_assert(molt_add(r, MOLT_INT(2)) == min);
    ck_assert(molt_neg(min) != MOLT_NULL);
    ck_assert_str_eq(test_repr(molt_neg(min)), P2_47);
    ck_assert(molt_neg(molt_neg(min)) == min);
}
END_TEST

/* Medium ints (int64 values outside the 48-bit small range) are bigints
 * of one limb, normalised: never small-valued, sign in _mp_size, the limb
 * the magnitude (2**63 for INT64_MIN); operators on them give the same
 * ints as GMP (checked against CPython's reprs). */
START_TEST(test_medium_layout)
{
    static const int64_t vals[] = { ((int64_t)1 << 47), -((int64_t)1 << 47) - 1, ((int64_t)1 << 62),
        INT64_MAX, INT64_MIN, -INT64_MAX };
    size_t i;
    for (i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        MoltValue v = molt_int_from_i64(vals[i]);
        mpz_srcptr z;
        int64_t back;
        ck_assert(molt_is_bigint(v));
        z = molt_bigint_obj(v)->z;
        ck_assert_int_eq(z->_mp_size, vals[i] < 0 ? -1 : 1);
        ck_assert(z->_mp_d[0] == (vals[i] < 0 ? (uint64_t)0 - (uint64_t)vals[i] : (uint64_t)vals[i]));
        ck_assert_int_eq(mpz_cmp_si(z, (long)vals[i]), 0);
        ck_assert_int_eq(molt_int_as_i64(v, &back), 0);
        ck_assert(back == vals[i]);
    }
    ck_assert(molt_int_from_i64(MOLT_SMALL_MAX) == MOLT_INT(MOLT_SMALL_MAX));
    ck_assert(molt_int_from_i64(MOLT_SMALL_MIN) == MOLT_INT(MOLT_SMALL_MIN));
    /* results back in the small range are small; out of int64 they are GMP's */
    ck_assert(molt_sub(molt_int_from_i64(INT64_MAX), molt_int_from_i64(INT64_MAX - 5)) == MOLT_INT(5));
    ck_assert(molt_mod(molt_int_from_i64(INT64_MIN), MOLT_INT(-1)) == MOLT_INT(0));
    ck_assert_str_eq(
        test_repr(molt_floordiv(molt_int_from_i64(INT64_MIN), MOLT_INT(-1))), "9223372036854775808");
    ck_assert_str_eq(test_repr(molt_add(molt_int_from_i64(INT64_MAX), MOLT_INT(1))), "9223372036854775808");
    ck_assert_str_eq(test_repr(molt_mul(molt_int_from_i64(INT64_MIN), MOLT_INT(2))), "-18446744073709551616");
    ck_assert_str_eq(
        test_repr(molt_mod(molt_int_from_i64(-((int64_t)1 << 50) - 3), molt_int_from_i64((int64_t)1 << 49))),
        "562949953421309");
    ck_assert_str_eq(test_repr(molt_floordiv(molt_int_from_i64(-((int64_t)1 << 50) - 3), MOLT_INT(7))),
        "-160842843834661");
}
END_TEST

START_TEST(test_mul)
{
    MoltValue a = big(P2_47);
    ck_assert_str_eq(test_repr(molt_mul(a, a)), "19807040628566084398385987584");
    ck_assert_str_eq(test_repr(molt_mul(MOLT_INT(MOLT_SMALL_MAX), MOLT_INT(MOLT_SMALL_MAX))),
        "19807040628565802923409276929");
    /* 2**47 stays big; products that fit 48 bits come back small */
    ck_assert(!molt_is_int(molt_floordiv(molt_mul(a, a), a)));
    ck_assert(molt_mul(big(P2_100), MOLT_INT(0)) == MOLT_INT(0));
    ck_assert(molt_floordiv(molt_mul(a, a), molt_mul(a, MOLT_INT(4))) == MOLT_INT(35184372088832LL));
    ck_assert_str_eq(test_repr(molt_floordiv(
                         molt_mul(big("281474976710656"), big("281474976710656")), big("281474976710656"))),
        "281474976710656");
}
END_TEST

START_TEST(test_floordiv_mod)
{
    MoltValue p = big(P2_100);
    ck_assert_str_eq(test_repr(molt_floordiv(p, big("9007199254740992"))), P2_47);
    ck_assert(molt_mod(p, MOLT_INT(7)) == MOLT_INT(2));
    ck_assert_str_eq(test_repr(molt_floordiv(molt_neg(p), MOLT_INT(3))), "-422550200076076467165567735126");
    ck_assert(molt_mod(molt_neg(p), MOLT_INT(3)) == MOLT_INT(2));
    ck_assert(molt_mod(MOLT_INT(-7), MOLT_INT(3)) == MOLT_INT(2));
    ck_assert(molt_floordiv(MOLT_INT(7), MOLT_INT(-2)) == MOLT_INT(-4));
    ck_assert(molt_floordiv(MOLT_INT(MOLT_SMALL_MIN), MOLT_INT(-1)) != MOLT_NULL);
    ck_assert_str_eq(test_repr(molt_floordiv(MOLT_INT(MOLT_SMALL_MIN), MOLT_INT(-1))), P2_47);
    ck_assert(molt_floordiv(p, MOLT_INT(0)) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "ZeroDivisionError: integer division or modulo by zero");
    ck_assert(molt_mod(p, MOLT_INT(0)) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "ZeroDivisionError: integer modulo by zero");
    ck_assert(molt_mod(big("100000000000000000000000000000000000000000"), big("100000000000000000000"))
        == MOLT_INT(0));
}
END_TEST

START_TEST(test_pow)
{
    ck_assert_str_eq(
        test_repr(molt_pow(MOLT_INT(3), MOLT_INT(100))), "515377520732011331036461129765621272702107522001");
    ck_assert_str_eq(test_repr(molt_pow(MOLT_INT(2), MOLT_INT(-2))), "0.25");
    ck_assert_str_eq(test_repr(molt_pow(MOLT_INT(-2), MOLT_INT(-1))), "-0.5");
    ck_assert(molt_pow(MOLT_INT(2), MOLT_INT(47)) != MOLT_NULL);
    ck_assert(!molt_is_int(molt_pow(MOLT_INT(2), MOLT_INT(47))));
    ck_assert(molt_is_int(molt_pow(MOLT_INT(2), MOLT_INT(46))));
    ck_assert(molt_pow(MOLT_INT(0), MOLT_INT(-1)) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    ck_assert(molt_pow(MOLT_INT(-1), big(P2_100)) == MOLT_INT(1));
    ck_assert(molt_pow(MOLT_INT(0), MOLT_INT(0)) == MOLT_INT(1));
}
END_TEST

START_TEST(test_shifts)
{
    MoltValue p = big(P2_100);
    ck_assert_str_eq(test_repr(molt_lshift(MOLT_INT(1), MOLT_INT(100))), P2_100);
    ck_assert_str_eq(test_repr(molt_rshift(p, MOLT_INT(60))), "1099511627776");
    ck_assert_str_eq(test_repr(molt_rshift(molt_neg(p), MOLT_INT(3))), "-158456325028528675187087900672");
    ck_assert(molt_rshift(molt_neg(p), MOLT_INT(1000)) == MOLT_INT(-1));
    ck_assert(molt_rshift(p, big(P2_100)) == MOLT_INT(0));
    ck_assert(molt_rshift(molt_lshift(MOLT_INT(5), MOLT_INT(60)), MOLT_INT(60)) == MOLT_INT(5));
    ck_assert(molt_lshift(MOLT_INT(1), MOLT_INT(-1)) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "ValueError: negative shift count");
    ck_assert(molt_rshift(p, MOLT_INT(-1)) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "ValueError: negative shift count");
}
END_TEST

START_TEST(test_bitwise)
{
    MoltValue p = big(P2_100), np = molt_neg(p);
    ck_assert_str_eq(test_repr(molt_and(p, molt_neg(big("18446744073709551616")))), P2_100);
    ck_assert_str_eq(test_repr(molt_or(np, MOLT_INT(5))), "-1267650600228229401496703205371");
    ck_assert_str_eq(test_repr(molt_xor(np, MOLT_INT(-1))), "1267650600228229401496703205375");
    ck_assert_str_eq(test_repr(molt_invert(p)), "-1267650600228229401496703205377");
    ck_assert_str_eq(test_repr(molt_and(p, MOLT_INT(-1))), P2_100);
    ck_assert(molt_xor(p, p) == MOLT_INT(0));
    ck_assert(molt_and(np, MOLT_INT(0xFF)) == MOLT_INT(0));
    ck_assert(molt_and(molt_sub(np, MOLT_INT(1)), MOLT_INT(0xFF)) == MOLT_INT(0xFF));
}
END_TEST

START_TEST(test_truediv)
{
    ck_assert_str_eq(test_repr(molt_truediv(big(P2_100), MOLT_INT(3))), "4.2255020007607644e+29");
    ck_assert_str_eq(test_repr(molt_truediv(MOLT_INT(0), MOLT_INT(-5))), "-0.0");
    ck_assert_str_eq(test_repr(molt_truediv(big("9007199254740993"), MOLT_INT(1))), "9007199254740992.0");
    ck_assert_str_eq(test_repr(molt_truediv(big("9007199254740995"), MOLT_INT(1))), "9007199254740996.0");
    ck_assert(molt_truediv(molt_pow(MOLT_INT(10), MOLT_INT(400)), MOLT_INT(1)) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "OverflowError: integer division result too large for a float");
    ck_assert_str_eq(test_repr(molt_truediv(MOLT_INT(1), molt_pow(MOLT_INT(10), MOLT_INT(400)))), "0.0");
    ck_assert(molt_truediv(big(P2_100), MOLT_INT(0)) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "ZeroDivisionError: division by zero");
}
END_TEST

START_TEST(test_compare)
{
    MoltValue p = big("9007199254740993");
    ck_assert(molt_gt(p, molt_from_double(9007199254740992.0)) == MOLT_TRUE);
    ck_assert(molt_eq(p, molt_from_double(9007199254740992.0)) == MOLT_FALSE);
    ck_assert(molt_lt(molt_pow(MOLT_INT(10), MOLT_INT(400)), molt_from_double(1.0 / 0.0)) == MOLT_TRUE);
    ck_assert(molt_eq(MOLT_INT(1), molt_from_double(0.0 / 0.0)) == MOLT_FALSE);
    ck_assert(molt_ne(MOLT_INT(1), molt_from_double(0.0 / 0.0)) == MOLT_TRUE);
    ck_assert(molt_lt(molt_neg(p), MOLT_INT(MOLT_SMALL_MIN)) == MOLT_TRUE);
    ck_assert(molt_eq(MOLT_TRUE, MOLT_INT(1)) == MOLT_TRUE);
}
END_TEST

START_TEST(test_str_conversion)
{
    MoltValue nines = molt_sub(molt_pow(MOLT_INT(10), MOLT_INT(4300)), MOLT_INT(1));
    MoltValue s = molt_str(nines);
    size_t len;
    ck_assert(s != MOLT_NULL);
    molt_str_utf8(s, &len);
    ck_assert_uint_eq(len, 4300);
    ck_assert(molt_str(molt_neg(nines)) != MOLT_NULL);
    ck_assert(molt_str(molt_add(nines, MOLT_INT(1))) == MOLT_NULL);
    ck_assert_str_eq(test_exc(),
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
        "use sys.set_int_max_str_digits() to increase the limit");
    ck_assert_str_eq(test_repr(big("-123456789012345678901234567890")), "-123456789012345678901234567890");
    ck_assert_str_eq(test_repr(molt_int_from_digits("ff", 16)), "255");
    ck_assert_str_eq(test_repr(molt_int_from_digits("10000000000000000000000000000000000000000000000000", 2)),
        "562949953421312");
    ck_assert_str_eq(
        test_repr(molt_int_from_digits("777777777777777777777777", 8)), "4722366482869645213695");
    ck_assert(molt_int_from_digits("12a", 10) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "ValueError: invalid literal for int() with base 10: '12a'");
}
END_TEST

Suite *suite_int(void)
{
    Suite *s = suite_create("int");
    TCase *tc;
    tc = tcase_create("molt_add");
    tcase_add_test(tc, test_add_sub_boundary);
    suite_add_tcase(s, tc);
    tc = tcase_create("molt_int_from_i64");
    tcase_add_test(tc, test_medium_layout);
    suite_add_tcase(s, tc);
    tc = tcase_create("molt_mul");
    tcase_add_test(tc, test_mul);
    suite_add_tcase(s, tc);
    tc = tcase_create("molt_floordiv");
    tcase_add_test(tc, test_floordiv_mod);
    suite_add_tcase(s, tc);
    tc = tcase_create("molt_pow");
    tcase_add_test(tc, test_pow);
    suite_add_tcase(s, tc);
    tc = tcase_create("molt_lshift");
    tcase_add_test(tc, test_shifts);
    suite_add_tcase(s, tc);
    tc = tcase_create("molt_and");
    tcase_add_test(tc, test_bitwise);
    suite_add_tcase(s, tc);
    tc = tcase_create("molt_truediv");
    tcase_add_test(tc, test_truediv);
    suite_add_tcase(s, tc);
    tc = tcase_create("molt_compare_slow");
    tcase_add_test(tc, test_compare);
    suite_add_tcase(s, tc);
    tc = tcase_create("molt_str");
    tcase_add_test(tc, test_str_conversion);
    suite_add_tcase(s, tc);
    return s;
}
