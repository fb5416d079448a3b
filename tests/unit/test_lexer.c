/* Unit tests for the lexer (translator/lexer.c) and the source decoding in
 * front of it (parse_source: line ends, BOM, coding cookie). Expected
 * tokens, positions, error messages and trees come from CPython 3.11:
 * the tables below were generated with python3's tokenize module (tokens
 * and positions, with columns turned into UTF-8 bytes), compile() (errors:
 * the C tokenizer's message, line and column) and ast.dump. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"

#include "arena.h"
#include "ast.h"
#include "lexer.h"
#include "parser.h"

typedef struct {
    const char *src;
    const char *toks; /* each token's text; NEWLINE, INDENT, DEDENT, ENDMARKER by kind */
    const char *kinds; /* one letter a token: Name, 1 number, String, Op, L newline, I, D, E */
    const char *pos; /* "line:col-end_line:end_col" of each token but INDENT and DEDENT */
} TokCase;

typedef struct {
    const char *src;
    const char *err; /* "Exception: message" */
    int lineno, col; /* 1-based line, 0-based column in UTF-8 bytes */
} ErrCase;

typedef struct {
    const char *src;
    size_t len;
    const char *dump; /* ast.dump with positions */
} ParseCase;

/* Generated from CPython 3.11.7: tokenize for tokens and positions. */
static const TokCase tok_cases[] = {
    /* indent with spaces, dedent several levels at once */
    { "if a:\n    if b:\n        c\nd\n",
        "if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT DEDENT d NEWLINE ENDMARKER",
        "NNOLINNOLINLDDNLE",
        "1:0-1:2 1:3-1:4 1:4-1:5 1:5-1:6 2:4-2:6 2:7-2:8 2:8-2:9 2:9-2:10 3:8-3:9 3:9-3:10 4:0-4:1 4:1-4:2 "
        "5:0-5:0" },
    /* indent with tabs (a tab is up to 8 columns) */
    { "if a:\n\tif b:\n\t\tc\n\telse:\n\t\td\ne\n",
        "if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT else : NEWLINE INDENT d NEWLINE DEDENT "
        "DEDENT e NEWLINE ENDMARKER",
        "NNOLINNOLINLDNOLINLDDNLE",
        "1:0-1:2 1:3-1:4 1:4-1:5 1:5-1:6 2:1-2:3 2:4-2:5 2:5-2:6 2:6-2:7 3:2-3:3 3:3-3:4 4:1-4:5 4:5-4:6 "
        "4:6-4:7 5:2-5:3 5:3-5:4 6:0-6:1 6:1-6:2 7:0-7:0" },
    /* tab and spaces consistently: tab then spaces */
    { "if a:\n\t  b\n\t  c\n", "if a : NEWLINE INDENT b NEWLINE c NEWLINE DEDENT ENDMARKER", "NNOLINLNLDE",
        "1:0-1:2 1:3-1:4 1:4-1:5 1:5-1:6 2:3-2:4 2:4-2:5 3:3-3:4 3:4-3:5 4:0-4:0" },
    /* dedents at end of input */
    { "if a:\n  if b:\n    c\n",
        "if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT DEDENT ENDMARKER", "NNOLINNOLINLDDE",
        "1:0-1:2 1:3-1:4 1:4-1:5 1:5-1:6 2:2-2:4 2:5-2:6 2:6-2:7 2:7-2:8 3:4-3:5 3:5-3:6 4:0-4:0" },
    /* form feed resets the indentation column */
    { "if a:\n  b\n\f  c\n", "if a : NEWLINE INDENT b NEWLINE c NEWLINE DEDENT ENDMARKER", "NNOLINLNLDE",
        "1:0-1:2 1:3-1:4 1:4-1:5 1:5-1:6 2:2-2:3 2:3-2:4 3:3-3:4 3:4-3:5 4:0-4:0" },
    /* blank lines and comment lines do not indent */
    { "if a:\n        b\n\n  # c\n\n        d\ne\n",
        "if a : NEWLINE INDENT b NEWLINE d NEWLINE DEDENT e NEWLINE ENDMARKER", "NNOLINLNLDNLE",
        "1:0-1:2 1:3-1:4 1:4-1:5 1:5-1:6 2:8-2:9 2:9-2:10 6:8-6:9 6:9-6:10 7:0-7:1 7:1-7:2 8:0-8:0" },
    /* comments: none become tokens */
    { "# only a comment\nx = 1  # trailing\n    # indented\n", "x = 1 NEWLINE ENDMARKER", "NO1LE",
        "2:0-2:1 2:2-2:3 2:4-2:5 2:17-2:18 4:0-4:0" },
    /* blank lines only */
    { "\n\n\n", "ENDMARKER", "E", "4:0-4:0" },
    /* empty input */
    { "", "ENDMARKER", "E", "1:0-1:0" },
    /* backslash continuation */
    { "x = 1 + \\\n    2\n", "x = 1 + 2 NEWLINE ENDMARKER", "NO1O1LE",
        "1:0-1:1 1:2-1:3 1:4-1:5 1:6-1:7 2:4-2:5 2:5-2:6 3:0-3:0" },
    /* continuation line is not an indent */
    { "if a:\n    x = \\\n  1\n    y\n", "if a : NEWLINE INDENT x = 1 NEWLINE y NEWLINE DEDENT ENDMARKER",
        "NNOLINO1LNLDE",
        "1:0-1:2 1:3-1:4 1:4-1:5 1:5-1:6 2:4-2:5 2:6-2:7 3:2-3:3 3:3-3:4 4:4-4:5 4:5-4:6 5:0-5:0" },
    /* implicit joining in brackets: no NEWLINE/INDENT inside */
    { "x = (1 +\n     2)\ny = [\n    3,\n]\nz = {\n  4: 5}\n",
        "x = ( 1 + 2 ) NEWLINE y = [ 3 , ] NEWLINE z = { 4 : 5 } NEWLINE ENDMARKER",
        "NOO1O1OLNOO1OOLNOO1O1OLE",
        "1:0-1:1 1:2-1:3 1:4-1:5 1:5-1:6 1:7-1:8 2:5-2:6 2:6-2:7 2:7-2:8 3:0-3:1 3:2-3:3 3:4-3:5 4:4-4:5 "
        "4:5-4:6 5:0-5:1 5:1-5:2 6:0-6:1 6:2-6:3 6:4-6:5 7:2-7:3 7:3-7:4 7:5-7:6 7:6-7:7 7:7-7:8 8:0-8:0" },
    /* comments and blank lines inside brackets */
    { "x = (1,\n# comment\n\n 2)\n", "x = ( 1 , 2 ) NEWLINE ENDMARKER", "NOO1O1OLE",
        "1:0-1:1 1:2-1:3 1:4-1:5 1:5-1:6 1:6-1:7 4:1-4:2 4:2-4:3 4:3-4:4 5:0-5:0" },
    /* eof without newline after a statement */
    { "x = 1", "x = 1 NEWLINE ENDMARKER", "NO1LE", "1:0-1:1 1:2-1:3 1:4-1:5 1:5-1:6 2:0-2:0" },
    /* eof without newline in a block */
    { "if x:\n    y", "if x : NEWLINE INDENT y NEWLINE DEDENT ENDMARKER", "NNOLINLDE",
        "1:0-1:2 1:3-1:4 1:4-1:5 1:5-1:6 2:4-2:5 2:5-2:6 3:0-3:0" },
    /* eof without newline after a comment */
    { "x = 1  # c", "x = 1 NEWLINE ENDMARKER", "NO1LE", "1:0-1:1 1:2-1:3 1:4-1:5 1:10-1:11 2:0-2:0" },
    /* eof without newline, comment line in a block */
    { "if x:\n    y\n# c", "if x : NEWLINE INDENT y NEWLINE DEDENT ENDMARKER", "NNOLINLDE",
        "1:0-1:2 1:3-1:4 1:4-1:5 1:5-1:6 2:4-2:5 2:5-2:6 4:0-4:0" },
    /* every operator */
    { "( ) [ ] { } : , ; . ... @ -> := = ~ + - * / | & % ^ << >> ** // < > == != <= >= += -= *= /= |= &= %= "
      "^= <<= >>= **= //= @=\n",
        "( ) [ ] { } : , ; . ... @ -> := = ~ + - * / | & % ^ << >> ** // < > == != <= >= += -= *= /= |= &= "
        "%= ^= <<= >>= **= //= @= NEWLINE ENDMARKER",
        "OOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOLE",
        "1:0-1:1 1:2-1:3 1:4-1:5 1:6-1:7 1:8-1:9 1:10-1:11 1:12-1:13 1:14-1:15 1:16-1:17 1:18-1:19 1:20-1:23 "
        "1:24-1:25 1:26-1:28 1:29-1:31 1:32-1:33 1:34-1:35 1:36-1:37 1:38-1:39 1:40-1:41 1:42-1:43 1:44-1:45 "
        "1:46-1:47 1:48-1:49 1:50-1:51 1:52-1:54 1:55-1:57 1:58-1:60 1:61-1:63 1:64-1:65 1:66-1:67 1:68-1:70 "
        "1:71-1:73 1:74-1:76 1:77-1:79 1:80-1:82 1:83-1:85 1:86-1:88 1:89-1:91 1:92-1:94 1:95-1:97 "
        "1:98-1:100 1:101-1:103 1:104-1:107 1:108-1:111 1:112-1:115 1:116-1:119 1:120-1:122 1:122-1:123 "
        "2:0-2:0" },
    /* operators without spaces, longest match */
    { "a->b:=c**=d//=e>>=f@=g...h<<=i!=j**k//l\n",
        "a -> b := c **= d //= e >>= f @= g ... h <<= i != j ** k // l NEWLINE ENDMARKER",
        "NONONONONONONONONONONONLE",
        "1:0-1:1 1:1-1:3 1:3-1:4 1:4-1:6 1:6-1:7 1:7-1:10 1:10-1:11 1:11-1:14 1:14-1:15 1:15-1:18 1:18-1:19 "
        "1:19-1:21 1:21-1:22 1:22-1:25 1:25-1:26 1:26-1:29 1:29-1:30 1:30-1:32 1:32-1:33 1:33-1:35 1:35-1:36 "
        "1:36-1:38 1:38-1:39 1:39-1:40 2:0-2:0" },
    /* dots: attribute, ellipsis, float */
    { "a.b... .5 ...x\n", "a . b ... .5 ... x NEWLINE ENDMARKER", "NONO1ONLE",
        "1:0-1:1 1:1-1:2 1:2-1:3 1:3-1:6 1:7-1:9 1:10-1:13 1:13-1:14 1:14-1:15 2:0-2:0" },
    /* numbers: underscores, prefixes, floats, imaginary */
    { "n = 0x_fF + 0o17 + 0B1_0 + 1_000 + 1.5e-3 + .5j + 1E+10 + 0.0 + 00 + 1_0.0_1e1_0J + 1. + 5j + 0_0 + "
      "0e0 + 0.e-0_1\n",
        "n = 0x_fF + 0o17 + 0B1_0 + 1_000 + 1.5e-3 + .5j + 1E+10 + 0.0 + 00 + 1_0.0_1e1_0J + 1. + 5j + 0_0 + "
        "0e0 + 0.e-0_1 NEWLINE ENDMARKER",
        "NO1O1O1O1O1O1O1O1O1O1O1O1O1O1O1LE",
        "1:0-1:1 1:2-1:3 1:4-1:9 1:10-1:11 1:12-1:16 1:17-1:18 1:19-1:24 1:25-1:26 1:27-1:32 1:33-1:34 "
        "1:35-1:41 1:42-1:43 1:44-1:47 1:48-1:49 1:50-1:55 1:56-1:57 1:58-1:61 1:62-1:63 1:64-1:66 1:67-1:68 "
        "1:69-1:81 1:82-1:83 1:84-1:86 1:87-1:88 1:89-1:91 1:92-1:93 1:94-1:97 1:98-1:99 1:100-1:103 "
        "1:104-1:105 1:106-1:113 1:113-1:114 2:0-2:0" },
    /* leading zeros allowed in floats and imaginaries */
    { "0777.5 + 0777e1 + 0777j + 0_0\n", "0777.5 + 0777e1 + 0777j + 0_0 NEWLINE ENDMARKER", "1O1O1O1LE",
        "1:0-1:6 1:7-1:8 1:9-1:15 1:16-1:17 1:18-1:23 1:24-1:25 1:26-1:29 1:29-1:30 2:0-2:0" },
    /* number directly followed by a keyword */
    { "x = [1if y else 2, 0x1for z in w, 1or 2, 1.5and 3, 12else 4, 1jif 1 else 2, 1in x, 1is x, 1not in "
      "x]\n",
        "x = [ 1 if y else 2 , 0x1f or z in w , 1 or 2 , 1.5 and 3 , 12 else 4 , 1j if 1 else 2 , 1 in x , 1 "
        "is x , 1 not in x ] NEWLINE ENDMARKER",
        "NOO1NNN1O1NNNNO1N1O1N1O1N1O1N1N1O1NNO1NNO1NNNOLE",
        "1:0-1:1 1:2-1:3 1:4-1:5 1:5-1:6 1:6-1:8 1:9-1:10 1:11-1:15 1:16-1:17 1:17-1:18 1:19-1:23 1:23-1:25 "
        "1:26-1:27 1:28-1:30 1:31-1:32 1:32-1:33 1:34-1:35 1:35-1:37 1:38-1:39 1:39-1:40 1:41-1:44 1:44-1:47 "
        "1:48-1:49 1:49-1:50 1:51-1:53 1:53-1:57 1:58-1:59 1:59-1:60 1:61-1:63 1:63-1:65 1:66-1:67 1:68-1:72 "
        "1:73-1:74 1:74-1:75 1:76-1:77 1:77-1:79 1:80-1:81 1:81-1:82 1:83-1:84 1:84-1:86 1:87-1:88 1:88-1:89 "
        "1:90-1:91 1:91-1:94 1:95-1:97 1:98-1:99 1:99-1:100 1:100-1:101 2:0-2:0" },
    /* every string prefix, both cases */
    { "a = r\"x\" b\"x\" u\"x\" f\"x\" R\"x\" B\"x\" U\"x\" F\"x\" rb\"x\" rB\"x\" Rb\"x\" RB\"x\" br\"x\" "
      "bR\"x\" Br\"x\" BR\"x\" fr\"x\" fR\"x\" Fr\"x\" FR\"x\" rf\"x\" rF\"x\" Rf\"x\" RF\"x\"\n",
        "a = r\"x\" b\"x\" u\"x\" f\"x\" R\"x\" B\"x\" U\"x\" F\"x\" rb\"x\" rB\"x\" Rb\"x\" RB\"x\" br\"x\" "
        "bR\"x\" Br\"x\" BR\"x\" fr\"x\" fR\"x\" Fr\"x\" FR\"x\" rf\"x\" rF\"x\" Rf\"x\" RF\"x\" NEWLINE "
        "ENDMARKER",
        "NOSSSSSSSSSSSSSSSSSSSSSSSSLE",
        "1:0-1:1 1:2-1:3 1:4-1:8 1:9-1:13 1:14-1:18 1:19-1:23 1:24-1:28 1:29-1:33 1:34-1:38 1:39-1:43 "
        "1:44-1:49 1:50-1:55 1:56-1:61 1:62-1:67 1:68-1:73 1:74-1:79 1:80-1:85 1:86-1:91 1:92-1:97 "
        "1:98-1:103 1:104-1:109 1:110-1:115 1:116-1:121 1:122-1:127 1:128-1:133 1:134-1:139 1:139-1:140 "
        "2:0-2:0" },
    /* prefix letters that are not a prefix are a name */
    { "ub\"x\" bu\"x\" fb\"x\" rr\"x\"\n", "ub \"x\" bu \"x\" fb \"x\" rr \"x\" NEWLINE ENDMARKER",
        "NSNSNSNSLE",
        "1:0-1:2 1:2-1:5 1:6-1:8 1:8-1:11 1:12-1:14 1:14-1:17 1:18-1:20 1:20-1:23 1:23-1:24 2:0-2:0" },
    /* string escapes: quotes and backslash-newline */
    { "s = \"a\\\"b\" + 'c\\'d' + \"e\\\\\" + \"f\\\ng\"\n",
        "s = \"a\\\"b\" + 'c\\'d' + \"e\\\\\" + \"f\\\ng\" NEWLINE ENDMARKER", "NOSOSOSOSLE",
        "1:0-1:1 1:2-1:3 1:4-1:10 1:11-1:12 1:13-1:19 1:20-1:21 1:22-1:27 1:28-1:29 1:30-2:2 2:2-2:3 "
        "3:0-3:0" },
    /* triple-quoted strings spanning lines */
    { "s = \"\"\"a\nb\nc\"\"\" + '''\n''' + 1\n", "s = \"\"\"a\nb\nc\"\"\" + '''\n''' + 1 NEWLINE ENDMARKER",
        "NOSOSO1LE", "1:0-1:1 1:2-1:3 1:4-3:4 3:5-3:6 3:7-4:3 4:4-4:5 4:6-4:7 4:7-4:8 5:0-5:0" },
    /* triple-quoted with embedded quotes */
    { "s = \"\"\"a\"b\"\"c\\\"\"\"d\"\"\"\n", "s = \"\"\"a\"b\"\"c\\\"\"\"d\"\"\" NEWLINE ENDMARKER", "NOSLE",
        "1:0-1:1 1:2-1:3 1:4-1:21 1:21-1:22 2:0-2:0" },
    /* string inside brackets over lines */
    { "x = (\n\"\"\"\n\"\"\"\n)\n", "x = ( \"\"\"\n\"\"\" ) NEWLINE ENDMARKER", "NOOSOLE",
        "1:0-1:1 1:2-1:3 1:4-1:5 2:0-3:3 4:0-4:1 4:1-4:2 5:0-5:0" },
    /* f-strings are single tokens */
    { "f\"{x!r:>{w}}\" f'{{}}' rf\"{a}\\d\"\n", "f\"{x!r:>{w}}\" f'{{}}' rf\"{a}\\d\" NEWLINE ENDMARKER",
        "SSSLE", "1:0-1:13 1:14-1:21 1:22-1:31 1:31-1:32 2:0-2:0" },
    /* non-ASCII identifiers and strings: columns in UTF-8 bytes */
    { "\303\251t\303\251 = \345\220\215 + \"\342\202\254\" + x\303\251y + \360\235\224\230\n",
        "\303\251t\303\251 = \345\220\215 + \"\342\202\254\" + x\303\251y + \360\235\224\230 NEWLINE "
        "ENDMARKER",
        "NONOSONONLE",
        "1:0-1:5 1:6-1:7 1:8-1:11 1:12-1:13 1:14-1:19 1:20-1:21 1:22-1:26 1:27-1:28 1:29-1:33 1:33-1:34 "
        "2:0-2:0" },
    /* NFKC-equivalent identifier characters; U+00B7 continues a name (by
     * hand: tokenize.py's \w splits x\302\267y, CPython's tokenizer and
     * ast.parse do not) */
    { "\357\254\201 = _\303\251 + x\302\267y\n", "\357\254\201 = _\303\251 + x\302\267y NEWLINE ENDMARKER",
        "NONONLE", "1:0-1:3 1:4-1:5 1:6-1:9 1:10-1:11 1:12-1:16 1:16-1:17 2:0-2:0" },
    /* keywords and soft keywords are names */
    { "match x:\n case _: pass\nasync def f(): await g\n",
        "match x : NEWLINE INDENT case _ : pass NEWLINE DEDENT async def f ( ) : await g NEWLINE ENDMARKER",
        "NNOLINNONLDNNNOOONNLE",
        "1:0-1:5 1:6-1:7 1:7-1:8 1:8-1:9 2:1-2:5 2:6-2:7 2:7-2:8 2:9-2:13 2:13-2:14 3:0-3:5 3:6-3:9 "
        "3:10-3:11 3:11-3:12 3:12-3:13 3:13-3:14 3:15-3:20 3:21-3:22 3:22-3:23 4:0-4:0" },
    /* semicolons */
    { "x=1;y=2;\n", "x = 1 ; y = 2 ; NEWLINE ENDMARKER", "NO1ONO1OLE",
        "1:0-1:1 1:1-1:2 1:2-1:3 1:3-1:4 1:4-1:5 1:5-1:6 1:6-1:7 1:7-1:8 1:8-1:9 2:0-2:0" },
    /* form feed before code */
    { "\fx = 1\n", "x = 1 NEWLINE ENDMARKER", "NO1LE", "1:1-1:2 1:3-1:4 1:5-1:6 1:6-1:7 2:0-2:0" },
    /* $ ? and backtick are error tokens for the parser */
    { "a $ b \? c`d\n", "a $ b \? c ` d NEWLINE ENDMARKER", "NONONONLE",
        "1:0-1:1 1:2-1:3 1:4-1:5 1:6-1:7 1:8-1:9 1:9-1:10 1:10-1:11 1:11-1:12 2:0-2:0" },
};

/* Generated from CPython: compile() errors, column as 0-based UTF-8 bytes. */
static const ErrCase err_cases[] = {
    /* TabError: tab then spaces at the same column */
    { "if x:\n\tif y:\n        pass\n", "TabError: inconsistent use of tabs and spaces in indentation", 3,
        0 },
    /* TabError: 8 spaces then a tab */
    { "if x:\n        a\n\tb\n", "TabError: inconsistent use of tabs and spaces in indentation", 3, 0 },
    /* TabError: tab vs 8 spaces on indent */
    { "if x:\n\ta\n        b\n", "TabError: inconsistent use of tabs and spaces in indentation", 3, 0 },
    /* TabError: space-tab vs tab-space */
    { "if x:\n  \ta\n\t  b\n", "TabError: inconsistent use of tabs and spaces in indentation", 3, 0 },
    /* TabError on dedent */
    { "if x:\n  if y:\n\tz\n  w\n        v\n", "TabError: inconsistent use of tabs and spaces in indentation",
        3, 0 },
    /* IndentationError: unindent does not match */
    { "if x:\n    a\n  b\n", "IndentationError: unindent does not match any outer indentation level", 3, 3 },
    /* IndentationError: unindent does not match, deeper */
    { "if x:\n    if y:\n        a\n      b\n",
        "IndentationError: unindent does not match any outer indentation level", 4, 7 },
    /* IndentationError: too many levels */
    { "if x:\n if x:\n  if x:\n   if x:\n    if x:\n     if x:\n      if x:\n       if x:\n        if x:\n   "
      "      if x:\n          if x:\n           if x:\n            if x:\n             if x:\n              "
      "if x:\n               if x:\n                if x:\n                 if x:\n                  if x:\n "
      "                  if x:\n                    if x:\n                     if x:\n                      "
      "if x:\n                       if x:\n                        if x:\n                         if x:\n  "
      "                        if x:\n                           if x:\n                            if x:\n  "
      "                           if x:\n                              if x:\n                               "
      "if x:\n                                if x:\n                                 if x:\n                "
      "                  if x:\n                                   if x:\n                                   "
      " if x:\n                                     if x:\n                                      if x:\n     "
      "                                  if x:\n                                        if x:\n              "
      "                           if x:\n                                          if x:\n                   "
      "                        if x:\n                                            if x:\n                    "
      "                         if x:\n                                              if x:\n                 "
      "                              if x:\n                                                if x:\n          "
      "                                       if x:\n                                                  if "
      "x:\n                                                   if x:\n                                        "
      "            if x:\n                                                     if x:\n                       "
      "                               if x:\n                                                       if x:\n  "
      "                                                      if x:\n                                         "
      "                if x:\n                                                          if x:\n              "
      "                                             if x:\n                                                  "
      "          if x:\n                                                             if x:\n                 "
      "                                             if x:\n                                                  "
      "             if x:\n                                                                if x:\n           "
      "                                                      if x:\n                                         "
      "                         if x:\n                                                                   if "
      "x:\n                                                                    if x:\n                       "
      "                                              if x:\n                                                 "
      "                     if x:\n                                                                       if "
      "x:\n                                                                        if x:\n                   "
      "                                                      if x:\n                                         "
      "                                 if x:\n                                                              "
      "             if x:\n                                                                            if "
      "x:\n                                                                             if x:\n              "
      "                                                                if x:\n                               "
      "                                                if x:\n                                               "
      "                                 if x:\n                                                              "
      "                   if x:\n                                                                            "
      "      if x:\n                                                                                   if "
      "x:\n                                                                                    if x:\n       "
      "                                                                              if x:\n                 "
      "                                                                     if x:\n                          "
      "                                                             if x:\n                                  "
      "                                                      if x:\n                                         "
      "                                                if x:\n                                               "
      "                                           if x:\n                                                    "
      "                                       if x:\n                                                        "
      "                                    if x:\n                                                           "
      "                                  if x:\n                                                             "
      "                                 if x:\n                                                              "
      "                                 if x:\n                                                              "
      "                                  if x:\n                                                             "
      "                                    if x:\n                                                           "
      "                                       if x:\n                                                        "
      "                                           if x:\n                                                    "
      "                                                if x:\n                                               "
      "                                                      pass\n",
        "IndentationError: too many levels of indentation", 101, 0 },
    /* unterminated string literal */
    { "x = \"abc\n", "SyntaxError: unterminated string literal (detected at line 1)", 1, 4 },
    /* unterminated string literal at end of input */
    { "x = 'abc", "SyntaxError: unterminated string literal (detected at line 1)", 1, 4 },
    /* unterminated string after backslash-newline */
    { "s = 'a\\\nb\nc'\n", "SyntaxError: unterminated string literal (detected at line 2)", 1, 4 },
    /* unterminated string with a prefix */
    { "x = 1 + rb\"abc\n", "SyntaxError: unterminated string literal (detected at line 1)", 1, 8 },
    /* unterminated triple-quoted string */
    { "x = '''abc\n\ndef\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 3)", 1,
        4 },
    /* unterminated triple-quoted string at end of input */
    { "x = \"\"\"abc", "SyntaxError: unterminated triple-quoted string literal (detected at line 1)", 1, 4 },
    /* unterminated triple-quoted string, f prefix */
    { "y = 1\nx = f\"\"\"\n\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 3)",
        2, 4 },
    /* unterminated triple-quoted string, non-ASCII before */
    { "\303\251 = \"\"\"\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 1)", 1,
        5 },
    /* backslash at end of input */
    { "x = \\", "SyntaxError: unexpected EOF while parsing", 1, 5 },
    /* backslash then newline at end of input */
    { "x = 1 + \\\n", "SyntaxError: unexpected EOF while parsing", 1, 9 },
    /* backslash at end of input, indented */
    { "if x:\n    y = \\", "SyntaxError: unexpected EOF while parsing", 2, 9 },
    /* backslash at end of input inside brackets */
    { "x = (1,\\", "SyntaxError: '(' was never closed", 1, 4 },
    /* character after line continuation */
    { "x = \\ 1\n", "SyntaxError: unexpected character after line continuation character", 1, 5 },
    /* invalid decimal literal: double underscore */
    { "1__0\n", "SyntaxError: invalid decimal literal", 1, 1 },
    /* invalid decimal literal: trailing underscore */
    { "x = 1_\n", "SyntaxError: invalid decimal literal", 1, 5 },
    /* invalid decimal literal: underscore before dot */
    { "1_.5\n", "SyntaxError: invalid decimal literal", 1, 1 },
    /* invalid decimal literal: underscore after dot */
    { "1._5\n", "SyntaxError: invalid decimal literal", 1, 1 },
    /* invalid decimal literal: underscore before exponent */
    { "1.5_e3\n", "SyntaxError: invalid decimal literal", 1, 3 },
    /* invalid decimal literal: underscore in exponent */
    { "1e_3\n", "SyntaxError: invalid decimal literal", 1, 0 },
    /* invalid decimal literal: letter after digits */
    { "x = 12abc\n", "SyntaxError: invalid decimal literal", 1, 5 },
    /* invalid decimal literal: letter after exponent */
    { "x = 12.5e3abc\n", "SyntaxError: invalid decimal literal", 1, 9 },
    /* invalid decimal literal: sign without exponent digits */
    { "x = 12e+\n", "SyntaxError: invalid decimal literal", 1, 7 },
    /* invalid decimal literal: e without digits */
    { "x = 1_2e\n", "SyntaxError: invalid decimal literal", 1, 6 },
    /* invalid decimal literal: attribute on an int */
    { "1.__class__\n", "SyntaxError: invalid decimal literal", 1, 1 },
    /* invalid imaginary literal */
    { "x = 12jx\n", "SyntaxError: invalid imaginary literal", 1, 6 },
    /* invalid binary literal: digit 2 */
    { "0b2\n", "SyntaxError: invalid digit '2' in binary literal", 1, 2 },
    /* invalid digit in binary literal */
    { "0b12\n", "SyntaxError: invalid digit '2' in binary literal", 1, 3 },
    /* invalid binary literal: trailing underscore */
    { "0b1_\n", "SyntaxError: invalid binary literal", 1, 3 },
    /* invalid binary literal: no digits */
    { "x = 0b\n", "SyntaxError: invalid binary literal", 1, 5 },
    /* invalid octal literal: digit 8 */
    { "0o8\n", "SyntaxError: invalid digit '8' in octal literal", 1, 2 },
    /* invalid digit in octal literal */
    { "x = 0o19\n", "SyntaxError: invalid digit '9' in octal literal", 1, 7 },
    /* invalid hexadecimal literal: no digits */
    { "0x\n", "SyntaxError: invalid hexadecimal literal", 1, 1 },
    /* invalid hexadecimal literal: underscore only */
    { "x = 0x_\n", "SyntaxError: invalid hexadecimal literal", 1, 6 },
    /* invalid hexadecimal literal: letter after digits */
    { "x = 0x1fg\n", "SyntaxError: invalid hexadecimal literal", 1, 7 },
    /* leading zeros */
    { "012\n",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
        "octal integers",
        1, 0 },
    /* leading zeros with underscores */
    { "x = 0_7\n",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
        "octal integers",
        1, 4 },
    /* invalid non-ASCII character */
    { "x = \342\202\254\n", "SyntaxError: invalid character '\342\202\254' (U+20AC)", 1, 4 },
    /* invalid character after a non-ASCII name start */
    { "\303\251\342\202\254 = 1\n", "SyntaxError: invalid character '\342\202\254' (U+20AC)", 1, 2 },
    /* invalid emoji */
    { "x = \360\237\230\200\n", "SyntaxError: invalid character '\360\237\230\200' (U+1F600)", 1, 4 },
    /* invalid non-printable ASCII */
    { "a \177 b\n", "SyntaxError: invalid non-printable character U+007F", 1, 2 },
    /* invalid non-printable escape char */
    { "a \033 b\n", "SyntaxError: invalid non-printable character U+001B", 1, 2 },
    /* invalid non-printable zero width space */
    { "x = \342\200\213\n", "SyntaxError: invalid non-printable character U+200B", 1, 4 },
    /* invalid non-printable in a name */
    { "x\342\200\213 = 1\n", "SyntaxError: invalid non-printable character U+200B", 1, 1 },
    /* no-break space */
    { "x = \302\240 1\n", "SyntaxError: invalid non-printable character U+00A0", 1, 4 },
    /* unmatched closing bracket */
    { "x = 1)\n", "SyntaxError: unmatched ')'", 1, 5 },
    /* mismatched brackets on one line */
    { "(]\n", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '('", 1, 1 },
    /* mismatched brackets on two lines */
    { "(\n]\n", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2,
        0 },
    /* bracket never closed */
    { "x = (1, 2\n", "SyntaxError: '(' was never closed", 1, 4 },
    /* innermost bracket never closed */
    { "x = [1,\n{2: (3,\n", "SyntaxError: '(' was never closed", 2, 4 },
    /* too many nested parentheses */
    { "x = "
      "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("
      "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((\n",
        "SyntaxError: too many nested parentheses", 1, 204 },
};

/* Generated from CPython: ast.dump(ast.parse(src), include_attributes=True). */
static const ParseCase parse_cases[] = {
    /* CRLF line ends */
    { "if a:\r\n    b = 1\r\nc\r\n", 21,
        "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, "
        "end_col_offset=4), body=[Assign(targets=[Name(id='b', ctx=Store(), lineno=2, col_offset=4, "
        "end_lineno=2, end_col_offset=5)], value=Constant(value=1, lineno=2, col_offset=8, end_lineno=2, "
        "end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], orelse=[], lineno=1, "
        "col_offset=0, end_lineno=2, end_col_offset=9), Expr(value=Name(id='c', ctx=Load(), lineno=3, "
        "col_offset=0, end_lineno=3, end_col_offset=1), lineno=3, col_offset=0, end_lineno=3, "
        "end_col_offset=1)], type_ignores=[])" },
    /* lone CR line ends */
    { "if a:\r    b = 1\rc\r", 18,
        "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, "
        "end_col_offset=4), body=[Assign(targets=[Name(id='b', ctx=Store(), lineno=2, col_offset=4, "
        "end_lineno=2, end_col_offset=5)], value=Constant(value=1, lineno=2, col_offset=8, end_lineno=2, "
        "end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], orelse=[], lineno=1, "
        "col_offset=0, end_lineno=2, end_col_offset=9), Expr(value=Name(id='c', ctx=Load(), lineno=3, "
        "col_offset=0, end_lineno=3, end_col_offset=1), lineno=3, col_offset=0, end_lineno=3, "
        "end_col_offset=1)], type_ignores=[])" },
    /* mixed line ends */
    { "a = 1\r\nb = 2\rc = 3\n", 19,
        "Module(body=[Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, "
        "end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), "
        "Assign(targets=[Name(id='b', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], "
        "value=Constant(value=2, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, "
        "col_offset=0, end_lineno=2, end_col_offset=5), Assign(targets=[Name(id='c', ctx=Store(), lineno=3, "
        "col_offset=0, end_lineno=3, end_col_offset=1)], value=Constant(value=3, lineno=3, col_offset=4, "
        "end_lineno=3, end_col_offset=5), lineno=3, col_offset=0, end_lineno=3, end_col_offset=5)], "
        "type_ignores=[])" },
    /* CRLF inside a triple-quoted string becomes LF */
    { "s = \"\"\"x\r\ny\"\"\"\r\n", 16,
        "Module(body=[Assign(targets=[Name(id='s', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=1)], value=Constant(value='x\\ny', lineno=1, col_offset=4, end_lineno=2, "
        "end_col_offset=4), lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)], type_ignores=[])" },
    /* BOM */
    { "\357\273\277x = \"\303\251\"\n", 12,
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=1)], value=Constant(value='\303\251', lineno=1, col_offset=4, end_lineno=1, "
        "end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])" },
    /* BOM and utf-8 cookie */
    { "\357\273\277# -*- coding: utf-8 -*-\nx = 1\n", 33,
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, "
        "end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, "
        "end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)], type_ignores=[])" },
    /* latin-1 cookie on line 2: columns in UTF-8 bytes after decoding */
    { "#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\ns = \"\351\"\n\351 = 1\n", 66,
        "Module(body=[Assign(targets=[Name(id='s', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, "
        "end_col_offset=1)], value=Constant(value='\303\251', lineno=3, col_offset=4, end_lineno=3, "
        "end_col_offset=8), lineno=3, col_offset=0, end_lineno=3, end_col_offset=8), "
        "Assign(targets=[Name(id='\303\251', ctx=Store(), lineno=4, col_offset=0, end_lineno=4, "
        "end_col_offset=2)], value=Constant(value=1, lineno=4, col_offset=5, end_lineno=4, "
        "end_col_offset=6), lineno=4, col_offset=0, end_lineno=4, end_col_offset=6)], type_ignores=[])" },
    /* cookie on line 3 is only a comment */
    { "x = 1\n\n# coding: latin-1\n", 25,
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, "
        "end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])" },
    /* no newline at end of a block */
    { "if x:\n    y = 1", 15,
        "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, "
        "end_col_offset=4), body=[Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=4, "
        "end_lineno=2, end_col_offset=5)], value=Constant(value=1, lineno=2, col_offset=8, end_lineno=2, "
        "end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], orelse=[], lineno=1, "
        "col_offset=0, end_lineno=2, end_col_offset=9)], type_ignores=[])" },
    /* comment at end without newline */
    { "x = 1\n# end", 11,
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, "
        "end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])" },
    /* backslash continuation inside brackets */
    { "x = [1,\\\n2]\n", 12,
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=1)], value=List(elts=[Constant(value=1, lineno=1, col_offset=5, end_lineno=1, "
        "end_col_offset=6), Constant(value=2, lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], "
        "ctx=Load(), lineno=1, col_offset=4, end_lineno=2, end_col_offset=2), lineno=1, col_offset=0, "
        "end_lineno=2, end_col_offset=2)], type_ignores=[])" },
};

/* ---- helpers ---- */

/* A string built by appending, failing the test if it does not fit. */
typedef struct {
    char s[8192];
    size_t n;
} Buf;

static void buf_add(Buf *b, const char *text, size_t len)
{
    ck_assert_msg(b->n + len + 2 < sizeof b->s, "test buffer too small");
    if (b->n)
        b->s[b->n++] = ' ';
    memcpy(b->s + b->n, text, len);
    b->n += len;
    b->s[b->n] = '\0';
}

static char kind_letter(LexTokKind k)
{
    static const char letters[] = { [TOK_ENDMARKER] = 'E',
        [TOK_NAME] = 'N',
        [TOK_NUMBER] = '1',
        [TOK_STRING] = 'S',
        [TOK_NEWLINE] = 'L',
        [TOK_INDENT] = 'I',
        [TOK_DEDENT] = 'D',
        [TOK_OP] = 'O',
        [TOK_ERROR] = '!' };
    return letters[k];
}

/* Tokenize src as TokCase spells the result: texts, kind letters and
 * positions. The lexer must end with ENDMARKER (no error). */
static void lex_dump(const char *src, Buf *toks, Buf *kinds, Buf *pos)
{
    Lexer lx;
    lex_tokenize(&lx, "<test>", src, strlen(src));
    ck_assert_msg(lx.ntoks > 0 && lx.toks[lx.ntoks - 1].kind == TOK_ENDMARKER, "lexer failed: %s: %s",
        lx.err.exc, lx.err.msg);
    memset(kinds, 0, sizeof *kinds);
    memset(toks, 0, sizeof *toks);
    memset(pos, 0, sizeof *pos);
    for (int i = 0; i < lx.ntoks; i++) {
        const LexToken *t = &lx.toks[i];
        static const char *names[] = { [TOK_NEWLINE] = "NEWLINE",
            [TOK_INDENT] = "INDENT",
            [TOK_DEDENT] = "DEDENT",
            [TOK_ENDMARKER] = "ENDMARKER" };
        kinds->s[kinds->n++] = kind_letter(t->kind);
        if (t->kind == TOK_NEWLINE || t->kind == TOK_INDENT || t->kind == TOK_DEDENT
            || t->kind == TOK_ENDMARKER)
            buf_add(toks, names[t->kind], strlen(names[t->kind]));
        else
            buf_add(toks, t->text, t->len);
        if (t->kind != TOK_INDENT && t->kind != TOK_DEDENT) {
            char p[64];
            snprintf(p, sizeof p, "%d:%d-%d:%d", t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
            buf_add(pos, p, strlen(p));
        }
    }
    lex_free(&lx);
}

/* The lexer's error for src as "Exception: message", with its position. */
static const char *lex_error_of(const char *src, int *lineno, int *col)
{
    static char msg[640];
    Lexer lx;
    lex_tokenize(&lx, "<test>", src, strlen(src));
    ck_assert_msg(lx.toks[lx.ntoks - 1].kind == TOK_ERROR, "no lexer error");
    ck_assert_int_eq(lx.err.kind, DIAG_SYNTAX);
    snprintf(msg, sizeof msg, "%s: %s", lx.err.exc, lx.err.msg);
    *lineno = lx.err.lineno;
    *col = lx.err.col_offset;
    lex_free(&lx);
    return msg;
}

/* parse_source's tree for src[0..len) as ast.dump with positions, or its
 * error as "Exception: message @line:col". */
static const char *parse_dump(const char *src, size_t len)
{
    static char out[16384];
    Arena *a = arena_new();
    Diag d = { 0 };
    mod_ty mod = parse_source(a, "<test>", src, len, &d);
    if (mod) {
        FILE *f = fmemopen(out, sizeof out, "w");
        ck_assert_ptr_nonnull(f);
        ast_dump(f, mod, 1);
        ck_assert_int_eq(fclose(f), 0);
        out[strcspn(out, "\n")] = '\0';
    } else {
        snprintf(out, sizeof out, "%s: %s @%d:%d", d.exc, d.msg, d.lineno, d.col_offset);
    }
    arena_free(a);
    return out;
}

/* parse_dump of a string literal, which may hold NUL bytes. */
#define PARSE_DUMP(lit) parse_dump(lit, sizeof lit - 1)

/* ---- tokens, kinds and positions against CPython's tokenize ---- */

START_TEST(test_tokens)
{
    const TokCase *c = &tok_cases[_i];
    Buf toks, kinds, pos;
    lex_dump(c->src, &toks, &kinds, &pos);
    ck_assert_str_eq(toks.s, c->toks);
    ck_assert_str_eq(kinds.s, c->kinds);
    ck_assert_str_eq(pos.s, c->pos);
}
END_TEST

/* ---- errors against CPython's compile() ---- */

START_TEST(test_errors)
{
    const ErrCase *c = &err_cases[_i];
    int lineno, col;
    const char *msg = lex_error_of(c->src, &lineno, &col);
    ck_assert_str_eq(msg, c->err);
    ck_assert_int_eq(lineno, c->lineno);
    ck_assert_int_eq(col, c->col);
}
END_TEST

/* ---- operator codes and keywords ---- */

START_TEST(test_operator_codes)
{
    static const struct {
        const char *text;
        int op;
    } ops[] = {
        { "(", OP_LPAR },
        { ")", OP_RPAR },
        { "[", OP_LSQB },
        { "]", OP_RSQB },
        { "{", OP_LBRACE },
        { "}", OP_RBRACE },
        { ":", OP_COLON },
        { ",", OP_COMMA },
        { ";", OP_SEMI },
        { ".", OP_DOT },
        { "...", OP_ELLIPSIS },
        { "@", OP_AT },
        { "->", OP_RARROW },
        { ":=", OP_COLONEQUAL },
        { "=", OP_EQUAL },
        { "~", OP_TILDE },
        { "!", OP_BANG },
        { "+", OP_PLUS },
        { "-", OP_MINUS },
        { "*", OP_STAR },
        { "/", OP_SLASH },
        { "|", OP_VBAR },
        { "&", OP_AMPER },
        { "%", OP_PERCENT },
        { "^", OP_CIRCUMFLEX },
        { "<<", OP_LEFTSHIFT },
        { ">>", OP_RIGHTSHIFT },
        { "**", OP_DOUBLESTAR },
        { "//", OP_DOUBLESLASH },
        { "<", OP_LESS },
        { ">", OP_GREATER },
        { "==", OP_EQEQUAL },
        { "!=", OP_NOTEQUAL },
        { "<=", OP_LESSEQUAL },
        { ">=", OP_GREATEREQUAL },
        { "+=", OP_PLUSEQUAL },
        { "-=", OP_MINEQUAL },
        { "*=", OP_STAREQUAL },
        { "/=", OP_SLASHEQUAL },
        { "|=", OP_VBAREQUAL },
        { "&=", OP_AMPEREQUAL },
        { "%=", OP_PERCENTEQUAL },
        { "^=", OP_CIRCUMFLEXEQUAL },
        { "<<=", OP_LEFTSHIFTEQUAL },
        { ">>=", OP_RIGHTSHIFTEQUAL },
        { "**=", OP_DOUBLESTAREQUAL },
        { "//=", OP_DOUBLESLASHEQUAL },
        { "@=", OP_ATEQUAL },
        { "<>", OP_NONE }, /* the parser reports it (PEP 401) */
        { "$", OP_NONE },
    };
    /* All on one line, brackets balanced; <> and $ are for the parser. */
    size_t n = sizeof ops / sizeof ops[0];
    char src[256] = "";
    for (size_t i = 0; i < n; i++) {
        strcat(src, ops[i].text);
        strcat(src, i + 1 < n ? " " : "\n");
    }
    Lexer lx;
    lex_tokenize(&lx, "<test>", src, strlen(src));
    ck_assert_int_eq(lx.ntoks, (int)n + 2);
    for (size_t i = 0; i < n; i++) {
        const LexToken *t = &lx.toks[i];
        ck_assert_int_eq(t->kind, TOK_OP);
        ck_assert_msg(t->op == ops[i].op, "%s: op %d, want %d", ops[i].text, t->op, ops[i].op);
        ck_assert_uint_eq(t->len, strlen(ops[i].text));
    }
    ck_assert_int_eq(lx.toks[n].kind, TOK_NEWLINE);
    lex_free(&lx);
}
END_TEST

START_TEST(test_keywords)
{
    static const char src[] = "False None True and as assert async await break class continue def del elif "
                              "else except finally for from global if import in is lambda nonlocal not or "
                              "pass raise return try while with yield match case _ type print self iff\n";
    static const int kws[] = { KW_FALSE, KW_NONE, KW_TRUE, KW_AND, KW_AS, KW_ASSERT, KW_ASYNC, KW_AWAIT,
        KW_BREAK, KW_CLASS, KW_CONTINUE, KW_DEF, KW_DEL, KW_ELIF, KW_ELSE, KW_EXCEPT, KW_FINALLY, KW_FOR,
        KW_FROM, KW_GLOBAL, KW_IF, KW_IMPORT, KW_IN, KW_IS, KW_LAMBDA, KW_NONLOCAL, KW_NOT, KW_OR, KW_PASS,
        KW_RAISE, KW_RETURN, KW_TRY, KW_WHILE, KW_WITH, KW_YIELD, 0, 0, 0, 0, 0, 0, 0 };
    int n = (int)(sizeof kws / sizeof kws[0]);
    Lexer lx;
    lex_tokenize(&lx, "<test>", src, strlen(src));
    ck_assert_int_eq(lx.ntoks, n + 2);
    for (int i = 0; i < n; i++) {
        ck_assert_int_eq(lx.toks[i].kind, TOK_NAME);
        ck_assert_msg(lx.toks[i].kw == kws[i], "%.*s: kw %d, want %d", (int)lx.toks[i].len, lx.toks[i].text,
            lx.toks[i].kw, kws[i]);
    }
    lex_free(&lx);
}
END_TEST

/* ---- f-string expressions: positions in the enclosing source ---- */

START_TEST(test_fstring_expr)
{
    /* x = f"{a +\n b!r}" : the expression spans two lines. */
    static const char src[] = "x = f\"\"\"{a +\n b!r}\"\"\"\n";
    const char *start = strchr(src, '{') + 1, *end = strchr(src, '!');
    Lexer lx;
    lex_tokenize_fstring_expr(&lx, "<test>", start, end, 1, src);
    ck_assert_int_eq(lx.ntoks, 4);
    ck_assert_int_eq(lx.toks[0].kind, TOK_NAME);
    ck_assert_int_eq(lx.toks[0].lineno, 1);
    ck_assert_int_eq(lx.toks[0].col_offset, 9);
    ck_assert_int_eq(lx.toks[1].op, OP_PLUS);
    ck_assert_int_eq(lx.toks[1].col_offset, 11);
    ck_assert_int_eq(lx.toks[2].kind, TOK_NAME);
    ck_assert_int_eq(lx.toks[2].lineno, 2);
    ck_assert_int_eq(lx.toks[2].col_offset, 1);
    ck_assert_int_eq(lx.toks[2].end_col_offset, 2);
    ck_assert_int_eq(lx.toks[3].kind, TOK_ENDMARKER);
    lex_free(&lx);
}
END_TEST

/* ---- UTF-8 decoding ---- */

START_TEST(test_utf8_decode)
{
    static const struct {
        const char *s;
        size_t n;
        int cp, len;
    } cases[] = {
        { "A", 2, 'A', 1 }, { "\303\251", 3, 0xE9, 2 }, { "\342\202\254", 4, 0x20AC, 3 },
        { "\360\237\230\200", 5, 0x1F600, 4 }, { "\364\217\277\277", 5, 0x10FFFF, 4 },
        { "\300\200", 3, -1, 0 }, /* overlong NUL */
        { "\340\200\200", 4, -1, 0 }, /* overlong */
        { "\355\240\200", 4, -1, 0 }, /* surrogate U+D800 */
        { "\364\220\200\200", 5, -1, 0 }, /* above U+10FFFF */
        { "\200", 2, -1, 0 }, /* lone continuation byte */
        { "\377", 2, -1, 0 }, { "\303A", 3, -1, 0 }, /* bad continuation */
        { "\342\202\254", 3, 0x20AC, 3 }, /* exactly n bytes */
        { "\342\202\254", 2, -1, 0 }, /* truncated by n */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int len = 0;
        int cp = lex_utf8_decode((const unsigned char *)cases[i].s, cases[i].n, &len);
        ck_assert_msg(cp == cases[i].cp, "case %zu: %d, want %d", i, cp, cases[i].cp);
        if (cp >= 0)
            ck_assert_int_eq(len, cases[i].len);
    }
}
END_TEST

/* ---- parse_source: decoding and line ends in front of the lexer ---- */

START_TEST(test_parse_decoding)
{
    const ParseCase *c = &parse_cases[_i];
    ck_assert_str_eq(parse_dump(c->src, c->len), c->dump);
}
END_TEST

START_TEST(test_parse_source_errors)
{
    /* The lexer's error through parse_source, positions after CRLF. */
    ck_assert_str_eq(PARSE_DUMP("x = 1\r\ny = 'abc\r\n"),
        "SyntaxError: unterminated string literal (detected at line 2) @2:4");
    ck_assert_str_eq(PARSE_DUMP("x = '''a\r\n\r\n"),
        "SyntaxError: unterminated triple-quoted string literal (detected at line 2) @1:4");
    ck_assert_str_eq(PARSE_DUMP("if x:\r\n\ty\r\n        z\r\n"),
        "TabError: inconsistent use of tabs and spaces in indentation @3:0");
    ck_assert_str_eq(PARSE_DUMP("x = \\"), "SyntaxError: unexpected EOF while parsing @1:5");
    /* As `python3 file.py` reports them. */
    ck_assert_str_eq(PARSE_DUMP("x = 1\n\0\n"), "SyntaxError: source code cannot contain null bytes @2:-1");
    ck_assert_str_eq(PARSE_DUMP("x = '\377'\n"),
        "SyntaxError: Non-UTF-8 code starting with '\\xff' in file <test> on line 1, but no encoding "
        "declared; see https://peps.python.org/pep-0263/ for details @0:0");
}
END_TEST

Suite *suite_lexer(void)
{
    Suite *s = suite_create("lexer");
    TCase *tc = tcase_create("lex_tokenize");
    tcase_add_loop_test(tc, test_tokens, 0, (int)(sizeof tok_cases / sizeof tok_cases[0]));
    tcase_add_test(tc, test_operator_codes);
    tcase_add_test(tc, test_keywords);
    suite_add_tcase(s, tc);
    tc = tcase_create("lex_tokenize_errors");
    tcase_add_loop_test(tc, test_errors, 0, (int)(sizeof err_cases / sizeof err_cases[0]));
    suite_add_tcase(s, tc);
    tc = tcase_create("lex_tokenize_fstring_expr");
    tcase_add_test(tc, test_fstring_expr);
    suite_add_tcase(s, tc);
    tc = tcase_create("lex_utf8_decode");
    tcase_add_test(tc, test_utf8_decode);
    suite_add_tcase(s, tc);
    tc = tcase_create("parse_source_decoding");
    tcase_add_loop_test(tc, test_parse_decoding, 0, (int)(sizeof parse_cases / sizeof parse_cases[0]));
    tcase_add_test(tc, test_parse_source_errors);
    suite_add_tcase(s, tc);
    return s;
}
