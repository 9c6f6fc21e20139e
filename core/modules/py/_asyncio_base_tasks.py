# asyncio.base_tasks: CPython 3.11's _task_get_stack / _task_print_stack (Lib/asyncio/base_tasks.py),
# installed as the native Task's get_stack() and print_stack() (C methods in CPython, so their
# frames stay out of tracebacks: __native__).
__name__ = "asyncio.base_tasks"
__native__ = ("*",)


def _task_get_stack(task, limit):
    frames = []
    coro = task._coro
    if hasattr(coro, 'cr_frame'):
        # case 1: 'async def' coroutines
        f = coro.cr_frame
    elif hasattr(coro, 'gi_frame'):
        # case 2: legacy coroutines
        f = coro.gi_frame
    elif hasattr(coro, 'ag_frame'):
        # case 3: async generators
        f = coro.ag_frame
    else:
        # case 4: unknown objects
        f = None
    if f is not None:
        while f is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(f)
            f = f.f_back
        frames.reverse()
    elif task._exception is not None:
        tb = task._exception.__traceback__
        while tb is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    return frames


def _task_print_stack(task, limit, file):
    import traceback
    from _warnings import getline
    extracted_list = []
    for f in task.get_stack(limit=limit):
        lineno = f.f_lineno
        co = f.f_code
        filename = co.co_filename
        name = co.co_name
        line = getline(filename, lineno)
        extracted_list.append((filename, lineno, name, line))

    exc = task._exception
    if not extracted_list:
        print(f'No stack for {task!r}', file=file)
    elif exc is not None:
        print(f'Traceback for {task!r} (most recent call last):', file=file)
    else:
        print(f'Stack for {task!r} (most recent call last):', file=file)

    traceback.print_list(extracted_list, file=file)
    if exc is not None:
        for line in traceback.format_exception_only(exc.__class__, exc):
            print(line, file=file, end='')


# Task.get_stack(*, limit=None) and Task.print_stack(*, limit=None, file=None), with the C
# methods' argument errors (Argument Clinic's _PyArg_UnpackKeywords). (With file=None the header
# goes to stdout and the frames to stderr, as in CPython: print(file=None) vs
# traceback.print_list(file=None).)
def _clinic_kwonly(fname, args, kwargs, names):
    n = len(args) + len(kwargs)
    if n > len(names):
        raise TypeError("%s() takes at most %d %sargument%s (%d given)" % (
            fname, len(names), "" if args else "keyword ", "" if len(names) == 1 else "s", n))
    if args:
        raise TypeError("%s() takes no positional arguments" % fname)
    for k in kwargs:
        if k not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, fname))


def get_stack(self, /, *args, **kwargs):
    _clinic_kwonly("get_stack", args, kwargs, ("limit",))
    return _task_get_stack(self, kwargs.get("limit"))


def print_stack(self, /, *args, **kwargs):
    _clinic_kwonly("print_stack", args, kwargs, ("limit", "file"))
    return _task_print_stack(self, kwargs.get("limit"), kwargs.get("file"))
