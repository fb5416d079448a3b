def check(values_sum):
    assert values_sum == 10, "sum was " + str(values_sum)

def run():
    total = 0
    for i in range(4):
        total = total + i
    check(total)

run()
