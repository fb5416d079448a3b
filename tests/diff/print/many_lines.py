# A few thousand lines of output: checks buffering/flushing of stdout and
# that output is complete when the program ends normally.
for i in range(3000):
    print(i, i * i, -i, i / 8)
print("done")
