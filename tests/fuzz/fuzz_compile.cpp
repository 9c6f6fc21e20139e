// libFuzzer target: the lexer, parser and compiler on arbitrary bytes, in one long-lived runtime (a
// fresh one per input would spend nearly all the time building the built-in types). Whatever the
// input, compiling must end with a code object or a SyntaxError -- never a crash, a hang, a leak or a
// sanitizer report. (fuzz_run covers a fresh runtime per input, and running what compiled.)
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lang/compiler.hpp"
#include "lang/vm.hpp"
#include "object/runtime.hpp"

namespace {

ls::Runtime& runtime() {
  static ls::Runtime* rt = [] {
    auto* r = new ls::Runtime();
    ls::init_interpreter(*r);
    return r;
  }();
  return *rt;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ls::Runtime& rt = runtime();
  {
    ls::CompileResult r =
        ls::compile_source(rt, std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.py");
    (void)r;
  }
  rt.clear_error();
  return 0;
}
