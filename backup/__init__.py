"""Backing up and restoring the whole site: `manage.py backup` and `manage.py restore` (README: Backup and
restore). archive.py is the backup file and the uploaded files in it, database.py the database's part."""
