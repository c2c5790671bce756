def helper():
    return missing_variable * 2

def main():
    print("in main")
    helper()

main()
