print(f"{ }")
