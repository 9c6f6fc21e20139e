# exact-stderr
# logging: with no configuration, WARNING and above go to stderr as bare messages (lastResort)
import logging
log = logging.getLogger('app')
log.debug('invisible debug')
log.info('invisible info')
log.warning('unconfigured %s', 'warning')
log.error('an error: %d', 42)
log.critical('critical!')
print(log, logging.getLogger(), logging.getLogger('app.sub'), logging.getLogger('app.sub').parent is log)
print(log.getEffectiveLevel(), log.isEnabledFor(logging.INFO), logging.getLogger() is logging.root)
