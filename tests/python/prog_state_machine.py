# a state machine driven by a generator, with enum-like class constants and dispatch tables
class State:
    IDLE = 'idle'
    RUNNING = 'running'
    PAUSED = 'paused'
    DONE = 'done'
TRANSITIONS = {
    (State.IDLE, 'start'): State.RUNNING,
    (State.RUNNING, 'pause'): State.PAUSED,
    (State.PAUSED, 'resume'): State.RUNNING,
    (State.RUNNING, 'finish'): State.DONE,
}
class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f'cannot {event!r} while {state}')
def machine():
    state = State.IDLE
    history = [state]
    while state != State.DONE:
        event = yield state
        try:
            state = TRANSITIONS[state, event]
        except KeyError:
            raise InvalidTransition(state, event) from None
        history.append(state)
    return history
m = machine()
print(next(m))
for ev in ['start', 'pause', 'resume']:
    print(ev, '->', m.send(ev))
try:
    m.send('finish')
except StopIteration as e:
    print('history', e.value)
m2 = machine()
next(m2)
try:
    m2.send('pause')
except InvalidTransition as e:
    print('error:', e, e.__suppress_context__)
handlers = {}
def on(event):
    def register(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return register
@on('save')
def log_save(data):
    return f'log {data}'
@on('save')
def backup(data):
    return f'backup {data!r}'
@on('load')
def load(data):
    return 'loaded'
def emit(event, data=None):
    return [h(data) for h in handlers.get(event, [])]
print(emit('save', 'doc'), emit('load'), emit('unknown'))
