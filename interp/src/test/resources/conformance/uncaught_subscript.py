data = {"x": [1, 2, 3]}
print(data["x"][1])
print(data["x"][10])
