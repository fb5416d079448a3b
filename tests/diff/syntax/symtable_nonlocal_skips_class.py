# Names bound in a class body are not visible to nonlocal in its methods.
class Counter:
    count = 0

    def bump(self):
        nonlocal count
        count += 1
