# urllib: the package of urllib.parse (its module is _urllib_parse). urllib.request/error/response,
# which need the network, are not available.
import sys as _sys
import _urllib_parse as parse

parse.__package__ = 'urllib'
_sys.modules['urllib.parse'] = parse
__path__ = []
