/* Codecs: str.encode and bytes.decode for utf-8, ascii and latin-1 (and
 * their aliases), with CPython's error handlers (strict, ignore, replace,
 * backslashreplace, surrogateescape, surrogatepass, xmlcharrefreplace)
 * and CPython's UnicodeEncodeError / UnicodeDecodeError ranges and
 * reasons. A str keeps lone surrogates as their three-byte UTF-8 form,
 * which is how surrogateescape round-trips undecodable bytes. */
#include <ctype.h>
#include <string.h>

#include "internal/builtins.h"
#include "internal/bytes.h"
#include "internal/exceptions.h"
#include "internal/tuple.h"
#include "internal/type.h"

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 };

static const char *const codec_names[] = { "utf-8", "ascii", "latin-1" };

/* ------------------------------------------------------------------ */
/* codec and handler lookup */

/* CPython's encodings.normalize_encoding, lower-cased: runs of
 * characters other than letters, digits and '.' become one '_'. */
static void normalize(const char *name, char *out, size_t cap)
{
    size_t n = 0;
    int pending = 0;
    for (; *name && n + 2 < cap; name++) {
        unsigned char c = (unsigned char)*name;
        if (isalnum(c) || c == '.') {
            if (pending && n)
                out[n++] = '_';
            pending = 0;
            out[n++] = (char)tolower(c);
        } else {
            pending = 1;
        }
    }
    out[n] = 0;
}

/* Aliases from CPython's encodings/aliases.py for the three codecs. */
static const struct {
    const char *alias;
    int codec;
} aliases[] = {
    { "utf_8", CODEC_UTF8 },
    { "utf8", CODEC_UTF8 },
    { "u8", CODEC_UTF8 },
    { "utf", CODEC_UTF8 },
    { "utf8_ucs2", CODEC_UTF8 },
    { "utf8_ucs4", CODEC_UTF8 },
    { "ascii", CODEC_ASCII },
    { "646", CODEC_ASCII },
    { "ansi_x3.4_1968", CODEC_ASCII },
    { "ansi_x3_4_1968", CODEC_ASCII },
    { "ansi_x3.4_1986", CODEC_ASCII },
    { "cp367", CODEC_ASCII },
    { "csascii", CODEC_ASCII },
    { "ibm367", CODEC_ASCII },
    { "iso646_us", CODEC_ASCII },
    { "iso_646.irv_1991", CODEC_ASCII },
    { "iso_ir_6", CODEC_ASCII },
    { "us", CODEC_ASCII },
    { "us_ascii", CODEC_ASCII },
    { "latin_1", CODEC_LATIN1 },
    { "latin1", CODEC_LATIN1 },
    { "latin", CODEC_LATIN1 },
    { "l1", CODEC_LATIN1 },
    { "8859", CODEC_LATIN1 },
    { "cp819", CODEC_LATIN1 },
    { "csisolatin1", CODEC_LATIN1 },
    { "ibm819", CODEC_LATIN1 },
    { "iso8859", CODEC_LATIN1 },
    { "iso8859_1", CODEC_LATIN1 },
    { "iso_8859_1", CODEC_LATIN1 },
    { "iso_8859_1_1987", CODEC_LATIN1 },
    { "iso_ir_100", CODEC_LATIN1 },
};

/* Codecs CPython has and molt does not: refused loudly rather than
 * reported unknown. */
static const char *const missing_codecs[] = { "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le",
    "utf_32_be", "utf_7", "utf_8_sig", "cp1252", "cp437", "cp850", "iso8859_15", "iso_8859_15", "latin9",
    "big5", "gbk", "gb2312", "gb18030", "shift_jis", "euc_jp", "euc_kr", "koi8_r", "cp1251", "mac_roman",
    "idna", "punycode", "unicode_escape", "raw_unicode_escape", "hex", "base64", "rot13", "uu", "zlib", "bz2",
    "quopri", "charmap", "mbcs", "undefined" };

/* The codec for encoding (NULL: utf-8), or -1 with LookupError "unknown
 * encoding: foo". */
static int find_codec(const char *encoding)
{
    char norm[64];
    size_t i;
    if (!encoding)
        return CODEC_UTF8;
    normalize(encoding, norm, sizeof norm);
    for (i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(norm, aliases[i].alias) == 0)
            return aliases[i].codec;
    for (i = 0; i < sizeof missing_codecs / sizeof missing_codecs[0]; i++)
        if (strcmp(norm, missing_codecs[i]) == 0) {
            molt_raise(&MoltExc_NotImplementedError, "molt2c: the '%s' codec is not supported yet", encoding);
            return -1;
        }
    molt_raise(&MoltExc_LookupError, "unknown encoding: %s", encoding);
    return -1;
}

enum {
    ERR_STRICT,
    ERR_IGNORE,
    ERR_REPLACE,
    ERR_BACKSLASH,
    ERR_SURROGATEESCAPE,
    ERR_SURROGATEPASS,
    ERR_XMLCHARREF
};

/* The error handler named errors (NULL: strict), or -1 with LookupError
 * "unknown error handler name 'x'" (asked only when an error occurs, as
 * CPython looks handlers up lazily). */
static int find_handler(const char *errors)
{
    static const char *const names[] = { "strict", "ignore", "replace", "backslashreplace", "surrogateescape",
        "surrogatepass", "xmlcharrefreplace" };
    size_t i;
    if (!errors)
        return ERR_STRICT;
    for (i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(errors, names[i]) == 0)
            return (int)i;
    if (strcmp(errors, "namereplace") == 0) {
        molt_raise(
            &MoltExc_NotImplementedError, "molt2c: the 'namereplace' error handler is not supported yet");
        return -1;
    }
    molt_raise(&MoltExc_LookupError, "unknown error handler name '%s'", errors);
    return -1;
}

/* ------------------------------------------------------------------ */
/* UTF-8 helpers (surrogates allowed: three bytes ED A0..BF xx) */

static void put_utf8(MoltStrBuf *sb, uint32_t c)
{
    if (c < 0x80) {
        molt_sb_putc(sb, (char)c);
    } else if (c < 0x800) {
        molt_sb_putc(sb, (char)(0xC0 | (c >> 6)));
        molt_sb_putc(sb, (char)(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        molt_sb_putc(sb, (char)(0xE0 | (c >> 12)));
        molt_sb_putc(sb, (char)(0x80 | ((c >> 6) & 0x3F)));
        molt_sb_putc(sb, (char)(0x80 | (c & 0x3F)));
    } else {
        molt_sb_putc(sb, (char)(0xF0 | (c >> 18)));
        molt_sb_putc(sb, (char)(0x80 | ((c >> 12) & 0x3F)));
        molt_sb_putc(sb, (char)(0x80 | ((c >> 6) & 0x3F)));
        molt_sb_putc(sb, (char)(0x80 | (c & 0x3F)));
    }
}

/* The code points of a str, decoded once (encoders index by code
 * point). */
static uint32_t *code_points(MoltStr *s)
{
    uint32_t *cps = molt_alloc_atomic((s->nchars + 1) * sizeof(uint32_t));
    const unsigned char *p = (const unsigned char *)s->data;
    size_t i = 0, k = 0;
    while (i < s->len) {
        uint32_t c = p[i];
        size_t extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        if (extra)
            c &= 0x3Fu >> extra;
        i++;
        while (extra-- && i < s->len)
            c = (c << 6) | (p[i++] & 0x3F);
        cps[k++] = c;
    }
    return cps;
}

/* ------------------------------------------------------------------ */
/* encoding */

static int is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

/* 1 if the codec cannot encode code point c as is. */
static int unencodable(int codec, uint32_t c)
{
    switch (codec) {
    case CODEC_UTF8:
        return is_surrogate(c);
    case CODEC_ASCII:
        return c >= 0x80;
    default:
        return c >= 0x100;
    }
}

static MoltValue encode_error(int codec, MoltValue str, size_t start, size_t end, const char *reason)
{
    MoltValue args[5];
    args[0] = molt_str_from_cstr(codec_names[codec]);
    args[1] = str;
    args[2] = molt_from_int((int64_t)start);
    args[3] = molt_from_int((int64_t)end);
    args[4] = molt_str_from_cstr(reason);
    return molt_err_set(molt_exc_new(&MoltExc_UnicodeEncodeError, args, 5));
}

MoltValue molt_codec_encode(MoltValue str, const char *encoding, const char *errors)
{
    int codec = find_codec(encoding), handler = -2;
    MoltStr *s = molt_str_obj(str);
    uint32_t *cps;
    MoltStrBuf sb;
    size_t i, j, k, n = s->nchars;
    const char *reason;
    if (codec < 0)
        return MOLT_NULL;
    if (s->nchars == s->len) /* ASCII encodes as itself in all three */
        return molt_bytes_new(s->data, s->len);
    cps = code_points(s);
    reason = codec == CODEC_UTF8 ? "surrogates not allowed"
        : codec == CODEC_ASCII   ? "ordinal not in range(128)"
                                 : "ordinal not in range(256)";
    molt_sb_init(&sb);
    for (i = 0; i < n;) {
        if (!unencodable(codec, cps[i])) {
            if (codec == CODEC_UTF8)
                put_utf8(&sb, cps[i]);
            else
                molt_sb_putc(&sb, (char)cps[i]);
            i++;
            continue;
        }
        /* the run of unencodable characters is one error */
        for (j = i + 1; j < n && unencodable(codec, cps[j]); j++)
            ;
        if (handler == -2) {
            handler = find_handler(errors);
            if (handler < 0)
                return MOLT_NULL;
        }
        switch (handler) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            for (k = i; k < j; k++)
                molt_sb_putc(&sb, '?');
            break;
        case ERR_BACKSLASH:
            for (k = i; k < j; k++) {
                if (cps[k] <= 0xFF)
                    molt_sb_printf(&sb, "\\x%02x", (unsigned)cps[k]);
                else if (cps[k] <= 0xFFFF)
                    molt_sb_printf(&sb, "\\u%04x", (unsigned)cps[k]);
                else
                    molt_sb_printf(&sb, "\\U%08x", (unsigned)cps[k]);
            }
            break;
        case ERR_XMLCHARREF:
            for (k = i; k < j; k++)
                molt_sb_printf(&sb, "&#%u;", (unsigned)cps[k]);
            break;
        case ERR_SURROGATEESCAPE:
            /* the error, if any, starts at the first character that is
             * not an escaped byte */
            for (k = i; k < j; k++)
                if (cps[k] < 0xDC80 || cps[k] > 0xDCFF)
                    return encode_error(codec, str, k, j, reason);
            for (k = i; k < j; k++)
                molt_sb_putc(&sb, (char)(cps[k] - 0xDC00));
            break;
        case ERR_SURROGATEPASS:
            if (codec != CODEC_UTF8)
                return encode_error(codec, str, i, j, reason);
            for (k = i; k < j; k++) {
                if (!is_surrogate(cps[k]))
                    return encode_error(codec, str, i, j, reason);
                put_utf8(&sb, cps[k]);
            }
            break;
        default:
            return encode_error(codec, str, i, j, reason);
        }
        i = j;
    }
    return molt_bytes_new(sb.buf, sb.len);
}

/* ------------------------------------------------------------------ */
/* decoding */

static MoltValue decode_error(
    int codec, const unsigned char *p, size_t n, size_t start, size_t end, const char *reason)
{
    MoltValue args[5];
    args[0] = molt_str_from_cstr(codec_names[codec]);
    args[1] = molt_bytes_new(p, n);
    args[2] = molt_from_int((int64_t)start);
    args[3] = molt_from_int((int64_t)end);
    args[4] = molt_str_from_cstr(reason);
    return molt_err_set(molt_exc_new(&MoltExc_UnicodeDecodeError, args, 5));
}

static int cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* One UTF-8 sequence at p[i] (n bytes in all): its length, or 0 with
 * *end set to the end of the error range and *reason to CPython's reason
 * (its stringlib utf8_decode cases). */
static size_t utf8_seq(const unsigned char *p, size_t n, size_t i, size_t *end, const char **reason)
{
    unsigned char c = p[i];
    size_t left = n - i;
    if (c < 0x80)
        return 1;
    if (c < 0xC2 || c > 0xF4) {
        *reason = "invalid start byte";
        *end = i + 1;
        return 0;
    }
    *reason = "invalid continuation byte";
    if (c < 0xE0) {
        if (left < 2)
            goto end_of_data;
        if (!cont(p[i + 1])) {
            *end = i + 1;
            return 0;
        }
        return 2;
    }
    if (c < 0xF0) {
        if (left < 2)
            goto end_of_data;
        if (!cont(p[i + 1]) || (p[i + 1] < 0xA0 ? c == 0xE0 : c == 0xED)) {
            *end = i + 1;
            return 0;
        }
        if (left < 3)
            goto end_of_data;
        if (!cont(p[i + 2])) {
            *end = i + 2;
            return 0;
        }
        return 3;
    }
    if (left < 2)
        goto end_of_data;
    if (!cont(p[i + 1]) || (p[i + 1] < 0x90 ? c == 0xF0 : c == 0xF4)) {
        *end = i + 1;
        return 0;
    }
    if (left < 3)
        goto end_of_data;
    if (!cont(p[i + 2])) {
        *end = i + 2;
        return 0;
    }
    if (left < 4)
        goto end_of_data;
    if (!cont(p[i + 3])) {
        *end = i + 3;
        return 0;
    }
    return 4;
end_of_data:
    *reason = "unexpected end of data";
    *end = n;
    return 0;
}

MoltValue molt_codec_decode(const unsigned char *p, size_t n, const char *encoding, const char *errors)
{
    int codec = find_codec(encoding), handler = -2;
    MoltStrBuf sb;
    size_t i, k;
    if (codec < 0)
        return MOLT_NULL;
    for (i = 0; i < n && p[i] < 0x80; i++)
        ;
    if (i == n)
        return molt_str_from_utf8((const char *)p, n);
    if (codec == CODEC_LATIN1) {
        molt_sb_init(&sb);
        for (i = 0; i < n; i++)
            put_utf8(&sb, p[i]);
        return molt_sb_finish(&sb);
    }
    molt_sb_init(&sb);
    molt_sb_append(&sb, (const char *)p, i);
    while (i < n) {
        size_t len, end = i + 1;
        const char *reason = "ordinal not in range(128)";
        if (p[i] < 0x80) {
            molt_sb_putc(&sb, (char)p[i++]);
            continue;
        }
        if (codec == CODEC_UTF8) {
            len = utf8_seq(p, n, i, &end, &reason);
            if (len) {
                molt_sb_append(&sb, (const char *)p + i, len);
                i += len;
                continue;
            }
        }
        if (handler == -2) {
            handler = find_handler(errors);
            if (handler < 0)
                return MOLT_NULL;
        }
        switch (handler) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            put_utf8(&sb, 0xFFFD);
            break;
        case ERR_BACKSLASH:
            for (k = i; k < end; k++)
                molt_sb_printf(&sb, "\\x%02x", p[k]);
            break;
        case ERR_SURROGATEESCAPE:
            for (k = i; k < end; k++)
                if (p[k] < 0x80)
                    return decode_error(codec, p, n, i, end, reason);
            for (k = i; k < end; k++)
                put_utf8(&sb, 0xDC00u + p[k]);
            break;
        case ERR_SURROGATEPASS:
            /* an encoded surrogate: ED A0..BF 80..BF */
            if (codec == CODEC_UTF8 && n - i >= 3 && p[i] == 0xED && p[i + 1] >= 0xA0 && p[i + 1] <= 0xBF
                && cont(p[i + 2])) {
                molt_sb_append(&sb, (const char *)p + i, 3);
                end = i + 3;
                break;
            }
            return decode_error(codec, p, n, i, end, reason);
        case ERR_XMLCHARREF:
            return molt_raise(
                &MoltExc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        default:
            return decode_error(codec, p, n, i, end, reason);
        }
        i = end;
    }
    return molt_sb_finish(&sb);
}

/* str.encode(encoding='utf-8', errors='strict') */
MoltValue molt_str_m_encode(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    static const char *const names[] = { "encoding", "errors" };
    MoltValue a[2];
    if (molt_bind_builtin("encode", names, 2, 0, 0, args + 1, nargs - 1, kwnames, a) < 0)
        return MOLT_NULL;
    if (a[0] && !molt_is_str(a[0]))
        return molt_raise(
            &MoltExc_TypeError, "encode() argument 'encoding' must be str, not %s", molt_type_name(a[0]));
    if (a[1] && !molt_is_str(a[1]))
        return molt_raise(
            &MoltExc_TypeError, "encode() argument 'errors' must be str, not %s", molt_type_name(a[1]));
    return molt_codec_encode(args[0], a[0] ? molt_str_cstr(a[0]) : NULL, a[1] ? molt_str_cstr(a[1]) : NULL);
}
