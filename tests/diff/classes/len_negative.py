class G:
    def __len__(self):
        return -1
if G():
    pass
