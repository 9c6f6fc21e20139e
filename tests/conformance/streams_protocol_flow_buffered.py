# protocols: pause_reading/resume_reading, BufferedProtocol get_buffer/buffer_updated, write after write_eof, data_received raising (Fatal error), abort
import asyncio
class Srv(asyncio.Protocol):
    def __repr__(self): return "<Srv>"
    def connection_made(self, tr):
        self.tr = tr
        print("srv made", tr.is_reading(), tr.get_write_buffer_size(), tr.get_write_buffer_limits(), tr.can_write_eof())
    def data_received(self, data):
        print("srv data", data)
        if data.startswith(b"pause"):
            self.tr.pause_reading()
            print("paused", self.tr.is_reading(), self.tr)
            asyncio.get_running_loop().call_later(0.2, self.resume)
        if data.startswith(b"bad"):
            raise KeyError("bad data")
    def resume(self):
        print("resuming")
        self.tr.resume_reading()
        print(self.tr.is_reading())
    def eof_received(self):
        print("srv eof")
        self.tr.write(b"bye")
        return False
    def connection_lost(self, exc):
        print("srv lost", repr(exc))

class Buf(asyncio.BufferedProtocol):
    def __init__(self, done):
        self.buf = bytearray(4)
        self.got = b""
        self.done = done
    def connection_made(self, tr):
        self.tr = tr
    def get_buffer(self, sizehint):
        return self.buf
    def buffer_updated(self, n):
        self.got += bytes(self.buf[:n])
        print("buffered", n, bytes(self.buf[:n]))
    def eof_received(self):
        print("cli eof", self.got)
    def connection_lost(self, exc):
        print("cli lost", exc)
        self.done.set_result(self.got)

async def main():
    loop = asyncio.get_running_loop()
    srv = await loop.create_server(Srv, '127.0.0.1', 9200)
    done = loop.create_future()
    tr, pr = await loop.create_connection(lambda: Buf(done), '127.0.0.1', 9200)
    tr.write(b"pause now")
    await asyncio.sleep(0.05)
    tr.write(b"more data")
    await asyncio.sleep(0.4)
    tr.write_eof()
    try:
        tr.write(b"x")
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await done)
    tr2, pr2 = await loop.create_connection(asyncio.Protocol, '127.0.0.1', 9200)
    tr2.write(b"bad")
    await asyncio.sleep(0.1)
    tr2.abort()
    print(tr2.is_closing(), tr2)
    await asyncio.sleep(0.1)
    print(tr2)
    srv.close()
    await srv.wait_closed()
asyncio.run(main())
