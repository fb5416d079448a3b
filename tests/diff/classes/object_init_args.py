class G:
    def __init__(self):
        super().__init__(1)
G()
