# global declarations at any depth of blocks, rebinding and creating module
# globals from functions.
def setup():
    global created, counter
    created = "yes"
    counter = 0


def bump(k):
    for i in range(k):
        if i % 2 == 0:
            global counter
            counter += i
    return counter


setup()
print(created, bump(10), bump(3), counter)
