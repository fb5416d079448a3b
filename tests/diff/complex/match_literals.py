# complex values in match statements: value patterns with complex
# literals compare with ==; class patterns on complex.
def kind(z):
    match z:
        case 0j:
            return "zero"
        case 1j:
            return "i"
        case -1j:
            return "minus i"
        case 1 + 1j:
            return "one plus i"
        case complex():
            return "other complex"
        case _:
            return "not complex"
for z in [0j, 0, 0.0, 1j, complex(0, 1), -1j, 1 + 1j, 2j, 1, "1j"]:
    print(repr(z), kind(z))
