# Leading zeros are not octal in Python 3.
x = 0777
