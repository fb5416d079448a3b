print(f"{#}")
