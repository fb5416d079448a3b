# A for loop over an empty range never binds its variable: using it later
# is a NameError.
for i in range(3):
    print(i)
for jjj_loop in range(5, 5):
    print("never")
print("after loops", i)
print(jjj_loop)
