/* str predicates: isalpha, isdigit, isdecimal, isnumeric, isalnum,
 * isspace, islower, isupper, istitle, isprintable, isascii and
 * isidentifier, with CPython 3.11's definitions (unicodeobject.c). */
#include "internal/str_methods.h"

typedef int (*CharPred)(uint32_t c);

static int isalnum_(uint32_t c)
{
    return molt_uni_isalpha(c) || molt_uni_isdecimal(c) || molt_uni_isdigit(c) || molt_uni_isnumeric(c);
}

/* Every code point satisfies pred; empty_ok is the answer for "". */
static MoltValue all(
    const char *name, CharPred pred, int empty_ok, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s = molt_str_obj(args[0]);
    const unsigned char *p = (const unsigned char *)s->data;
    size_t i = 0;
    if (molt_str_args_none(name, nargs, kwnames) < 0)
        return MOLT_NULL;
    if (s->len == 0)
        return molt_bool(empty_ok);
    while (i < s->len)
        if (!pred(molt_utf8_decode(p, &i)))
            return MOLT_FALSE;
    return MOLT_TRUE;
}

#define ALL_METHOD(meth, pred, empty_ok)                                                \
    MoltValue molt_str_m_##meth(const MoltValue *args, size_t nargs, MoltValue kwnames) \
    {                                                                                   \
        return all(#meth, pred, empty_ok, args, nargs, kwnames);                        \
    }

ALL_METHOD(isalpha, molt_uni_isalpha, 0)
ALL_METHOD(isdecimal, molt_uni_isdecimal, 0)
ALL_METHOD(isdigit, molt_uni_isdigit, 0)
ALL_METHOD(isnumeric, molt_uni_isnumeric, 0)
ALL_METHOD(isalnum, isalnum_, 0)
ALL_METHOD(isspace, molt_uni_isspace, 0)
ALL_METHOD(isprintable, molt_uni_isprintable, 1)

MoltValue molt_str_m_isascii(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s = molt_str_obj(args[0]);
    if (molt_str_args_none("isascii", nargs, kwnames) < 0)
        return MOLT_NULL;
    return molt_bool(s->len == s->nchars);
}

/* islower / isupper: no character of the other case or title case, and
 * at least one of this case. */
static MoltValue one_case(
    const char *name, CharPred mine, CharPred other, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s = molt_str_obj(args[0]);
    const unsigned char *p = (const unsigned char *)s->data;
    size_t i = 0;
    int cased = 0;
    if (molt_str_args_none(name, nargs, kwnames) < 0)
        return MOLT_NULL;
    while (i < s->len) {
        uint32_t c = molt_utf8_decode(p, &i);
        if (other(c) || molt_uni_istitle(c))
            return MOLT_FALSE;
        if (!cased && mine(c))
            cased = 1;
    }
    return molt_bool(cased);
}

MoltValue molt_str_m_islower(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return one_case("islower", molt_uni_islower, molt_uni_isupper, args, nargs, kwnames);
}

MoltValue molt_str_m_isupper(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    return one_case("isupper", molt_uni_isupper, molt_uni_islower, args, nargs, kwnames);
}

/* Upper or title case only at word starts, lower case only after a cased
 * character, and at least one cased character. */
MoltValue molt_str_m_istitle(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s = molt_str_obj(args[0]);
    const unsigned char *p = (const unsigned char *)s->data;
    size_t i = 0;
    int cased = 0, prev_cased = 0;
    if (molt_str_args_none("istitle", nargs, kwnames) < 0)
        return MOLT_NULL;
    while (i < s->len) {
        uint32_t c = molt_utf8_decode(p, &i);
        if (molt_uni_isupper(c) || molt_uni_istitle(c)) {
            if (prev_cased)
                return MOLT_FALSE;
            prev_cased = cased = 1;
        } else if (molt_uni_islower(c)) {
            if (!prev_cased)
                return MOLT_FALSE;
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return molt_bool(cased);
}

/* XID_Start or '_', then XID_Continue (PEP 3131). */
MoltValue molt_str_m_isidentifier(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s = molt_str_obj(args[0]);
    const unsigned char *p = (const unsigned char *)s->data;
    size_t i = 0;
    uint32_t c;
    if (molt_str_args_none("isidentifier", nargs, kwnames) < 0)
        return MOLT_NULL;
    if (s->len == 0)
        return MOLT_FALSE;
    c = molt_utf8_decode(p, &i);
    if (!molt_uni_isxidstart(c) && c != '_')
        return MOLT_FALSE;
    while (i < s->len)
        if (!molt_uni_isxidcontinue(molt_utf8_decode(p, &i)))
            return MOLT_FALSE;
    return MOLT_TRUE;
}
