// asyncio.queues in C++ (queues.cpp).
#pragma once

#include "loop/native_coro.hpp"
#include "object/runtime.hpp"

namespace ls {

struct QueueTypes {
  TypeObject* queue = nullptr;
  TypeObject* lifo = nullptr;
  TypeObject* priority = nullptr;
  void** hot = nullptr;  // its Runtime::hot slot, emptied by the destructor
  ~QueueTypes();
};
QueueTypes& queue_types(Runtime& rt);

// For as_completed(): an unbounded asyncio.Queue() and its put_nowait / get().
Value new_queue(Runtime& rt);
bool queue_put_nowait(Runtime& rt, const Value& q, const Value& item);
NativeCoro queue_get(Runtime& rt, Value q);

}  // namespace ls
