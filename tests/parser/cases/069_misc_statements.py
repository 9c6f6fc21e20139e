x = 1
del x
pass
assert True
global g
import sys
from os import path
