tests = ["Σ", "ΑΣ", "ΑΣ Α", "ΑΣΑ", "ΑΣ.", "Α.Σ", "ΑΣ'Α", "'Σ", "ΣΑ", "ΟΔΟΣ ΟΔΟΣ", "ΑΣ'", "Α'Σ'", "aΣb", "aΣ", "1Σ", "ΑΣ\u0301", "ΑΣ\u0301Α",
         "ΣΣΣ", " Σ ", "ᾼΣ", "ǅΣ"]
for t in tests:
    print(repr(t), repr(t.lower()), repr(t.title()), repr(t.capitalize()), repr(t.swapcase()), repr(t.casefold()))
