def f():
    try:
        g()
    except:
        pass
    except (TypeError, ValueError):
        pass
