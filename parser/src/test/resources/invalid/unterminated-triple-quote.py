doc = """start
more text
