# concurrent: the package of concurrent.futures (its module is _concurrent_futures).
import sys as _sys
import _concurrent_futures as futures

_sys.modules['concurrent.futures'] = futures
__path__ = []
