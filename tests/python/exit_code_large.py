# exit codes are taken modulo 256; a non-int, non-None code prints and exits 1
import sys
print('x')
sys.exit(258)
