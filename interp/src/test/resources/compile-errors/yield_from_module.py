yield from [1, 2]
