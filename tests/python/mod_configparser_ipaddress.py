# configparser and ipaddress (CPython's): sections, defaults, interpolation, errors, write; addresses and networks.
import configparser, ipaddress, io
cfg = configparser.ConfigParser()
cfg.read_string("""
[DEFAULT]
timeout = 30
debug = no

[server]
host = example.com
port = 8080
path = /api/${host}
ratio = 0.75

[client]
retries = 3
debug = yes
name = %(host)s-client
host = local
""")
print(cfg.sections(), cfg.defaults(), "server" in cfg, cfg.has_option("client", "timeout"))
s = cfg["server"]
print(s["host"], s.getint("port"), cfg.getfloat("server", "ratio"), cfg.getboolean("client", "debug"), s.getboolean("debug"))
print(cfg.get("client", "name"), cfg.get("server", "missing", fallback="fb"), dict(cfg["client"]), list(cfg["server"]))
try:
    cfg.get("server", "nope")
except configparser.NoOptionError as e:
    print(type(e).__name__, e)
try:
    cfg["nosection"]
except KeyError as e:
    print("KeyError", e)
cfg["new"] = {"a": "1", "b": "two"}
cfg.set("new", "c", "3")
out = io.StringIO()
cfg.write(out)
print(out.getvalue())
try:
    configparser.ConfigParser().read_string("[a]\nx=1\n[a]\n")
except configparser.DuplicateSectionError as e:
    print(e)
try:
    configparser.ConfigParser().read_string("no header")
except configparser.MissingSectionHeaderError as e:
    print(type(e).__name__, e)
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[a]\nx=1\n[b]\ny=${a:x}0\n")
print(ext["b"]["y"])
ip = ipaddress.ip_address("192.168.1.10")
net = ipaddress.ip_network("192.168.1.0/28")
print(ip, repr(ip), ip in net, net.num_addresses, net.netmask, net.broadcast_address, list(net.hosts())[:3], ip.is_private, int(ip))
print(ipaddress.ip_address("::1"), ipaddress.ip_address("2001:db8::1").exploded, ipaddress.IPv4Address(3232235777), ip + 5, ip.version)
print(list(ipaddress.ip_network("10.0.0.0/30").subnets(new_prefix=31)), ipaddress.ip_interface("10.1.2.3/24").network, sorted([ipaddress.ip_address("10.0.0.2"), ipaddress.ip_address("10.0.0.1")]))
try:
    ipaddress.ip_address("300.1.1.1")
except ValueError as e:
    print(e)
try:
    ipaddress.ip_network("192.168.1.1/24")
except ValueError as e:
    print(e)
print(list(ipaddress.summarize_address_range(ipaddress.IPv4Address("10.0.0.0"), ipaddress.IPv4Address("10.0.0.10"))))
