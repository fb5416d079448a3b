# Attribute and method workload: particles with vector positions bouncing
# in a box. __init__, method calls, attribute reads and writes, __add__.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


class Particle:
    def __init__(self, x, y, vx, vy):
        self.pos = Vec(x, y)
        self.vel = Vec(vx, vy)
        self.hits = 0

    def step(self, dt):
        self.pos = self.pos + self.vel.scale(dt)
        if self.pos.x < 0.0 or self.pos.x > 100.0:
            self.vel.x = -self.vel.x
            self.hits += 1
        if self.pos.y < 0.0 or self.pos.y > 100.0:
            self.vel.y = -self.vel.y
            self.hits += 1


def run(n, steps):
    total = 0
    energy = 0.0
    for i in range(n):
        p = Particle(i % 100 * 1.0, i * 7 % 100 * 1.0, (i % 13) - 6.5, (i % 7) - 3.5)
        for s in range(steps):
            p.step(0.1)
        total += p.hits
        energy += p.vel.dot(p.vel)
    return total, energy


print(run(2000, 1000))
