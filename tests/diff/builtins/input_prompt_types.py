# input() with non-str prompts (str() of them is written) and at end of input.
for p in [5, None, [1], "x"]:
    try:
        input(p)
    except EOFError as e:
        print("|EOFError", e)
