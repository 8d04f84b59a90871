"""Domain and services of the radiology waiting-room kiosk. No Qt widgets here."""
