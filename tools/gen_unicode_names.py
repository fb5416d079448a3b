#!/usr/bin/env python3
"""Generate translator/unicode_names.[ch]: the Unicode character names that
\\N{...} escapes in string literals accept, exactly as CPython 3.11 does.

Usage: python3 tools/gen_unicode_names.py translator/ [Name.pl]

CPython resolves \\N{NAME} through unicodedata (Unicode 14.0.0 in 3.11):
  - "HANGUL SYLLABLE " + jamo short names, and "CJK UNIFIED IDEOGRAPH-"
    + 4 or 5 hex digits, are computed; both are case-sensitive (upper case
    only), and the translator computes them the same way from the small
    tables written here;
  - every other name, and every formal name alias (NameAliases.txt:
    corrections, controls, alternates, figments, abbreviations), is looked
    up case-insensitively (ASCII upper-casing); named sequences are refused.

The names come from this python3's unicodedata. Runs of names of the form
PREFIX-XXXX whose hex part is the code point (CJK COMPATIBILITY IDEOGRAPH-,
KHITAN SMALL SCRIPT CHARACTER-, NUSHU CHARACTER-) become ranges. The rest
are written in code point order, front-coded (each name stores only what
differs from the previous one) in C string literals.

unicodedata cannot list the name aliases, so the candidates come from the
copy of the Unicode Character Database that Perl ships (unicore/Name.pl,
Debian package perl-modules; Perl 5.36 has Unicode 14.0.0 too); a candidate
is kept only if this python3's unicodedata.lookup resolves it to the same
single code point under a name that is not the character's own.

The output is committed; `make regen-unicode` reruns this.
"""
import glob
import re
import sys
import unicodedata

NAME_ALPHABET = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -")
JUMP = "~"  # followed by 6 hex digits: the entry's code point
# Entry headers: one character per shared-prefix length, printable ASCII
# outside the name alphabet, never '"', '\\', '?' (trigraphs) or JUMP.
HEADERS = "".join(
    chr(c) for c in range(0x21, 0x7F) if chr(c) not in NAME_ALPHABET and chr(c) not in '"\\?' + JUMP
)
CHUNK = 4000  # characters per string literal (C99 guarantees 4095)

HANGUL_BASE, L_COUNT, V_COUNT, T_COUNT = 0xAC00, 19, 21, 28


def fail(msg):
    sys.exit("gen_unicode_names.py: " + msg)


def all_names():
    """(cp, name) of every named character, from unicodedata."""
    return [(cp, unicodedata.name(chr(cp))) for cp in range(0x110000) if unicodedata.name(chr(cp), None)]


def ranges_of(cps):
    out = []
    for cp in sorted(cps):
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def hangul_jamo():
    """The short names of the leading consonants, vowels and trailing
    consonants, recovered from the syllable names (U+110B IEUNG is the
    empty leading consonant, the empty trailer is index 0)."""

    def syl(l, v, t):
        return unicodedata.name(chr(HANGUL_BASE + (l * V_COUNT + v) * T_COUNT + t))[len("HANGUL SYLLABLE ") :]

    vs = [syl(11, v, 0) for v in range(V_COUNT)]
    ls = [syl(l, 0, 0)[: -len(vs[0])] for l in range(L_COUNT)]
    ts = [syl(11, 0, t)[len(vs[0]) :] for t in range(T_COUNT)]
    for l in range(L_COUNT):
        for v in range(V_COUNT):
            for t in range(T_COUNT):
                if syl(l, v, t) != ls[l] + vs[v] + ts[t]:
                    fail("Hangul syllable names do not decompose into jamo")
    return ls, vs, ts


def aliases(path, names):
    """Formal name aliases: (cp, alias) pairs that unicodedata resolves."""
    text = open(path, encoding="utf-8").read()
    body = text.split("<<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    out = set()
    for entry in body.strip().split("\n\n"):
        cps, name = entry.split("\n")
        cps = cps.split()
        if len(cps) != 1:
            continue  # a named sequence
        cp = int(cps[0], 16)
        if names.get(cp) == name:
            continue
        try:
            if unicodedata.lookup(name) == chr(cp):
                out.add((cp, name))
        except KeyError:
            pass  # a Perl-only name, e.g. "LINE FEED (LF)"
    if len(out) < 400:
        fail("only %d name aliases found in %s" % (len(out), path))
    return sorted(out)


def c_string(s, indent="    "):
    """s as adjacent C string literals of at most ~96 characters a line."""
    return "\n".join('%s"%s"' % (indent, s[i : i + 96]) for i in range(0, len(s), 96))


def main():
    if sys.version_info[:2] != (3, 11):
        fail("run with CPython 3.11 (its unicodedata is the reference), not %s" % sys.version.split()[0])
    if len(sys.argv) not in (2, 3):
        fail("usage: gen_unicode_names.py OUTDIR [Name.pl]")
    outdir = sys.argv[1]
    if len(sys.argv) == 3:
        namepl = sys.argv[2]
    else:
        found = sorted(glob.glob("/usr/share/perl/*/unicore/Name.pl"))
        if not found:
            fail("Perl's unicore/Name.pl not found: install the Debian package perl-modules, or pass its path")
        namepl = found[-1]

    named = all_names()
    names = dict(named)
    cjk = [cp for cp, n in named if n == "CJK UNIFIED IDEOGRAPH-%X" % cp]
    hangul = [cp for cp, n in named if n.startswith("HANGUL SYLLABLE ")]
    if len(hangul) != L_COUNT * V_COUNT * T_COUNT or hangul[0] != HANGUL_BASE:
        fail("unexpected Hangul syllables")
    jamo = hangul_jamo()
    computed = set(cjk) | set(hangul)

    # PREFIX-XXXX runs, XXXX being the code point in %04X.
    hexnamed = {}
    for cp, n in named:
        m = re.fullmatch(r"(.*-)([0-9A-F]+)", n)
        if cp not in computed and m and m.group(2) == "%04X" % cp:
            hexnamed.setdefault(m.group(1), []).append(cp)
    hexranges = []
    for prefix, cps in sorted(hexnamed.items()):
        for first, last in ranges_of(cps):
            if last - first >= 16:
                hexranges.append((prefix, first, last))
                computed |= set(range(first, last + 1))

    entries = [(cp, n) for cp, n in named if cp not in computed]
    entries += aliases(namepl, names)
    entries.sort()
    for cp, n in entries:
        if not set(n) <= NAME_ALPHABET:
            fail("unexpected character in name %r" % n)
        if unicodedata.lookup(n) != chr(cp) or unicodedata.lookup(n.lower()) != chr(cp):
            fail("unicodedata does not resolve %r" % n)

    # The front-coded stream, cut into chunks at entry boundaries.
    chunks, cur = [], []
    prev_cp, prev = -2, ""
    for cp, n in entries:
        p = 0
        while p < min(len(n), len(prev), len(HEADERS) - 1) and n[p] == prev[p]:
            p += 1
        e = ("" if cp == prev_cp + 1 else JUMP + "%06X" % cp) + HEADERS[p] + n[p:]
        if sum(map(len, cur)) + len(e) > CHUNK:
            chunks.append("".join(cur))
            cur = []
        cur.append(e)
        prev_cp, prev = cp, n
    chunks.append("".join(cur))

    version = unicodedata.unidata_version
    gen = "Generated by tools/gen_unicode_names.py from python3 %s's unicodedata (Unicode %s); do not edit." % (
        sys.version.split()[0],
        version,
    )

    h = []
    w = h.append
    w("/* Unicode character names for \\N{...} escapes, as CPython 3.11 resolves them.")
    w(" * %s */" % gen)
    w("#ifndef MOLT_UNICODE_NAMES_H")
    w("#define MOLT_UNICODE_NAMES_H")
    w("")
    w('#define UNI_NAMES_VERSION "%s"' % version)
    w("/* The longest name. */")
    w("#define UNI_NAME_MAXLEN %d" % max(len(n) for cp, n in named + entries))
    w("")
    w("/* Every name no rule computes, and every formal name alias, in code")
    w(" * point order. An entry is: optionally UNI_NAME_JUMP and the code point")
    w(" * in 6 hex digits (otherwise it is the previous entry's plus one); a")
    w(" * header character, which uni_name_prefix maps to the number of leading")
    w(" * characters shared with the previous name; the rest of the name, in")
    w(" * [A-Z0-9 -]. Entries never straddle chunks. */")
    w("#define UNI_NAME_JUMP '%s'" % JUMP)
    w("extern const char *const uni_name_chunks[];")
    w("extern const int uni_name_nchunks;")
    w("/* Header character -> shared prefix length; -1 for other characters. */")
    w("extern const signed char uni_name_prefix[128];")
    w("")
    w("typedef struct UniRange {")
    w("    unsigned first, last;")
    w("} UniRange;")
    w("/* Code points named \"CJK UNIFIED IDEOGRAPH-\" + their hex digits. */")
    w("extern const UniRange uni_cjk_unified[];")
    w("extern const int uni_ncjk_unified;")
    w("")
    w("typedef struct UniHexRange {")
    w("    const char *prefix; /* ends with '-' */")
    w("    unsigned first, last;")
    w("} UniHexRange;")
    w("/* Code points named prefix + the code point in %04X. */")
    w("extern const UniHexRange uni_hex_named[];")
    w("extern const int uni_nhex_named;")
    w("")
    w("/* The jamo short names that make up \"HANGUL SYLLABLE \" names: the")
    w(" * syllable (L, V, T) is U+AC00 + (L * 21 + V) * 28 + T. */")
    w("extern const char *const uni_jamo_l[%d];" % L_COUNT)
    w("extern const char *const uni_jamo_v[%d];" % V_COUNT)
    w("extern const char *const uni_jamo_t[%d];" % T_COUNT)
    w("")
    w("#endif /* MOLT_UNICODE_NAMES_H */")

    c = []
    w = c.append
    w("/* Unicode character names for \\N{...} escapes: the tables (see unicode_names.h).")
    w(" * %s */" % gen)
    w('#include "unicode_names.h"')
    w("")
    w("/* %d names and aliases. */" % len(entries))
    w("const char *const uni_name_chunks[] = {")
    for ch in chunks:
        w(c_string(ch) + ",")
    w("};")
    w("const int uni_name_nchunks = %d;" % len(chunks))
    w("")
    table = [-1] * 128
    for i, ch in enumerate(HEADERS):
        table[ord(ch)] = i
    w("const signed char uni_name_prefix[128] = {")
    for i in range(0, 128, 16):
        w("    " + " ".join("%d," % v for v in table[i : i + 16]))
    w("};")
    w("")
    cjk_ranges = ranges_of(cjk)
    w("const UniRange uni_cjk_unified[] = {")
    for first, last in cjk_ranges:
        w("    {0x%X, 0x%X}," % (first, last))
    w("};")
    w("const int uni_ncjk_unified = %d;" % len(cjk_ranges))
    w("")
    w("const UniHexRange uni_hex_named[] = {")
    for prefix, first, last in hexranges:
        w('    {"%s", 0x%X, 0x%X},' % (prefix, first, last))
    w("};")
    w("const int uni_nhex_named = %d;" % len(hexranges))
    w("")
    for tag, names in zip("lvt", jamo):
        w("const char *const uni_jamo_%s[%d] = {" % (tag, len(names)))
        w("    " + " ".join('"%s",' % s for s in names))
        w("};")

    for path, lines in (("unicode_names.h", h), ("unicode_names.c", c)):
        with open("%s/%s" % (outdir, path), "w") as f:
            f.write("\n".join(lines) + "\n")
    print(
        "gen_unicode_names.py: %d names and aliases in %d chunks (%d bytes), %d hex-named ranges"
        % (len(entries), len(chunks), sum(map(len, chunks)), len(hexranges))
    )


if __name__ == "__main__":
    main()
