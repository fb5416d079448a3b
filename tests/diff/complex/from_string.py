# complex(str): every form CPython 3.11 accepts (<float>, <float>j,
# <float><signed-float>j, <float><sign>j, <sign>j, j), parentheses,
# whitespace, underscores, Unicode digits, and the two error messages.
cases = ["1+2j", " ( 1_0+2j ) ", "1__0", "j", "J", "-j", "+J", "1-j", "1+j", "1e5j", "nan-infj", "1+", "",
         "()", "(1", "1)", "1 + 2j", "1.5e-3-.5j", "inf", "-Infinity+nanj", "١+٢j", "\u30001j\u3000",
         "1_2.3_4j", "1_j", "0x1", "1e", "1e+j", "(j)", " 5 ", "1+2j3", "1e500", "infj", "-nanj", "1e5",
         "2.j", ".j", "+", "-", "1+2", "1j+2", "( 1+1j )", "\t(\n-3.5-0j\t)\n", "1+2jj", "12", "1_2_3j",
         "_1j", "1j_", "1._5j", "(1+2j", "1+2j)", "j1", "1 j", "+inf-infj", "1\x00j", "٫5"]
for s in cases:
    try:
        print(repr(s), repr(complex(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
