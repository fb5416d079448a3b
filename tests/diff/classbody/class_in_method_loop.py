# classes whose bodies loop over and read method locals and parameters
class Registry:
    def build(self, names):
        made = {}
        for n in names:
            class Item:
                label = n
                parts = []
                for ch in ["x", "y"]:
                    parts.append(n + ch)
                del ch

                def show(self):
                    return self.label + "!"
            made[n] = Item
        return made


r = Registry().build(["p", "q"])
print(sorted(r), r["p"].parts, r["q"].label, r["q"]().show())
