import sys

print("Hello from Taipan!")
print(1 + 2)
print("argv:", sys.argv[1:])
