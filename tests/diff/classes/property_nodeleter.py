class P:
    @property
    def x(self):
        return 1
del P().x
