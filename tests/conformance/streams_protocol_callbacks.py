# loop.create_server/create_connection with asyncio.Protocol subclasses: callbacks order, eof_received, connection_lost, base classes
import asyncio
class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("S made", transport.get_extra_info('sockname'), isinstance(transport, asyncio.Transport))
    def data_received(self, data):
        print("S data", data)
        self.transport.write(data[::-1])
        if data == b"quit":
            self.transport.close()
    def eof_received(self):
        print("S eof")
    def connection_lost(self, exc):
        print("S lost", exc)

class Client(asyncio.Protocol):
    def __init__(self, on_lost):
        self.on_lost = on_lost
        self.got = []
    def connection_made(self, transport):
        print("C made", transport.is_closing())
        transport.write(b"hello")
    def data_received(self, data):
        print("C data", data)
        self.got.append(data)
    def eof_received(self):
        print("C eof")
        return False
    def connection_lost(self, exc):
        print("C lost", exc)
        self.on_lost.set_result(len(self.got))

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, '127.0.0.1', 8123)
    print(server)
    lost = loop.create_future()
    tr, pr = await loop.create_connection(lambda: Client(lost), '127.0.0.1', 8123)
    print("connected", type(tr).__name__, type(pr).__name__)
    await asyncio.sleep(0.5)
    tr.write(b"quit")
    print("result", await lost)
    print(tr.is_closing(), tr)
    async with server:
        print("in with", server.is_serving())
    print("after with", server.is_serving(), server.sockets)
    try:
        await loop.create_connection(asyncio.Protocol, '127.0.0.1', 8123)
    except ConnectionRefusedError as e:
        print("refused", e.errno, e.strerror, e)
    b = asyncio.BaseProtocol()
    print(b.connection_made(None), asyncio.Protocol().data_received(b""), asyncio.Protocol().eof_received())
    t = asyncio.Transport()
    print(t.get_extra_info('x', 5))
    try:
        t.write(b"x")
    except NotImplementedError as e:
        print("NIE", repr(e))
asyncio.run(main())
