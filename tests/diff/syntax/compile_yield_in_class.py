class Stream:
    yield 1
