/* Unicode tables generated from CPython 3.11 by tools/gen-str-unidata.py
 * (runtime/objects/str_unidata.c): what utf8proc does not provide. */
#ifndef MOLT_BUILD_CORE
#error "internal header"
#endif
#ifndef MOLT_INTERNAL_STR_UNIDATA_H
#define MOLT_INTERNAL_STR_UNIDATA_H

#include <stddef.h>
#include <stdint.h>

/* Sorted, disjoint, inclusive code point ranges. */
extern const uint32_t molt_uni_unassigned[][2], molt_uni_lowercase[][2], molt_uni_uppercase[][2],
    molt_uni_cased[][2], molt_uni_case_ignorable[][2], molt_uni_digit[][2], molt_uni_numeric[][2],
    molt_uni_xid_start[][2], molt_uni_xid_continue[][2];
extern const size_t molt_uni_unassigned_n, molt_uni_lowercase_n, molt_uni_uppercase_n, molt_uni_cased_n,
    molt_uni_case_ignorable_n, molt_uni_digit_n, molt_uni_numeric_n, molt_uni_xid_start_n,
    molt_uni_xid_continue_n;

enum { MOLT_UNI_LOWER, MOLT_UNI_UPPER, MOLT_UNI_TITLE, MOLT_UNI_FOLD };

/* A full case mapping that is not the simple one; sorted by (cp, kind). */
typedef struct MoltUniSpecial {
    uint32_t cp;
    uint8_t kind; /* MOLT_UNI_* */
    uint8_t n;
    uint32_t out[3];
} MoltUniSpecial;

extern const MoltUniSpecial molt_uni_special[];
extern const size_t molt_uni_special_n;

#endif /* MOLT_INTERNAL_STR_UNIDATA_H */
