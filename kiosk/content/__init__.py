"""What the kiosk says, read from files the hospital edits: the questionnaire, the texts
of each language (resources/locales/<code>/), and which languages are shipped and offered."""
