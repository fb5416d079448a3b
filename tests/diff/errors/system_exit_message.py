# SystemExit with a str argument prints it to stderr and exits with 1.
print("about to exit")
raise SystemExit("fatal: giving up")
