# shield(): the caller may be cancelled, but the job it was waiting for keeps running.
import asyncio


async def save_to_disk():
    print("save: started")
    await asyncio.sleep(2)
    print("save: finished at t =", asyncio.get_running_loop().time())
    return "saved"


async def handler(job):
    try:
        return await asyncio.shield(job)
    except asyncio.CancelledError:
        print("handler: cancelled; is the job still running?", not job.done())
        raise


async def main():
    job = asyncio.create_task(save_to_disk(), name="save")
    h = asyncio.create_task(handler(job), name="handler")
    await asyncio.sleep(1)
    h.cancel()  # e.g. the client hung up
    await asyncio.gather(h, return_exceptions=True)
    print("handler cancelled:", h.cancelled())
    print("job result:", await job)

    # Without shield(), cancelling the handler cancels the job it awaits.
    job = asyncio.create_task(save_to_disk(), name="save-unshielded")
    h = asyncio.create_task(job_awaiter(job), name="handler-unshielded")
    await asyncio.sleep(1)
    h.cancel()
    await asyncio.gather(h, job, return_exceptions=True)
    print("unshielded job cancelled:", job.cancelled())


async def job_awaiter(job):
    return await job


asyncio.run(main())
