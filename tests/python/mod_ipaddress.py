# ipaddress is CPython 3.11.7's Lib/ipaddress.py (the reference), not a later 3.11's: is_private /
# is_global follow 3.11.7's tables (192.0.0.0/29 private, no _private_networks_exceptions, 2002::/16
# and 64:ff9b:1::/48 global, IPv4-mapped addresses not judged by their IPv4 part). Also addresses,
# networks, interfaces, arithmetic, iteration, comparisons and error messages.
import ipaddress

net = ipaddress.ip_network("192.168.0.0/29")
print(net, repr(net), net.num_addresses, net.netmask, net.hostmask, net.broadcast_address, net.prefixlen)
print(list(net.hosts()))
print([str(s) for s in net.subnets(new_prefix=31)], net.supernet(prefixlen_diff=3))
a = ipaddress.ip_address("10.0.0.1")
print(a + 5, a - 1, int(a), a.packed, a.reverse_pointer, a.version, a.max_prefixlen)
print(a.is_private, a.is_global, ipaddress.ip_address("8.8.8.8").is_global, ipaddress.ip_address("127.0.0.1").is_loopback)
print(ipaddress.ip_address("192.168.0.3") in net, ipaddress.ip_address("192.168.0.9") in net)
v6 = ipaddress.ip_address("2001:db8::1")
print(v6, repr(v6), v6.exploded, v6.compressed, v6.is_private, ipaddress.ip_address("::1").is_loopback)
print(ipaddress.ip_address("::ffff:192.0.2.1").ipv4_mapped)
iface = ipaddress.ip_interface("10.1.2.3/24")
print(iface, repr(iface), iface.network, iface.ip, iface.with_netmask, iface.with_hostmask)
print(sorted([ipaddress.ip_address("10.0.0.10"), ipaddress.ip_address("10.0.0.2"), ipaddress.ip_address("9.255.255.255")]))
print(list(ipaddress.summarize_address_range(ipaddress.IPv4Address("10.0.0.0"), ipaddress.IPv4Address("10.0.0.10"))))
print(list(ipaddress.collapse_addresses([ipaddress.ip_network("10.0.0.0/25"), ipaddress.ip_network("10.0.0.128/25")])))
print(net.overlaps(ipaddress.ip_network("192.168.0.4/30")), list(net.address_exclude(ipaddress.ip_network("192.168.0.0/31"))))
print(hash(a) == hash(ipaddress.IPv4Address("10.0.0.1")), a == ipaddress.IPv4Address(167772161), {a: 1}[ipaddress.ip_address("10.0.0.1")])
print(ipaddress.ip_network("10.0.0.0/8")[256], ipaddress.ip_network("2001:db8::/126")[-1])
for bad in ["300.1.1.1", "1.2.3", "10.0.0.0/33", "::g", "10.0.0.1/24"]:
    try:
        print(ipaddress.ip_network(bad) if "/" in bad else ipaddress.ip_address(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a < v6
except TypeError as e:
    print("TypeError", e)
for s in ["192.0.0.9", "192.0.0.8", "192.0.0.10", "192.0.0.170", "100.64.0.1", "::ffff:10.0.0.1",
          "::ffff:8.8.8.8", "2001:db8::1", "64:ff9b:1::1", "2002::1", "fc00::1"]:
    addr = ipaddress.ip_address(s)
    print(s, addr.is_private, addr.is_global)
print(ipaddress.ip_network("192.0.0.0/29").is_private, ipaddress.ip_network("192.0.0.8/30").is_private)
