// Frame objects.
#include "lang/frame.hpp"

#include "lang/vm.hpp"

#include "object/dict.hpp"
#include "object/gc.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

FrameObject* new_frame(Runtime& rt, CodeObject* code, FunctionObject* func, DictObject* globals,
                       DictObject* builtins, const Value& locals) {
  int32_t n = code->nlocalsplus();
  int32_t size = n + code->stacksize;
  FrameObject* f = nullptr;
  VM* vm = rt.vm;
  if (vm && size < VM::kFramePoolSizes && vm->frame_pool[size]) {
    f = take_pooled_frame(*vm, size);
  } else {
    f = alloc<FrameObject>(rt, rt.t.frame, static_cast<size_t>(size) * sizeof(Value));
  }
  f->code = code;
  incref(code);
  f->func = func;
  if (func) incref(func);
  f->globals = globals;
  incref(globals);
  f->builtins = builtins;
  incref(builtins);
  f->locals = locals;
  f->lasti = -1;
  f->cur_ip = nullptr;
  f->nlocalsplus = n;
  f->size = size;
  f->state = FrameState::Created;
  return f;
}

FrameObject* visible_frame(FrameObject* f) {
  while (f && f->code && (f->code->flags & kCoNative)) f = f->back;
  return f;
}

void release_frame(FrameObject* f) {
  VM* vm = f->type->rt->vm;
  if (f->refcnt == 1 && !(f->flags & (kGcTracked | kHasId | kFinalized)) && !f->gen && vm &&
      f->size < VM::kFramePoolSizes && vm->frame_pool_count[f->size] < VM::kFramePoolDepth) {
    frame_clear(f);
    if (f->code) decref(f->code);
    if (f->func) decref(f->func);
    if (f->globals) decref(f->globals);
    if (f->builtins) decref(f->builtins);
    f->code = nullptr;
    f->func = nullptr;
    f->globals = nullptr;
    f->builtins = nullptr;
    f->back = vm->frame_pool[f->size];
    vm->frame_pool[f->size] = f;  // the pool owns the reference
    ++vm->frame_pool_count[f->size];
    return;
  }
  if (f->refcnt > 1) {
    // Something else holds the frame (a traceback, sys._getframe()): as in CPython, it keeps
    // its locals after the call (tb_frame.f_locals, and objects freed only with the traceback).
    // Tracked from now on: `except E as e: err = e` makes a cycle through it.
    frame_clear_stack(f);
    if (!(f->flags & kGcTracked)) gc_track(*f->type->rt, f);
  } else {
    frame_clear(f);
  }
  decref(f);
}

void frame_finish_generator(FrameObject* f) {
  f->state = FrameState::Completed;
  // The generator owns one reference; another one (a traceback) keeps the locals, as in CPython.
  if (f->refcnt > 1) frame_clear_stack(f);
  else frame_clear(f);
  f->gen = nullptr;
}

void frame_clear_stack(FrameObject* f) {
  Value* v = f->stack_base();
  int32_t top = f->stacktop > 0 ? f->stacktop : 0;
  if (top > f->size - f->nlocalsplus) top = f->size - f->nlocalsplus;
  for (int32_t i = 0; i < top; ++i) v[i].reset();
  f->stacktop = 0;
}


static void frame_dealloc(Object* o) {
  auto* f = static_cast<FrameObject*>(o);
  if (!f->cleared) {
    Value* v = f->localsplus();
    for (int32_t i = 0; i < f->size; ++i) v[i].reset();
  }
  f->locals.reset();
  if (f->code) decref(f->code);
  if (f->func) decref(f->func);
  if (f->globals) decref(f->globals);
  if (f->builtins) decref(f->builtins);
  f->code = nullptr;
  f->func = nullptr;
  f->globals = nullptr;
  f->builtins = nullptr;
}

static void frame_traverse(Object* o, Visitor& visit) {
  auto* f = static_cast<FrameObject*>(o);
  visit(f->code);
  visit(f->func);
  visit(f->globals);
  visit(f->builtins);
  visit(f->locals);
  Value* v = f->localsplus();
  int32_t live = f->state == FrameState::Running ? f->size : f->nlocalsplus + f->stacktop;
  if (live > f->size) live = f->size;
  for (int32_t i = 0; i < live; ++i) visit(v[i]);
}

static void frame_clear_slot(Object* o) {
  auto* f = static_cast<FrameObject*>(o);
  if (f->state == FrameState::Running) return;  // never clear a running frame
  frame_clear(f);
}

static Value frame_repr(Runtime& rt, const Value& self) {
  FrameObject* f = as_frame(self);
  char buf[64];
  std::snprintf(buf, sizeof buf, "<frame at %#llx, file '", static_cast<unsigned long long>(object_id(rt, self)));
  return make_str(rt, std::string(buf) + std::string(str_view(f->code->filename)) + "', line " +
                          std::to_string(f->line()) + ", code " + std::string(str_view(f->code->name)) + ">");
}

static Value get_lineno(Runtime&, const Value& self) { return Value::small(as_frame(self)->line()); }
static Value get_code(Runtime&, const Value& self) { return Value::borrow(as_frame(self)->code); }
static Value get_globals(Runtime&, const Value& self) { return Value::borrow(as_frame(self)->globals); }
static Value get_back(Runtime& rt, const Value& self) {
  FrameObject* f = as_frame(self);
  // A generator/coroutine frame is linked to a caller only while it runs (a suspended one's
  // back pointer is stale: the frame that last resumed it).
  if (f->gen && f->state != FrameState::Running) return rt.None();
  FrameObject* b = visible_frame(f->back);
  return b ? Value::borrow(b) : rt.None();
}
static Value get_lasti(Runtime&, const Value& self) {
  int32_t i = as_frame(self)->current_index();
  return Value::small(i < 0 ? 0 : i * 2);  // a generator that never ran: 0, as CPython's
}
static Value get_locals(Runtime& rt, const Value& self) {
  FrameObject* f = as_frame(self);
  if (f->locals) return f->locals;
  Ref<DictObject> d = new_dict(rt);
  TupleObject* names = as_tuple(f->code->varnames);
  for (int64_t i = 0; i < names->size && i < f->code->nlocals; ++i) {
    const Value& v = f->localsplus()[i];
    if (v) dict_set(rt, d.get(), (*names)[i], v);
  }
  return std::move(d).value();
}

static const GetSetDef kFrameGetSets[] = {
    {"f_lineno", get_lineno}, {"f_code", get_code},   {"f_globals", get_globals}, {"f_back", get_back},
    {"f_lasti", get_lasti},   {"f_locals", get_locals}, {nullptr, nullptr},
};

void init_frame_type(Runtime& rt) {
  TypeSlots s;
  s.dealloc = frame_dealloc;
  s.traverse = frame_traverse;
  s.clear = frame_clear_slot;
  s.repr = frame_repr;
  rt.t.frame = make_builtin_type(rt, TypeSpec{"frame", nullptr, sizeof(FrameObject), kTypeGc, nullptr, kFrameGetSets}, s);
}

}  // namespace ls
