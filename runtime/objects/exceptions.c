/* The builtin exception types (CPython's names and hierarchy) and their
 * instances: args tuple, str(), repr(), construction by calling the type
 * (OSError's errno -> subclass mapping included), and the attributes
 * CPython defines on them (args, __cause__, __context__, value, code...). */
#include <errno.h>
#include <string.h>

#include "internal/builtins.h"
#include "internal/bytes.h"
#include "internal/class.h"
#include "internal/int.h"
#include "internal/list.h"
#include "internal/exceptions.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

int molt_exc_is_subclass(const MoltType *t, const MoltType *b)
{
    if (t->mro && molt_is_tuple(t->mro)) {
        MoltTuple *m = molt_tuple_obj(t->mro);
        for (size_t i = 0; i < m->n; i++) {
            const MoltType *x = molt_ptr(m->items[i]);
            if (x == b || (x == &MoltExc_ExceptionGroup && molt_type_is_subtype(&MoltExc_Exception, b)))
                return 1;
        }
        return 0;
    }
    for (; t; t = t->base) {
        if (t == b)
            return 1;
        if (t == &MoltExc_ExceptionGroup && molt_type_is_subtype(&MoltExc_Exception, b))
            return 1;
    }
    return 0;
}

MoltValue molt_exc_new(MoltType *t, const MoltValue *args, size_t n)
{
    size_t size = t->basicsize > sizeof(MoltException) ? t->basicsize : sizeof(MoltException);
    MoltException *e = molt_alloc(size);
    e->ob.type = t;
    e->args = molt_tuple_new(n, args);
    return molt_from_ptr(e);
}

MoltValue molt_exc_args(MoltValue exc)
{
    MoltValue a = molt_exc_obj(exc)->args;
    return a ? a : molt_from_ptr(&molt_empty_tuple);
}

/* OSError(errno, strerror) called on OSError itself makes the subclass
 * that errno stands for, as CPython's OSError.__new__. */
static MoltType *oserror_subclass(MoltValue err)
{
    if (!molt_is_int(err))
        return NULL;
    switch (molt_int_value(err)) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS:
        return &MoltExc_BlockingIOError;
    case ECHILD:
        return &MoltExc_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN:
        return &MoltExc_BrokenPipeError;
    case ECONNABORTED:
        return &MoltExc_ConnectionAbortedError;
    case ECONNREFUSED:
        return &MoltExc_ConnectionRefusedError;
    case ECONNRESET:
        return &MoltExc_ConnectionResetError;
    case EEXIST:
        return &MoltExc_FileExistsError;
    case ENOENT:
        return &MoltExc_FileNotFoundError;
    case EISDIR:
        return &MoltExc_IsADirectoryError;
    case ENOTDIR:
        return &MoltExc_NotADirectoryError;
    case EINTR:
        return &MoltExc_InterruptedError;
    case EACCES:
    case EPERM:
        return &MoltExc_PermissionError;
    case ESRCH:
        return &MoltExc_ProcessLookupError;
    case ETIMEDOUT:
        return &MoltExc_TimeoutError;
    default:
        return NULL;
    }
}

/* BaseExceptionGroup(msg, excs): CPython's checks and messages; a
 * BaseExceptionGroup of Exceptions only is an ExceptionGroup. */
static MoltValue excgroup_construct(MoltType *t, const MoltValue *args, size_t nargs)
{
    MoltValue v, seq;
    MoltTuple *excs;
    int all_exc = 1;
    if (nargs != 2)
        return molt_raise(
            &MoltExc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
    if (!molt_is_str(args[0]))
        return molt_raise(&MoltExc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
            molt_type_name(args[0]));
    if (molt_is_list(args[1]))
        seq = molt_tuple_new(molt_list_obj(args[1])->n, molt_list_obj(args[1])->items);
    else if (molt_is_tuple(args[1]))
        seq = args[1];
    else
        return molt_raise(&MoltExc_TypeError, "second argument (exceptions) must be a sequence");
    excs = molt_tuple_obj(seq);
    if (excs->n == 0)
        return molt_raise(&MoltExc_ValueError, "second argument (exceptions) must be a non-empty sequence");
    for (size_t i = 0; i < excs->n; i++) {
        if (!molt_is_exception(excs->items[i]))
            return molt_raise(
                &MoltExc_ValueError, "Item %zu of second argument (exceptions) is not an exception", i);
        if (!molt_exc_is_subclass(molt_type_of(excs->items[i]), &MoltExc_Exception))
            all_exc = 0;
    }
    if (t == &MoltExc_BaseExceptionGroup && all_exc)
        t = &MoltExc_ExceptionGroup;
    else if (molt_exc_is_subclass(t, &MoltExc_Exception) && !all_exc)
        return molt_raise(&MoltExc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    v = molt_exc_new(t, args, nargs);
    molt_exc_obj(v)->eg_msg = args[0];
    molt_exc_obj(v)->eg_excs = seq;
    return v;
}

/* The argument checks of UnicodeEncodeError(encoding, object, start, end,
 * reason), UnicodeDecodeError (object is bytes-like) and
 * UnicodeTranslateError(object, start, end, reason): 0 or -1. */
static int unicode_error_check(MoltType *t, const MoltValue *args, size_t nargs)
{
    int translate = molt_type_is_subtype(t, &MoltExc_UnicodeTranslateError);
    size_t want = translate ? 4 : 5;
    if (nargs != want) {
        molt_raise(&MoltExc_TypeError, "function takes exactly %zu arguments (%zu given)", want, nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) {
        int is_int_arg = translate ? (i == 1 || i == 2) : (i == 2 || i == 3);
        if (is_int_arg) {
            if (!molt_is_intlike(args[i])) {
                molt_raise(&MoltExc_TypeError, "'%s' object cannot be interpreted as an integer",
                    molt_type_name(args[i]));
                return -1;
            }
        } else if (i == 1 && molt_type_is_subtype(t, &MoltExc_UnicodeDecodeError)) {
            MoltBuffer b;
            if (molt_buffer_get(args[i], &b) > 0)
                continue;
            molt_raise(
                &MoltExc_TypeError, "a bytes-like object is required, not '%s'", molt_type_name(args[i]));
            return -1;
        } else if (!molt_is_str(args[i])) {
            molt_raise(
                &MoltExc_TypeError, "argument %zu must be str, not %s", i + 1, molt_type_name(args[i]));
            return -1;
        }
    }
    return 0;
}

MoltValue molt_exc_construct(MoltValue type, const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltType *t = molt_ptr(type);
    if (molt_kw_count(kwnames))
        return molt_raise(&MoltExc_TypeError, "%s() takes no keyword arguments", t->name);
    if (molt_type_is_subtype(t, &MoltExc_BaseExceptionGroup))
        return excgroup_construct(t, args, nargs);
    if (molt_type_is_subtype(t, &MoltExc_UnicodeError) && t != &MoltExc_UnicodeError
        && unicode_error_check(t, args, nargs) < 0)
        return MOLT_NULL;
    if (t == &MoltExc_OSError && nargs >= 2 && nargs <= 5) {
        MoltType *sub = oserror_subclass(args[0]);
        if (sub)
            t = sub;
    }
    if (nargs >= 3 && nargs <= 5 && molt_type_is_subtype(t, &MoltExc_OSError)) {
        MoltValue v = molt_exc_new(t, args, 2);
        molt_exc_obj(v)->filename = args[2];
        molt_exc_obj(v)->filename2 = nargs == 5 ? args[4] : MOLT_NULL;
        return v;
    }
    return molt_exc_new(t, args, nargs);
}

/* ---- str and repr ---- */

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]):
 * "[Errno N] strerror", then ": 'filename'" and " -> 'filename2'". */
static MoltValue oserror_str(MoltValue v, MoltTuple *args)
{
    MoltException *e = molt_exc_obj(v);
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_puts(&sb, "[Errno ");
    if (molt_sb_append_str(&sb, args->items[0]) < 0)
        return MOLT_NULL;
    molt_sb_puts(&sb, "] ");
    if (molt_sb_append_str(&sb, args->items[1]) < 0)
        return MOLT_NULL;
    if (e->filename && e->filename != MOLT_NONE) {
        molt_sb_puts(&sb, ": ");
        if (molt_sb_append_repr(&sb, e->filename) < 0)
            return MOLT_NULL;
        if (e->filename2 && e->filename2 != MOLT_NONE) {
            molt_sb_puts(&sb, " -> ");
            if (molt_sb_append_repr(&sb, e->filename2) < 0)
                return MOLT_NULL;
        }
    }
    return molt_sb_finish(&sb);
}

/* The code point at index k of str v (k < its length). */
static uint32_t str_char_at(MoltValue v, int64_t k)
{
    const unsigned char *p = (const unsigned char *)molt_str_obj(v)->data;
    uint32_t c;
    size_t extra;
    for (; k > 0; k--) {
        p++;
        while ((*p & 0xC0) == 0x80)
            p++;
    }
    c = *p;
    extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (extra)
        c &= 0x3Fu >> extra;
    while (extra--)
        c = (c << 6) | (*++p & 0x3F);
    return c;
}

/* UnicodeEncodeError / DecodeError / TranslateError as CPython words
 * them: "'ascii' codec can't encode character '\xe9' in position 1:
 * ordinal not in range(128)", "... can't decode bytes in position 0-1:
 * ...". MOLT_STOP when the arguments are not the codec's (then the
 * generic str applies). */
static MoltValue unicode_error_str(MoltValue v, MoltTuple *args)
{
    int translate = molt_isinstance(v, &MoltExc_UnicodeTranslateError);
    int decode = molt_isinstance(v, &MoltExc_UnicodeDecodeError);
    size_t k = translate ? 0 : 1;
    MoltValue obj, reason;
    int64_t start, end, len;
    MoltBuffer b;
    MoltStrBuf sb;
    if (args->n != (translate ? 4u : 5u))
        return MOLT_STOP;
    obj = args->items[k];
    reason = args->items[k + 3];
    if (!molt_is_intlike(args->items[k + 1]) || !molt_is_intlike(args->items[k + 2])
        || molt_int_as_i64(molt_int_unbool(args->items[k + 1]), &start) < 0
        || molt_int_as_i64(molt_int_unbool(args->items[k + 2]), &end) < 0)
        return MOLT_STOP;
    if (decode) {
        if (molt_buffer_get(obj, &b) <= 0)
            return MOLT_STOP;
        len = (int64_t)b.n;
    } else {
        if (!molt_is_str(obj))
            return MOLT_STOP;
        len = (int64_t)molt_str_obj(obj)->nchars;
    }
    molt_sb_init(&sb);
    if (!translate) {
        molt_sb_putc(&sb, '\'');
        if (molt_sb_append_str(&sb, args->items[0]) < 0)
            return MOLT_NULL;
        molt_sb_puts(&sb, "' codec ");
    }
    molt_sb_puts(&sb, translate ? "can't translate " : decode ? "can't decode " : "can't encode ");
    if (start >= 0 && start < len && end == start + 1) {
        if (decode) {
            molt_sb_printf(&sb, "byte 0x%02x", b.p[start]);
        } else {
            uint32_t c = str_char_at(obj, start);
            molt_sb_printf(&sb,
                c <= 0xFF         ? "character '\\x%02x'"
                    : c <= 0xFFFF ? "character '\\u%04x'"
                                  : "character '\\U%08x'",
                (unsigned)c);
        }
        molt_sb_printf(&sb, " in position %lld: ", (long long)start);
    } else {
        molt_sb_printf(&sb, "%s in position %lld-%lld: ", decode ? "bytes" : "characters", (long long)start,
            (long long)end - 1);
    }
    if (molt_sb_append_str(&sb, reason) < 0)
        return MOLT_NULL;
    return molt_sb_finish(&sb);
}

/* '' for no args, str(arg) for one, repr(args) for more; KeyError shows
 * its single argument's repr; OSError and exception groups their own. */
static MoltValue exc_str(MoltValue v)
{
    MoltTuple *args = molt_tuple_obj(molt_exc_args(v));
    MoltException *e = molt_exc_obj(v);
    if (e->eg_msg) {
        MoltStrBuf sb;
        size_t n = molt_tuple_obj(e->eg_excs)->n;
        molt_sb_init(&sb);
        if (molt_sb_append_str(&sb, e->eg_msg) < 0)
            return MOLT_NULL;
        molt_sb_printf(&sb, " (%zu sub-exception%s)", n, n == 1 ? "" : "s");
        return molt_sb_finish(&sb);
    }
    if (args->n == 2 && molt_isinstance(v, &MoltExc_OSError))
        return oserror_str(v, args);
    if (molt_isinstance(v, &MoltExc_UnicodeError)
        && ((MoltObject *)molt_ptr(v))->type != &MoltExc_UnicodeError) {
        MoltValue r = unicode_error_str(v, args);
        if (r != MOLT_STOP)
            return r;
    }
    if (args->n == 0)
        return molt_str_from_utf8("", 0);
    if (args->n == 1) {
        if (molt_isinstance(v, &MoltExc_KeyError))
            return molt_repr(args->items[0]);
        return molt_str(args->items[0]);
    }
    return molt_repr(molt_exc_args(v));
}

/* Name(repr(arg)) for one arg, Name(args...) otherwise. */
static MoltValue exc_repr(MoltValue v)
{
    MoltValue argv = molt_exc_args(v);
    MoltTuple *args = molt_tuple_obj(argv);
    MoltStrBuf sb;
    molt_sb_init(&sb);
    molt_sb_puts(&sb, molt_type_name(v));
    if (args->n == 1) {
        molt_sb_putc(&sb, '(');
        if (molt_sb_append_repr(&sb, args->items[0]) < 0)
            return MOLT_NULL;
        molt_sb_putc(&sb, ')');
    } else if (molt_sb_append_repr(&sb, argv) < 0) {
        return MOLT_NULL;
    }
    return molt_sb_finish(&sb);
}

/* ---- attributes ---- */

static MoltValue or_none(MoltValue v) { return v ? v : MOLT_NONE; }

/* errno (0) or strerror (1): set when OSError got 2 to 5 arguments. */
static MoltValue oserror_arg(MoltValue exc, size_t i)
{
    MoltTuple *a = molt_tuple_obj(molt_exc_args(exc));
    return a->n == 2 ? a->items[i] : MOLT_NONE;
}

/* ---- methods ---- */

static int one_arg(const char *name, size_t nargs, MoltValue kwnames)
{
    if (molt_kw_count(kwnames)) {
        molt_raise(&MoltExc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 2) {
        molt_raise(&MoltExc_TypeError, "%s() takes exactly one argument (%zu given)", name, nargs - 1);
        return -1;
    }
    return 0;
}

static MoltValue m_with_traceback(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (one_arg("BaseException.with_traceback", nargs, kwnames) < 0)
        return MOLT_NULL;
    if (args[1] != MOLT_NONE && molt_type_of(args[1]) != &MoltTraceback_Type)
        return molt_raise(&MoltExc_TypeError, "__traceback__ must be a traceback or None");
    molt_exc_obj(args[0])->tb = args[1] == MOLT_NONE ? NULL : molt_ptr(args[1]);
    return args[0];
}

static MoltValue m_add_note(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltException *e;
    if (one_arg("BaseException.add_note", nargs, kwnames) < 0)
        return MOLT_NULL;
    if (!molt_is_str(args[1]))
        return molt_raise(&MoltExc_TypeError, "note must be a str, not '%s'", molt_type_name(args[1]));
    e = molt_exc_obj(args[0]);
    if (!e->notes)
        e->notes = molt_list_new(0, NULL);
    else if (!molt_is_list(e->notes))
        return molt_raise(&MoltExc_TypeError, "Cannot add note: __notes__ is not a list");
    if (molt_list_append(e->notes, args[1]) < 0)
        return MOLT_NULL;
    return MOLT_NONE;
}

static MoltValue m_split(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (one_arg("BaseExceptionGroup.split", nargs, kwnames) < 0)
        return MOLT_NULL;
    return molt_eg_split_method(args[0], args[1], 1);
}

static MoltValue m_subgroup(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    if (one_arg("BaseExceptionGroup.subgroup", nargs, kwnames) < 0)
        return MOLT_NULL;
    return molt_eg_split_method(args[0], args[1], 0);
}

static MoltValue m_derive(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltValue a[2];
    if (one_arg("BaseExceptionGroup.derive", nargs, kwnames) < 0)
        return MOLT_NULL;
    a[0] = molt_exc_obj(args[0])->eg_msg;
    a[1] = args[1];
    return molt_exc_construct(molt_from_ptr(&MoltExc_BaseExceptionGroup), a, 2, MOLT_NULL);
}

static const MoltMethodDef exc_methods[] = {
    { "with_traceback", m_with_traceback, 0 },
    { "add_note", m_add_note, 0 },
    { NULL, NULL, 0 },
};

static const MoltMethodDef group_methods[] = {
    { "derive", m_derive, 0 },
    { "split", m_split, 0 },
    { "subgroup", m_subgroup, 0 },
    { NULL, NULL, 0 },
};

/* A method row named s bound to exc (a builtin method object), or
 * MOLT_NULL. */
static MoltValue bind_method(MoltValue exc, const char *s)
{
    const MoltMethodDef *tables[2] = { exc_methods, molt_exc_obj(exc)->eg_excs ? group_methods : NULL };
    for (int k = 0; k < 2; k++)
        for (const MoltMethodDef *d = tables[k]; d && d->name; d++)
            if (!strcmp(d->name, s)) {
                MoltCMethod *m = molt_alloc(sizeof *m);
                m->ob.type = &MoltCMethod_Type;
                m->def = d;
                m->self = exc;
                return molt_from_ptr(m);
            }
    return MOLT_NULL;
}

/* BaseException instances have a __dict__: the live one of a user
 * exception class's instance; instances of builtin exception types keep
 * no attributes of their own yet. 1 with *out set, or -1. */
static int exc_dict(MoltValue exc, MoltValue *out)
{
    if (!molt_type_of(exc)->attrs_offset) {
        molt_raise(
            &MoltExc_NotImplementedError, "molt2c does not support __dict__ of builtin exceptions yet");
        return -1;
    }
    *out = molt_inst_dict(exc);
    return *out ? 1 : -1;
}

/* encoding, object, start, end and reason of the Unicode errors (read
 * from their arguments): 1 with *out set, else 0. */
static int unicode_error_attr(MoltValue exc, const char *s, MoltTuple *args, MoltValue *out)
{
    static const char *const names[] = { "encoding", "object", "start", "end", "reason" };
    size_t i, first = 0;
    if (!molt_isinstance(exc, &MoltExc_UnicodeError)
        || ((MoltObject *)molt_ptr(exc))->type == &MoltExc_UnicodeError)
        return 0;
    if (molt_isinstance(exc, &MoltExc_UnicodeTranslateError))
        first = 1;
    if (args->n != 5 - first)
        return 0;
    for (i = first; i < 5; i++)
        if (!strcmp(s, names[i])) {
            *out = args->items[i - first];
            return 1;
        }
    return 0;
}

int molt_exc_getattr_builtin(MoltValue exc, MoltValue name, MoltValue *out)
{
    MoltException *e = molt_exc_obj(exc);
    const char *s = molt_str_cstr(name);
    MoltTuple *args = molt_tuple_obj(molt_exc_args(exc));
    if (!strcmp(s, "args"))
        *out = molt_exc_args(exc);
    else if (!strcmp(s, "__cause__"))
        *out = or_none(e->cause);
    else if (!strcmp(s, "__context__"))
        *out = or_none(e->context);
    else if (!strcmp(s, "__suppress_context__"))
        *out = molt_bool(e->suppress_context);
    else if (!strcmp(s, "__traceback__"))
        *out = e->tb ? molt_from_ptr(e->tb) : MOLT_NONE;
    else if (!strcmp(s, "__class__"))
        *out = molt_from_ptr(e->ob.type);
    else if (!strcmp(s, "__dict__"))
        return exc_dict(exc, out);
    else if (!strcmp(s, "__notes__") && e->notes)
        *out = e->notes;
    else if (!strcmp(s, "value") && molt_isinstance(exc, &MoltExc_StopIteration))
        *out = args->n ? args->items[0] : MOLT_NONE;
    else if (!strcmp(s, "code") && molt_isinstance(exc, &MoltExc_SystemExit))
        *out = args->n == 0 ? MOLT_NONE : args->n == 1 ? args->items[0] : molt_exc_args(exc);
    else if (!strcmp(s, "errno") && molt_isinstance(exc, &MoltExc_OSError))
        *out = oserror_arg(exc, 0);
    else if (!strcmp(s, "strerror") && molt_isinstance(exc, &MoltExc_OSError))
        *out = oserror_arg(exc, 1);
    else if (!strcmp(s, "filename") && molt_isinstance(exc, &MoltExc_OSError))
        *out = or_none(e->filename);
    else if (!strcmp(s, "filename2") && molt_isinstance(exc, &MoltExc_OSError))
        *out = or_none(e->filename2);
    else if (unicode_error_attr(exc, s, args, out))
        ;
    else if (!strcmp(s, "message") && e->eg_msg)
        *out = e->eg_msg;
    else if (!strcmp(s, "exceptions") && e->eg_excs)
        *out = e->eg_excs;
    else if (!(*out = bind_method(exc, s)))
        return 0;
    return 1;
}

int molt_exc_setattr_builtin(MoltValue exc, MoltValue name, MoltValue value)
{
    MoltException *e = molt_exc_obj(exc);
    const char *s = molt_str_cstr(name);
    if (!strcmp(s, "__cause__") || !strcmp(s, "__context__")) {
        if (!value) {
            molt_raise(&MoltExc_TypeError, "%s may not be deleted", s);
            return -1;
        }
        if (value != MOLT_NONE && !molt_is_exception(value)) {
            molt_raise(&MoltExc_TypeError, "exception %s must be None or derive from BaseException",
                s[2] == 'c' && s[3] == 'a' ? "cause" : "context");
            return -1;
        }
        if (s[2] == 'c' && s[3] == 'a') {
            e->cause = value == MOLT_NONE ? MOLT_NULL : value;
            e->suppress_context = 1;
        } else {
            e->context = value == MOLT_NONE ? MOLT_NULL : value;
        }
        return 1;
    }
    if (!strcmp(s, "__class__"))
        return molt_inst_set_class(exc, value) < 0 ? -1 : 1;
    if (!strcmp(s, "__dict__")) {
        if (!molt_type_of(exc)->attrs_offset) {
            molt_raise(
                &MoltExc_NotImplementedError, "molt2c does not support __dict__ of builtin exceptions yet");
            return -1;
        }
        return molt_inst_set_dict(exc, value) < 0 ? -1 : 1;
    }
    if (!strcmp(s, "__notes__")) {
        e->notes = value;
        return 1;
    }
    if (!strcmp(s, "__traceback__")) {
        if (!value || (value != MOLT_NONE && molt_type_of(value) != &MoltTraceback_Type)) {
            molt_raise(&MoltExc_TypeError, "__traceback__ must be a traceback or None");
            return -1;
        }
        e->tb = value == MOLT_NONE ? NULL : molt_ptr(value);
        return 1;
    }
    if (!strcmp(s, "__suppress_context__")) {
        int t = value ? molt_truth(value) : 0;
        if (t < 0)
            return -1;
        e->suppress_context = t;
        return 1;
    }
    if (!strcmp(s, "args")) {
        if (!value) {
            molt_raise(&MoltExc_TypeError, "args may not be deleted");
            return -1;
        }
        if (!molt_is_tuple(value)) {
            molt_raise(&MoltExc_TypeError, "molt2c: args must be set to a tuple");
            return -1;
        }
        e->args = value;
        return 1;
    }
    return 0;
}

static MoltValue exc_getattr(MoltValue obj, MoltValue name)
{
    MoltValue v;
    int r = molt_exc_getattr_builtin(obj, name, &v);
    if (r < 0)
        return MOLT_NULL;
    if (r)
        return v;
    return molt_raise(
        &MoltExc_AttributeError, "'%s' object has no attribute '%V'", molt_type_name(obj), name);
}

static int exc_setattr(MoltValue obj, MoltValue name, MoltValue value)
{
    int r = molt_exc_setattr_builtin(obj, name, value);
    if (r)
        return r < 0 ? -1 : 0;
    molt_raise(&MoltExc_AttributeError, "molt2c: attribute '%V' of '%s' objects cannot be set yet", name,
        molt_type_name(obj));
    return -1;
}

/* BaseException's base is object; the X-macro passes NULL for it. The
 * test is folded at compile time; GCC warns that &x is never NULL. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Waddress"
#endif
#define EXC_BASE(base) ((base) ? (MoltType *)(base) : &MoltObject_Type)
#define MOLT_DEFINE_EXC(NAME, BASE)                        \
    MOLT_API MoltType MoltExc_##NAME = {                   \
        .type = &MoltType_Type,                            \
        .name = #NAME,                                     \
        .base = EXC_BASE(BASE),                            \
        .flags = MOLT_TYPE_BASETYPE | MOLT_TYPE_EXCEPTION, \
        .basicsize = sizeof(MoltException),                \
        .repr = exc_repr,                                  \
        .str = exc_str,                                    \
        .getattr = exc_getattr,                            \
        .setattr = exc_setattr,                            \
    };
MOLT_EXCEPTION_TYPES(MOLT_DEFINE_EXC)
#undef MOLT_DEFINE_EXC
