"a\tb".expandtabs(tab=4)
