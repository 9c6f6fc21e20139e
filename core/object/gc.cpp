#include "object/gc.hpp"

#include <vector>

namespace ls {

void gc_track(Runtime& rt, Object* o) {
  if (o->flags & kGcTracked) return;
  GCHead* h = gc_head(o);
  GCHead* list = &rt.heap.gc_list;
  h->prev = list->prev;
  h->next = list;
  list->prev->next = h;
  list->prev = h;
  o->flags |= kGcTracked;
  ++rt.heap.gc_tracked;
  ++rt.heap.gc_allocs;
}

void gc_untrack(Runtime& rt, Object* o) {
  if (!(o->flags & kGcTracked)) return;
  GCHead* h = gc_head(o);
  h->prev->next = h->next;
  h->next->prev = h->prev;
  h->prev = h->next = nullptr;
  o->flags &= ~kGcTracked;
  --rt.heap.gc_tracked;
}

// Visits everything an object owns: its instance dict, its class (program-defined classes are
// owned by their instances) and whatever its type's traverse slot reports.
void gc_traverse(Object* o, Visitor& v) {
  TypeObject* t = o->type;
  if (t->flags & kTypeHasDict) v(*instance_dict_slot(o));
  if (t->slots_begin) {
    auto* p = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + t->slots_begin);
    auto* end = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + t->basicsize);
    for (; p < end; ++p) v(*p);
  }
  if (t->flags & kTypeHeapType) v.visit(t);
  if (t->slots.traverse) t->slots.traverse(o, v);
}

void gc_clear_object(Object* o) {
  TypeObject* t = o->type;
  if (t->flags & kTypeHasDict) {
    Value d = std::move(*instance_dict_slot(o));
  }
  if (t->slots_begin) {
    auto* p = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + t->slots_begin);
    auto* end = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + t->basicsize);
    for (; p < end; ++p) {
      Value gone = std::move(*p);
    }
  }
  if (t->slots.clear) t->slots.clear(o);
}

namespace {

struct SubtractInternal final : Visitor {
  size_t edges = 0;  // references followed: the work a collection of this heap costs
  void visit(Object* o) override {
    ++edges;
    if (o->flags & kGcTracked) --gc_head(o)->refs;
  }
};

struct MarkReachable final : Visitor {
  std::vector<Object*>* work;
  void visit(Object* o) override {
    if ((o->flags & kGcTracked) && !(o->flags & kGcReachable)) {
      o->flags |= kGcReachable;
      work->push_back(o);
    }
  }
};

// Objects of the candidate set referenced from outside it, plus everything they reach, are
// marked kGcReachable. `extra_refs` is subtracted from each count (references the collector holds).
// Returns the number of references followed in the first pass.
size_t mark_from_roots(const std::vector<Object*>& set, int64_t extra_refs, Object* held = nullptr) {
  for (Object* o : set) gc_head(o)->refs = static_cast<int64_t>(o->refcnt) - extra_refs - (o == held ? 1 : 0);
  SubtractInternal sub;
  for (Object* o : set) gc_traverse(o, sub);
  std::vector<Object*> work;
  MarkReachable mark;
  mark.work = &work;
  for (Object* o : set) {
    if (gc_head(o)->refs > 0 && !(o->flags & kGcReachable)) {
      o->flags |= kGcReachable;
      work.push_back(o);
    }
  }
  while (!work.empty()) {
    Object* o = work.back();
    work.pop_back();
    gc_traverse(o, mark);
  }
  return sub.edges;
}

}  // namespace

size_t gc_collect(Runtime& rt) { return gc_collect_holding(rt, nullptr); }

size_t gc_collect_holding(Runtime& rt, Object* held) {
  Heap& heap = rt.heap;
  if (heap.gc_running) return 0;
  heap.gc_running = true;
  heap.gc_allocs = 0;

  std::vector<Object*> all;
  all.reserve(heap.gc_tracked);
  for (GCHead* h = heap.gc_list.next; h != &heap.gc_list; h = h->next) all.push_back(gc_object(h));
  size_t edges = mark_from_roots(all, 0, held);

  std::vector<Object*> garbage;
  for (Object* o : all) {
    if (o->flags & kGcReachable) {
      o->flags &= ~kGcReachable;
    } else {
      garbage.push_back(o);
    }
  }
  all.clear();
  all.shrink_to_fit();
  size_t freed = 0;
  if (!garbage.empty()) {
    for (Object* o : garbage) incref(o);
    // Finalizers run once, before anything is cleared (PEP 442).
    bool ran_finalizer = false;
    for (Object* o : garbage) {
      if (o->type->slots.finalize && !(o->flags & kFinalized)) {
        o->flags |= kFinalized;
        o->type->slots.finalize(rt, o);
        ran_finalizer = true;
      }
    }
    // A finalizer may have stored a reference to the garbage somewhere live: keep whatever is
    // now reachable from outside the set.
    std::vector<Object*> doomed;
    if (ran_finalizer) {
      for (Object* o : garbage) {
        if (!(o->flags & kGcTracked)) o->flags |= kGcReachable;  // untracked meanwhile: keep
      }
      std::vector<Object*> still;
      for (Object* o : garbage)
        if (o->flags & kGcTracked) still.push_back(o);
      mark_from_roots(still, 1, held);
      for (Object* o : garbage) {
        if (o->flags & kGcReachable) o->flags &= ~kGcReachable;
        else doomed.push_back(o);
      }
    } else {
      doomed = garbage;
    }
    for (Object* o : doomed) gc_clear_object(o);
    freed = doomed.size();
    for (Object* o : garbage) decref(o);
  }
  // The next collection waits for as many new containers as there are live ones, and at least a
  // quarter as many as the references this one followed: the collector does not generations, so
  // this keeps its cost per allocation bounded when a few big containers (a list of a million
  // items) are live -- CPython's full collections wait for the same kind of ratio.
  size_t next = heap.gc_tracked > 10000 ? heap.gc_tracked : 10000;
  if (edges / 4 > next) next = edges / 4;
  heap.gc_threshold = next;
  heap.gc_running = false;
  return freed;
}

void gc_clear_all(Runtime& rt) {
  Heap& heap = rt.heap;
  heap.gc_running = true;
  for (int round = 0; round < 4 && heap.gc_tracked > 0; ++round) {
    std::vector<Object*> all;
    all.reserve(heap.gc_tracked);
    for (GCHead* h = heap.gc_list.next; h != &heap.gc_list; h = h->next) {
      Object* o = gc_object(h);
      // Built-in types are destroyed last, by the runtime itself.
      if (o->type == rt.t.type && !(static_cast<TypeObject*>(o)->flags & kTypeHeapType)) continue;
      all.push_back(o);
    }
    if (all.empty()) break;
    for (Object* o : all) incref(o);
    for (Object* o : all) {
      o->flags |= kFinalized;  // no finalizers during teardown
      gc_clear_object(o);
    }
    for (Object* o : all) decref(o);
  }
  heap.gc_running = false;
}

}  // namespace ls
