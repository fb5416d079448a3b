/* The pending exception, raising with printf-style messages (plus %V and
 * %R for MoltValues), NameError/UnboundLocalError, and the recursion-depth
 * guard. One interpreter thread for now: the state is process-global, in
 * static storage the collector scans. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "internal/exceptions.h"
#include "internal/str.h"
#include "internal/tuple.h"
#include "internal/type.h"

static MoltValue pending_exc; /* instance, or MOLT_NULL */
static MoltValue handled_exc; /* the exception being handled, or MOLT_NULL */

MOLT_API int molt_recursion_depth;
MOLT_API int molt_recursion_limit = 1000;

/* CPython's _PyErr_SetObject: the exception being handled becomes the
 * new one's __context__, after cutting exc out of the handled one's
 * context chain so that no cycle forms. */
MoltValue molt_err_set(MoltValue exc)
{
    MoltValue h = handled_exc;
    if (h && h != exc) {
        MoltValue o = h, slow = h;
        int step = 0;
        for (;;) {
            MoltValue c = molt_exc_obj(o)->context;
            if (!c)
                break;
            if (c == exc) {
                molt_exc_obj(o)->context = MOLT_NULL;
                break;
            }
            o = c;
            /* Floyd: stop on a cycle that does not involve exc */
            if (step++ & 1)
                slow = molt_exc_obj(slow)->context;
            if (o == slow)
                break;
        }
        molt_exc_obj(exc)->context = h;
    }
    pending_exc = exc;
    return MOLT_NULL;
}

/* The pending instance or MOLT_NULL. */
MOLT_API MoltValue molt_err_pending(void) { return pending_exc; }

/* Drops the pending exception. */
MOLT_API void molt_err_clear(void) { pending_exc = MOLT_NULL; }

int molt_err_occurred_is(const MoltType *t) { return pending_exc && molt_isinstance(pending_exc, t); }

MoltValue molt_exc_handled(void) { return handled_exc; }

MOLT_API MoltValue molt_exc_fetch(void)
{
    MoltValue e = pending_exc;
    pending_exc = MOLT_NULL;
    return e ? e : MOLT_NONE;
}

MOLT_API MoltValue molt_exc_push(MoltValue exc)
{
    MoltValue prev = handled_exc;
    handled_exc = exc == MOLT_NONE ? MOLT_NULL : exc;
    return prev ? prev : MOLT_NONE;
}

MOLT_API MoltValue molt_exc_pop(MoltValue prev)
{
    handled_exc = prev == MOLT_NONE ? MOLT_NULL : prev;
    return MOLT_NONE;
}

MOLT_API int molt_exc_restore(MoltValue exc)
{
    pending_exc = exc;
    return 0;
}

MOLT_API int molt_exc_raise_active(void)
{
    if (!handled_exc) {
        molt_raise(&MoltExc_RuntimeError, "No active exception to reraise");
        return -1;
    }
    pending_exc = handled_exc;
    return 0;
}

/* 1 match, 0 none, -1 when cls is not an exception class. */
static int match_class(MoltType *t, MoltValue cls)
{
    if (!molt_is_type(cls) || !(((MoltType *)molt_ptr(cls))->flags & MOLT_TYPE_EXCEPTION))
        return -1;
    return molt_exc_is_subclass(t, molt_ptr(cls));
}

/* A class, or a flat tuple of classes (CPython refuses nested tuples in
 * except clauses): every entry is checked before the answer. */
static int match_one(MoltType *t, MoltValue cls)
{
    if (molt_is_tuple(cls)) {
        MoltTuple *tu = molt_tuple_obj(cls);
        int found = 0;
        for (size_t i = 0; i < tu->n; i++) {
            int r = match_class(t, tu->items[i]);
            if (r < 0)
                return -1;
            found |= r;
        }
        return found;
    }
    return match_class(t, cls);
}

MOLT_API int molt_exc_match(MoltValue exc, MoltValue type)
{
    int r = match_one(molt_type_of(exc), type);
    if (r < 0) {
        molt_raise(
            &MoltExc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return r;
}

/* exc or cause as an instance: a class is called with no arguments. */
static MoltValue instantiate(MoltValue v)
{
    MoltValue e = molt_call(v, NULL, 0, MOLT_NULL);
    if (e && !molt_is_exception(e))
        return molt_raise(&MoltExc_TypeError,
            "calling %R should have returned an instance of BaseException, not %s", v, molt_type_name(e));
    return e;
}

static int is_exc_class(MoltValue v)
{
    return molt_is_type(v) && (((MoltType *)molt_ptr(v))->flags & MOLT_TYPE_EXCEPTION);
}

MOLT_API MoltValue molt_exc_with_cause(MoltValue exc, MoltValue cause)
{
    if (is_exc_class(exc))
        exc = instantiate(exc);
    else if (!molt_is_exception(exc))
        return molt_raise(&MoltExc_TypeError, "exceptions must derive from BaseException");
    if (!exc)
        return MOLT_NULL;
    if (is_exc_class(cause)) {
        cause = instantiate(cause);
        if (!cause)
            return MOLT_NULL;
    } else if (cause != MOLT_NONE && !molt_is_exception(cause)) {
        return molt_raise(&MoltExc_TypeError, "exception causes must derive from BaseException");
    }
    molt_exc_obj(exc)->cause = cause == MOLT_NONE ? MOLT_NULL : cause;
    molt_exc_obj(exc)->suppress_context = 1;
    return exc;
}

MoltValue molt_raise_args(MoltType *t, const MoltValue *args, size_t n)
{
    return molt_err_set(molt_exc_new(t, args, n));
}

/* Append str() or repr() of v; a failure inside is replaced by a
 * placeholder so the exception being raised still gets raised. */
static void format_value(MoltStrBuf *sb, MoltValue v, int use_repr)
{
    MoltValue saved = pending_exc;
    if ((use_repr ? molt_sb_append_repr(sb, v) : molt_sb_append_str(sb, v)) < 0) {
        pending_exc = saved;
        molt_sb_puts(sb, "<unprintable object>");
    }
}

/* printf conversions one at a time: flags, width, precision and length are
 * copied into a small spec and the matching argument type is fetched. */
static void format_message(MoltStrBuf *sb, const char *fmt, va_list ap)
{
    const char *p = fmt;
    while (*p) {
        char spec[32];
        size_t k = 0;
        const char *start;
        int lng = 0; /* 0 int, 1 long, 2 long long, 3 size_t, 4 intmax, 5 ptrdiff */
        if (*p != '%') {
            const char *q = strchr(p, '%');
            size_t n = q ? (size_t)(q - p) : strlen(p);
            molt_sb_append(sb, p, n);
            p += n;
            continue;
        }
        start = p++;
        if (*p == '%') {
            molt_sb_putc(sb, '%');
            p++;
            continue;
        }
        if (*p == 'V' || *p == 'R') {
            format_value(sb, va_arg(ap, MoltValue), *p == 'R');
            p++;
            continue;
        }
        while (*p && strchr("-+ #0123456789.*", *p))
            p++;
        while (*p && strchr("hlzjtL", *p)) {
            if (*p == 'l')
                lng = lng == 1 ? 2 : 1;
            else if (*p == 'z')
                lng = 3;
            else if (*p == 'j')
                lng = 4;
            else if (*p == 't')
                lng = 5;
            p++;
        }
        if (!*p || (size_t)(p - start) + 2 > sizeof spec) {
            molt_sb_puts(sb, start);
            return;
        }
        k = (size_t)(p - start) + 1;
        memcpy(spec, start, k);
        spec[k] = '\0';
        if (strchr(spec, '*')) {
            molt_sb_append(sb, start, k); /* '*' widths are not supported */
            p++;
            continue;
        }
        switch (*p) {
        case 'd':
        case 'i':
            switch (lng) {
            case 0:
                molt_sb_printf(sb, spec, va_arg(ap, int));
                break;
            case 1:
                molt_sb_printf(sb, spec, va_arg(ap, long));
                break;
            case 2:
                molt_sb_printf(sb, spec, va_arg(ap, long long));
                break;
            case 3:
                molt_sb_printf(sb, spec, va_arg(ap, ptrdiff_t));
                break;
            case 4:
                molt_sb_printf(sb, spec, va_arg(ap, intmax_t));
                break;
            default:
                molt_sb_printf(sb, spec, va_arg(ap, ptrdiff_t));
                break;
            }
            break;
        case 'u':
        case 'x':
        case 'X':
        case 'o':
            switch (lng) {
            case 0:
                molt_sb_printf(sb, spec, va_arg(ap, unsigned));
                break;
            case 1:
                molt_sb_printf(sb, spec, va_arg(ap, unsigned long));
                break;
            case 2:
                molt_sb_printf(sb, spec, va_arg(ap, unsigned long long));
                break;
            case 3:
                molt_sb_printf(sb, spec, va_arg(ap, size_t));
                break;
            case 4:
                molt_sb_printf(sb, spec, va_arg(ap, uintmax_t));
                break;
            default:
                molt_sb_printf(sb, spec, va_arg(ap, size_t));
                break;
            }
            break;
        case 'c':
            molt_sb_printf(sb, spec, va_arg(ap, int));
            break;
        case 's':
            molt_sb_printf(sb, spec, va_arg(ap, const char *));
            break;
        case 'p':
            molt_sb_printf(sb, spec, va_arg(ap, void *));
            break;
        case 'e':
        case 'f':
        case 'g':
        case 'E':
        case 'G':
            molt_sb_printf(sb, spec, va_arg(ap, double));
            break;
        default:
            molt_sb_append(sb, start, k);
            break;
        }
        p++;
    }
}

/* Raise type(message). */
MOLT_API MoltValue molt_raise(MoltType *type, const char *fmt, ...)
{
    MoltStrBuf sb;
    MoltValue msg;
    va_list ap;
    molt_sb_init(&sb);
    va_start(ap, fmt);
    format_message(&sb, fmt, ap);
    va_end(ap);
    msg = molt_sb_finish(&sb);
    return molt_raise_args(type, &msg, 1);
}

/* `raise v`. */
MOLT_API MoltValue molt_raise_value(MoltValue v)
{
    if (molt_is_exception(v))
        return molt_err_set(v);
    if (is_exc_class(v)) {
        MoltValue e = instantiate(v);
        return e ? molt_err_set(e) : MOLT_NULL;
    }
    return molt_raise(&MoltExc_TypeError, "exceptions must derive from BaseException");
}

/* NameError for an unbound global or builtin. */
MOLT_API MoltValue molt_err_name(const char *name)
{
    return molt_raise(&MoltExc_NameError, "name '%s' is not defined", name);
}

/* UnboundLocalError, with CPython 3.11's wording. */
MOLT_API MoltValue molt_err_unbound_local(const char *name)
{
    return molt_raise(&MoltExc_UnboundLocalError,
        "cannot access local variable '%s' where it is not associated with a value", name);
}

MOLT_API volatile int molt_signal_pending;
MOLT_API volatile int molt_enter_limit = 1000;

MOLT_API int molt_signal_raise(void)
{
    molt_signal_pending = 0;
    molt_enter_limit = molt_recursion_limit;
    molt_raise(&MoltExc_KeyboardInterrupt, "");
    return -1;
}

MOLT_API int molt_enter_slow(void)
{
    --molt_recursion_depth;
    if (molt_signal_pending)
        return molt_signal_raise();
    molt_raise(&MoltExc_RecursionError, "maximum recursion depth exceeded");
    return -1;
}
