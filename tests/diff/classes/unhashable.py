class P:
    def __eq__(self, o):
        return True
print(P() == 3)
hash(P())
