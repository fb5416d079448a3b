/* Unit tests for float repr (CPython's shortest round-trip form) and
 * float arithmetic corner cases. Expected strings come from CPython 3.11.7. */
#include <math.h>
#include <string.h>

#include "suites.h"

static const char *frepr(double d) { return test_repr(molt_from_double(d)); }

START_TEST(test_repr_values)
{
    ck_assert_str_eq(frepr(0.1), "0.1");
    ck_assert_str_eq(frepr(1e16), "1e+16");
    ck_assert_str_eq(frepr(1e15), "1000000000000000.0");
    ck_assert_str_eq(frepr(1e-5), "1e-05");
    ck_assert_str_eq(frepr(1e-4), "0.0001");
    ck_assert_str_eq(frepr(123456789012345678.0), "1.2345678901234568e+17");
    ck_assert_str_eq(frepr(5e-324), "5e-324");
    ck_assert_str_eq(frepr(3 * 5e-324), "1.5e-323");
    ck_assert_str_eq(frepr(1.7976931348623157e308), "1.7976931348623157e+308");
    ck_assert_str_eq(frepr(1.0 / 3), "0.3333333333333333");
    ck_assert_str_eq(frepr(2.5), "2.5");
    ck_assert_str_eq(frepr(100.0), "100.0");
    ck_assert_str_eq(frepr(1e22), "1e+22");
    ck_assert_str_eq(frepr(1e-7), "1e-07");
    ck_assert_str_eq(frepr(9007199254740992.0), "9007199254740992.0");
}
END_TEST

START_TEST(test_repr_specials)
{
    ck_assert_str_eq(frepr(-0.0), "-0.0");
    ck_assert_str_eq(frepr(0.0), "0.0");
    ck_assert_str_eq(frepr(INFINITY), "inf");
    ck_assert_str_eq(frepr(-INFINITY), "-inf");
    ck_assert_str_eq(frepr(NAN), "nan");
    ck_assert_str_eq(frepr(-1.5), "-1.5");
}
END_TEST

START_TEST(test_floordiv_mod)
{
    MoltValue r;
    ck_assert_str_eq(test_repr(molt_floordiv(molt_from_double(-7.0), MOLT_INT(2))), "-4.0");
    ck_assert_str_eq(test_repr(molt_mod(molt_from_double(7.0), MOLT_INT(-2))), "-1.0");
    ck_assert_str_eq(test_repr(molt_mod(molt_from_double(-0.0), MOLT_INT(5))), "0.0");
    ck_assert_str_eq(test_repr(molt_floordiv(molt_from_double(0.0), MOLT_INT(-1))), "-0.0");
    r = molt_floordiv(molt_from_double(1.0), molt_from_double(0.0));
    ck_assert(r == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "ZeroDivisionError: float floor division by zero");
    ck_assert(molt_mod(molt_from_double(1.0), MOLT_INT(0)) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "ZeroDivisionError: float modulo");
    ck_assert(molt_truediv(molt_from_double(1.0), MOLT_INT(0)) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "ZeroDivisionError: float division by zero");
}
END_TEST

START_TEST(test_pow)
{
    ck_assert_str_eq(test_repr(molt_pow(molt_from_double(2.0), molt_from_double(0.5))), "1.4142135623730951");
    ck_assert_str_eq(test_repr(molt_pow(molt_from_double(-2.0), MOLT_INT(3))), "-8.0");
    ck_assert_str_eq(test_repr(molt_pow(molt_from_double(10.0), MOLT_INT(-2))), "0.01");
    ck_assert(molt_pow(molt_from_double(10.0), MOLT_INT(400)) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "OverflowError: (34, 'Numerical result out of range')");
    ck_assert(molt_pow(molt_from_double(0.0), MOLT_INT(-1)) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    ck_assert_str_eq(test_repr(molt_mul(molt_from_double(1e308), MOLT_INT(10))), "inf");
}
END_TEST

START_TEST(test_int_conversion)
{
    MoltValue huge = molt_pow(MOLT_INT(10), MOLT_INT(400));
    ck_assert(molt_add(huge, molt_from_double(1.0)) == MOLT_NULL);
    ck_assert_str_eq(test_exc(), "OverflowError: int too large to convert to float");
    ck_assert_str_eq(test_repr(molt_add(molt_pow(MOLT_INT(2), MOLT_INT(53)), molt_from_double(1.0))),
        "9007199254740992.0");
}
END_TEST

Suite *suite_float(void)
{
    Suite *s = suite_create("float");
    TCase *tc;
    tc = tcase_create("molt_repr");
    tcase_add_test(tc, test_repr_values);
    tcase_add_test(tc, test_repr_specials);
    suite_add_tcase(s, tc);
    tc = tcase_create("molt_floordiv");
    tcase_add_test(tc, test_floordiv_mod);
    suite_add_tcase(s, tc);
    tc = tcase_create("molt_pow");
    tcase_add_test(tc, test_pow);
    suite_add_tcase(s, tc);
    tc = tcase_create("molt_binop_slow");
    tcase_add_test(tc, test_int_conversion);
    suite_add_tcase(s, tc);
    return s;
}
