class Seq:
    def __init__(self):
        self.log = ""
    def __getitem__(self, k):
        return k * 2
    def __setitem__(self, k, v):
        self.log = self.log + "set" + str(k) + "=" + str(v) + ";"
    def __delitem__(self, k):
        self.log = self.log + "del" + str(k) + ";"
    def __len__(self):
        return 7
    def __contains__(self, x):
        return x == 3
s = Seq()
print(s[4], s["ab"])
print(3 in s, 4 in s, 4 not in s)
