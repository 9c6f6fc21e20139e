# exact-stderr
# logging.basicConfig with a custom format including asctime (virtual clock) and levels; output goes to stderr.
import logging
import time

logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(levelname)-8s %(name)s: %(message)s",
                    datefmt="%Y-%m-%d %H:%M:%S")
log = logging.getLogger("svc")
log.debug("starting")
time.sleep(3661)
log.info("one hour later")
logging.getLogger("svc.sub").warning("child logger %s", "warns")
print("stdout is separate")
