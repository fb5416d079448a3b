# Garbage collection under load: millions of short-lived bigints while
# module globals, heap constants and function objects must stay alive (in
# `molt2c run` they live in memory the collector only sees through the
# module's registered roots).
big = 3 ** 1000
label = "kept alive across collections"


def churn(n):
    total = 0
    for i in range(n):
        total += (big * (i + 1)) % 1000003
    return total


t = 0
for rounds in range(5):
    t += churn(60000)
print(big % 1000007, label, t)
print(big // 10 ** 470, 2 ** 200 + 1)
