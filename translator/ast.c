/* AST support: sequences and Python reprs of constants for ast.dump. */
#include "ast.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

asdl_seq *asdl_seq_new(int size, Arena *arena)
{
    asdl_seq *s = arena_alloc(arena, sizeof(asdl_seq) + (size_t)size * sizeof(void *));
    s->size = size;
    return s;
}

/* Decode one UTF-8 sequence (lenient: surrogates allowed) at s[0..len);
 * sets *n to its length. Invalid bytes decode as themselves. */
static unsigned utf8_decode(const unsigned char *s, size_t len, size_t *n)
{
    unsigned c = s[0];
    size_t need = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (need == 0 || need >= len) {
        *n = 1;
        return c;
    }
    unsigned cp = c & (0x3F >> need);
    for (size_t i = 1; i <= need; i++)
        cp = (cp << 6) | (s[i] & 0x3F);
    *n = need + 1;
    return cp;
}

void ast_repr_str(FILE *out, const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    int squote = memchr(s, '\'', len) != NULL, dquote = memchr(s, '"', len) != NULL;
    char quote = squote && !dquote ? '"' : '\'';
    fputc(quote, out);
    for (size_t i = 0; i < len;) {
        size_t n = 1;
        unsigned c = s[i] < 0x80 ? s[i] : utf8_decode(s + i, len - i, &n);
        if (c == (unsigned char)quote || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\r')
            fputs("\\r", out);
        else if (c < ' ' || c == 0x7F)
            fprintf(out, "\\x%02x", c);
        else if (c < 0x7F)
            fputc((int)c, out);
        else if (ast_unicode_isprintable(c))
            fwrite(s + i, 1, n, out);
        else if (c <= 0xFF)
            fprintf(out, "\\x%02x", c);
        else if (c <= 0xFFFF)
            fprintf(out, "\\u%04x", c);
        else
            fprintf(out, "\\U%08x", c);
        i += n;
    }
    fputc(quote, out);
}

static void repr_bytes(FILE *out, const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    int squote = memchr(s, '\'', len) != NULL, dquote = memchr(s, '"', len) != NULL;
    char quote = squote && !dquote ? '"' : '\'';
    fputc('b', out);
    fputc(quote, out);
    for (size_t i = 0; i < len; i++) {
        unsigned c = s[i];
        if (c == (unsigned char)quote || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\r')
            fputs("\\r", out);
        else if (c < ' ' || c >= 0x7F)
            fprintf(out, "\\x%02x", c);
        else
            fputc((int)c, out);
    }
    fputc(quote, out);
}

void ast_format_double(char *buf, double d, int add_dot0)
{
    if (isinf(d)) {
        strcpy(buf, d < 0 ? "-inf" : "inf");
        return;
    }
    if (isnan(d)) {
        strcpy(buf, "nan");
        return;
    }
    /* Shortest digit string that reads back as d. */
    char tmp[40];
    for (int prec = 0; prec < 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec, d);
        if (strtod(tmp, NULL) == d)
            break;
    }
    char *p = tmp, *o = buf;
    if (*p == '-') {
        *o++ = '-';
        p++;
    }
    char digits[24];
    int nd = 0;
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            digits[nd++] = *p;
    int exp = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    int decpt = exp + 1;
    if (decpt <= -4 || decpt > 16) {
        *o++ = digits[0];
        if (nd > 1) {
            *o++ = '.';
            memcpy(o, digits + 1, (size_t)nd - 1);
            o += nd - 1;
        }
        sprintf(o, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        return;
    }
    if (decpt <= 0) {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -decpt; i++)
            *o++ = '0';
        memcpy(o, digits, (size_t)nd);
        o += nd;
    } else if (decpt >= nd) {
        memcpy(o, digits, (size_t)nd);
        o += nd;
        for (int i = nd; i < decpt; i++)
            *o++ = '0';
        if (add_dot0) {
            *o++ = '.';
            *o++ = '0';
        }
    } else {
        memcpy(o, digits, (size_t)decpt);
        o += decpt;
        *o++ = '.';
        memcpy(o, digits + decpt, (size_t)(nd - decpt));
        o += nd - decpt;
    }
    *o = '\0';
}

void ast_repr_constant(FILE *out, constant c)
{
    char buf[40];
    switch (c->kind) {
    case CONST_NONE:
        fputs("None", out);
        break;
    case CONST_TRUE:
        fputs("True", out);
        break;
    case CONST_FALSE:
        fputs("False", out);
        break;
    case CONST_ELLIPSIS:
        fputs("Ellipsis", out);
        break;
    case CONST_INT:
        fputs(c->s, out);
        break;
    case CONST_FLOAT:
        ast_format_double(buf, c->d, 1);
        fputs(buf, out);
        break;
    case CONST_COMPLEX:
        ast_format_double(buf, c->d, 0);
        fprintf(out, "%sj", buf);
        break;
    case CONST_STR:
        ast_repr_str(out, c->s, c->len);
        break;
    case CONST_BYTES:
        repr_bytes(out, c->s, c->len);
        break;
    }
}
