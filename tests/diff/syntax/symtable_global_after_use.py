total = 0

def add(n):
    print(total)
    global total
    total += n
