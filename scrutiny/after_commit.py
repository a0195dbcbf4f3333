"""Work done once the change that asks for it is committed: a task queued, a signal sent, the cache renewed.
Done at once where there is no transaction.

A failure is logged rather than raised: what the person did is saved, and they must not be shown an error
for something that follows it (a broker that is down, say)."""

from collections.abc import Callable, Hashable

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


class Gathering:
    """Changes gathered over a transaction, and `done(changes)` called once it commits, with all of them: one
    rebuild for a meeting however many of its rows an admin page saves. The changes wait on the transaction's
    database connection (one per thread), and go with it if it is rolled back.

    `again_with_each_change`: each change registers the callback again (the first call after the commit takes
    everything, the others find nothing left), so that a test capturing the callbacks of one block of code
    sees the work that block asked for, even when the transaction gathered changes before it."""

    def __init__(self, name: str, done: Callable[[set], None], *, again_with_each_change: bool = False):
        self.marker = f"gathering_{name}"
        self.done = done
        self.again_with_each_change = again_with_each_change

    def add(self, change: Hashable = None) -> None:
        connection = transaction.get_connection()
        batch = getattr(connection, self.marker, None)
        new = batch is None or not batch.is_waiting(connection)
        if new:
            batch = _Batch(self)
            setattr(connection, self.marker, batch)
        batch.changes.add(change)
        if new or self.again_with_each_change:
            transaction.on_commit(batch, robust=True)  # outside a transaction: done at once
            batch.seen = connection.run_on_commit

    def forget(self) -> None:
        """Drop what this transaction gathered (a test's own setting up, which it never commits)."""
        batch = getattr(transaction.get_connection(), self.marker, None)
        if batch is not None:
            batch.done = True

    def is_waiting(self) -> bool:
        """Whether changes gathered in this transaction wait for it to commit."""
        connection = transaction.get_connection()
        batch = getattr(connection, self.marker, None)
        return batch is not None and batch.is_waiting(connection)


class _Batch:
    def __init__(self, gathering: Gathering):
        self.gathering = gathering
        self.changes = set()
        self.done = False
        self.seen = None  # the list of callbacks it was last seen in
        self.__qualname__ = f"{gathering.done.__module__}.{gathering.done.__qualname__}"  # for Django's log

    def __call__(self):
        if not self.done:
            self.done = True
            self.gathering.done(self.changes)

    def is_waiting(self, connection) -> bool:
        # Django keeps a transaction's callbacks in a list that it replaces when the transaction commits or
        # rolls back, and when a savepoint is rolled back (dropping the callbacks added since, and this batch
        # with them only if it was made since, when every change in it is rolled back too). Tests that run
        # the callbacks themselves leave the list in place, hence `done`.
        if self.done:
            return False
        if connection.run_on_commit is not self.seen:
            if not any(callback is self for _, callback, _ in connection.run_on_commit):
                return False
            self.seen = connection.run_on_commit
        return True
