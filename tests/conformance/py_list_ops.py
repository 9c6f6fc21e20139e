# list operations: append/extend/insert/remove/pop/index/count, slicing and slice assignment, sort/reverse, reprs, errors.
lst = [3, 1, 4]
lst.append(1)
lst.extend([5, 9])
lst.insert(0, 2)
print(lst, len(lst), lst.count(1), lst.index(4))
lst.remove(1)
print(lst, lst.pop(), lst.pop(0), lst)
print(lst[1:3], lst[::-1], lst[::2], lst[-2:], lst[10:])
lst[1:3] = ["a", "b", "c"]
print(lst)
del lst[::2]
print(lst)
nums = [5, 2, 8, 1]
nums.sort()
print(nums, nums.reverse(), nums)
print([0] * 3, [[0] * 2] * 2, [1, 2] + [3], [1, [2, [3, "x"]]], [None, True, 1.5, "s"])
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [][0]
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
a = [1, 2]
b = a
b += [3]
print(a, a == [1, 2, 3], a is b, [1, 2] < [1, 3], list(range(5))[-1])
