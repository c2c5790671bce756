name = "hello
print(name)
