print(1 + 2)
print("hello", "world", sep=", ", end="!\n")
print()
print(None, True, False, 1.5, -0.0, "s", 'q"uote', "it's")
