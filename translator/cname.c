/* C identifiers for Python names. */
#include "cname.h"

#include <stdlib.h>
#include <string.h>

static const char *const c_keywords[] = {
    "auto",
    "break",
    "case",
    "char",
    "const",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extern",
    "float",
    "for",
    "goto",
    "if",
    "inline",
    "int",
    "long",
    "register",
    "restrict",
    "return",
    "short",
    "signed",
    "sizeof",
    "static",
    "struct",
    "switch",
    "typedef",
    "union",
    "unsigned",
    "void",
    "volatile",
    "while",
    "asm",
    "typeof",
    "main",
    "errno",
    "stdin",
    "stdout",
    "stderr",
    "assert",
    "offsetof",
    "bool",
    "true",
    "false",
    "M",
    "lineno",
    "truth",
    "self",
    "args",
    "error",
    NULL,
};

static int is_reserved(const char *name)
{
    for (int i = 0; c_keywords[i]; i++)
        if (strcmp(name, c_keywords[i]) == 0)
            return 1;
    /* Our own temporaries and range slots, and runtime prefixes. */
    if ((name[0] == 't' || name[0] == 'r' || name[0] == 'b') && name[1]) {
        const char *p = name + 1;
        while (*p >= '0' && *p <= '9')
            p++;
        if (*p == '\0')
            return 1;
    }
    return strncmp(name, "molt_", 5) == 0 || strncmp(name, "MOLT_", 5) == 0 || strncmp(name, "m_", 2) == 0
        || strncmp(name, "py_", 3) == 0 || name[0] == '_';
}

/* The escaped form. A reserved ASCII name becomes `py_` + name. A name
 * with non-ASCII bytes becomes `py_u_` + name with those bytes as `_xHH`
 * and `_` doubled. No reserved name starts with `u_`, so the two forms
 * never meet, and each is one-to-one. out needs room for
 * 5 + 4 * strlen(name) + 1 bytes. */
static void escape(const char *name, char *out)
{
    static const char hex[] = "0123456789ABCDEF";
    int ascii = 1;
    for (const char *p = name; *p; p++)
        ascii &= (unsigned char)*p < 0x80;
    char *q = out;
    memcpy(q, ascii ? "py_" : "py_u_", ascii ? 3 : 5);
    q += ascii ? 3 : 5;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        if (ascii) {
            *q++ = (char)*p;
        } else if (*p >= 0x80) {
            *q++ = '_';
            *q++ = 'x';
            *q++ = hex[*p >> 4];
            *q++ = hex[*p & 15];
        } else if (*p == '_') {
            *q++ = '_';
            *q++ = '_';
        } else {
            *q++ = (char)*p;
        }
    }
    *q = '\0';
}

static int needs_escape(const char *name)
{
    for (const char *p = name; *p; p++)
        if ((unsigned char)*p >= 0x80)
            return 1;
    return is_reserved(name);
}

void cname_put(FILE *out, const char *name)
{
    if (!needs_escape(name)) {
        fputs(name, out);
        return;
    }
    char stack[256];
    size_t need = 5 + 4 * strlen(name) + 1;
    char *buf = need <= sizeof stack ? stack : malloc(need);
    if (!buf)
        abort();
    escape(name, buf);
    fputs(buf, out);
    if (buf != stack)
        free(buf);
}

char *cname_of(Arena *a, const char *name)
{
    if (!needs_escape(name))
        return arena_strdup(a, name);
    size_t n = strlen(name);
    char *out = arena_alloc(a, 5 + 4 * n + 1);
    escape(name, out);
    return out;
}
