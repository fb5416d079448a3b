# An uncaught IndexError from a missing positional argument.
print('{0} {1}'.format('only one'))
