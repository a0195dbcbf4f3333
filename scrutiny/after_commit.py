"""Work done once the change that asks for it is committed: a task queued, a signal sent, the cache renewed.
Done at once where there is no transaction.

A failure is logged rather than raised: what the person did is saved, and they must not be shown an error
for something that follows it (a broker that is down, say)."""

from django.db import transaction


def after_commit(fn, *args, **kwargs) -> None:
    """Call `fn(*args, **kwargs)` once the transaction commits. To queue a Celery task, pass `task.delay`."""

    def call():
        fn(*args, **kwargs)

    # Django logs a failed callback by its __qualname__ (a partial has none, and the logging itself would
    # fail): name the function, or the task whose `delay` this is.
    task = getattr(fn, "__self__", None)
    name = getattr(task, "name", None)
    call.__qualname__ = (
        f"{name}.{fn.__name__}" if isinstance(name, str) else getattr(fn, "__qualname__", "call")
    )
    transaction.on_commit(call, robust=True)
