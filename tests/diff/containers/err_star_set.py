print({*5})
