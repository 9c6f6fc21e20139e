# exact-stderr
# logging: basicConfig(level, format) on stderr, the default BASIC_FORMAT and module-level helpers
import logging
logging.warning('first: triggers basicConfig with the default format')
logging.info('hidden: root level is WARNING')
logging.basicConfig(level=logging.DEBUG)
logging.info('still hidden: basicConfig does nothing once configured')
logging.getLogger().setLevel(logging.DEBUG)
logging.debug('now shown %s', 'debug')
log = logging.getLogger('svc.db')
log.info('child logger propagates to root')
def work():
    logging.getLogger('x').error('from %s', 'work')
work()
logging.log(25, 'custom level %d', 25)
logging.basicConfig(format='%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(message)s', force=True, level=logging.INFO)
work()
logging.getLogger('svc').warning('with %(key)s', {'key': 'dict args'})
print('done')
