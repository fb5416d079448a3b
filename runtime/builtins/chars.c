/* chr() and ord(): between code points and one-character strs. */
#include "internal/builtins.h"
#include "internal/bytes.h"
#include "internal/exceptions.h"
#include "internal/int.h"
#include "internal/str_methods.h"

static int exactly_one(const char *fname, size_t nargs, MoltValue kwnames)
{
    if (molt_no_kwargs(fname, kwnames) < 0)
        return -1;
    if (nargs != 1) {
        molt_raise(&MoltExc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        return -1;
    }
    return 0;
}

/* chr(i, /). Surrogates (U+D800..U+DFFF) are kept in the generalised
 * UTF-8 form. */
MoltValue molt_builtin_chr(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    int64_t i;
    char buf[4];
    if (exactly_one("chr", nargs, kwnames) < 0)
        return MOLT_NULL;
    if (!molt_is_intlike(args[0]))
        return molt_raise(
            &MoltExc_TypeError, "'%s' object cannot be interpreted as an integer", molt_type_name(args[0]));
    if (molt_int_as_i64(molt_int_unbool(args[0]), &i) < 0 || i > INT32_MAX || i < INT32_MIN)
        return molt_raise(&MoltExc_OverflowError, "Python int too large to convert to C int");
    if (i < 0 || i >= 0x110000)
        return molt_raise(&MoltExc_ValueError, "chr() arg not in range(0x110000)");
    return molt_str_new_n(buf, molt_utf8_encode((uint32_t)i, buf), 1);
}

/* ord(c, /) */
MoltValue molt_builtin_ord(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStr *s;
    size_t i = 0;
    if (exactly_one("ord", nargs, kwnames) < 0)
        return MOLT_NULL;
    if (molt_is_bytes(args[0]) || molt_is_bytearray(args[0])) { /* one byte: its value */
        size_t n = molt_is_bytes(args[0]) ? molt_bytes_obj(args[0])->len : molt_bytearray_obj(args[0])->len;
        if (n != 1)
            return molt_raise(
                &MoltExc_TypeError, "ord() expected a character, but string of length %zu found", n);
        return molt_from_int(
            molt_is_bytes(args[0]) ? molt_bytes_obj(args[0])->data[0] : molt_bytearray_obj(args[0])->data[0]);
    }
    if (!molt_is_str(args[0]))
        return molt_raise(
            &MoltExc_TypeError, "ord() expected string of length 1, but %s found", molt_type_name(args[0]));
    s = molt_str_obj(args[0]);
    if (s->nchars != 1)
        return molt_raise(
            &MoltExc_TypeError, "ord() expected a character, but string of length %zu found", s->nchars);
    return molt_from_int(molt_utf8_decode((const unsigned char *)s->data, &i));
}
