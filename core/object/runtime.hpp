// Runtime: everything one program run owns — the heap, the built-in types and singletons, the
// interned strings, the pending exception, the limits and the output sink. There is no global
// state: every function that allocates or raises takes the Runtime.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "object/heap.hpp"
#include "object/type.hpp"
#include "object/value.hpp"

namespace ls {

constexpr int kMaxCDepth = 400;  // native re-entrancy limit (RecursionError past it)

struct StrObject;
struct DictObject;
struct ModuleObject;
struct VM;           // lang/vm.hpp: frames, dispatch loop
struct Extensions;   // modules/: per-run state of native modules (asyncio loop, random state...)
struct TraceSink;    // trace/sink.hpp: the cancellation trace recorder, when the run records one

struct BuiltinTypes {
  TypeObject *object, *type, *none, *not_implemented, *ellipsis;
  TypeObject *int_, *bool_, *float_, *complex_, *str, *bytes, *bytearray, *memoryview;
  TypeObject *tuple, *list, *dict, *set, *frozenset, *range, *slice;
  TypeObject *function, *builtin_function, *method, *method_descriptor, *slot_wrapper, *method_wrapper;
  // A frozen module's Python function standing for a C function of CPython's (heapq.heappush,
  // operator.add): a `function` in layout, a builtin_function_or_method in behaviour (no binding).
  TypeObject* native_function;
  TypeObject *classmethod_descriptor, *generic_alias, *union_type, *text_io, *native_coroutine;
  TypeObject *classmethod, *staticmethod, *property, *super, *getset_descriptor;
  TypeObject *code, *cell, *module, *frame, *traceback, *mappingproxy, *member_descriptor;
  TypeObject *generator, *coroutine, *async_generator, *coroutine_wrapper;
  TypeObject *async_gen_asend, *async_gen_athrow, *async_gen_wrapped;
  TypeObject *seq_iterator, *callable_iterator, *list_iterator, *list_reverseiterator;
  TypeObject *tuple_iterator, *str_iterator, *str_ascii_iterator, *bytes_iterator, *range_iterator;
  TypeObject *dict_keys, *dict_values, *dict_items;
  TypeObject *dict_keyiterator, *dict_valueiterator, *dict_itemiterator;
  TypeObject *dict_reversekeyiterator;
  TypeObject *set_iterator;
  TypeObject *enumerate, *zip, *map, *filter, *reversed;
#define X(name, parent) TypeObject* name;
#include "object/exception_types.def"
#undef X
};

struct Names {
#define N(field, text) StrObject* field;
#include "object/names.def"
#undef N
};

// Runtime::abort_message for each limit that ends a run.
inline constexpr std::string_view kStepBudgetExhausted = "step budget exhausted";
inline constexpr std::string_view kMemoryLimitExceeded = "memory limit exceeded";
inline constexpr std::string_view kOutputLimitExceeded = "output limit exceeded";
inline constexpr std::string_view kDeadlock = "deadlock";  // no ready callback, no timer

struct Limits {
  int64_t max_steps = 0;               // 0: unlimited
  int recursion_limit = 1000;          // sys.getrecursionlimit()
  size_t max_memory = size_t(1) << 30; // bytes of heap before MemoryError
  size_t max_output = size_t(16) << 20;
  size_t max_int_bits = size_t(1) << 24;  // refuse to build ints larger than this (MemoryError-like)
  int64_t int_max_str_digits = 4300;
};

enum class OutStream { Stdout = 1, Stderr = 2 };

struct Runtime {
  Runtime();
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  Heap heap;
  BuiltinTypes t{};
  Names n{};
  Limits limits;

  // Singletons (immortal).
  Object* none = nullptr;
  Object* true_ = nullptr;
  Object* false_ = nullptr;
  Object* not_implemented = nullptr;
  Object* ellipsis = nullptr;
  Object* empty_tuple = nullptr;
  Object* empty_str = nullptr;
  Object* latin1_chars[256] = {};  // one-character strings U+0000..U+00FF
  Object* builtins_module = nullptr;

  Value None() const { return Value::borrow(none); }
  Value True() const { return Value::borrow(true_); }
  Value False() const { return Value::borrow(false_); }
  Value Bool(bool b) const { return Value::borrow(b ? true_ : false_); }
  Value NotImplemented() const { return Value::borrow(not_implemented); }
  bool is_none(const Value& v) const { return v.is_obj() && v.obj() == none; }

  // --- errors -------------------------------------------------------------------------------
  // The exception being raised (an exception instance), or null. Functions that fail set it and
  // return their error sentinel (null Value, false, -1).
  Value exc;
  bool has_error() const { return !exc.is_null(); }
  Value take_error() { return std::move(exc); }
  void clear_error() { exc.reset(); }
  // Creates an instance of `type` with a single str argument and makes it pending. Returns null.
  Value raise(TypeObject* type, std::string_view msg);
  // Makes `exc_or_type` pending: an exception instance, or a class to instantiate with no args.
  Value raise_value(const Value& exc_or_type);
  bool error_matches(TypeObject* type) const;  // pending exception is an instance of `type`

  // --- strings ------------------------------------------------------------------------------
  // Interns: returns the one str object with this text (borrowed; the table keeps it alive).
  StrObject* intern(std::string_view s);
  std::unordered_map<std::string_view, StrObject*> interned;

  // --- output ------------------------------------------------------------------------------
  std::function<void(OutStream, std::string_view)> write_output;
  size_t output_bytes = 0;
  bool output_exceeded = false;
  bool write(OutStream s, std::string_view text);  // past limits.max_output: drops, sets output_exceeded

  // Prints an exception with its traceback to stderr (installed by the interpreter: lang/traceback).
  void (*print_exception)(Runtime& rt, const Value& exc) = nullptr;
  // Prints an exception as PyErr_WriteUnraisable does after its "Exception ignored in: ..." line:
  // the traceback and the "Type: str" line only (installed by the interpreter: lang/traceback).
  void (*print_unraisable)(Runtime& rt, const Value& exc) = nullptr;
  // A sys.unraisablehook the program installed: called for an unraisable exception (true), or
  // false when the default hook is in place (installed by the sys module).
  bool (*unraisable_hook)(Runtime& rt, std::string_view prefix, const Value& obj, const Value& exc) = nullptr;
  // Sets __context__ of a newly raised exception to the exception being handled (installed by
  // the interpreter, which knows sys.exc_info()).
  void (*chain_context)(Runtime& rt, const Value& exc) = nullptr;
  // Makes `exc` (a fresh exception instance) pending, with implicit chaining.
  void set_error(Value e) {
    if (chain_context) chain_context(*this, e);
    exc = std::move(e);
  }
  // warnings.warn(message, category, stacklevel, source) as the warnings module does it
  // (installed by modules/warnings). Returns false with an error set when the warning was
  // turned into an exception.
  bool (*warn)(Runtime& rt, TypeObject* category, std::string_view msg, int stacklevel,
               const Value& source) = nullptr;
  // warnings.warn_explicit(message, category, filename, lineno): a warning about a place in
  // the source rather than about the running code (the compiler's SyntaxWarnings).
  bool (*warn_explicit)(Runtime& rt, TypeObject* category, std::string_view msg, std::string_view filename,
                        int lineno) = nullptr;
  // An `except` clause matched exception `exc` at `line` (installed by the trace recorder; null
  // when not tracing, so the VM pays one null check).
  void (*on_exc_caught)(Runtime& rt, const Value& exc, int line) = nullptr;
  // The run's trace recorder (null: not tracing). asyncio picks it up when it starts.
  TraceSink* trace = nullptr;
  // super() with no arguments: needs the calling frame (installed by the interpreter).
  Value (*zero_arg_super)(Runtime& rt) = nullptr;

  // --- execution state of the layers above ---------------------------------------------------
  VM* vm = nullptr;
  Extensions* ext = nullptr;
  double virtual_time = 0.0;   // the virtual clock (seconds since the run started; vclock.hpp)
  int64_t steps = 0;           // bytecode steps executed
  int call_depth = 0;          // Python-level recursion depth (RecursionError)
  int c_depth = 0;             // native re-entrancy depth (guards the C++ stack)
  uint64_t id_counter = 0;
  std::unordered_map<Object*, int64_t> ids;  // id() of objects that were asked (deterministic)
  // Set when the run must end at once (one of the k...Exceeded/Exhausted messages below): the VM
  // unwinds every frame without running handlers and the run reports this message.
  std::string abort_message;
  bool aborting() const { return !abort_message.empty(); }
  int dealloc_depth = 0;
  std::vector<Object*> dealloc_deferred;

  // Attribute lookup cache: (type version, name) -> borrowed value bits (a small int or an
  // Object*; 0 = not found) (see class.cpp).
  struct LookupCacheEntry {
    uint32_t version;
    StrObject* name;
    uint64_t bits;
  };
  static constexpr size_t kLookupCacheSize = 4096;
  LookupCacheEntry lookup_cache[kLookupCacheSize] = {};
  uint32_t next_type_version = 1;
  uint64_t next_dict_version = 1;  // see dict.cpp: versions are unique across all dicts

  // The module_state entries that hot paths ask for (every call_soon and task step, each
  // `async with lock` or queue call, contextvars in use, an operator slot call), reached by slot
  // instead of a string key (built, hashed, compared; on wasm32 also a malloc). The owning module
  // fills its slot when it puts the state in module_state; the state's destructor empties it
  // (declared before module_state, so it outlives the states).
  enum class HotSlot { Asyncio, ContextVars, LockTypes, QueueTypes, OpNames, Count };
  void* hot[static_cast<size_t>(HotSlot::Count)] = {};
  void*& hot_slot(HotSlot s) { return hot[static_cast<size_t>(s)]; }

  // Per-run state of native modules (asyncio's loop registry, random's generator...), keyed by
  // module. Released before the object graph is torn down.
  std::unordered_map<std::string, std::shared_ptr<void>> module_state;

  // Boxed copies of small ints found as class attributes, for the callers of type_lookup that
  // need an Object* (see class.cpp). Owned; released at teardown.
  std::unordered_map<int64_t, Object*> boxed_small_ints;

  // Registered so the destructor can tear everything down.
  std::vector<TypeObject*> static_types;
};

inline TypeObject* Value::type(const Runtime& rt) const noexcept {
  return is_small() ? rt.t.int_ : obj()->type;
}

// Allocates a zeroed object of `type` with `extra` trailing bytes, sets its header (refcnt 1) and
// its prefix (GC link untracked, instance dict null). The caller placement-constructs the struct.
Object* alloc_object(Runtime& rt, TypeObject* type, size_t extra = 0);
template <class T>
T* alloc(Runtime& rt, TypeObject* type, size_t extra = 0) {
  return static_cast<T*>(alloc_object(rt, type, extra));
}

}  // namespace ls
