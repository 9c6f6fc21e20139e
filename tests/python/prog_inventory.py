# an inventory with dataclass-like classes, __eq__/__hash__, sorting and grouping
class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    def __repr__(self):
        return f'Item({self.sku!r}, {self.name!r}, {self.price!r}, {self.qty!r})'
    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return self.sku == other.sku
    def __hash__(self):
        return hash(self.sku)
    @property
    def value(self):
        return round(self.price * self.qty, 2)
stock = [Item('A1', 'widget', 2.5, 10), Item('B2', 'gadget', 12.99, 3), Item('C3', 'doohickey', 0.99, 100),
         Item('A1', 'widget (dup)', 2.5, 1), Item('D4', 'gizmo', 7.25)]
unique = []
seen = set()
for it in stock:
    if it not in seen:
        seen.add(it)
        unique.append(it)
print(len(stock), len(unique), len(seen))
for it in sorted(unique, key=lambda i: (-i.value, i.name)):
    print(f'{it.sku:<4}{it.name:<12}{it.price:>8.2f}{it.qty:>5}{it.value:>10.2f}')
by_letter = {}
for it in unique:
    by_letter.setdefault(it.sku[0], []).append(it.name)
print(by_letter)
total = sum(i.value for i in unique)
print(f'total value: {total:,.2f}', f'avg price: {sum(i.price for i in unique) / len(unique):.3f}')
out_of_stock = [i.name for i in unique if not i.qty]
print(out_of_stock, any(i.price > 10 for i in unique), all(i.price > 0 for i in unique))
print(Item('A1', 'x', 0) == stock[0], Item('Z', 'x', 0) == 'Z', stock[0] != stock[3])
