# os: getenv/environ for variables the program sets, fspath, errors
import os
print(os.getenv('LOOPSCOPE_SURELY_UNSET_VAR'), os.getenv('LOOPSCOPE_SURELY_UNSET_VAR', 'dflt'), 'LOOPSCOPE_SURELY_UNSET_VAR' in os.environ)
os.environ['LS_TEST_VAR'] = 'value'
print(os.environ['LS_TEST_VAR'], os.getenv('LS_TEST_VAR'), os.environ.get('LS_TEST_VAR'))
del os.environ['LS_TEST_VAR']
print(os.environ.get('LS_TEST_VAR', 'gone'), isinstance(os.getpid(), int), os.name)
try:
    os.environ['X'] = 5
except TypeError as e:
    print(e)
class P:
    def __fspath__(self):
        return '/p'
print(os.fspath('s'), os.fspath(P()), os.path.join(P(), 'x'))
try:
    os.fspath(5)
except TypeError as e:
    print(e)
