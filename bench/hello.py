# Benchmark: end-to-end startup -- the time to start, print one line and exit.
print("Hello, world!")
