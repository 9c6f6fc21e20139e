# logging.config: dictConfig (CPython 3.11's schema and error messages for the common keys) and
# a fileConfig over configparser-style text is not provided.
__name__ = 'logging.config'

import logging
import logging.handlers
import sys
import re

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    # 'logging.StreamHandler', 'logging.handlers.RotatingFileHandler', 'mymodule.Cls'
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for frag in parts:
        used += '.' + frag
        try:
            found = getattr(found, frag)
        except AttributeError:
            __import__(used)
            found = getattr(found, frag)
    return found


class DictConfigurator(object):
    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def convert(self, value):
        if isinstance(value, str):
            if value.startswith('ext://'):
                return self.resolve(value[6:])
            if value.startswith('cfg://'):
                obj = self.config
                for part in value[6:].split('.'):
                    obj = obj[part]
                return obj
        return value

    def configure_custom(self, config):
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def configure_formatter(self, config):
        if '()' in config:
            return self.configure_custom(dict(config))
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        c = logging.Formatter if not cname else self.resolve(cname)
        if 'validate' in config:
            return c(fmt, dfmt, style, config['validate'])
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(dict(config))
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(self.config['filters'][f] if isinstance(f, str) else f)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            cname = config.pop('class')
            factory = cname if callable(cname) else self.resolve(cname)
            if issubclass(factory, logging.handlers.MemoryHandler) and 'target' in config:
                config['target'] = self.config['handlers'][config['target']]
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            for name in config.get('handlers', None) or []:
                try:
                    logger.addHandler(self.config['handlers'][name])
                except Exception as e:
                    raise ValueError('Unable to add handler %r' % name) from e
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)

    def _configure_section(self, section, make, error):
        items = self.config.get(section, {})
        for name in sorted(items) if section == 'handlers' else list(items):
            try:
                items[name] = make(items[name])
            except Exception as e:
                raise ValueError('Unable to configure %s %r' % (error, name)) from e

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        config = self.config = dict(config)
        for section in ('formatters', 'filters', 'handlers', 'loggers'):
            config[section] = dict(config.get(section, {}))
        disable_existing = config.pop('disable_existing_loggers', True)
        logging._handlers.clear()
        del logging._handlerList[:]
        self._configure_section('formatters', self.configure_formatter, 'formatter')
        self._configure_section('filters', self.configure_filter, 'filter')
        self._configure_section('handlers', self._named_handler, 'handler')
        self._name_handlers()
        root = logging.root
        existing = list(root.manager.loggerDict.keys())
        existing.sort()
        child_loggers = []
        loggers = config['loggers']
        for name in loggers:
            if name in existing:
                i = existing.index(name) + 1
                prefixed = name + "."
                while i < len(existing) and existing[i].startswith(prefixed):
                    child_loggers.append(existing[i])
                    i += 1
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        for log in existing:
            logger = root.manager.loggerDict[log]
            if log in child_loggers:
                if not isinstance(logger, logging.PlaceHolder):
                    logger.setLevel(logging.NOTSET)
                    logger.handlers = []
                    logger.propagate = True
            elif disable_existing and not isinstance(logger, logging.PlaceHolder):
                logger.disabled = True
        root_config = config.get('root', None)
        if root_config:
            try:
                self.configure_root(root_config)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _named_handler(self, config):
        return self.configure_handler(config)

    def _name_handlers(self):
        for name, handler in self.config['handlers'].items():
            handler.name = name


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(config).configure()
