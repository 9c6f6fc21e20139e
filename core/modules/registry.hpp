// The table of modules a program can import. All are built into LoopScope (there is no file
// system): native modules are created by C++ functions on first import and cached in
// sys.modules.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "object/runtime.hpp"

namespace ls {

// Creates builtins, sys and __main__, and installs the import hook. Call after
// init_interpreter().
void init_modules(Runtime& rt, std::string_view main_filename, const std::vector<std::string>& argv);
// import NAME (dotted names are resolved by the interpreter one package at a time).
Value import_module(Runtime& rt, const Value& name);
// Registers a module object under a name in sys.modules.
void register_module(Runtime& rt, std::string_view name, const Value& module);
// Where a Python-level module's source comes from when the build does not embed it (see
// FrozenModule, RunOptions::module_source). Set before init_modules().
using ModuleSourceProvider = std::function<bool(std::string_view name, std::string* source)>;
void set_module_source_provider(Runtime& rt, ModuleSourceProvider provider);

// Each native module: a function that builds it.
Value make_builtins_module(Runtime& rt);
Value make_sys_module(Runtime& rt, std::string_view main_filename, const std::vector<std::string>& argv);

}  // namespace ls
