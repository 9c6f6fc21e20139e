# logging.config.dictConfig and logging.handlers (memory, queue, rotating file handlers).
import logging.config
import logging.handlers
import queue
import os
import sys

logging.config.dictConfig({
    "version": 1,
    "formatters": {"f": {"format": "%(levelname)s|%(name)s|%(message)s"}},
    "handlers": {"out": {"class": "logging.StreamHandler", "formatter": "f", "stream": "ext://sys.stdout",
                         "level": "DEBUG"}},
    "loggers": {"svc.db": {"level": "WARNING", "propagate": True}},
    "root": {"level": "INFO", "handlers": ["out"]},
})
logging.getLogger("svc").info("started")
logging.getLogger("svc.db").info("hidden")
logging.getLogger("svc.db").warning("slow query")
print(logging.getLogger().handlers[0].name, logging.handlers.MemoryHandler.__module__)
try:
    logging.config.dictConfig({"handlers": {}})
except ValueError as e:
    print("ValueError:", e)
try:
    logging.config.dictConfig({"version": 1, "handlers": {"h": {"class": "logging.NoSuch"}}})
except ValueError as e:
    print("ValueError:", e)

log = logging.getLogger("mem")
log.propagate = False
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("mem %(levelname)s %(message)s"))
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log.addHandler(mh)
log.warning("one")
print("buffered", len(mh.buffer))
log.error("two")
print("after error", len(mh.buffer))
log.warning("three")
mh.close()

q = queue.Queue()
qlog = logging.getLogger("q")
qlog.propagate = False
qlog.addHandler(logging.handlers.QueueHandler(q))
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("Q %(name)s %(message)s"))
listener = logging.handlers.QueueListener(q, out)
listener.start()
qlog.warning("queued %d", 1)
listener.stop()

rlog = logging.getLogger("rot")
rlog.propagate = False
rh = logging.handlers.RotatingFileHandler("app.log", maxBytes=30, backupCount=2)
rlog.addHandler(rh)
for i in range(6):
    rlog.warning("message number %d", i)
rh.close()
for name in sorted(os.listdir(".")):
    if name.startswith("app.log"):
        with open(name) as f:
            print(name, repr(f.read()))
        os.remove(name)
