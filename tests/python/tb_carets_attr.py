# exact-stderr
# carets for attribute access and calls on a line with other code
class Config:
    def __init__(self):
        self.settings = {'depth': 3}
def read(cfg):
    depth = cfg.settings['depth']
    return cfg.options.get('x', depth)
read(Config())
