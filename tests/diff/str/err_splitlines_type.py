"a\nb".splitlines("yes")
