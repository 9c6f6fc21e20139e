// asyncio.queues: Queue, LifoQueue, PriorityQueue, QueueEmpty, QueueFull — CPython 3.11's
// queues.py in C++.
//
// The wake-up rules users ask about are those of queues.py: put_nowait() wakes the first getter
// that is not done (and get_nowait() the first putter); a getter/putter that was woken but is
// cancelled before it runs removes itself and, if the queue can still serve the call, wakes the
// next in line, so the item/slot is not lost.
//
// Storage: a FIFO queue keeps its items in a C++ deque until the program looks at `_queue`, at
// which point they move into a real collections.deque that the queue then uses (so the program
// sees and mutates the live object). LifoQueue and PriorityQueue use a list, as CPython does.
// Subclasses may override _init/_put/_get/qsize/empty/full/put_nowait/get_nowait; the
// coroutines call them through the instance exactly where queues.py does.
#include "modules/registry.hpp"
#include "object/class.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "toolkit/locks.hpp"
#include "toolkit/queues.hpp"
#include "toolkit/util.hpp"

namespace ls {

enum class QueueKind : uint8_t { Fifo, Lifo, Priority };

struct QueueObject : Object {
  Value loop;
  Value maxsize;
  std::deque<Value>* getters;
  std::deque<Value>* putters;
  int64_t unfinished;
  Value finished;             // asyncio.Event
  std::deque<Value>* items;   // FIFO storage while `_queue` was never looked at
  Value pyqueue;              // `_queue` otherwise (list for Lifo/Priority, collections.deque...)
};

static QueueObject* Q(const Value& v) { return static_cast<QueueObject*>(v.obj()); }

static std::deque<Value>& dq(std::deque<Value>*& d) {
  if (!d) d = new std::deque<Value>();
  return *d;
}
static void free_dq(std::deque<Value>*& d) {
  if (d) {
    auto* x = d;
    d = nullptr;
    delete x;
  }
}

static bool check_no_args(Runtime& rt, CallArgs a, const char* fname) {
  Value dummy[1];
  return bind_args(rt, a, fname, {}, 0, 0, dummy);
}

static QueueKind kind_of(Runtime& rt, const Value& self) {
  QueueTypes& qt = queue_types(rt);
  for (TypeObject* t = self.type(rt); t; t = t->base) {
    if (t->flags & kTypeHeapType) continue;
    if (t == qt.lifo) return QueueKind::Lifo;
    if (t == qt.priority) return QueueKind::Priority;
    return QueueKind::Fifo;
  }
  return QueueKind::Fifo;
}

static Value no_queue_attr(Runtime& rt, const Value& self) {
  return rt.raise(rt.t.AttributeError, "'" + type_name(rt, self) + "' object has no attribute '_queue'");
}

// ---------------------------------------------------------------------------------------------
// heapq on a list (the algorithm of _heapqmodule.c, comparisons with <)

static bool heap_siftdown(Runtime& rt, ListObject* heap, int64_t startpos, int64_t pos) {
  int64_t size = heap->size;
  Value newitem = heap->items[pos];
  while (pos > startpos) {
    int64_t parentpos = (pos - 1) >> 1;
    Value parent = heap->items[parentpos];
    int cmp = rich_compare_bool(rt, newitem, parent, CmpOp::Lt);
    if (cmp < 0) return false;
    if (size != heap->size) {
      rt.raise(rt.t.RuntimeError, "list changed size during iteration");
      return false;
    }
    if (!cmp) break;
    parent = heap->items[parentpos];
    newitem = heap->items[pos];
    heap->items[parentpos] = newitem;
    heap->items[pos] = parent;
    pos = parentpos;
  }
  return true;
}

static bool heap_siftup(Runtime& rt, ListObject* heap, int64_t pos) {
  int64_t endpos = heap->size;
  int64_t startpos = pos;
  int64_t limit = endpos >> 1;
  while (pos < limit) {
    int64_t childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      Value a = heap->items[childpos];
      Value b = heap->items[childpos + 1];
      int cmp = rich_compare_bool(rt, a, b, CmpOp::Lt);
      if (cmp < 0) return false;
      childpos += (cmp ^ 1);
      if (endpos != heap->size) {
        rt.raise(rt.t.RuntimeError, "list changed size during iteration");
        return false;
      }
    }
    std::swap(heap->items[childpos], heap->items[pos]);
    pos = childpos;
  }
  return heap_siftdown(rt, heap, startpos, pos);
}

static bool check_heap_list(Runtime& rt, const Value& heap) {
  if (!isinstance(rt, heap, rt.t.list)) {
    rt.raise(rt.t.TypeError, "heap argument must be a list");
    return false;
  }
  return true;
}

static bool heappush(Runtime& rt, const Value& heap, const Value& item) {
  if (!check_heap_list(rt, heap)) return false;
  ListObject* l = as_list(heap);
  list_append(rt, l, item);
  return heap_siftdown(rt, l, 0, l->size - 1);
}

static Value list_pop_last(Runtime& rt, ListObject* l) {
  if (l->size == 0) return rt.raise(rt.t.IndexError, "pop from empty list");
  Value v = std::move(l->items[l->size - 1]);
  l->size -= 1;
  return v;
}

static Value heappop(Runtime& rt, const Value& heap) {
  if (!check_heap_list(rt, heap)) return nullptr;
  ListObject* l = as_list(heap);
  if (l->size == 0) return rt.raise(rt.t.IndexError, "index out of range");
  Value last = list_pop_last(rt, l);
  if (l->size == 0) return last;
  Value ret = std::move(l->items[0]);
  l->items[0] = std::move(last);
  if (!heap_siftup(rt, l, 0)) return nullptr;
  return ret;
}

// ---------------------------------------------------------------------------------------------
// The overridable hooks and their built-in versions

static bool is_exact_list(Runtime& rt, const Value& v) { return v.is_obj() && v.obj()->type == rt.t.list; }

// Queue._init / LifoQueue._init / PriorityQueue._init
static bool builtin_init(Runtime& rt, const Value& self, QueueKind k) {
  QueueObject* q = Q(self);
  if (k == QueueKind::Fifo) {
    free_dq(q->items);
    dq(q->items);
    q->pyqueue.reset();
  } else {
    free_dq(q->items);
    q->pyqueue = new_list(rt).value();
  }
  return true;
}

static bool builtin_put(Runtime& rt, const Value& self, QueueKind k, const Value& item) {
  QueueObject* q = Q(self);
  if (k == QueueKind::Priority) {
    if (!q->pyqueue) return static_cast<bool>(no_queue_attr(rt, self));
    return heappush(rt, q->pyqueue, item);
  }
  if (q->items) {
    q->items->push_back(item);
    return true;
  }
  if (!q->pyqueue) return static_cast<bool>(no_queue_attr(rt, self));
  if (is_exact_list(rt, q->pyqueue)) {
    list_append(rt, as_list(q->pyqueue), item);
    return true;
  }
  return static_cast<bool>(call_method(rt, q->pyqueue, rt.intern("append"), {item}));
}

static Value builtin_get(Runtime& rt, const Value& self, QueueKind k) {
  QueueObject* q = Q(self);
  if (k == QueueKind::Priority) {
    if (!q->pyqueue) return no_queue_attr(rt, self);
    return heappop(rt, q->pyqueue);
  }
  if (k == QueueKind::Fifo) {
    if (q->items) {
      if (q->items->empty()) return rt.raise(rt.t.IndexError, "pop from an empty deque");
      Value v = std::move(q->items->front());
      q->items->pop_front();
      return v;
    }
    if (!q->pyqueue) return no_queue_attr(rt, self);
    return call_method(rt, q->pyqueue, rt.intern("popleft"), {});
  }
  if (q->items) {
    if (q->items->empty()) return rt.raise(rt.t.IndexError, "pop from an empty deque");
    Value v = std::move(q->items->back());
    q->items->pop_back();
    return v;
  }
  if (!q->pyqueue) return no_queue_attr(rt, self);
  if (is_exact_list(rt, q->pyqueue)) return list_pop_last(rt, as_list(q->pyqueue));
  return call_method(rt, q->pyqueue, rt.intern("pop"), {});
}

// len(self._queue)
static int64_t builtin_qsize(Runtime& rt, const Value& self) {
  QueueObject* q = Q(self);
  if (q->items) return static_cast<int64_t>(q->items->size());
  if (!q->pyqueue) {
    no_queue_attr(rt, self);
    return -1;
  }
  if (is_exact_list(rt, q->pyqueue)) return as_list(q->pyqueue)->size;
  return length(rt, q->pyqueue);
}

// not self._queue
static int builtin_empty(Runtime& rt, const Value& self) {
  QueueObject* q = Q(self);
  if (q->items) return q->items->empty();
  if (!q->pyqueue) {
    no_queue_attr(rt, self);
    return -1;
  }
  if (is_exact_list(rt, q->pyqueue)) return as_list(q->pyqueue)->size == 0;
  int t = truthy(rt, q->pyqueue);
  return t < 0 ? -1 : !t;
}

// The built-in type a heap subclass derives its methods from.
static TypeObject* builtin_base(Runtime& rt, const Value& self) {
  for (TypeObject* t = self.type(rt); t; t = t->base) {
    if (!(t->flags & kTypeHeapType)) return t;
  }
  return queue_types(rt).queue;
}

static bool heap_overrides(Runtime& rt, const Value& self, const char* name) {
  if (!(self.type(rt)->flags & kTypeHeapType)) return false;
  return overrides(rt, self, builtin_base(rt, self), name);
}

static bool q_put(Runtime& rt, const Value& self, const Value& item) {
  if (heap_overrides(rt, self, "_put")) return static_cast<bool>(call_method(rt, self, rt.intern("_put"), {item}));
  return builtin_put(rt, self, kind_of(rt, self), item);
}

static Value q_get(Runtime& rt, const Value& self) {
  if (heap_overrides(rt, self, "_get")) return call_method(rt, self, rt.intern("_get"), {});
  return builtin_get(rt, self, kind_of(rt, self));
}

static int builtin_full(Runtime& rt, const Value& self) {
  QueueObject* q = Q(self);
  const Value& m = q->maxsize;
  if (m.is_small()) {
    if (m.small_value() <= 0) return 0;
    if (heap_overrides(rt, self, "qsize")) {
      Value r = call_method(rt, self, rt.intern("qsize"), {});
      if (!r) return -1;
      return rich_compare_bool(rt, r, m, CmpOp::Ge);
    }
    int64_t n = builtin_qsize(rt, self);
    if (n < 0) return -1;
    return n >= m.small_value();
  }
  if (!m) {
    rt.raise(rt.t.AttributeError, "'" + type_name(rt, self) + "' object has no attribute '_maxsize'");
    return -1;
  }
  int le = rich_compare_bool(rt, m, Value::small(0), CmpOp::Le);
  if (le < 0) return -1;
  if (le) return 0;
  Value r = call_method(rt, self, rt.intern("qsize"), {});
  if (!r) return -1;
  return rich_compare_bool(rt, r, m, CmpOp::Ge);
}

static int q_full(Runtime& rt, const Value& self) {
  if (heap_overrides(rt, self, "full")) {
    Value r = call_method(rt, self, rt.intern("full"), {});
    if (!r) return -1;
    return truthy(rt, r);
  }
  return builtin_full(rt, self);
}

static int q_empty(Runtime& rt, const Value& self) {
  if (heap_overrides(rt, self, "empty")) {
    Value r = call_method(rt, self, rt.intern("empty"), {});
    if (!r) return -1;
    return truthy(rt, r);
  }
  return builtin_empty(rt, self);
}

// _wakeup_next(waiters): wakes the first waiter that is not done.
static bool wakeup_next(Runtime& rt, std::deque<Value>* waiters) {
  while (waiters && !waiters->empty()) {
    Value w = std::move(waiters->front());
    waiters->pop_front();
    int d = future_like_done(rt, w);
    if (d < 0) return false;
    if (!d) return set_result_any(rt, w, rt.None());
  }
  return true;
}

static bool finished_clear(Runtime& rt, const Value& f) {
  if (f && is_event(rt, f) && !(f.type(rt)->flags & kTypeHeapType)) {
    event_clear(f);
    return true;
  }
  if (!f) {
    rt.raise(rt.t.AttributeError, "'NoneType' object has no attribute 'clear'");
    return false;
  }
  return static_cast<bool>(call_method(rt, f, rt.intern("clear"), {}));
}

static bool finished_set(Runtime& rt, const Value& f) {
  if (f && is_event(rt, f) && !(f.type(rt)->flags & kTypeHeapType)) return event_set(rt, f);
  if (!f) {
    rt.raise(rt.t.AttributeError, "'NoneType' object has no attribute 'set'");
    return false;
  }
  return static_cast<bool>(call_method(rt, f, rt.intern("set"), {}));
}

static bool builtin_put_nowait(Runtime& rt, const Value& self, const Value& item) {
  int f = q_full(rt, self);
  if (f < 0) return false;
  if (f) {
    raise_bare(rt, toolkit_exceptions(rt).queue_full);
    return false;
  }
  if (!q_put(rt, self, item)) return false;
  QueueObject* q = Q(self);
  q->unfinished += 1;
  if (!finished_clear(rt, q->finished)) return false;
  return wakeup_next(rt, q->getters);
}

static Value builtin_get_nowait(Runtime& rt, const Value& self) {
  int e = q_empty(rt, self);
  if (e < 0) return nullptr;
  if (e) return raise_bare(rt, toolkit_exceptions(rt).queue_empty);
  Value item = q_get(rt, self);
  if (!item) return nullptr;
  if (!wakeup_next(rt, Q(self)->putters)) return nullptr;
  return item;
}

// ---------------------------------------------------------------------------------------------
// The coroutines

static NativeCoro queue_put_impl(Runtime& rt, Value self, Value item) {
  co_await gc_visible(&self, &item);
  QueueObject* q = Q(self);
  for (;;) {
    int f = q_full(rt, self);
    if (f < 0) co_return Outcome::from_error(rt);
    if (!f) break;
    Value loop = bound_loop(rt, self, q->loop);
    if (!loop) co_return Outcome::from_error(rt);
    Value putter = create_future_on(rt, loop);
    if (!putter) co_return Outcome::from_error(rt);
    auto seen = gc_scope(co_await this_promise(), &loop, &putter);
    dq(q->putters).push_back(putter);
    Outcome r = co_await await_future(rt, putter);
    if (r.failed()) {
      // except: (any exception, cancellation included)
      if (cancel_any(rt, putter, Value(), CancelSource::Internal) < 0) co_return Outcome::from_error(rt);
      if (q->putters) deque_remove(*q->putters, putter);
      int full = q_full(rt, self);
      if (full < 0) co_return Outcome::from_error(rt);
      if (!full) {
        int c = future_like_cancelled(rt, putter);
        if (c < 0) co_return Outcome::from_error(rt);
        // Woken by get_nowait() but can't take the call: wake up the next in line.
        if (!c && !wakeup_next(rt, q->putters)) co_return Outcome::from_error(rt);
      }
      co_return r;
    }
  }
  if (heap_overrides(rt, self, "put_nowait")) {
    Value r = call_method(rt, self, rt.intern("put_nowait"), {item});
    if (!r) co_return Outcome::from_error(rt);
    co_return Outcome::ok(r);
  }
  if (!builtin_put_nowait(rt, self, item)) co_return Outcome::from_error(rt);
  co_return Outcome::ok(rt.None());
}

static NativeCoro queue_get_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  QueueObject* q = Q(self);
  for (;;) {
    int e = q_empty(rt, self);
    if (e < 0) co_return Outcome::from_error(rt);
    if (!e) break;
    Value loop = bound_loop(rt, self, q->loop);
    if (!loop) co_return Outcome::from_error(rt);
    Value getter = create_future_on(rt, loop);
    if (!getter) co_return Outcome::from_error(rt);
    auto seen = gc_scope(co_await this_promise(), &loop, &getter);
    dq(q->getters).push_back(getter);
    Outcome r = co_await await_future(rt, getter);
    if (r.failed()) {
      if (cancel_any(rt, getter, Value(), CancelSource::Internal) < 0) co_return Outcome::from_error(rt);
      if (q->getters) deque_remove(*q->getters, getter);
      int empty = q_empty(rt, self);
      if (empty < 0) co_return Outcome::from_error(rt);
      if (!empty) {
        int c = future_like_cancelled(rt, getter);
        if (c < 0) co_return Outcome::from_error(rt);
        // Woken by put_nowait() but can't take the call: wake up the next in line.
        if (!c && !wakeup_next(rt, q->getters)) co_return Outcome::from_error(rt);
      }
      co_return r;
    }
  }
  Value item = heap_overrides(rt, self, "get_nowait") ? call_method(rt, self, rt.intern("get_nowait"), {})
                                                      : builtin_get_nowait(rt, self);
  if (!item) co_return Outcome::from_error(rt);
  co_return Outcome::ok(item);
}

static NativeCoro queue_join_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  QueueObject* q = Q(self);
  if (q->unfinished > 0) {
    Value f = q->finished;
    auto seen_f = gc_scope(co_await this_promise(), &f);
    if (f && is_event(rt, f) && !(f.type(rt)->flags & kTypeHeapType)) {
      SubCoro sub(event_wait(rt, f));
      LS_AWAIT(io, sub);
      if (io.failed()) co_return io;
    } else {
      Value aw = f ? call_method(rt, f, rt.intern("wait"), {}) : Value();
      if (!aw) {
        if (!rt.has_error()) rt.raise(rt.t.AttributeError, "'NoneType' object has no attribute 'wait'");
        co_return Outcome::from_error(rt);
      }
      auto seen = gc_scope(co_await this_promise(), &aw);
      Delegate sub(rt, aw);
      LS_AWAIT(io, sub);
      if (io.failed()) co_return io;
    }
  }
  co_return Outcome::ok(rt.None());
}

// ---------------------------------------------------------------------------------------------
// Python-level methods

static Value q_new(Runtime& rt, TypeObject* type, CallArgs) {
  Object* o = alloc_object(rt, type);
  Value v = Value::steal(o);
  gc_track(rt, o);
  return v;
}

static bool q_initfn(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "Queue.__init__", {"maxsize"}, 1, 0, args)) return false;
  QueueObject* q = Q(self);
  q->maxsize = args[0] ? args[0] : Value::small(0);
  free_dq(q->getters);
  free_dq(q->putters);
  dq(q->getters);
  dq(q->putters);
  q->unfinished = 0;
  q->finished = new_event(rt);
  if (!q->finished || !event_set(rt, q->finished)) return false;
  if (heap_overrides(rt, self, "_init")) {
    return static_cast<bool>(call_method(rt, self, rt.intern("_init"), {q->maxsize}));
  }
  return builtin_init(rt, self, kind_of(rt, self));
}

static void q_dealloc(Object* o) {
  auto* q = static_cast<QueueObject*>(o);
  q->loop.reset();
  q->maxsize.reset();
  q->finished.reset();
  q->pyqueue.reset();
  free_dq(q->getters);
  free_dq(q->putters);
  free_dq(q->items);
}

static void q_traverse(Object* o, Visitor& v) {
  auto* q = static_cast<QueueObject*>(o);
  v(q->loop);
  v(q->maxsize);
  v(q->finished);
  v(q->pyqueue);
  for (auto* d : {q->getters, q->putters, q->items}) {
    if (d) {
      for (const Value& x : *d) v(x);
    }
  }
}

// Queue._format()
static bool q_format(Runtime& rt, const Value& self, std::string* out) {
  QueueObject* q = Q(self);
  std::string r;
  if (!repr_string(rt, q->maxsize ? q->maxsize : rt.None(), &r)) return false;
  std::string s = "maxsize=" + r;
  Value items;
  if (q->items) {
    if (!q->items->empty()) {
      Ref<ListObject> l = new_list(rt);
      for (const Value& x : *q->items) list_append(rt, l.get(), x);
      items = std::move(l).value();
    }
  } else if (q->pyqueue) {
    int t = truthy(rt, q->pyqueue);
    if (t < 0) return false;
    if (t) {
      items = list_from_iterable(rt, q->pyqueue);
      if (!items) return false;
    }
  }
  if (items) {
    if (!repr_string(rt, items, &r)) return false;
    s += " _queue=" + r;
  }
  if (q->getters && !q->getters->empty()) s += " _getters[" + std::to_string(q->getters->size()) + "]";
  if (q->putters && !q->putters->empty()) s += " _putters[" + std::to_string(q->putters->size()) + "]";
  if (q->unfinished) s += " tasks=" + std::to_string(q->unfinished);
  *out = s;
  return true;
}

static Value q_repr(Runtime& rt, const Value& self) {
  std::string f;
  if (!q_format(rt, self, &f)) return nullptr;
  return make_str(rt, "<" + self.type(rt)->name + " at " + hex_id(rt, self) + " " + f + ">");
}

static Value q_str(Runtime& rt, const Value& self) {
  std::string f;
  if (!q_format(rt, self, &f)) return nullptr;
  return make_str(rt, "<" + self.type(rt)->name + " " + f + ">");
}

static Value m_format(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Queue._format")) return nullptr;
  std::string f;
  if (!q_format(rt, self, &f)) return nullptr;
  return make_str(rt, f);
}

static Value m_qsize(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Queue.qsize")) return nullptr;
  int64_t n = builtin_qsize(rt, self);
  if (n < 0) return nullptr;
  return make_int(rt, n);
}
static Value m_empty(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Queue.empty")) return nullptr;
  int e = builtin_empty(rt, self);
  if (e < 0) return nullptr;
  return rt.Bool(e);
}
static Value m_full(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Queue.full")) return nullptr;
  int f = builtin_full(rt, self);
  if (f < 0) return nullptr;
  return rt.Bool(f);
}
static Value m_put(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "Queue.put", {"item"}, 1, 1, args)) return nullptr;
  return wrap_native(rt, "Queue.put", queue_put_impl(rt, self, args[0]));
}
static Value m_get(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Queue.get")) return nullptr;
  return wrap_native(rt, "Queue.get", queue_get_impl(rt, self));
}
static Value m_put_nowait(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "Queue.put_nowait", {"item"}, 1, 1, args)) return nullptr;
  if (!builtin_put_nowait(rt, self, args[0])) return nullptr;
  return rt.None();
}
static Value m_get_nowait(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Queue.get_nowait")) return nullptr;
  return builtin_get_nowait(rt, self);
}
static Value m_task_done(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Queue.task_done")) return nullptr;
  QueueObject* q = Q(self);
  if (q->unfinished <= 0) return rt.raise(rt.t.ValueError, "task_done() called too many times");
  q->unfinished -= 1;
  if (q->unfinished == 0 && !finished_set(rt, q->finished)) return nullptr;
  return rt.None();
}
static Value m_join(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Queue.join")) return nullptr;
  return wrap_native(rt, "Queue.join", queue_join_impl(rt, self));
}
static Value m_get_loop(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "_LoopBoundMixin._get_loop")) return nullptr;
  return bound_loop(rt, self, Q(self)->loop);
}

// _init/_put/_get of each class
template <QueueKind K>
static Value m_init_hook(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  const char* name = K == QueueKind::Fifo ? "Queue._init" : K == QueueKind::Lifo ? "LifoQueue._init" : "PriorityQueue._init";
  if (!bind_args(rt, a, name, {"maxsize"}, 1, 1, args)) return nullptr;
  if (!builtin_init(rt, self, K)) return nullptr;
  return rt.None();
}
template <QueueKind K>
static Value m_put_hook(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  const char* name = K == QueueKind::Fifo ? "Queue._put" : K == QueueKind::Lifo ? "LifoQueue._put" : "PriorityQueue._put";
  if (!bind_args(rt, a, name, {"item"}, 1, 1, args)) return nullptr;
  if (!builtin_put(rt, self, K, args[0])) return nullptr;
  return rt.None();
}
template <QueueKind K>
static Value m_get_hook(Runtime& rt, const Value& self, CallArgs a) {
  const char* name = K == QueueKind::Fifo ? "Queue._get" : K == QueueKind::Lifo ? "LifoQueue._get" : "PriorityQueue._get";
  if (!check_no_args(rt, a, name)) return nullptr;
  return builtin_get(rt, self, K);
}

static Value class_getitem(Runtime& rt, const Value& cls, CallArgs a) {
  if (!check_nargs(rt, a, "__class_getitem__", 1, 1)) return nullptr;
  return make_generic_alias(rt, cls, a[0]);
}

// Attributes
static Value g_maxsize(Runtime& rt, const Value& s) {
  Value m = Q(s)->maxsize;
  if (!m) return rt.raise(rt.t.AttributeError, "'" + type_name(rt, s) + "' object has no attribute '_maxsize'");
  return m;
}
static bool s_maxsize(Runtime& rt, const Value& s, const Value& v) {
  if (!v) {
    rt.raise(rt.t.AttributeError, "cannot delete attribute");
    return false;
  }
  Q(s)->maxsize = v;
  return true;
}
static Value g_queue(Runtime& rt, const Value& s) {
  QueueObject* q = Q(s);
  if (q->items) {
    // The program looks at the storage: move it into a live collections.deque.
    Ref<ListObject> l = new_list(rt);
    for (const Value& x : *q->items) list_append(rt, l.get(), x);
    Value mod = import_module(rt, make_str(rt, "collections"));
    Value cls = mod ? getattr_opt(rt, mod, rt.intern("deque")) : Value();
    if (!cls) {
      rt.clear_error();
      return std::move(l).value();  // no collections.deque: a snapshot
    }
    Value d = call(rt, cls, {std::move(l).value()});
    if (!d) return nullptr;
    q->pyqueue = d;
    free_dq(q->items);
    return d;
  }
  if (!q->pyqueue) return no_queue_attr(rt, s);
  return q->pyqueue;
}
static bool s_queue(Runtime& rt, const Value& s, const Value& v) {
  QueueObject* q = Q(s);
  free_dq(q->items);
  q->pyqueue = v;
  (void)rt;
  return true;
}
static Value g_unfinished(Runtime& rt, const Value& s) { return make_int(rt, Q(s)->unfinished); }
static bool s_unfinished(Runtime& rt, const Value& s, const Value& v) {
  if (!v) {
    rt.raise(rt.t.AttributeError, "cannot delete attribute");
    return false;
  }
  return index_int64(rt, v, &Q(s)->unfinished);
}
static Value g_finished(Runtime& rt, const Value& s) {
  Value f = Q(s)->finished;
  return f ? f : rt.None();
}
static bool s_finished(Runtime& rt, const Value& s, const Value& v) {
  Q(s)->finished = (v && !rt.is_none(v)) ? v : Value();
  (void)rt;
  return true;
}
static Value g_getters(Runtime& rt, const Value& s) { return deque_snapshot(rt, Q(s)->getters, false); }
static Value g_putters(Runtime& rt, const Value& s) { return deque_snapshot(rt, Q(s)->putters, false); }
static Value g_loop(Runtime& rt, const Value& s) {
  Value l = Q(s)->loop;
  return l ? l : rt.None();
}
static bool s_loop(Runtime& rt, const Value& s, const Value& v) {
  Q(s)->loop = (v && !rt.is_none(v)) ? v : Value();
  return true;
}

static const MethodDef kQueueMethods[] = {
    {"qsize", m_qsize},
    {"empty", m_empty},
    {"full", m_full},
    {"put", m_put},
    {"get", m_get},
    {"put_nowait", m_put_nowait},
    {"get_nowait", m_get_nowait},
    {"task_done", m_task_done},
    {"join", m_join},
    {"_format", m_format},
    {"_get_loop", m_get_loop},
    {"_init", m_init_hook<QueueKind::Fifo>},
    {"_put", m_put_hook<QueueKind::Fifo>},
    {"_get", m_get_hook<QueueKind::Fifo>},
    {"__class_getitem__", class_getitem, kMethClass},
    {nullptr, nullptr},
};
static const MethodDef kLifoMethods[] = {
    {"_init", m_init_hook<QueueKind::Lifo>},
    {"_put", m_put_hook<QueueKind::Lifo>},
    {"_get", m_get_hook<QueueKind::Lifo>},
    {nullptr, nullptr},
};
static const MethodDef kPriorityMethods[] = {
    {"_init", m_init_hook<QueueKind::Priority>},
    {"_put", m_put_hook<QueueKind::Priority>},
    {"_get", m_get_hook<QueueKind::Priority>},
    {nullptr, nullptr},
};
static const GetSetDef kQueueGetSets[] = {
    {"maxsize", g_maxsize},
    {"_maxsize", g_maxsize, s_maxsize},
    {"_queue", g_queue, s_queue},
    {"_unfinished_tasks", g_unfinished, s_unfinished},
    {"_finished", g_finished, s_finished},
    {"_getters", g_getters},
    {"_putters", g_putters},
    {"_loop", g_loop, s_loop},
    {nullptr, nullptr},
};

QueueTypes::~QueueTypes() {
  if (hot) *hot = nullptr;
}

// Every put/get/qsize asks for these: Runtime::hot, not a lookup in module_state by name.
QueueTypes& queue_types(Runtime& rt) {
  if (void* p = rt.hot_slot(Runtime::HotSlot::QueueTypes)) return *static_cast<QueueTypes*>(p);
  auto qt = std::make_shared<QueueTypes>();
  rt.module_state["asyncio.queue_types"] = qt;
  qt->hot = &rt.hot_slot(Runtime::HotSlot::QueueTypes);
  *qt->hot = qt.get();
  asyncio_state(rt);
  TypeSlots s;
  s.dealloc = q_dealloc;
  s.traverse = q_traverse;
  s.clear = q_dealloc;
  s.repr = q_repr;
  s.str = q_str;
  s.new_ = q_new;
  s.init = q_initfn;
  uint32_t flags = kTypeGc | kTypeBaseType | kTypeHasDict;
  qt->queue = make_builtin_type(
      rt, TypeSpec{"Queue", nullptr, sizeof(QueueObject), flags, kQueueMethods, kQueueGetSets, "asyncio.queues"}, s);
  add_slot_wrappers(rt, qt->queue);
  TypeSlots none;
  qt->lifo = make_builtin_type(
      rt, TypeSpec{"LifoQueue", qt->queue, sizeof(QueueObject), flags, kLifoMethods, nullptr, "asyncio.queues"}, none);
  add_slot_wrappers(rt, qt->lifo);
  qt->priority = make_builtin_type(
      rt, TypeSpec{"PriorityQueue", qt->queue, sizeof(QueueObject), flags, kPriorityMethods, nullptr, "asyncio.queues"},
      none);
  add_slot_wrappers(rt, qt->priority);
  return *qt;
}

Value new_queue(Runtime& rt) { return call(rt, Value::borrow(queue_types(rt).queue), CallArgs{}); }

bool queue_put_nowait(Runtime& rt, const Value& q, const Value& item) { return builtin_put_nowait(rt, q, item); }

NativeCoro queue_get(Runtime& rt, Value q) { return queue_get_impl(rt, std::move(q)); }

void add_queue_names(Runtime& rt, const Value& m) {
  QueueTypes& qt = queue_types(rt);
  ToolkitExceptions& ex = toolkit_exceptions(rt);
  module_add(rt, m, "Queue", Value::borrow(qt.queue));
  module_add(rt, m, "LifoQueue", Value::borrow(qt.lifo));
  module_add(rt, m, "PriorityQueue", Value::borrow(qt.priority));
  module_add(rt, m, "QueueEmpty", Value::borrow(ex.queue_empty));
  module_add(rt, m, "QueueFull", Value::borrow(ex.queue_full));
}

}  // namespace ls
