# Numbers of every kind through f-strings.
big = 2**100
print(f"{0} {-1} {big} {-big} {big:,} {big:x} {big:_b}")
print(f"{1.0} {0.1} {1e16} {1e-5} {-0.0} {float('inf')} {float('nan')} {1/3}")
print(f"{3.14159:.2f} {1234.5:,.1f} {0.25:%} {1e100:e} {123456789:e} {2.5:g}")
print(f"{True} {False} {True:d} {True:>5} {False:b}")
print(f"{7:08.3f} {-7:+} {7: } {255:#X} {8:#o} {5:#b}")
print(f"{10**20:.3e} {2**53 + 1:.0f} {-(2**63):,}")
