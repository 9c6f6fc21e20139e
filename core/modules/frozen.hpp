// Modules written in Python (core/modules/py/*.py), embedded in the binary at build time by
// cmake/embed_python.cmake and compiled on first import. A build may embed only their names
// (source null, the page's WebAssembly module): the source is then asked of the run's
// ModuleSourceProvider (modules/registry.hpp) on first import.
#pragma once

#include <cstddef>

namespace ls {

struct FrozenModule {
  const char* name;             // module name (the file name without .py)
  const unsigned char* source;  // UTF-8 text, NUL-terminated; null when only the name is embedded
  size_t size;
};

extern const FrozenModule kFrozenModules[];  // ends with {nullptr, nullptr, 0}

}  // namespace ls
