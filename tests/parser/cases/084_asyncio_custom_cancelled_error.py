import asyncio


class GracefulExit(asyncio.CancelledError):
    """Raised to stop a service politely."""

    def __init__(self, reason: str = "shutdown") -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self):
        return f"GracefulExit({self.reason!r})"


class Service:
    def __init__(self, name):
        self.name = name
        self._task = None
        self.ticks = 0

    async def _run(self):
        try:
            while True:
                self.ticks += 1
                await asyncio.sleep(0.01)
        except GracefulExit as exc:
            print(f"{self.name}: graceful exit because {exc.reason}")
        except asyncio.CancelledError:
            print(f"{self.name}: hard cancel")
            raise

    def start(self):
        self._task = asyncio.get_running_loop().create_task(self._run(), name=self.name)
        return self._task

    async def stop(self, graceful=True):
        if graceful:
            self._task.cancel(msg="shutdown")
        else:
            self._task.cancel()
        return await asyncio.gather(self._task, return_exceptions=True)


async def main():
    svc = Service("svc")
    svc.start()
    await asyncio.sleep(0.05)
    print(await svc.stop(graceful=False), svc.ticks > 0)


asyncio.run(main())
