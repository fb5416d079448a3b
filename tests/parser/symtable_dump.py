"""Print CPython's symbol tables in the line format of `molt2c symtable`.

dump(source, filename) returns the text `molt2c symtable FILE` must print
for the same source (docs/symtable.md describes the format), computed with
Python's symtable module; it raises SyntaxError when symtable.symtable()
does. Run as a script, it prints the dump of each file named on argv.
"""
import symtable
import sys

# Flag bits of Include/internal/pycore_symtable.h (3.11), in bit order.
FLAGS = (
    (1, "DEF_GLOBAL"),
    (2, "DEF_LOCAL"),
    (4, "DEF_PARAM"),
    (8, "DEF_NONLOCAL"),
    (16, "USE"),
    (32, "DEF_FREE"),
    (64, "DEF_FREE_CLASS"),
    (128, "DEF_IMPORT"),
    (256, "DEF_ANNOT"),
    (512, "DEF_COMP_ITER"),
)
SCOPE_OFF = 11
SCOPE_MASK = 15
SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
PREDICATES = (
    "referenced",
    "imported",
    "parameter",
    "global",
    "declared_global",
    "nonlocal",
    "local",
    "annotated",
    "free",
    "assigned",
    "namespace",
)


def _identifiers(table):
    """get_identifiers() order, except that the names CPython adds at the
    end of a table while resolving (free variables passed through, raw
    flags 0) are sorted: CPython adds them in the order of a set of str."""
    raw = table._table.symbols
    names = list(table.get_identifiers())
    declared = [n for n in names if raw[n] & ((1 << SCOPE_OFF) - 1)]
    passed = sorted(n for n in names if not raw[n] & ((1 << SCOPE_OFF) - 1))
    return declared + passed


def _dump_table(table, depth, out):
    pad = "  " * depth
    out.append(
        "%stable %s %s line=%d optimized=%d nested=%d children=%d"
        % (
            pad,
            table.get_type(),
            table.get_name(),
            table.get_lineno(),
            table.is_optimized(),
            table.is_nested(),
            table.has_children(),
        )
    )
    raw = table._table.symbols
    for name in _identifiers(table):
        value = raw[name]
        sym = table.lookup(name)
        scope = SCOPES.get((value >> SCOPE_OFF) & SCOPE_MASK, "NONE")
        flags = "|".join(n for bit, n in FLAGS if value & bit) or "0"
        preds = ",".join(p for p in PREDICATES if getattr(sym, "is_" + p)()) or "-"
        out.append("%s  sym %s scope=%s flags=%s is=%s" % (pad, name, scope, flags, preds))
    for child in table.get_children():
        _dump_table(child, depth + 1, out)


def dump(source, filename):
    """The dump of source (bytes or str) as `molt2c symtable` prints it,
    ending with a newline. Raises SyntaxError as symtable.symtable does."""
    top = symtable.symtable(source, filename, "exec")
    out = []
    _dump_table(top, 0, out)
    return "\n".join(out) + "\n"


def main(argv):
    status = 0
    for path in argv[1:]:
        with open(path, "rb") as f:
            source = f.read()
        try:
            sys.stdout.write(dump(source, path))
        except SyntaxError as e:
            print("%s:%s: %s: %s" % (path, e.lineno, type(e).__name__, e.msg), file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
