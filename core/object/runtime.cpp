#include "object/runtime.hpp"

#include <cstring>

#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/mappingproxy.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

void init_singleton_types(Runtime& rt);
void init_float_type(Runtime& rt);
void init_complex_type(Runtime& rt);
void init_memoryview_type(Runtime& rt);
void init_bytes_type(Runtime& rt);
void init_range_slice_types(Runtime& rt);
void init_iterator_types(Runtime& rt);
void init_descriptor_types(Runtime& rt);

Runtime::Runtime() {
  // Order matters: `type` and `object` first (every type object is an instance of `type`), then
  // str (names), dict (type dicts), tuple (mro), then everything else.
  bootstrap_type_system(*this);
  init_str_type(*this);
#define N(field, text) n.field = intern(text);
#include "object/names.def"
#undef N
  init_dict_type(*this);
  init_tuple_type(*this);
  finish_bootstrap(*this);
  init_native_types(*this);
  init_str_methods(*this);
  init_module_type(*this);
  init_singleton_types(*this);
  init_int_type(*this);
  init_float_type(*this);
  init_complex_type(*this);
  init_list_type(*this);
  init_set_type(*this);
  init_bytes_type(*this);
  init_memoryview_type(*this);
  init_range_slice_types(*this);
  init_iterator_types(*this);
  init_descriptor_types(*this);
  init_mappingproxy_type(*this);
  init_exception_types(*this);
  for (TypeObject* type : static_types) {
    add_slot_wrappers(*this, type);
    ensure_type_doc(*this, type);
  }
}

Runtime::~Runtime() { teardown(*this); }

StrObject* Runtime::intern(std::string_view s) {
  auto it = interned.find(s);
  if (it != interned.end()) return it->second;
  Ref<StrObject> str = new_str(*this, s);
  StrObject* p = str.release();  // the table owns this reference
  p->flags |= kInterned;
  interned.emplace(p->view(), p);
  return p;
}

Value Runtime::raise(TypeObject* type, std::string_view msg) {
  Value e = new_exception_msg(*this, type, msg);
  if (e) set_error(std::move(e));
  return nullptr;
}

Value Runtime::raise_value(const Value& exc_or_type) {
  if (is_exception_instance(exc_or_type)) {
    set_error(exc_or_type);
    return nullptr;
  }
  Value e = call(*this, exc_or_type, {});
  if (!e) return nullptr;
  if (!is_exception_instance(e)) {
    return raise(t.TypeError, "exceptions must derive from BaseException");
  }
  set_error(std::move(e));
  return nullptr;
}

bool Runtime::error_matches(TypeObject* type) const {
  return exc && is_subtype(exc.obj()->type, type);
}

bool Runtime::write(OutStream s, std::string_view text) {
  if (output_bytes + text.size() > limits.max_output) {
    size_t room = limits.max_output > output_bytes ? limits.max_output - output_bytes : 0;
    if (room && write_output) write_output(s, text.substr(0, room));
    output_bytes = limits.max_output;
    // The text past the ceiling is dropped; the VM stops the program at its next budget check
    // (raising here would leave an error pending in callers that cannot return one).
    output_exceeded = true;
    return true;
  }
  output_bytes += text.size();
  if (write_output) write_output(s, text);
  return true;
}

}  // namespace ls
