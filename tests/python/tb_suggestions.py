# exact-stderr
# 3.11 adds "Did you mean" suggestions to NameError and AttributeError in the report
class Config:
    def __init__(self):
        self.timeout = 10
        self.retries = 3
def main():
    items = [1, 2, 3]
    total = sum(itms)
    return total
try:
    main()
except NameError as e:
    print('caught:', e)
cfg = Config()
print(cfg.timeout)
print(cfg.timout)
