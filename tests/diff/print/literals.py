# Printing string literals: escapes, quotes, non-ASCII text (UTF-8 output),
# implicit concatenation, triple-quoted and raw strings.
print("hello, world")
print('single quotes', "double \"quoted\"", 'it\'s')
print("tab:\tend", "backslash: \\", "newline:\nnext line")
print("caf\u00e9", "na\xefve", "日本語", "emoji \U0001F600")
print("implicit " "concatenation " 'of literals')
print("""triple
quoted with "quotes" and 'apostrophes'""")
print(r"raw \n string \t stays", r'C:\path\to')
print("", "empty above")
print("\x41\x42\x43", "\101\102\103", "nul[\0]")
print("carriage\rreturn", "bell\a?", "form\ffeed")
