# platform: what CPython's answers share with LoopScope's (python_version, implementation, system,
# uname's shape and types, platform()'s form).
import platform, sys
print(platform.python_version(), platform.python_version_tuple(), platform.python_implementation())
print(platform.system(), type(platform.node()).__name__, type(platform.release()).__name__, type(platform.machine()).__name__)
u = platform.uname()
print(type(u).__name__, len(u), len(tuple(u)), u.system, u[0], u.system == platform.system(), u._fields)
print(all(isinstance(x, str) for x in u), isinstance(u, tuple), repr(u).startswith("uname_result(system='Linux', node="))
print(platform.platform().startswith('Linux-'), type(platform.platform(terse=True)).__name__)
print(platform.architecture()[0], type(platform.python_compiler()).__name__, len(platform.python_build()))
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3], sys.version.startswith(platform.python_version()))
print(platform.processor() == u.processor, type(platform.libc_ver()).__name__, len(platform.libc_ver()))
