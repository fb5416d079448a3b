# An uncaught ValueError from a replacement field.
price = 9.99
print(f"total: {price:d}")
