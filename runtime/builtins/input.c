/* input([prompt]): the prompt to stdout, then one line from stdin. */
#include <stdio.h>

#include "internal/builtins.h"
#include "internal/bytes.h"
#include "internal/exceptions.h"
#include "internal/str.h"

MoltValue molt_builtin_input(const MoltValue *args, size_t nargs, MoltValue kwnames)
{
    MoltStrBuf sb;
    int c;
    if (molt_no_kwargs("input", kwnames) < 0)
        return MOLT_NULL;
    if (nargs > 1)
        return molt_raise(&MoltExc_TypeError, "input expected at most 1 argument, got %zu", nargs);
    if (nargs == 1) {
        MoltValue p = molt_str(args[0]);
        if (!p)
            return MOLT_NULL;
        fwrite(molt_str_cstr(p), 1, molt_str_obj(p)->len, stdout);
    }
    /* print's buffered output comes first, as CPython flushes stdout */
    fflush(stdout);
    molt_sb_init(&sb);
    while ((c = getchar()) != EOF && c != '\n')
        molt_sb_putc(&sb, (char)c);
    if (c == EOF && sb.len == 0)
        return molt_raise(&MoltExc_EOFError, "EOF when reading a line");
    /* stdin is UTF-8 text: strict decoding, as CPython's default */
    return molt_codec_decode((const unsigned char *)sb.buf, sb.len, "utf-8", "strict");
}
