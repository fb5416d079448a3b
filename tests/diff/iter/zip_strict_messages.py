# zip(strict=True): which argument is shorter or longer, with 2, 3 and 4 iterables.
cases = [([1], [1, 2]), ([1, 2], [1]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1]), ([1], [1, 2], [1, 2]),
         ([], [1]), ([1], []), ([1, 2], [1, 2], [1, 2], [1])]
for c in cases:
    try:
        print(list(zip(*c, strict=True)))
    except ValueError as e:
        print("ValueError", e)
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=True)), list(zip([], [], strict=True)))
