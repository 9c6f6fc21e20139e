// Generators, coroutines and async generators: a frame plus the protocol (send/throw/close,
// __await__, asend/athrow) and the exception state they carry across suspensions.
#pragma once

#include "lang/frame.hpp"
#include "object/runtime.hpp"

namespace ls {

// The "currently handled exception" stack (sys.exc_info()). Each running generator links its
// own entry on top while it runs, exactly like CPython's _PyErr_StackItem.
struct ExcInfo {
  Value exc;               // the exception being handled, or null
  ExcInfo* previous = nullptr;
};

enum class GenKind : uint8_t { Generator, Coroutine, AsyncGenerator };

struct GenObject : Object {
  Value frame;            // FrameObject; reset when the generator finishes
  Value name;             // __name__
  Value qualname;         // __qualname__
  Value code;             // gi_code / cr_code (kept after the frame is gone)
  ExcInfo exc_state;
  GenKind kind;
  bool running;           // gi_running
  bool closed;            // async generators: aclose() finished / exhausted
  bool hooks_inited;      // async generators: firstiter hook called
  bool running_async;     // async generators: an asend/athrow is in progress
  bool in_throw_chain;    // a throw() into an outer generator reached it through `await`/`yield from`
  Value finalizer;        // async generators: the loop's finalizer hook
  Value origin;           // coroutines: cr_origin, ((filename, lineno, funcname), ...) of the
                          // frames that created it (sys.set_coroutine_origin_tracking_depth), or null
  // Non-owning registration (the event loop's WeakSet of async generators): weak_forget(weak_owner,
  // this) runs when the generator is deallocated or cleared by the collector.
  Value weak_owner;
  void (*weak_forget)(const Value& owner, Object* gen);
};

inline GenObject* as_gen(const Value& v) { return static_cast<GenObject*>(v.obj()); }
bool is_coroutine_object(const Runtime& rt, const Value& v);
bool is_generator_object(const Runtime& rt, const Value& v);

Value make_generator(Runtime& rt, FrameObject* frame, FunctionObject* func);
// Registers `gen` in a non-owning collection of `owner` (replacing an earlier registration):
// `forget(owner, gen)` is called once when the generator goes away.
void gen_register_weak(GenObject* gen, const Value& owner, void (*forget)(const Value& owner, Object* gen));

// Resumes with `value` (send) or raises `exc` inside it (throw). Returns Yield (out = yielded
// value), Return (out = return value) or Error (rt.exc set).
SendResult gen_send(Runtime& rt, GenObject* gen, const Value& value, Value* out);
SendResult gen_throw(Runtime& rt, GenObject* gen, const Value& exc, Value* out);
// gen.close(); false with an error set when it fails.
bool gen_close(Runtime& rt, GenObject* gen);
// The sub-iterator a suspended generator is delegating to (yield from / await), or null.
Value gen_yieldfrom(GenObject* gen);

void init_generator_types(Runtime& rt);

}  // namespace ls
