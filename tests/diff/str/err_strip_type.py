print("  x ".strip())
"x".strip(5)
