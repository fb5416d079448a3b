/* Runner for the Check unit tests: every suite_<area>() in one srunner,
 * fork mode (Check's default) so a crash fails one test only. */
#include <stdio.h>
#include <stdlib.h>

#include "suites.h"

int main(void)
{
    SRunner *sr;
    int failed;
    MOLT_GC_INIT();
    sr = srunner_create(suite_value());
    srunner_add_suite(sr, suite_int());
    srunner_add_suite(sr, suite_float());
    srunner_add_suite(sr, suite_translator());
    srunner_add_suite(sr, suite_lexer());
    srunner_add_suite(sr, suite_containers());
    srunner_add_suite(sr, suite_hash());
    srunner_add_suite(sr, suite_set());
    srunner_add_suite(sr, suite_str());
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
