/* str.translate and str.maketrans (all three forms), with CPython's
 * checks: the table is any object with __getitem__, a LookupError leaves
 * the character as is, None deletes it, an int or a str replaces it. */
#include "internal/builtins.h"
#include "internal/dict.h"
#include "internal/exceptions.h"
#include "internal/int.h"
#include "internal/str_methods.h"

/* Append the translation of c to sb: 0, or -1 with an exception. */
static int translate_one(MoltValue table, uint32_t c, MoltStrBuf *sb, size_t *nchars)
{
    MoltValue r = molt_getitem(table, molt_from_int(c));
    int64_t v;
    if (!r) {
        if (!molt_err_occurred_is(&MoltExc_LookupError))
            return -1;
        molt_err_clear();
        molt_sb_put_cp(sb, c);
        (*nchars)++;
        return 0;
    }
    if (r == MOLT_NONE)
        return 0;
    if (molt_is_intlike(r)) {
        if (molt_int_as_i64(molt_int_unbool(r), &v) < 0 || v < 0 || v >= 0x110000) {
            molt_raise(&MoltExc_ValueError, "character mapping must be in range(0x110000)");
            return -1;
        }
        molt_sb_put_cp(sb, (uint32_t)v);
        (*nchars)++;
        return 0;
    }
    if (molt_is_str(r)) {
        molt_sb_append(sb, molt_str_obj(r)->data, molt_str_obj(r)->len);
        *nchars += molt_str_obj(r)->nchars;
        return 0;
    }
    molt_raise(&MoltExc_TypeError, "character mapping must return integer, None or str");
    return -1;
}

/* translate(table, /) */
MoltValue molt_str_m_translate(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s = molt_str_obj(args[0]);
    const unsigned char *p = (const unsigned char *)s->data;
    MoltStrBuf sb;
    size_t i = 0, nchars = 0;
    if (molt_str_args_one("translate", nargs, kwnames) < 0)
        return MOLT_NULL;
    molt_sb_init(&sb);
    while (i < s->len)
        if (translate_one(args[1], molt_utf8_decode(p, &i), &sb, &nchars) < 0)
            return MOLT_NULL;
    return molt_str_new_n(sb.buf, sb.len, nchars);
}

/* The code points of str v. */
static uint32_t cp_at(MoltStr *s, size_t *i) { return molt_utf8_decode((const unsigned char *)s->data, i); }

/* maketrans(x, y=<unset>, z=<unset>, /), a static method: args[0] is the
 * type. */
MoltValue molt_str_m_maketrans(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue d = molt_dict_new(), x = args[1];
    size_t i, j, pos = 0;
    if (molt_str_args_range("maketrans", nargs, 1, 3, kwnames) < 0)
        return MOLT_NULL;
    if (nargs > 2 && !molt_is_str(args[2]))
        return molt_raise(
            &MoltExc_TypeError, "maketrans() argument 2 must be str, not %s", molt_str_argtype(args[2]));
    if (nargs > 3 && !molt_is_str(args[3]))
        return molt_raise(
            &MoltExc_TypeError, "maketrans() argument 3 must be str, not %s", molt_str_argtype(args[3]));
    if (nargs == 2) {
        MoltValue k, v;
        if (!molt_is_dict(x))
            return molt_raise(
                &MoltExc_TypeError, "if you give only one argument to maketrans it must be a dict");
        while (molt_dict_next(x, &pos, &k, &v)) {
            if (molt_is_str(k)) {
                size_t z = 0;
                if (molt_str_obj(k)->nchars != 1)
                    return molt_raise(
                        &MoltExc_ValueError, "string keys in translate table must be of length 1");
                k = molt_from_int(cp_at(molt_str_obj(k), &z));
            } else if (!molt_is_intlike(k)) {
                return molt_raise(&MoltExc_TypeError, "keys in translate table must be strings or integers");
            }
            if (molt_dict_setitem(d, molt_int_unbool(k), v) < 0)
                return MOLT_NULL;
        }
        return d;
    }
    if (!molt_is_str(x))
        return molt_raise(
            &MoltExc_TypeError, "first maketrans argument must be a string if there is a second argument");
    if (molt_str_obj(x)->nchars != molt_str_obj(args[2])->nchars)
        return molt_raise(&MoltExc_ValueError, "the first two maketrans arguments must have equal length");
    for (i = 0, j = 0; i < molt_str_obj(x)->len;) {
        MoltValue k = molt_from_int(cp_at(molt_str_obj(x), &i));
        if (molt_dict_setitem(d, k, molt_from_int(cp_at(molt_str_obj(args[2]), &j))) < 0)
            return MOLT_NULL;
    }
    if (nargs > 3)
        for (i = 0; i < molt_str_obj(args[3])->len;)
            if (molt_dict_setitem(d, molt_from_int(cp_at(molt_str_obj(args[3]), &i)), MOLT_NONE) < 0)
                return MOLT_NULL;
    return d;
}
