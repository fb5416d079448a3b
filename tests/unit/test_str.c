/* Unit tests for str's layouts: the code point index of long non-ASCII
 * text (every offset against a plain scan, both directions), and `+`
 * appending in place into a shared store without changing what the strs
 * that share it see. */
#include <string.h>

#include "internal/str_methods.h"
#include "suites.h"

/* Byte offset of code point k by a plain scan. */
static size_t scan_offset(const char *p, size_t len, size_t k)
{
    size_t i = 0;
    while (k--) {
        i++;
        while (i < len && ((unsigned char)p[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

static MoltValue mixed_text(size_t n)
{
    static const char *const pieces[] = { "a", "\xc3\xa9", "\xe6\x97\xa5", "\xf0\x9f\x90\x8d" };
    MoltStrBuf sb;
    size_t i;
    molt_sb_init(&sb);
    for (i = 0; i < n; i++)
        molt_sb_puts(&sb, pieces[(i * 7 + i / 3) % 4]);
    return molt_sb_finish(&sb);
}

START_TEST(test_str_cp_offset)
{
    size_t sizes[] = { 1, 63, 64, 65, 200, 1000, 4099 }, z, k;
    for (z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
        MoltValue v = mixed_text(sizes[z]);
        MoltStr *s = molt_str_obj(v);
        ck_assert_uint_eq(s->nchars, sizes[z]);
        for (k = 0; k <= s->nchars; k++) {
            size_t off = scan_offset(s->data, s->len, k);
            ck_assert_uint_eq(molt_str_cp_offset(s, k), off);
            ck_assert_uint_eq(molt_str_cp_index(s, off), k);
        }
        /* the index of a long str is built once and kept */
        ck_assert(s->len < MOLT_STR_OOL_MIN || s->index != NULL);
    }
}
END_TEST

START_TEST(test_str_cp_offset_ascii)
{
    MoltValue v = molt_str_from_cstr("plain ascii text that is long enough to be stored out of line, "
                                     "plain ascii text that is long enough to be stored out of line, "
                                     "plain ascii text that is long enough to be stored out of line, "
                                     "plain ascii text that is long enough to be stored out of line");
    MoltStr *s = molt_str_obj(v);
    ck_assert_uint_eq(molt_str_cp_offset(s, 100), 100);
    ck_assert_uint_eq(molt_str_cp_index(s, 200), 200);
    ck_assert(s->index == NULL);
}
END_TEST

START_TEST(test_str_concat_shared)
{
    MoltValue a = mixed_text(300), b, c, d, x = molt_str_from_cstr("xy"), y = molt_str_from_cstr("z");
    size_t alen = molt_str_obj(a)->len;
    b = molt_add(a, x); /* a copy with spare room */
    c = molt_add(b, y); /* appended in place: shares b's bytes */
    d = molt_add(b, x); /* b no longer ends the store: a copy */
    ck_assert_ptr_eq(molt_str_obj(c)->data, molt_str_obj(b)->data);
    ck_assert_ptr_ne(molt_str_obj(d)->data, molt_str_obj(b)->data);
    ck_assert_uint_eq(molt_str_obj(b)->len, alen + 2);
    ck_assert_uint_eq(molt_str_obj(c)->len, alen + 3);
    ck_assert_int_eq(memcmp(molt_str_obj(c)->data + alen, "xyz", 3), 0);
    ck_assert_int_eq(memcmp(molt_str_obj(d)->data + alen, "xyxy", 4), 0);
    ck_assert_uint_eq(molt_str_obj(c)->nchars, 303);
    /* b's terminating NUL was overwritten by c: molt_str_cstr copies */
    ck_assert_uint_eq(strlen(molt_str_cstr(b)), alen + 2);
    ck_assert_uint_eq(strlen(molt_str_cstr(c)), alen + 3);
    ck_assert(molt_str_equal(molt_add(a, x), b));
    ck_assert(molt_str_hash(b) != molt_str_hash(c));
}
END_TEST

Suite *suite_str(void)
{
    Suite *s = suite_create("str");
    TCase *tc = tcase_create("molt_str_cp_offset");
    tcase_add_test(tc, test_str_cp_offset);
    tcase_add_test(tc, test_str_cp_offset_ascii);
    suite_add_tcase(s, tc);
    tc = tcase_create("str_concat");
    tcase_add_test(tc, test_str_concat_shared);
    suite_add_tcase(s, tc);
    return s;
}
