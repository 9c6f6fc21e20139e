try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print(eg)
except* TypeError:
    pass
else:
    pass
finally:
    pass

try:
    pass
except* (A, B) as g:
    pass
