/* str.format and str.format_map: CPython's Objects/stringlib/
 * unicode_format.h. The template is walked left to right and each
 * replacement field is looked up, converted and formatted as it is met,
 * so errors come in CPython's order. Every delimiter is ASCII, so the
 * UTF-8 bytes are scanned directly.
 *
 *   field      -> '{' [arg_name] ('.' attr | '[' key ']')* ['!' conv] [':' spec] '}'
 *   arg_name   -> digits (a positional index) | other text (a key) | empty (auto)
 *   spec       -> text with nested fields, expanded first (two levels deep)
 */
#include <string.h>

#include "internal/builtins.h"
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/format.h"
#include "internal/str.h"
#include "internal/tuple.h"

typedef struct Sub {
    const char *s; /* bytes [0, n) */
    size_t n;
} Sub;

/* Auto-numbering state: `{}` and `{0}` may not be mixed. */
enum { ANS_INIT, ANS_AUTO, ANS_MANUAL };
typedef struct Ctx {
    MoltValue args; /* tuple, or MOLT_NULL for format_map */
    MoltValue kwargs; /* mapping, or MOLT_NULL */
    int an_state;
    int64_t an_next;
} Ctx;

static int build(MoltStrBuf *sb, Sub in, Ctx *c, int depth);

/* The value of a field-name part made of ASCII digits only, or -1 (also
 * for an empty part); -2 with ValueError on overflow. */
static int64_t field_integer(Sub p)
{
    int64_t acc = 0;
    size_t i;
    if (p.n == 0)
        return -1;
    for (i = 0; i < p.n; i++) {
        int d = p.s[i] >= '0' && p.s[i] <= '9' ? p.s[i] - '0' : -1;
        if (d < 0)
            return -1;
        if (acc > (INT64_MAX - d) / 10) {
            molt_raise(&MoltExc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

/* The object a field name designates: the argument, then each `.attr`
 * and `[key]` applied in turn. */
static MoltValue field_object(Sub name, Ctx *c)
{
    size_t i = 0, end;
    Sub first;
    int64_t index;
    MoltValue obj;
    while (i < name.n && name.s[i] != '.' && name.s[i] != '[')
        i++;
    first.s = name.s;
    first.n = i;
    index = field_integer(first);
    if (index == -2)
        return MOLT_NULL;
    if (first.n == 0 || index != -1) {
        int empty = first.n == 0;
        if (c->an_state == ANS_INIT)
            c->an_state = empty ? ANS_AUTO : ANS_MANUAL;
        if (c->an_state == ANS_MANUAL && empty)
            return molt_raise(&MoltExc_ValueError,
                "cannot switch from manual field specification to automatic field numbering");
        if (c->an_state == ANS_AUTO && !empty)
            return molt_raise(&MoltExc_ValueError,
                "cannot switch from automatic field numbering to manual field specification");
        if (empty)
            index = c->an_next++;
    }
    if (index == -1) {
        MoltValue key = molt_str_from_utf8(first.s, first.n);
        if (!c->kwargs)
            return molt_raise_args(&MoltExc_KeyError, &key, 1);
        obj = molt_getitem(c->kwargs, key);
    } else {
        if (!c->args)
            return molt_raise(&MoltExc_ValueError, "Format string contains positional fields");
        if ((uint64_t)index >= molt_tuple_len(c->args))
            return molt_raise(&MoltExc_IndexError,
                "Replacement index %lld out of range for positional args tuple", (long long)index);
        obj = molt_tuple_item(c->args, (size_t)index);
    }
    if (!obj)
        return MOLT_NULL;
    /* the rest: .attr and [key] */
    while (i < name.n) {
        char kind = name.s[i++];
        Sub part;
        MoltValue key;
        part.s = name.s + i;
        if (kind == '.') {
            while (i < name.n && name.s[i] != '.' && name.s[i] != '[')
                i++;
            part.n = (size_t)(name.s + i - part.s);
        } else if (kind == '[') {
            end = i;
            while (end < name.n && name.s[end] != ']')
                end++;
            if (end >= name.n)
                return molt_raise(&MoltExc_ValueError, "Missing ']' in format string");
            part.n = end - i;
            i = end + 1;
        } else {
            return molt_raise(
                &MoltExc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (part.n == 0)
            return molt_raise(&MoltExc_ValueError, "Empty attribute in format string");
        key = molt_str_from_utf8(part.s, part.n);
        if (kind == '.') {
            obj = molt_getattr(obj, key);
        } else {
            int64_t k = field_integer(part);
            if (k == -2)
                return MOLT_NULL;
            obj = molt_getitem(obj, k >= 0 ? molt_int_from_i64(k) : key);
        }
        if (!obj)
            return MOLT_NULL;
    }
    return obj;
}

static MoltValue convert(MoltValue obj, const char *conv, size_t convlen)
{
    size_t i = 0;
    uint32_t cp = molt_utf8_next(conv, convlen, &i);
    switch (cp) {
    case 'r':
        return molt_repr(obj);
    case 's':
        return molt_str(obj);
    case 'a':
        return molt_ascii(obj);
    default:
        if (cp > 32 && cp < 127)
            return molt_raise(&MoltExc_ValueError, "Unknown conversion specifier %c", (char)cp);
        return molt_raise(&MoltExc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)cp);
    }
}

/* One replacement field: in.s[*pos] is just after its '{'. */
static int field(MoltStrBuf *sb, Sub in, size_t *pos, Ctx *c, int depth)
{
    size_t i = *pos, convlen = 0;
    const char *conv = NULL;
    char ch = 0;
    Sub name, spec = { "", 0 };
    int expand = 0;
    MoltValue obj, specobj;
    name.s = in.s + i;
    while (i < in.n) {
        ch = in.s[i++];
        if (ch == '{') {
            molt_raise(&MoltExc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (ch == '[') {
            while (i < in.n && in.s[i] != ']')
                i++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!')
            break;
    }
    name.n = (size_t)(in.s + i - 1 - name.s);
    if (ch == '!' || ch == ':') {
        int count = 1, closed = 0;
        if (ch == '!') {
            size_t k;
            if (i >= in.n) {
                molt_raise(&MoltExc_ValueError, "end of string while looking for conversion specifier");
                return -1;
            }
            conv = in.s + i;
            k = i;
            molt_utf8_next(in.s, in.n, &k);
            convlen = k - i;
            i = k;
            if (i < in.n) {
                ch = in.s[i++];
                if (ch == '}')
                    goto have_field;
                if (ch != ':') {
                    molt_raise(&MoltExc_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        spec.s = in.s + i;
        while (i < in.n) {
            ch = in.s[i++];
            if (ch == '{') {
                expand = 1;
                count++;
            } else if (ch == '}' && --count == 0) {
                spec.n = (size_t)(in.s + i - 1 - spec.s);
                closed = 1;
                break;
            }
        }
        if (!closed) {
            molt_raise(&MoltExc_ValueError, "unmatched '{' in format spec");
            return -1;
        }
    } else if (ch != '}') {
        molt_raise(&MoltExc_ValueError, "expected '}' before end of string");
        return -1;
    }
have_field:
    *pos = i;
    obj = field_object(name, c);
    if (!obj)
        return -1;
    if (conv) {
        obj = convert(obj, conv, convlen);
        if (!obj)
            return -1;
    }
    if (expand) {
        MoltStrBuf ssb;
        molt_sb_init(&ssb);
        if (build(&ssb, spec, c, depth - 1) < 0)
            return -1;
        specobj = molt_sb_finish(&ssb);
    } else {
        specobj = molt_str_from_utf8(spec.s, spec.n);
    }
    return molt_format_into(sb, obj, specobj);
}

/* The template `in` with its fields replaced, appended to sb. */
static int build(MoltStrBuf *sb, Sub in, Ctx *c, int depth)
{
    size_t i = 0, start;
    if (depth <= 0) {
        molt_raise(&MoltExc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    while (i < in.n) {
        char ch = 0;
        int markup = 0;
        size_t len;
        start = i;
        while (i < in.n) {
            ch = in.s[i++];
            if (ch == '{' || ch == '}') {
                markup = 1;
                break;
            }
        }
        len = i - start;
        if (markup) {
            int at_end = i >= in.n;
            if (ch == '}' && (at_end || in.s[i] != '}')) {
                molt_raise(&MoltExc_ValueError, "Single '}' encountered in format string");
                return -1;
            }
            if (at_end && ch == '{') {
                molt_raise(&MoltExc_ValueError, "Single '{' encountered in format string");
                return -1;
            }
            if (in.s[i] == ch) {
                /* '{{' or '}}': the literal brace */
                i++;
                markup = 0;
            } else {
                len--;
            }
        }
        molt_sb_append(sb, in.s + start, len);
        if (markup && field(sb, in, &i, c, depth) < 0)
            return -1;
    }
    return 0;
}

static MoltValue format_with(MoltValue self, Ctx *c)
{
    MoltStrBuf sb;
    Sub in;
    in.s = molt_str_utf8(self, &in.n);
    c->an_state = ANS_INIT;
    c->an_next = 0;
    molt_sb_init(&sb);
    if (build(&sb, in, c, 2) < 0)
        return MOLT_NULL;
    return molt_sb_finish(&sb);
}

MoltValue molt_str_format_method(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    Ctx c;
    size_t nkw = molt_kw_count(kwnames), k;
    c.args = molt_tuple_new(nargs - 1, args + 1);
    c.kwargs = MOLT_NULL;
    if (nkw) {
        c.kwargs = molt_dict_new();
        for (k = 0; k < nkw; k++)
            if (molt_dict_setitem(c.kwargs, molt_tuple_item(kwnames, k), args[nargs + k]) < 0)
                return MOLT_NULL;
    }
    return format_with(args[0], &c);
}

MoltValue molt_str_format_map(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    Ctx c;
    if (molt_no_kwargs("str.format_map", kwnames) < 0)
        return MOLT_NULL;
    if (nargs != 2)
        return molt_raise(
            &MoltExc_TypeError, "str.format_map() takes exactly one argument (%zu given)", nargs - 1);
    c.args = MOLT_NULL;
    c.kwargs = args[1];
    return format_with(args[0], &c);
}
