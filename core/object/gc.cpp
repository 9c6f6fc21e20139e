#include "object/gc.hpp"
#include "object/weakref.hpp"

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

// CPython's gcmodule.c, list for list: the collector works on linked lists of GC heads and moves
// objects between them, so the order of the runtime's list -- and with it the order in which a
// later collection finalizes garbage -- evolves as CPython's does. kGcReachable marks an object as
// "collecting" (in the set being examined and not yet found reachable: CPython's
// PREV_MASK_COLLECTING), kGcUnreachable as tentatively unreachable (NEXT_MASK_UNREACHABLE).
constexpr uint32_t kCollecting = kGcReachable;

void list_init(GCHead* l) { l->prev = l->next = l; }
bool list_empty(GCHead* l) { return l->next == l; }
void list_unlink(GCHead* h) {
  h->prev->next = h->next;
  h->next->prev = h->prev;
}
void list_append(GCHead* h, GCHead* l) {
  h->prev = l->prev;
  h->next = l;
  l->prev->next = h;
  l->prev = h;
}
void list_move(GCHead* h, GCHead* to) {
  list_unlink(h);
  list_append(h, to);
}
// Appends all of `from` to the end of `to`; `from` is left empty.
void list_merge(GCHead* from, GCHead* to) {
  if (list_empty(from)) return;
  GCHead* first = from->next;
  GCHead* last = from->prev;
  first->prev = to->prev;
  to->prev->next = first;
  last->next = to;
  to->prev = last;
  list_init(from);
}

struct SubtractInternal final : Visitor {
  size_t edges = 0;  // references followed: the work a collection of this heap costs
  void visit(Object* o) override {
    ++edges;
    if ((o->flags & kGcTracked) && (o->flags & kCollecting)) --gc_head(o)->refs;
  }
};

// visit_reachable: an object referenced by one found reachable is reachable; if the scan had
// already moved it to the unreachable list, it goes back to the end of the young list, where the
// scan reaches it again (this is what reorders CPython's list: an object only its referrers keep
// ends up after them).
struct VisitReachable final : Visitor {
  GCHead* young;
  std::vector<Object*>* again;  // moved back, in the order the scan meets them at the list's end
  void visit(Object* o) override {
    if (!(o->flags & kGcTracked) || !(o->flags & kCollecting)) return;
    GCHead* h = gc_head(o);
    if (o->flags & kGcUnreachable) {
      o->flags &= ~kGcUnreachable;
      list_move(h, young);
      h->refs = 1;
      again->push_back(o);
    } else if (h->refs == 0) {
      h->refs = 1;
    }
  }
};

// deduce_unreachable: update_refs (each object of `young` starts from its reference count, minus
// the caller's reference to `held`, and is marked collecting), subtract_refs (what is left counts
// the references from outside the set), then move_unreachable: a scan of `young` in order where
// an object with references from outside is reachable (and so is what it references) and one
// without is moved to `unreachable` until something reachable turns out to reference it. The
// scan follows a snapshot of the list (the objects moved back to its end come after it, in that
// order), which spares chasing the list's pointers three times.
size_t deduce_unreachable(GCHead* young, GCHead* unreachable, Object* held, std::vector<Object*>* garbage = nullptr) {
  std::vector<Object*> objs;
  for (GCHead* h = young->next; h != young; h = h->next) objs.push_back(gc_object(h));
  for (Object* o : objs) {
    gc_head(o)->refs = static_cast<int64_t>(o->refcnt) - (o == held ? 1 : 0);
    o->flags |= kCollecting;
  }
  SubtractInternal sub;
  for (Object* o : objs) gc_traverse(o, sub);
  std::vector<Object*> again;
  VisitReachable vr;
  vr.young = young;
  vr.again = &again;
  auto scan = [&](Object* o) {
    GCHead* h = gc_head(o);
    if (h->refs > 0) {
      gc_traverse(o, vr);
      o->flags &= ~kCollecting;
    } else {
      list_move(h, unreachable);
      o->flags |= kGcUnreachable;
    }
  };
  for (Object* o : objs) scan(o);
  for (size_t i = 0; i < again.size(); ++i) scan(again[i]);
  for (GCHead* u = unreachable->next; u != unreachable; u = u->next) {
    Object* o = gc_object(u);
    o->flags &= ~kGcUnreachable;
    if (garbage) garbage->push_back(o);
  }
  return sub.edges;
}

void list_clear_collecting(GCHead* list) {
  for (GCHead* h = list->next; h != list; h = h->next) gc_object(h)->flags &= ~kCollecting;
}

}  // namespace

size_t gc_collect(Runtime& rt) { return gc_collect_holding(rt, nullptr); }

// gc_collect_main of CPython 3.11 (a full collection: the runtime keeps one generation).
size_t gc_collect_holding(Runtime& rt, Object* held) {
  Heap& heap = rt.heap;
  if (heap.gc_running) return 0;
  heap.gc_running = true;
  heap.gc_allocs = 0;

  GCHead* young = &heap.gc_list;
  GCHead unreachable;
  list_init(&unreachable);
  std::vector<Object*> garbage;
  size_t edges = deduce_unreachable(young, &unreachable, held, &garbage);
  size_t freed = garbage.size();
  if (!list_empty(&unreachable)) {
    // Whether anything of the garbage has a finalizer to run (looked at before any code runs,
    // while the snapshot is valid).
    bool any_finalizer = false;
    for (Object* o : garbage) {
      if (o->type->slots.finalize && !(o->flags & kFinalized)) {
        any_finalizer = true;
        break;
      }
    }
    // handle_weakrefs: weak references to the garbage are cleared before anything runs, then the
    // callbacks of those that are not garbage themselves are called.
    bool ran_code = gc_handle_weakrefs(
        rt, &unreachable, [](Object* r) { return (r->flags & kGcTracked) && (r->flags & kCollecting) != 0; });
    // finalize_garbage: tp_finalize of each in list order, once (PEP 442). Nothing keeps the
    // garbage alive but its own cycles: a finalizer that drops the last reference to another
    // object of the set frees it there and then (its finalizer runs from its deallocation, and
    // freeing unlinks it from the list), as in CPython.
    if (ran_code || any_finalizer) garbage.clear();  // code will run: the snapshot may dangle
    if (any_finalizer) {
      ran_code = true;
      GCHead seen;
      list_init(&seen);
      while (!list_empty(&unreachable)) {
        GCHead* h = unreachable.next;
        Object* o = gc_object(h);
        list_move(h, &seen);
        if (o->type->slots.finalize && !(o->flags & kFinalized)) {
          o->flags |= kFinalized;
          incref(o);
          o->type->slots.finalize(rt, o);
          decref(o);
        }
      }
      list_merge(&seen, &unreachable);
    }
    GCHead still;
    list_init(&still);
    if (ran_code) {
      // handle_resurrected_objects: a finalizer or callback may have stored a reference to the
      // garbage somewhere live; what is now reachable from outside goes back to the runtime's list.
      list_clear_collecting(&unreachable);
      deduce_unreachable(&unreachable, &still, held, &garbage);
      freed = garbage.size();
      list_merge(&unreachable, young);
    } else {
      list_merge(&unreachable, &still);  // no code ran: nothing can have been resurrected
    }
    // delete_garbage: tp_clear in list order (`garbage` is that list's snapshot). The objects are
    // kept allocated until all are cleared: what a clear frees on the way has had its finalizer
    // and its weak references dealt with already, so only the time of its release differs. One
    // still alive after that (kept by something clearing did not break) goes back to the
    // runtime's list.
    for (Object* o : garbage) incref(o);
    for (Object* o : garbage) gc_clear_object(o);
    for (Object* o : garbage) decref(o);
    while (!list_empty(&still)) {
      GCHead* h = still.next;
      gc_object(h)->flags &= ~kCollecting;
      list_move(h, young);
    }
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
