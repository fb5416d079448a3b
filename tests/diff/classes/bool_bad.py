class G:
    def __bool__(self):
        return 1
if G():
    pass
