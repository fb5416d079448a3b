def show(e):
    print(type(e), repr(e), str(e))

show(StopIteration())
show(StopIteration(1))
show(StopIteration(1, 2))
show(StopAsyncIteration("x"))
show(GeneratorExit())
