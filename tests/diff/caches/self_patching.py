# A method that replaces itself (and its class's other methods) while it
# runs, called from a hot site.


class Machine:
    state = 0

    def step(self):
        Machine.state += 1
        if Machine.state == 3:
            Machine.step = Machine.other
        return "step"

    def other(self):
        Machine.state += 10
        if Machine.state > 40:
            del Machine.step
        return "other"


m = Machine()
out = []
for i in range(8):
    try:
        out.append(m.step())
    except AttributeError as e:
        out.append("AttributeError: " + str(e))
print(out, Machine.state)
