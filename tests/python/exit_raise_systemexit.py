# SystemExit is catchable; exit() / quit() builtins; SystemExit(None) exits 0
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught', e.code, repr(e))
try:
    exit(7)
except SystemExit as e:
    print('exit() ->', e.code)
try:
    quit()
except SystemExit as e:
    print('quit() ->', e.code)
print(repr(exit), str(quit))
raise SystemExit(None)
