try:
    pass
except:
    pass

try:
    x = 1
except ValueError:
    pass
except (TypeError, KeyError) as e:
    print(e)
except Exception as exc:
    raise
else:
    print("no error")
finally:
    print("cleanup")

try:
    pass
finally:
    pass

try:
    f()
except ValueError as e:
    raise RuntimeError("wrapped") from e
except KeyError:
    raise RuntimeError("no context") from None
