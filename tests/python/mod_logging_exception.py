# logging: exception() and exc_info append the traceback; stack_info; errors inside emit
import logging
import sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='%(levelname)s:%(message)s')
log = logging.getLogger('calc')
try:
    1 / 0
except ZeroDivisionError:
    log.exception('division failed')
try:
    {}['key']
except KeyError as e:
    log.error('lookup failed: %r', e, exc_info=True)
    log.warning('with exception object', exc_info=e)
log.info('no exception here', exc_info=False)
def f():
    log.debug('with stack', stack_info=True)
f()
