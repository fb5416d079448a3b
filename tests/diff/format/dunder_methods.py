# __format__ as a method of int, float, str, bool and object.
def show(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
show(lambda: (255).__format__('x'))
show(lambda: (255).__format__(''))
show(lambda: (2.5).__format__('.3f'))
show(lambda: (2.5).__format__(''))
show(lambda: 'ab'.__format__('^6'))
show(lambda: True.__format__(''))
show(lambda: True.__format__('d'))
show(lambda: None.__format__(''))
show(lambda: None.__format__('x'))
show(lambda: (5).__format__(5))
show(lambda: (5).__format__())
show(lambda: 'x'.__format__('d'))
show(lambda: (1.5).__format__('d'))
m = (12).__format__
show(lambda: m('08b'))
show(lambda: int.__format__(7, 'o'))
show(lambda: str.__format__('q', '>3'))
show(lambda: float.__format__(1.0, 'e'))
