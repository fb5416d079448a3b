class E(ValueError):
    def __str__(self):
        return "custom " + str(self.args)
raise E(7)
