def f(*args):
    global args
