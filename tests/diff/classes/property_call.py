class T:
    def get_t(self):
        return self._t
    def set_t(self, v):
        self._t = v
    t = property(get_t, set_t)
    r = property(lambda_ := None)
o = T()
o.t = 3
print(o.t)
