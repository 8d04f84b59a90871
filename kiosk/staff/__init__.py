"""Staff access (PINs, the wrong-PIN locks) and what reception does on the staff screen,
without Qt."""
