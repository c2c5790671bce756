with a:

