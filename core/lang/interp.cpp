// Creating and tearing down the interpreter of a runtime.
#include "lang/code.hpp"
#include "lang/frame.hpp"
#include "lang/function.hpp"
#include "lang/generator.hpp"
#include "lang/traceback.hpp"
#include "lang/vm.hpp"
#include "object/native.hpp"

namespace ls {

void chain_context(Runtime& rt, const Value& exc);

void init_interpreter(Runtime& rt) {
  rt.vm = new VM(rt);
  size_t first_new = rt.static_types.size();
  init_code_type(rt);
  init_function_type(rt);
  init_frame_type(rt);
  init_generator_types(rt);
  for (size_t i = first_new; i < rt.static_types.size(); ++i) add_slot_wrappers(rt, rt.static_types[i]);
  rt.chain_context = chain_context;
  rt.print_exception = print_exception;
  rt.print_unraisable = print_unraisable;
  rt.zero_arg_super = zero_arg_super;
}

void shutdown_interpreter(Runtime& rt) {
  VM* vm = rt.vm;
  if (!vm) return;
  for (int32_t i = 0; i < VM::kFramePoolSizes; ++i) {
    while (FrameObject* f = vm->frame_pool[i]) {
      vm->frame_pool[i] = f->back;
      decref(f);
    }
    vm->frame_pool_count[i] = 0;
  }
  vm->base_exc_info.exc.reset();
  vm->builtins.reset();
  vm->main_module.reset();
  vm->modules.reset();
  vm->sys_module.reset();
  vm->asyncgen_firstiter.reset();
  vm->asyncgen_finalizer.reset();
  rt.chain_context = nullptr;
  rt.vm = nullptr;
  delete vm;
}

}  // namespace ls
