class ConfigError(Exception):
    pass

def load():
    raise ConfigError("bad config value", 42)

try:
    load()
finally:
    print("cleanup done")
