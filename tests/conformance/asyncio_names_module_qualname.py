# The __module__ and __qualname__ of asyncio's public functions and classes are those of the
# CPython submodule defining them (asyncio.sleep.__module__ == 'asyncio.tasks'; get_running_loop and
# the _enter_task family come from the C accelerator _asyncio; isfuture from asyncio.base_futures).
import asyncio

names = ['AbstractEventLoop', 'AbstractEventLoopPolicy', 'Barrier', 'BaseEventLoop', 'BoundedSemaphore', 'BrokenBarrierError', 'CancelledError', 'Condition', 'DefaultEventLoopPolicy', 'Event', 'Future', 'Handle', 'IncompleteReadError', 'InvalidStateError', 'LifoQueue', 'LimitOverrunError', 'Lock', 'PriorityQueue', 'Queue', 'QueueEmpty', 'QueueFull', 'Runner', 'SelectorEventLoop', 'Semaphore', 'SendfileNotAvailableError', 'Task', 'Timeout', 'TimeoutError', 'TimerHandle', '_enter_task', '_get_running_loop', '_leave_task', '_register_task', '_set_running_loop', '_unregister_task', 'all_tasks', 'as_completed', 'create_task', 'current_task', 'ensure_future', 'gather', 'get_event_loop', 'get_event_loop_policy', 'get_running_loop', 'iscoroutine', 'iscoroutinefunction', 'isfuture', 'new_event_loop', 'run', 'run_coroutine_threadsafe', 'set_event_loop', 'set_event_loop_policy', 'shield', 'sleep', 'timeout', 'timeout_at', 'to_thread', 'wait', 'wait_for', 'wrap_future']
for n in names:
    o = getattr(asyncio, n)
    print(n, o.__module__, o.__qualname__)
for sub, n in [("tasks", "sleep"), ("events", "get_event_loop"), ("futures", "isfuture"), ("events", "_get_event_loop")]:
    o = getattr(getattr(asyncio, sub), n)
    print(sub, n, o.__module__, o.__qualname__)
