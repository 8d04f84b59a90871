"""The database: one SQLite file, its schema and migrations, and the records kept in it
(declarations, print attempts, staff PINs, locks and the audit trail)."""
