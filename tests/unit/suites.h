/* Declarations of the Check suites run by check_main.c, one per file. */
#ifndef MOLT_TESTS_UNIT_SUITES_H
#define MOLT_TESTS_UNIT_SUITES_H

#include <stdio.h>

#include <check.h>

#include <molt/molt.h>

Suite *suite_value(void);
Suite *suite_int(void);
Suite *suite_float(void);
Suite *suite_translator(void);
Suite *suite_lexer(void);
Suite *suite_containers(void);
Suite *suite_hash(void);
Suite *suite_set(void);
Suite *suite_str(void);

/* repr(v) as a C string (for comparisons); fails the test on error. */
static inline const char *test_repr(MoltValue v)
{
    MoltValue s;
    ck_assert_msg(v != MOLT_NULL, "unexpected exception");
    s = molt_repr(v);
    ck_assert_msg(s != MOLT_NULL, "repr failed");
    return molt_str_utf8(s, NULL);
}

/* "TypeName: message" of the pending exception, which is cleared. */
static inline const char *test_exc(void)
{
    static char buf[512];
    MoltValue e = molt_err_pending(), s;
    ck_assert_msg(e != MOLT_NULL, "no exception pending");
    s = molt_str(e);
    snprintf(buf, sizeof buf, "%s: %s", molt_type_of(e)->name, s ? molt_str_utf8(s, NULL) : "?");
    molt_err_clear();
    return buf;
}

#endif /* MOLT_TESTS_UNIT_SUITES_H */
