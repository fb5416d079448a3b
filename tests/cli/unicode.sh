#!/bin/sh
# The front end reads Unicode as CPython 3.11 does, compared through
# `molt2c ast` with ast.dump: \N{...} escapes (a sample of python3's
# unicodedata names, every 11th named code point, in upper and lower case;
# formal name aliases; \N in f-strings), and non-ASCII identifiers of every
# kind, normalised to NFKC.
. "$(dirname "$0")/_lib.sh"

"$PYTHON3" - "$TMP/names.py" <<'EOF' || fail "python3 could not write the sample"
import sys, unicodedata
names = [unicodedata.name(chr(cp)) for cp in range(0, 0x110000, 11) if unicodedata.name(chr(cp), None)]
# Computed names (Hangul syllables, CJK unified ideographs) are upper case only.
names += [n.lower() for n in names[::3] if not n.startswith(("HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-"))]
names += ["NBSP", "lf", "Line Feed", "NEW LINE", "BOM", "ZWNBSP", "VS17", "vs256", "SHY", "PADDING CHARACTER",
          "LATIN CAPITAL LETTER GHA", "BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS", "SP", "NUL"]
with open(sys.argv[1], "w") as f:
    for i in range(0, len(names), 40):
        f.write(", ".join('"\\N{%s}"' % n for n in names[i:i + 40]) + "\n")
EOF

cat >"$TMP/fstrings.py" <<'EOF'
x = 1
f"\N{EURO SIGN}{x}\N{euro sign}{{\N{LEFT CURLY BRACKET}}}"
f"{x:\N{EM DASH}^9}" f"\N{SNOWMAN}" "\N{SNOWMAN}" rf"\N{x}" fr"\N{{x}}"
f"""\N{HANGUL SYLLABLE GAG}
{x!r:>{x}}\N{CJK UNIFIED IDEOGRAPH-4E00}"""
f"\{x}" f"\{{x}}"
EOF

cat >"$TMP/idents.py" <<'EOF'
import ｍａｔｈ.ｐａｔｈ as ｐ, 𝐨𝐬
from .ｐｋｇ.ｍｏｄ import (ﬁle as ℌ, ａ, 𝐛)
ｘ: ｉｎｔ = ｐ.ｊｏｉｎ(ａ, ｋｅｙ=𝐛, **ｋｗ)
@ｄｅｃｏ
class Ｃｌａｓｓ(Ｂａｓｅ, ｍｅｔａ=Ｍ):
    def ｍｅｔｈｏｄ(ｓｅｌｆ, ａ, /, 𝐛=1, *ａｒｇｓ, ｃ, **ｋｗａｒｇｓ):
        global ｇ
        def ｉｎｎｅｒ():
            nonlocal ａ
        return lambda ｙ, *ｚ: ｙ
try:
    ｐａｓｓ
except Ｅｒｒｏｒ as ｅ:
    ｉｆ = ｅ
match ｓ:
    case Ｐｏｉｎｔ(ｘ=0, ｙ=ｖ) | [*ｒｅｓｔ] | {"ｋ": ｖ, **ｒ} if ｖ:
        ｐａｓｓ
    case Ｍ.Ｃ as ｗ:
        ｐａｓｓ
[ｉ for ｉ in ｘｓ]
(ｗａｌ := 1)
µ, μ, Å, Å, ǆ, xⁿ, ℎ
EOF

for py in "$TMP/names.py" "$TMP/fstrings.py" "$TMP/idents.py"; do
    for flag in "" --positions; do
        attrs=False
        [ -n "$flag" ] && attrs=True
        "$PYTHON3" -c "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read()), include_attributes=$attrs))" \
            "$py" >"$TMP/want" 2>"$TMP/perr" || { fail "python3 refuses $(basename "$py"): $(tail -n 1 "$TMP/perr")"; continue; }
        # shellcheck disable=SC2086
        "$MOLT2C" ast $flag "$py" >"$TMP/got" 2>"$TMP/err" || { fail "ast $flag $(basename "$py"): $(head -c 300 "$TMP/err")"; continue; }
        cmp -s "$TMP/want" "$TMP/got" || fail "ast $flag differs from ast.dump for $(basename "$py")"
    done
done
finish
