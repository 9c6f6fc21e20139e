# logging: handlers and formatters on stdout, levels, filters, propagation, adapters
import logging
import sys
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('[{levelname}] {name}: {message}', style='{'))
other = logging.getLogger('other'); other.propagate = False; other.addHandler(h); other.setLevel(logging.INFO)
other.debug('no'); other.info('yes'); other.log(35, 'custom level')
logging.addLevelName(35, 'NOTICE'); other.log(35, 'named now')
print(logging.getLevelName(10), logging.getLevelName('ERROR'), logging.getLevelName(7), other.getEffectiveLevel(), other.isEnabledFor(10))
f = logging.Filter('app.sub')
print(f.filter(logging.makeLogRecord({'name': 'app.sub.x'})), f.filter(logging.makeLogRecord({'name': 'app'})))
adapter = logging.LoggerAdapter(other, {'k': 1}); adapter.warning('adapted')
t = logging.Formatter('%(message)s|%(threadName)s|%(processName)s|%(module)s|%(filename)s|%(levelno)d')
print(t.format(logging.LogRecord('n', 20, '/x/y/mod.py', 3, 'hi %s', ('there',), None)))
tpl = logging.StreamHandler(sys.stdout); tpl.setFormatter(logging.Formatter('$levelname $message', style='$'))
tl = logging.getLogger('tpl'); tl.propagate = False; tl.addHandler(tpl); tl.warning('template style')
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
h.addFilter(OnlyOdd())
for i in range(4):
    other.info('n=%d', i)
print(h.level, h.formatter is not None, other.handlers == [h], other.hasHandlers())
for f in [lambda: logging.basicConfig(bogus=1, force=True), lambda: logging.Formatter('no fields', style='{'), lambda: other.setLevel('LOUD'), lambda: logging.Formatter('x', style='?')]:
    try:
        f()
    except ValueError as e:
        print(e)
