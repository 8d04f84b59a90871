"""Work that runs beside the screens, on worker threads: saving and printing a submitted
declaration, the housekeeping chores, speech for read aloud, systemd's watchdog."""
