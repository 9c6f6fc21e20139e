# linked list, binary search tree, stack/queue built from classes and lists
class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for it in reversed(list(items)):
            self.head = Node(it, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return sum(1 for _ in self)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return ' -> '.join(map(repr, self)) or 'empty'
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll))
ll.reverse()
print(ll, LinkedList())
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        if self.root is None:
            self.root = [k, None, None]
            return
        n = self.root
        while True:
            i = 1 if k < n[0] else 2
            if n[i] is None:
                n[i] = [k, None, None]
                return
            n = n[i]
    def inorder(self, n='start'):
        if n == 'start':
            n = self.root
        if n is None:
            return
        yield from self.inorder(n[1])
        yield n[0]
        yield from self.inorder(n[2])
    def height(self, n='start'):
        if n == 'start':
            n = self.root
        return 0 if n is None else 1 + max(self.height(n[1]), self.height(n[2]))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    t.insert(k)
print(list(t.inorder()), t.height())
stack = []
for ch in '(a[b]{c})':
    if ch in '([{':
        stack.append(ch)
    elif ch in ')]}':
        print('match', stack.pop(), ch)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(matrix, transposed)
print([sum(r) for r in matrix], [sum(c) for c in zip(*matrix)])
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
def bfs(start):
    seen, order, frontier = {start}, [], [start]
    while frontier:
        node = frontier.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    return order
print(bfs('a'))
def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for n in graph[node]:
        if n not in seen:
            dfs(n, seen)
    return seen
print(dfs('a'))
