"""The site's emails, in one place: the renderer and the sender of emails sent at once (emails.py: a sign-in
link, a confirmation, a resident's question received), and the outbox of emails decided on by a planner and
sent by a worker, each at most once (outbox.py: chasing actions, committee alerts). Work done once a change is
committed, emails queued included, goes through scrutiny/after_commit.py."""
