# sys.exit with an int code; finally blocks still run
import sys
try:
    print('exiting')
    sys.exit(3)
finally:
    print('finally runs')
print('not reached')
