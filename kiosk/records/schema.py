"""The database's tables, one migration per schema version, and the reference codes
stored in them (written as two groups of three on the screen and the slip)."""

from __future__ import annotations

# Unambiguous on paper and when read aloud over a phone: no 0/O, 1/I/L, 5/S, 2/Z, 8/B.
REFERENCE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
REFERENCE_LENGTH = 6

MIGRATIONS: tuple[str, ...] = (
    # 1: declarations, print attempts, audit
    """
    CREATE TABLE declarations (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL UNIQUE,
        reference TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        language TEXT NOT NULL,
        for_whom TEXT,
        last_name TEXT NOT NULL,
        first_name TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        answers TEXT NOT NULL,
        questionnaire_version TEXT NOT NULL,
        flags TEXT NOT NULL,
        flag_count INTEGER NOT NULL
    );
    CREATE INDEX declarations_created_at ON declarations (created_at);
    CREATE TABLE print_attempts (
        id INTEGER PRIMARY KEY,
        declaration_id INTEGER NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,
        backend TEXT NOT NULL,
        queue TEXT,
        job_id TEXT,
        state TEXT NOT NULL,
        reason TEXT,
        attempts INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX print_attempts_declaration ON print_attempts (declaration_id);
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        role TEXT NOT NULL,
        action TEXT NOT NULL,
        reference TEXT
    );
    """,
    # 2: whether an attempt put the slip on its way to paper (a "pending" job in a
    # working queue is; the same state in a stopped queue is not)
    """
    ALTER TABLE print_attempts ADD COLUMN printed INTEGER NOT NULL DEFAULT 0;
    """,
    # 3: staff PINs (salted scrypt hashes, never the PIN), the wrong-PIN count and lock,
    # and a detail for audit lines
    """
    CREATE TABLE staff_pins (
        role TEXT PRIMARY KEY,
        salt BLOB NOT NULL,
        digest BLOB NOT NULL,
        n INTEGER NOT NULL,
        r INTEGER NOT NULL,
        p INTEGER NOT NULL,
        set_at TEXT NOT NULL
    );
    CREATE TABLE pin_lock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        failures INTEGER NOT NULL,
        locked_until TEXT
    );
    INSERT INTO pin_lock (id, failures, locked_until) VALUES (1, 0, NULL);
    ALTER TABLE audit ADD COLUMN detail TEXT;
    CREATE INDEX audit_at ON audit (at);
    """,
    # 4: each declaration's words as staff read them when it was made (the slip's lines,
    # JSON, kiosk/patient/clinical.py): shown and reprinted as made, whatever the hospital's
    # questionnaire files become later
    """
    ALTER TABLE declarations ADD COLUMN made_as TEXT;
    """,
    # 5: one wrong-PIN lock per role (a patient closing reception's PIN leaves IT's open);
    # the lock of schema 3, which closed the pad for everyone, is kept for both
    """
    CREATE TABLE pin_locks (
        role TEXT PRIMARY KEY CHECK (role IN ('staff', 'it')),
        failures INTEGER NOT NULL,
        locked_until TEXT
    );
    INSERT INTO pin_locks (role, failures, locked_until)
        SELECT 'staff', failures, locked_until FROM pin_lock;
    INSERT INTO pin_locks (role, failures, locked_until)
        SELECT 'it', failures, locked_until FROM pin_lock;
    DROP TABLE pin_lock;
    """,
    # 6: the outbox to the hospital's record (kiosk/records/outbox.py): one row per
    # declaration, written in the declaration's own transaction, until the record has it;
    # and what was last published there of the questionnaire
    """
    CREATE TABLE outbox (
        declaration_id INTEGER PRIMARY KEY REFERENCES declarations (id) ON DELETE CASCADE,
        target TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('waiting', 'delivered', 'parked')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_try_at TEXT NOT NULL,
        last_status TEXT,
        reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX outbox_due ON outbox (state, next_try_at);
    CREATE TABLE published (
        target TEXT PRIMARY KEY,
        digest TEXT NOT NULL,
        at TEXT NOT NULL
    );
    """,
    # 7: how the name and date of birth were obtained: "typed" (not verified) or "card" (read
    # from the eID card); the national number only when identity.keep_national_number
    """
    ALTER TABLE declarations ADD COLUMN identity_source TEXT NOT NULL DEFAULT 'typed';
    ALTER TABLE declarations ADD COLUMN national_number TEXT;
    """,
)


def format_reference(code: str) -> str:
    """K7F3QX -> K7F-3QX: easier to read out and to type."""
    return f"{code[:3]}-{code[3:]}"
