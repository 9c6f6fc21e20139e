# exact-stderr
# logging with the default configuration: WARNING and above go to stderr as LEVEL:logger:message; basicConfig formats.
import logging

logging.debug("hidden debug")
logging.info("hidden info")
logging.warning("disk at %d%%", 91)
log = logging.getLogger("app.worker")
log.error("failed to connect to %s", "db")
print("printed to stdout between log lines")
log.setLevel(logging.DEBUG)
log.debug("visible: the logger is at DEBUG and the root handler has no level of its own")
logging.getLogger().setLevel(logging.INFO)
logging.info("root info now visible")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("division went wrong")
log.critical("critical %s", {"code": 7})
print(logging.getLevelName(logging.WARNING), logging.getLevelName(35), log.getEffectiveLevel())
