// Frames live on the heap: a suspended generator or coroutine is just a frame whose saved
// instruction index and value stack wait for the next resume. The C++ stack holds nothing.
#pragma once

#include "lang/code.hpp"
#include "lang/function.hpp"
#include "object/dict.hpp"
#include "object/runtime.hpp"

namespace ls {

enum class FrameState : uint8_t { Created, Running, Suspended, Completed };

// How a running frame was entered, i.e. where its result goes when it returns or yields.
enum class FrameEntry : uint8_t {
  Host,  // called from C++: returning (or yielding) leaves the dispatch loop
  Call,  // called by the frame `back` through CALL: the result is pushed on its stack
  Send,  // resumed by the frame `back` through SEND (yield from / await): see vm.cpp
  Init,  // __init__ run by CALL of a class in `back`: it must return None; the new instance,
         // kept on `back`'s stack, is the call's result
  BinOp, // a class's __add__... run by BINARY_OP in `back`, both operands still on its stack
  ForIter, // a generator resumed by FOR_ITER in `back` (a `for` loop over it): a yield hands the
           // value to the loop's body, a return ends the loop
  Next,    // a generator resumed by next(gen), called by CALL in `back`: a yield is the call's
           // result, a return raises StopIteration there
};

struct FrameObject : Object {
  CodeObject* code;       // owned
  FunctionObject* func;   // owned; null for module frames and class bodies run by exec
  DictObject* globals;    // owned
  DictObject* builtins;   // owned
  Value locals;           // mapping for LOAD_NAME/STORE_NAME (module and class bodies), or null
  FrameObject* back;      // the frame that called/resumed this one while it runs (borrowed)
  Object* gen;            // the generator owning this frame (borrowed), or null
  int32_t lasti;          // index of the current instruction
  int32_t stacktop;       // values on the stack while suspended
  FrameState state;
  FrameEntry entry;
  bool is_entry;          // the frame the current dispatch loop was entered with
  bool cleared;           // frame_clear ran: no values left in localsplus
  int32_t nlocalsplus;
  int32_t size;           // nlocalsplus + stacksize
  // The instruction a running frame is executing, stored at every dispatch (lasti is only saved
  // at calls and errors): f_lineno, a warning's location or a finalizer run by a store/del must
  // see the line running now, as CPython's frame->prev_instr gives it.
  const uint32_t* cur_ip = nullptr;

  Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
  Value* stack_base() { return localsplus() + nlocalsplus; }
  int32_t current_index() const {
    if (state == FrameState::Running && cur_ip) {
      std::ptrdiff_t i = cur_ip - code->code.data();
      if (i >= 0 && i < static_cast<std::ptrdiff_t>(code->code.size())) return static_cast<int32_t>(i);
    }
    return lasti;
  }
  int line() const { return code->line_at(current_index()); }
};

inline FrameObject* as_frame(const Value& v) { return static_cast<FrameObject*>(v.obj()); }

// A new frame for `code` (locals empty). `func` may be null (module code).
FrameObject* new_frame(Runtime& rt, CodeObject* code, FunctionObject* func, DictObject* globals,
                       DictObject* builtins, const Value& locals);
// Clears locals and stack (frame completed). Values live only in the locals and the used part of
// the stack (popped slots are null), so clearing covers [0, nlocalsplus + stacktop). Inline: it
// runs at the end of every call (release_frame).
inline void frame_clear(FrameObject* f) {
  Value* v = f->localsplus();
  int32_t live = f->nlocalsplus + (f->stacktop > 0 ? f->stacktop : 0);
  if (live > f->size) live = f->size;
  for (int32_t i = 0; i < live; ++i) v[i].reset();
  f->stacktop = 0;
  f->locals.reset();
  f->cleared = true;
}
// Clears only the value stack: a completed frame that something still refers to keeps its locals.
void frame_clear_stack(FrameObject* f);
// The frame of a generator/coroutine that finished (the caller still holds the generator's
// reference to it): completed and cleared, locals kept while something else refers to it.
void frame_finish_generator(FrameObject* f);
// Drops a completed frame that was called inline: cleared, and kept in the VM's frame pool
// when nothing else refers to it, else released.
void release_frame(FrameObject* f);

// `f`, or the nearest frame behind it when f runs kCoNative code (CPython has no frame for a C
// function): what f_back, sys._getframe and warnings see. Null when none is left.
FrameObject* visible_frame(FrameObject* f);

void init_frame_type(Runtime& rt);

}  // namespace ls
