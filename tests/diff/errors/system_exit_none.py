# SystemExit() with no argument (None) exits with status 0.
print("bye")
raise SystemExit()
