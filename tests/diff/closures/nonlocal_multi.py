def bank():
    balance = 0
    history = 0
    def deposit(n):
        nonlocal balance, history
        balance += n
        history += 1
        return balance
    def withdraw(n):
        nonlocal balance
        balance -= n
        return balance
    def state():
        return balance, history
    return deposit, withdraw, state
d, w, s = bank() if False else (None, None, None)
def run():
    dep, wd, st = None, None, None
    return 0
def make():
    v = 0
    def setv(n):
        nonlocal v
        v = n
    def getv():
        return v
    return setv, getv
pair = make()
