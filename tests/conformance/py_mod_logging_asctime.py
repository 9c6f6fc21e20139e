# logging's %(asctime)s and %(created)f follow the virtual clock (default asctime format with msecs)
import logging
import sys
import time
logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format='%(asctime)s %(levelname)s %(name)s: %(message)s')
log = logging.getLogger('clock')
log.info('start')
time.sleep(1.234)
log.warning('after %s s', 1.234)
fmt = logging.Formatter('%(asctime)s|%(created).3f|%(msecs)03d', datefmt='%H:%M:%S')
h = logging.StreamHandler(sys.stdout); h.setFormatter(fmt)
other = logging.getLogger('other'); other.propagate = False; other.addHandler(h)
time.sleep(60.5)
other.warning('x')
