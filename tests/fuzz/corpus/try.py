try:
    pass
except* (A, B) as e:
    raise X from e
else:
    pass
finally:
    pass
try:
    1
except:
    2
