# exact-stderr
# Uncaught exception raised while handling another: both tracebacks with "During handling of the above exception" and explicit "from".
class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number {text!r}") from e


def parse(lines):
    try:
        return [load(x) for x in lines]
    except ConfigError:
        raise RuntimeError("parsing failed")


parse(["1", "x"])
