/* Unit tests for the MoltValue encoding (include/molt/value.h) and the
 * small/big boundary of molt_int_from_i64. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "suites.h"

static int is_bigint(MoltValue v) { return molt_is_ptr(v) && molt_type_of(v) == &MoltInt_Type; }

static int kinds(MoltValue v) { return molt_is_int(v) + molt_is_double(v) + molt_is_ptr(v); }

START_TEST(test_small_int_roundtrip)
{
    static const int64_t cases[] = { 0, 1, -1, 42, -42, 1000000007, MOLT_SMALL_MAX, MOLT_SMALL_MIN,
        MOLT_SMALL_MAX - 1, MOLT_SMALL_MIN + 1 };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        MoltValue v = molt_from_int(cases[i]);
        ck_assert(molt_is_int(v));
        ck_assert_int_eq(kinds(v), 1);
        ck_assert_int_eq(molt_int_value(v), cases[i]);
        ck_assert(v == MOLT_INT(cases[i]));
        ck_assert(molt_type_of(v) == &MoltInt_Type);
    }
    ck_assert(molt_int_fits(MOLT_SMALL_MAX));
    ck_assert(!molt_int_fits(MOLT_SMALL_MAX + 1));
    ck_assert(molt_int_fits(MOLT_SMALL_MIN));
    ck_assert(!molt_int_fits(MOLT_SMALL_MIN - 1));
    ck_assert_int_eq(MOLT_SMALL_MAX, 140737488355327LL);
}
END_TEST

START_TEST(test_molt_int_from_i64)
{
    MoltValue v;
    v = molt_int_from_i64(MOLT_SMALL_MAX);
    ck_assert(molt_is_int(v));
    v = molt_int_from_i64(MOLT_SMALL_MIN);
    ck_assert(molt_is_int(v));
    v = molt_int_from_i64(MOLT_SMALL_MAX + 1);
    ck_assert(is_bigint(v));
    ck_assert_str_eq(test_repr(v), "140737488355328");
    v = molt_int_from_i64(MOLT_SMALL_MIN - 1);
    ck_assert(is_bigint(v));
    ck_assert_str_eq(test_repr(v), "-140737488355329");
    v = molt_int_from_i64(INT64_MAX);
    ck_assert(is_bigint(v));
    ck_assert_str_eq(test_repr(v), "9223372036854775807");
    v = molt_int_from_i64(INT64_MIN);
    ck_assert(is_bigint(v));
    ck_assert_str_eq(test_repr(v), "-9223372036854775808");
}
END_TEST

START_TEST(test_double_roundtrip)
{
    static const double cases[] = { 0.0, 1.0, -1.0, 0.1, 1e308, -1e-308, 4.9406564584124654e-324,
        -4.9406564584124654e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308 };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        MoltValue v = molt_from_double(cases[i]);
        ck_assert(molt_is_double(v));
        ck_assert_int_eq(kinds(v), 1);
        ck_assert(molt_double_value(v) == cases[i]);
        ck_assert(memcmp(&(double) { molt_double_value(v) }, &cases[i], sizeof(double)) == 0);
        ck_assert(molt_type_of(v) == &MoltFloat_Type);
    }
}
END_TEST

START_TEST(test_double_specials)
{
    MoltValue nz = molt_from_double(-0.0), pz = molt_from_double(0.0);
    MoltValue pinf = molt_from_double(INFINITY), ninf = molt_from_double(-INFINITY);
    double negnan = -NAN;
    MoltValue n1 = molt_from_double(NAN), n2 = molt_from_double(negnan);
    uint64_t payload_bits = 0x7FF0000000000123ULL;
    double payload;
    memcpy(&payload, &payload_bits, sizeof payload);
    ck_assert(molt_is_double(nz) && molt_is_double(pz));
    ck_assert(nz != pz);
    ck_assert(signbit(molt_double_value(nz)));
    ck_assert(!signbit(molt_double_value(pz)));
    ck_assert(molt_is_double(pinf) && molt_is_double(ninf));
    ck_assert(isinf(molt_double_value(pinf)) && molt_double_value(pinf) > 0);
    ck_assert(isinf(molt_double_value(ninf)) && molt_double_value(ninf) < 0);
    /* every NaN becomes the one canonical NaN */
    ck_assert(n1 == n2);
    ck_assert(molt_from_double(payload) == n1);
    ck_assert(molt_is_double(n1) && kinds(n1) == 1);
    ck_assert(isnan(molt_double_value(n1)));
    ck_assert(MOLT_FLOAT_BITS(0x7FF0000000000000ULL) == pinf);
}
END_TEST

START_TEST(test_kinds_disjoint)
{
    MoltValue samples[] = { MOLT_NONE, MOLT_TRUE, MOLT_FALSE, MOLT_INT(0), MOLT_INT(-1),
        molt_from_double(0.0), molt_from_double(-INFINITY), molt_from_double(NAN), molt_str_from_cstr("x") };
    size_t i;
    for (i = 0; i < sizeof samples / sizeof samples[0]; i++)
        ck_assert_int_eq(kinds(samples[i]), 1);
    ck_assert_int_eq(kinds(MOLT_NULL), 0);
    ck_assert_int_eq(kinds(MOLT_STOP), 0);
    ck_assert(molt_is_ptr(MOLT_NONE));
    ck_assert(!molt_is_ptr(MOLT_NULL));
    ck_assert(molt_both_int(MOLT_INT(3), MOLT_INT(-3)));
    ck_assert(!molt_both_int(MOLT_INT(3), molt_from_double(3.0)));
    ck_assert(!molt_both_double(MOLT_INT(3), molt_from_double(3.0)));
}
END_TEST

START_TEST(test_molt_type_of)
{
    ck_assert(molt_type_of(MOLT_TRUE) == &MoltBool_Type);
    ck_assert(molt_type_of(MOLT_NONE) == &MoltNone_Type);
    ck_assert(molt_type_of(molt_str_from_cstr("")) == &MoltStr_Type);
    ck_assert(molt_type_of(molt_tuple_new(0, NULL)) == &MoltTuple_Type);
    ck_assert(molt_type_of(molt_from_ptr(&MoltInt_Type)) == &MoltType_Type);
    ck_assert_str_eq(test_repr(molt_from_ptr(&MoltExc_ValueError)), "<class 'ValueError'>");
}
END_TEST

Suite *suite_value(void)
{
    Suite *s = suite_create("value");
    TCase *tc;
    tc = tcase_create("molt_from_int");
    tcase_add_test(tc, test_small_int_roundtrip);
    suite_add_tcase(s, tc);
    tc = tcase_create("molt_int_from_i64");
    tcase_add_test(tc, test_molt_int_from_i64);
    suite_add_tcase(s, tc);
    tc = tcase_create("molt_from_double");
    tcase_add_test(tc, test_double_roundtrip);
    tcase_add_test(tc, test_double_specials);
    suite_add_tcase(s, tc);
    tc = tcase_create("molt_is_kind");
    tcase_add_test(tc, test_kinds_disjoint);
    suite_add_tcase(s, tc);
    tc = tcase_create("molt_type_of");
    tcase_add_test(tc, test_molt_type_of);
    suite_add_tcase(s, tc);
    return s;
}
