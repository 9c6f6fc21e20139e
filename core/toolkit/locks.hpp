// asyncio.locks in C++ (locks.cpp): the types, and the Event operations Queue builds on.
#pragma once

#include "loop/native_coro.hpp"
#include "object/runtime.hpp"

namespace ls {

struct LockTypes {
  TypeObject* lock = nullptr;
  TypeObject* event = nullptr;
  TypeObject* condition = nullptr;
  TypeObject* semaphore = nullptr;
  TypeObject* bounded_semaphore = nullptr;
  TypeObject* barrier = nullptr;
  void** hot = nullptr;  // its Runtime::hot slot, emptied by the destructor
  ~LockTypes();
};
LockTypes& lock_types(Runtime& rt);

// asyncio.Event() and its operations (for Queue.join / task_done).
Value new_event(Runtime& rt);
bool is_event(Runtime& rt, const Value& v);
bool event_set(Runtime& rt, const Value& event);
void event_clear(const Value& event);
bool event_is_set(const Value& event);
NativeCoro event_wait(Runtime& rt, Value event);

}  // namespace ls
